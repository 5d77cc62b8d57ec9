<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>CliCommands</name>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="71" />
        <source>Print JSON instead of a table.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="73" />
        <source>A path under /proc or /sys.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="85" />
        <source>kchan %1: expected %2; see kchan %1 --help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="113" />
        <source>kchan %1: --count takes a positive number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="118" />
        <source>kchan %1: --timeout takes a positive number of seconds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="147" />
        <source>usage: kchan COMMAND [OPTIONS]

The data of Kernel Channels, without the GUI.

commands:
  ls PATH [--json]      list a /proc or /sys directory, with link targets and notes
  cat PATH              print a file, read safely (non-blocking, size-capped)
  procs [--json]        every process: pid, ppid, state, rss, threads, uid, comm, cmdline
  parse PATH [--json]   a known /proc file as tables (see formats)
  formats [--json]      the /proc formats kchan can parse

kchan COMMAND --help shows a command's options. kchan --version prints the version.
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="203" />
        <source>kchan: unknown command "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="211" />
        <source>List a directory of /proc or /sys.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="259" />
        <source>Print a file of /proc or /sys, read safely.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="276" />
        <source>Every process, from /proc/PID/stat, status and cmdline.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="311" />
        <source>Parse a known /proc file into tables.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="316" />
        <source>kchan parse: no parser for %1; kchan formats lists the known ones.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="372" />
        <source>The /proc formats kchan parse understands.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="392" />
        <source>Every node under /dev, from stat(), /sys and /proc.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../app/cli/clicommands.cpp" line="400" />
        <source>%n process(es) of other users were not checked for open devices: needs root.</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="425" />
        <source>Follow a /dev node to its driver, module, properties and holders.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="453" />
        <source>The attributes and links of a sysfs object, read safely.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="508" />
        <source>Stop after N events.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="509" />
        <location filename="../app/cli/clicommands.cpp" line="722" />
        <source>Stop after S seconds.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="510" />
        <source>Print every KEY=VALUE of each event.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="511" />
        <source>Only events of this subsystem (may be repeated).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="516" />
        <source>Stream the kernel's device events from NETLINK_KOBJECT_UEVENT (group 1).</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../app/cli/clicommands.cpp" line="534" />
        <source>kchan uevents: about %n event(s) lost: the receive buffer overflowed</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="536" />
        <source>kchan uevents: the receive buffer overflowed; events were lost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="578" />
        <source>kchan uevents: listening for kernel uevents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="582" />
        <source>kchan uevents: %1 events seen, receive buffer overflowed %2 times, about %3 lost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="592" />
        <source>usage: kchan netlink sockets [--json] | kchan netlink families [--json]
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="595" />
        <source>kchan netlink: say sockets or families; see kchan netlink --help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="601" />
        <source>Open netlink sockets, from NETLINK_SOCK_DIAG or /proc/net/netlink.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="602" />
        <source>Generic netlink families, from the nlctrl controller.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../app/cli/clicommands.cpp" line="668" />
        <source>%n process(es) of other users were not checked for socket owners: needs root.</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="707" />
        <source>kernel</source>
        <translation>内核</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="721" />
        <source>Stop after N messages.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="723" />
        <source>Also write every datagram to FILE (pcapng, LINKTYPE_NETLINK).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="726" />
        <source>Listen in this network namespace: a name from /run/netns or a process ID (needs root).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="729" />
        <source>Stream netlink notifications, decoded. Streams: route.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="731" />
        <source>Print one JSON object per message.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="824" />
        <source>kchan monitor: listening for process events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="757" />
        <source>kchan monitor: unknown route group "%1"; use link, addr, route, neigh, rule, netconf or nsid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="833" />
        <source>Decode a pcapng capture of netlink messages.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="837" />
        <source>kchan decode: cannot read %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="842" />
        <source>kchan decode: %1 is larger than 2 GiB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="847" />
        <source>kchan decode: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="732" />
        <source>connector: process events (fork, exec, exit ...; needs root); route: links, addresses, routes, neighbours, rules, netconf and nsid; route:link,addr picks groups (link, addr, route, neigh, rule, netconf, nsid)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="763" />
        <source>kchan monitor: the stream to watch is route, route:GROUPS or connector (uevents have kchan uevents)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="775" />
        <source>kchan monitor: cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="793" />
        <source>kchan monitor: the receive buffer overflowed; messages were lost (dump again to resync)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="824" />
        <source>kchan monitor: listening for rtnetlink notifications</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DeviceFollow</name>
    <message>
        <location filename="../core/devices/devicefollow.cpp" line="40" />
        <source>%1 is not a device node (nor a link to one).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/devices/devicefollow.cpp" line="47" />
        <source>Device node</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/devices/devicefollow.cpp" line="52" />
        <source>Symbolic link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/devices/devicefollow.cpp" line="54" />
        <source>%1 is a link; it ends at %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/devices/devicefollow.cpp" line="58" />
        <source>%1 device %2, %3 %4:%5, read with stat() only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/devices/devicefollow.cpp" line="59" />
        <source>Block</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/devices/devicefollow.cpp" line="59" />
        <source>Character</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/devices/devicefollow.cpp" line="65" />
        <source>Major number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/devices/devicefollow.cpp" line="68" />
        <source>No driver has registered major %1 in /proc/devices: opening the node would fail with ENXIO.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/devices/devicefollow.cpp" line="69" />
        <source>The driver registered this major number, as /proc/devices says.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/devices/devicefollow.cpp" line="74" />
        <source>sysfs device</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/devices/devicefollow.cpp" line="77" />
        <location filename="../core/devices/devicefollow.cpp" line="89" />
        <location filename="../core/devices/devicefollow.cpp" line="113" />
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/devices/devicefollow.cpp" line="78" />
        <source>%1 does not exist: no device with this number is registered with the driver core.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/devices/devicefollow.cpp" line="83" />
        <source>%1 links here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/devices/devicefollow.cpp" line="88" />
        <source>Subsystem</source>
        <translation>子系统</translation>
    </message>
    <message>
        <location filename="../core/devices/devicefollow.cpp" line="92" />
        <source>The device has no subsystem link.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/devices/devicefollow.cpp" line="92" />
        <source>From the subsystem link: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/devices/devicefollow.cpp" line="97" />
        <source>Driver</source>
        <translation>驱动</translation>
    </message>
    <message>
        <location filename="../core/devices/devicefollow.cpp" line="99" />
        <source>none bound</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/devices/devicefollow.cpp" line="100" />
        <source>Neither the device nor its parents have a driver link: a virtual device the kernel core serves itself.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/devices/devicefollow.cpp" line="104" />
        <source>Bound to a parent device; this class device is served through it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/devices/devicefollow.cpp" line="105" />
        <source>Bound to the device itself.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/devices/devicefollow.cpp" line="111" />
        <source>Kernel module</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/devices/devicefollow.cpp" line="114" />
        <source>No driver, so no module.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/devices/devicefollow.cpp" line="116" />
        <source>built in</source>
        <translation>内置</translation>
    </message>
    <message>
        <location filename="../core/devices/devicefollow.cpp" line="117" />
        <source>The driver %1 is part of the kernel image, not a loadable module.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/devices/devicefollow.cpp" line="126" />
        <source>version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/devices/devicefollow.cpp" line="127" />
        <source>references</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/devices/devicefollow.cpp" line="127" />
        <source>unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/devices/devicefollow.cpp" line="128" />
        <source>used by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/devices/devicefollow.cpp" line="128" />
        <source>no other module</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/devices/devicefollow.cpp" line="129" />
        <source>Loadable module, from the driver's module link.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/devices/devicefollow.cpp" line="140" />
        <source>Parent device</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/devices/devicefollow.cpp" line="145" />
        <source>%1 (subsystem %2%3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/devices/devicefollow.cpp" line="145" />
        <source>, driver %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/devices/devicefollow.cpp" line="156" />
        <source>udev properties</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/devices/devicefollow.cpp" line="158" />
        <source>From udev's database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/devices/devicefollow.cpp" line="158" />
        <source>From udev's database; udev made the links %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/devices/devicefollow.cpp" line="161" />
        <source>uevent properties</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/devices/devicefollow.cpp" line="167" />
        <source>udev has no record for this device; these are the kernel's own uevent properties.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/devices/devicefollow.cpp" line="168" />
        <source>udev is not running here (no %1); these are the kernel's own uevent properties.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/devices/devicefollow.cpp" line="180" />
        <source>Held open by</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../core/devices/devicefollow.cpp" line="181" />
        <source>%n process file descriptor(s)</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../core/devices/devicefollow.cpp" line="183" />
        <source>fd %1 %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../core/devices/devicefollow.cpp" line="185" />
        <source>%n process(es) of other users could not be checked: needs root to see other users' processes.</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../core/devices/devicefollow.cpp" line="186" />
        <source>Every process was checked through /proc/PID/fd.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DeviceText</name>
    <message>
        <location filename="../core/devices/devicescanner.cpp" line="172" />
        <source>character</source>
        <translation>字符设备</translation>
    </message>
    <message>
        <location filename="../core/devices/devicescanner.cpp" line="173" />
        <source>block</source>
        <translation>块设备</translation>
    </message>
    <message>
        <location filename="../core/devices/devicescanner.cpp" line="174" />
        <source>link</source>
        <translation>链接</translation>
    </message>
    <message>
        <location filename="../core/devices/devicescanner.cpp" line="177" />
        <source>other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>DirLister</name>
    <message>
        <location filename="../core/procfs/dirlister.cpp" line="55" />
        <source>directory</source>
        <translation>目录</translation>
    </message>
    <message>
        <location filename="../core/procfs/dirlister.cpp" line="56" />
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../core/procfs/dirlister.cpp" line="57" />
        <source>link</source>
        <translation>链接</translation>
    </message>
    <message>
        <location filename="../core/procfs/dirlister.cpp" line="58" />
        <location filename="../core/procfs/dirlister.cpp" line="59" />
        <source>kernel thread</source>
        <translation>内核线程</translation>
    </message>
    <message>
        <location filename="../core/procfs/dirlister.cpp" line="58" />
        <source>process</source>
        <translation>进程</translation>
    </message>
    <message>
        <location filename="../core/procfs/dirlister.cpp" line="59" />
        <source>thread</source>
        <translation>线程</translation>
    </message>
    <message>
        <location filename="../core/procfs/dirlister.cpp" line="60" />
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../core/procfs/dirlister.cpp" line="149" />
        <source>Not a regular file; not read.</source>
        <translation>不是普通文件；未读取。</translation>
    </message>
</context>
<context>
    <name>GenlFamilies</name>
    <message>
        <location filename="../core/netlink/genlfamilies.cpp" line="105" />
        <source>length %1..%2</source>
        <translation>长度 %1..%2</translation>
    </message>
    <message>
        <location filename="../core/netlink/genlfamilies.cpp" line="210" />
        <source>Out of memory for a netlink socket.</source>
        <translation>创建 netlink 套接字时内存不足。</translation>
    </message>
    <message>
        <location filename="../core/netlink/genlfamilies.cpp" line="214" />
        <source>Cannot open a generic netlink socket: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/netlink/genlfamilies.cpp" line="219" />
        <source>The family dump request failed: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/netlink/genlfamilies.cpp" line="223" />
        <source>The generic netlink controller refused the dump: %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NetlinkNames</name>
    <message>
        <location filename="../core/netlink/netlinknames.cpp" line="17" />
        <source>Routing: links, addresses, routes, neighbours, rules, traffic control (ip, NetworkManager)</source>
        <translation>路由：链路、地址、路由、邻居、规则、流量控制（ip、NetworkManager）</translation>
    </message>
    <message>
        <location filename="../core/netlink/netlinknames.cpp" line="18" />
        <source>Reserved for user-space protocols between programs</source>
        <translation>保留给程序之间的用户空间协议</translation>
    </message>
    <message>
        <location filename="../core/netlink/netlinknames.cpp" line="19" />
        <source>Old IPv4 packet queueing to user space; removed from the kernel long ago</source>
        <translation>旧的 IPv4 数据包用户空间排队；早已从内核移除</translation>
    </message>
    <message>
        <location filename="../core/netlink/netlinknames.cpp" line="20" />
        <source>Socket monitoring: lists sockets of every family (ss)</source>
        <translation>套接字监视：列出各协议族的套接字（ss）</translation>
    </message>
    <message>
        <location filename="../core/netlink/netlinknames.cpp" line="21" />
        <source>Old netfilter packet logging; replaced by nfnetlink_log</source>
        <translation>旧的 netfilter 数据包日志；已被 nfnetlink_log 取代</translation>
    </message>
    <message>
        <location filename="../core/netlink/netlinknames.cpp" line="22" />
        <source>IPsec: security associations and policies (ip xfrm)</source>
        <translation>IPsec：安全关联和策略（ip xfrm）</translation>
    </message>
    <message>
        <location filename="../core/netlink/netlinknames.cpp" line="23" />
        <source>SELinux policy and enforcement notifications</source>
        <translation>SELinux 策略和强制模式通知</translation>
    </message>
    <message>
        <location filename="../core/netlink/netlinknames.cpp" line="24" />
        <source>Open-iSCSI transport</source>
        <translation>Open-iSCSI 传输</translation>
    </message>
    <message>
        <location filename="../core/netlink/netlinknames.cpp" line="25" />
        <source>Kernel audit: rules and audit records (auditd)</source>
        <translation>内核审计：规则和审计记录（auditd）</translation>
    </message>
    <message>
        <location filename="../core/netlink/netlinknames.cpp" line="26" />
        <source>Routing table lookups on behalf of user space</source>
        <translation>代表用户空间查询路由表</translation>
    </message>
    <message>
        <location filename="../core/netlink/netlinknames.cpp" line="27" />
        <source>Kernel connector: process events (fork, exec, exit) and a few drivers</source>
        <translation>内核连接器：进程事件（fork、exec、exit）和少数驱动</translation>
    </message>
    <message>
        <location filename="../core/netlink/netlinknames.cpp" line="28" />
        <source>Netfilter: connection tracking, nftables, queues and logs</source>
        <translation>Netfilter：连接跟踪、nftables、队列和日志</translation>
    </message>
    <message>
        <location filename="../core/netlink/netlinknames.cpp" line="29" />
        <source>Old IPv6 firewall queueing; removed</source>
        <translation>旧的 IPv6 防火墙排队；已移除</translation>
    </message>
    <message>
        <location filename="../core/netlink/netlinknames.cpp" line="30" />
        <source>DECnet routing messages; removed</source>
        <translation>DECnet 路由消息；已移除</translation>
    </message>
    <message>
        <location filename="../core/netlink/netlinknames.cpp" line="31" />
        <source>Device events (uevents): devices added, removed and changed</source>
        <translation>设备事件（uevent）：设备的添加、移除和变更</translation>
    </message>
    <message>
        <location filename="../core/netlink/netlinknames.cpp" line="32" />
        <source>Generic netlink: a bus of named families (nl80211, taskstats, devlink ...)</source>
        <translation>通用 netlink：由具名协议族组成的总线（nl80211、taskstats、devlink …）</translation>
    </message>
    <message>
        <location filename="../core/netlink/netlinknames.cpp" line="33" />
        <source>SCSI transport events</source>
        <translation>SCSI 传输事件</translation>
    </message>
    <message>
        <location filename="../core/netlink/netlinknames.cpp" line="34" />
        <source>eCryptfs key management</source>
        <translation>eCryptfs 密钥管理</translation>
    </message>
    <message>
        <location filename="../core/netlink/netlinknames.cpp" line="35" />
        <source>RDMA (InfiniBand) devices</source>
        <translation>RDMA（InfiniBand）设备</translation>
    </message>
    <message>
        <location filename="../core/netlink/netlinknames.cpp" line="36" />
        <source>Kernel crypto API configuration</source>
        <translation>内核加密 API 配置</translation>
    </message>
    <message>
        <location filename="../core/netlink/netlinknames.cpp" line="37" />
        <source>SMC sockets monitoring</source>
        <translation>SMC 套接字监视</translation>
    </message>
    <message>
        <location filename="../core/netlink/netlinknames.cpp" line="60" />
        <source>kernel events</source>
        <translation>内核事件</translation>
    </message>
    <message>
        <location filename="../core/netlink/netlinknames.cpp" line="62" />
        <source>udev events</source>
        <translation>udev 事件</translation>
    </message>
    <message>
        <location filename="../core/netlink/netlinknames.cpp" line="65" />
        <source>CN_IDX_PROC (process events)</source>
        <translation>CN_IDX_PROC（进程事件）</translation>
    </message>
</context>
<context>
    <name>NetlinkSockets</name>
    <message>
        <location filename="../core/netlink/netlinksockets.cpp" line="86" />
        <source>Out of memory for a netlink socket.</source>
        <translation>创建 netlink 套接字时内存不足。</translation>
    </message>
    <message>
        <location filename="../core/netlink/netlinksockets.cpp" line="90" />
        <source>Cannot open a NETLINK_SOCK_DIAG socket: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/netlink/netlinksockets.cpp" line="99" />
        <source>The socket dump request failed: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/netlink/netlinksockets.cpp" line="103" />
        <source>The kernel refused the netlink socket dump: %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NlDecoder</name>
    <message>
        <location filename="../core/netlink/nldecoder.cpp" line="194" />
        <source>malformed: length %1 at offset %2 runs past the message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/netlink/nldecoder.cpp" line="203" />
        <source>attribute %1</source>
        <translation>属性 %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/netlink/nldecoder.cpp" line="228" />
        <location filename="../core/netlink/nldecoder.cpp" line="308" />
        <location filename="../core/netlink/nldecoder.cpp" line="708" />
        <source>%n byte(s)</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../core/netlink/nldecoder.cpp" line="235" />
        <source>trailing bytes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/netlink/nldecoder.cpp" line="308" />
        <location filename="../core/netlink/nldecoder.cpp" line="408" />
        <location filename="../core/netlink/nldecoder.cpp" line="708" />
        <source>payload</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/netlink/nldecoder.cpp" line="312" />
        <location filename="../core/netlink/nldecoder.cpp" line="349" />
        <source>family header</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/netlink/nldecoder.cpp" line="316" />
        <location filename="../core/netlink/nldecoder.cpp" line="381" />
        <source>attributes</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../core/netlink/nldecoder.cpp" line="316" />
        <location filename="../core/netlink/nldecoder.cpp" line="381" />
        <source>%n attribute(s)</source>
        <translation><numerusform>%n 个属性</numerusform></translation>
    </message>
    <message>
        <location filename="../core/netlink/nldecoder.cpp" line="326" />
        <source>%1 index %2 %3 mtu %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/netlink/nldecoder.cpp" line="332" />
        <source>%1/%2 on index %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/netlink/nldecoder.cpp" line="337" />
        <source> via %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/netlink/nldecoder.cpp" line="339" />
        <source> dev index %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/netlink/nldecoder.cpp" line="340" />
        <source> table %1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/netlink/nldecoder.cpp" line="342" />
        <source>%1 lladdr %2 index %3 %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/netlink/nldecoder.cpp" line="348" />
        <source>malformed: %1 bytes are too few for the family header</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/netlink/nldecoder.cpp" line="359" />
        <source>malformed: %1 bytes are too few for the generic netlink header</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/netlink/nldecoder.cpp" line="377" />
        <source> (family %1)</source>
        <translation>（协议族 %1）</translation>
    </message>
    <message>
        <location filename="../core/netlink/nldecoder.cpp" line="379" />
        <source>command %1</source>
        <translation>命令 %1</translation>
    </message>
    <message>
        <location filename="../core/netlink/nldecoder.cpp" line="391" />
        <source>malformed: %1 bytes are too few for a connector message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/netlink/nldecoder.cpp" line="479" />
        <source>malformed: a kernel uevent starts with ACTION@DEVPATH</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/netlink/nldecoder.cpp" line="480" />
        <source>a message from udev (libudev header), not from the kernel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/netlink/nldecoder.cpp" line="481" />
        <location filename="../core/netlink/nldecoder.cpp" line="488" />
        <source>header</source>
        <translation>头部</translation>
    </message>
    <message>
        <location filename="../core/netlink/nldecoder.cpp" line="491" />
        <source>entry</source>
        <translation>条目</translation>
    </message>
    <message>
        <location filename="../core/netlink/nldecoder.cpp" line="517" />
        <source>genl family %1</source>
        <translation>genl 协议族 %1</translation>
    </message>
    <message>
        <location filename="../core/netlink/nldecoder.cpp" line="666" />
        <source>netlink message</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../core/netlink/nldecoder.cpp" line="669" />
        <source>malformed: %n byte(s) left, too few for a 16-byte netlink header</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/netlink/nldecoder.cpp" line="692" />
        <source>malformed: nlmsg_len %1 does not fit the %n byte(s) received</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>Pcapng</name>
    <message>
        <location filename="../core/netlink/pcapng.cpp" line="111" />
        <source>Not a pcapng file: it is too short.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/netlink/pcapng.cpp" line="125" />
        <source>Not a pcapng file: the byte-order magic is wrong.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/netlink/pcapng.cpp" line="129" />
        <source>Not a pcapng file: it does not start with a section header.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/netlink/pcapng.cpp" line="135" />
        <source>The block at byte %1 has a bad length (%2); the file may be cut short.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/netlink/pcapng.cpp" line="148" />
        <source>The packet at byte %1 claims %2 bytes that are not there.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../core/netlink/pcapng.cpp" line="166" />
        <source>%n byte(s) at the end do not form a whole block.</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>ProcFormats</name>
    <message>
        <location filename="../core/procfs/procformats.cpp" line="53" />
        <source>Memory use, system-wide</source>
        <translation>全系统内存使用情况</translation>
    </message>
    <message>
        <location filename="../core/procfs/procformats.cpp" line="54" />
        <source>CPU time and kernel activity counters</source>
        <translation>CPU 时间和内核活动计数器</translation>
    </message>
    <message>
        <location filename="../core/procfs/procformats.cpp" line="55" />
        <source>Processors and their features</source>
        <translation>处理器及其特性</translation>
    </message>
    <message>
        <location filename="../core/procfs/procformats.cpp" line="56" />
        <source>Load averages and thread counts</source>
        <translation>平均负载和线程数</translation>
    </message>
    <message>
        <location filename="../core/procfs/procformats.cpp" line="57" />
        <source>Time since boot</source>
        <translation>自启动以来的时间</translation>
    </message>
    <message>
        <location filename="../core/procfs/procformats.cpp" line="58" />
        <source>Virtual memory counters</source>
        <translation>虚拟内存计数器</translation>
    </message>
    <message>
        <location filename="../core/procfs/procformats.cpp" line="59" />
        <source>Interrupts per CPU and source</source>
        <translation>按 CPU 和来源统计的中断</translation>
    </message>
    <message>
        <location filename="../core/procfs/procformats.cpp" line="60" />
        <source>Deferred interrupt work per CPU</source>
        <translation>每个 CPU 的延迟中断处理（软中断）</translation>
    </message>
    <message>
        <location filename="../core/procfs/procformats.cpp" line="61" />
        <source>I/O counters per block device</source>
        <translation>每个块设备的 I/O 计数器</translation>
    </message>
    <message>
        <location filename="../core/procfs/procformats.cpp" line="62" />
        <source>Block devices and partitions</source>
        <translation>块设备和分区</translation>
    </message>
    <message>
        <location filename="../core/procfs/procformats.cpp" line="63" />
        <source>Device major numbers and their drivers</source>
        <translation>设备主设备号及其驱动</translation>
    </message>
    <message>
        <location filename="../core/procfs/procformats.cpp" line="64" />
        <source>Filesystem types this kernel knows</source>
        <translation>本内核支持的文件系统类型</translation>
    </message>
    <message>
        <location filename="../core/procfs/procformats.cpp" line="65" />
        <source>Mounted filesystems</source>
        <translation>已挂载的文件系统</translation>
    </message>
    <message>
        <location filename="../core/procfs/procformats.cpp" line="66" />
        <source>Mounts with IDs and propagation</source>
        <translation>带 ID 和传播属性的挂载</translation>
    </message>
    <message>
        <location filename="../core/procfs/procformats.cpp" line="67" />
        <source>Loaded kernel modules</source>
        <translation>已加载的内核模块</translation>
    </message>
    <message>
        <location filename="../core/procfs/procformats.cpp" line="68" />
        <source>Pressure stall information</source>
        <translation>压力停顿信息（PSI）</translation>
    </message>
    <message>
        <location filename="../core/procfs/procformats.cpp" line="69" />
        <source>Traffic counters per network interface</source>
        <translation>每个网络接口的流量计数器</translation>
    </message>
    <message>
        <location filename="../core/procfs/procformats.cpp" line="70" />
        <source>Open netlink sockets</source>
        <translation>打开的 netlink 套接字</translation>
    </message>
    <message>
        <location filename="../core/procfs/procformats.cpp" line="71" />
        <source>TCP sockets</source>
        <translation>TCP 套接字</translation>
    </message>
    <message>
        <location filename="../core/procfs/procformats.cpp" line="72" />
        <source>UDP sockets</source>
        <translation>UDP 套接字</translation>
    </message>
    <message>
        <location filename="../core/procfs/procformats.cpp" line="73" />
        <source>A process's state, IDs, memory and capabilities</source>
        <translation>进程的状态、ID、内存和权能</translation>
    </message>
    <message>
        <location filename="../core/procfs/procformats.cpp" line="74" />
        <source>A process's scheduler statistics, one line</source>
        <translation>进程的调度统计（单行）</translation>
    </message>
    <message>
        <location filename="../core/procfs/procformats.cpp" line="75" />
        <source>A process's memory mappings</source>
        <translation>进程的内存映射</translation>
    </message>
    <message>
        <location filename="../core/procfs/procformats.cpp" line="76" />
        <source>A process's resource limits</source>
        <translation>进程的资源限制</translation>
    </message>
    <message>
        <location filename="../core/procfs/procformats.cpp" line="77" />
        <source>A process's I/O counters</source>
        <translation>进程的 I/O 计数器</translation>
    </message>
    <message>
        <location filename="../core/procfs/procformats.cpp" line="78" />
        <source>A process's environment at start</source>
        <translation>进程启动时的环境变量</translation>
    </message>
    <message>
        <location filename="../core/procfs/procformats.cpp" line="79" />
        <source>A process's command line</source>
        <translation>进程的命令行</translation>
    </message>
    <message>
        <location filename="../core/procfs/procformats.cpp" line="130" />
        <source>There is no parser for %1; it is shown as text.</source>
        <translation>没有 %1 的解析器；以文本显示。</translation>
    </message>
</context>
<context>
    <name>RuntimeInfo</name>
    <message>
        <location filename="../core/io/runtimeinfo.cpp" line="68" />
        <source>Running as root: every process and root-only file is visible.</source>
        <translation>以 root 身份运行：所有进程和仅 root 可读的文件都可见。</translation>
    </message>
    <message>
        <location filename="../core/io/runtimeinfo.cpp" line="70" />
        <source>Running as root of a user namespace, which is uid %1 on the host: other users' process details and root-only files stay hidden.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/io/runtimeinfo.cpp" line="71" />
        <source>Running as %1 (uid %2): other users' process details and root-only files need root.</source>
        <translation>以 %1（uid %2）身份运行：其他用户进程的详细信息和仅 root 可读的文件需要 root 权限。</translation>
    </message>
    <message>
        <location filename="../core/io/runtimeinfo.cpp" line="77" />
        <source>Flatpak sandbox: /proc shows the sandbox's own processes, not the host's.</source>
        <translation>Flatpak 沙箱：/proc 显示的是沙箱自己的进程，而不是主机的。</translation>
    </message>
    <message>
        <location filename="../core/io/runtimeinfo.cpp" line="79" />
        <source>Not sandboxed; /proc is mounted with hidepid=%1, so other users' processes are hidden.</source>
        <translation>未在沙箱中；/proc 以 hidepid=%1 挂载，因此其他用户的进程被隐藏。</translation>
    </message>
    <message>
        <location filename="../core/io/runtimeinfo.cpp" line="80" />
        <source>Not sandboxed: the host's kernel as it is.</source>
        <translation>未在沙箱中：看到的是主机内核的真实情况。</translation>
    </message>
</context>
<context>
    <name>SafeReader</name>
    <message>
        <location filename="../core/io/safereader.cpp" line="39" />
        <source>Skipped: reading /proc/kmsg blocks and takes kernel messages away from the system logger.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/io/safereader.cpp" line="41" />
        <source>Skipped: /proc/kcore is an image of all physical memory; reading it is huge and needs root.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/io/safereader.cpp" line="43" />
        <source>Skipped: /proc/sysrq-trigger is write-only; writing it makes the kernel act at once.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/io/safereader.cpp" line="45" />
        <source>Skipped: %1 holds one entry per page of physical memory; reading it is huge and needs root.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/io/safereader.cpp" line="47" />
        <source>Skipped: trace pipes block until trace events arrive and consume them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/io/safereader.cpp" line="49" />
        <source>Skipped: %1 exposes a process's memory page by page; it is not meant to be read as a file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/io/safereader.cpp" line="51" />
        <source>Skipped: clear_refs is write-only; writing it resets the process's page reference bits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/io/safereader.cpp" line="53" />
        <source>Skipped: debugfs files can block or act on hardware when read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/io/safereader.cpp" line="57" />
        <source>Skipped: %1 maps device memory; reading it talks to the hardware.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/io/safereader.cpp" line="59" />
        <source>Skipped: reading wakeup_count waits until no wakeup event is in progress.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/io/safereader.cpp" line="61" />
        <source>Skipped: reading %1 goes out to a slow hardware bus.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/io/safereader.cpp" line="70" />
        <source>Write-only: the kernel takes input here but gives nothing to read.</source>
        <translation>只写：内核在这里接收输入，但不提供可读内容。</translation>
    </message>
    <message>
        <location filename="../core/io/safereader.cpp" line="97" />
        <source>Process %1 has exited; its /proc entries are gone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/io/safereader.cpp" line="103" />
        <source>%1 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/io/safereader.cpp" line="109" />
        <source>Permission denied: %1 can only be read by its owner or by root.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/io/safereader.cpp" line="110" />
        <source>Permission denied: this file of process %1 can only be read by its owner or by root.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/io/safereader.cpp" line="114" />
        <source>%1 has no data now and would block; it was not waited for.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/io/safereader.cpp" line="118" />
        <source>%1 is a directory.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/io/safereader.cpp" line="124" />
        <source>Process %1 has no user-space memory (a kernel thread or a zombie), so this file has nothing to show.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/io/safereader.cpp" line="132" />
        <source>The kernel has no value to give for %1 in the current state (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/io/safereader.cpp" line="137" />
        <source>The kernel refused to read %1: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/io/safereader.cpp" line="150" />
        <source>%1 is listed by the kernel but has no value on this system.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/io/safereader.cpp" line="175" />
        <source>%1 is a device node; Kernel Channels never reads device contents.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/io/safereader.cpp" line="182" />
        <source>%1 is a FIFO or socket; reading it could wait forever, so it was skipped.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/io/safereader.cpp" line="193" />
        <source>%1 changed into something that is not a regular file while being opened.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/io/safereader.cpp" line="219" />
        <source>The read stopped early: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/io/safereader.cpp" line="232" />
        <source>Only the first %1 bytes were read; the file is longer.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <location filename="../app/gui/theme.cpp" line="120" />
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../app/gui/theme.cpp" line="121" />
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../app/gui/theme.cpp" line="124" />
        <source>System</source>
        <translation>跟随系统</translation>
    </message>
</context>
<context>
    <name>kc</name>
    <message>
        <location filename="../app/gui/csvexport.cpp" line="22" />
        <source>Export table as CSV</source>
        <translation>将表格导出为 CSV</translation>
    </message>
    <message>
        <location filename="../app/gui/csvexport.cpp" line="22" />
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/gui/csvexport.cpp" line="40" />
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../app/gui/csvexport.cpp" line="40" />
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>kc::DeviceTableModel</name>
    <message>
        <location filename="../core/models/devicetablemodel.cpp" line="81" />
        <source>%1 (parent)</source>
        <translation>%1（父设备）</translation>
    </message>
    <message>
        <location filename="../core/models/devicetablemodel.cpp" line="82" />
        <source>built in</source>
        <translation>内置</translation>
    </message>
    <message>
        <location filename="../core/models/devicetablemodel.cpp" line="102" />
        <source>The driver is bound to a parent device of this node's sysfs device.</source>
        <translation>驱动绑定在此节点的 sysfs 设备的父设备上。</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/models/devicetablemodel.cpp" line="104" />
        <source>%n process(es) with %1 file descriptor(s) on this device, from /proc/PID/fd</source>
        <translation><numerusform>%n 个进程，共 %1 个文件描述符指向此设备，来自 /proc/PID/fd</numerusform></translation>
    </message>
    <message>
        <location filename="../core/models/devicetablemodel.cpp" line="106" />
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../core/models/devicetablemodel.cpp" line="107" />
        <source>%1 in sysfs: %2</source>
        <translation>%1 在 sysfs 中：%2</translation>
    </message>
    <message>
        <location filename="../core/models/devicetablemodel.cpp" line="134" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../core/models/devicetablemodel.cpp" line="135" />
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../core/models/devicetablemodel.cpp" line="136" />
        <source>Major:minor</source>
        <translation>主:次设备号</translation>
    </message>
    <message>
        <location filename="../core/models/devicetablemodel.cpp" line="137" />
        <source>Major's driver</source>
        <translation>主设备号的驱动</translation>
    </message>
    <message>
        <location filename="../core/models/devicetablemodel.cpp" line="138" />
        <source>Subsystem</source>
        <translation>子系统</translation>
    </message>
    <message>
        <location filename="../core/models/devicetablemodel.cpp" line="139" />
        <source>Driver</source>
        <translation>驱动</translation>
    </message>
    <message>
        <location filename="../core/models/devicetablemodel.cpp" line="140" />
        <source>Module</source>
        <translation>模块</translation>
    </message>
    <message>
        <location filename="../core/models/devicetablemodel.cpp" line="141" />
        <source>Owner</source>
        <translation>所有者</translation>
    </message>
    <message>
        <location filename="../core/models/devicetablemodel.cpp" line="142" />
        <source>Group</source>
        <translation>组</translation>
    </message>
    <message>
        <location filename="../core/models/devicetablemodel.cpp" line="143" />
        <source>Mode</source>
        <translation>权限</translation>
    </message>
    <message>
        <location filename="../core/models/devicetablemodel.cpp" line="144" />
        <source>Held by</source>
        <translation>持有进程数</translation>
    </message>
    <message>
        <location filename="../core/models/devicetablemodel.cpp" line="155" />
        <source>How many processes hold this device open</source>
        <translation>有多少个进程打开了此设备</translation>
    </message>
    <message>
        <location filename="../core/models/devicetablemodel.cpp" line="145" />
        <source>Link target</source>
        <translation>链接目标</translation>
    </message>
    <message>
        <location filename="../core/models/devicetablemodel.cpp" line="150" />
        <source>The device number the kernel uses to find the driver</source>
        <translation>内核用来找到驱动的设备号</translation>
    </message>
    <message>
        <location filename="../core/models/devicetablemodel.cpp" line="151" />
        <source>Name the driver registered the major number under, from /proc/devices</source>
        <translation>驱动注册该主设备号时使用的名称，来自 /proc/devices</translation>
    </message>
    <message>
        <location filename="../core/models/devicetablemodel.cpp" line="152" />
        <source>The kernel subsystem (class or bus) the device belongs to, from sysfs</source>
        <translation>设备所属的内核子系统（类或总线），来自 sysfs</translation>
    </message>
    <message>
        <location filename="../core/models/devicetablemodel.cpp" line="153" />
        <source>The driver bound to the device in sysfs</source>
        <translation>在 sysfs 中绑定到该设备的驱动</translation>
    </message>
    <message>
        <location filename="../core/models/devicetablemodel.cpp" line="154" />
        <source>The loadable module holding the driver; "built in" when it is part of the kernel</source>
        <translation>包含该驱动的可加载模块；若驱动编译进内核则为“内置”</translation>
    </message>
</context>
<context>
    <name>kc::DevicesPane</name>
    <message>
        <location filename="../app/gui/devicespane.cpp" line="46" />
        <source>All types</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <location filename="../app/gui/devicespane.cpp" line="47" />
        <source>Character devices</source>
        <translation>字符设备</translation>
    </message>
    <message>
        <location filename="../app/gui/devicespane.cpp" line="48" />
        <source>Block devices</source>
        <translation>块设备</translation>
    </message>
    <message>
        <location filename="../app/gui/devicespane.cpp" line="49" />
        <source>Links</source>
        <translation>链接</translation>
    </message>
    <message>
        <location filename="../app/gui/devicespane.cpp" line="52" />
        <location filename="../app/gui/devicespane.cpp" line="289" />
        <source>All subsystems</source>
        <translation>所有子系统</translation>
    </message>
    <message>
        <location filename="../app/gui/devicespane.cpp" line="58" />
        <source>Rescan</source>
        <translation>重新扫描</translation>
    </message>
    <message>
        <location filename="../app/gui/devicespane.cpp" line="61" />
        <source>Walk /dev again and recount the processes holding each node</source>
        <translation>重新遍历 /dev 并重新统计持有每个节点的进程</translation>
    </message>
    <message>
        <location filename="../app/gui/devicespane.cpp" line="64" />
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../app/gui/devicespane.cpp" line="69" />
        <source>As &amp;CSV…</source>
        <translation>导出为 &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../app/gui/devicespane.cpp" line="70" />
        <source>As &amp;JSON…</source>
        <translation>导出为 &amp;JSON…</translation>
    </message>
    <message>
        <location filename="../app/gui/devicespane.cpp" line="112" />
        <source>Select a node to follow it to its driver</source>
        <translation>选择一个节点，沿着它追踪到驱动</translation>
    </message>
    <message>
        <location filename="../app/gui/devicespane.cpp" line="115" />
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../app/gui/devicespane.cpp" line="115" />
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../app/gui/devicespane.cpp" line="120" />
        <source>Double-click a step with a sysfs path to open it in the sysfs pane</source>
        <translation>双击带有 sysfs 路径的步骤，在 sysfs 面板中打开它</translation>
    </message>
    <message>
        <location filename="../app/gui/devicespane.cpp" line="151" />
        <source>Hover an event for all its KEY=VALUE properties; double-click to open its device in sysfs</source>
        <translation>悬停查看事件的全部 KEY=VALUE 属性；双击在 sysfs 中打开其设备</translation>
    </message>
    <message>
        <location filename="../app/gui/devicespane.cpp" line="159" />
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../app/gui/devicespane.cpp" line="161" />
        <source>Stop adding events to the log; they are still counted</source>
        <translation>停止向日志添加事件；事件仍会计数</translation>
    </message>
    <message>
        <location filename="../app/gui/devicespane.cpp" line="167" />
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../app/gui/devicespane.cpp" line="173" />
        <source>Kernel device events (uevents)</source>
        <translation>内核设备事件（uevent）</translation>
    </message>
    <message>
        <location filename="../app/gui/devicespane.cpp" line="233" />
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../app/gui/devicespane.cpp" line="238" />
        <source>/dev: device nodes, their drivers and who holds them open</source>
        <translation>/dev：设备节点、它们的驱动以及谁打开了它们</translation>
    </message>
    <message>
        <location filename="../app/gui/devicespane.cpp" line="258" />
        <source>Scanning /dev…</source>
        <translation>正在扫描 /dev…</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/devicespane.cpp" line="294" />
        <source>%n node(s)</source>
        <translation><numerusform>%n 个节点</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/devicespane.cpp" line="294" />
        <source>%n link(s)</source>
        <translation><numerusform>%n 个链接</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/devicespane.cpp" line="296" />
        <source>%n process(es) not checked for open devices: needs root</source>
        <translation><numerusform>%n 个进程未检查打开的设备：需要 root 权限</numerusform></translation>
    </message>
    <message>
        <location filename="../app/gui/devicespane.cpp" line="323" />
        <source>Following %1…</source>
        <translation>正在追踪 %1…</translation>
    </message>
    <message>
        <location filename="../app/gui/devicespane.cpp" line="342" />
        <source>From %1 to its driver and users</source>
        <translation>从 %1 到它的驱动和使用者</translation>
    </message>
    <message>
        <location filename="../app/gui/devicespane.cpp" line="353" />
        <source>%1 — double-click to open in the sysfs pane</source>
        <translation>%1 — 双击在 sysfs 面板中打开</translation>
    </message>
    <message>
        <location filename="../app/gui/devicespane.cpp" line="375" />
        <source>Export devices</source>
        <translation>导出设备</translation>
    </message>
    <message>
        <location filename="../app/gui/devicespane.cpp" line="375" />
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <location filename="../app/gui/devicespane.cpp" line="385" />
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../app/gui/devicespane.cpp" line="385" />
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/devicespane.cpp" line="391" />
        <source>%n event(s) seen</source>
        <translation><numerusform>已收到 %n 个事件</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/devicespane.cpp" line="393" />
        <source>buffer overflowed %n time(s), about %1 lost</source>
        <translation><numerusform>缓冲区溢出 %n 次，约丢失 %1 个</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/devicespane.cpp" line="396" />
        <source>%n oldest dropped from the log</source>
        <translation><numerusform>日志中最早的 %n 条已丢弃</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/devicespane.cpp" line="398" />
        <source>paused, %n not shown</source>
        <translation><numerusform>已暂停，%n 条未显示</numerusform></translation>
    </message>
</context>
<context>
    <name>kc::FieldHelp</name>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="13" />
        <source>Usable RAM: physical memory minus what the kernel reserved at boot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="14" />
        <source>RAM not used for anything at all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="15" />
        <source>Estimate of RAM a new program can get without swapping</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="16" />
        <source>Cache of raw block-device data (metadata, not file pages)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="17" />
        <source>Page cache: file contents kept in RAM, freed under pressure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="18" />
        <source>Memory swapped out and read back, still also in swap</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="19" />
        <source>Recently used memory, reclaimed last</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="20" />
        <source>Less recently used memory, first to be reclaimed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="21" />
        <source>Recently used anonymous memory (heaps, stacks)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="22" />
        <source>Anonymous memory that is a candidate for swap</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="23" />
        <source>Recently used file-backed pages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="24" />
        <source>File-backed pages that can be dropped first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="25" />
        <source>Pages that cannot be reclaimed (e.g. mlocked, ramfs)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="26" />
        <source>Pages locked in RAM with mlock()</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="27" />
        <source>Total swap space</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="28" />
        <source>Unused swap space</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="29" />
        <source>RAM used by the compressed swap cache</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="30" />
        <source>Data held compressed in zswap, before compression</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="31" />
        <source>File pages changed in RAM and waiting to be written to disk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="32" />
        <source>Pages being written to disk right now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="33" />
        <source>Anonymous pages mapped into user page tables</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="34" />
        <source>Files mapped into memory with mmap(), such as libraries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="35" />
        <source>Shared memory and tmpfs contents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="36" />
        <source>Kernel memory it can give back under pressure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="37" />
        <source>Kernel data-structure caches (slab allocator)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="38" />
        <source>Part of Slab that can be reclaimed, e.g. dentry and inode caches</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="39" />
        <source>Part of Slab that cannot be reclaimed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="40" />
        <source>Kernel stacks of all threads</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="41" />
        <source>Memory used by page tables that map virtual to physical memory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="42" />
        <source>Secondary page tables, e.g. for KVM guests</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="43" />
        <source>Always zero on current kernels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="44" />
        <source>Memory used for block-device bounce buffers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="45" />
        <source>Memory used by FUSE for temporary writeback buffers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="46" />
        <source>How much memory may be promised to programs under strict overcommit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="47" />
        <source>Memory promised to programs so far, whether used or not</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="48" />
        <source>Size of the kernel's vmalloc address range</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="49" />
        <source>Part of the vmalloc range in use</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="50" />
        <source>Largest free block of the vmalloc range</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="51" />
        <source>Memory for per-CPU kernel variables</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="52" />
        <source>RAM the kernel found faulty and took out of use</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="53" />
        <source>Anonymous memory backed by transparent huge pages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="54" />
        <source>Shared memory backed by huge pages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="55" />
        <source>File cache backed by huge pages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="56" />
        <source>Size of the reserved huge page pool, in pages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="57" />
        <source>Huge pages in the pool not yet allocated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="58" />
        <source>Huge pages promised but not yet faulted in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="59" />
        <source>Huge pages above the configured pool size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="60" />
        <source>Size of one default huge page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="61" />
        <source>Memory taken by huge pages of all sizes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="62" />
        <source>Kernel's direct map of RAM using 4 KiB pages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="63" />
        <source>Kernel's direct map of RAM using 2 MiB pages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="64" />
        <source>Kernel's direct map of RAM using 1 GiB pages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="68" />
        <source>Time running programs in user mode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="69" />
        <source>User-mode time of programs with lowered priority (nice &gt; 0)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="70" />
        <source>Time in the kernel, e.g. serving system calls</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="71" />
        <source>Time with nothing to do</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="72" />
        <source>Idle time while disk I/O was outstanding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="73" />
        <source>Time serving hardware interrupts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="74" />
        <source>Time serving deferred interrupt work (softirqs)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="75" />
        <source>Time a hypervisor gave to other guests</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="76" />
        <source>Time running a virtual machine's CPU</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="77" />
        <source>Time running a niced virtual machine's CPU</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="81" />
        <source>Interrupts served since boot, all sources</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="82" />
        <source>Context switches since boot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="83" />
        <source>Boot time, in seconds since 1970-01-01 UTC</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="84" />
        <source>Processes and threads created since boot (fork/clone)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="85" />
        <source>Threads running or ready to run now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="86" />
        <source>Threads blocked waiting for I/O now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="87" />
        <source>Softirqs served since boot, all kinds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="91" />
        <source>Free pages of RAM</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="92" />
        <source>Pages waiting to be written back to disk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="93" />
        <source>Pages being written back now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="94" />
        <source>Pages mapped into processes from files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="95" />
        <source>Anonymous pages in use</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="96" />
        <source>Reclaimable kernel slab pages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="97" />
        <source>Kernel slab pages that cannot be reclaimed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="98" />
        <source>Data read from block devices since boot, in KiB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="99" />
        <source>Data written to block devices since boot, in KiB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="100" />
        <source>Pages read in from swap since boot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="101" />
        <source>Pages written out to swap since boot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="102" />
        <source>Page faults since boot, minor and major</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="103" />
        <source>Major page faults (needed disk I/O) since boot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="104" />
        <source>Pages freed since boot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="105" />
        <source>Processes killed by the out-of-memory killer since boot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="106" />
        <source>Pages reclaimed by the background kswapd thread</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="107" />
        <source>Pages reclaimed directly by allocating programs (a sign of pressure)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="108" />
        <source>Transparent huge pages allocated on a page fault</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="112" />
        <source>Average number of runnable or uninterruptible threads over 1 minute</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="113" />
        <source>The same average over 5 minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="114" />
        <source>The same average over 15 minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="115" />
        <source>Threads runnable right now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="116" />
        <source>Threads that exist right now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="117" />
        <source>The most recently assigned process ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="13" />
        <source>Command name (comm), at most 15 characters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="14" />
        <source>File mode creation mask</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="15" />
        <source>Scheduler state: R running, S sleeping, D disk wait, Z zombie, T stopped, I idle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="16" />
        <source>Thread group ID: the process ID users see</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="17" />
        <source>NUMA group ID, 0 when unused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="18" />
        <source>Thread ID (equals Tgid for the main thread)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="19" />
        <source>Process ID of the parent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="20" />
        <source>Process tracing this one with ptrace, 0 if none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="21" />
        <source>User IDs: real, effective, saved, filesystem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="22" />
        <source>Group IDs: real, effective, saved, filesystem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="23" />
        <source>Slots in the file descriptor table right now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="24" />
        <source>Supplementary groups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="25" />
        <source>Thread group ID in each nested PID namespace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="26" />
        <source>Thread ID in each nested PID namespace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="27" />
        <source>Process group ID in each nested PID namespace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="28" />
        <source>Session ID in each nested PID namespace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="29" />
        <source>1 for a kernel thread, 0 for a user process</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="30" />
        <source>Largest virtual memory size so far</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="31" />
        <source>Virtual memory size: everything mapped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="32" />
        <source>Memory locked with mlock()</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="33" />
        <source>Memory pinned so it cannot move (e.g. for DMA)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="34" />
        <source>Largest resident set so far (high water mark)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="35" />
        <source>Resident set: memory in RAM now (anon + file + shmem)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="36" />
        <source>Resident anonymous memory (heap, stack)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="37" />
        <source>Resident file mappings (code, libraries)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="38" />
        <source>Resident shared memory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="39" />
        <source>Size of data and heap segments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="40" />
        <source>Size of the main thread's stack</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="41" />
        <source>Size of the program's code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="42" />
        <source>Size of shared library code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="43" />
        <source>Memory used by this process's page tables</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="44" />
        <source>Anonymous memory swapped out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="45" />
        <source>Memory in hugetlbfs huge pages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="46" />
        <source>1 while the process is writing a core dump</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="47" />
        <source>Whether transparent huge pages may be used</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="48" />
        <location filename="../core/procfs/procparsers_process.cpp" line="97" />
        <source>Number of threads</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="49" />
        <source>Queued signals / limit of queued signals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="50" />
        <source>Signals pending for this thread (bit mask)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="51" />
        <source>Signals pending for the whole process (bit mask)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="52" />
        <source>Blocked signals (bit mask)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="53" />
        <source>Ignored signals (bit mask)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="54" />
        <source>Signals with a handler installed (bit mask)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="55" />
        <source>Inheritable capabilities (bit mask)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="56" />
        <source>Permitted capabilities (bit mask)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="57" />
        <source>Effective capabilities: what the kernel checks (bit mask)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="58" />
        <source>Capability bounding set (bit mask)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="59" />
        <source>Ambient capabilities kept across execve (bit mask)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="60" />
        <source>1 when execve can never grant more privileges</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="61" />
        <source>System call filter: 0 off, 1 strict, 2 filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="62" />
        <source>Number of seccomp filters attached</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="63" />
        <source>Mitigation state for Spectre variant 4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="64" />
        <source>Mitigation state for indirect branch speculation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="65" />
        <source>CPUs this task may run on (bit mask)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="66" />
        <source>CPUs this task may run on (list)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="67" />
        <source>NUMA nodes it may allocate from (bit mask)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="68" />
        <source>NUMA nodes it may allocate from (list)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="69" />
        <source>Times it gave up the CPU itself, e.g. to wait</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="70" />
        <source>Times the scheduler took the CPU away</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="71" />
        <source>x86 features enabled for this thread</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="72" />
        <source>x86 thread features that can no longer change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="73" />
        <source>Address bits used for pointer tagging</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="78" />
        <source>Process ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="79" />
        <source>Command name, in parentheses in the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="80" />
        <source>R running, S sleeping, D disk wait, Z zombie, T stopped, I idle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="81" />
        <source>Parent process ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="82" />
        <source>Process group ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="83" />
        <source>Session ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="84" />
        <source>Controlling terminal as a device number, 0 if none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="85" />
        <source>Foreground process group of the terminal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="86" />
        <source>Kernel PF_* flags (0x200000 marks a kernel thread)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="87" />
        <source>Minor page faults (no disk I/O needed)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="88" />
        <source>Minor faults of waited-for children</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="89" />
        <source>Major page faults (needed disk I/O)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="90" />
        <source>Major faults of waited-for children</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="91" />
        <source>CPU time in user mode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="92" />
        <source>CPU time in kernel mode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="93" />
        <source>User time of waited-for children</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="94" />
        <source>Kernel time of waited-for children</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="95" />
        <source>Scheduling priority as the kernel stores it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="96" />
        <source>Nice value, -20 (favoured) to 19</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="98" />
        <source>Obsolete, always 0</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="99" />
        <source>Start time after boot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="100" />
        <source>Virtual memory size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="101" />
        <source>Resident set size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="102" />
        <source>Soft limit on resident set size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="103" />
        <source>Address where program code starts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="104" />
        <source>Address where program code ends</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="105" />
        <source>Bottom of the main stack</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="106" />
        <source>Stack pointer (hidden, 0)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="107" />
        <source>Instruction pointer (hidden, 0)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="108" />
        <source>Obsolete pending-signal mask; see status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="109" />
        <source>Obsolete blocked-signal mask; see status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="110" />
        <source>Obsolete ignored-signal mask; see status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="111" />
        <source>Obsolete caught-signal mask; see status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="112" />
        <source>0 or 1; the wait channel name is in /proc/PID/wchan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="113" />
        <location filename="../core/procfs/procparsers_process.cpp" line="114" />
        <source>Not maintained, 0</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="115" />
        <source>Signal sent to the parent at exit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="116" />
        <source>CPU it last ran on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="117" />
        <source>Real-time priority, 0 for normal tasks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="118" />
        <source>Scheduling policy (0 normal, 1 FIFO, 2 RR, 3 batch, 5 idle, 6 deadline)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="119" />
        <source>Time waiting for block I/O</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="120" />
        <source>Time running a guest virtual CPU</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="121" />
        <source>Guest time of waited-for children</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="122" />
        <source>Address where initialised data starts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="123" />
        <source>Address where initialised data ends</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="124" />
        <source>Start of the heap (brk)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="125" />
        <source>Address of the command-line arguments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="126" />
        <source>End of the command-line arguments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="127" />
        <source>Address of the environment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="128" />
        <source>End of the environment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="129" />
        <source>Exit status as waitpid() reports it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="148" />
        <source>Bytes read through read()-like calls, cache hits included</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="149" />
        <source>Bytes written through write()-like calls</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="150" />
        <source>Read system calls made</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="151" />
        <source>Write system calls made</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="152" />
        <source>Bytes really fetched from storage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="153" />
        <source>Bytes sent towards storage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="154" />
        <source>Written bytes that never reached storage (file truncated first)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kc::FileView</name>
    <message>
        <location filename="../app/gui/fileview.cpp" line="58" />
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../app/gui/fileview.cpp" line="59" />
        <source>0.5 s</source>
        <translation>0.5 秒</translation>
    </message>
    <message>
        <location filename="../app/gui/fileview.cpp" line="60" />
        <source>1 s</source>
        <translation>1 秒</translation>
    </message>
    <message>
        <location filename="../app/gui/fileview.cpp" line="61" />
        <source>2 s</source>
        <translation>2 秒</translation>
    </message>
    <message>
        <location filename="../app/gui/fileview.cpp" line="62" />
        <source>5 s</source>
        <translation>5 秒</translation>
    </message>
    <message>
        <location filename="../app/gui/fileview.cpp" line="82" />
        <source>Re-read the file at this interval; changed values light up briefly</source>
        <translation>按此间隔重新读取文件；变化的值会短暂高亮</translation>
    </message>
    <message>
        <location filename="../app/gui/fileview.cpp" line="83" />
        <source>Auto-refresh:</source>
        <translation>自动刷新：</translation>
    </message>
    <message>
        <location filename="../app/gui/fileview.cpp" line="86" />
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <location filename="../app/gui/fileview.cpp" line="89" />
        <source>Read the file again now</source>
        <translation>立即重新读取文件</translation>
    </message>
    <message>
        <location filename="../app/gui/fileview.cpp" line="117" />
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../app/gui/fileview.cpp" line="121" />
        <source>Copy &amp;whole table</source>
        <translation>复制整个表格(&amp;W)</translation>
    </message>
    <message>
        <location filename="../app/gui/fileview.cpp" line="123" />
        <source>&amp;Export as CSV…</source>
        <translation>导出为 CSV(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../app/gui/fileview.cpp" line="128" />
        <source>This file holds several tables</source>
        <translation>此文件包含多个表格</translation>
    </message>
    <message>
        <location filename="../app/gui/fileview.cpp" line="145" />
        <source>&amp;Table</source>
        <translation>表格(&amp;T)</translation>
    </message>
    <message>
        <location filename="../app/gui/fileview.cpp" line="146" />
        <source>Te&amp;xt</source>
        <translation>文本(&amp;X)</translation>
    </message>
    <message>
        <location filename="../app/gui/fileview.cpp" line="174" />
        <source>Nothing selected</source>
        <translation>未选择任何内容</translation>
    </message>
    <message>
        <location filename="../app/gui/fileview.cpp" line="174" />
        <source>Pick a file in the tree to read it.</source>
        <translation>在树中选择一个文件以读取它。</translation>
    </message>
    <message>
        <location filename="../app/gui/fileview.cpp" line="200" />
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <location filename="../app/gui/fileview.cpp" line="260" />
        <source>NUL separators are shown as line breaks.</source>
        <translation>NUL 分隔符显示为换行。</translation>
    </message>
    <message>
        <location filename="../app/gui/fileview.cpp" line="273" />
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/fileview.cpp" line="284" />
        <source>%1 (%n row(s))</source>
        <translation><numerusform>%1（%n 行）</numerusform></translation>
    </message>
</context>
<context>
    <name>kc::MainWindow</name>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="47" />
        <source>Kernel Channels</source>
        <translation>内核通道</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="55" />
        <source>Channels</source>
        <translation>通道</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="67" />
        <source>Filter the current view (Ctrl+F)</source>
        <translation>过滤当前视图（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="70" />
        <source>Filter</source>
        <translation>过滤</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="71" />
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="75" />
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="77" />
        <source>Read the current directory and file again (F5)</source>
        <translation>重新读取当前目录和文件（F5）</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="156" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="157" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="161" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="168" />
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="183" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="184" />
        <source>&amp;About Kernel Channels</source>
        <translation>关于内核通道(&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="186" />
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="192" />
        <source>About Kernel Channels</source>
        <translation>关于内核通道</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="193" />
        <source>&lt;h3&gt;Kernel Channels %1&lt;/h3&gt;&lt;p&gt;See every channel between the Linux kernel and user space: procfs, sysfs, device nodes, netlink and system calls.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 2 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;内核通道 %1&lt;/h3&gt;&lt;p&gt;查看 Linux 内核与用户空间之间的每一条通道：procfs、sysfs、设备节点、netlink 和系统调用。&lt;/p&gt;&lt;p&gt;依据 GNU GPL 第 2 版或更高版本授权。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="232" />
        <source>Cannot create the directory %1.</source>
        <translation>无法创建目录 %1。</translation>
    </message>
</context>
<context>
    <name>kc::NetlinkEventModel</name>
    <message>
        <location filename="../core/models/netlinkeventmodel.cpp" line="93" />
        <source>lost</source>
        <translation>丢失</translation>
    </message>
    <message>
        <location filename="../core/models/netlinkeventmodel.cpp" line="109" />
        <source>kernel → us</source>
        <translation>内核 → 本程序</translation>
    </message>
    <message>
        <location filename="../core/models/netlinkeventmodel.cpp" line="121" />
        <source>messages lost: the receive buffer overflowed</source>
        <translation>消息丢失：接收缓冲区溢出</translation>
    </message>
    <message>
        <location filename="../core/models/netlinkeventmodel.cpp" line="143" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../core/models/netlinkeventmodel.cpp" line="144" />
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <location filename="../core/models/netlinkeventmodel.cpp" line="145" />
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../core/models/netlinkeventmodel.cpp" line="146" />
        <source>Flags</source>
        <translation>标志</translation>
    </message>
    <message>
        <location filename="../core/models/netlinkeventmodel.cpp" line="147" />
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../core/models/netlinkeventmodel.cpp" line="148" />
        <source>Seq</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../core/models/netlinkeventmodel.cpp" line="149" />
        <source>Port ID</source>
        <translation>端口 ID</translation>
    </message>
    <message>
        <location filename="../core/models/netlinkeventmodel.cpp" line="150" />
        <source>Bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <location filename="../core/models/netlinkeventmodel.cpp" line="151" />
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
</context>
<context>
    <name>kc::NetlinkLiveWidget</name>
    <message>
        <location filename="../app/gui/netlinklivewidget.cpp" line="104" />
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinklivewidget.cpp" line="104" />
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinklivewidget.cpp" line="104" />
        <source>Bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinklivewidget.cpp" line="116" />
        <source>Follow</source>
        <translation>跟随</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinklivewidget.cpp" line="119" />
        <source>Keep the newest message in view</source>
        <translation>始终显示最新的消息</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinklivewidget.cpp" line="121" />
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinklivewidget.cpp" line="123" />
        <source>Stop adding messages to the table; they are still counted</source>
        <translation>停止向表格添加消息；消息仍会计数</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinklivewidget.cpp" line="125" />
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinklivewidget.cpp" line="133" />
        <source>Dump links and addresses</source>
        <translation>转储链路和地址</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinklivewidget.cpp" line="134" />
        <source>Ask the kernel for every link and address now (RTM_GETLINK, RTM_GETADDR)</source>
        <translation>立即向内核请求所有链路和地址（RTM_GETLINK、RTM_GETADDR）</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinklivewidget.cpp" line="137" />
        <source>Save pcapng…</source>
        <translation>保存 pcapng…</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinklivewidget.cpp" line="138" />
        <source>Write the messages in the table to a pcapng file Wireshark and tshark read</source>
        <translation>把表格中的消息写入 Wireshark 和 tshark 可读取的 pcapng 文件</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinklivewidget.cpp" line="141" />
        <source>Save JSON…</source>
        <translation>保存 JSON…</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinklivewidget.cpp" line="142" />
        <source>Write the messages in the table as JSON lines, one decoded message per line</source>
        <translation>把表格中的消息保存为 JSON lines，每行一条解码后的消息</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinklivewidget.cpp" line="145" />
        <source>Open pcapng…</source>
        <translation>打开 pcapng…</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinklivewidget.cpp" line="146" />
        <source>Add the netlink messages of a pcapng capture to the table</source>
        <translation>把 pcapng 抓包中的 netlink 消息加入表格</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinklivewidget.cpp" line="148" />
        <source>Open a netlink capture</source>
        <translation>打开 netlink 抓包</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinklivewidget.cpp" line="148" />
        <location filename="../app/gui/netlinklivewidget.cpp" line="309" />
        <source>pcapng files (*.pcapng)</source>
        <translation>pcapng 文件 (*.pcapng)</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinklivewidget.cpp" line="153" />
        <source>Streams</source>
        <translation>消息流</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinklivewidget.cpp" line="155" />
        <source>Which kernel message streams to show besides rtnetlink</source>
        <translation>除 rtnetlink 之外还要显示哪些内核消息流</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinklivewidget.cpp" line="157" />
        <source>Kernel device events (uevents)</source>
        <translation>内核设备事件（uevent）</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinklivewidget.cpp" line="160" />
        <source>Process events: fork, exec, exit (process connector, needs root)</source>
        <translation>进程事件：fork、exec、exit（进程连接器，需要 root 权限）</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinklivewidget.cpp" line="163" />
        <source>Generic netlink families appearing and leaving (nlctrl notify)</source>
        <translation>通用 netlink 协议族的注册与注销（nlctrl notify）</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinklivewidget.cpp" line="170" />
        <source>Network namespace to listen in: ours, one named in /run/netns, or type a process ID (needs root)</source>
        <translation>要监听的网络命名空间：本命名空间、/run/netns 中的命名空间，或输入进程 ID（需要 root 权限）</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinklivewidget.cpp" line="171" />
        <source>This namespace</source>
        <translation>本命名空间</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinklivewidget.cpp" line="179" />
        <source>rtnetlink: links, addresses, routes, neighbours, rules</source>
        <translation>rtnetlink：链路、地址、路由、邻居、规则</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinklivewidget.cpp" line="308" />
        <location filename="../app/gui/netlinklivewidget.cpp" line="324" />
        <source>Save netlink messages</source>
        <translation>保存 netlink 消息</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinklivewidget.cpp" line="319" />
        <location filename="../app/gui/netlinklivewidget.cpp" line="341" />
        <source>Save failed</source>
        <translation>保存失败</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinklivewidget.cpp" line="319" />
        <location filename="../app/gui/netlinklivewidget.cpp" line="341" />
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinklivewidget.cpp" line="325" />
        <source>JSON lines (*.jsonl)</source>
        <translation>JSON lines (*.jsonl)</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinklivewidget.cpp" line="348" />
        <source>Open failed</source>
        <translation>打开失败</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinklivewidget.cpp" line="348" />
        <source>Could not read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinklivewidget.cpp" line="354" />
        <source>Capture partly read</source>
        <translation>抓包只读取了一部分</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/netlinklivewidget.cpp" line="354" />
        <source>%n message(s) were read from %1. Then: %2</source>
        <translation><numerusform>已从 %1 读取 %n 条消息。随后：%2</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/netlinklivewidget.cpp" line="372" />
        <source>%n message(s)</source>
        <translation><numerusform>%n 条消息</numerusform></translation>
    </message>
    <message>
        <location filename="../app/gui/netlinklivewidget.cpp" line="373" />
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/netlinklivewidget.cpp" line="375" />
        <source>buffer overflowed %n time(s); state dumped again after each</source>
        <translation><numerusform>缓冲区溢出 %n 次；每次之后都重新转储了状态</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/netlinklivewidget.cpp" line="377" />
        <source>%n oldest dropped from the table</source>
        <translation><numerusform>表格中最早的 %n 条已丢弃</numerusform></translation>
    </message>
    <message>
        <location filename="../app/gui/netlinklivewidget.cpp" line="387" />
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinklivewidget.cpp" line="402" />
        <source>Messages were lost here: the receive buffer overflowed. Links and addresses were dumped again.</source>
        <translation>此处有消息丢失：接收缓冲区溢出。已重新转储链路和地址。</translation>
    </message>
</context>
<context>
    <name>kc::NetlinkMonitor</name>
    <message>
        <location filename="../core/netlink/netlinkmonitor.cpp" line="92" />
        <source>"%1" is not a namespace name or a process ID.</source>
        <translation>“%1”不是命名空间名称或进程 ID。</translation>
    </message>
    <message>
        <location filename="../core/netlink/netlinkmonitor.cpp" line="97" />
        <source>Cannot open the network namespace %1: %2.</source>
        <translation>无法打开网络命名空间 %1：%2。</translation>
    </message>
    <message>
        <location filename="../core/netlink/netlinkmonitor.cpp" line="102" />
        <source>Cannot enter the network namespace %1: %2 (this needs root).</source>
        <translation>无法进入网络命名空间 %1：%2（需要 root 权限）。</translation>
    </message>
    <message>
        <location filename="../core/netlink/netlinkmonitor.cpp" line="123" />
        <source>Out of memory for a netlink socket.</source>
        <translation>创建 netlink 套接字时内存不足。</translation>
    </message>
    <message>
        <location filename="../core/netlink/netlinkmonitor.cpp" line="129" />
        <source>Cannot open a netlink socket for protocol %1: %2.</source>
        <translation>无法为协议 %1 打开 netlink 套接字：%2。</translation>
    </message>
    <message>
        <location filename="../core/netlink/netlinkmonitor.cpp" line="135" />
        <source>Cannot join netlink group %1: %2.</source>
        <translation>无法加入 netlink 组 %1：%2。</translation>
    </message>
    <message>
        <location filename="../core/netlink/netlinkmonitor.cpp" line="143" />
        <source>The kernel refused the subscription: %1.</source>
        <translation>内核拒绝了订阅：%1。</translation>
    </message>
    <message>
        <location filename="../core/netlink/netlinkmonitor.cpp" line="171" />
        <source>The dump request failed: %1.</source>
        <translation>转储请求失败：%1。</translation>
    </message>
</context>
<context>
    <name>kc::NetlinkPane</name>
    <message>
        <location filename="../app/gui/netlinkpane.cpp" line="54" />
        <source>Family</source>
        <translation>协议族</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinkpane.cpp" line="54" />
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinkpane.cpp" line="54" />
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinkpane.cpp" line="61" />
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinkpane.cpp" line="61" />
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinkpane.cpp" line="61" />
        <source>In this kernel</source>
        <translation>本内核中存在</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinkpane.cpp" line="61" />
        <source>Open sockets</source>
        <translation>打开的套接字</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinkpane.cpp" line="61" />
        <source>What it carries</source>
        <translation>承载的内容</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinkpane.cpp" line="68" />
        <source>&amp;Live messages</source>
        <translation>实时消息(&amp;L)</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinkpane.cpp" line="69" />
        <source>&amp;Sockets</source>
        <translation>套接字(&amp;S)</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinkpane.cpp" line="70" />
        <source>Generic &amp;families</source>
        <translation>通用协议族(&amp;F)</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinkpane.cpp" line="71" />
        <source>&amp;Protocols</source>
        <translation>协议(&amp;P)</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinkpane.cpp" line="76" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinkpane.cpp" line="101" />
        <source>Netlink</source>
        <translation>Netlink</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinkpane.cpp" line="106" />
        <source>Netlink: the kernel's message sockets, who has them open, and the generic families</source>
        <translation>Netlink：内核的消息套接字、谁打开了它们，以及通用协议族</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/netlinkpane.cpp" line="170" />
        <source>%n socket(s), from %1</source>
        <translation><numerusform>%n 个套接字，来自 %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/netlinkpane.cpp" line="172" />
        <source>owners of %n process(es) not visible: needs root</source>
        <translation><numerusform>%n 个进程的所有者不可见：需要 root 权限</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/netlinkpane.cpp" line="177" />
        <source>%n generic famil(y/ies)</source>
        <translation><numerusform>%n 个通用协议族</numerusform></translation>
    </message>
    <message>
        <location filename="../app/gui/netlinkpane.cpp" line="198" />
        <source>version %1, header %2 bytes, highest attribute %3</source>
        <translation>版本 %1，头部 %2 字节，最大属性号 %3</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinkpane.cpp" line="204" />
        <source>Operations</source>
        <translation>操作</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/netlinkpane.cpp" line="204" />
        <source>%n command(s)</source>
        <translation><numerusform>%n 个命令</numerusform></translation>
    </message>
    <message>
        <location filename="../app/gui/netlinkpane.cpp" line="207" />
        <source>command %1</source>
        <translation>命令 %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/netlinkpane.cpp" line="214" />
        <source>%n attribute(s) accepted</source>
        <translation><numerusform>接受 %n 个属性</numerusform></translation>
    </message>
    <message>
        <location filename="../app/gui/netlinkpane.cpp" line="220" />
        <source>, nested policy %1</source>
        <translation>，嵌套策略 %1</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinkpane.cpp" line="221" />
        <source>attribute %1</source>
        <translation>属性 %1</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinkpane.cpp" line="224" />
        <source>do policy</source>
        <translation>do 策略</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinkpane.cpp" line="225" />
        <source>dump policy</source>
        <translation>dump 策略</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinkpane.cpp" line="229" />
        <source>Multicast groups</source>
        <translation>多播组</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/netlinkpane.cpp" line="229" />
        <source>%n group(s)</source>
        <translation><numerusform>%n 个组</numerusform></translation>
    </message>
    <message>
        <location filename="../app/gui/netlinkpane.cpp" line="231" />
        <source>join group %1 to receive these notifications</source>
        <translation>加入组 %1 以接收这些通知</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinkpane.cpp" line="251" />
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinkpane.cpp" line="251" />
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>kc::NetlinkSocketModel</name>
    <message>
        <location filename="../core/models/netlinksocketmodel.cpp" line="75" />
        <source>kernel</source>
        <translation>内核</translation>
    </message>
    <message>
        <location filename="../core/models/netlinksocketmodel.cpp" line="78" />
        <source>%1 %2 (fd %3)</source>
        <translation>%1 %2（fd %3）</translation>
    </message>
    <message>
        <location filename="../core/models/netlinksocketmodel.cpp" line="79" />
        <source>not visible</source>
        <translation>不可见</translation>
    </message>
    <message>
        <location filename="../core/models/netlinksocketmodel.cpp" line="107" />
        <source>The owning process belongs to another user: needs root to see it.</source>
        <translation>所属进程属于其他用户：需要 root 权限才能看到。</translation>
    </message>
    <message>
        <location filename="../core/models/netlinksocketmodel.cpp" line="109" />
        <source>The kernel dropped messages for this socket because its receive buffer was full.</source>
        <translation>由于接收缓冲区已满，内核丢弃了发往此套接字的消息。</translation>
    </message>
    <message>
        <location filename="../core/models/netlinksocketmodel.cpp" line="131" />
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <location filename="../core/models/netlinksocketmodel.cpp" line="132" />
        <source>Port ID</source>
        <translation>端口 ID</translation>
    </message>
    <message>
        <location filename="../core/models/netlinksocketmodel.cpp" line="133" />
        <source>Owner</source>
        <translation>所有者</translation>
    </message>
    <message>
        <location filename="../core/models/netlinksocketmodel.cpp" line="134" />
        <source>Multicast groups</source>
        <translation>多播组</translation>
    </message>
    <message>
        <location filename="../core/models/netlinksocketmodel.cpp" line="135" />
        <source>Queued (B)</source>
        <translation>排队（字节）</translation>
    </message>
    <message>
        <location filename="../core/models/netlinksocketmodel.cpp" line="136" />
        <source>Buffer (B)</source>
        <translation>缓冲区（字节）</translation>
    </message>
    <message>
        <location filename="../core/models/netlinksocketmodel.cpp" line="137" />
        <source>Drops</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <location filename="../core/models/netlinksocketmodel.cpp" line="138" />
        <source>Inode</source>
        <translation>Inode</translation>
    </message>
    <message>
        <location filename="../core/models/netlinksocketmodel.cpp" line="143" />
        <source>The socket's netlink address; 0 is the kernel, user sockets usually get their PID</source>
        <translation>套接字的 netlink 地址；0 是内核，用户套接字通常取其 PID</translation>
    </message>
    <message>
        <location filename="../core/models/netlinksocketmodel.cpp" line="144" />
        <source>Multicast groups the socket listens to</source>
        <translation>套接字监听的多播组</translation>
    </message>
    <message>
        <location filename="../core/models/netlinksocketmodel.cpp" line="145" />
        <source>Bytes received and not yet read</source>
        <translation>已接收但尚未读取的字节</translation>
    </message>
    <message>
        <location filename="../core/models/netlinksocketmodel.cpp" line="146" />
        <source>Receive buffer size; when full, messages are dropped</source>
        <translation>接收缓冲区大小；满了之后消息会被丢弃</translation>
    </message>
    <message>
        <location filename="../core/models/netlinksocketmodel.cpp" line="147" />
        <source>Messages lost because the receive buffer was full</source>
        <translation>因接收缓冲区已满而丢失的消息</translation>
    </message>
    <message>
        <location filename="../core/models/netlinksocketmodel.cpp" line="148" />
        <source>Matches socket:[N] in /proc/PID/fd</source>
        <translation>对应 /proc/PID/fd 中的 socket:[N]</translation>
    </message>
</context>
<context>
    <name>kc::ParsedTableModel</name>
    <message>
        <location filename="../core/models/parsedtablemodel.cpp" line="103" />
        <source>%1 %2 = %3</source>
        <translation>%1 %2 = %3</translation>
    </message>
    <message>
        <location filename="../core/models/parsedtablemodel.cpp" line="132" />
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>kc::Parsers</name>
    <message>
        <location filename="../core/procfs/parseutil.cpp" line="130" />
        <location filename="../core/procfs/procparsers_system.cpp" line="227" />
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../core/procfs/parseutil.cpp" line="130" />
        <location filename="../core/procfs/procparsers_process.cpp" line="336" />
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../core/procfs/parseutil.cpp" line="130" />
        <location filename="../core/procfs/procparsers_process.cpp" line="281" />
        <source>Unit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/parseutil.cpp" line="131" />
        <source>Meaning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/parseutil.cpp" line="140" />
        <location filename="../core/procfs/parseutil.cpp" line="148" />
        <source>Nothing in this file looks like %1; it may be empty, cut short or of another format.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../core/procfs/parseutil.cpp" line="152" />
        <source>%n line(s) did not match the expected format and were left out.</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="126" />
        <source>Memory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="143" />
        <source>/proc/meminfo ("Key: number kB" lines)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="152" />
        <source>CPU time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="153" />
        <source>CPU</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="153" />
        <source>"cpu" is all CPUs together; cpuN is one CPU</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="157" />
        <source>Counters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="191" />
        <source>/proc/stat (cpu lines and counters)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="193" />
        <source>Times are in clock ticks (USER_HZ, normally 1/100 s) since boot.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="226" />
        <source>Processors</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="236" />
        <location filename="../core/procfs/procparsers_system.cpp" line="239" />
        <source>CPU %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="256" />
        <source>/proc/cpuinfo ("key : value" blocks)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="268" />
        <source>/proc/loadavg ("0.10 0.20 0.30 1/234 5678")</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="270" />
        <source>Load average</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="291" />
        <source>/proc/uptime (two numbers of seconds)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="292" />
        <source>Uptime</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="294" />
        <source>Time since boot, including time suspended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="295" />
        <source>Idle time summed over all CPUs, so it can exceed uptime</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="305" />
        <source>Virtual memory counters</source>
        <translation>虚拟内存计数器</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="319" />
        <source>/proc/vmstat ("name number" lines)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="337" />
        <source>%1 (a header of CPU names, then counts per CPU)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="341" />
        <source>IRQ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="341" />
        <source>Softirq</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="342" />
        <source>Interrupt number or name of the interrupt source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="343" />
        <source>Kind of deferred kernel work</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="345" />
        <source>Count on this CPU since boot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="346" />
        <source>Total</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="346" />
        <source>Sum over all CPUs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="348" />
        <location filename="../core/procfs/procparsers_system.cpp" line="579" />
        <location filename="../core/procfs/procparsers_system.cpp" line="615" />
        <source>Source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="348" />
        <source>Interrupt controller, trigger type and the devices using it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="395" />
        <source>Interrupts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="400" />
        <source>Softirqs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="408" />
        <source>Block device I/O</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="410" />
        <location filename="../core/procfs/procparsers_system.cpp" line="462" />
        <location filename="../core/procfs/procparsers_system.cpp" line="490" />
        <source>Major</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="410" />
        <location filename="../core/procfs/procparsers_system.cpp" line="462" />
        <source>Device major number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="411" />
        <location filename="../core/procfs/procparsers_system.cpp" line="463" />
        <source>Minor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="411" />
        <location filename="../core/procfs/procparsers_system.cpp" line="463" />
        <source>Device minor number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="412" />
        <location filename="../core/procfs/procparsers_system.cpp" line="609" />
        <location filename="../core/procfs/procparsers_process.cpp" line="232" />
        <source>Device</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="412" />
        <location filename="../core/procfs/procparsers_system.cpp" line="465" />
        <source>Kernel name of the block device</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="413" />
        <source>Reads</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="413" />
        <source>Read requests completed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="414" />
        <source>Reads merged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="414" />
        <source>Adjacent reads merged into one request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="415" />
        <source>Sectors read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="415" />
        <source>512-byte sectors read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="416" />
        <source>Read time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="416" />
        <source>Time spent on reads</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="417" />
        <source>Writes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="417" />
        <source>Write requests completed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="418" />
        <source>Writes merged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="418" />
        <source>Adjacent writes merged into one request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="419" />
        <source>Sectors written</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="419" />
        <source>512-byte sectors written</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="420" />
        <source>Write time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="420" />
        <source>Time spent on writes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="421" />
        <source>In flight</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="421" />
        <source>Requests issued but not yet completed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="422" />
        <source>I/O time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="422" />
        <source>Time the device had at least one request in flight</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="423" />
        <source>Weighted I/O time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="423" />
        <source>I/O time multiplied by requests in flight</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="424" />
        <source>Discards</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="424" />
        <source>Discard (TRIM) requests completed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="425" />
        <source>Discards merged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="425" />
        <source>Adjacent discards merged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="426" />
        <source>Sectors discarded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="426" />
        <source>512-byte sectors discarded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="427" />
        <source>Discard time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="427" />
        <source>Time spent on discards</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="428" />
        <source>Flushes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="428" />
        <source>Cache flush requests completed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="429" />
        <source>Flush time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="429" />
        <source>Time spent on flushes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="452" />
        <source>/proc/diskstats (major minor name and counters)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="461" />
        <source>Partitions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="464" />
        <location filename="../core/procfs/procparsers_system.cpp" line="652" />
        <location filename="../core/procfs/procparsers_process.cpp" line="229" />
        <source>Size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="464" />
        <source>Size in 1 KiB blocks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="465" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="479" />
        <source>/proc/partitions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="488" />
        <source>Character devices</source>
        <translation>字符设备</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="489" />
        <source>Block devices</source>
        <translation>块设备</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="490" />
        <source>Major number the driver registered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="491" />
        <source>Driver</source>
        <translation>驱动</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="491" />
        <source>Name the driver registered it under</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="515" />
        <source>/proc/devices (character and block sections)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="524" />
        <source>Filesystem types</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="525" />
        <location filename="../core/procfs/procparsers_system.cpp" line="581" />
        <location filename="../core/procfs/procparsers_system.cpp" line="614" />
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="525" />
        <source>Name given to mount -t</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="526" />
        <source>Needs a device</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="526" />
        <source>"no" (nodev) means a virtual filesystem with no block device</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="542" />
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="542" />
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="545" />
        <source>/proc/filesystems ("[nodev]&lt;TAB&gt;name" lines)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="578" />
        <source>Mounts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="579" />
        <location filename="../core/procfs/procparsers_system.cpp" line="615" />
        <source>Device or name of what is mounted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="580" />
        <location filename="../core/procfs/procparsers_system.cpp" line="611" />
        <source>Mount point</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="580" />
        <source>Where it appears in the directory tree</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="581" />
        <location filename="../core/procfs/procparsers_system.cpp" line="614" />
        <source>Filesystem type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="582" />
        <source>Options</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="582" />
        <location filename="../core/procfs/procparsers_system.cpp" line="612" />
        <source>Mount options</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="583" />
        <location filename="../core/procfs/procparsers_net.cpp" line="139" />
        <source>Dump</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="583" />
        <location filename="../core/procfs/procparsers_system.cpp" line="584" />
        <source>Unused; kept for fstab compatibility</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="584" />
        <source>Pass</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="597" />
        <source>a mount table (six fields per line)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="606" />
        <source>Mounts of this mount namespace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="607" />
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="607" />
        <source>Unique ID of the mount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="608" />
        <source>Parent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="608" />
        <source>ID of the mount this one sits on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="609" />
        <source>major:minor of the filesystem's device</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="610" />
        <source>Root</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="610" />
        <source>Directory of the filesystem shown at the mount point</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="611" />
        <source>Where it appears, relative to the process's root</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="612" />
        <source>Per-mount options</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="613" />
        <source>Propagation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="613" />
        <source>shared:N, master:N or unbindable; empty means private</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="616" />
        <source>Super options</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="616" />
        <source>Options of the filesystem itself</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="641" />
        <source>/proc/PID/mountinfo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="650" />
        <source>Loaded kernel modules</source>
        <translation>已加载的内核模块</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="651" />
        <source>Module</source>
        <translation>模块</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="652" />
        <source>Memory the module's code and data take</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="653" />
        <source>Users</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="653" />
        <source>Reference count: how many users hold it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="654" />
        <source>Used by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="654" />
        <source>Modules that depend on it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="655" />
        <location filename="../core/procfs/procparsers_net.cpp" line="178" />
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="655" />
        <source>Live, Loading or Unloading</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="656" />
        <source>Address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="656" />
        <source>Load address; zero unless read by root</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="674" />
        <source>/proc/modules</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="683" />
        <source>Pressure stall information</source>
        <translation>压力停顿信息（PSI）</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="684" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="684" />
        <source>some: at least one task stalled; full: all non-idle tasks stalled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="685" />
        <source>Share of the last 10 s with a stall</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="686" />
        <source>Share of the last 60 s with a stall</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="687" />
        <source>Share of the last 300 s with a stall</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="688" />
        <source>Total stall time since boot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="714" />
        <source>a /proc/pressure file ("some avg10=… total=…")</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="163" />
        <source>Process status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="186" />
        <source>/proc/PID/status ("Key:&lt;TAB&gt;value" lines)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="194" />
        <source>/proc/PID/stat ("pid (comm) state ...")</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="205" />
        <source>Process statistics</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="206" />
        <source>Field number, as in proc_pid_stat(5)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="216" />
        <source>field %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="226" />
        <source>Memory mappings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="227" />
        <source>Start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="227" />
        <source>First address of the mapping</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="228" />
        <source>End</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="228" />
        <source>Address just past the mapping</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="229" />
        <source>Length of the mapping</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="230" />
        <source>Perms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="230" />
        <source>r read, w write, x execute, p private (copy-on-write) or s shared</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="231" />
        <source>Offset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="231" />
        <source>Offset into the mapped file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="232" />
        <source>major:minor of the file's device</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="233" />
        <location filename="../core/procfs/procparsers_net.cpp" line="142" />
        <location filename="../core/procfs/procparsers_net.cpp" line="182" />
        <source>Inode</source>
        <translation>Inode</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="233" />
        <source>Inode of the mapped file, 0 for anonymous memory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="234" />
        <source>Path</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="234" />
        <source>Mapped file, or [heap], [stack], [vdso] ...; empty for anonymous</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="258" />
        <source>/proc/PID/maps ("start-end perms offset dev inode path")</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="268" />
        <location filename="../core/procfs/procparsers_process.cpp" line="275" />
        <source>/proc/PID/limits (a table headed "Limit  Soft Limit ...")</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="277" />
        <source>Resource limits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="278" />
        <source>Limit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="278" />
        <source>The resource, as setrlimit(2) names it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="279" />
        <source>Soft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="279" />
        <source>Limit enforced now; the process may raise it up to the hard limit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="280" />
        <source>Hard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="280" />
        <source>Ceiling for the soft limit; only privileged processes raise it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="302" />
        <source>/proc/PID/limits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="310" />
        <source>I/O counters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="326" />
        <source>/proc/PID/io ("name: number" lines)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="335" />
        <source>Environment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="336" />
        <source>Variable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="349" />
        <source>an environment (NUL-separated NAME=value entries)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="358" />
        <source>Command line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="359" />
        <source>Position: argv[0] is the program as it was started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="360" />
        <source>Argument</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="366" />
        <source>The command line is empty: this is a kernel thread or a zombie process.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="84" />
        <source>Network interfaces</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="85" />
        <source>Interface</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="86" />
        <source>RX bytes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="86" />
        <source>Bytes received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="87" />
        <source>RX packets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="87" />
        <source>Packets received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="88" />
        <source>RX errors</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="88" />
        <source>Receive errors reported by the driver</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="89" />
        <source>RX dropped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="89" />
        <source>Received packets dropped, e.g. no buffer space</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="90" />
        <source>RX FIFO</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="90" />
        <source>Receive FIFO overruns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="91" />
        <source>RX frame</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="91" />
        <source>Frame alignment or CRC errors</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="92" />
        <source>RX compressed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="92" />
        <source>Compressed packets received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="93" />
        <source>RX multicast</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="93" />
        <source>Multicast packets received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="94" />
        <source>TX bytes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="94" />
        <source>Bytes sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="95" />
        <source>TX packets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="95" />
        <source>Packets sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="96" />
        <source>TX errors</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="96" />
        <source>Transmit errors</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="97" />
        <source>TX dropped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="97" />
        <source>Packets dropped before sending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="98" />
        <source>TX FIFO</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="98" />
        <source>Transmit FIFO errors</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="99" />
        <source>Collisions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="99" />
        <source>Collisions on the medium</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="100" />
        <source>TX carrier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="100" />
        <source>Carrier losses while sending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="101" />
        <source>TX compressed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="101" />
        <source>Compressed packets sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="123" />
        <source>/proc/net/dev ("iface: 16 counters")</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="132" />
        <source>Netlink sockets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="133" />
        <source>Socket</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="133" />
        <source>Kernel address of the socket (hashed)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="134" />
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="134" />
        <source>Netlink protocol family</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="135" />
        <source>Port ID</source>
        <translation>端口 ID</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="135" />
        <source>Netlink address; for user sockets usually the owner's PID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="136" />
        <source>Groups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="136" />
        <source>Bit mask of the first 32 multicast groups joined</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="137" />
        <source>Rmem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="137" />
        <source>Bytes queued for reading</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="138" />
        <source>Wmem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="138" />
        <source>Bytes queued for sending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="139" />
        <source>1 while a dump is in progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="140" />
        <source>Locks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="140" />
        <source>Reference count of the socket</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="141" />
        <source>Drops</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="141" />
        <source>Messages lost because the receive buffer was full</source>
        <translation>因接收缓冲区已满而丢失的消息</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="142" />
        <location filename="../core/procfs/procparsers_net.cpp" line="182" />
        <source>Socket inode; matches socket:[N] in /proc/PID/fd</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="163" />
        <source>/proc/net/netlink</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="175" />
        <source>Slot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="175" />
        <source>Position in the kernel's hash table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="176" />
        <source>Local address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="176" />
        <source>Address and port on this machine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="177" />
        <source>Remote address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="177" />
        <source>Peer address and port; zero when not connected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="178" />
        <source>TCP connection state</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="178" />
        <source>Socket state (7 = unconnected)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="179" />
        <source>Send queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="179" />
        <source>Bytes waiting to be sent or acknowledged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="180" />
        <source>Receive queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="180" />
        <source>Bytes received but not yet read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="181" />
        <source>UID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="181" />
        <source>Owner's user ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="211" />
        <source>TCP sockets</source>
        <translation>TCP 套接字</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="216" />
        <source>UDP sockets</source>
        <translation>UDP 套接字</translation>
    </message>
    <message>
        <location filename="../core/devices/deviceparsers.cpp" line="65" />
        <source>This uevent file holds no KEY=VALUE lines; it may be cut short or not a uevent file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/devices/deviceparsers.cpp" line="78" />
        <source>This is a message from udev ("libudev" header), not from the kernel.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/devices/deviceparsers.cpp" line="82" />
        <source>Not a kernel uevent: the message does not start with ACTION@DEVPATH.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/devices/deviceparsers.cpp" line="166" />
        <source>No line of this file looks like a udev database record (S:, E:, G:, I: ...).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kc::ProcTreeModel</name>
    <message>
        <location filename="../core/models/proctreemodel.cpp" line="282" />
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <location filename="../core/models/proctreemodel.cpp" line="304" />
        <source>%1 points to %2</source>
        <translation>%1 指向 %2</translation>
    </message>
    <message>
        <location filename="../core/models/proctreemodel.cpp" line="338" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../core/models/proctreemodel.cpp" line="339" />
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../core/models/proctreemodel.cpp" line="340" />
        <source>Target or note</source>
        <translation>目标或说明</translation>
    </message>
    <message>
        <location filename="../core/models/proctreemodel.cpp" line="341" />
        <source>Mode</source>
        <translation>权限</translation>
    </message>
    <message>
        <location filename="../core/models/proctreemodel.cpp" line="342" />
        <source>Owner UID</source>
        <translation>所有者 UID</translation>
    </message>
</context>
<context>
    <name>kc::ProcfsPane</name>
    <message>
        <location filename="../app/gui/procfspane.cpp" line="61" />
        <source>&amp;Reload this directory</source>
        <translation>重新加载此目录(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/gui/procfspane.cpp" line="65" />
        <source>Show &amp;kernel threads</source>
        <translation>显示内核线程(&amp;K)</translation>
    </message>
    <message>
        <location filename="../app/gui/procfspane.cpp" line="67" />
        <source>Kernel threads have no user-space program; they are shown in grey italics</source>
        <translation>内核线程没有用户空间程序；它们以灰色斜体显示</translation>
    </message>
    <message>
        <location filename="../app/gui/procfspane.cpp" line="93" />
        <source>Listing…</source>
        <translation>正在列出…</translation>
    </message>
    <message>
        <location filename="../app/gui/procfspane.cpp" line="109" />
        <source>procfs</source>
        <translation>procfs</translation>
    </message>
    <message>
        <location filename="../app/gui/procfspane.cpp" line="114" />
        <source>/proc: processes and kernel state as files</source>
        <translation>/proc：以文件形式呈现的进程和内核状态</translation>
    </message>
    <message>
        <location filename="../app/gui/procfspane.cpp" line="143" />
        <source>Nothing selected</source>
        <translation>未选择任何内容</translation>
    </message>
    <message>
        <location filename="../app/gui/procfspane.cpp" line="143" />
        <source>Pick a file in the tree to read it.</source>
        <translation>在树中选择一个文件以读取它。</translation>
    </message>
    <message>
        <location filename="../app/gui/procfspane.cpp" line="158" />
        <source>A directory. Expand it to see its entries.</source>
        <translation>这是一个目录。展开它以查看其中的条目。</translation>
    </message>
    <message>
        <location filename="../app/gui/procfspane.cpp" line="162" />
        <source>A link to the directory %1. Expand it to see its entries.</source>
        <translation>指向目录 %1 的链接。展开它以查看其中的条目。</translation>
    </message>
    <message>
        <location filename="../app/gui/procfspane.cpp" line="171" />
        <source>A link to %1. Links like exe, cwd, root and fd/N show what the process uses; their targets are outside /proc and are not read here.</source>
        <translation>指向 %1 的链接。exe、cwd、root 和 fd/N 这类链接表示进程正在使用的对象；它们的目标在 /proc 之外，这里不会读取。</translation>
    </message>
    <message>
        <location filename="../app/gui/procfspane.cpp" line="174" />
        <source>A link whose target cannot be read.</source>
        <translation>无法读取目标的链接。</translation>
    </message>
</context>
<context>
    <name>kc::SysfsAttributeModel</name>
    <message>
        <location filename="../core/models/sysfsattributemodel.cpp" line="48" />
        <source>link</source>
        <translation>链接</translation>
    </message>
    <message>
        <location filename="../core/models/sysfsattributemodel.cpp" line="52" />
        <source>%1 points to %2</source>
        <translation>%1 指向 %2</translation>
    </message>
    <message>
        <location filename="../core/models/sysfsattributemodel.cpp" line="73" />
        <source>read/write</source>
        <translation>读写</translation>
    </message>
    <message>
        <location filename="../core/models/sysfsattributemodel.cpp" line="74" />
        <source>write only</source>
        <translation>只写</translation>
    </message>
    <message>
        <location filename="../core/models/sysfsattributemodel.cpp" line="74" />
        <source>read only</source>
        <translation>只读</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/models/sysfsattributemodel.cpp" line="79" />
        <source>binary, %n byte(s); the first %1 shown in hex</source>
        <translation><numerusform>二进制，%n 字节；以十六进制显示前 %1 字节</numerusform></translation>
    </message>
    <message>
        <location filename="../core/models/sysfsattributemodel.cpp" line="100" />
        <source>Attribute</source>
        <translation>属性</translation>
    </message>
    <message>
        <location filename="../core/models/sysfsattributemodel.cpp" line="101" />
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../core/models/sysfsattributemodel.cpp" line="102" />
        <source>Access</source>
        <translation>访问</translation>
    </message>
    <message>
        <location filename="../core/models/sysfsattributemodel.cpp" line="103" />
        <source>Note</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>kc::SysfsPane</name>
    <message>
        <location filename="../app/gui/sysfspane.cpp" line="39" />
        <source>Devices by parent</source>
        <translation>按父设备排列的设备</translation>
    </message>
    <message>
        <location filename="../app/gui/sysfspane.cpp" line="40" />
        <source>By class</source>
        <translation>按类</translation>
    </message>
    <message>
        <location filename="../app/gui/sysfspane.cpp" line="41" />
        <source>By bus, with drivers</source>
        <translation>按总线（含驱动）</translation>
    </message>
    <message>
        <location filename="../app/gui/sysfspane.cpp" line="42" />
        <source>Modules</source>
        <translation>模块</translation>
    </message>
    <message>
        <location filename="../app/gui/sysfspane.cpp" line="43" />
        <source>All of /sys</source>
        <translation>整个 /sys</translation>
    </message>
    <message>
        <location filename="../app/gui/sysfspane.cpp" line="56" />
        <source>Which part of sysfs the tree starts from</source>
        <translation>树从 sysfs 的哪一部分开始</translation>
    </message>
    <message>
        <location filename="../app/gui/sysfspane.cpp" line="98" />
        <source>Double-click a link to go to its target, an attribute to read it on its own</source>
        <translation>双击链接跳转到目标，双击属性单独读取它</translation>
    </message>
    <message>
        <location filename="../app/gui/sysfspane.cpp" line="132" />
        <source>Nothing selected</source>
        <translation>未选择任何内容</translation>
    </message>
    <message>
        <location filename="../app/gui/sysfspane.cpp" line="133" />
        <source>Pick a device, class, bus or module to see its attributes and links.</source>
        <translation>选择一个设备、类、总线或模块以查看其属性和链接。</translation>
    </message>
    <message>
        <location filename="../app/gui/sysfspane.cpp" line="160" />
        <source>sysfs</source>
        <translation>sysfs</translation>
    </message>
    <message>
        <location filename="../app/gui/sysfspane.cpp" line="165" />
        <source>/sys: devices, classes, buses, drivers and modules as the driver core sees them</source>
        <translation>/sys：驱动核心眼中的设备、类、总线、驱动和模块</translation>
    </message>
    <message>
        <location filename="../app/gui/sysfspane.cpp" line="227" />
        <source>Reading attributes…</source>
        <translation>正在读取属性…</translation>
    </message>
    <message>
        <location filename="../app/gui/sysfspane.cpp" line="242" />
        <source>subsystem %1</source>
        <translation>子系统 %1</translation>
    </message>
    <message>
        <location filename="../app/gui/sysfspane.cpp" line="244" />
        <source>driver %1</source>
        <translation>驱动 %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/sysfspane.cpp" line="250" />
        <source>%n attribute(s)</source>
        <translation><numerusform>%n 个属性</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/sysfspane.cpp" line="251" />
        <source>%n link(s)</source>
        <translation><numerusform>%n 个链接</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/sysfspane.cpp" line="253" />
        <source>%n unreadable</source>
        <translation><numerusform>%n 个不可读</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/sysfspane.cpp" line="255" />
        <source>%n binary</source>
        <translation><numerusform>%n 个二进制</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/sysfspane.cpp" line="257" />
        <source>%n subdirector(y/ies)</source>
        <translation><numerusform>%n 个子目录</numerusform></translation>
    </message>
</context>
<context>
    <name>kc::UeventLogModel</name>
    <message>
        <location filename="../core/models/ueventlogmodel.cpp" line="85" />
        <source>lost</source>
        <translation>丢失</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/models/ueventlogmodel.cpp" line="89" />
        <source>about %n event(s) lost: the receive buffer overflowed; devices were rescanned</source>
        <translation><numerusform>约丢失 %n 个事件：接收缓冲区溢出；已重新扫描设备</numerusform></translation>
    </message>
    <message>
        <location filename="../core/models/ueventlogmodel.cpp" line="90" />
        <source>events lost: the receive buffer overflowed; devices were rescanned</source>
        <translation>事件丢失：接收缓冲区溢出；已重新扫描设备</translation>
    </message>
    <message>
        <location filename="../core/models/ueventlogmodel.cpp" line="124" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../core/models/ueventlogmodel.cpp" line="125" />
        <source>Seq</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../core/models/ueventlogmodel.cpp" line="126" />
        <source>Action</source>
        <translation>动作</translation>
    </message>
    <message>
        <location filename="../core/models/ueventlogmodel.cpp" line="127" />
        <source>Subsystem</source>
        <translation>子系统</translation>
    </message>
    <message>
        <location filename="../core/models/ueventlogmodel.cpp" line="128" />
        <source>Device path</source>
        <translation>设备路径</translation>
    </message>
    <message>
        <location filename="../core/models/ueventlogmodel.cpp" line="129" />
        <source>Other properties</source>
        <translation>其他属性</translation>
    </message>
</context>
<context>
    <name>kc::UeventMonitor</name>
    <message>
        <location filename="../core/devices/ueventmonitor.cpp" line="33" />
        <source>Cannot open a kernel uevent socket: %1.</source>
        <translation>无法打开内核 uevent 套接字：%1。</translation>
    </message>
    <message>
        <location filename="../core/devices/ueventmonitor.cpp" line="45" />
        <source>Cannot listen to kernel uevents: %1.</source>
        <translation>无法监听内核 uevent：%1。</translation>
    </message>
</context>
<context>
    <name>kc::ViewActions</name>
    <message>
        <location filename="../app/gui/viewactions.cpp" line="29" />
        <source>&amp;Copy row</source>
        <translation>复制行(&amp;C)</translation>
    </message>
    <message>
        <location filename="../app/gui/viewactions.cpp" line="49" />
        <source>Copy &amp;path</source>
        <translation>复制路径(&amp;P)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="55" />
        <source>See every channel between the Linux kernel and user space: procfs, sysfs, device nodes, netlink and system calls.</source>
        <translation>查看 Linux 内核与用户空间之间的每一条通道：procfs、sysfs、设备节点、netlink 和系统调用。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="61" />
        <source>Write a PNG of every pane into DIR, then quit.</source>
        <translation>把每个面板的 PNG 截图写入 DIR，然后退出。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="64" />
        <source>Colour theme: system, light or dark.</source>
        <translation>配色主题：system、light 或 dark。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="67" />
        <source>Language, e.g. zh_CN or en (default: the system's).</source>
        <translation>界面语言，例如 zh_CN 或 en（默认跟随系统）。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="70" />
        <source>Open this pane first (by number, from 1).</source>
        <translation>启动时先打开此面板（按编号，从 1 开始）。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="81" />
        <source>Unknown theme "%1": use system, light or dark.</source>
        <translation>未知主题“%1”：请使用 system、light 或 dark。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/main.cpp" line="98" />
        <source>%n screenshot(s) written.</source>
        <translation><numerusform>已写入 %n 张截图。</numerusform></translation>
    </message>
</context>
</TS>