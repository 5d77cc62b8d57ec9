<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CliCommands</name>
    <message numerus="yes">
        <location filename="../app/cli/clidevices.cpp" line="40"/>
        <source>%Ln process(es) of other users were not checked for open devices: needs root.</source>
        <translation>
            <numerusform>%Ln process of other users was not checked for open devices: needs root.</numerusform>
            <numerusform>%Ln processes of other users were not checked for open devices: needs root.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/clidevices.cpp" line="182"/>
        <source>kchan uevents: about %Ln event(s) lost: the receive buffer overflowed</source>
        <translation>
            <numerusform>kchan uevents: about %Ln event lost: the receive buffer overflowed</numerusform>
            <numerusform>kchan uevents: about %Ln events lost: the receive buffer overflowed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/clinetlink.cpp" line="48"/>
        <source>%Ln process(es) of other users were not checked for socket owners: needs root.</source>
        <translation>
            <numerusform>%Ln process of other users was not checked for socket owners: needs root.</numerusform>
            <numerusform>%Ln processes of other users were not checked for socket owners: needs root.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/clinetlink.cpp" line="278"/>
        <source>-- %Ln message(s) lost: the receive buffer overflowed --</source>
        <translation>
            <numerusform>-- %Ln message lost: the receive buffer overflowed --</numerusform>
            <numerusform>-- %Ln messages lost: the receive buffer overflowed --</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeviceFollow</name>
    <message numerus="yes">
        <location filename="../core/devices/devicefollow.cpp" line="191"/>
        <source>%Ln process file descriptor(s)</source>
        <translation>
            <numerusform>%Ln process file descriptor</numerusform>
            <numerusform>%Ln process file descriptors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/devices/devicefollow.cpp" line="195"/>
        <source>%Ln process(es) of other users could not be checked: needs root to see other users&apos; processes.</source>
        <translation>
            <numerusform>%Ln process of other users could not be checked: needs root to see other users&apos; processes.</numerusform>
            <numerusform>%Ln processes of other users could not be checked: needs root to see other users&apos; processes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NlDecoder</name>
    <message numerus="yes">
        <location filename="../core/netlink/nldecodeutil.cpp" line="89"/>
        <location filename="../core/netlink/nldecodeutil.cpp" line="221"/>
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln byte</numerusform>
            <numerusform>%Ln bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/netlink/nldecoder_genl.cpp" line="83"/>
        <location filename="../core/netlink/nldecoder_route.cpp" line="808"/>
        <source>%Ln attribute(s)</source>
        <translation>
            <numerusform>%Ln attribute</numerusform>
            <numerusform>%Ln attributes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/netlink/nldecoder.cpp" line="98"/>
        <source>malformed: %Ln byte(s) left, too few for a 16-byte netlink header</source>
        <translation>
            <numerusform>malformed: %Ln byte left, too few for a 16-byte netlink header</numerusform>
            <numerusform>malformed: %Ln bytes left, too few for a 16-byte netlink header</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/netlink/nldecoder.cpp" line="121"/>
        <source>malformed: nlmsg_len %1 does not fit the %Ln byte(s) received</source>
        <translation>
            <numerusform>malformed: nlmsg_len %1 does not fit the %Ln byte received</numerusform>
            <numerusform>malformed: nlmsg_len %1 does not fit the %Ln bytes received</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pcapng</name>
    <message numerus="yes">
        <location filename="../core/netlink/pcapng.cpp" line="166"/>
        <source>%Ln byte(s) at the end do not form a whole block.</source>
        <translation>
            <numerusform>%Ln byte at the end does not form a whole block.</numerusform>
            <numerusform>%Ln bytes at the end do not form a whole block.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendPath</name>
    <message numerus="yes">
        <location filename="../core/crosschannel/sendpath.cpp" line="287"/>
        <source>%n transmit queue(s)</source>
        <translation>
            <numerusform>%n transmit queue</numerusform>
            <numerusform>%n transmit queues</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TraceSummary</name>
    <message numerus="yes">
        <location filename="../core/trace/tracesummary.cpp" line="120"/>
        <source>%Ln opened</source>
        <translation>
            <numerusform>%Ln opened</numerusform>
            <numerusform>%Ln opened</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/trace/tracesummary.cpp" line="122"/>
        <source>%Ln received</source>
        <translation>
            <numerusform>%Ln received</numerusform>
            <numerusform>%Ln received</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/trace/tracesummary.cpp" line="122"/>
        <source>%Ln read(s)</source>
        <translation>
            <numerusform>%Ln read</numerusform>
            <numerusform>%Ln reads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/trace/tracesummary.cpp" line="124"/>
        <source>%Ln sent</source>
        <translation>
            <numerusform>%Ln sent</numerusform>
            <numerusform>%Ln sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/trace/tracesummary.cpp" line="124"/>
        <source>%Ln write(s)</source>
        <translation>
            <numerusform>%Ln write</numerusform>
            <numerusform>%Ln writes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/trace/tracesummary.cpp" line="126"/>
        <source>%Ln ioctl(s)</source>
        <translation>
            <numerusform>%Ln ioctl</numerusform>
            <numerusform>%Ln ioctls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/trace/tracesummary.cpp" line="128"/>
        <source>%Ln other call(s)</source>
        <translation>
            <numerusform>%Ln other call</numerusform>
            <numerusform>%Ln other calls</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Why</name>
    <message numerus="yes">
        <location filename="../core/why/why_netlink.cpp" line="77"/>
        <source>%1 is a generic netlink family (NETLINK_GENERIC): id %2, version %3, %Ln operation(s).</source>
        <translation>
            <numerusform>%1 is a generic netlink family (NETLINK_GENERIC): id %2, version %3, %Ln operation.</numerusform>
            <numerusform>%1 is a generic netlink family (NETLINK_GENERIC): id %2, version %3, %Ln operations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/why/why_path.cpp" line="174"/>
        <source>a regular file, %Ln byte(s) as stat() reports it (procfs and sysfs report 0 or 4096 whatever they hold)</source>
        <translation>
            <numerusform>a regular file, %Ln byte as stat() reports it (procfs and sysfs report 0 or 4096 whatever they hold)</numerusform>
            <numerusform>a regular file, %Ln bytes as stat() reports it (procfs and sysfs report 0 or 4096 whatever they hold)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/why/why_netlink.cpp" line="147"/>
        <source>The kernel has a %1 socket (port ID 0 in /proc/net/netlink); %Ln socket(s) of programs use it now.</source>
        <translation>
            <numerusform>The kernel has a %1 socket (port ID 0 in /proc/net/netlink); %Ln socket of programs uses it now.</numerusform>
            <numerusform>The kernel has a %1 socket (port ID 0 in /proc/net/netlink); %Ln sockets of programs use it now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/why/why_syscall.cpp" line="42"/>
        <source>%1 runs under %n seccomp filter(s); run on %2, they %3.</source>
        <translation>
            <numerusform>%1 runs under %n seccomp filter; run on %2, it %3.</numerusform>
            <numerusform>%1 runs under %n seccomp filters; run on %2, they %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kc::AddressSpaceView</name>
    <message numerus="yes">
        <location filename="../app/gui/addressspaceview.cpp" line="182"/>
        <source>&lt;b&gt;%Ln region(s)&lt;/b&gt; · RSS %1 · PSS %2 · Swap %3 · Anonymous %4</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln region&lt;/b&gt; · RSS %1 · PSS %2 · Swap %3 · Anonymous %4</numerusform>
            <numerusform>&lt;b&gt;%Ln regions&lt;/b&gt; · RSS %1 · PSS %2 · Swap %3 · Anonymous %4</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kc::AgentSource</name>
    <message numerus="yes">
        <location filename="../core/source/agentsource.cpp" line="125"/>
        <location filename="../core/source/agentsource.cpp" line="426"/>
        <source>the agent did not answer within %Ln second(s)</source>
        <translation>
            <numerusform>the agent did not answer within %Ln second</numerusform>
            <numerusform>the agent did not answer within %Ln seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/source/agentsource.cpp" line="371"/>
        <source>the agent did not take a request within %Ln second(s)</source>
        <translation>
            <numerusform>the agent did not take a request within %Ln second</numerusform>
            <numerusform>the agent did not take a request within %Ln seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kc::BpfTracer</name>
    <message numerus="yes">
        <location filename="../core/trace/bpftracer.cpp" line="280"/>
        <source>%n memory copies were left out because a call&apos;s record outgrew %1 KiB.</source>
        <translation>
            <numerusform>%n memory copy was left out because a call&apos;s record outgrew %1 KiB.</numerusform>
            <numerusform>%n memory copies were left out because a call&apos;s record outgrew %1 KiB.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kc::ChartsPane</name>
    <message numerus="yes">
        <location filename="../app/gui/chartspane.cpp" line="80"/>
        <source>last %Ln minute(s)</source>
        <translation>
            <numerusform>last %Ln minute</numerusform>
            <numerusform>last %Ln minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/chartspane.cpp" line="350"/>
        <source>%Ln key(s) sampled</source>
        <translation>
            <numerusform>%Ln key sampled</numerusform>
            <numerusform>%Ln keys sampled</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kc::DeviceTableModel</name>
    <message numerus="yes">
        <location filename="../core/models/devicetablemodel.cpp" line="114"/>
        <source>Open in %Ln process(es), by %1 (from /proc/PID/fd)</source>
        <translation>
            <numerusform>Open in %Ln process, by %1 (from /proc/PID/fd)</numerusform>
            <numerusform>Open in %Ln processes, by %1 (from /proc/PID/fd)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/models/devicetablemodel.cpp" line="115"/>
        <source>%Ln file descriptor(s)</source>
        <translation>
            <numerusform>%Ln file descriptor</numerusform>
            <numerusform>%Ln file descriptors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kc::DevicesPane</name>
    <message numerus="yes">
        <location filename="../app/gui/devicespane.cpp" line="279"/>
        <source>%Ln node(s)</source>
        <translation>
            <numerusform>%Ln node</numerusform>
            <numerusform>%Ln nodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/devicespane.cpp" line="279"/>
        <source>%Ln link(s)</source>
        <translation>
            <numerusform>%Ln link</numerusform>
            <numerusform>%Ln links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/devicespane.cpp" line="281"/>
        <source>%Ln process(es) not checked for open devices: needs root</source>
        <translation>
            <numerusform>%Ln process not checked for open devices: needs root</numerusform>
            <numerusform>%Ln processes not checked for open devices: needs root</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/devicespane.cpp" line="380"/>
        <source>%Ln event(s) seen</source>
        <translation>
            <numerusform>%Ln event seen</numerusform>
            <numerusform>%Ln events seen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/devicespane.cpp" line="382"/>
        <source>buffer overflowed %Ln time(s), about %1 lost</source>
        <translation>
            <numerusform>buffer overflowed %Ln time, about %1 lost</numerusform>
            <numerusform>buffer overflowed %Ln times, about %1 lost</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/devicespane.cpp" line="385"/>
        <source>%Ln oldest dropped from the log</source>
        <translation>
            <numerusform>%Ln oldest dropped from the log</numerusform>
            <numerusform>%Ln oldest dropped from the log</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/devicespane.cpp" line="387"/>
        <source>paused, %Ln not shown</source>
        <translation>
            <numerusform>paused, %Ln not shown</numerusform>
            <numerusform>paused, %Ln not shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kc::FileView</name>
    <message numerus="yes">
        <location filename="../app/gui/fileview.cpp" line="318"/>
        <source>%1 (%Ln row(s))</source>
        <translation>
            <numerusform>%1 (%Ln row)</numerusform>
            <numerusform>%1 (%Ln rows)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kc::MapPane</name>
    <message numerus="yes">
        <location filename="../app/gui/mappane.cpp" line="539"/>
        <source>%Ln call(s) in this kernel&apos;s table</source>
        <translation>
            <numerusform>%Ln call in this kernel&apos;s table</numerusform>
            <numerusform>%Ln calls in this kernel&apos;s table</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/mappane.cpp" line="605"/>
        <source>%Ln process(es) we can see</source>
        <translation>
            <numerusform>%Ln process we can see</numerusform>
            <numerusform>%Ln processes we can see</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kc::NetlinkEventModel</name>
    <message numerus="yes">
        <location filename="../core/models/netlinkeventmodel.cpp" line="285"/>
        <source>%Ln message(s) lost: the receive buffer overflowed</source>
        <translation>
            <numerusform>%Ln message lost: the receive buffer overflowed</numerusform>
            <numerusform>%Ln messages lost: the receive buffer overflowed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kc::NetlinkLiveWidget</name>
    <message numerus="yes">
        <location filename="../app/gui/netlinklivewidget.cpp" line="370"/>
        <source>%Ln message(s) were read from %1. Then: %2</source>
        <translation>
            <numerusform>%Ln message was read from %1. Then: %2</numerusform>
            <numerusform>%Ln messages were read from %1. Then: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/netlinklivewidget.cpp" line="410"/>
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln message</numerusform>
            <numerusform>%Ln messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/netlinklivewidget.cpp" line="412"/>
        <source>%Ln not added while paused</source>
        <translation>
            <numerusform>%Ln not added while paused</numerusform>
            <numerusform>%Ln not added while paused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/netlinklivewidget.cpp" line="415"/>
        <source>buffer overflowed %Ln time(s); state dumped again after each</source>
        <translation>
            <numerusform>buffer overflowed %Ln time; state dumped again after each</numerusform>
            <numerusform>buffer overflowed %Ln times; state dumped again after each</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/netlinklivewidget.cpp" line="417"/>
        <source>%Ln oldest dropped from the table</source>
        <translation>
            <numerusform>%Ln oldest dropped from the table</numerusform>
            <numerusform>%Ln oldest dropped from the table</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/netlinklivewidget.cpp" line="419"/>
        <source>%Ln match(es) for &quot;%1&quot;</source>
        <translation>
            <numerusform>%Ln match for &quot;%1&quot;</numerusform>
            <numerusform>%Ln matches for &quot;%1&quot;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kc::NetlinkPane</name>
    <message numerus="yes">
        <location filename="../app/gui/netlinkpane.cpp" line="270"/>
        <source>%Ln socket(s), from %1</source>
        <translation>
            <numerusform>%Ln socket, from %1</numerusform>
            <numerusform>%Ln sockets, from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/netlinkpane.cpp" line="272"/>
        <source>owners of %Ln process(es) not visible: needs root</source>
        <translation>
            <numerusform>owners of %Ln process not visible: needs root</numerusform>
            <numerusform>owners of %Ln processes not visible: needs root</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/netlinkpane.cpp" line="277"/>
        <source>%Ln generic famil(y/ies)</source>
        <translation>
            <numerusform>%Ln generic family</numerusform>
            <numerusform>%Ln generic families</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/netlinkpane.cpp" line="310"/>
        <source>%Ln command(s)</source>
        <translation>
            <numerusform>%Ln command</numerusform>
            <numerusform>%Ln commands</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/netlinkpane.cpp" line="320"/>
        <source>%Ln attribute(s) accepted</source>
        <translation>
            <numerusform>%Ln attribute accepted</numerusform>
            <numerusform>%Ln attributes accepted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/netlinkpane.cpp" line="335"/>
        <source>%Ln group(s)</source>
        <translation>
            <numerusform>%Ln group</numerusform>
            <numerusform>%Ln groups</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kc::Parsers</name>
    <message numerus="yes">
        <location filename="../core/procfs/parseutil.cpp" line="173"/>
        <source>%Ln line(s) did not match the expected format and were left out.</source>
        <translation>
            <numerusform>%Ln line did not match the expected format and was left out.</numerusform>
            <numerusform>%Ln lines did not match the expected format and were left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kc::ProcessPane</name>
    <message numerus="yes">
        <location filename="../app/gui/processpane.cpp" line="350"/>
        <source>%Ln process(es) match &quot;%1&quot;: showing the newest, %2; the list under the field offers the others</source>
        <translation>
            <numerusform>%Ln process matches &quot;%1&quot;: showing it, %2; the list under the field offers the others</numerusform>
            <numerusform>%Ln processes match &quot;%1&quot;: showing the newest, %2; the list under the field offers the others</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kc::SendPathView</name>
    <message numerus="yes">
        <location filename="../app/gui/sendpathview.cpp" line="106"/>
        <source>Sending %Ln test datagram(s) to %1 …</source>
        <translation>
            <numerusform>Sending %Ln test datagram to %1 …</numerusform>
            <numerusform>Sending %Ln test datagrams to %1 …</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kc::SyscallsPane</name>
    <message numerus="yes">
        <location filename="../app/gui/syscallspane.cpp" line="239"/>
        <source>Counting %Ln system call(s) with a BPF program in the kernel…</source>
        <translation>
            <numerusform>Counting %Ln system call with a BPF program in the kernel…</numerusform>
            <numerusform>Counting %Ln system calls with a BPF program in the kernel…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/syscallspane.cpp" line="240"/>
        <source>Counting %Ln system call(s) with the kernel&apos;s perf counters…</source>
        <translation>
            <numerusform>Counting %Ln system call with the kernel&apos;s perf counters…</numerusform>
            <numerusform>Counting %Ln system calls with the kernel&apos;s perf counters…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kc::SysctlModel</name>
    <message numerus="yes">
        <location filename="../core/models/sysctlmodel.cpp" line="217"/>
        <source>%Ln key(s)</source>
        <translation>
            <numerusform>%Ln key</numerusform>
            <numerusform>%Ln keys</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kc::SysctlPane</name>
    <message numerus="yes">
        <location filename="../app/gui/sysctlpane.cpp" line="82"/>
        <source>Before: %1
