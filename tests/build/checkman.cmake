# SPDX-License-Identifier: GPL-2.0-or-later
# The generated kchan(1) must exist and describe every command.
if(NOT EXISTS "${PAGE}")
    message(FATAL_ERROR "no man page at ${PAGE}")
endif()
file(READ "${PAGE}" page)
foreach(cmd "kchan ls" "kchan procs" "kchan devices" "kchan netlink sockets" "kchan monitor" "kchan sysctl set"
            "kchan sample" "kchan syscalls" "kchan syscall-of")
    string(FIND "${page}" ".SS ${cmd}\n" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "the man page has no section for ${cmd}")
    endif()
endforeach()
string(FIND "${page}" "--json" at)
if(at EQUAL -1)
    message(FATAL_ERROR "the man page lost the options")
endif()
message(STATUS "kchan(1) names every command")
