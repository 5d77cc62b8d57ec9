# SPDX-License-Identifier: GPL-2.0-or-later
# Writes OUT, a C++ file that includes the uapi headers below (found in
# INCLUDE_DIR) and lists every ioctl request they define as {NAME, "NAME"},
# so that the compiler, not this script, works out the numbers. A request is
# an object-like macro whose value starts with _IO, _IOR, _IOW, _IOWR (or
# drm's DRM_IO*). Older ioctls are plain numbers: an entry "header=REGEX"
# also takes the 4-hex-digit numbers whose names match REGEX. Earlier
# headers win when two names share a number, so the common ones come first.
set(HEADERS
    "asm-generic/ioctls.h=^(TC|TIO|FIO)"
    "linux/sockios.h=^SIOC"
    "linux/fs.h"
    "linux/loop.h=^LOOP_"
    "linux/random.h"
    "linux/input.h"
    "linux/uinput.h"
    "linux/kd.h=^(KD|GIO_|PIO_|KIO|GIOU|PIOU)"
    "linux/vt.h=^VT_"
    "linux/fb.h=^FBIO"
    "linux/cdrom.h=^(CDROM|DVD_)"
    "sound/asound.h"
    "drm/drm.h"
    "drm/drm_mode.h"
    "linux/if_tun.h"
    "linux/nsfs.h"
    "linux/pidfd.h"
    "linux/userfaultfd.h"
    "linux/perf_event.h"
    "linux/rtc.h"
    "linux/watchdog.h"
    "linux/hidraw.h"
    "linux/usbdevice_fs.h"
    "linux/videodev2.h"
    "linux/dma-buf.h"
    "linux/sync_file.h"
    "linux/gpio.h"
    "linux/nbd.h"
    "linux/fscrypt.h"
    "linux/fsverity.h"
    "linux/inotify.h"
    "linux/ptp_clock.h"
    "linux/seccomp.h"
    "linux/tee.h"
    "linux/btrfs.h"
)
# Included only for the structs some requests take the size of.
set(EXTRA asm/termbits.h linux/fsmap.h linux/fiemap.h linux/serial.h linux/blktrace_api.h)

set(body "")
set(includes "")
foreach(entry IN LISTS EXTRA)
    string(APPEND includes "#include <${entry}>\n")
endforeach()
foreach(entry IN LISTS HEADERS)
    string(FIND "${entry}" "=" eq)
    set(header "${entry}")
    set(numeric "")
    if(eq GREATER 0)
        string(SUBSTRING "${entry}" 0 ${eq} header)
        math(EXPR eq "${eq} + 1")
        string(SUBSTRING "${entry}" ${eq} -1 numeric)
    endif()
    if(NOT EXISTS "${INCLUDE_DIR}/${header}")
        continue()
    endif()
    string(APPEND includes "#include <${header}>\n")
    file(STRINGS "${INCLUDE_DIR}/${header}" lines REGEX "^#[ \t]*define[ \t]+[A-Z][A-Z0-9_]*[ \t]")
    foreach(line IN LISTS lines)
        if(NOT line MATCHES "^#[ \t]*define[ \t]+([A-Z][A-Z0-9_]*)[ \t]+(.*)$")
            continue()
        endif()
        set(name "${CMAKE_MATCH_1}")
        set(value "${CMAKE_MATCH_2}")
        set(take FALSE)
        if(value MATCHES "^(DRM_|_)IO(R|W|WR)?[ \t]*\\(")
            set(take TRUE)
        elseif(numeric AND value MATCHES "^0[xX][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f]([ \t]|/|$)" AND name MATCHES "${numeric}")
            set(take TRUE)
        endif()
        # The 32-bit compatibility requests take structs the headers
        # declare only on those architectures.
        if(name MATCHES "32$")
            set(take FALSE)
        endif()
        if(take AND NOT seen_${name})
            set(seen_${name} TRUE)
            string(APPEND body "#ifdef ${name}\n    {static_cast<unsigned int>(${name}), \"${name}\"},\n#endif\n")
        endif()
    endforeach()
endforeach()
set(content "// Generated from the uapi headers by genioctls.cmake; do not edit.
// SPDX-License-Identifier: GPL-2.0-or-later
${includes}
#include \"trace/ioctlnames.h\"

namespace kc {

const IoctlName kIoctlNames[] = {
${body}};
const int kIoctlNameCount = int(sizeof kIoctlNames / sizeof kIoctlNames[0]);

} // namespace kc
")
if(EXISTS "${OUT}")
    file(READ "${OUT}" old)
endif()
if(NOT old STREQUAL content)
    file(WRITE "${OUT}" "${content}")
endif()
