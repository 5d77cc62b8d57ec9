# SPDX-License-Identifier: GPL-2.0-or-later
# Writes OUT, a C++ table of the system call numbers and names that the
# uapi header IN defines (#define __NR_name number), at build time.
file(STRINGS "${IN}" lines REGEX "^#define __NR_[A-Za-z0-9_]+[ \t]+[0-9]+")
set(body "")
foreach(line IN LISTS lines)
    string(REGEX REPLACE "^#define __NR_([A-Za-z0-9_]+)[ \t]+([0-9]+).*" "{\\2, \"\\1\"}," entry "${line}")
    string(APPEND body "    ${entry}\n")
endforeach()
set(content "// Generated from ${IN} by gensyscalls.cmake; do not edit.\n{\n${body}}\n")
if(EXISTS "${OUT}")
    file(READ "${OUT}" old)
endif()
if(NOT old STREQUAL content)
    file(WRITE "${OUT}" "${content}")
endif()
