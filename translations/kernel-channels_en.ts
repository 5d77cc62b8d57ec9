<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>CliCommands</name>
        <message numerus="yes">
            <source>%n process(es) of other users were not checked for open devices: needs root.</source>
            <translation>
                <numerusform>%n process of other users was not checked for open devices: needs root.</numerusform>
                <numerusform>%n processes of other users were not checked for open devices: needs root.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>kchan uevents: about %n event(s) lost: the receive buffer overflowed</source>
            <translation>
                <numerusform>kchan uevents: about %n event lost: the receive buffer overflowed</numerusform>
                <numerusform>kchan uevents: about %n events lost: the receive buffer overflowed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n process(es) of other users were not checked for socket owners: needs root.</source>
            <translation>
                <numerusform>%n process of other users was not checked for socket owners: needs root.</numerusform>
                <numerusform>%n processes of other users were not checked for socket owners: needs root.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DeviceFollow</name>
        <message numerus="yes">
            <source>%n process file descriptor(s)</source>
            <translation>
                <numerusform>%n process file descriptor</numerusform>
                <numerusform>%n process file descriptors</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n process(es) of other users could not be checked: needs root to see other users' processes.</source>
            <translation>
                <numerusform>%n process of other users could not be checked: needs root to see other users' processes.</numerusform>
                <numerusform>%n processes of other users could not be checked: needs root to see other users' processes.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Diagnose</name>
        <message numerus="yes">
            <source>a regular file, %n byte(s) as stat() reports it (procfs and sysfs report 0 or 4096 whatever they hold)</source>
            <translation>
                <numerusform>a regular file, %n byte as stat() reports it (procfs and sysfs report 0 or 4096 whatever they hold)</numerusform>
                <numerusform>a regular file, %n bytes as stat() reports it (procfs and sysfs report 0 or 4096 whatever they hold)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The kernel has a %1 socket (port ID 0 in /proc/net/netlink); %n socket(s) of programs use it now.</source>
            <translation>
                <numerusform>The kernel has a %1 socket (port ID 0 in /proc/net/netlink); %n socket of programs uses it now.</numerusform>
                <numerusform>The kernel has a %1 socket (port ID 0 in /proc/net/netlink); %n sockets of programs use it now.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 is a generic netlink family (NETLINK_GENERIC): id %2, version %3, %n operation(s).</source>
            <translation>
                <numerusform>%1 is a generic netlink family (NETLINK_GENERIC): id %2, version %3, %n operation.</numerusform>
                <numerusform>%1 is a generic netlink family (NETLINK_GENERIC): id %2, version %3, %n operations.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NlDecoder</name>
        <message numerus="yes">
            <source>%n byte(s)</source>
            <translation>
                <numerusform>%n byte</numerusform>
                <numerusform>%n bytes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n attribute(s)</source>
            <translation>
                <numerusform>%n attribute</numerusform>
                <numerusform>%n attributes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>malformed: %n byte(s) left, too few for a 16-byte netlink header</source>
            <translation>
                <numerusform>malformed: %n byte left, too few for a 16-byte netlink header</numerusform>
                <numerusform>malformed: %n bytes left, too few for a 16-byte netlink header</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>malformed: nlmsg_len %1 does not fit the %n byte(s) received</source>
            <translation>
                <numerusform>malformed: nlmsg_len %1 does not fit the %n byte received</numerusform>
                <numerusform>malformed: nlmsg_len %1 does not fit the %n bytes received</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Pcapng</name>
        <message numerus="yes">
            <source>%n byte(s) at the end do not form a whole block.</source>
            <translation>
                <numerusform>%n byte at the end does not form a whole block.</numerusform>
                <numerusform>%n bytes at the end do not form a whole block.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>kc::ChartsPane</name>
        <message numerus="yes">
            <source>last %n minute(s)</source>
            <translation>
                <numerusform>last %n minute</numerusform>
                <numerusform>last %n minutes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n key(s) sampled</source>
            <translation>
                <numerusform>%n key sampled</numerusform>
                <numerusform>%n keys sampled</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>kc::DeviceTableModel</name>
        <message numerus="yes">
            <source>Open in %n process(es), by %1 (from /proc/PID/fd)</source>
            <translation>
                <numerusform>Open in %n process, by %1 (from /proc/PID/fd)</numerusform>
                <numerusform>Open in %n processes, by %1 (from /proc/PID/fd)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file descriptor(s)</source>
            <translation>
                <numerusform>%n file descriptor</numerusform>
                <numerusform>%n file descriptors</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>kc::DevicesPane</name>
        <message numerus="yes">
            <source>%n node(s)</source>
            <translation>
                <numerusform>%n node</numerusform>
                <numerusform>%n nodes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n link(s)</source>
            <translation>
                <numerusform>%n link</numerusform>
                <numerusform>%n links</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n process(es) not checked for open devices: needs root</source>
            <translation>
                <numerusform>%n process not checked for open devices: needs root</numerusform>
                <numerusform>%n processes not checked for open devices: needs root</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n event(s) seen</source>
            <translation>
                <numerusform>%n event seen</numerusform>
                <numerusform>%n events seen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>buffer overflowed %n time(s), about %1 lost</source>
            <translation>
                <numerusform>buffer overflowed %n time, about %1 lost</numerusform>
                <numerusform>buffer overflowed %n times, about %1 lost</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n oldest dropped from the log</source>
            <translation>
                <numerusform>%n oldest dropped from the log</numerusform>
                <numerusform>%n oldest dropped from the log</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>paused, %n not shown</source>
            <translation>
                <numerusform>paused, %n not shown</numerusform>
                <numerusform>paused, %n not shown</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>kc::FileView</name>
        <message numerus="yes">
            <source>%1 (%n row(s))</source>
            <translation>
                <numerusform>%1 (%n row)</numerusform>
                <numerusform>%1 (%n rows)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>kc::MapPane</name>
        <message numerus="yes">
            <source>%n call(s) in this kernel's table</source>
            <translation>
                <numerusform>%n call in this kernel's table</numerusform>
                <numerusform>%n calls in this kernel's table</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n process(es) we can see</source>
            <translation>
                <numerusform>%n process we can see</numerusform>
                <numerusform>%n processes we can see</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>kc::NetlinkLiveWidget</name>
        <message numerus="yes">
            <source>%n message(s) were read from %1. Then: %2</source>
            <translation>
                <numerusform>%n message was read from %1. Then: %2</numerusform>
                <numerusform>%n messages were read from %1. Then: %2</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n message(s)</source>
            <translation>
                <numerusform>%n message</numerusform>
                <numerusform>%n messages</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>buffer overflowed %n time(s); state dumped again after each</source>
            <translation>
                <numerusform>buffer overflowed %n time; state dumped again after each</numerusform>
                <numerusform>buffer overflowed %n times; state dumped again after each</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n oldest dropped from the table</source>
            <translation>
                <numerusform>%n oldest dropped from the table</numerusform>
                <numerusform>%n oldest dropped from the table</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>kc::NetlinkPane</name>
        <message numerus="yes">
            <source>%n socket(s), from %1</source>
            <translation>
                <numerusform>%n socket, from %1</numerusform>
                <numerusform>%n sockets, from %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>owners of %n process(es) not visible: needs root</source>
            <translation>
                <numerusform>owners of %n process not visible: needs root</numerusform>
                <numerusform>owners of %n processes not visible: needs root</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n generic famil(y/ies)</source>
            <translation>
                <numerusform>%n generic family</numerusform>
                <numerusform>%n generic families</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n command(s)</source>
            <translation>
                <numerusform>%n command</numerusform>
                <numerusform>%n commands</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n attribute(s) accepted</source>
            <translation>
                <numerusform>%n attribute accepted</numerusform>
                <numerusform>%n attributes accepted</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n group(s)</source>
            <translation>
                <numerusform>%n group</numerusform>
                <numerusform>%n groups</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>kc::Parsers</name>
        <message numerus="yes">
            <source>%n line(s) did not match the expected format and were left out.</source>
            <translation>
                <numerusform>%n line did not match the expected format and was left out.</numerusform>
                <numerusform>%n lines did not match the expected format and were left out.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>kc::SyscallsPane</name>
        <message numerus="yes">
            <source>Counting %n system call(s) with a BPF program in the kernel…</source>
            <translation>
                <numerusform>Counting %n system call with a BPF program in the kernel…</numerusform>
                <numerusform>Counting %n system calls with a BPF program in the kernel…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Counting %n system call(s) with the kernel's perf counters…</source>
            <translation>
                <numerusform>Counting %n system call with the kernel's perf counters…</numerusform>
                <numerusform>Counting %n system calls with the kernel's perf counters…</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>kc::SysctlModel</name>
        <message numerus="yes">
            <source>%n key(s)</source>
            <translation>
                <numerusform>%n key</numerusform>
                <numerusform>%n keys</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>kc::SysctlPane</name>
        <message numerus="yes">
            <source>Before: %1