After: %2
%Ln key(s) differ.</source>
        <translation>
            <numerusform>Before: %1
After: %2
%Ln key differs.</numerusform>
            <numerusform>Before: %1
After: %2
%Ln keys differ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/sysctlpane.cpp" line="395"/>
        <source>%Ln key(s)</source>
        <translation>
            <numerusform>%Ln key</numerusform>
            <numerusform>%Ln keys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/sysctlpane.cpp" line="396"/>
        <source>%Ln described</source>
        <translation>
            <numerusform>%Ln described</numerusform>
            <numerusform>%Ln described</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/sysctlpane.cpp" line="397"/>
        <source>%Ln not readable</source>
        <translation>
            <numerusform>%Ln not readable</numerusform>
            <numerusform>%Ln not readable</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/sysctlpane.cpp" line="398"/>
        <source>%Ln changed since start</source>
        <translation>
            <numerusform>%Ln changed since start</numerusform>
            <numerusform>%Ln changed since start</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/sysctlpane.cpp" line="430"/>
        <source>&lt;p&gt;%Ln value(s):&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;%Ln value:&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;%Ln values:&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/sysctlpane.cpp" line="497"/>
        <source>Saved %Ln key(s) to %1</source>
        <translation>
            <numerusform>Saved %Ln key to %1</numerusform>
            <numerusform>Saved %Ln keys to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kc::SysfsAttributeModel</name>
    <message numerus="yes">
        <location filename="../core/models/sysfsattributemodel.cpp" line="79"/>
        <source>binary, %Ln byte(s); the first %1 shown in hex</source>
        <translation>
            <numerusform>binary, %Ln byte; the first %1 shown in hex</numerusform>
            <numerusform>binary, %Ln bytes; the first %1 shown in hex</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kc::SysfsPane</name>
    <message numerus="yes">
        <location filename="../app/gui/sysfspane.cpp" line="304"/>
        <source>%Ln attribute(s)</source>
        <translation>
            <numerusform>%Ln attribute</numerusform>
            <numerusform>%Ln attributes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/sysfspane.cpp" line="305"/>
        <source>%Ln link(s)</source>
        <translation>
            <numerusform>%Ln link</numerusform>
            <numerusform>%Ln links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/sysfspane.cpp" line="307"/>
        <source>%Ln unreadable</source>
        <translation>
            <numerusform>%Ln unreadable</numerusform>
            <numerusform>%Ln unreadable</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/sysfspane.cpp" line="309"/>
        <source>%Ln binary</source>
        <translation>
            <numerusform>%Ln binary</numerusform>
            <numerusform>%Ln binary</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/sysfspane.cpp" line="311"/>
        <source>%Ln subdirector(y/ies)</source>
        <translation>
            <numerusform>%Ln subdirectory</numerusform>
            <numerusform>%Ln subdirectories</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kc::TracePane</name>
    <message numerus="yes">
        <location filename="../app/gui/tracepane.cpp" line="429"/>
        <source>%Ln call(s)</source>
        <translation>
            <numerusform>%Ln call</numerusform>
            <numerusform>%Ln calls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/tracepane.cpp" line="431"/>
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln failed</numerusform>
            <numerusform>%Ln failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/tracepane.cpp" line="433"/>
        <source>%Ln oldest dropped from the table</source>
        <translation>
            <numerusform>%Ln oldest dropped from the table</numerusform>
            <numerusform>%Ln oldest dropped from the table</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/tracepane.cpp" line="435"/>
        <source>%Ln shown</source>
        <translation>
            <numerusform>%Ln shown</numerusform>
            <numerusform>%Ln shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/tracepane.cpp" line="497"/>
        <source>%1 was killed by signal %2 after %Ln call(s).</source>
        <translation>
            <numerusform>%1 was killed by signal %2 after %Ln call.</numerusform>
            <numerusform>%1 was killed by signal %2 after %Ln calls.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/tracepane.cpp" line="499"/>
        <source>%1 exited with status %2 after %Ln call(s).</source>
        <translation>
            <numerusform>%1 exited with status %2 after %Ln call.</numerusform>
            <numerusform>%1 exited with status %2 after %Ln calls.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/tracepane.cpp" line="501"/>
        <source>Stopped after %Ln call(s): detached from process %1, which runs on untraced.</source>
        <translation>
            <numerusform>Stopped after %Ln call: detached from process %1, which runs on untraced.</numerusform>
            <numerusform>Stopped after %Ln calls: detached from process %1, which runs on untraced.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/tracepane.cpp" line="504"/>
        <source>Stopped after %Ln call(s): %1 was ended.</source>
        <translation>
            <numerusform>Stopped after %Ln call: %1 was ended.</numerusform>
            <numerusform>Stopped after %Ln calls: %1 was ended.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/tracepane.cpp" line="506"/>
        <source>Stopped after %Ln call(s): detached from %1 (process %2), which runs on untraced.</source>
        <translation>
            <numerusform>Stopped after %Ln call: detached from %1 (process %2), which runs on untraced.</numerusform>
            <numerusform>Stopped after %Ln calls: detached from %1 (process %2), which runs on untraced.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/tracepane.cpp" line="510"/>
        <source>The trace of %1 ended after %Ln call(s).</source>
        <translation>
            <numerusform>The trace of %1 ended after %Ln call.</numerusform>
            <numerusform>The trace of %1 ended after %Ln calls.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/tracepane.cpp" line="514"/>
        <source>%Ln call(s) were lost: the program made them faster than they could be shown.</source>
        <translation>
            <numerusform>%Ln call was lost: the program made it faster than it could be shown.</numerusform>
            <numerusform>%Ln calls were lost: the program made them faster than they could be shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/tracepane.cpp" line="517"/>
        <location filename="../app/gui/tracepanefiles.cpp" line="116"/>
        <source>The table keeps the newest %Ln call(s); %1 older ones were dropped from it (the summary counts them all).</source>
        <translation>
            <numerusform>The table keeps the newest %Ln call; %1 older ones were dropped from it (the summary counts them all).</numerusform>
            <numerusform>The table keeps the newest %Ln calls; %1 older ones were dropped from it (the summary counts them all).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/tracecallview.cpp" line="81"/>
        <source>Netlink datagram, the first %Ln byte(s):</source>
        <translation>
            <numerusform>Netlink datagram, the first %Ln byte:</numerusform>
            <numerusform>Netlink datagram, the first %Ln bytes:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/tracecallview.cpp" line="82"/>
        <source>Netlink datagram, %Ln byte(s):</source>
        <translation>
            <numerusform>Netlink datagram, %Ln byte:</numerusform>
            <numerusform>Netlink datagram, %Ln bytes:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/tracecallview.cpp" line="102"/>
        <source>%1, %Ln byte(s) as copied from the program:</source>
        <translation>
            <numerusform>%1, %Ln byte as copied from the program:</numerusform>
            <numerusform>%1, %Ln bytes as copied from the program:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/tracecallview.cpp" line="177"/>
        <source>%Ln netlink message(s), %1 bytes (cut short)</source>
        <translation>
            <numerusform>%Ln netlink message, %1 bytes (cut short)</numerusform>
            <numerusform>%Ln netlink messages, %1 bytes (cut short)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/tracecallview.cpp" line="179"/>
        <source>%Ln netlink message(s), %1 bytes</source>
        <translation>
            <numerusform>%Ln netlink message, %1 bytes</numerusform>
            <numerusform>%Ln netlink messages, %1 bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/tracepanefiles.cpp" line="114"/>
        <source>%1: a saved trace, %Ln call(s).</source>
        <translation>
            <numerusform>%1: a saved trace, %Ln call.</numerusform>
            <numerusform>%1: a saved trace, %Ln calls.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kc::UeventLogModel</name>
    <message numerus="yes">
        <location filename="../core/models/ueventlogmodel.cpp" line="89"/>
        <source>about %Ln event(s) lost: the receive buffer overflowed; devices were rescanned</source>
        <translation>
            <numerusform>about %Ln event lost: the receive buffer overflowed; devices was rescanned</numerusform>
            <numerusform>about %Ln events lost: the receive buffer overflowed; devices were rescanned</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message numerus="yes">
        <location filename="../app/gui/main.cpp" line="207"/>
        <source>%Ln screenshot(s) written.</source>
        <translation>
            <numerusform>%Ln screenshot written.</numerusform>
            <numerusform>%Ln screenshots written.</numerusform>
        </translation>
    </message>
</context>
</TS>
