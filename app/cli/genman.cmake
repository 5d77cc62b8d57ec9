# SPDX-License-Identifier: GPL-2.0-or-later
# Writes OUT, the kchan(1) man page, from the help the built KCHAN prints
# for itself and for every subcommand, so the page never drifts from it.
set(commands "ls" "cat" "procs" "parse" "formats" "devices" "follow" "sysfs" "uevents"
    "netlink sockets" "netlink families" "monitor" "decode"
    "sysctl" "sysctl get" "sysctl set" "sysctl snapshot" "sysctl diff"
    "sample" "syscalls" "syscall-of")

function(roff text out)
    string(REPLACE "\\" "\\e" text "${text}")
    string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" text "${text}")
    set(${out} "${text}" PARENT_SCOPE)
endfunction()

execute_process(COMMAND "${KCHAN}" --help OUTPUT_VARIABLE overview RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${KCHAN} --help failed")
endif()
roff("${overview}" overview)
set(page ".TH KCHAN 1 \"\" \"Kernel Channels ${VERSION}\" \"User Commands\"\n")
string(APPEND page ".SH NAME\nkchan \\- the data of Kernel Channels without the GUI: /proc, sysctl, sysfs, devices, netlink, system calls\n")
string(APPEND page ".SH SYNOPSIS\n.B kchan\n.I COMMAND\n[\\fIOPTIONS\\fR]\n")
string(APPEND page ".SH DESCRIPTION\n.nf\n${overview}.fi\n.SH COMMANDS\n")
foreach(cmd IN LISTS commands)
    separate_arguments(args UNIX_COMMAND "${cmd} --help")
    execute_process(COMMAND "${KCHAN}" ${args} OUTPUT_VARIABLE help RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "kchan ${cmd} --help failed")
    endif()
    roff("${help}" help)
    string(APPEND page ".SS kchan ${cmd}\n.nf\n${help}.fi\n")
endforeach()
string(APPEND page ".SH EXIT STATUS\n0 on success, 1 when something could not be read or was refused, 2 for a usage error;\n.B kchan sysctl diff\nexits with 3 when the snapshots differ.\n")
string(APPEND page ".SH SEE ALSO\n.BR kernel-channels (1),\n.BR proc (5),\n.BR sysctl (8),\n.BR netlink (7),\n.BR perf_event_open (2)\n")
file(WRITE "${OUT}" "${page}")