After: %2
%n key(s) differ.</source>
            <translation>
                <numerusform>Before: %1
After: %2
%n key differs.</numerusform>
                <numerusform>Before: %1
After: %2
%n keys differ.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n key(s)</source>
            <translation>
                <numerusform>%n key</numerusform>
                <numerusform>%n keys</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n described</source>
            <translation>
                <numerusform>%n described</numerusform>
                <numerusform>%n described</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n not readable</source>
            <translation>
                <numerusform>%n not readable</numerusform>
                <numerusform>%n not readable</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n changed since start</source>
            <translation>
                <numerusform>%n changed since start</numerusform>
                <numerusform>%n changed since start</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&lt;p&gt;%n value(s):&lt;/p&gt;</source>
            <translation>
                <numerusform>&lt;p&gt;%n value:&lt;/p&gt;</numerusform>
                <numerusform>&lt;p&gt;%n values:&lt;/p&gt;</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Saved %n key(s) to %1</source>
            <translation>
                <numerusform>Saved %n key to %1</numerusform>
                <numerusform>Saved %n keys to %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>kc::SysfsAttributeModel</name>
        <message numerus="yes">
            <source>binary, %n byte(s); the first %1 shown in hex</source>
            <translation>
                <numerusform>binary, %n byte; the first %1 shown in hex</numerusform>
                <numerusform>binary, %n bytes; the first %1 shown in hex</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>kc::SysfsPane</name>
        <message numerus="yes">
            <source>%n attribute(s)</source>
            <translation>
                <numerusform>%n attribute</numerusform>
                <numerusform>%n attributes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n link(s)</source>
            <translation>
                <numerusform>%n link</numerusform>
                <numerusform>%n links</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unreadable</source>
            <translation>
                <numerusform>%n unreadable</numerusform>
                <numerusform>%n unreadable</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n binary</source>
            <translation>
                <numerusform>%n binary</numerusform>
                <numerusform>%n binary</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n subdirector(y/ies)</source>
            <translation>
                <numerusform>%n subdirectory</numerusform>
                <numerusform>%n subdirectories</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>kc::UeventLogModel</name>
        <message numerus="yes">
            <source>about %n event(s) lost: the receive buffer overflowed; devices were rescanned</source>
            <translation>
                <numerusform>about %n event lost: the receive buffer overflowed; devices was rescanned</numerusform>
                <numerusform>about %n events lost: the receive buffer overflowed; devices were rescanned</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message numerus="yes">
            <source>%n screenshot(s) written.</source>
            <translation>
                <numerusform>%n screenshot written.</numerusform>
                <numerusform>%n screenshots written.</numerusform>
            </translation>
        </message>
    </context>
</TS>
