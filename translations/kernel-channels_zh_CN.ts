<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AddressSpace</name>
    <message>
        <location filename="../core/crosschannel/addressspace.cpp" line="73"/>
        <source>Program text</source>
        <translation>程序代码段</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/addressspace.cpp" line="74"/>
        <source>Program data</source>
        <translation>程序数据段</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/addressspace.cpp" line="75"/>
        <source>Program read-only data</source>
        <translation>程序只读数据</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/addressspace.cpp" line="76"/>
        <source>Program bss</source>
        <translation>程序 bss</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/addressspace.cpp" line="77"/>
        <source>Heap</source>
        <translation>堆</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/addressspace.cpp" line="78"/>
        <source>Anonymous</source>
        <translation>匿名</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/addressspace.cpp" line="79"/>
        <source>Library text</source>
        <translation>库代码段</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/addressspace.cpp" line="80"/>
        <source>Library data</source>
        <translation>库数据段</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/addressspace.cpp" line="81"/>
        <source>Library read-only data</source>
        <translation>库只读数据</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/addressspace.cpp" line="82"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/addressspace.cpp" line="83"/>
        <source>Shared memory</source>
        <translation>共享内存</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/addressspace.cpp" line="84"/>
        <source>Stack</source>
        <translation>栈</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/addressspace.cpp" line="85"/>
        <source>vDSO</source>
        <translation>vDSO</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/addressspace.cpp" line="86"/>
        <source>vvar</source>
        <translation>vvar</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/addressspace.cpp" line="87"/>
        <source>vsyscall</source>
        <translation>vsyscall</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/addressspace.cpp" line="88"/>
        <source>Guard (no access)</source>
        <translation>保护区（不可访问）</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/addressspace.cpp" line="89"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/addressspace.cpp" line="97"/>
        <source>The program&apos;s machine code, mapped from its executable, read and execute only.</source>
        <translation>程序的机器码，从可执行文件映射而来，只读且可执行。</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/addressspace.cpp" line="98"/>
        <source>The program&apos;s initialised global variables, copied on write from its executable.</source>
        <translation>程序已初始化的全局变量，从可执行文件写时复制而来。</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/addressspace.cpp" line="99"/>
        <source>The program&apos;s constants and the tables the loader reads, from its executable.</source>
        <translation>程序的常量和加载器读取的表，来自其可执行文件。</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/addressspace.cpp" line="100"/>
        <source>The program&apos;s zero-initialised globals: anonymous memory right after its data.</source>
        <translation>程序初始化为零的全局变量：紧跟在数据段之后的匿名内存。</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/addressspace.cpp" line="101"/>
        <source>Where brk() grows the heap; malloc() takes small blocks from here.</source>
        <translation>brk() 在这里扩展堆；malloc() 从这里分配小块。</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/addressspace.cpp" line="102"/>
        <source>Memory of no file: large malloc() blocks, thread stacks, arenas, JIT code; zero until written.</source>
        <translation>不属于任何文件的内存：大的 malloc() 块、线程栈、arena、JIT 代码；写入之前全为零。</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/addressspace.cpp" line="103"/>
        <source>A shared library&apos;s machine code, shared with every process that maps it.</source>
        <translation>共享库的机器码，与映射它的所有进程共享。</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/addressspace.cpp" line="104"/>
        <source>A shared library&apos;s writable data, copied on write for this process.</source>
        <translation>共享库的可写数据，为本进程写时复制。</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/addressspace.cpp" line="105"/>
        <source>A shared library&apos;s constants, and data made read-only after relocation (RELRO).</source>
        <translation>共享库的常量，以及重定位后设为只读的数据（RELRO）。</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/addressspace.cpp" line="106"/>
        <source>A file mapped with mmap(): its pages come from the page cache.</source>
        <translation>用 mmap() 映射的文件：其页面来自页缓存。</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/addressspace.cpp" line="107"/>
        <source>Memory shared with other processes (shm, memfd, a shared mapping).</source>
        <translation>与其他进程共享的内存（shm、memfd、共享映射）。</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/addressspace.cpp" line="108"/>
        <source>The main thread&apos;s stack; it grows down as calls nest.</source>
        <translation>主线程的栈；随着调用嵌套向下增长。</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/addressspace.cpp" line="109"/>
        <source>Code the kernel maps into every process so that calls such as clock_gettime() need not enter the kernel.</source>
        <translation>内核映射到每个进程中的代码，使 clock_gettime() 等调用无需进入内核。</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/addressspace.cpp" line="110"/>
        <source>Data the kernel keeps up to date for the vDSO to read: clocks, time namespace.</source>
        <translation>内核为 vDSO 保持更新的数据：时钟、时间命名空间。</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/addressspace.cpp" line="111"/>
        <source>The old fixed-address page for time calls, in the kernel&apos;s half; kept for very old programs.</source>
        <translation>旧的固定地址时间调用页，位于内核的一半中；为非常老的程序保留。</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/addressspace.cpp" line="112"/>
        <source>Reserved with no access: a guard below a thread&apos;s stack, or padding between a library&apos;s parts; a touch faults.</source>
        <translation>保留但不可访问：线程栈下方的保护页，或库各部分之间的填充；访问即出错。</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/addressspace.cpp" line="113"/>
        <source>A special mapping the kernel made.</source>
        <translation>内核建立的特殊映射。</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/addressspace.cpp" line="261"/>
        <source>5-level paging</source>
        <translation>5 级页表</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/addressspace.cpp" line="261"/>
        <source>4-level paging</source>
        <translation>4 级页表</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/addressspace.cpp" line="263"/>
        <source>/proc/cpuinfo lists the la57 flag: the kernel uses 5-level paging, so user space ends at %1.</source>
        <translation>/proc/cpuinfo 列出了 la57 标志：内核使用 5 级页表，因此用户空间结束于 %1。</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/addressspace.cpp" line="265"/>
        <source>A mapping reaches %1, above the 47-bit limit: the kernel uses 5-level paging.</source>
        <translation>有一个映射到达 %1，超过了 47 位的上限：内核使用 5 级页表。</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/addressspace.cpp" line="267"/>
        <source>/proc/cpuinfo does not list la57 (the kernel drops the flag when it does not use 5-level paging) and the highest mapping ends at %1: 4-level paging, user space ends at %2.</source>
        <translation>/proc/cpuinfo 没有列出 la57（内核不使用 5 级页表时会去掉这个标志），最高的映射结束于 %1：4 级页表，用户空间结束于 %2。</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/addressspace.cpp" line="271"/>
        <source>/proc/cpuinfo could not be read; the highest mapping ends at %1, below the 47-bit limit: taken as 4-level paging.</source>
        <translation>无法读取 /proc/cpuinfo；最高的映射结束于 %1，低于 47 位的上限：按 4 级页表处理。</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/addressspace.cpp" line="287"/>
        <source>%1-bit user addresses</source>
        <translation>%1 位用户地址</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/addressspace.cpp" line="288"/>
        <source>On %1 the size of user space is chosen when the kernel is built; the highest mapping ends at %2, so user space reaches at least %3.</source>
        <translation>在 %1 上，用户空间的大小在编译内核时决定；最高的映射结束于 %2，因此用户空间至少到达 %3。</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/addressspace.cpp" line="310"/>
        <source>Process %1 does not exist (or has exited).</source>
        <translation>进程 %1 不存在（或已退出）。</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/addressspace.cpp" line="322"/>
        <location filename="../core/crosschannel/addressspace.cpp" line="339"/>
        <location filename="../core/crosschannel/addressspace.cpp" line="358"/>
        <source>Process %1 exited while its memory map was being read.</source>
        <translation>进程 %1 在读取其内存映射时退出了。</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/addressspace.cpp" line="325"/>
        <source>Not allowed to read the memory map of process %1 (%2): /proc/%1/smaps is open only to those who may trace the process (its own user, within the ptrace scope, or root).</source>
        <translation>不允许读取进程 %1（%2）的内存映射：/proc/%1/smaps 只对可以跟踪该进程的人开放（同一用户且在 ptrace 范围内，或 root）。</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/addressspace.cpp" line="330"/>
        <source>Could not read /proc/%1/smaps: %2</source>
        <translation>无法读取 /proc/%1/smaps：%2</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/addressspace.cpp" line="343"/>
        <source>Process %1 (%2) is a zombie: it has exited and its memory is freed; only its exit status waits for its parent.</source>
        <translation>进程 %1（%2）是僵尸进程：它已退出，内存已释放；只剩退出状态等待父进程读取。</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/addressspace.cpp" line="345"/>
        <source>Process %1 (%2) is a kernel thread: it has no user address space, only the kernel&apos;s.</source>
        <translation>进程 %1（%2）是内核线程：它没有用户地址空间，只有内核的。</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/addressspace.cpp" line="351"/>
        <source>/proc/%1/smaps is longer than %2 MiB; the regions after that are not shown.</source>
        <translation>/proc/%1/smaps 超过 %2 MiB；之后的区域没有显示。</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/addressspace.cpp" line="361"/>
        <source>No smaps_rollup to check the totals against: %1</source>
        <translation>没有 smaps_rollup 可用来核对总数：%1</translation>
    </message>
</context>
<context>
    <name>AgentConnect</name>
    <message>
        <location filename="../app/gui/agentconnect.cpp" line="35"/>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <location filename="../app/gui/agentconnect.cpp" line="35"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../app/gui/agentconnect.cpp" line="36"/>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
</context>
<context>
    <name>AgentServer</name>
    <message>
        <location filename="../core/source/agentserver.cpp" line="58"/>
        <source>%1 needs an absolute path</source>
        <translation>%1 需要绝对路径</translation>
    </message>
    <message>
        <location filename="../core/source/agentserver.cpp" line="71"/>
        <source>channels needs a process ID</source>
        <translation>channels 需要一个进程 ID</translation>
    </message>
    <message>
        <location filename="../core/source/agentserver.cpp" line="91"/>
        <source>sysctl-set needs a key</source>
        <translation>sysctl-set 需要一个键</translation>
    </message>
    <message>
        <location filename="../core/source/agentserver.cpp" line="106"/>
        <source>why needs a subject (and a process ID, or 0)</source>
        <translation>why 需要一个对象（以及进程 ID，或 0）</translation>
    </message>
    <message>
        <location filename="../core/source/agentserver.cpp" line="115"/>
        <source>this agent knows no request &quot;%1&quot;</source>
        <translation>此代理不认识请求“%1”</translation>
    </message>
    <message>
        <location filename="../core/source/agentserver.cpp" line="164"/>
        <source>open needs a new channel number</source>
        <translation>open 需要一个新的通道编号</translation>
    </message>
    <message>
        <location filename="../core/source/agentserver.cpp" line="168"/>
        <source>no stream is open on channel %1</source>
        <translation>通道 %1 上没有打开的流</translation>
    </message>
    <message>
        <location filename="../core/source/agentserver.cpp" line="176"/>
        <source>%1 is for a netlink stream</source>
        <translation>%1 只用于 netlink 流</translation>
    </message>
    <message>
        <location filename="../core/source/agentserver.cpp" line="181"/>
        <source>dump needs a message type</source>
        <translation>dump 需要一个消息类型</translation>
    </message>
    <message>
        <location filename="../core/source/agentserver.cpp" line="205"/>
        <source>a syscalls stream needs a process ID (or -1) and an interval of 100 to 60000 ms</source>
        <translation>syscalls 流需要一个进程 ID（或 -1）和 100 到 60000 毫秒的间隔</translation>
    </message>
    <message>
        <location filename="../core/source/agentserver.cpp" line="243"/>
        <source>this agent opens no stream of kind &quot;%1&quot;</source>
        <translation>此代理不能打开类型为“%1”的流</translation>
    </message>
    <message>
        <location filename="../core/source/agentserver.cpp" line="248"/>
        <source>a netlink stream needs a protocol number</source>
        <translation>netlink 流需要一个协议号</translation>
    </message>
    <message>
        <location filename="../core/source/agentserver.cpp" line="372"/>
        <source>kchan agent: the client sent %1; closing the connection.</source>
        <translation>kchan agent：客户端发来了%1；正在关闭连接。</translation>
    </message>
</context>
<context>
    <name>BpfSyscallCounter</name>
    <message>
        <location filename="../core/syscalls/bpfsyscallcounter.cpp" line="102"/>
        <source>This kernel has no BTF type information (/sys/kernel/btf/vmlinux), which counting with BPF needs.</source>
        <translation>此内核没有 BTF 类型信息（/sys/kernel/btf/vmlinux），而用 BPF 计数需要它。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/bpfsyscallcounter.cpp" line="88"/>
        <source>Counting with BPF needs root (CAP_BPF and CAP_PERFMON).</source>
        <translation>用 BPF 计数需要 root 权限（CAP_BPF 和 CAP_PERFMON）。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/bpfsyscallcounter.cpp" line="89"/>
        <source>The kernel refused the BPF counter (%1: %2).</source>
        <translation>内核拒绝了 BPF 计数器（%1：%2）。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/bpfsyscallcounter.cpp" line="107"/>
        <source>Our own PID namespace cannot be read (/proc/self/ns/pid: %1).</source>
        <translation>无法读取本程序自己的 PID 命名空间（/proc/self/ns/pid：%1）。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/bpfsyscallcounter.cpp" line="118"/>
        <source>Process %1 lives in another PID namespace than this program, so BPF cannot single it out.</source>
        <translation>进程 %1 位于与本程序不同的 PID 命名空间中，因此 BPF 无法单独统计它。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/bpfsyscallcounter.cpp" line="255"/>
        <source>Counting with BPF is built for x86-64 only.</source>
        <translation>用 BPF 计数只在 x86-64 上构建。</translation>
    </message>
</context>
<context>
    <name>ChannelMapFigures</name>
    <message>
        <location filename="../core/crosschannel/channelmap.cpp" line="132"/>
        <source>sandbox: only this app&apos;s processes</source>
        <translation>沙箱：只有本应用的进程</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/channelmap.cpp" line="134"/>
        <source>hidepid=%1: other users&apos; processes hidden</source>
        <translation>hidepid=%1：其他用户的进程被隐藏</translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message>
        <location filename="../app/cli/clisupport.cpp" line="77"/>
        <source>Print JSON instead of a table.</source>
        <translation>输出 JSON 而不是表格。</translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.cpp" line="88"/>
        <source>A path under /proc or /sys.</source>
        <translation>/proc 或 /sys 下的路径。</translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.cpp" line="107"/>
        <source>kchan %1: takes no arguments; see kchan %1 --help</source>
        <translation>kchan %1：不接受参数；参见 kchan %1 --help</translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.cpp" line="109"/>
        <source>kchan %1: expected %2; see kchan %1 --help</source>
        <translation>kchan %1：需要 %2；参见 kchan %1 --help</translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.cpp" line="119"/>
        <source>With --json, print each message&apos;s whole field tree with byte offsets instead of its fields by name.</source>
        <translation>与 --json 同用时，输出每条消息完整的字段树及字节偏移，而不是按名称列出的字段。</translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.cpp" line="141"/>
        <source>kchan %1: --count takes a positive number</source>
        <translation>kchan %1：--count 需要一个正数</translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.cpp" line="152"/>
        <source>kchan %1: %2 is not a process ID</source>
        <translation>kchan %1：%2 不是进程 ID</translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.cpp" line="163"/>
        <source>kchan %1: --pid takes a process ID; see kchan %1 --help</source>
        <translation>kchan %1：--pid 需要一个进程 ID；参见 kchan %1 --help</translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.cpp" line="175"/>
        <source>kchan %1: --interval takes seconds from 0.05 to 3600</source>
        <translation>kchan %1：--interval 需要 0.05 到 3600 之间的秒数</translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.cpp" line="189"/>
        <source>kchan %1: --timeout takes a positive number of seconds</source>
        <translation>kchan %1：--timeout 需要一个正的秒数</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="18"/>
        <source>list a /proc or /sys directory, with link targets and notes</source>
        <translation>列出 /proc 或 /sys 中的目录，包括链接目标和说明</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="19"/>
        <source>print a file, read safely (non-blocking, size-capped)</source>
        <translation>安全地输出文件（非阻塞，限制大小）</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="20"/>
        <source>every process: pid, ppid, state, rss, threads, uid, comm, cmdline</source>
        <translation>每个进程：pid、ppid、状态、rss、线程数、uid、comm、cmdline</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="21"/>
        <source>a known /proc file as tables (see formats)</source>
        <translation>把已知的 /proc 文件解析成表格（见 formats）</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="22"/>
        <source>the /proc formats kchan can parse</source>
        <translation>kchan 能解析的 /proc 格式</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="23"/>
        <source>every node under /dev with driver, subsystem and holders</source>
        <translation>/dev 下的每个节点，包括驱动、子系统和占用者</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="24"/>
        <source>the path from a device node to its driver and module</source>
        <translation>从设备节点到其驱动和模块的路径</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="25"/>
        <source>a sysfs object: attributes, links and children</source>
        <translation>sysfs 对象：属性、链接和子目录</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="26"/>
        <source>kernel uevents as they happen</source>
        <translation>实时显示内核 uevent</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="27"/>
        <source>open netlink sockets</source>
        <translation>打开的 netlink 套接字</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="28"/>
        <source>generic netlink families</source>
        <translation>通用 netlink 协议族</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="29"/>
        <source>live netlink messages (route, uevent, connector), decoded</source>
        <translation>解码后的实时 netlink 消息（route、uevent、connector）</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="30"/>
        <source>decode a netlink capture</source>
        <translation>解码 netlink 抓包文件</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="31"/>
        <source>kernel tunables under /proc/sys with descriptions</source>
        <translation>/proc/sys 下的内核可调参数及其说明</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="32"/>
        <source>the value of one tunable</source>
        <translation>单个可调参数的值</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="33"/>
        <source>write a tunable, after showing the equivalent sysctl -w</source>
        <translation>写入可调参数，写入前先显示等效的 sysctl -w 命令</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="34"/>
        <source>save every readable tunable to a JSON file</source>
        <translation>把所有可读的可调参数保存到 JSON 文件</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="35"/>
        <source>compare a snapshot with another or with the values now</source>
        <translation>把快照与另一个快照或当前值进行比较</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="36"/>
        <source>rates and levels, sampled</source>
        <translation>采样得到的速率和水平量</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="37"/>
        <source>this kernel&apos;s system calls: number, name, arguments, meaning</source>
        <translation>本内核的系统调用：编号、名称、参数、含义</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="38"/>
        <source>calls per second</source>
        <translation>每秒调用次数</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="39"/>
        <source>the system call a process is blocked in</source>
        <translation>进程正阻塞在哪个系统调用中</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="40"/>
        <source>what a function call, a vDSO call, a system call and a context switch cost here, in ns</source>
        <translation>在本机上一次函数调用、vDSO 调用、系统调用和上下文切换的代价，单位为纳秒</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="41"/>
        <source>the channel map&apos;s figures: counts and rates of every channel</source>
        <translation>通道图的数据：每个通道的数量和速率</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="42"/>
        <source>one process&apos;s channels: descriptors by channel, namespaces, limits</source>
        <translation>单个进程的通道：按通道分组的描述符、命名空间、资源限制</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="43"/>
        <source>one process&apos;s address space: every region with RSS, PSS and swap, and the user/kernel split</source>
        <translation>一个进程的地址空间：每个区域及其 RSS、PSS 和交换，以及用户/内核分界</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="45"/>
        <source>a datagram&apos;s way out: UDP, IP, route, neighbour, qdisc, queues and device, with their counters</source>
        <translation>数据报的出站之路：UDP、IP、路由、邻居、qdisc、队列和设备，以及它们的计数器</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="46"/>
        <source>why it cannot be reached, with evidence</source>
        <translation>为什么无法访问，并给出证据</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="48"/>
        <source>a command or process, call by call, each call on its channel</source>
        <translation>一个命令或进程的系统调用，逐个列出，每个调用标明其通道</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="49"/>
        <source>answer Kernel Channels from another machine (over ssh, or from the Flatpak)</source>
        <translation>在另一台机器上应答内核通道的请求（经由 ssh，或来自 Flatpak）</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="56"/>
        <source>usage: kchan COMMAND [OPTIONS]

The data of Kernel Channels, without the GUI.

commands:
</source>
        <translation>用法：kchan 命令 [选项]

内核通道的数据，无需图形界面。

命令：
</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="69"/>
        <source>
kchan COMMAND --help shows a command&apos;s options. kchan --version prints the version.
kchan --remote [USER@]HOST COMMAND runs a command on that machine&apos;s kernel through
ssh HOST kchan agent --stdio; kchan --agent &apos;SHELL COMMAND&apos; COMMAND starts the agent so.
</source>
        <translation>
kchan 命令 --help 显示该命令的选项。kchan --version 显示版本号。
kchan --remote [USER@]HOST 命令 经由 ssh HOST kchan agent --stdio 在那台机器的
内核上运行命令；kchan --agent &apos;shell 命令行&apos; 命令 则用这条命令行启动代理。
</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="179"/>
        <source>kchan: --remote needs a machine: [USER@]HOST</source>
        <translation>kchan：--remote 需要指定一台机器：[USER@]HOST</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="188"/>
        <source>kchan: --agent needs the command line that starts an agent, e.g. &apos;ssh HOST kchan agent --stdio&apos;</source>
        <translation>kchan：--agent 需要启动代理的命令行，例如 &apos;ssh HOST kchan agent --stdio&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="197"/>
        <source>kchan: %1 needs a command to run there</source>
        <translation>kchan：%1 需要一个在那里运行的命令</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="204"/>
        <source>kchan: cannot reach the agent: %1</source>
        <translation>kchan：无法连接到代理：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="97"/>
        <source>usage: %1</source>
        <translation>用法：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="100"/>
        <source>kchan %1: name one of %2; see kchan %1 --help</source>
        <translation>kchan %1：请指定 %2 之一；参见 kchan %1 --help</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="160"/>
        <source>kchan: %1 does not yet run through the agent; through --remote and --agent kchan runs %2.</source>
        <translation>kchan：%1 暂时还不能经由代理运行；通过 --remote 和 --agent，kchan 可以运行 %2。</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="168"/>
        <source>kchan: unknown command &quot;%1&quot;</source>
        <translation>kchan：未知命令“%1”</translation>
    </message>
    <message>
        <location filename="../app/cli/clifiles.cpp" line="24"/>
        <source>List a directory of /proc or /sys.</source>
        <translation>列出 /proc 或 /sys 中的一个目录。</translation>
    </message>
    <message>
        <location filename="../app/cli/clifiles.cpp" line="60"/>
        <source>Print a file of /proc or /sys, read safely.</source>
        <translation>安全地读取并输出 /proc 或 /sys 中的一个文件。</translation>
    </message>
    <message>
        <location filename="../app/cli/clifiles.cpp" line="87"/>
        <source>kchan procs: %1</source>
        <translation>kchan procs：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/clifiles.cpp" line="114"/>
        <source>Parse a known /proc file into tables.</source>
        <translation>把已知格式的 /proc 文件解析成表格。</translation>
    </message>
    <message>
        <location filename="../app/cli/clifiles.cpp" line="120"/>
        <source>kchan parse: no parser for %1; kchan formats lists the known ones.</source>
        <translation>kchan parse：没有适用于 %1 的解析器；kchan formats 会列出已知的格式。</translation>
    </message>
    <message>
        <location filename="../app/cli/clifiles.cpp" line="171"/>
        <source>The /proc formats kchan parse understands.</source>
        <translation>kchan parse 能够理解的 /proc 格式。</translation>
    </message>
    <message>
        <location filename="../app/cli/clidevices.cpp" line="32"/>
        <source>Every node under /dev, from stat(), /sys and /proc.</source>
        <translation>/dev 下的每个节点，信息取自 stat()、/sys 和 /proc。</translation>
    </message>
    <message>
        <location filename="../app/cli/clidevices.cpp" line="71"/>
        <source>Follow a /dev node to its driver, module, properties and holders.</source>
        <translation>从 /dev 节点追踪到它的驱动、模块、属性和占用者。</translation>
    </message>
    <message>
        <location filename="../app/cli/clidevices.cpp" line="72"/>
        <source>A device node under /dev.</source>
        <translation>/dev 下的设备节点。</translation>
    </message>
    <message>
        <location filename="../app/cli/clidevices.cpp" line="102"/>
        <source>The attributes and links of a sysfs object, read safely.</source>
        <translation>安全读取的 sysfs 对象的属性和链接。</translation>
    </message>
    <message>
        <location filename="../app/cli/clidevices.cpp" line="155"/>
        <source>Stop after N events.</source>
        <translation>收到 N 个事件后停止。</translation>
    </message>
    <message>
        <location filename="../app/cli/clidevices.cpp" line="156"/>
        <location filename="../app/cli/clinetlink.cpp" line="168"/>
        <source>Stop after S seconds.</source>
        <translation>S 秒后停止。</translation>
    </message>
    <message>
        <location filename="../app/cli/clidevices.cpp" line="157"/>
        <source>Print every KEY=VALUE of each event.</source>
        <translation>输出每个事件的全部 KEY=VALUE。</translation>
    </message>
    <message>
        <location filename="../app/cli/clidevices.cpp" line="158"/>
        <source>Only events of this subsystem (may be repeated).</source>
        <translation>只显示这个子系统的事件（可以重复指定）。</translation>
    </message>
    <message>
        <location filename="../app/cli/clidevices.cpp" line="163"/>
        <source>Stream the kernel&apos;s device events from NETLINK_KOBJECT_UEVENT (group 1).</source>
        <translation>从 NETLINK_KOBJECT_UEVENT（1 号组）持续输出内核的设备事件。</translation>
    </message>
    <message>
        <location filename="../app/cli/clidevices.cpp" line="184"/>
        <source>kchan uevents: the receive buffer overflowed; events were lost</source>
        <translation>kchan uevents：接收缓冲区溢出；有事件丢失</translation>
    </message>
    <message>
        <location filename="../app/cli/clidevices.cpp" line="226"/>
        <source>kchan uevents: listening for kernel uevents</source>
        <translation>kchan uevents：正在监听内核 uevent</translation>
    </message>
    <message>
        <location filename="../app/cli/clidevices.cpp" line="230"/>
        <source>kchan uevents: %1 events seen, receive buffer overflowed %2 times, about %3 lost</source>
        <translation>kchan uevents：收到 %1 个事件，接收缓冲区溢出 %2 次，约丢失 %3 个</translation>
    </message>
    <message>
        <location filename="../app/cli/clinetlink.cpp" line="38"/>
        <source>Open netlink sockets, from NETLINK_SOCK_DIAG or /proc/net/netlink.</source>
        <translation>打开的 netlink 套接字，取自 NETLINK_SOCK_DIAG 或 /proc/net/netlink。</translation>
    </message>
    <message>
        <location filename="../app/cli/clinetlink.cpp" line="132"/>
        <source>Generic netlink families, from the nlctrl controller.</source>
        <translation>通用 netlink 协议族，取自 nlctrl 控制器。</translation>
    </message>
    <message>
        <location filename="../app/cli/clinetlink.cpp" line="67"/>
        <source>kernel</source>
        <translation>内核</translation>
    </message>
    <message>
        <location filename="../app/cli/clinetlink.cpp" line="167"/>
        <source>Stop after N messages.</source>
        <translation>收到 N 条消息后停止。</translation>
    </message>
    <message>
        <location filename="../app/cli/clinetlink.cpp" line="169"/>
        <source>Also write every datagram to FILE (pcapng, LINKTYPE_NETLINK).</source>
        <translation>同时把每个数据报写入 FILE（pcapng，LINKTYPE_NETLINK）。</translation>
    </message>
    <message>
        <location filename="../app/cli/clinetlink.cpp" line="172"/>
        <source>Listen in this network namespace: a name from /run/netns or a process ID (needs root).</source>
        <translation>在这个网络命名空间中监听：/run/netns 中的名称或一个进程 ID（需要 root）。</translation>
    </message>
    <message>
        <location filename="../app/cli/clinetlink.cpp" line="182"/>
        <source>Print one JSON object per message.</source>
        <translation>每条消息输出一个 JSON 对象。</translation>
    </message>
    <message>
        <location filename="../app/cli/clinetlink.cpp" line="177"/>
        <source>connector: process events (fork, exec, exit ...; needs root); route: links, addresses, routes, neighbours, rules, netconf and nsid; route:link,addr picks groups (link, addr, route, neigh, rule, netconf, nsid); uevent: the kernel&apos;s device events; genl:FAMILY[:GROUP]: a generic netlink family&apos;s multicast groups, e.g. genl:nlctrl:notify</source>
        <translation>connector：进程事件（fork、exec、exit ……；需要 root）；route：链路、地址、路由、邻居、规则、netconf 和 nsid；route:link,addr 选择组（link、addr、route、neigh、rule、netconf、nsid）；uevent：内核的设备事件；genl:协议族[:组]：某个通用 netlink 协议族的多播组，例如 genl:nlctrl:notify</translation>
    </message>
    <message>
        <location filename="../app/cli/clinetlink.cpp" line="202"/>
        <location filename="../app/cli/clinetlink.cpp" line="209"/>
        <location filename="../app/cli/clinetlink.cpp" line="260"/>
        <location filename="../app/cli/clinetlink.cpp" line="284"/>
        <source>kchan monitor: %1</source>
        <translation>kchan monitor：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/clinetlink.cpp" line="224"/>
        <source>kchan monitor: unknown stream &quot;%1&quot;: use route[:GROUPS], uevent, connector or genl:FAMILY[:GROUP]</source>
        <translation>kchan monitor：未知的流“%1”：请使用 route[:组]、uevent、connector 或 genl:协议族[:组]</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/clinetlink.cpp" line="278"/>
        <source>-- %Ln message(s) lost: the receive buffer overflowed --</source>
        <translation>
            <numerusform>-- 丢失 %Ln 条消息：接收缓冲区溢出 --</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/clinetlink.cpp" line="281"/>
        <source>kchan monitor: the receive buffer overflowed; messages were lost; links and addresses follow as they are now</source>
        <translation>kchan monitor：接收缓冲区溢出，有消息丢失；接下来输出链路和地址的当前状态</translation>
    </message>
    <message>
        <location filename="../app/cli/clinetlink.cpp" line="282"/>
        <source>kchan monitor: the receive buffer overflowed; messages were lost</source>
        <translation>kchan monitor：接收缓冲区溢出，有消息丢失</translation>
    </message>
    <message>
        <location filename="../app/cli/clinetlink.cpp" line="316"/>
        <source>kchan monitor: listening for process events</source>
        <translation>kchan monitor：正在监听进程事件</translation>
    </message>
    <message>
        <location filename="../app/cli/clinetlink.cpp" line="317"/>
        <source>kchan monitor: listening for kernel uevents</source>
        <translation>kchan monitor：正在监听内核 uevent</translation>
    </message>
    <message>
        <location filename="../app/cli/clinetlink.cpp" line="318"/>
        <source>kchan monitor: listening to %1</source>
        <translation>kchan monitor：正在监听 %1</translation>
    </message>
    <message>
        <location filename="../app/cli/clisysctl.cpp" line="87"/>
        <source>Every kernel tunable under /proc/sys: key, value, and what it means.
Subcommands: get KEY, set KEY VALUE [--yes], snapshot FILE, diff A [B].</source>
        <translation>/proc/sys 下的每个内核可调参数：键、值及其含义。
子命令：get 键、set 键 值 [--yes]、snapshot 文件、diff A [B]。</translation>
    </message>
    <message>
        <location filename="../app/cli/clisysctl.cpp" line="89"/>
        <source>Only keys containing this text, or matching it when it has * or ?.</source>
        <translation>只显示包含这段文字的键，如果其中有 * 或 ? 则按通配符匹配。</translation>
    </message>
    <message>
        <location filename="../app/cli/clisysctl.cpp" line="105"/>
        <source>kchan sysctl: %1 cannot be read; is /proc mounted?</source>
        <translation>kchan sysctl：无法读取 %1；/proc 挂载了吗？</translation>
    </message>
    <message>
        <location filename="../app/cli/clisysctl.cpp" line="124"/>
        <source>kchan sysctl: %1: %2</source>
        <translation>kchan sysctl：%1：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/clisysctl.cpp" line="132"/>
        <source>kchan sysctl: no key matches &quot;%1&quot;</source>
        <translation>kchan sysctl：没有与“%1”匹配的键</translation>
    </message>
    <message>
        <location filename="../app/cli/clisysctl.cpp" line="143"/>
        <source>Print the value of one sysctl key.</source>
        <translation>输出一个 sysctl 键的值。</translation>
    </message>
    <message>
        <location filename="../app/cli/clisysctl.cpp" line="152"/>
        <source>kchan sysctl get: %1</source>
        <translation>kchan sysctl get：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/clisysctl.cpp" line="162"/>
        <source>Do not ask for confirmation.</source>
        <translation>不要求确认。</translation>
    </message>
    <message>
        <location filename="../app/cli/clisysctl.cpp" line="61"/>
        <source>A dotted key such as net.ipv4.ip_forward.</source>
        <translation>以点分隔的键，例如 net.ipv4.ip_forward。</translation>
    </message>
    <message>
        <location filename="../app/cli/clisysctl.cpp" line="103"/>
        <source>kchan sysctl: %1</source>
        <translation>kchan sysctl：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/clisysctl.cpp" line="176"/>
        <source>kchan sysctl set: %1</source>
        <translation>kchan sysctl set：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/clisysctl.cpp" line="180"/>
        <source>kchan sysctl set: %1 Nothing was written.</source>
        <translation>kchan sysctl set：%1 没有写入任何内容。</translation>
    </message>
    <message>
        <location filename="../app/cli/clisysctl.cpp" line="185"/>
        <source>kchan sysctl set: note: %1 Only the kernel decides, so the value is offered as typed.</source>
        <translation>kchan sysctl set：提示：%1 只有内核能决定是否接受，所以仍按输入的原样提交这个值。</translation>
    </message>
    <message>
        <location filename="../app/cli/clisysctl.cpp" line="192"/>
        <source>Nothing was written.</source>
        <translation>没有写入任何内容。</translation>
    </message>
    <message>
        <location filename="../app/cli/clisysctl.cpp" line="198"/>
        <source>kchan sysctl set: %1 The value stays %2.</source>
        <translation>kchan sysctl set：%1 值保持为 %2。</translation>
    </message>
    <message>
        <location filename="../app/cli/clisysctl.cpp" line="199"/>
        <source>as it was</source>
        <translation>原样</translation>
    </message>
    <message>
        <location filename="../app/cli/clisysctl.cpp" line="210"/>
        <source>Save the value of every readable key to a JSON file.</source>
        <translation>把每个可读键的值保存到 JSON 文件中。</translation>
    </message>
    <message>
        <location filename="../app/cli/clisysctl.cpp" line="229"/>
        <source>Compare a saved snapshot A with snapshot B, or with the values now. Exit status 3 when they differ.</source>
        <translation>把保存的快照 A 与快照 B 或当前值进行比较。有差异时退出状态为 3。</translation>
    </message>
    <message>
        <location filename="../app/cli/clisysctl.cpp" line="211"/>
        <source>Where to write the snapshot.</source>
        <translation>快照写入的位置。</translation>
    </message>
    <message>
        <location filename="../app/cli/clisysctl.cpp" line="230"/>
        <source>A snapshot file</source>
        <translation>快照文件</translation>
    </message>
    <message>
        <location filename="../app/cli/clisysctl.cpp" line="219"/>
        <source>kchan sysctl snapshot: cannot write %1: %2</source>
        <translation>kchan sysctl snapshot：无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/clisysctl.cpp" line="164"/>
        <source>Write a value to a sysctl key, after showing the equivalent sysctl -w and asking.
Only the kernel refuses a value: one that looks wrong to us (outside the range we know, not a number) is noted and still offered.</source>
        <translation>先显示等价的 sysctl -w 命令并询问，然后把值写入 sysctl 键。
只有内核会拒绝一个值：我们觉得不对的值（超出我们所知的范围、不是数字）只会给出提示，仍然照常提交。</translation>
    </message>
    <message>
        <location filename="../app/cli/clisysctl.cpp" line="167"/>
        <source>The new value; several numbers separated by spaces in one argument. A negative number such as -1 is a value, not an option.</source>
        <translation>新的值；多个数字放在同一个参数中，以空格分隔。像 -1 这样的负数是值，不会被当作选项。</translation>
    </message>
    <message>
        <location filename="../app/cli/clisysctl.cpp" line="187"/>
        <source> on %1</source>
        <translation>（在 %1 上）</translation>
    </message>
    <message>
        <location filename="../app/cli/clisysctl.cpp" line="188"/>
        <source>This will run the equivalent of:
  %1%2
The value now is: %3
Write it? [y/N] </source>
        <translation>这相当于执行：
  %1%2
当前的值是：%3
要写入吗？[y/N] </translation>
    </message>
    <message>
        <location filename="../app/cli/clisysctl.cpp" line="246"/>
        <source>kchan sysctl diff: cannot read %1: %2</source>
        <translation>kchan sysctl diff：无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/clisysctl.cpp" line="252"/>
        <source>kchan sysctl diff: %1: %2</source>
        <translation>kchan sysctl diff：%1：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/clisampling.cpp" line="30"/>
        <source>Sample numbers from /proc and /sys: counters as rates per second, levels as they are.
Keys: meminfo:MemFree, stat:cpu.user, stat:ctxt, stat:intr, vmstat:pgfault,
net/dev:IFACE.rx_bytes, diskstats:DEV.read_bytes, interrupts:IRQ|total,
pressure/cpu:some.total, loadavg:1, sysctl:KEY, or a path holding a number.</source>
        <translation>从 /proc 和 /sys 中采样数字：计数器换算成每秒速率，水平量保持原值。
键：meminfo:MemFree、stat:cpu.user、stat:ctxt、stat:intr、vmstat:pgfault、
net/dev:接口.rx_bytes、diskstats:设备.read_bytes、interrupts:中断号|total、
pressure/cpu:some.total、loadavg:1、sysctl:键，或保存一个数字的文件路径。</translation>
    </message>
    <message>
        <location filename="../app/cli/clisampling.cpp" line="36"/>
        <source>Print one JSON object per sample.</source>
        <translation>每次采样输出一个 JSON 对象。</translation>
    </message>
    <message>
        <location filename="../app/cli/clisampling.cpp" line="26"/>
        <source>Seconds between samples (default 1).</source>
        <translation>两次采样之间的秒数（默认 1）。</translation>
    </message>
    <message>
        <location filename="../app/cli/clisampling.cpp" line="27"/>
        <source>Stop after N samples.</source>
        <translation>采样 N 次后停止。</translation>
    </message>
    <message>
        <location filename="../app/cli/clisampling.cpp" line="34"/>
        <source>What to sample</source>
        <translation>要采样的内容</translation>
    </message>
    <message>
        <location filename="../app/cli/clisampling.cpp" line="50"/>
        <source>kchan sample: %1</source>
        <translation>kchan sample：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/clisampling.cpp" line="108"/>
        <source>kchan sample: %1: %2</source>
        <translation>kchan sample：%1：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/clisyscalls.cpp" line="40"/>
        <source>The system calls of this kernel and architecture, or with --rates how often each is made,
counted exactly by the kernel: by a BPF program on the sys_enter tracepoint (root), else
by perf events on the syscalls tracepoints (needs tracefs, and root or
kernel.perf_event_paranoid=-1).</source>
        <translation>此内核与架构的系统调用；加 --rates 时显示每个调用的频率，
由内核精确计数：用挂在 sys_enter 跟踪点上的 BPF 程序（需 root），否则
用 syscalls 跟踪点上的 perf 事件（需要 tracefs，以及 root 或
kernel.perf_event_paranoid=-1）。</translation>
    </message>
    <message>
        <location filename="../app/cli/clisyscalls.cpp" line="37"/>
        <source>With --rates on every CPU: also the ten processes that made the most calls (BPF only).</source>
        <translation>与统计所有 CPU 的 --rates 一起：同时列出调用最多的十个进程（仅限 BPF）。</translation>
    </message>
    <message>
        <location filename="../app/cli/clisyscalls.cpp" line="103"/>
        <source>kchan syscalls: --method takes bpf, perf or best</source>
        <translation>kchan syscalls：--method 取 bpf、perf 或 best</translation>
    </message>
    <message>
        <location filename="../app/cli/clisyscalls.cpp" line="111"/>
        <source>kchan syscalls: to count with perf events, mount tracefs: mount -t tracefs nodev /sys/kernel/tracing (or pass --mount-tracefs).</source>
        <translation>kchan syscalls：要用 perf 事件计数，请挂载 tracefs：mount -t tracefs nodev /sys/kernel/tracing（或加 --mount-tracefs）。</translation>
    </message>
    <message>
        <location filename="../app/cli/clisyscalls.cpp" line="117"/>
        <source>kchan syscalls: --by-process needs every CPU counted with BPF (root, no --pid, no --method perf)</source>
        <translation>kchan syscalls：--by-process 需要用 BPF 统计所有 CPU（root，不带 --pid，不用 --method perf）</translation>
    </message>
    <message>
        <location filename="../app/cli/clisyscalls.cpp" line="120"/>
        <source>a BPF program</source>
        <translation>BPF 程序</translation>
    </message>
    <message>
        <location filename="../app/cli/clisyscalls.cpp" line="120"/>
        <source>perf events</source>
        <translation>perf 事件</translation>
    </message>
    <message>
        <location filename="../app/cli/clisyscalls.cpp" line="121"/>
        <source>kchan syscalls: counting %1 system calls of process %2 with %3</source>
        <translation>kchan syscalls：正在用%3统计进程 %2 的 %1 个系统调用</translation>
    </message>
    <message>
        <location filename="../app/cli/clisyscalls.cpp" line="122"/>
        <source>kchan syscalls: counting %1 system calls on every CPU with %2</source>
        <translation>kchan syscalls：正在用%2统计所有 CPU 上的 %1 个系统调用</translation>
    </message>
    <message>
        <location filename="../app/cli/clisyscalls.cpp" line="44"/>
        <source>Print JSON.</source>
        <translation>输出 JSON。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/clidevices.cpp" line="40"/>
        <source>%Ln process(es) of other users were not checked for open devices: needs root.</source>
        <translation>
            <numerusform>有 %Ln 个其他用户的进程未检查打开的设备：需要 root 权限。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/clidevices.cpp" line="182"/>
        <source>kchan uevents: about %Ln event(s) lost: the receive buffer overflowed</source>
        <translation>
            <numerusform>kchan uevents：约丢失 %Ln 个事件：接收缓冲区溢出</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/clinetlink.cpp" line="48"/>
        <source>%Ln process(es) of other users were not checked for socket owners: needs root.</source>
        <translation>
            <numerusform>有 %Ln 个其他用户的进程未检查套接字所有者：需要 root 权限。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/clisyscalls.cpp" line="30"/>
        <source>Count calls and print them per interval.</source>
        <translation>统计调用次数并按时间间隔输出。</translation>
    </message>
    <message>
        <location filename="../app/cli/clisyscalls.cpp" line="31"/>
        <source>Count only the threads of this process.</source>
        <translation>只统计这个进程的线程。</translation>
    </message>
    <message>
        <location filename="../app/cli/clisyscalls.cpp" line="32"/>
        <source>Seconds per line of --rates (default 1).</source>
        <translation>--rates 每行的秒数（默认 1）。</translation>
    </message>
    <message>
        <location filename="../app/cli/clisyscalls.cpp" line="33"/>
        <source>Stop after N intervals.</source>
        <translation>N 个间隔后停止。</translation>
    </message>
    <message>
        <location filename="../app/cli/clisyscalls.cpp" line="34"/>
        <source>Mount tracefs at /sys/kernel/tracing first if it is not mounted (root; every program on the machine sees the mount).</source>
        <translation>如果 tracefs 没有挂载，先把它挂载到 /sys/kernel/tracing（需要 root；本机上的每个程序都会看到这个挂载）。</translation>
    </message>
    <message>
        <location filename="../app/cli/clisyscalls.cpp" line="35"/>
        <source>How --rates counts: bpf, perf, or best (default: bpf when it can be had).</source>
        <translation>--rates 的计数方式：bpf、perf 或 best（默认：能用 bpf 时用 bpf）。</translation>
    </message>
    <message>
        <location filename="../app/cli/clisyscalls.cpp" line="51"/>
        <location filename="../app/cli/clisyscalls.cpp" line="59"/>
        <location filename="../app/cli/clisyscalls.cpp" line="109"/>
        <source>kchan syscalls: %1</source>
        <translation>kchan syscalls：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/clisyscalls.cpp" line="180"/>
        <source>kchan syscalls: process %1 has exited</source>
        <translation>kchan syscalls：进程 %1 已退出</translation>
    </message>
    <message>
        <location filename="../app/cli/clisyscalls.cpp" line="191"/>
        <source>What system call a process is in now, from /proc/PID/syscall and wchan.</source>
        <translation>进程此刻处于哪个系统调用中，取自 /proc/PID/syscall 和 wchan。</translation>
    </message>
    <message>
        <location filename="../app/cli/clisyscalls.cpp" line="200"/>
        <source>kchan syscall-of: %1</source>
        <translation>kchan syscall-of：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/clisyscalls.cpp" line="230"/>
        <source>Batches of each kind, at least 3 (default %1).</source>
        <translation>每种操作的批数，至少 3（默认 %1）。</translation>
    </message>
    <message>
        <location filename="../app/cli/clisyscalls.cpp" line="234"/>
        <source>What crossing into the kernel costs on this machine, measured now: a plain function call, a vDSO call
(clock_gettime(CLOCK_MONOTONIC), answered in user space), a cheap system call (getppid through
syscall(2), so the C library cannot answer from a cache) and a context switch (two threads on one CPU
handing a byte to each other over pipes, per one-way switch). Each in nanoseconds: the median, 10th
and 90th percentile of batches of about 4 ms, the four kinds taking turns.</source>
        <translation>现场测量在本机上进入内核的代价：一次普通函数调用、一次 vDSO 调用
（clock_gettime(CLOCK_MONOTONIC)，在用户空间完成）、一次便宜的系统调用（通过 syscall(2) 调用
getppid，C 库无法从缓存中回答）和一次上下文切换（同一 CPU 上的两个线程通过管道互相传递
一个字节，按单向切换计）。每项以纳秒为单位：约 4 ms 一批的各批次的中位数、第 10 和
第 90 百分位数，四种操作轮流进行。</translation>
    </message>
    <message>
        <location filename="../app/cli/clisyscalls.cpp" line="245"/>
        <source>kchan syscall-cost: --batches takes a number from 3 to 10000</source>
        <translation>kchan syscall-cost：--batches 需要 3 到 10000 之间的数字</translation>
    </message>
    <message>
        <location filename="../app/cli/clisyscalls.cpp" line="250"/>
        <location filename="../app/cli/clisyscalls.cpp" line="290"/>
        <source>kchan syscall-cost: %1</source>
        <translation>kchan syscall-cost：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/clisyscalls.cpp" line="288"/>
        <source>kchan syscall-cost: clock source %1; both threads of the ping-pong on CPU %2</source>
        <translation>kchan syscall-cost：时钟源 %1；乒乓的两个线程都在 CPU %2 上</translation>
    </message>
    <message>
        <location filename="../app/cli/clisyscalls.cpp" line="292"/>
        <source>kchan syscall-cost: on the kernel&apos;s entry path: %1</source>
        <translation>kchan syscall-cost：内核入口路径上的缓解措施：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/clinetlink.cpp" line="218"/>
        <source>kchan monitor: unknown route group &quot;%1&quot;; use link, addr, route, neigh, rule, netconf or nsid</source>
        <translation>kchan monitor：未知的路由组“%1”；请使用 link、addr、route、neigh、rule、netconf 或 nsid</translation>
    </message>
    <message>
        <location filename="../app/cli/clifiles.cpp" line="81"/>
        <source>Every process, from /proc/PID/stat and cmdline; uid is the effective user, the owner of /proc/PID.</source>
        <translation>每个进程，取自 /proc/PID/stat 和 cmdline；uid 为有效用户，即 /proc/PID 的属主。</translation>
    </message>
    <message>
        <location filename="../app/cli/clinetlink.cpp" line="176"/>
        <source>Stream netlink notifications, decoded. Streams: route, uevent, connector, genl:FAMILY[:GROUP].</source>
        <translation>持续输出解码后的 netlink 通知。流：route、uevent、connector、genl:协议族[:组]。</translation>
    </message>
    <message>
        <location filename="../app/cli/clinetlink.cpp" line="328"/>
        <source>kchan monitor: %1 messages received, %2 lost</source>
        <translation>kchan monitor：收到 %1 条消息，丢失 %2 条</translation>
    </message>
    <message>
        <location filename="../app/cli/clinetlink.cpp" line="340"/>
        <source>Decode a pcapng capture of netlink messages.</source>
        <translation>解码 netlink 消息的 pcapng 抓包文件。</translation>
    </message>
    <message>
        <location filename="../app/cli/clinetlink.cpp" line="341"/>
        <source>A pcapng capture of netlink messages, as kchan monitor --pcapng writes.</source>
        <translation>netlink 消息的 pcapng 抓包文件，即 kchan monitor --pcapng 写出的文件。</translation>
    </message>
    <message>
        <location filename="../app/cli/clinetlink.cpp" line="347"/>
        <source>kchan decode: cannot read %1: %2</source>
        <translation>kchan decode：无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/clinetlink.cpp" line="352"/>
        <source>kchan decode: %1 is larger than 2 GiB</source>
        <translation>kchan decode：%1 大于 2 GiB</translation>
    </message>
    <message>
        <location filename="../app/cli/clinetlink.cpp" line="357"/>
        <source>kchan decode: %1</source>
        <translation>kchan decode：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/clinetlink.cpp" line="237"/>
        <source>kchan monitor: cannot write %1: %2</source>
        <translation>kchan monitor：无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/clinetlink.cpp" line="319"/>
        <source>kchan monitor: listening for rtnetlink notifications</source>
        <translation>kchan monitor：正在监听 rtnetlink 通知</translation>
    </message>
    <message>
        <location filename="../app/cli/clichannels.cpp" line="25"/>
        <source>One process&apos;s channels to the kernel: its open descriptors grouped by channel (device nodes, netlink sockets, procfs and sysfs files, kernel objects, sockets, pipes, files), its namespaces, limits and the system call it is in.</source>
        <translation>单个进程通往内核的通道：按通道分组的打开描述符（设备节点、netlink 套接字、procfs 和 sysfs 文件、内核对象、套接字、管道、文件），以及它的命名空间、资源限制和所处的系统调用。</translation>
    </message>
    <message>
        <location filename="../app/cli/clichannels.cpp" line="28"/>
        <location filename="../app/cli/climaps.cpp" line="39"/>
        <location filename="../app/cli/clisyscalls.cpp" line="192"/>
        <source>A process ID.</source>
        <translation>进程 ID。</translation>
    </message>
    <message>
        <location filename="../app/cli/clichannels.cpp" line="36"/>
        <location filename="../app/cli/clichannels.cpp" line="40"/>
        <source>kchan channels: %1</source>
        <translation>kchan channels：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/clichannels.cpp" line="103"/>
        <source>For syscall:NAME, the process whose seccomp state to check (default: kchan itself).</source>
        <translation>用于 syscall:名称：检查哪个进程的 seccomp 状态（默认为 kchan 自身）。</translation>
    </message>
    <message>
        <location filename="../app/cli/clichannels.cpp" line="109"/>
        <source>Why can&apos;t I reach it? Checks a path (existence, type, owner and mode against our user, groups and capabilities, ACLs, the driver behind a device node, hidden or gone processes), a netlink protocol (netlink:NAME: is it in this kernel, namespace, capabilities) or a system call (syscall:NAME: this architecture, seccomp, capabilities and sysctls), and prints the evidence. Exits 1 when a check fails.</source>
        <translation>为什么无法访问？检查一个路径（是否存在、类型、所有者和权限与我们的用户、组和能力的关系、ACL、设备节点背后的驱动、被隐藏或已消失的进程）、一个 netlink 协议（netlink:名称：本内核是否有它、命名空间、能力）或一个系统调用（syscall:名称：本架构、seccomp、能力和 sysctl），并输出证据。有检查失败时退出状态为 1。</translation>
    </message>
    <message>
        <location filename="../app/cli/clichannels.cpp" line="121"/>
        <source>kchan why: %1</source>
        <translation>kchan why：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/clichannels.cpp" line="147"/>
        <source>fix: %1</source>
        <translation>解决办法：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/clisampling.cpp" line="118"/>
        <source>Seconds over which rates are measured (default 1).</source>
        <translation>测量速率所用的秒数（默认 1）。</translation>
    </message>
    <message>
        <location filename="../app/cli/clisampling.cpp" line="124"/>
        <source>The channel map&apos;s figures: processes, device nodes, netlink sockets, sysctl keys, sysfs devices and system calls, with interrupts, context switches and system calls per second (the last needs root and tracefs).</source>
        <translation>通道图的数据：进程、设备节点、netlink 套接字、sysctl 键、sysfs 设备和系统调用的数量，以及每秒中断、上下文切换和系统调用次数（最后一项需要 root 和 tracefs）。</translation>
    </message>
    <message>
        <location filename="../app/cli/clitrace.cpp" line="74"/>
        <source>Trace only these calls, e.g. openat,read; a seccomp filter lets the others run at full speed.</source>
        <translation>只跟踪这些调用，例如 openat,read；seccomp 过滤器让其余调用全速运行。</translation>
    </message>
    <message>
        <location filename="../app/cli/clitrace.cpp" line="76"/>
        <source>Show at most N bytes of each string or buffer (default 256).</source>
        <translation>每个字符串或缓冲区最多显示 N 字节（默认 256）。</translation>
    </message>
    <message>
        <location filename="../app/cli/clitrace.cpp" line="78"/>
        <source>Attach to this running process instead of starting a command.</source>
        <translation>附加到这个正在运行的进程，而不是启动一个命令。</translation>
    </message>
    <message>
        <location filename="../app/cli/clitrace.cpp" line="81"/>
        <source>How to catch the calls: bpf (root; the program never stops for us), ptrace, or auto (bpf where it can be had, the default).</source>
        <translation>如何捕获调用：bpf（需要 root；程序从不为我们停下）、ptrace，或 auto（能用 bpf 时用 bpf，默认）。</translation>
    </message>
    <message>
        <location filename="../app/cli/clitrace.cpp" line="85"/>
        <source>Print the calls of a trace saved as JSON lines (by kchan trace --json or the Trace pane) instead of tracing.</source>
        <translation>不进行跟踪，而是打印保存为 JSON 行（由 kchan trace --json 或跟踪面板保存）的跟踪中的调用。</translation>
    </message>
    <message>
        <location filename="../app/cli/clitrace.cpp" line="90"/>
        <source>Run a command under trace, or attach to a running process, following its children and threads, and
print each system call as it completes: its arguments decoded, its result, and the channel of its
descriptors (a procfs file, a device node, a netlink socket with its messages decoded ...).
The trace goes to standard output; the command&apos;s own output goes to standard error.
Ctrl-C stops the trace and ends a command kchan started. The exit status is the command&apos;s.</source>
        <translation>在跟踪下运行一个命令，或附加到一个正在运行的进程，并跟随其子进程和线程，
在每个系统调用完成时打印它：解码后的参数、结果，以及其描述符的通道
（procfs 文件、设备节点、netlink 套接字及其解码后的消息……）。
跟踪输出到标准输出；命令自己的输出转到标准错误。
Ctrl-C 停止跟踪，并结束 kchan 启动的命令。退出状态即该命令的退出状态。</translation>
    </message>
    <message>
        <location filename="../app/cli/clitrace.cpp" line="95"/>
        <source>The command to run and its arguments, after --.</source>
        <translation>要运行的命令及其参数，写在 -- 之后。</translation>
    </message>
    <message>
        <location filename="../app/cli/clitrace.cpp" line="99"/>
        <source>Print one JSON object per call.</source>
        <translation>每个调用打印一个 JSON 对象。</translation>
    </message>
    <message>
        <location filename="../app/cli/clitrace.cpp" line="106"/>
        <source>kchan trace: --import reads a file; it takes no command and no --pid; see kchan trace --help</source>
        <translation>kchan trace：--import 读取一个文件，不接受命令，也不接受 --pid；参见 kchan trace --help</translation>
    </message>
    <message>
        <location filename="../app/cli/clitrace.cpp" line="115"/>
        <source>kchan trace: name a command after -- or a process with --pid, not both; see kchan trace --help</source>
        <translation>kchan trace：在 -- 之后给出命令，或用 --pid 指定进程，二者取其一；参见 kchan trace --help</translation>
    </message>
    <message>
        <location filename="../app/cli/clitrace.cpp" line="124"/>
        <source>kchan trace: --string-limit takes a positive number of bytes; see kchan trace --help</source>
        <translation>kchan trace：--string-limit 需要一个正的字节数；参见 kchan trace --help</translation>
    </message>
    <message>
        <location filename="../app/cli/clitrace.cpp" line="133"/>
        <source>kchan trace: --backend takes bpf, ptrace or auto; see kchan trace --help</source>
        <translation>kchan trace：--backend 取值为 bpf、ptrace 或 auto；参见 kchan trace --help</translation>
    </message>
    <message>
        <location filename="../app/cli/clitrace.cpp" line="140"/>
        <source>kchan trace: &quot;%1&quot; is not a system call of this architecture; see kchan trace --help</source>
        <translation>kchan trace：“%1”不是本架构的系统调用；参见 kchan trace --help</translation>
    </message>
    <message>
        <location filename="../app/cli/clitrace.cpp" line="146"/>
        <source>kchan trace: --only takes system call names separated by commas; see kchan trace --help</source>
        <translation>kchan trace：--only 需要以逗号分隔的系统调用名；参见 kchan trace --help</translation>
    </message>
    <message>
        <location filename="../app/cli/clitrace.cpp" line="157"/>
        <source>kchan trace: cannot make a pipe: %1</source>
        <translation>kchan trace：无法创建管道：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/clitrace.cpp" line="233"/>
        <source>kchan trace: calls: %1, dropped: %2; %3 (traced with %4)</source>
        <translation>kchan trace：调用：%1，丢弃：%2；%3（用 %4 跟踪）</translation>
    </message>
    <message>
        <location filename="../app/cli/clitrace.cpp" line="60"/>
        <location filename="../app/cli/clitrace.cpp" line="172"/>
        <location filename="../app/cli/clitrace.cpp" line="212"/>
        <location filename="../app/cli/clitrace.cpp" line="214"/>
        <location filename="../app/cli/clitrace.cpp" line="240"/>
        <source>kchan trace: %1</source>
        <translation>kchan trace：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/clitrace.cpp" line="46"/>
        <source>kchan trace: cannot read %1: %2</source>
        <translation>kchan trace：无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/clitrace.cpp" line="221"/>
        <source>killed by signal %1</source>
        <translation>被信号 %1 终止</translation>
    </message>
    <message>
        <location filename="../app/cli/clitrace.cpp" line="224"/>
        <source>exit status %1</source>
        <translation>退出状态 %1</translation>
    </message>
    <message>
        <location filename="../app/cli/clitrace.cpp" line="215"/>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location filename="../app/cli/clitrace.cpp" line="230"/>
        <source>not traced</source>
        <translation>未被跟踪</translation>
    </message>
    <message>
        <location filename="../app/cli/cliagent.cpp" line="18"/>
        <source>Speak the agent protocol on standard input and output.</source>
        <translation>在标准输入和标准输出上使用代理协议通信。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliagent.cpp" line="21"/>
        <source>Answer the requests of Kernel Channels or kchan --remote from this machine&apos;s kernel, in the
agent protocol (length-prefixed CBOR frames; see README). Started by the client, as
ssh HOST kchan agent --stdio or through flatpak-spawn --host; runs until the client closes.</source>
        <translation>用本机的内核应答内核通道或 kchan --remote 的请求，使用代理协议
（带长度前缀的 CBOR 帧；见 README）。由客户端启动，方式为
ssh HOST kchan agent --stdio 或经由 flatpak-spawn --host；一直运行到客户端关闭。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliagent.cpp" line="29"/>
        <source>kchan agent: name the transport: --stdio</source>
        <translation>kchan agent：请指定传输方式：--stdio</translation>
    </message>
    <message>
        <location filename="../app/cli/cliagent.cpp" line="33"/>
        <source>kchan agent: standard output is a terminal; the agent speaks a binary protocol for a client such as kchan --remote.</source>
        <translation>kchan agent：标准输出是终端；代理使用二进制协议，供 kchan --remote 之类的客户端使用。</translation>
    </message>
    <message>
        <location filename="../app/cli/climaps.cpp" line="35"/>
        <source>One process&apos;s virtual memory, from /proc/PID/smaps: every region with its addresses, size, permissions, kind (text, data, heap, stack, library, anonymous, vdso ...), RSS, PSS, swap and anonymous memory; the totals beside /proc/PID/smaps_rollup; and where user space ends on this machine (the paging mode) and how that was decided.</source>
        <translation>一个进程的虚拟内存，来自 /proc/PID/smaps：每个区域的地址、大小、权限、类型（代码段、数据段、堆、栈、库、匿名、vdso ……）、RSS、PSS、交换和匿名内存；与 /proc/PID/smaps_rollup 对照的总数；以及本机上用户空间在哪里结束（页表模式）和如何判断的。</translation>
    </message>
    <message>
        <location filename="../app/cli/climaps.cpp" line="47"/>
        <location filename="../app/cli/climaps.cpp" line="51"/>
        <source>kchan maps: %1</source>
        <translation>kchan maps：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/clisendpath.cpp" line="31"/>
        <source>Send N UDP datagrams to the destination from a socket of ours and show how much each stage&apos;s counters rose.</source>
        <translation>从我们自己的套接字向目的地发送 N 个 UDP 数据报，并显示每个阶段的计数器上升了多少。</translation>
    </message>
    <message>
        <location filename="../app/cli/clisendpath.cpp" line="34"/>
        <source>The UDP port the test datagrams go to (default 9, discard).</source>
        <translation>测试数据报发往的 UDP 端口（默认 9，即 discard）。</translation>
    </message>
    <message>
        <location filename="../app/cli/clisendpath.cpp" line="36"/>
        <source>Bytes of payload in each test datagram (default 64).</source>
        <translation>每个测试数据报的载荷字节数（默认 64）。</translation>
    </message>
    <message>
        <location filename="../app/cli/clisendpath.cpp" line="40"/>
        <source>The way a UDP datagram to DEST leaves this machine, as the kernel would send it now: the UDP and IP counters (/proc/net/snmp), the route it picks (RTM_GETROUTE, as ip route get), the neighbour entry, the device&apos;s root qdisc with its statistics, its transmit queues (XPS, byte queue limits) and the device&apos;s counters. All in the network namespace kchan runs in.</source>
        <translation>发往 DEST 的 UDP 数据报离开本机的路径，即内核此刻会如何发送它：UDP 和 IP 计数器（/proc/net/snmp）、它选定的路由（RTM_GETROUTE，与 ip route get 相同）、邻居表项、设备的根 qdisc 及其统计、发送队列（XPS、字节队列限制）以及设备的计数器。全部取自 kchan 所在的网络命名空间。</translation>
    </message>
    <message>
        <location filename="../app/cli/clisendpath.cpp" line="44"/>
        <source>An IPv4 or IPv6 address.</source>
        <translation>一个 IPv4 或 IPv6 地址。</translation>
    </message>
    <message>
        <location filename="../app/cli/clisendpath.cpp" line="49"/>
        <source>kchan sendpath: reads this machine&apos;s network only, not through an agent</source>
        <translation>kchan sendpath：只读取本机的网络，不经过代理</translation>
    </message>
    <message>
        <location filename="../app/cli/clisendpath.cpp" line="54"/>
        <source>kchan sendpath: &quot;%1&quot; is not an IPv4 or IPv6 address</source>
        <translation>kchan sendpath：“%1”不是 IPv4 或 IPv6 地址</translation>
    </message>
    <message>
        <location filename="../app/cli/clisendpath.cpp" line="62"/>
        <source>kchan sendpath: --send takes a number of datagrams from 0 to 10000000</source>
        <translation>kchan sendpath：--send 接受 0 到 10000000 之间的数据报数目</translation>
    </message>
    <message>
        <location filename="../app/cli/clisendpath.cpp" line="67"/>
        <source>kchan sendpath: --port takes a port from 1 to 65535</source>
        <translation>kchan sendpath：--port 接受 1 到 65535 之间的端口</translation>
    </message>
    <message>
        <location filename="../app/cli/clisendpath.cpp" line="72"/>
        <source>kchan sendpath: --size takes a number of bytes from 0 to 65000</source>
        <translation>kchan sendpath：--size 接受 0 到 65000 之间的字节数</translation>
    </message>
    <message>
        <location filename="../app/cli/clisendpath.cpp" line="78"/>
        <source>kchan sendpath: %1</source>
        <translation>kchan sendpath：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/clisendpath.cpp" line="139"/>
        <source>: xps_cpus %1, xps_rxqs %2, BQL limit %3, in flight %4</source>
        <translation>：xps_cpus %1，xps_rxqs %2，BQL 上限 %3，在途 %4</translation>
    </message>
    <message>
        <location filename="../app/cli/clisendpath.cpp" line="151"/>
        <source>kchan sendpath: %1 of %2 datagrams sent to %3 port %4</source>
        <translation>kchan sendpath：%2 个数据报中已发送 %1 个，发往 %3 端口 %4</translation>
    </message>
    <message>
        <location filename="../app/cli/clisendpath.cpp" line="153"/>
        <source>kchan sendpath: refused: %1</source>
        <translation>kchan sendpath：被拒绝：%1</translation>
    </message>
</context>
<context>
    <name>DeviceDriver</name>
    <message>
        <location filename="../core/devices/driverresolver.cpp" line="327"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../core/devices/driverresolver.cpp" line="333"/>
        <source>module %1</source>
        <translation>模块 %1</translation>
    </message>
    <message>
        <location filename="../core/devices/driverresolver.cpp" line="334"/>
        <source>built in</source>
        <translation>内置</translation>
    </message>
    <message>
        <location filename="../core/devices/driverresolver.cpp" line="334"/>
        <source>built in (%1)</source>
        <translation>内置（%1）</translation>
    </message>
    <message>
        <location filename="../core/devices/driverresolver.cpp" line="337"/>
        <source>likely built in</source>
        <translation>可能内置</translation>
    </message>
    <message>
        <location filename="../core/devices/driverresolver.cpp" line="344"/>
        <source>A loadable module: /sys/module/%1 has an initstate.</source>
        <translation>可加载模块：/sys/module/%1 中有 initstate。</translation>
    </message>
    <message>
        <location filename="../core/devices/driverresolver.cpp" line="346"/>
        <source>This kernel has no loadable modules (no /proc/modules): every driver is built in.</source>
        <translation>这个内核不支持可加载模块（没有 /proc/modules）：所有驱动都是内置的。</translation>
    </message>
    <message>
        <location filename="../core/devices/driverresolver.cpp" line="347"/>
        <source>Part of the kernel image: /sys/module/%1 exists without an initstate.</source>
        <translation>属于内核映像本身：/sys/module/%1 存在，但没有 initstate。</translation>
    </message>
    <message>
        <location filename="../core/devices/driverresolver.cpp" line="351"/>
        <source>No driver, so no module.</source>
        <translation>没有驱动，因此也没有模块。</translation>
    </message>
    <message>
        <location filename="../core/devices/driverresolver.cpp" line="352"/>
        <source>No loaded module is named after the driver and no module link leads to one: it is most likely built into the kernel.</source>
        <translation>没有已加载的模块以这个驱动命名，也没有 module 链接指向某个模块：它很可能编译进了内核。</translation>
    </message>
    <message>
        <location filename="../core/devices/driverresolver.cpp" line="359"/>
        <source>%1 (parent)</source>
        <translation>%1（父设备）</translation>
    </message>
    <message>
        <location filename="../core/devices/driverresolver.cpp" line="364"/>
        <source>block</source>
        <translation>块设备</translation>
    </message>
    <message>
        <location filename="../core/devices/driverresolver.cpp" line="364"/>
        <source>character</source>
        <translation>字符设备</translation>
    </message>
    <message>
        <location filename="../core/devices/driverresolver.cpp" line="368"/>
        <source>No driver has registered %1 major %2 in /proc/devices: opening the node would fail with ENXIO or ENODEV.</source>
        <translation>没有驱动在 /proc/devices 中注册%1主设备号 %2：打开该节点会以 ENXIO 或 ENODEV 失败。</translation>
    </message>
    <message>
        <location filename="../core/devices/driverresolver.cpp" line="370"/>
        <source>The driver registered %1 major %2 as &quot;%3&quot; (/proc/devices).</source>
        <translation>驱动以“%3”的名字注册了%1主设备号 %2（/proc/devices）。</translation>
    </message>
    <message>
        <location filename="../core/devices/driverresolver.cpp" line="372"/>
        <source>Major %1 holds %2 (/proc/devices); /proc/tty/drivers gives minor %3 to &quot;%4&quot;.</source>
        <translation>主设备号 %1 下有 %2（/proc/devices）；/proc/tty/drivers 表明次设备号 %3 属于“%4”。</translation>
    </message>
    <message>
        <location filename="../core/devices/driverresolver.cpp" line="374"/>
        <source>Major %1 holds %2 (/proc/devices); minor %3 is in none of the tty ranges of /proc/tty/drivers, which leaves &quot;%4&quot;.</source>
        <translation>主设备号 %1 下有 %2（/proc/devices）；次设备号 %3 不在 /proc/tty/drivers 的任何 tty 范围内，剩下的只有“%4”。</translation>
    </message>
    <message>
        <location filename="../core/devices/driverresolver.cpp" line="377"/>
        <source>Major %1 holds %2 (/proc/devices); minor %3&apos;s device in sysfs, %4, is named after &quot;%5&quot;.</source>
        <translation>主设备号 %1 下有 %2（/proc/devices）；次设备号 %3 在 sysfs 中的设备 %4 以“%5”命名。</translation>
    </message>
    <message>
        <location filename="../core/devices/driverresolver.cpp" line="380"/>
        <source>Major %1 holds %2 (/proc/devices); minor %3 belongs to &quot;%4&quot; in the kernel&apos;s fixed numbering (devices.txt).</source>
        <translation>主设备号 %1 下有 %2（/proc/devices）；按内核的固定编号（devices.txt），次设备号 %3 属于“%4”。</translation>
    </message>
    <message>
        <location filename="../core/devices/driverresolver.cpp" line="383"/>
        <source>Major %1 holds %2 (/proc/devices), and nothing here says which of them has minor %3.</source>
        <translation>主设备号 %1 下有 %2（/proc/devices），但这里没有任何信息说明次设备号 %3 属于其中哪一个。</translation>
    </message>
    <message>
        <location filename="../core/devices/driverresolver.cpp" line="385"/>
        <source>Major %1 holds %2 (/proc/devices), but none of their minor ranges (/proc/tty/drivers) has minor %3: opening the node would fail with ENXIO or ENODEV.</source>
        <translation>主设备号 %1 下有 %2（/proc/devices），但它们的次设备号范围（/proc/tty/drivers）都不包含 %3：打开该节点会以 ENXIO 或 ENODEV 失败。</translation>
    </message>
</context>
<context>
    <name>DeviceFollow</name>
    <message>
        <location filename="../core/devices/devicefollow.cpp" line="39"/>
        <source>%1 is not a device node (nor a link to one).</source>
        <translation>%1 不是设备节点（也不是指向设备节点的链接）。</translation>
    </message>
    <message>
        <location filename="../core/devices/devicefollow.cpp" line="46"/>
        <source>Device node</source>
        <translation>设备节点</translation>
    </message>
    <message>
        <location filename="../core/devices/devicefollow.cpp" line="51"/>
        <source>Symbolic link</source>
        <translation>符号链接</translation>
    </message>
    <message>
        <location filename="../core/devices/devicefollow.cpp" line="53"/>
        <source>%1 is a link; it ends at %2.</source>
        <translation>%1 是一个链接；它最终指向 %2。</translation>
    </message>
    <message>
        <location filename="../core/devices/devicefollow.cpp" line="57"/>
        <source>%1 device %2, %3 %4:%5, read with stat() only</source>
        <translation>%1设备 %2，%3 %4:%5，仅通过 stat() 读取</translation>
    </message>
    <message>
        <location filename="../core/devices/devicefollow.cpp" line="58"/>
        <source>Block</source>
        <translation>块</translation>
    </message>
    <message>
        <location filename="../core/devices/devicefollow.cpp" line="58"/>
        <source>Character</source>
        <translation>字符</translation>
    </message>
    <message>
        <location filename="../core/devices/devicefollow.cpp" line="65"/>
        <source>Major number</source>
        <translation>主设备号</translation>
    </message>
    <message>
        <location filename="../core/devices/devicefollow.cpp" line="72"/>
        <source>sysfs device</source>
        <translation>sysfs 设备</translation>
    </message>
    <message>
        <location filename="../core/devices/devicefollow.cpp" line="75"/>
        <location filename="../core/devices/devicefollow.cpp" line="87"/>
        <location filename="../core/devices/devicefollow.cpp" line="100"/>
        <location filename="../core/devices/devicefollow.cpp" line="108"/>
        <location filename="../core/devices/devicefollow.cpp" line="124"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../core/devices/devicefollow.cpp" line="76"/>
        <source>%1 does not exist: no device with this number is registered with the driver core.</source>
        <translation>%1 不存在：没有使用这个设备号的设备在驱动核心中注册。</translation>
    </message>
    <message>
        <location filename="../core/devices/devicefollow.cpp" line="81"/>
        <source>%1 links here.</source>
        <translation>%1 链接到这里。</translation>
    </message>
    <message>
        <location filename="../core/devices/devicefollow.cpp" line="86"/>
        <source>Subsystem</source>
        <translation>子系统</translation>
    </message>
    <message>
        <location filename="../core/devices/devicefollow.cpp" line="90"/>
        <source>The device has no subsystem link.</source>
        <translation>该设备没有 subsystem 链接。</translation>
    </message>
    <message>
        <location filename="../core/devices/devicefollow.cpp" line="90"/>
        <source>From the subsystem link: %1</source>
        <translation>来自 subsystem 链接：%1</translation>
    </message>
    <message>
        <location filename="../core/devices/devicefollow.cpp" line="99"/>
        <source>Driver</source>
        <translation>驱动</translation>
    </message>
    <message>
        <location filename="../core/devices/devicefollow.cpp" line="123"/>
        <source>Kernel module</source>
        <translation>内核模块</translation>
    </message>
    <message>
        <location filename="../core/devices/devicefollow.cpp" line="134"/>
        <source>version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../core/devices/devicefollow.cpp" line="135"/>
        <source>references</source>
        <translation>引用</translation>
    </message>
    <message>
        <location filename="../core/devices/devicefollow.cpp" line="135"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../core/devices/devicefollow.cpp" line="136"/>
        <source>used by</source>
        <translation>被使用于</translation>
    </message>
    <message>
        <location filename="../core/devices/devicefollow.cpp" line="136"/>
        <source>no other module</source>
        <translation>没有其他模块</translation>
    </message>
    <message>
        <location filename="../core/devices/devicefollow.cpp" line="149"/>
        <source>Parent device</source>
        <translation>父设备</translation>
    </message>
    <message>
        <location filename="../core/devices/devicefollow.cpp" line="155"/>
        <source>%1 (subsystem %2%3)</source>
        <translation>%1（子系统 %2%3）</translation>
    </message>
    <message>
        <location filename="../core/devices/devicefollow.cpp" line="155"/>
        <source>, driver %1</source>
        <translation>，驱动 %1</translation>
    </message>
    <message>
        <location filename="../core/devices/devicefollow.cpp" line="166"/>
        <source>udev properties</source>
        <translation>udev 属性</translation>
    </message>
    <message>
        <location filename="../core/devices/devicefollow.cpp" line="168"/>
        <source>From udev&apos;s database.</source>
        <translation>来自 udev 的数据库。</translation>
    </message>
    <message>
        <location filename="../core/devices/devicefollow.cpp" line="168"/>
        <source>From udev&apos;s database; udev made the links %1.</source>
        <translation>来自 udev 的数据库；udev 创建了链接 %1。</translation>
    </message>
    <message>
        <location filename="../core/devices/devicefollow.cpp" line="171"/>
        <source>uevent properties</source>
        <translation>uevent 属性</translation>
    </message>
    <message>
        <location filename="../core/devices/devicefollow.cpp" line="177"/>
        <source>udev has no record for this device; these are the kernel&apos;s own uevent properties.</source>
        <translation>udev 没有这个设备的记录；这些是内核自己的 uevent 属性。</translation>
    </message>
    <message>
        <location filename="../core/devices/devicefollow.cpp" line="178"/>
        <source>udev is not running here (no %1); these are the kernel&apos;s own uevent properties.</source>
        <translation>这里没有运行 udev（没有 %1）；这些是内核自己的 uevent 属性。</translation>
    </message>
    <message>
        <location filename="../core/devices/devicefollow.cpp" line="190"/>
        <source>Held open by</source>
        <translation>被以下进程打开</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/devices/devicefollow.cpp" line="191"/>
        <source>%Ln process file descriptor(s)</source>
        <translation>
            <numerusform>%Ln 个进程文件描述符</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/devices/devicefollow.cpp" line="195"/>
        <source>%Ln process(es) of other users could not be checked: needs root to see other users&apos; processes.</source>
        <translation>
            <numerusform>有 %Ln 个其他用户的进程无法检查：需要 root 权限才能看到其他用户的进程。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/devices/devicefollow.cpp" line="193"/>
        <source>fd %1 %2</source>
        <translation>fd %1 %2</translation>
    </message>
    <message>
        <location filename="../core/devices/devicefollow.cpp" line="103"/>
        <source>registered as</source>
        <translation>注册名</translation>
    </message>
    <message>
        <location filename="../core/devices/devicefollow.cpp" line="105"/>
        <source>name of minor %1</source>
        <translation>次设备号 %1 的名字</translation>
    </message>
    <message>
        <location filename="../core/devices/devicefollow.cpp" line="107"/>
        <source>tty driver</source>
        <translation>tty 驱动</translation>
    </message>
    <message>
        <location filename="../core/devices/devicefollow.cpp" line="108"/>
        <source>bound in sysfs</source>
        <translation>sysfs 中绑定的驱动</translation>
    </message>
    <message>
        <location filename="../core/devices/devicefollow.cpp" line="110"/>
        <source>No driver serves this number: opening the node would fail.</source>
        <translation>没有驱动为这个设备号服务：打开该节点会失败。</translation>
    </message>
    <message>
        <location filename="../core/devices/devicefollow.cpp" line="112"/>
        <source>open() on the node goes to the driver registered as %1; no driver is bound to the device in sysfs.</source>
        <translation>对该节点的 open() 交给注册名为 %1 的驱动；sysfs 中没有驱动绑定到该设备。</translation>
    </message>
    <message>
        <location filename="../core/devices/devicefollow.cpp" line="114"/>
        <source>No registration for this number was found in /proc/devices; %1 is the driver bound in sysfs.</source>
        <translation>在 /proc/devices 中找不到这个设备号的注册；%1 是 sysfs 中绑定的驱动。</translation>
    </message>
    <message>
        <location filename="../core/devices/devicefollow.cpp" line="116"/>
        <source>open() on the node goes to the driver registered as %1; in sysfs the device&apos;s parent is bound to %2.</source>
        <translation>对该节点的 open() 交给注册名为 %1 的驱动；在 sysfs 中，该设备的父设备绑定到 %2。</translation>
    </message>
    <message>
        <location filename="../core/devices/devicefollow.cpp" line="118"/>
        <source>open() on the node goes to the driver registered as %1; in sysfs the device is bound to %2.</source>
        <translation>对该节点的 open() 交给注册名为 %1 的驱动；在 sysfs 中，该设备绑定到 %2。</translation>
    </message>
    <message>
        <location filename="../core/devices/devicefollow.cpp" line="196"/>
        <source>Every process was checked through /proc/PID/fd.</source>
        <translation>已通过 /proc/PID/fd 检查了每个进程。</translation>
    </message>
</context>
<context>
    <name>DeviceText</name>
    <message>
        <location filename="../core/devices/devicescanner.cpp" line="137"/>
        <source>character</source>
        <translation>字符设备</translation>
    </message>
    <message>
        <location filename="../core/devices/devicescanner.cpp" line="138"/>
        <source>block</source>
        <translation>块设备</translation>
    </message>
    <message>
        <location filename="../core/devices/devicescanner.cpp" line="139"/>
        <source>link</source>
        <translation>链接</translation>
    </message>
    <message>
        <location filename="../core/devices/devicescanner.cpp" line="142"/>
        <source>other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>DirLister</name>
    <message>
        <location filename="../core/procfs/dirlister.cpp" line="55"/>
        <source>directory</source>
        <translation>目录</translation>
    </message>
    <message>
        <location filename="../core/procfs/dirlister.cpp" line="56"/>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../core/procfs/dirlister.cpp" line="57"/>
        <source>link</source>
        <translation>链接</translation>
    </message>
    <message>
        <location filename="../core/procfs/dirlister.cpp" line="58"/>
        <location filename="../core/procfs/dirlister.cpp" line="59"/>
        <source>kernel thread</source>
        <translation>内核线程</translation>
    </message>
    <message>
        <location filename="../core/procfs/dirlister.cpp" line="58"/>
        <source>process</source>
        <translation>进程</translation>
    </message>
    <message>
        <location filename="../core/procfs/dirlister.cpp" line="59"/>
        <source>thread</source>
        <translation>线程</translation>
    </message>
    <message>
        <location filename="../core/procfs/dirlister.cpp" line="60"/>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../core/procfs/dirlister.cpp" line="149"/>
        <source>Not a regular file; not read.</source>
        <translation>不是普通文件；未读取。</translation>
    </message>
</context>
<context>
    <name>FlatpakHost</name>
    <message>
        <location filename="../core/source/flatpakhost.cpp" line="35"/>
        <source>/.flatpak-info names no app-path and runtime-path, so the host cannot be told where the app and its libraries are</source>
        <translation>/.flatpak-info 中没有 app-path 和 runtime-path，因此无法告诉主机本应用及其库位于何处</translation>
    </message>
    <message>
        <location filename="../core/source/flatpakhost.cpp" line="110"/>
        <source>cannot tell which dynamic loader this process runs with (/proc/self/maps names none)</source>
        <translation>无法确定本进程使用的动态加载器（/proc/self/maps 中没有列出）</translation>
    </message>
    <message>
        <location filename="../core/source/flatpakhost.cpp" line="115"/>
        <source>%1 is missing, and the agent is that program</source>
        <translation>缺少 %1，而代理就是这个程序</translation>
    </message>
    <message>
        <location filename="../core/source/flatpakhost.cpp" line="120"/>
        <source>flatpak-spawn is not in the sandbox, so nothing can be started on the host</source>
        <translation>沙箱中没有 flatpak-spawn，因此无法在主机上启动任何程序</translation>
    </message>
</context>
<context>
    <name>Formatter</name>
    <message>
        <location filename="../core/format/formatter.cpp" line="63"/>
        <source>%1 d</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <location filename="../core/format/formatter.cpp" line="65"/>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <location filename="../core/format/formatter.cpp" line="67"/>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location filename="../core/format/formatter.cpp" line="69"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../core/format/formatter.cpp" line="75"/>
        <source>%1 ns</source>
        <translation>%1 ns</translation>
    </message>
</context>
<context>
    <name>FrameReader</name>
    <message>
        <location filename="../core/source/agentprotocol.cpp" line="39"/>
        <source>a frame of %1 bytes, which no agent sends (the other end does not speak the agent protocol)</source>
        <translation>一个 %1 字节的帧，没有代理会发送这样的帧（对端不使用代理协议）</translation>
    </message>
    <message>
        <location filename="../core/source/agentprotocol.cpp" line="49"/>
        <source>a frame that is not CBOR: %1</source>
        <translation>一个不是 CBOR 的帧：%1</translation>
    </message>
    <message>
        <location filename="../core/source/agentprotocol.cpp" line="50"/>
        <source>a frame that is not a CBOR map</source>
        <translation>一个不是 CBOR map 的帧</translation>
    </message>
</context>
<context>
    <name>GenlFamilies</name>
    <message>
        <location filename="../core/netlink/genlfamilies.cpp" line="105"/>
        <source>length %1..%2</source>
        <translation>长度 %1..%2</translation>
    </message>
    <message>
        <location filename="../core/netlink/genlfamilies.cpp" line="230"/>
        <source>Out of memory for a netlink socket.</source>
        <translation>创建 netlink 套接字时内存不足。</translation>
    </message>
    <message>
        <location filename="../core/netlink/genlfamilies.cpp" line="234"/>
        <source>Cannot open a generic netlink socket: %1.</source>
        <translation>无法打开通用 netlink 套接字：%1。</translation>
    </message>
    <message>
        <location filename="../core/netlink/genlfamilies.cpp" line="239"/>
        <source>The family dump request failed: %1.</source>
        <translation>协议族转储请求失败：%1。</translation>
    </message>
    <message>
        <location filename="../core/netlink/genlfamilies.cpp" line="243"/>
        <source>The generic netlink controller refused the dump: %1.</source>
        <translation>通用 netlink 控制器拒绝了转储：%1。</translation>
    </message>
    <message>
        <location filename="../core/netlink/genlfamilies.cpp" line="268"/>
        <source>The generic netlink family %1 has no multicast groups.</source>
        <translation>通用 netlink 协议族 %1 没有多播组。</translation>
    </message>
    <message>
        <location filename="../core/netlink/genlfamilies.cpp" line="269"/>
        <source>The family %1 has no group &quot;%2&quot;; it has: %3.</source>
        <translation>协议族 %1 没有组“%2”；它有：%3。</translation>
    </message>
    <message>
        <location filename="../core/netlink/genlfamilies.cpp" line="278"/>
        <source>This kernel has no generic netlink family &quot;%1&quot;. Families with groups: %2.</source>
        <translation>这个内核没有通用 netlink 协议族“%1”。有多播组的协议族：%2。</translation>
    </message>
</context>
<context>
    <name>NetlinkNames</name>
    <message>
        <location filename="../core/netlink/netlinknames.cpp" line="46"/>
        <source>Routing: links, addresses, routes, neighbours, rules, traffic control (ip, NetworkManager)</source>
        <translation>路由：链路、地址、路由、邻居、规则、流量控制（ip、NetworkManager）</translation>
    </message>
    <message>
        <location filename="../core/netlink/netlinknames.cpp" line="47"/>
        <source>Reserved for user-space protocols between programs</source>
        <translation>保留给程序之间的用户空间协议</translation>
    </message>
    <message>
        <location filename="../core/netlink/netlinknames.cpp" line="48"/>
        <source>Old IPv4 packet queueing to user space; removed from the kernel long ago</source>
        <translation>旧的 IPv4 数据包用户空间排队；早已从内核移除</translation>
    </message>
    <message>
        <location filename="../core/netlink/netlinknames.cpp" line="49"/>
        <source>Socket monitoring: lists sockets of every family (ss)</source>
        <translation>套接字监视：列出各协议族的套接字（ss）</translation>
    </message>
    <message>
        <location filename="../core/netlink/netlinknames.cpp" line="50"/>
        <source>Old netfilter packet logging; replaced by nfnetlink_log</source>
        <translation>旧的 netfilter 数据包日志；已被 nfnetlink_log 取代</translation>
    </message>
    <message>
        <location filename="../core/netlink/netlinknames.cpp" line="51"/>
        <source>IPsec: security associations and policies (ip xfrm)</source>
        <translation>IPsec：安全关联和策略（ip xfrm）</translation>
    </message>
    <message>
        <location filename="../core/netlink/netlinknames.cpp" line="52"/>
        <source>SELinux policy and enforcement notifications</source>
        <translation>SELinux 策略和强制模式通知</translation>
    </message>
    <message>
        <location filename="../core/netlink/netlinknames.cpp" line="53"/>
        <source>Open-iSCSI transport</source>
        <translation>Open-iSCSI 传输</translation>
    </message>
    <message>
        <location filename="../core/netlink/netlinknames.cpp" line="54"/>
        <source>Kernel audit: rules and audit records (auditd)</source>
        <translation>内核审计：规则和审计记录（auditd）</translation>
    </message>
    <message>
        <location filename="../core/netlink/netlinknames.cpp" line="55"/>
        <source>Routing table lookups on behalf of user space</source>
        <translation>代表用户空间查询路由表</translation>
    </message>
    <message>
        <location filename="../core/netlink/netlinknames.cpp" line="56"/>
        <source>Kernel connector: process events (fork, exec, exit) and a few drivers</source>
        <translation>内核连接器：进程事件（fork、exec、exit）和少数驱动</translation>
    </message>
    <message>
        <location filename="../core/netlink/netlinknames.cpp" line="57"/>
        <source>Netfilter: connection tracking, nftables, queues and logs</source>
        <translation>Netfilter：连接跟踪、nftables、队列和日志</translation>
    </message>
    <message>
        <location filename="../core/netlink/netlinknames.cpp" line="58"/>
        <source>Old IPv6 firewall queueing; removed</source>
        <translation>旧的 IPv6 防火墙排队；已移除</translation>
    </message>
    <message>
        <location filename="../core/netlink/netlinknames.cpp" line="59"/>
        <source>DECnet routing messages; removed</source>
        <translation>DECnet 路由消息；已移除</translation>
    </message>
    <message>
        <location filename="../core/netlink/netlinknames.cpp" line="60"/>
        <source>Device events (uevents): devices added, removed and changed</source>
        <translation>设备事件（uevent）：设备的添加、移除和变更</translation>
    </message>
    <message>
        <location filename="../core/netlink/netlinknames.cpp" line="61"/>
        <source>Generic netlink: a bus of named families (nl80211, taskstats, devlink ...)</source>
        <translation>通用 netlink：由具名协议族组成的总线（nl80211、taskstats、devlink …）</translation>
    </message>
    <message>
        <location filename="../core/netlink/netlinknames.cpp" line="62"/>
        <source>SCSI transport events</source>
        <translation>SCSI 传输事件</translation>
    </message>
    <message>
        <location filename="../core/netlink/netlinknames.cpp" line="63"/>
        <source>eCryptfs key management</source>
        <translation>eCryptfs 密钥管理</translation>
    </message>
    <message>
        <location filename="../core/netlink/netlinknames.cpp" line="64"/>
        <source>RDMA (InfiniBand) devices</source>
        <translation>RDMA（InfiniBand）设备</translation>
    </message>
    <message>
        <location filename="../core/netlink/netlinknames.cpp" line="65"/>
        <source>Kernel crypto API configuration</source>
        <translation>内核加密 API 配置</translation>
    </message>
    <message>
        <location filename="../core/netlink/netlinknames.cpp" line="66"/>
        <source>SMC sockets monitoring</source>
        <translation>SMC 套接字监视</translation>
    </message>
    <message>
        <location filename="../core/netlink/netlinknames.cpp" line="90"/>
        <source>kernel events</source>
        <translation>内核事件</translation>
    </message>
    <message>
        <location filename="../core/netlink/netlinknames.cpp" line="92"/>
        <source>udev events</source>
        <translation>udev 事件</translation>
    </message>
    <message>
        <location filename="../core/netlink/netlinknames.cpp" line="95"/>
        <source>CN_IDX_PROC (process events)</source>
        <translation>CN_IDX_PROC（进程事件）</translation>
    </message>
</context>
<context>
    <name>NetlinkSockets</name>
    <message>
        <location filename="../core/netlink/netlinksockets.cpp" line="86"/>
        <source>Out of memory for a netlink socket.</source>
        <translation>创建 netlink 套接字时内存不足。</translation>
    </message>
    <message>
        <location filename="../core/netlink/netlinksockets.cpp" line="90"/>
        <source>Cannot open a NETLINK_SOCK_DIAG socket: %1.</source>
        <translation>无法打开 NETLINK_SOCK_DIAG 套接字：%1。</translation>
    </message>
    <message>
        <location filename="../core/netlink/netlinksockets.cpp" line="99"/>
        <source>The socket dump request failed: %1.</source>
        <translation>套接字转储请求失败：%1。</translation>
    </message>
    <message>
        <location filename="../core/netlink/netlinksockets.cpp" line="103"/>
        <source>The kernel refused the netlink socket dump: %1.</source>
        <translation>内核拒绝了 netlink 套接字转储：%1。</translation>
    </message>
</context>
<context>
    <name>NlDecoder</name>
    <message>
        <location filename="../core/netlink/nldecodeutil.cpp" line="121"/>
        <source>bytes after the struct</source>
        <translation>结构体之后的字节</translation>
    </message>
    <message>
        <location filename="../core/netlink/nldecodeutil.cpp" line="175"/>
        <source>malformed: length %1 at offset %2 runs past the message</source>
        <translation>格式错误：偏移 %2 处的长度 %1 超出了消息末尾</translation>
    </message>
    <message>
        <location filename="../core/netlink/nldecodeutil.cpp" line="184"/>
        <source>attribute %1</source>
        <translation>属性 %1</translation>
    </message>
    <message>
        <location filename="../core/netlink/nldecodeutil.cpp" line="228"/>
        <source>trailing bytes</source>
        <translation>尾部多余字节</translation>
    </message>
    <message>
        <location filename="../core/netlink/nldecoder_connector.cpp" line="68"/>
        <location filename="../core/netlink/nldecodeutil.cpp" line="89"/>
        <source>payload</source>
        <translation>载荷</translation>
    </message>
    <message>
        <location filename="../core/netlink/nldecoder_route.cpp" line="514"/>
        <source>index %1</source>
        <translation>索引 %1</translation>
    </message>
    <message>
        <location filename="../core/netlink/nldecoder_route.cpp" line="545"/>
        <location filename="../core/netlink/nldecoder_route.cpp" line="624"/>
        <source>master %1</source>
        <translation>主设备 %1</translation>
    </message>
    <message>
        <location filename="../core/netlink/nldecoder_route.cpp" line="548"/>
        <source>link-netnsid %1</source>
        <translation>对端命名空间 ID %1</translation>
    </message>
    <message>
        <location filename="../core/netlink/nldecoder_route.cpp" line="550"/>
        <source>new-netnsid %1</source>
        <translation>新命名空间 ID %1</translation>
    </message>
    <message>
        <location filename="../core/netlink/nldecoder_route.cpp" line="561"/>
        <source>peer %1</source>
        <translation>对端 %1</translation>
    </message>
    <message>
        <location filename="../core/netlink/nldecoder_route.cpp" line="562"/>
        <location filename="../core/netlink/nldecoder_route.cpp" line="591"/>
        <location filename="../core/netlink/nldecoder_route.cpp" line="622"/>
        <location filename="../core/netlink/nldecoder_route.cpp" line="693"/>
        <source>dev %1</source>
        <translation>设备 %1</translation>
    </message>
    <message>
        <location filename="../core/netlink/nldecoder_route.cpp" line="563"/>
        <location filename="../core/netlink/nldecoder_route.cpp" line="597"/>
        <source>scope %1</source>
        <translation>范围 %1</translation>
    </message>
    <message>
        <location filename="../core/netlink/nldecoder_route.cpp" line="568"/>
        <location filename="../core/netlink/nldecoder_route.cpp" line="595"/>
        <location filename="../core/netlink/nldecoder_route.cpp" line="682"/>
        <source>proto %1</source>
        <translation>来源协议 %1</translation>
    </message>
    <message>
        <location filename="../core/netlink/nldecoder_route.cpp" line="573"/>
        <source>valid_lft %1sec preferred_lft %2sec</source>
        <translation>有效期 %1 秒 首选期 %2 秒</translation>
    </message>
    <message>
        <location filename="../core/netlink/nldecoder_route.cpp" line="587"/>
        <location filename="../core/netlink/nldecoder_route.cpp" line="644"/>
        <source>from %1</source>
        <translation>来自 %1</translation>
    </message>
    <message>
        <location filename="../core/netlink/nldecoder_route.cpp" line="589"/>
        <source>via %1</source>
        <translation>经由 %1</translation>
    </message>
    <message>
        <location filename="../core/netlink/nldecoder_route.cpp" line="593"/>
        <source>table %1</source>
        <translation>路由表 %1</translation>
    </message>
    <message>
        <location filename="../core/netlink/nldecoder_route.cpp" line="599"/>
        <source>src %1</source>
        <translation>源地址 %1</translation>
    </message>
    <message>
        <location filename="../core/netlink/nldecoder_route.cpp" line="601"/>
        <source>metric %1</source>
        <translation>度量 %1</translation>
    </message>
    <message>
        <location filename="../core/netlink/nldecoder_route.cpp" line="606"/>
        <source>expires %1sec</source>
        <translation>%1 秒后过期</translation>
    </message>
    <message>
        <location filename="../core/netlink/nldecoder_route.cpp" line="611"/>
        <source>pref %1</source>
        <translation>偏好 %1</translation>
    </message>
    <message>
        <location filename="../core/netlink/nldecoder_route.cpp" line="626"/>
        <source>lladdr %1</source>
        <translation>链路层地址 %1</translation>
    </message>
    <message>
        <location filename="../core/netlink/nldecoder_route.cpp" line="646"/>
        <source>to %1</source>
        <translation>目的 %1</translation>
    </message>
    <message>
        <location filename="../core/netlink/nldecoder_route.cpp" line="648"/>
        <source>tos 0x%1</source>
        <translation>服务类型 0x%1</translation>
    </message>
    <message>
        <location filename="../core/netlink/nldecoder_route.cpp" line="651"/>
        <source>fwmark %1</source>
        <translation>防火墙标记 %1</translation>
    </message>
    <message>
        <location filename="../core/netlink/nldecoder_route.cpp" line="654"/>
        <source>iif %1</source>
        <translation>入接口 %1</translation>
    </message>
    <message>
        <location filename="../core/netlink/nldecoder_route.cpp" line="656"/>
        <source>oif %1</source>
        <translation>出接口 %1</translation>
    </message>
    <message>
        <location filename="../core/netlink/nldecoder_route.cpp" line="664"/>
        <source>uidrange %1</source>
        <translation>UID 范围 %1</translation>
    </message>
    <message>
        <location filename="../core/netlink/nldecoder_route.cpp" line="666"/>
        <source>ipproto %1</source>
        <translation>IP 协议 %1</translation>
    </message>
    <message>
        <location filename="../core/netlink/nldecoder_route.cpp" line="668"/>
        <source>sport %1</source>
        <translation>源端口 %1</translation>
    </message>
    <message>
        <location filename="../core/netlink/nldecoder_route.cpp" line="670"/>
        <source>dport %1</source>
        <translation>目的端口 %1</translation>
    </message>
    <message>
        <location filename="../core/netlink/nldecoder_route.cpp" line="674"/>
        <source>lookup %1</source>
        <translation>查路由表 %1</translation>
    </message>
    <message>
        <location filename="../core/netlink/nldecoder_route.cpp" line="675"/>
        <source>goto %1</source>
        <translation>跳转到规则 %1</translation>
    </message>
    <message>
        <location filename="../core/netlink/nldecoder_route.cpp" line="679"/>
        <source>suppress_prefixlength %1</source>
        <translation>抑制前缀长度 %1</translation>
    </message>
    <message>
        <location filename="../core/netlink/nldecoder_route.cpp" line="720"/>
        <source>nsid %1</source>
        <translation>命名空间 ID %1</translation>
    </message>
    <message>
        <location filename="../core/netlink/nldecoder_route.cpp" line="722"/>
        <source>current-nsid %1</source>
        <translation>当前命名空间 ID %1</translation>
    </message>
    <message>
        <location filename="../core/netlink/nldecoder_route.cpp" line="724"/>
        <source>target-nsid %1</source>
        <translation>目标命名空间 ID %1</translation>
    </message>
    <message>
        <location filename="../core/netlink/nldecoder_route.cpp" line="726"/>
        <source>pid %1</source>
        <translation>进程号 %1</translation>
    </message>
    <message>
        <location filename="../core/netlink/nldecoder_route.cpp" line="728"/>
        <source>fd %1</source>
        <translation>fd %1</translation>
    </message>
    <message>
        <location filename="../core/netlink/nldecoder_route.cpp" line="790"/>
        <location filename="../core/netlink/nldecoder_route.cpp" line="802"/>
        <source>family header</source>
        <translation>协议族头部</translation>
    </message>
    <message>
        <location filename="../core/netlink/nldecoder_genl.cpp" line="83"/>
        <location filename="../core/netlink/nldecoder_route.cpp" line="808"/>
        <source>attributes</source>
        <translation>属性</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/netlink/nldecodeutil.cpp" line="89"/>
        <location filename="../core/netlink/nldecodeutil.cpp" line="221"/>
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln 字节</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/netlink/nldecoder_genl.cpp" line="83"/>
        <location filename="../core/netlink/nldecoder_route.cpp" line="808"/>
        <source>%Ln attribute(s)</source>
        <translation>
            <numerusform>%Ln 个属性</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/netlink/nldecoder_route.cpp" line="540"/>
        <source>%1 index %2 %3 mtu %4</source>
        <translation>%1 索引 %2 %3 mtu %4</translation>
    </message>
    <message>
        <location filename="../core/netlink/nldecoder_route.cpp" line="789"/>
        <source>malformed: %1 bytes are too few for the family header</source>
        <translation>格式错误：%1 字节不足以容纳协议族头部</translation>
    </message>
    <message>
        <location filename="../core/netlink/nldecoder_genl.cpp" line="60"/>
        <source>malformed: %1 bytes are too few for the generic netlink header</source>
        <translation>格式错误：%1 字节不足以容纳通用 netlink 头部</translation>
    </message>
    <message>
        <location filename="../core/netlink/nldecoder_genl.cpp" line="79"/>
        <source> (family %1)</source>
        <translation>（协议族 %1）</translation>
    </message>
    <message>
        <location filename="../core/netlink/nldecoder_genl.cpp" line="81"/>
        <source>command %1</source>
        <translation>命令 %1</translation>
    </message>
    <message>
        <location filename="../core/netlink/nldecoder_connector.cpp" line="51"/>
        <source>malformed: %1 bytes are too few for a connector message</source>
        <translation>格式错误：%1 字节不足以容纳连接器消息</translation>
    </message>
    <message>
        <location filename="../core/netlink/nldecoder_uevent.cpp" line="22"/>
        <source>malformed: a kernel uevent starts with ACTION@DEVPATH</source>
        <translation>格式错误：内核 uevent 应以 ACTION@DEVPATH 开头</translation>
    </message>
    <message>
        <location filename="../core/netlink/nldecoder_uevent.cpp" line="23"/>
        <source>a message from udev (libudev header), not from the kernel</source>
        <translation>来自 udev 的消息（libudev 头部），而不是来自内核</translation>
    </message>
    <message>
        <location filename="../core/netlink/nldecoder_uevent.cpp" line="24"/>
        <location filename="../core/netlink/nldecoder_uevent.cpp" line="31"/>
        <source>header</source>
        <translation>头部</translation>
    </message>
    <message>
        <location filename="../core/netlink/nldecoder_uevent.cpp" line="34"/>
        <source>entry</source>
        <translation>条目</translation>
    </message>
    <message>
        <location filename="../core/netlink/nldecoder_genl.cpp" line="47"/>
        <source>%1 (genl family %2)</source>
        <translation>%1（通用协议族 %2）</translation>
    </message>
    <message>
        <location filename="../core/netlink/nldecoder_genl.cpp" line="49"/>
        <source>genl family %1</source>
        <translation>genl 协议族 %1</translation>
    </message>
    <message>
        <location filename="../core/netlink/nldecoder.cpp" line="94"/>
        <source>netlink message</source>
        <translation>netlink 消息</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/netlink/nldecoder.cpp" line="98"/>
        <source>malformed: %Ln byte(s) left, too few for a 16-byte netlink header</source>
        <translation>
            <numerusform>格式错误：只剩 %Ln 字节，不足以容纳 16 字节的 netlink 头部</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/netlink/nldecoder.cpp" line="121"/>
        <source>malformed: nlmsg_len %1 does not fit the %Ln byte(s) received</source>
        <translation>
            <numerusform>格式错误：nlmsg_len %1 与收到的 %Ln 字节不符</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pcapng</name>
    <message>
        <location filename="../core/netlink/pcapng.cpp" line="111"/>
        <source>Not a pcapng file: it is too short.</source>
        <translation>不是 pcapng 文件：文件太短。</translation>
    </message>
    <message>
        <location filename="../core/netlink/pcapng.cpp" line="125"/>
        <source>Not a pcapng file: the byte-order magic is wrong.</source>
        <translation>不是 pcapng 文件：字节序标识不正确。</translation>
    </message>
    <message>
        <location filename="../core/netlink/pcapng.cpp" line="129"/>
        <source>Not a pcapng file: it does not start with a section header.</source>
        <translation>不是 pcapng 文件：它不是以节头块开始的。</translation>
    </message>
    <message>
        <location filename="../core/netlink/pcapng.cpp" line="135"/>
        <source>The block at byte %1 has a bad length (%2); the file may be cut short.</source>
        <translation>第 %1 字节处的块长度错误（%2）；文件可能不完整。</translation>
    </message>
    <message>
        <location filename="../core/netlink/pcapng.cpp" line="148"/>
        <source>The packet at byte %1 claims %2 bytes that are not there.</source>
        <translation>第 %1 字节处的数据包声称有 %2 字节，但实际没有这么多。</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/netlink/pcapng.cpp" line="166"/>
        <source>%Ln byte(s) at the end do not form a whole block.</source>
        <translation>
            <numerusform>末尾的 %Ln 字节不能构成一个完整的块。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProcFormats</name>
    <message>
        <location filename="../core/procfs/procformats.cpp" line="55"/>
        <source>Memory use, system-wide</source>
        <translation>全系统内存使用情况</translation>
    </message>
    <message>
        <location filename="../core/procfs/procformats.cpp" line="56"/>
        <source>CPU time and kernel activity counters</source>
        <translation>CPU 时间和内核活动计数器</translation>
    </message>
    <message>
        <location filename="../core/procfs/procformats.cpp" line="57"/>
        <source>Processors and their features</source>
        <translation>处理器及其特性</translation>
    </message>
    <message>
        <location filename="../core/procfs/procformats.cpp" line="58"/>
        <source>Load averages and thread counts</source>
        <translation>平均负载和线程数</translation>
    </message>
    <message>
        <location filename="../core/procfs/procformats.cpp" line="59"/>
        <source>Time since boot</source>
        <translation>自启动以来的时间</translation>
    </message>
    <message>
        <location filename="../core/procfs/procformats.cpp" line="60"/>
        <source>Virtual memory counters</source>
        <translation>虚拟内存计数器</translation>
    </message>
    <message>
        <location filename="../core/procfs/procformats.cpp" line="61"/>
        <source>Interrupts per CPU and source</source>
        <translation>按 CPU 和来源统计的中断</translation>
    </message>
    <message>
        <location filename="../core/procfs/procformats.cpp" line="62"/>
        <source>Deferred interrupt work per CPU</source>
        <translation>每个 CPU 的延迟中断处理（软中断）</translation>
    </message>
    <message>
        <location filename="../core/procfs/procformats.cpp" line="63"/>
        <source>I/O counters per block device</source>
        <translation>每个块设备的 I/O 计数器</translation>
    </message>
    <message>
        <location filename="../core/procfs/procformats.cpp" line="64"/>
        <source>Block devices and partitions</source>
        <translation>块设备和分区</translation>
    </message>
    <message>
        <location filename="../core/procfs/procformats.cpp" line="65"/>
        <source>Device major numbers and their drivers</source>
        <translation>设备主设备号及其驱动</translation>
    </message>
    <message>
        <location filename="../core/procfs/procformats.cpp" line="66"/>
        <source>Filesystem types this kernel knows</source>
        <translation>本内核支持的文件系统类型</translation>
    </message>
    <message>
        <location filename="../core/procfs/procformats.cpp" line="67"/>
        <source>Mounted filesystems</source>
        <translation>已挂载的文件系统</translation>
    </message>
    <message>
        <location filename="../core/procfs/procformats.cpp" line="68"/>
        <source>Mounts with IDs and propagation</source>
        <translation>带 ID 和传播属性的挂载</translation>
    </message>
    <message>
        <location filename="../core/procfs/procformats.cpp" line="69"/>
        <source>Loaded kernel modules</source>
        <translation>已加载的内核模块</translation>
    </message>
    <message>
        <location filename="../core/procfs/procformats.cpp" line="70"/>
        <source>Pressure stall information</source>
        <translation>压力停顿信息（PSI）</translation>
    </message>
    <message>
        <location filename="../core/procfs/procformats.cpp" line="71"/>
        <source>Traffic counters per network interface</source>
        <translation>每个网络接口的流量计数器</translation>
    </message>
    <message>
        <location filename="../core/procfs/procformats.cpp" line="72"/>
        <source>Open netlink sockets</source>
        <translation>打开的 netlink 套接字</translation>
    </message>
    <message>
        <location filename="../core/procfs/procformats.cpp" line="73"/>
        <source>TCP sockets</source>
        <translation>TCP 套接字</translation>
    </message>
    <message>
        <location filename="../core/procfs/procformats.cpp" line="74"/>
        <source>UDP sockets</source>
        <translation>UDP 套接字</translation>
    </message>
    <message>
        <location filename="../core/procfs/procformats.cpp" line="75"/>
        <source>Unix domain sockets</source>
        <translation>Unix 域套接字</translation>
    </message>
    <message>
        <location filename="../core/procfs/procformats.cpp" line="76"/>
        <source>A process&apos;s state, IDs, memory and capabilities</source>
        <translation>进程的状态、ID、内存和权能</translation>
    </message>
    <message>
        <location filename="../core/procfs/procformats.cpp" line="77"/>
        <source>A process&apos;s scheduler statistics, one line</source>
        <translation>进程的调度统计（单行）</translation>
    </message>
    <message>
        <location filename="../core/procfs/procformats.cpp" line="78"/>
        <source>A process&apos;s memory mappings</source>
        <translation>进程的内存映射</translation>
    </message>
    <message>
        <location filename="../core/procfs/procformats.cpp" line="79"/>
        <source>A process&apos;s resource limits</source>
        <translation>进程的资源限制</translation>
    </message>
    <message>
        <location filename="../core/procfs/procformats.cpp" line="80"/>
        <source>A process&apos;s I/O counters</source>
        <translation>进程的 I/O 计数器</translation>
    </message>
    <message>
        <location filename="../core/procfs/procformats.cpp" line="81"/>
        <source>A process&apos;s environment at start</source>
        <translation>进程启动时的环境变量</translation>
    </message>
    <message>
        <location filename="../core/procfs/procformats.cpp" line="82"/>
        <source>The system call a task is in now</source>
        <translation>任务当前所在的系统调用</translation>
    </message>
    <message>
        <location filename="../core/procfs/procformats.cpp" line="83"/>
        <source>A process&apos;s command line</source>
        <translation>进程的命令行</translation>
    </message>
    <message>
        <location filename="../core/procfs/procformats.cpp" line="145"/>
        <source>There is no parser for %1; it is shown as text.</source>
        <translation>没有 %1 的解析器；以文本显示。</translation>
    </message>
</context>
<context>
    <name>ProcessCallState</name>
    <message>
        <location filename="../core/syscalls/syscalltable.cpp" line="262"/>
        <source>/proc/%1/syscall holds something unexpected: %2</source>
        <translation>/proc/%1/syscall 的内容出乎意料：%2</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalltable.cpp" line="286"/>
        <source>exited, not yet reaped by its parent, process %1</source>
        <translation>已退出，尚未被其父进程（进程 %1）回收</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalltable.cpp" line="289"/>
        <source>exited</source>
        <translation>已退出</translation>
    </message>
</context>
<context>
    <name>ProcessChannels</name>
    <message>
        <location filename="../core/crosschannel/processchannels.cpp" line="86"/>
        <source>listening</source>
        <translation>监听中</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/processchannels.cpp" line="88"/>
        <source>connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/processchannels.cpp" line="193"/>
        <source>%1, not bound yet (no port ID)</source>
        <translation>%1，尚未绑定（还没有端口号）</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/processchannels.cpp" line="194"/>
        <source>not bound yet (no port ID); its protocol needs ptrace permission over the process to be seen</source>
        <translation>尚未绑定（还没有端口号）；需要对该进程有 ptrace 权限才能看到它的协议</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/processchannels.cpp" line="399"/>
        <source>%1, no driver</source>
        <translation>%1，没有驱动</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/processchannels.cpp" line="220"/>
        <location filename="../core/trace/bpftracecalls.cpp" line="270"/>
        <source>directory</source>
        <translation>目录</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/processchannels.cpp" line="222"/>
        <source>symbolic link</source>
        <translation>符号链接</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/processchannels.cpp" line="242"/>
        <source>procfs files</source>
        <translation>procfs 文件</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/processchannels.cpp" line="243"/>
        <source>sysfs files</source>
        <translation>sysfs 文件</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/processchannels.cpp" line="244"/>
        <source>Device nodes</source>
        <translation>设备节点</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/processchannels.cpp" line="245"/>
        <source>Netlink sockets</source>
        <translation>Netlink 套接字</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/processchannels.cpp" line="246"/>
        <source>Other sockets</source>
        <translation>其他套接字</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/processchannels.cpp" line="247"/>
        <source>Pipes</source>
        <translation>管道</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/processchannels.cpp" line="248"/>
        <source>Kernel objects</source>
        <translation>内核对象</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/processchannels.cpp" line="249"/>
        <source>Regular files and directories</source>
        <translation>普通文件和目录</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/processchannels.cpp" line="250"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/processchannels.cpp" line="274"/>
        <source>Files the kernel writes on demand about processes and itself; each read asks the kernel afresh.</source>
        <translation>内核按需生成的关于进程和自身的文件；每次读取都会重新询问内核。</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/processchannels.cpp" line="275"/>
        <source>One value per file about a device, driver or kernel object.</source>
        <translation>每个文件一个值，描述设备、驱动或内核对象。</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/processchannels.cpp" line="276"/>
        <source>Special files that lead to a driver: read, write and ioctl go to it.</source>
        <translation>通向驱动的特殊文件：read、write 和 ioctl 都交给驱动处理。</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/processchannels.cpp" line="277"/>
        <source>Sockets that exchange messages with the kernel: requests, replies and multicast events.</source>
        <translation>与内核交换消息的套接字：请求、应答和多播事件。</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/processchannels.cpp" line="278"/>
        <source>Network and local sockets: the kernel carries data to another program or machine.</source>
        <translation>网络和本地套接字：由内核把数据送往另一个程序或另一台机器。</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/processchannels.cpp" line="279"/>
        <source>One-way byte streams between processes, buffered in the kernel.</source>
        <translation>进程之间的单向字节流，由内核缓冲。</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/processchannels.cpp" line="280"/>
        <source>Kernel objects without a file name (epoll, eventfd, timerfd, inotify, perf, BPF ...).</source>
        <translation>没有文件名的内核对象（epoll、eventfd、timerfd、inotify、perf、BPF ……）。</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/processchannels.cpp" line="281"/>
        <source>Files on a filesystem: the kernel&apos;s page cache stands between the program and the disk.</source>
        <translation>文件系统上的文件：内核的页缓存位于程序与磁盘之间。</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/processchannels.cpp" line="282"/>
        <source>Descriptors of another kind.</source>
        <translation>其他类型的描述符。</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/processchannels.cpp" line="289"/>
        <source>path only</source>
        <translation>仅路径</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/processchannels.cpp" line="296"/>
        <source>epoll: waits for any of many descriptors (epoll_wait)</source>
        <translation>epoll：同时等待多个描述符中的任意一个（epoll_wait）</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/processchannels.cpp" line="297"/>
        <source>eventfd: a counter one side increments to wake the other</source>
        <translation>eventfd：一方递增计数器来唤醒另一方</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/processchannels.cpp" line="298"/>
        <source>timerfd: a timer read as a descriptor</source>
        <translation>timerfd：以描述符形式读取的定时器</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/processchannels.cpp" line="299"/>
        <source>signalfd: signals read as messages</source>
        <translation>signalfd：以消息形式读取的信号</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/processchannels.cpp" line="300"/>
        <source>inotify: file change notifications</source>
        <translation>inotify：文件变化通知</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/processchannels.cpp" line="301"/>
        <source>fanotify: filesystem event notifications, with permission decisions</source>
        <translation>fanotify：文件系统事件通知，可做权限决定</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/processchannels.cpp" line="302"/>
        <source>perf_event: a hardware or software counter (perf_event_open)</source>
        <translation>perf_event：硬件或软件计数器（perf_event_open）</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/processchannels.cpp" line="303"/>
        <source>BPF map: data shared with a BPF program</source>
        <translation>BPF map：与 BPF 程序共享的数据</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/processchannels.cpp" line="304"/>
        <source>BPF program loaded into the kernel</source>
        <translation>已加载到内核的 BPF 程序</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/processchannels.cpp" line="305"/>
        <source>BPF link: a program attached to a hook</source>
        <translation>BPF link：挂接到某个钩子上的程序</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/processchannels.cpp" line="306"/>
        <source>pidfd: a handle on a process that cannot be reused</source>
        <translation>pidfd：指向进程且不会被复用的句柄</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/processchannels.cpp" line="307"/>
        <source>io_uring: submission and completion rings shared with the kernel</source>
        <translation>io_uring：与内核共享的提交队列和完成队列环</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/processchannels.cpp" line="308"/>
        <source>userfaultfd: page faults handled in user space</source>
        <translation>userfaultfd：在用户空间处理的缺页</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/processchannels.cpp" line="309"/>
        <source>fscontext: a filesystem being configured (fsopen)</source>
        <translation>fscontext：正在配置的文件系统（fsopen）</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/processchannels.cpp" line="310"/>
        <source>memfd_secret: memory hidden from the kernel&apos;s direct map</source>
        <translation>memfd_secret：对内核直接映射隐藏的内存</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/processchannels.cpp" line="324"/>
        <source>Process %1 is gone: it has exited, or there never was one.</source>
        <translation>进程 %1 已不存在：它已经退出，或者从未存在过。</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/processchannels.cpp" line="356"/>
        <source>Process %1 is gone: it has exited.</source>
        <translation>进程 %1 已不存在：它已经退出。</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/processchannels.cpp" line="361"/>
        <source>Its open files are hidden from us: they need root, or the same user as the process.</source>
        <translation>它打开的文件对我们不可见：需要 root 权限，或与该进程相同的用户。</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/processchannels.cpp" line="188"/>
        <source>%1, groups %2</source>
        <translation>%1，组 %2</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/processchannels.cpp" line="399"/>
        <source>%1, driver %2</source>
        <translation>%1，驱动 %2</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/processchannels.cpp" line="401"/>
        <source>, subsystem %1</source>
        <translation>，子系统 %1</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/processchannels.cpp" line="218"/>
        <source>deleted while open</source>
        <translation>打开期间已被删除</translation>
    </message>
</context>
<context>
    <name>ProcessOverview</name>
    <message>
        <location filename="../core/crosschannel/processoverview.cpp" line="108"/>
        <source>%1.%2 %</source>
        <translation>%1.%2 %</translation>
    </message>
</context>
<context>
    <name>RuntimeInfo</name>
    <message>
        <location filename="../core/crosschannel/runtimeinfo.cpp" line="74"/>
        <source>Running as root: every process and root-only file is visible.</source>
        <translation>以 root 身份运行：所有进程和仅 root 可读的文件都可见。</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/runtimeinfo.cpp" line="76"/>
        <source>Running as root of a user namespace, which is uid %1 on the host: other users&apos; process details and root-only files stay hidden.</source>
        <translation>以用户命名空间中的 root 身份运行，在主机上是 uid %1：其他用户进程的详细信息和仅 root 可读的文件仍然不可见。</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/runtimeinfo.cpp" line="77"/>
        <source>Running as %1 (uid %2): other users&apos; process details and root-only files need root.</source>
        <translation>以 %1（uid %2）身份运行：其他用户进程的详细信息和仅 root 可读的文件需要 root 权限。</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/runtimeinfo.cpp" line="88"/>
        <source>Flatpak sandbox: /proc shows the sandbox&apos;s own processes, not the host&apos;s.</source>
        <translation>Flatpak 沙箱：/proc 显示的是沙箱自己的进程，而不是主机的。</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/runtimeinfo.cpp" line="90"/>
        <source>Not sandboxed; /proc is mounted with hidepid=%1, so other users&apos; processes are hidden.</source>
        <translation>未在沙箱中；/proc 以 hidepid=%1 挂载，因此其他用户的进程被隐藏。</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/runtimeinfo.cpp" line="91"/>
        <source>Not sandboxed: the host&apos;s kernel as it is.</source>
        <translation>未在沙箱中：看到的是主机内核的真实情况。</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/runtimeinfo.cpp" line="98"/>
        <source>/proc is mounted with hidepid=%1: other users&apos; processes are hidden from us, not absent.</source>
        <translation>/proc 以 hidepid=%1 挂载：其他用户的进程只是对我们隐藏，并非不存在。</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/runtimeinfo.cpp" line="102"/>
        <source>Flatpak sandbox: the counts of processes and device nodes are the sandbox&apos;s, not the host&apos;s, and system calls cannot be counted here. Tunables, sysfs devices, netlink and the kernel&apos;s rates are the host&apos;s.</source>
        <translation>Flatpak 沙箱：进程和设备节点的数量是沙箱的，而不是主机的，这里也无法统计系统调用。可调参数、sysfs 设备、netlink 和内核的速率则是主机的。</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/runtimeinfo.cpp" line="105"/>
        <source>Flatpak sandbox: only this app&apos;s own processes can be picked.</source>
        <translation>Flatpak 沙箱：只能选择本应用自己的进程。</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/runtimeinfo.cpp" line="107"/>
        <source>Flatpak sandbox: this /proc belongs to the sandbox&apos;s own process namespace, so only this app&apos;s processes are listed, not the host&apos;s. System-wide files (meminfo, stat, interrupts ...) still describe the host&apos;s kernel.</source>
        <translation>Flatpak 沙箱：这个 /proc 属于沙箱自己的进程命名空间，因此只列出本应用的进程，而不是主机的。系统级文件（meminfo、stat、interrupts ……）描述的仍是主机的内核。</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/runtimeinfo.cpp" line="110"/>
        <source>Flatpak sandbox: only /sys/block, bus, class, dev and devices are visible here; modules, firmware, kernel and power are hidden from the sandbox.</source>
        <translation>Flatpak 沙箱：这里只能看到 /sys/block、bus、class、dev 和 devices；module、firmware、kernel 和 power 对沙箱隐藏。</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/runtimeinfo.cpp" line="113"/>
        <source>Flatpak sandbox: /dev holds only the nodes the sandbox was granted, not the host&apos;s devices, and holders are searched among this app&apos;s processes only. Run kchan devices on the host to see them all.</source>
        <translation>Flatpak 沙箱：/dev 只包含授予沙箱的节点，而不是主机的设备，占用者也只在本应用的进程中查找。在主机上运行 kchan devices 可以看到全部。</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/runtimeinfo.cpp" line="116"/>
        <source>Flatpak sandbox: links, addresses and uevents are the host&apos;s (the app shares the host&apos;s network), but socket owners are searched among this app&apos;s processes only, and the process connector needs root.</source>
        <translation>Flatpak 沙箱：链路、地址和 uevent 是主机的（本应用共享主机网络），但套接字所有者只在本应用的进程中查找，进程连接器还需要 root 权限。</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/runtimeinfo.cpp" line="119"/>
        <source>Flatpak sandbox: the sandbox&apos;s seccomp filter refuses bpf and perf_event_open, so rates cannot be counted here; the table and the per-process state still work. Run kchan syscalls --rates on the host for rates.</source>
        <translation>Flatpak 沙箱：沙箱的 seccomp 过滤器拒绝 bpf 和 perf_event_open，因此这里无法统计速率；调用表和单个进程的状态仍然可用。要看速率，请在主机上运行 kchan syscalls --rates。</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/runtimeinfo.cpp" line="122"/>
        <source>Flatpak sandbox: /proc/sys is read-only here and the root helper cannot be started, so values can be read, watched and compared, but not written.</source>
        <translation>Flatpak 沙箱：这里的 /proc/sys 是只读的，也无法启动 root 辅助程序，因此只能读取、观察和比较值，不能写入。</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/runtimeinfo.cpp" line="125"/>
        <source>Flatpak sandbox: the sandbox&apos;s seccomp filter refuses ptrace, so no program can be traced here, and only this app&apos;s processes could be attached to. Run kchan trace on the host.</source>
        <translation>Flatpak 沙箱：沙箱的 seccomp 过滤器拒绝 ptrace，因此这里无法跟踪任何程序，即使可以，也只能附加到本应用自己的进程。请在主机上运行 kchan trace。</translation>
    </message>
</context>
<context>
    <name>SafeReader</name>
    <message>
        <location filename="../core/io/safereader.cpp" line="40"/>
        <source>Skipped: reading /proc/kmsg blocks and takes kernel messages away from the system logger.</source>
        <translation>已跳过：读取 /proc/kmsg 会阻塞，并会把内核消息从系统日志程序那里拿走。</translation>
    </message>
    <message>
        <location filename="../core/io/safereader.cpp" line="42"/>
        <source>Skipped: /proc/kcore is an image of all physical memory; reading it is huge and needs root.</source>
        <translation>已跳过：/proc/kcore 是全部物理内存的映像；读取它数据量巨大且需要 root 权限。</translation>
    </message>
    <message>
        <location filename="../core/io/safereader.cpp" line="44"/>
        <source>Skipped: /proc/sysrq-trigger is write-only; writing it makes the kernel act at once.</source>
        <translation>已跳过：/proc/sysrq-trigger 只能写入；写入会让内核立即执行操作。</translation>
    </message>
    <message>
        <location filename="../core/io/safereader.cpp" line="46"/>
        <source>Skipped: %1 holds one entry per page of physical memory; reading it is huge and needs root.</source>
        <translation>已跳过：%1 为每一页物理内存保存一项；读取它数据量巨大且需要 root 权限。</translation>
    </message>
    <message>
        <location filename="../core/io/safereader.cpp" line="48"/>
        <source>Skipped: trace pipes block until trace events arrive and consume them.</source>
        <translation>已跳过：跟踪管道会阻塞直到有跟踪事件到达，并且会把事件取走。</translation>
    </message>
    <message>
        <location filename="../core/io/safereader.cpp" line="50"/>
        <source>Skipped: %1 exposes a process&apos;s memory page by page; it is not meant to be read as a file.</source>
        <translation>已跳过：%1 逐页暴露进程的内存；它不适合当作文件读取。</translation>
    </message>
    <message>
        <location filename="../core/io/safereader.cpp" line="52"/>
        <source>Skipped: clear_refs is write-only; writing it resets the process&apos;s page reference bits.</source>
        <translation>已跳过：clear_refs 只能写入；写入会重置进程页面的引用位。</translation>
    </message>
    <message>
        <location filename="../core/io/safereader.cpp" line="54"/>
        <source>Skipped: debugfs files can block or act on hardware when read.</source>
        <translation>已跳过：读取 debugfs 文件可能会阻塞或操作硬件。</translation>
    </message>
    <message>
        <location filename="../core/io/safereader.cpp" line="58"/>
        <source>Skipped: %1 maps device memory; reading it talks to the hardware.</source>
        <translation>已跳过：%1 映射的是设备内存；读取它会直接与硬件交互。</translation>
    </message>
    <message>
        <location filename="../core/io/safereader.cpp" line="60"/>
        <source>Skipped: reading wakeup_count waits until no wakeup event is in progress.</source>
        <translation>已跳过：读取 wakeup_count 会一直等到没有正在进行的唤醒事件。</translation>
    </message>
    <message>
        <location filename="../core/io/safereader.cpp" line="62"/>
        <source>Skipped: reading %1 goes out to a slow hardware bus.</source>
        <translation>已跳过：读取 %1 需要访问缓慢的硬件总线。</translation>
    </message>
    <message>
        <location filename="../core/io/safereader.cpp" line="78"/>
        <source>Write-only: the kernel takes input here but gives nothing to read.</source>
        <translation>只写：内核在这里接收输入，但不提供可读内容。</translation>
    </message>
    <message>
        <location filename="../core/io/safereader.cpp" line="105"/>
        <source>Process %1 has exited; its /proc entries are gone.</source>
        <translation>进程 %1 已退出；它在 /proc 中的条目已消失。</translation>
    </message>
    <message>
        <location filename="../core/io/safereader.cpp" line="111"/>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <location filename="../core/io/safereader.cpp" line="117"/>
        <source>Permission denied: %1 can only be read by its owner or by root.</source>
        <translation>权限不足：%1 只能由其所有者或 root 读取。</translation>
    </message>
    <message>
        <location filename="../core/io/safereader.cpp" line="118"/>
        <source>Permission denied: this file of process %1 can only be read by its owner or by root.</source>
        <translation>权限不足：进程 %1 的这个文件只能由其所有者或 root 读取。</translation>
    </message>
    <message>
        <location filename="../core/io/safereader.cpp" line="122"/>
        <source>%1 has no data now and would block; it was not waited for.</source>
        <translation>%1 目前没有数据，读取会阻塞；没有等待它。</translation>
    </message>
    <message>
        <location filename="../core/io/safereader.cpp" line="126"/>
        <source>%1 is a directory.</source>
        <translation>%1 是一个目录。</translation>
    </message>
    <message>
        <location filename="../core/io/safereader.cpp" line="132"/>
        <source>Process %1 has no user-space memory (a kernel thread or a zombie), so this file has nothing to show.</source>
        <translation>进程 %1 没有用户空间内存（内核线程或僵尸进程），因此这个文件没有内容可显示。</translation>
    </message>
    <message>
        <location filename="../core/io/safereader.cpp" line="140"/>
        <source>The kernel has no value to give for %1 in the current state (%2).</source>
        <translation>在当前状态下，内核无法提供 %1 的值（%2）。</translation>
    </message>
    <message>
        <location filename="../core/io/safereader.cpp" line="145"/>
        <source>The kernel refused to read %1: %2.</source>
        <translation>内核拒绝读取 %1：%2。</translation>
    </message>
    <message>
        <location filename="../core/io/safereader.cpp" line="158"/>
        <source>%1 is listed by the kernel but has no value on this system.</source>
        <translation>内核列出了 %1，但它在本系统上没有值。</translation>
    </message>
    <message>
        <location filename="../core/io/safereader.cpp" line="183"/>
        <source>%1 is a device node; Kernel Channels never reads device contents.</source>
        <translation>%1 是设备节点；内核通道从不读取设备内容。</translation>
    </message>
    <message>
        <location filename="../core/io/safereader.cpp" line="190"/>
        <source>%1 is a FIFO or socket; reading it could wait forever, so it was skipped.</source>
        <translation>%1 是 FIFO 或套接字；读取它可能会永远等待，因此已跳过。</translation>
    </message>
    <message>
        <location filename="../core/io/safereader.cpp" line="201"/>
        <source>%1 changed into something that is not a regular file while being opened.</source>
        <translation>%1 在打开过程中变成了非普通文件。</translation>
    </message>
    <message>
        <location filename="../core/io/safereader.cpp" line="227"/>
        <source>The read stopped early: %1.</source>
        <translation>读取提前停止：%1。</translation>
    </message>
    <message>
        <location filename="../core/io/safereader.cpp" line="240"/>
        <source>Only the first %1 bytes were read; the file is longer.</source>
        <translation>只读取了前 %1 个字节；文件更长。</translation>
    </message>
</context>
<context>
    <name>SampleSource</name>
    <message>
        <location filename="../core/sampling/samplesource.cpp" line="79"/>
        <source>&quot;%1&quot; is not a sample key: write SOURCE:FIELD (meminfo:MemFree, stat:cpu.user, net/dev:lo.rx_bytes …) or a path under /proc or /sys.</source>
        <translation>“%1”不是采样键：请写成 来源:字段（meminfo:MemFree、stat:cpu.user、net/dev:lo.rx_bytes …），或 /proc、/sys 下的路径。</translation>
    </message>
    <message>
        <location filename="../core/sampling/samplesource.cpp" line="134"/>
        <source>Unknown sample source &quot;%1&quot;: use meminfo, stat, vmstat, net/dev, diskstats, interrupts, pressure/cpu|memory|io, loadavg, sysctl, syscall, or a path.</source>
        <translation>未知的采样来源“%1”：可用 meminfo、stat、vmstat、net/dev、diskstats、interrupts、pressure/cpu|memory|io、loadavg、sysctl、syscall，或一个路径。</translation>
    </message>
    <message>
        <location filename="../core/sampling/samplesource.cpp" line="226"/>
        <source>all system calls</source>
        <translation>所有系统调用</translation>
    </message>
    <message>
        <location filename="../core/sampling/sampler.cpp" line="268"/>
        <source>This kernel has no tracepoint for %1.</source>
        <translation>此内核没有 %1 的跟踪点。</translation>
    </message>
    <message>
        <location filename="../core/sampling/sampler.cpp" line="291"/>
        <source>%1 has no field &quot;%2&quot;.</source>
        <translation>%1 中没有字段“%2”。</translation>
    </message>
</context>
<context>
    <name>SeccompFilters</name>
    <message>
        <location filename="../core/why/seccompfilter.cpp" line="146"/>
        <source>A process cannot read its own seccomp filters.</source>
        <translation>进程无法读取自己的 seccomp 过滤器。</translation>
    </message>
    <message>
        <location filename="../core/why/seccompfilter.cpp" line="151"/>
        <source>Cannot attach to process %1 to read its filters: %2.</source>
        <translation>无法附加到进程 %1 以读取其过滤器：%2。</translation>
    </message>
    <message>
        <location filename="../core/why/seccompfilter.cpp" line="163"/>
        <location filename="../core/why/seccompfilter.cpp" line="168"/>
        <source>The kernel would not give the filters of process %1: %2.</source>
        <translation>内核不肯给出进程 %1 的过滤器：%2。</translation>
    </message>
    <message>
        <location filename="../core/why/seccompfilter.cpp" line="175"/>
        <source>Process %1 has no seccomp filter.</source>
        <translation>进程 %1 没有 seccomp 过滤器。</translation>
    </message>
    <message>
        <location filename="../core/why/seccompfilter.cpp" line="210"/>
        <source>kills the process (SIGSYS)</source>
        <translation>会杀死该进程（SIGSYS）</translation>
    </message>
    <message>
        <location filename="../core/why/seccompfilter.cpp" line="211"/>
        <source>kills the calling thread (SIGSYS)</source>
        <translation>会杀死发起调用的线程（SIGSYS）</translation>
    </message>
    <message>
        <location filename="../core/why/seccompfilter.cpp" line="212"/>
        <source>sends SIGSYS instead of making the call</source>
        <translation>不执行该调用，而是发送 SIGSYS</translation>
    </message>
    <message>
        <location filename="../core/why/seccompfilter.cpp" line="215"/>
        <source>fails the call with %1 (%2)</source>
        <translation>让该调用以 %1（%2）失败</translation>
    </message>
    <message>
        <location filename="../core/why/seccompfilter.cpp" line="217"/>
        <source>hands the call to a supervisor process, which decides</source>
        <translation>把该调用交给监督进程决定</translation>
    </message>
    <message>
        <location filename="../core/why/seccompfilter.cpp" line="218"/>
        <source>hands the call to a tracer; without one it fails with ENOSYS</source>
        <translation>把该调用交给跟踪者；没有跟踪者时以 ENOSYS 失败</translation>
    </message>
    <message>
        <location filename="../core/why/seccompfilter.cpp" line="219"/>
        <source>lets the call through and logs it</source>
        <translation>放行该调用并记录日志</translation>
    </message>
    <message>
        <location filename="../core/why/seccompfilter.cpp" line="220"/>
        <source>lets the call through</source>
        <translation>放行该调用</translation>
    </message>
</context>
<context>
    <name>SendPath</name>
    <message>
        <location filename="../core/crosschannel/sendpath.cpp" line="115"/>
        <source>Not an IPv4 or IPv6 address.</source>
        <translation>不是 IPv4 或 IPv6 地址。</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/sendpath.cpp" line="121"/>
        <source>UDP socket</source>
        <translation>UDP 套接字</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/sendpath.cpp" line="121"/>
        <source>sendto() on a UDP socket: the datagram gets its UDP header</source>
        <translation>在 UDP 套接字上 sendto()：数据报加上 UDP 头部</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/sendpath.cpp" line="122"/>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/sendpath.cpp" line="122"/>
        <source>the IP header, the route lookup, fragmentation if larger than the MTU</source>
        <translation>IP 头部、路由查找，大于 MTU 时分片</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/sendpath.cpp" line="147"/>
        <location filename="../core/crosschannel/sendpath.cpp" line="195"/>
        <source>Cannot open a NETLINK_ROUTE socket.</source>
        <translation>无法打开 NETLINK_ROUTE 套接字。</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/sendpath.cpp" line="175"/>
        <source>Route</source>
        <translation>路由</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/sendpath.cpp" line="177"/>
        <source>no route: %1</source>
        <translation>没有路由：%1</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/sendpath.cpp" line="178"/>
        <source>The kernel has no route to %1: %2</source>
        <translation>内核没有到 %1 的路由：%2</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/sendpath.cpp" line="205"/>
        <source> via %1</source>
        <translation> 经由 %1</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/sendpath.cpp" line="206"/>
        <source> dev %1</source>
        <translation> 设备 %1</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/sendpath.cpp" line="208"/>
        <source> src %1</source>
        <translation> 源地址 %1</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/sendpath.cpp" line="209"/>
        <source> table %1, type %2</source>
        <translation> 路由表 %1，类型 %2</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/sendpath.cpp" line="214"/>
        <source>Neighbour</source>
        <translation>邻居</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/sendpath.cpp" line="225"/>
        <source>%1 lladdr %2, %3</source>
        <translation>%1 链路层地址 %2，%3</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/sendpath.cpp" line="228"/>
        <source>%1: no entry yet; the first datagram starts resolution (ARP or neighbour discovery)</source>
        <translation>%1：尚无表项；第一个数据报会启动地址解析（ARP 或邻居发现）</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/sendpath.cpp" line="234"/>
        <source>%1 needs no link-layer address (NOARP).</source>
        <translation>%1 不需要链路层地址（NOARP）。</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/sendpath.cpp" line="238"/>
        <source>Queueing discipline</source>
        <translation>排队规则</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/sendpath.cpp" line="245"/>
        <source>%1 (root)</source>
        <translation>%1（根）</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/sendpath.cpp" line="253"/>
        <source>noqueue: packets go straight to the device, nothing is queued or counted here.</source>
        <translation>noqueue：分组直接交给设备，这里不排队，也不计数。</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/sendpath.cpp" line="256"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/sendpath.cpp" line="257"/>
        <source>No root qdisc is listed for %1.</source>
        <translation>%1 没有列出根 qdisc。</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/sendpath.cpp" line="263"/>
        <source>Transmit queues</source>
        <translation>发送队列</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/sendpath.cpp" line="268"/>
        <source>The sysfs mounted here belongs to another network namespace and does not show %1&apos;s queues; mount sysfs inside this namespace to see them.</source>
        <translation>此处挂载的 sysfs 属于另一个网络命名空间，看不到 %1 的队列；在本命名空间内挂载 sysfs 才能看到。</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/crosschannel/sendpath.cpp" line="287"/>
        <source>%n transmit queue(s)</source>
        <translation>
            <numerusform>%n 个发送队列</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/crosschannel/sendpath.cpp" line="291"/>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/sendpath.cpp" line="295"/>
        <source>%1, %2, mtu %3, txqueuelen %4</source>
        <translation>%1，%2，mtu %3，txqueuelen %4</translation>
    </message>
    <message>
        <location filename="../core/crosschannel/sendpath.cpp" line="343"/>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
</context>
<context>
    <name>Snippets</name>
    <message>
        <location filename="../core/explain/snippets.cpp" line="89"/>
        <source>The snippet needs %1.</source>
        <translation>代码片段需要 %1。</translation>
    </message>
    <message>
        <location filename="../core/explain/snippets.cpp" line="96"/>
        <source>&quot;%1&quot; is not a generic netlink family name.</source>
        <translation>“%1”不是通用 netlink 协议族的名称。</translation>
    </message>
    <message>
        <location filename="../core/explain/snippets.cpp" line="101"/>
        <source>&quot;%1&quot; is not a system call name.</source>
        <translation>“%1”不是系统调用名称。</translation>
    </message>
    <message>
        <location filename="../core/explain/snippets.cpp" line="107"/>
        <source>&quot;%1&quot; is not an IPv4 or IPv6 address.</source>
        <translation>“%1”不是 IPv4 或 IPv6 地址。</translation>
    </message>
    <message>
        <location filename="../core/explain/snippets.cpp" line="113"/>
        <source>&quot;%1&quot; is not a number of seconds.</source>
        <translation>“%1”不是有效的秒数。</translation>
    </message>
    <message>
        <location filename="../core/explain/snippets.cpp" line="118"/>
        <source>A value for %1 must be one line.</source>
        <translation>%1 的值必须只有一行。</translation>
    </message>
</context>
<context>
    <name>SourceInfo</name>
    <message>
        <location filename="../core/source/agentcodec.cpp" line="56"/>
        <source>the other end does not speak the agent protocol</source>
        <translation>对端不使用代理协议</translation>
    </message>
    <message>
        <location filename="../core/source/agentcodec.cpp" line="61"/>
        <source>the agent speaks protocol version %1 and we speak %2: install the same version of kchan on both ends</source>
        <translation>代理使用协议版本 %1，而我们使用 %2：请在两端安装相同版本的 kchan</translation>
    </message>
    <message>
        <location filename="../core/source/localsource.cpp" line="50"/>
        <source>/proc lists no process; is /proc mounted?</source>
        <translation>/proc 中没有列出任何进程；/proc 挂载了吗？</translation>
    </message>
    <message>
        <location filename="../core/source/localsource.cpp" line="78"/>
        <source>this machine</source>
        <translation>本机</translation>
    </message>
    <message>
        <location filename="../core/source/localsource.cpp" line="79"/>
        <source>%1 (kernel %2)</source>
        <translation>%1（内核 %2）</translation>
    </message>
</context>
<context>
    <name>SyscallCost</name>
    <message>
        <location filename="../core/syscalls/syscallcost.cpp" line="114"/>
        <source>Function call</source>
        <translation>函数调用</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscallcost.cpp" line="115"/>
        <source>vDSO call</source>
        <translation>vDSO 调用</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscallcost.cpp" line="116"/>
        <source>System call</source>
        <translation>系统调用</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscallcost.cpp" line="117"/>
        <source>Context switch</source>
        <translation>上下文切换</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscallcost.cpp" line="128"/>
        <source>pipe ping-pong between two threads, per one-way switch</source>
        <translation>两个线程之间的管道乒乓，按单向切换计</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscallcost.cpp" line="174"/>
        <source>The two threads could not be held on one CPU, so a hand-over may wake another CPU instead of switching.</source>
        <translation>无法把两个线程固定在同一个 CPU 上，因此一次交接可能是唤醒另一个 CPU，而不是切换。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscallcost.cpp" line="178"/>
        <source>Could not make the pipes for the context switch: %1</source>
        <translation>无法为上下文切换创建管道：%1</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscallcost.cpp" line="230"/>
        <location filename="../core/syscalls/syscallcost.cpp" line="248"/>
        <source>The ping-pong between the two threads broke off.</source>
        <translation>两个线程之间的乒乓中断了。</translation>
    </message>
</context>
<context>
    <name>SyscallCounter</name>
    <message>
        <location filename="../core/syscalls/syscallcounter.cpp" line="112"/>
        <source>None of these calls has a number to count by.</source>
        <translation>这些调用都没有可用于计数的编号。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscallcounter.cpp" line="122"/>
        <source>No tracepoint ids: tracefs is not mounted or cannot be read, so system calls cannot be counted.</source>
        <translation>没有跟踪点 ID：tracefs 未挂载或无法读取，因此无法统计系统调用。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscallcounter.cpp" line="123"/>
        <source>System calls cannot be counted. %1 Perf counting events need tracefs, which is not mounted or cannot be read (it needs root).</source>
        <translation>无法统计系统调用。%1 perf 计数事件需要 tracefs，而它未挂载或无法读取（需要 root）。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscallcounter.cpp" line="142"/>
        <source>Counting %1 system calls on %2 CPUs or threads needs %3 open files, more than this process may have.</source>
        <translation>在 %2 个 CPU 或线程上统计 %1 个系统调用需要 %3 个打开的文件，超过了本进程的上限。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscallcounter.cpp" line="285"/>
        <source>While calls are counted, every system call on this machine takes the kernel&apos;s slower entry path and runs a small BPF program that adds to a per-CPU counter: about 25 ns more per call on our test machine, so a program that does nothing but tiny reads and writes runs about a fifth slower. Counting stops when you leave this pane or pause it.</source>
        <translation>计数期间，本机的每个系统调用都会走内核较慢的入口路径，并运行一个小 BPF 程序给每 CPU 计数器加一：在我们的测试机上每次调用约多 25 纳秒，因此只做小块读写的程序会慢约五分之一。离开此面板或暂停时计数即停止。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscallcounter.cpp" line="289"/>
        <source>While calls are counted, every system call on this machine takes the kernel&apos;s slower entry path and adds to a perf counter: about 30 to 40 ns more per call on our test machine, so a program that does nothing but tiny reads and writes runs about a quarter to a third slower. Counting stops when you leave this pane or pause it.</source>
        <translation>计数期间，本机的每个系统调用都会走内核较慢的入口路径并给 perf 计数器加一：在我们的测试机上每次调用约多 30 到 40 纳秒，因此只做小块读写的程序会慢约四分之一到三分之一。离开此面板或暂停时计数即停止。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscallcounter.cpp" line="298"/>
        <source>each call on this machine costs about 25 ns more while counted</source>
        <translation>计数期间，本机每个调用多花约 25 ns</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscallcounter.cpp" line="299"/>
        <source>each call on this machine costs about 30 to 40 ns more while counted</source>
        <translation>计数期间，本机每个调用多花约 30 到 40 ns</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscallcounter.cpp" line="311"/>
        <source>The kernel refused to count system calls (%1): counting tracepoints needs root (CAP_PERFMON) or kernel.perf_event_paranoid = -1, and it is %2 now. Run as root, or: sudo sysctl kernel.perf_event_paranoid=-1</source>
        <translation>内核拒绝统计系统调用（%1）：统计跟踪点需要 root 权限（CAP_PERFMON）或 kernel.perf_event_paranoid = -1，而它现在是 %2。请以 root 身份运行，或执行：sudo sysctl kernel.perf_event_paranoid=-1</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscallcounter.cpp" line="317"/>
        <source>This kernel cannot count tracepoints with perf events (%1).</source>
        <translation>此内核无法用 perf 事件统计跟踪点（%1）。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscallcounter.cpp" line="319"/>
        <source>The process is gone.</source>
        <translation>该进程已不存在。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscallcounter.cpp" line="322"/>
        <source>Too many open files: each counted system call takes one file descriptor per CPU.</source>
        <translation>打开的文件过多：每个被统计的系统调用在每个 CPU 上占用一个文件描述符。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscallcounter.cpp" line="324"/>
        <source>perf_event_open failed: %1.</source>
        <translation>perf_event_open 失败：%1。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscallcounter.cpp" line="335"/>
        <source>Mounting tracefs needs root (%1).</source>
        <translation>挂载 tracefs 需要 root 权限（%1）。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscallcounter.cpp" line="336"/>
        <source>Mounting tracefs at /sys/kernel/tracing failed: %1.</source>
        <translation>在 /sys/kernel/tracing 挂载 tracefs 失败：%1。</translation>
    </message>
</context>
<context>
    <name>SyscallDecoder</name>
    <message>
        <location filename="../core/trace/syscallnames.cpp" line="165"/>
        <source>Interrupted by a signal; restarted if its handler has SA_RESTART</source>
        <translation>被信号中断；若其处理函数设置了 SA_RESTART 则会重新执行</translation>
    </message>
    <message>
        <location filename="../core/trace/syscallnames.cpp" line="166"/>
        <source>Interrupted by a signal; always restarted</source>
        <translation>被信号中断；总会重新执行</translation>
    </message>
    <message>
        <location filename="../core/trace/syscallnames.cpp" line="167"/>
        <source>Interrupted by a signal; restarted if it has no handler</source>
        <translation>被信号中断；若没有处理函数则会重新执行</translation>
    </message>
    <message>
        <location filename="../core/trace/syscallnames.cpp" line="168"/>
        <source>The driver does not know this ioctl</source>
        <translation>驱动不认识这个 ioctl</translation>
    </message>
    <message>
        <location filename="../core/trace/syscallnames.cpp" line="169"/>
        <source>Interrupted by a signal; resumed with restart_syscall</source>
        <translation>被信号中断；通过 restart_syscall 继续</translation>
    </message>
    <message>
        <location filename="../core/trace/syscallnames.cpp" line="319"/>
        <source>… (cut at %1 bytes)</source>
        <translation>…（截断于 %1 字节）</translation>
    </message>
    <message>
        <location filename="../core/trace/syscallnames.cpp" line="321"/>
        <source>… (%1 of %2 bytes)</source>
        <translation>…（%2 字节中的 %1 字节）</translation>
    </message>
</context>
<context>
    <name>SyscallDocs</name>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="18"/>
        <source>Read bytes from an open file, pipe, socket or device into a buffer.</source>
        <translation>从打开的文件、管道、套接字或设备中读取字节到缓冲区。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="19"/>
        <source>Write bytes from a buffer to an open file, pipe, socket or device.</source>
        <translation>把缓冲区中的字节写入打开的文件、管道、套接字或设备。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="20"/>
        <source>Open a file by path and get a file descriptor (older form of openat).</source>
        <translation>按路径打开文件并得到文件描述符（openat 的旧形式）。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="21"/>
        <source>Open a file by path, relative to a directory descriptor, and get a file descriptor.</source>
        <translation>按相对于目录描述符的路径打开文件，并得到文件描述符。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="22"/>
        <source>openat with extra rules for how the path may be resolved (no symlinks, stay beneath …).</source>
        <translation>带有额外路径解析规则的 openat（不跟随符号链接、不越出某个目录 ……）。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="23"/>
        <source>Release a file descriptor; the file closes when its last descriptor goes.</source>
        <translation>释放一个文件描述符；最后一个描述符释放后文件才真正关闭。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="24"/>
        <source>Close every file descriptor in a range at once.</source>
        <translation>一次关闭某个范围内的所有文件描述符。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="25"/>
        <source>Move the read/write position of an open file.</source>
        <translation>移动打开文件的读写位置。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="26"/>
        <source>Read from a given file offset without moving the file position.</source>
        <translation>从指定的文件偏移处读取，不移动文件位置。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="27"/>
        <source>Write at a given file offset without moving the file position.</source>
        <translation>在指定的文件偏移处写入，不移动文件位置。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="28"/>
        <source>Read into several buffers in one call (scatter input).</source>
        <translation>一次调用读入多个缓冲区（分散读）。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="29"/>
        <source>Write from several buffers in one call (gather output).</source>
        <translation>一次调用从多个缓冲区写出（聚集写）。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="30"/>
        <source>Make a second file descriptor for the same open file.</source>
        <translation>为同一个打开的文件再建一个文件描述符。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="31"/>
        <source>Make a given descriptor number refer to the same open file as another.</source>
        <translation>让指定编号的描述符指向另一个描述符所指的同一个打开文件。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="32"/>
        <source>dup2 with flags such as close-on-exec.</source>
        <translation>带标志（例如 close-on-exec）的 dup2。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="33"/>
        <source>Query or change a file descriptor: flags, locks, pipe size, owner for signals.</source>
        <translation>查询或修改文件描述符：标志、锁、管道大小、信号的接收者。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="34"/>
        <source>Send a device-specific command to a driver through an open device node or socket.</source>
        <translation>通过打开的设备节点或套接字向驱动发送设备专用的命令。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="35"/>
        <source>Get a file&apos;s type, size, owner, mode and times by path.</source>
        <translation>按路径获取文件的类型、大小、所有者、权限和时间。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="36"/>
        <source>Get a file&apos;s type, size, owner, mode and times through its descriptor.</source>
        <translation>通过描述符获取文件的类型、大小、所有者、权限和时间。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="37"/>
        <source>stat, but about a symbolic link itself rather than its target.</source>
        <translation>与 stat 相同，但针对符号链接本身而不是它的目标。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="38"/>
        <source>stat relative to a directory descriptor; what glibc&apos;s stat() uses today.</source>
        <translation>相对于目录描述符的 stat；如今 glibc 的 stat() 用的就是它。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="39"/>
        <source>Extended stat: asks only for the fields wanted and returns birth time and more.</source>
        <translation>扩展的 stat：只请求需要的字段，还能返回创建时间等更多信息。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="40"/>
        <source>Check whether the real user may read, write or run a file.</source>
        <translation>检查真实用户能否读、写或执行某个文件。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="41"/>
        <source>access relative to a directory descriptor.</source>
        <translation>相对于目录描述符的 access。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="42"/>
        <source>faccessat with flags, e.g. checking with the effective IDs.</source>
        <translation>带标志的 faccessat，例如用有效 ID 进行检查。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="43"/>
        <source>Read directory entries; what readdir() calls underneath.</source>
        <translation>读取目录项；readdir() 在底层调用的就是它。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="44"/>
        <source>Create a directory.</source>
        <translation>创建目录。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="45"/>
        <source>Create a directory relative to a directory descriptor.</source>
        <translation>相对于目录描述符创建目录。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="46"/>
        <source>Remove a name from the file system; the file goes when nothing holds it.</source>
        <translation>从文件系统中删除一个名字；没有任何东西再持有该文件时它才被删除。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="47"/>
        <source>Remove a file or empty directory relative to a directory descriptor.</source>
        <translation>相对于目录描述符删除文件或空目录。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="48"/>
        <source>Give a file a new name or move it within a file system, atomically.</source>
        <translation>原子地给文件改名，或在同一文件系统内移动它。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="49"/>
        <source>rename relative to directory descriptors, with flags to swap or not replace.</source>
        <translation>相对于目录描述符的 rename，可用标志交换两者或禁止覆盖。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="50"/>
        <source>Read where a symbolic link points.</source>
        <translation>读取符号链接指向的位置。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="51"/>
        <source>readlink relative to a directory descriptor.</source>
        <translation>相对于目录描述符的 readlink。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="52"/>
        <source>Create a symbolic link.</source>
        <translation>创建符号链接。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="53"/>
        <source>Create a hard link: a second name for the same file.</source>
        <translation>创建硬链接：同一文件的第二个名字。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="54"/>
        <source>Change a file&apos;s permission bits.</source>
        <translation>修改文件的权限位。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="55"/>
        <source>Change the permission bits of an open file.</source>
        <translation>修改打开文件的权限位。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="56"/>
        <source>chmod relative to a directory descriptor.</source>
        <translation>相对于目录描述符的 chmod。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="57"/>
        <source>Change a file&apos;s owner and group.</source>
        <translation>修改文件的所有者和组。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="58"/>
        <source>chown relative to a directory descriptor.</source>
        <translation>相对于目录描述符的 chown。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="59"/>
        <source>Cut or extend a file to a given length, by path.</source>
        <translation>按路径把文件截断或扩展到指定长度。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="60"/>
        <source>Cut or extend an open file to a given length.</source>
        <translation>把打开的文件截断或扩展到指定长度。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="61"/>
        <source>Wait until a file&apos;s data and metadata are on stable storage.</source>
        <translation>等待文件的数据和元数据都写入持久存储。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="62"/>
        <source>Like fsync, but skip metadata not needed to read the data back.</source>
        <translation>与 fsync 类似，但跳过读回数据时不需要的元数据。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="63"/>
        <source>Start writing all changed data of all file systems to disk.</source>
        <translation>开始把所有文件系统中被修改的数据写入磁盘。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="64"/>
        <source>Get the path of the current working directory.</source>
        <translation>获取当前工作目录的路径。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="65"/>
        <source>Change the current working directory.</source>
        <translation>改变当前工作目录。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="66"/>
        <source>Change the working directory to an open directory.</source>
        <translation>把工作目录切换到一个已打开的目录。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="67"/>
        <source>Create a pipe: two descriptors, bytes written to one come out of the other.</source>
        <translation>创建管道：两个描述符，写入一端的字节从另一端读出。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="68"/>
        <source>Create a pipe (pipe2 without flags).</source>
        <translation>创建管道（不带标志的 pipe2）。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="69"/>
        <source>Copy data between descriptors inside the kernel, without a user buffer.</source>
        <translation>在内核中于描述符之间复制数据，不经过用户缓冲区。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="70"/>
        <source>Copy a range of one file into another inside the kernel (may share blocks).</source>
        <translation>在内核中把一个文件的一段复制到另一个文件（可能共享数据块）。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="71"/>
        <source>Move data between a pipe and a descriptor without copying through user space.</source>
        <translation>在管道和描述符之间移动数据，不经过用户空间复制。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="72"/>
        <source>Create an inotify instance to watch files and directories for changes.</source>
        <translation>创建 inotify 实例，用于监视文件和目录的变化。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="73"/>
        <source>Start watching a path for the chosen kinds of change.</source>
        <translation>开始监视某个路径上所选类型的变化。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="74"/>
        <source>Create a fanotify group for file-system-wide event notification.</source>
        <translation>创建 fanotify 组，用于整个文件系统范围的事件通知。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="75"/>
        <source>Take or release an advisory lock on a whole open file.</source>
        <translation>对整个打开的文件加上或解除建议锁。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="76"/>
        <source>Create an anonymous file that lives in memory and can be shared by descriptor.</source>
        <translation>创建一个存在于内存中、可以通过描述符共享的匿名文件。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="77"/>
        <source>Attach a file system (or a bind of a directory) at a mount point.</source>
        <translation>把文件系统（或某个目录的绑定）挂载到挂载点上。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="78"/>
        <source>Detach a mounted file system.</source>
        <translation>卸载已挂载的文件系统。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="79"/>
        <source>Get size and free space of the file system holding a path.</source>
        <translation>获取某个路径所在文件系统的大小和剩余空间。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="80"/>
        <source>statfs for the file system of an open file.</source>
        <translation>针对打开文件所在文件系统的 statfs。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="82"/>
        <source>Map a file or anonymous memory into the address space.</source>
        <translation>把文件或匿名内存映射到地址空间中。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="83"/>
        <source>Remove a mapping from the address space.</source>
        <translation>从地址空间中移除一个映射。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="84"/>
        <source>Change whether mapped pages may be read, written or executed.</source>
        <translation>修改已映射页面是否可读、可写或可执行。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="85"/>
        <source>Grow, shrink or move an existing mapping.</source>
        <translation>扩大、缩小或移动已有的映射。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="86"/>
        <source>Tell the kernel how a memory range will be used (free it, read ahead, no huge pages …).</source>
        <translation>告诉内核某段内存将如何使用（释放、预读、不用大页 ……）。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="87"/>
        <source>Move the end of the heap; malloc uses it for small allocations.</source>
        <translation>移动堆的末尾；malloc 用它来满足小的分配。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="88"/>
        <source>Keep a memory range in RAM so it is never swapped out.</source>
        <translation>把一段内存保留在物理内存中，使它永远不会被换出。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="89"/>
        <source>Allow a locked memory range to be swapped again.</source>
        <translation>允许被锁定的内存再次被换出。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="90"/>
        <source>Write changes in a file mapping back to the file.</source>
        <translation>把文件映射中的修改写回文件。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="91"/>
        <source>Ask which pages of a mapping are in RAM.</source>
        <translation>查询映射中哪些页在物理内存中。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="92"/>
        <source>Create a descriptor through which a program handles page faults itself.</source>
        <translation>创建一个描述符，程序通过它自己处理缺页。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="94"/>
        <source>Create a child process as a copy of this one.</source>
        <translation>以当前进程为副本创建子进程。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="95"/>
        <source>Create a child that shares memory and runs until it calls execve or exits.</source>
        <translation>创建共享内存的子进程，它运行到调用 execve 或退出为止。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="96"/>
        <source>Create a process or thread, choosing what it shares with its parent.</source>
        <translation>创建进程或线程，并选择它与父进程共享哪些东西。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="97"/>
        <source>clone with its arguments in a structure; what new threads are made with.</source>
        <translation>参数放在结构体中的 clone；新线程就是用它创建的。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="98"/>
        <source>Replace the running program with a new one from a file.</source>
        <translation>用文件中的新程序替换正在运行的程序。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="99"/>
        <source>execve of a program given relative to a directory descriptor, or by descriptor.</source>
        <translation>执行相对于目录描述符给出的程序，或通过描述符给出的程序的 execve。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="100"/>
        <source>End the calling thread.</source>
        <translation>结束调用它的线程。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="101"/>
        <source>End every thread of the process; what exit() calls.</source>
        <translation>结束进程的所有线程；exit() 调用的就是它。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="102"/>
        <source>Wait for a child to change state and collect its status and resource use.</source>
        <translation>等待子进程改变状态，并收集它的状态和资源用量。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="103"/>
        <source>Wait for a child, by PID, group or pidfd, with finer control.</source>
        <translation>按 PID、进程组或 pidfd 等待子进程，控制更精细。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="104"/>
        <source>Send a signal to a process or process group.</source>
        <translation>向进程或进程组发送信号。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="105"/>
        <source>Send a signal to one thread of a process.</source>
        <translation>向进程的某个线程发送信号。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="106"/>
        <source>Get the calling process&apos;s ID.</source>
        <translation>获取调用进程的 ID。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="107"/>
        <source>Get the parent process&apos;s ID.</source>
        <translation>获取父进程的 ID。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="108"/>
        <source>Get the calling thread&apos;s ID.</source>
        <translation>获取调用线程的 ID。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="109"/>
        <source>Get the real user ID.</source>
        <translation>获取真实用户 ID。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="110"/>
        <source>Get the effective user ID, the one permission checks use.</source>
        <translation>获取有效用户 ID，权限检查使用的就是它。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="111"/>
        <source>Get the real group ID.</source>
        <translation>获取真实组 ID。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="112"/>
        <source>Get the effective group ID.</source>
        <translation>获取有效组 ID。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="113"/>
        <source>Change the user IDs; root may become anyone.</source>
        <translation>修改用户 ID；root 可以变成任何用户。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="114"/>
        <source>Change the group IDs.</source>
        <translation>修改组 ID。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="115"/>
        <source>Start a new session, detaching from the controlling terminal.</source>
        <translation>开始一个新会话，脱离控制终端。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="116"/>
        <source>Move a process into a process group (job control).</source>
        <translation>把进程移入某个进程组（作业控制）。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="117"/>
        <source>Process controls: name, death signal, no-new-privs, seccomp and many more.</source>
        <translation>进程控制：名称、父进程死亡信号、no-new-privs、seccomp 等等。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="118"/>
        <source>Architecture-specific thread state, e.g. the FS base for thread-local storage.</source>
        <translation>特定于架构的线程状态，例如用于线程局部存储的 FS 基址。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="119"/>
        <source>Tell the kernel where to clear the thread ID when the thread exits.</source>
        <translation>告诉内核线程退出时在哪里清除线程 ID。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="120"/>
        <source>Register the thread&apos;s list of robust futexes, released if it dies.</source>
        <translation>注册线程的健壮 futex 列表，线程死亡时这些 futex 会被释放。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="121"/>
        <source>Register restartable sequences: fast per-CPU data without locks.</source>
        <translation>注册可重启序列：无需加锁即可快速访问每 CPU 数据。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="122"/>
        <source>Wait on or wake a user-space lock word; what mutexes and condition variables block in.</source>
        <translation>在用户空间的锁变量上等待或唤醒；互斥锁和条件变量就阻塞在这里。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="123"/>
        <source>Give up the CPU to another runnable thread.</source>
        <translation>把 CPU 让给另一个可运行的线程。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="124"/>
        <source>Choose which CPUs a thread may run on.</source>
        <translation>选择线程可以在哪些 CPU 上运行。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="125"/>
        <source>Ask which CPUs a thread may run on.</source>
        <translation>查询线程可以在哪些 CPU 上运行。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="126"/>
        <source>Set the nice value of a process, group or user.</source>
        <translation>设置进程、进程组或用户的 nice 值。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="127"/>
        <source>Get a resource limit (open files, stack size …).</source>
        <translation>获取资源限制（打开的文件数、栈大小 ……）。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="128"/>
        <source>Get and set resource limits of any process.</source>
        <translation>获取和设置任意进程的资源限制。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="129"/>
        <source>Get CPU time, faults and other resource use of a process or its children.</source>
        <translation>获取进程或其子进程的 CPU 时间、缺页次数及其他资源用量。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="130"/>
        <source>Read a thread&apos;s capability sets.</source>
        <translation>读取线程的能力集。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="131"/>
        <source>Change the calling thread&apos;s capability sets.</source>
        <translation>修改调用线程的能力集。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="132"/>
        <source>Move the caller into new namespaces (mount, network, user …).</source>
        <translation>把调用者移入新的命名空间（挂载、网络、用户 ……）。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="133"/>
        <source>Join an existing namespace through a descriptor of it.</source>
        <translation>通过命名空间的描述符加入一个已有的命名空间。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="134"/>
        <source>Get a descriptor that refers to a process, safe against PID reuse.</source>
        <translation>获取指向某个进程的描述符，不受 PID 复用的影响。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="135"/>
        <source>Observe and control another process: what debuggers and strace use.</source>
        <translation>观察和控制另一个进程：调试器和 strace 使用的就是它。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="136"/>
        <source>Install a filter that decides which system calls the process may make.</source>
        <translation>安装一个过滤器，决定进程可以进行哪些系统调用。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="138"/>
        <source>Set what happens when a signal arrives: default, ignore, or a handler.</source>
        <translation>设置信号到来时的处理方式：默认、忽略或调用处理函数。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="139"/>
        <source>Block or unblock signals for the calling thread.</source>
        <translation>为调用线程阻塞或解除阻塞信号。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="140"/>
        <source>Return from a signal handler to the interrupted code.</source>
        <translation>从信号处理函数返回到被中断的代码。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="141"/>
        <source>Wait for a signal with a temporary signal mask.</source>
        <translation>使用临时信号掩码等待信号。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="142"/>
        <source>Give signal handlers a stack of their own.</source>
        <translation>为信号处理函数提供单独的栈。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="143"/>
        <source>Receive signals by reading a file descriptor.</source>
        <translation>通过读取文件描述符来接收信号。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="145"/>
        <source>Wait until one of several descriptors is ready to read or write.</source>
        <translation>等待多个描述符中的某一个可读或可写。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="146"/>
        <source>poll with a precise timeout and a signal mask.</source>
        <translation>带精确超时和信号掩码的 poll。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="147"/>
        <source>Wait on descriptor sets until one is ready (older form of poll).</source>
        <translation>在描述符集合上等待直到某个就绪（poll 的旧形式）。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="148"/>
        <source>select with a precise timeout and a signal mask.</source>
        <translation>带精确超时和信号掩码的 select。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="149"/>
        <source>Create an epoll instance for watching many descriptors efficiently.</source>
        <translation>创建 epoll 实例，用于高效地监视大量描述符。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="150"/>
        <source>Add, change or remove a descriptor watched by an epoll instance.</source>
        <translation>添加、修改或移除 epoll 实例所监视的描述符。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="151"/>
        <source>Wait for events on the descriptors an epoll instance watches.</source>
        <translation>等待 epoll 实例所监视的描述符上的事件。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="152"/>
        <source>epoll_wait with a signal mask; what event loops such as Qt&apos;s block in.</source>
        <translation>带信号掩码的 epoll_wait；Qt 等事件循环就阻塞在这里。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="153"/>
        <source>Create a descriptor holding a counter, used to wake other threads.</source>
        <translation>创建一个保存计数器的描述符，用来唤醒其他线程。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="154"/>
        <source>Create a timer that is read through a file descriptor.</source>
        <translation>创建一个通过文件描述符读取的定时器。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="155"/>
        <source>Arm or disarm a timerfd.</source>
        <translation>启动或停止 timerfd。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="156"/>
        <source>Sleep for a given time.</source>
        <translation>睡眠指定的时间。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="157"/>
        <source>Sleep on a chosen clock, for a time or until a moment.</source>
        <translation>在选定的时钟上睡眠一段时间或直到某个时刻。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="158"/>
        <source>Read a clock; usually answered by the vDSO without entering the kernel.</source>
        <translation>读取时钟；通常由 vDSO 回答，无需进入内核。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="159"/>
        <source>Read the wall-clock time (older interface; usually served by the vDSO).</source>
        <translation>读取挂钟时间（旧接口；通常由 vDSO 提供）。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="160"/>
        <source>Ask for SIGALRM after a number of seconds.</source>
        <translation>请求若干秒后发送 SIGALRM。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="161"/>
        <source>Create an io_uring: rings shared with the kernel for asynchronous I/O.</source>
        <translation>创建 io_uring：与内核共享、用于异步 I/O 的环形队列。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="162"/>
        <source>Submit queued io_uring requests and/or wait for completions.</source>
        <translation>提交排队的 io_uring 请求和/或等待完成。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="164"/>
        <source>Create a communication endpoint: TCP, UDP, Unix, netlink, packet …</source>
        <translation>创建通信端点：TCP、UDP、Unix、netlink、packet ……</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="165"/>
        <source>Create a pair of connected Unix sockets.</source>
        <translation>创建一对相互连接的 Unix 套接字。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="166"/>
        <source>Give a socket its local address (a port, a path, a netlink port ID).</source>
        <translation>为套接字指定本地地址（端口、路径、netlink 端口 ID）。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="167"/>
        <source>Mark a socket as accepting connections, with a backlog.</source>
        <translation>把套接字标记为接受连接，并指定等待队列长度。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="168"/>
        <source>Take the next incoming connection from a listening socket.</source>
        <translation>从监听套接字上取出下一个传入的连接。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="169"/>
        <source>accept with flags such as non-blocking and close-on-exec.</source>
        <translation>带标志（例如非阻塞和 close-on-exec）的 accept。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="170"/>
        <source>Connect a socket to a remote address.</source>
        <translation>把套接字连接到远端地址。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="171"/>
        <source>Send a message on a socket, optionally to a given address.</source>
        <translation>在套接字上发送消息，可以指定目标地址。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="172"/>
        <source>Receive a message from a socket and learn who sent it.</source>
        <translation>从套接字接收消息，并得知是谁发送的。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="173"/>
        <source>Send a message with several buffers and control data; netlink requests use it.</source>
        <translation>发送带有多个缓冲区和控制数据的消息；netlink 请求使用它。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="174"/>
        <source>Receive a message with several buffers and control data; netlink replies come this way.</source>
        <translation>接收带有多个缓冲区和控制数据的消息；netlink 应答就是这样到达的。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="175"/>
        <source>Send several messages in one call.</source>
        <translation>一次调用发送多条消息。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="176"/>
        <source>Receive several messages in one call.</source>
        <translation>一次调用接收多条消息。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="177"/>
        <source>Stop sending, receiving or both on a connected socket.</source>
        <translation>在已连接的套接字上停止发送、接收或两者。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="178"/>
        <source>Set a socket option: buffer sizes, multicast groups, timeouts …</source>
        <translation>设置套接字选项：缓冲区大小、多播组、超时 ……</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="179"/>
        <source>Read a socket option.</source>
        <translation>读取套接字选项。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="180"/>
        <source>Get the local address a socket is bound to.</source>
        <translation>获取套接字绑定的本地地址。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="181"/>
        <source>Get the address of the peer a socket is connected to.</source>
        <translation>获取套接字所连接的对端地址。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="183"/>
        <source>Get the kernel name, release, version, machine and host name.</source>
        <translation>获取内核名称、版本号、版本信息、机器类型和主机名。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="184"/>
        <source>Get uptime, load, memory and swap totals in one structure.</source>
        <translation>在一个结构体中获取运行时间、负载、内存和交换区总量。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="185"/>
        <source>Get random bytes from the kernel&apos;s generator.</source>
        <translation>从内核的随机数生成器获取随机字节。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="186"/>
        <source>Read or clear the kernel log buffer (what dmesg uses).</source>
        <translation>读取或清除内核日志缓冲区（dmesg 使用它）。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="187"/>
        <source>Reboot, halt or power off the machine, or switch Ctrl-Alt-Del handling.</source>
        <translation>重启、停机或关闭机器，或切换 Ctrl-Alt-Del 的处理方式。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="188"/>
        <source>Load a kernel module from memory.</source>
        <translation>从内存加载内核模块。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="189"/>
        <source>Load a kernel module from a file descriptor.</source>
        <translation>从文件描述符加载内核模块。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="190"/>
        <source>Unload a kernel module.</source>
        <translation>卸载内核模块。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="191"/>
        <source>Load BPF programs, create maps and attach them: the kernel&apos;s in-kernel virtual machine.</source>
        <translation>加载 BPF 程序、创建 map 并挂接它们：内核中的虚拟机。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="192"/>
        <source>Open a performance counter or tracepoint; how this pane counts system calls.</source>
        <translation>打开性能计数器或跟踪点；本面板就是这样统计系统调用的。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="193"/>
        <source>Manage keys in the kernel&apos;s key retention service.</source>
        <translation>管理内核密钥保留服务中的密钥。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="194"/>
        <source>Add a key to a kernel keyring.</source>
        <translation>向内核密钥环中添加密钥。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalldocs.cpp" line="195"/>
        <source>Start a Landlock rule set, letting a process restrict its own file access.</source>
        <translation>创建 Landlock 规则集，让进程限制自己对文件的访问。</translation>
    </message>
</context>
<context>
    <name>SyscallTable</name>
    <message>
        <location filename="../core/syscalls/syscalltable.cpp" line="139"/>
        <source>tracefs is not mounted, so argument lists are not shown and calls can be counted only as root (with BPF); numbers and names come from this build&apos;s kernel headers.</source>
        <translation>未挂载 tracefs，因此不显示参数列表，且只有 root 能（用 BPF）统计调用；编号和名称来自本次构建的内核头文件。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalltable.cpp" line="171"/>
        <source>tracefs at %1 cannot be read (it needs root), so argument lists are not shown and calls can be counted only as root.</source>
        <translation>无法读取 %1 处的 tracefs（需要 root），因此不显示参数列表，且只有 root 能统计调用。</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalltable.cpp" line="231"/>
        <source>running on a CPU now</source>
        <translation>正在 CPU 上运行</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalltable.cpp" line="233"/>
        <source>blocked in the kernel, but not in a system call (for example a page fault)</source>
        <translation>阻塞在内核中，但不在系统调用里（例如缺页异常）</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalltable.cpp" line="235"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalltable.cpp" line="241"/>
        <source>system call %1</source>
        <translation>系统调用 %1</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscalltable.cpp" line="245"/>
        <source>in %1(%2)</source>
        <translation>正在 %1(%2) 中</translation>
    </message>
</context>
<context>
    <name>Sysctl</name>
    <message>
        <location filename="../core/sysctl/sysctl.cpp" line="30"/>
        <source>Not read: reading vm.stat_refresh makes every CPU fold its memory counters; it is an action, not a value.</source>
        <translation>未读取：读取 vm.stat_refresh 会让每个 CPU 汇总其内存计数器；它是一个动作，而不是一个值。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctl.cpp" line="33"/>
        <source>Not read: this deprecated key logs a kernel warning when read; its twin ending in _ms holds the same value.</source>
        <translation>未读取：读取这个已弃用的键会在内核日志中留下警告；以 _ms 结尾的对应键保存着相同的值。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctl.cpp" line="58"/>
        <source>The kernel has no value to show here yet (for example a secret that was never set).</source>
        <translation>内核在这里还没有可显示的值（例如从未设置过的密钥）。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctl.cpp" line="96"/>
        <source>Permission denied: only root may read this key.</source>
        <translation>权限不足：只有 root 可以读取这个键。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctl.cpp" line="290"/>
        <source>The value is empty; %1 takes a whole number.</source>
        <translation>值为空；%1 需要一个整数。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctl.cpp" line="295"/>
        <source>&quot;%1&quot; is not a whole number as the kernel reads one (decimal, 0x hexadecimal or 0 octal).</source>
        <translation>“%1”不是内核能读出的整数（十进制、以 0x 开头的十六进制或以 0 开头的八进制）。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctl.cpp" line="299"/>
        <source>%1 takes one whole number; the kernel may use the first and ignore the rest.</source>
        <translation>%1 只接受一个整数；内核可能只取第一个，忽略其余部分。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctl.cpp" line="301"/>
        <source>%1 holds %2 whole numbers separated by spaces; given another count, the kernel may change only some of them.</source>
        <translation>%1 包含 %2 个以空格分隔的整数；个数不同时，内核可能只修改其中一部分。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctl.cpp" line="306"/>
        <source>%1 is a switch, 0 for off and 1 for on; some such keys refuse %2, others store it.</source>
        <translation>%1 是一个开关，0 表示关闭，1 表示开启；这类键有的会拒绝 %2，有的会照样保存。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctl.cpp" line="308"/>
        <source>%1 is outside %2 to %3, the range we know for %4; the kernel may refuse it.</source>
        <translation>%1 超出了我们所知的 %4 的范围 %2 到 %3；内核可能会拒绝它。</translation>
    </message>
    <message>
        <location filename="../core/procfs/sysctlpath.cpp" line="40"/>
        <source>No key given.</source>
        <translation>没有给出键。</translation>
    </message>
    <message>
        <location filename="../core/procfs/sysctlpath.cpp" line="43"/>
        <source>A sysctl key cannot contain control characters.</source>
        <translation>sysctl 键不能包含控制字符。</translation>
    </message>
    <message>
        <location filename="../core/procfs/sysctlpath.cpp" line="47"/>
        <location filename="../core/procfs/sysctlpath.cpp" line="51"/>
        <source>&quot;%1&quot; is not a sysctl key: a part of it is empty or climbs out with &quot;..&quot;.</source>
        <translation>“%1”不是 sysctl 键：其中某一部分为空，或用“..”跳出了目录。</translation>
    </message>
    <message>
        <location filename="../core/procfs/sysctlpath.cpp" line="55"/>
        <source>There is no sysctl key %1 on this kernel.</source>
        <translation>此内核没有 sysctl 键 %1。</translation>
    </message>
    <message>
        <location filename="../core/procfs/sysctlpath.cpp" line="58"/>
        <source>%1 cannot be opened.</source>
        <translation>无法打开 %1。</translation>
    </message>
    <message>
        <location filename="../core/procfs/sysctlpath.cpp" line="62"/>
        <source>&quot;%1&quot; leads outside %2.</source>
        <translation>“%1”指向了 %2 之外。</translation>
    </message>
    <message>
        <location filename="../core/procfs/sysctlpath.cpp" line="65"/>
        <source>%1 is a group of keys, not a key.</source>
        <translation>%1 是一组键，而不是一个键。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctl.cpp" line="271"/>
        <source>A value is one line: it cannot contain a line break.</source>
        <translation>值只能是一行：不能包含换行。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctl.cpp" line="273"/>
        <source>A value cannot contain a NUL character.</source>
        <translation>值不能包含 NUL 字符。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctl.cpp" line="275"/>
        <source>The value is longer than the %1 bytes the kernel takes.</source>
        <translation>该值超过了内核接受的 %1 字节。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctl.cpp" line="328"/>
        <source>The kernel refuses an empty value: %1 takes a whole number.</source>
        <translation>内核拒绝空值：%1 接受一个整数。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctl.cpp" line="333"/>
        <source>The kernel refuses &quot;%1&quot;: not a whole number as it reads one (decimal, 0x hexadecimal or 0 octal).</source>
        <translation>内核拒绝“%1”：按内核的读法这不是整数（十进制、0x 开头的十六进制或 0 开头的八进制）。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctl.cpp" line="383"/>
        <source>The kernel refused the value for %1 (%2: %3): it is of the wrong form or outside what the key allows.</source>
        <translation>内核拒绝了 %1 的值（%2：%3）：格式不对，或超出了该键允许的范围。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctl.cpp" line="386"/>
        <source>The kernel refused to let us write %1 (%2: %3): it needs root, or the right capability in its namespace.</source>
        <translation>内核不允许我们写入 %1（%2：%3）：需要 root 权限，或在其命名空间中具备相应的能力（capability）。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctl.cpp" line="388"/>
        <source>The kernel refused the value for %1 (%2: %3): the number is out of range.</source>
        <translation>内核拒绝了 %1 的值（%2：%3）：数值超出范围。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctl.cpp" line="390"/>
        <source>Writing %1 failed (%2: %3).</source>
        <translation>写入 %1 失败（%2：%3）。</translation>
    </message>
</context>
<context>
    <name>SysctlDocs</name>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="33"/>
        <source>Name of this machine in the current UTS namespace (what uname -n prints).</source>
        <translation>当前 UTS 命名空间中本机的名称（即 uname -n 的输出）。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="34"/>
        <source>NIS/YP domain name of the current UTS namespace; not the DNS domain.</source>
        <translation>当前 UTS 命名空间的 NIS/YP 域名；不是 DNS 域名。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="35"/>
        <source>Name of the operating system kernel, always Linux.</source>
        <translation>操作系统内核的名称，始终为 Linux。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="36"/>
        <source>Release string of the running kernel (what uname -r prints).</source>
        <translation>正在运行的内核的版本号（即 uname -r 的输出）。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="37"/>
        <source>Build number and date of the running kernel (what uname -v prints).</source>
        <translation>正在运行的内核的构建编号和日期（即 uname -v 的输出）。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="38"/>
        <source>Machine architecture the kernel was built for.</source>
        <translation>内核构建时针对的机器架构。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="39"/>
        <source>Process IDs wrap around after this value; also caps how many processes can exist.</source>
        <translation>进程 ID 超过此值后从头开始；它同时限制了进程的最大数量。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="40"/>
        <source>Most threads the kernel will create with fork() and clone() system-wide.</source>
        <translation>内核在全系统范围内通过 fork() 和 clone() 创建的线程数上限。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="41"/>
        <source>Last process ID handed out in this PID namespace; checkpoint/restore tools set it.</source>
        <translation>此 PID 命名空间中最后分配的进程 ID；检查点/恢复工具会设置它。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="42"/>
        <source>Console log levels: current, default for messages without one, minimum allowed, and boot-time default.</source>
        <translation>控制台日志级别：当前级别、未指定级别的消息的默认级别、允许的最低级别，以及启动时的默认值。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="43"/>
        <source>Seconds of the window in which rate-limited kernel messages are counted.</source>
        <translation>统计受速率限制的内核消息时所用时间窗口的秒数。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="44"/>
        <source>Rate-limited kernel messages allowed per window before further ones are dropped.</source>
        <translation>每个时间窗口内允许的受速率限制的内核消息数，超出的会被丢弃。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="45"/>
        <source>Whether user space may write to the kernel log through /dev/kmsg: on, off or ratelimit.</source>
        <translation>用户空间是否可以通过 /dev/kmsg 写入内核日志：on、off 或 ratelimit。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="46"/>
        <source>Delay after each console message, to read boot messages slowly.</source>
        <translation>每条控制台消息之后的延迟，便于慢慢阅读启动消息。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="47"/>
        <source>1 lets only processes with CAP_SYSLOG read the kernel log with dmesg.</source>
        <translation>为 1 时只有拥有 CAP_SYSLOG 的进程才能用 dmesg 读取内核日志。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="48"/>
        <source>Hides kernel addresses in /proc and logs: 0 shows them, 1 only to CAP_SYSLOG, 2 to nobody.</source>
        <translation>在 /proc 和日志中隐藏内核地址：0 显示，1 只对 CAP_SYSLOG 显示，2 对谁都不显示。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="49"/>
        <source>Who may use perf events: -1 everyone and everything, 0 no raw tracepoints, 1 no kernel profiling, 2 only own user-space, higher forbids unprivileged use.</source>
        <translation>谁可以使用 perf 事件：-1 所有人、所有事件，0 不允许原始跟踪点，1 不允许内核性能分析，2 只能分析自己的用户空间，更高的值禁止非特权使用。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="50"/>
        <source>Highest sampling rate perf may use; lowered by the kernel when sampling takes too long.</source>
        <translation>perf 可以使用的最高采样频率；采样耗时过长时内核会调低它。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="51"/>
        <source>Memory an unprivileged user may lock for perf ring buffers.</source>
        <translation>非特权用户可以为 perf 环形缓冲区锁定的内存。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="52"/>
        <source>Deepest call chain perf records per sample.</source>
        <translation>perf 每次采样记录的最大调用链深度。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="53"/>
        <source>Share of CPU time perf sampling may use before the kernel lowers the sample rate.</source>
        <translation>perf 采样可占用的 CPU 时间比例，超过后内核会降低采样频率。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="54"/>
        <source>Address space layout randomisation: 0 off, 1 stack, mmap and vDSO, 2 also the heap.</source>
        <translation>地址空间布局随机化：0 关闭，1 随机化栈、mmap 和 vDSO，2 同时随机化堆。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="55"/>
        <source>Who may ptrace whom: 0 any process of the same user, 1 only descendants, 2 only CAP_SYS_PTRACE, 3 nobody.</source>
        <translation>谁可以 ptrace 谁：0 同一用户的任意进程，1 只能是后代进程，2 只有 CAP_SYS_PTRACE，3 谁都不行。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="56"/>
        <source>1 or 2 forbids the bpf() system call to processes without CAP_BPF; 1 cannot be undone until reboot.</source>
        <translation>为 1 或 2 时禁止没有 CAP_BPF 的进程使用 bpf() 系统调用；设为 1 后在重启前无法撤销。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="57"/>
        <source>Debian&apos;s switch: 0 stops unprivileged users from creating user namespaces.</source>
        <translation>Debian 的开关：为 0 时禁止非特权用户创建用户命名空间。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="58"/>
        <source>1 makes the kernel count run time and run count of every BPF program.</source>
        <translation>为 1 时内核统计每个 BPF 程序的运行时间和运行次数。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="59"/>
        <source>Seconds to wait after a panic before rebooting; 0 waits forever, negative reboots at once.</source>
        <translation>内核崩溃（panic）后等待多少秒再重启；0 表示永远等待，负数表示立即重启。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="60"/>
        <source>1 turns every kernel oops into a panic instead of killing only the offending task.</source>
        <translation>为 1 时每次内核 oops 都变成 panic，而不是只杀死出错的任务。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="61"/>
        <source>1 panics on the first kernel WARN(); used when fuzzing the kernel.</source>
        <translation>为 1 时在第一次内核 WARN() 时 panic；用于对内核做模糊测试。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="62"/>
        <source>1 panics when an RCU stall is detected.</source>
        <translation>为 1 时检测到 RCU 停滞就 panic。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="63"/>
        <source>A task stuck in uninterruptible sleep this long is reported as hung; 0 turns the check off.</source>
        <translation>处于不可中断睡眠超过这么长时间的任务会被报告为挂起；0 关闭此检查。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="64"/>
        <source>1 panics when a hung task is found.</source>
        <translation>为 1 时发现挂起的任务就 panic。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="65"/>
        <source>How many more hung-task reports to print; -1 for no limit.</source>
        <translation>还要打印多少条挂起任务报告；-1 表示不限。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="66"/>
        <source>1 panics when a CPU is found stuck in kernel code without scheduling.</source>
        <translation>为 1 时发现某个 CPU 卡在内核代码中不做调度就 panic。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="67"/>
        <source>1 runs both the soft and the hard lockup detector.</source>
        <translation>为 1 时同时运行软锁死和硬锁死检测器。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="68"/>
        <source>1 runs the hard lockup detector, which uses a perf counter per CPU.</source>
        <translation>为 1 时运行硬锁死检测器，它在每个 CPU 上使用一个 perf 计数器。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="69"/>
        <source>1 runs the soft lockup detector.</source>
        <translation>为 1 时运行软锁死检测器。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="70"/>
        <source>Seconds a CPU may stay busy in the kernel before the lockup detectors speak.</source>
        <translation>CPU 可以在内核中持续忙碌多少秒，之后锁死检测器就会报告。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="71"/>
        <source>Where core dumps go: a file name template with % codes, or |program to pipe the dump to a handler such as systemd-coredump.</source>
        <translation>核心转储的去向：带 % 代码的文件名模板，或以 |程序 的形式把转储通过管道交给 systemd-coredump 之类的处理程序。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="72"/>
        <source>1 appends .PID to core file names when the pattern has no %p.</source>
        <translation>为 1 时，如果模板中没有 %p，就在核心文件名后追加 .PID。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="73"/>
        <source>How many crashing processes may be piped to the core handler at once; 0 for no limit.</source>
        <translation>同时可以有多少个崩溃进程通过管道交给核心转储处理程序；0 表示不限。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="74"/>
        <source>Which magic SysRq key functions are allowed: 0 none, 1 all, or a bit mask.</source>
        <translation>允许哪些 SysRq 魔术键功能：0 全部禁止，1 全部允许，或一个位掩码。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="75"/>
        <source>0 sends Ctrl-Alt-Del to init as a signal; 1 reboots at once without syncing.</source>
        <translation>为 0 时把 Ctrl-Alt-Del 作为信号发给 init；为 1 时不同步数据立即重启。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="76"/>
        <source>Bit mask of reasons the kernel is tainted (proprietary module, forced load, oops ...); 0 is clean.</source>
        <translation>内核被“污染”原因的位掩码（专有模块、强制加载、oops ……）；0 表示干净。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="77"/>
        <source>Largest System V shared memory segment a process may create.</source>
        <translation>进程可以创建的最大 System V 共享内存段。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="78"/>
        <source>Total System V shared memory allowed system-wide.</source>
        <translation>全系统允许的 System V 共享内存总量。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="79"/>
        <source>Most System V shared memory segments system-wide.</source>
        <translation>全系统 System V 共享内存段数的上限。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="80"/>
        <source>Largest message on a System V message queue.</source>
        <translation>System V 消息队列中单条消息的最大长度。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="81"/>
        <source>Default size of a System V message queue.</source>
        <translation>System V 消息队列的默认大小。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="82"/>
        <source>Most System V message queues system-wide.</source>
        <translation>全系统 System V 消息队列数的上限。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="83"/>
        <source>System V semaphore limits: per set, system-wide total, operations per semop() call, number of sets.</source>
        <translation>System V 信号量限制：每个集合的信号量数、全系统总数、每次 semop() 调用的操作数、集合数。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="84"/>
        <source>1 groups the processes of each session so one busy terminal cannot starve the desktop.</source>
        <translation>为 1 时把每个会话的进程分为一组，这样一个繁忙的终端不会让桌面饿死。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="85"/>
        <source>CPU time real-time tasks may use in each period; -1 lets them take it all.</source>
        <translation>实时任务在每个周期内可以使用的 CPU 时间；-1 表示可以全部占用。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="86"/>
        <source>Length of the period in which real-time CPU time is measured.</source>
        <translation>计量实时任务 CPU 时间的周期长度。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="87"/>
        <source>Time slice of SCHED_RR real-time tasks.</source>
        <translation>SCHED_RR 实时任务的时间片。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="88"/>
        <source>Moves tasks and memory towards each other on NUMA machines: 0 off, 1 normal, 2 memory tiering.</source>
        <translation>在 NUMA 机器上让任务和内存相互靠近：0 关闭，1 普通，2 内存分层。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="89"/>
        <source>Entropy the random number generator believes it holds (256 once seeded on new kernels).</source>
        <translation>随机数生成器认为自己拥有的熵（新内核中一旦完成播种就是 256）。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="90"/>
        <source>Size of the entropy pool in bits.</source>
        <translation>熵池的大小，以位为单位。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="91"/>
        <source>A random UUID made once at boot: tells one boot of this machine from another.</source>
        <translation>启动时生成一次的随机 UUID：用来区分本机的每一次启动。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="92"/>
        <source>A fresh random UUID on every read.</source>
        <translation>每次读取都得到一个新的随机 UUID。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="93"/>
        <source>1 forbids loading or unloading modules until reboot; cannot be set back to 0.</source>
        <translation>为 1 时在重启前禁止加载或卸载模块；不能再改回 0。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="94"/>
        <source>Program the kernel runs to load a module it needs.</source>
        <translation>内核需要加载模块时运行的程序。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="95"/>
        <source>1 forbids kexec_load() until reboot.</source>
        <translation>为 1 时在重启前禁止 kexec_load()。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="96"/>
        <source>Number of the highest capability this kernel knows.</source>
        <translation>本内核所知道的最高能力的编号。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="97"/>
        <source>Most supplementary groups a process may have.</source>
        <translation>一个进程最多可以拥有的附加组数。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="98"/>
        <source>0 allows io_uring to all, 1 only to members of kernel.io_uring_group and root, 2 to nobody.</source>
        <translation>0 允许所有人使用 io_uring，1 只允许 kernel.io_uring_group 的成员和 root，2 禁止所有人。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="99"/>
        <source>Most pseudo-terminals that may exist.</source>
        <translation>可以存在的伪终端数量上限。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="100"/>
        <source>Pseudo-terminals in use now.</source>
        <translation>当前正在使用的伪终端。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="101"/>
        <source>Most keys a non-root user may own in the kernel keyring.</source>
        <translation>非 root 用户在内核密钥环中最多可以拥有的密钥数。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="102"/>
        <source>Most bytes of key data a non-root user may own.</source>
        <translation>非 root 用户最多可以拥有的密钥数据字节数。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="103"/>
        <source>The seccomp filter actions this kernel supports.</source>
        <translation>本内核支持的 seccomp 过滤动作。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="104"/>
        <source>The seccomp actions that are written to the audit log.</source>
        <translation>会写入审计日志的 seccomp 动作。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="105"/>
        <source>How writes at an offset are handled: 1 (default) honours the file position, 0 ignores it, -1 warns.</source>
        <translation>带偏移的写入如何处理：1（默认）遵循文件位置，0 忽略它，-1 发出警告。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="106"/>
        <source>1 measures how long tasks wait for CPU, I/O and memory (read with getdelays or iotop).</source>
        <translation>为 1 时统计任务等待 CPU、I/O 和内存的时间（用 getdelays 或 iotop 读取）。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="107"/>
        <source>1 lets timers move to busy CPUs so idle ones can sleep longer.</source>
        <translation>为 1 时允许定时器迁移到繁忙的 CPU 上，让空闲的 CPU 睡得更久。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="108"/>
        <source>0 stops the function tracer everywhere.</source>
        <translation>为 0 时在所有地方停止函数跟踪器。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="109"/>
        <source>1 slows down processes that use split locks so they cannot hurt the rest of the machine.</source>
        <translation>为 1 时减慢使用跨缓存行锁（split lock）的进程，使它们无法影响整台机器。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="110"/>
        <source>User ID reported when a real one does not fit (usually 65534, nobody).</source>
        <translation>真实用户 ID 无法表示时报告的用户 ID（通常为 65534，即 nobody）。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="111"/>
        <source>Group ID reported when a real one does not fit.</source>
        <translation>真实组 ID 无法表示时报告的组 ID。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="112"/>
        <source>Program the kernel runs when it needs to power off the machine itself.</source>
        <translation>内核需要自行关闭机器时运行的程序。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="115"/>
        <source>How readily memory is reclaimed by swapping anonymous pages rather than dropping file cache; 0 to 200.</source>
        <translation>回收内存时倾向于换出匿名页而不是丢弃文件缓存的程度；0 到 200。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="116"/>
        <source>Memory overcommit policy: 0 heuristic, 1 always allow, 2 strict (limit by overcommit_ratio or overcommit_kbytes).</source>
        <translation>内存过量分配策略：0 启发式，1 总是允许，2 严格（受 overcommit_ratio 或 overcommit_kbytes 限制）。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="117"/>
        <source>In strict overcommit mode, the share of RAM that may be committed on top of swap.</source>
        <translation>严格过量分配模式下，在交换空间之外还可以承诺的物理内存比例。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="118"/>
        <source>In strict overcommit mode, memory that may be committed on top of swap; used instead of the ratio when not 0.</source>
        <translation>严格过量分配模式下，在交换空间之外还可以承诺的内存量；不为 0 时取代比例设置。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="119"/>
        <source>Share of available memory that may be dirty before writing processes must write back themselves.</source>
        <translation>可用内存中脏页所占比例的上限，超过后写入的进程必须自己执行回写。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="120"/>
        <source>Share of available memory that may be dirty before background writeback starts.</source>
        <translation>可用内存中脏页达到这个比例时开始后台回写。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="121"/>
        <source>Dirty memory at which writers must write back; used instead of dirty_ratio when not 0.</source>
        <translation>写入者必须自己回写时的脏内存量；不为 0 时取代 dirty_ratio。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="122"/>
        <source>Dirty memory at which background writeback starts; used instead of the ratio when not 0.</source>
        <translation>开始后台回写时的脏内存量；不为 0 时取代比例设置。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="123"/>
        <source>Dirty data older than this is written out by the next writeback pass.</source>
        <translation>比这更旧的脏数据会在下一轮回写时被写出。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="124"/>
        <source>Interval between writeback thread wake-ups; 0 turns periodic writeback off.</source>
        <translation>回写线程两次唤醒之间的间隔；0 关闭周期性回写。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="125"/>
        <source>Write 1 to drop the page cache, 2 for dentries and inodes, 3 for both; write-only and costly.</source>
        <translation>写入 1 丢弃页缓存，2 丢弃 dentry 和 inode，3 两者都丢弃；只能写入，且代价高昂。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="126"/>
        <source>Write 1 to compact all memory now, making large contiguous blocks; write-only.</source>
        <translation>写入 1 立即整理全部内存，形成大的连续块；只能写入。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="127"/>
        <source>Memory the kernel keeps free for itself and atomic allocations.</source>
        <translation>内核为自己和原子分配保留的空闲内存。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="128"/>
        <source>Most memory mappings a process may have; some databases and games need more.</source>
        <translation>一个进程最多可以拥有的内存映射数；有些数据库和游戏需要更多。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="129"/>
        <source>How eagerly dentry and inode caches are reclaimed; 100 is fair, lower keeps them longer.</source>
        <translation>回收 dentry 和 inode 缓存的积极程度；100 为均衡，更低则保留更久。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="130"/>
        <source>Number of huge pages in the persistent pool of the default size.</source>
        <translation>默认尺寸的持久大页池中的大页数。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="131"/>
        <source>Extra huge pages that may be allocated on demand beyond the pool.</source>
        <translation>在大页池之外可以按需分配的额外大页。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="132"/>
        <source>Group allowed to create System V shared memory with huge pages.</source>
        <translation>允许使用大页创建 System V 共享内存的组。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="133"/>
        <source>0 lets the OOM killer kill a process when memory runs out; 1 or 2 panic instead.</source>
        <translation>为 0 时内存耗尽由 OOM 杀手杀死一个进程；为 1 或 2 时改为 panic。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="134"/>
        <source>1 kills the task that asked for memory instead of searching for the biggest one.</source>
        <translation>为 1 时杀死申请内存的任务，而不是去寻找最大的那个。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="135"/>
        <source>1 prints every task&apos;s memory use to the kernel log when the OOM killer runs.</source>
        <translation>为 1 时在 OOM 杀手运行时把每个任务的内存用量打印到内核日志。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="136"/>
        <source>Lowest address a process may map; keeps NULL-pointer bugs in the kernel from being exploitable.</source>
        <translation>进程可以映射的最低地址；使内核中的空指针漏洞无法被利用。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="137"/>
        <source>Bits of randomness in the base address of mmap regions.</source>
        <translation>mmap 区域基址中的随机位数。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="138"/>
        <source>Pages read from swap at once, as a power of two (3 means 8 pages).</source>
        <translation>一次从交换区读取的页数，以 2 的幂表示（3 表示 8 页）。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="139"/>
        <source>Delay in seconds for batching disk writes so the disk may spin down; 0 is off.</source>
        <translation>为批量写盘而延迟的秒数，使磁盘可以停转；0 表示关闭。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="140"/>
        <source>On NUMA machines, reclaim memory on the local node before using another node (bit mask; 0 off).</source>
        <translation>在 NUMA 机器上，先回收本地节点的内存再使用其他节点（位掩码；0 关闭）。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="141"/>
        <source>Distance between the memory watermarks that wake kswapd, in units of 0.01 %.</source>
        <translation>唤醒 kswapd 的内存水位线之间的距离，以 0.01 % 为单位。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="142"/>
        <source>How often per-CPU memory statistics are folded into the global counters.</source>
        <translation>每 CPU 的内存统计多久汇总到全局计数器一次。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="143"/>
        <source>Any access folds all per-CPU memory statistics at once; an action, not a value.</source>
        <translation>任何访问都会立即汇总所有每 CPU 的内存统计；这是一个动作，而不是一个值。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="144"/>
        <source>1 lets unprivileged users handle page faults from kernel mode with userfaultfd.</source>
        <translation>为 1 时允许非特权用户用 userfaultfd 处理来自内核态的缺页。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="145"/>
        <source>In strict overcommit mode, memory kept back so a user can still start a shell to recover.</source>
        <translation>严格过量分配模式下保留的内存，使用户仍能启动一个 shell 来恢复系统。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="146"/>
        <source>Memory kept back for root to recover the machine when it is full.</source>
        <translation>为 root 保留的内存，用于在内存耗尽时恢复机器。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="147"/>
        <source>Per-zone protection of low memory zones against allocations that could use higher ones.</source>
        <translation>保护低端内存区域，防止本可以使用高端区域的分配占用它们。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="148"/>
        <source>0 allows executable memfds, 1 makes them non-executable by default, 2 forbids executable ones.</source>
        <translation>0 允许可执行的 memfd，1 默认使其不可执行，2 禁止可执行的 memfd。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="149"/>
        <source>How hard the kernel compacts memory in the background; 0 to 100.</source>
        <translation>内核在后台整理内存的力度；0 到 100。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="150"/>
        <source>Fragmentation index above which the kernel compacts rather than reclaims for large allocations.</source>
        <translation>碎片化指数高于此值时，内核会为大的分配整理内存而不是回收内存。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="151"/>
        <source>1 keeps NUMA allocation statistics; 0 saves a little time per allocation.</source>
        <translation>为 1 时保留 NUMA 分配统计；为 0 时每次分配可以省下一点时间。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="154"/>
        <source>Most open files the kernel will allocate system-wide.</source>
        <translation>内核在全系统范围内分配的打开文件数上限。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="155"/>
        <source>Open files now: allocated handles, allocated but unused (always 0 today), and the maximum.</source>
        <translation>当前打开的文件：已分配的句柄、已分配但未使用的句柄（如今始终为 0），以及上限。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="156"/>
        <source>Highest open file limit (RLIMIT_NOFILE) any process may be given.</source>
        <translation>可以给予任何进程的打开文件数限制（RLIMIT_NOFILE）的最大值。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="157"/>
        <source>Inodes allocated and inodes free.</source>
        <translation>已分配的 inode 和空闲的 inode。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="158"/>
        <source>Inodes allocated, free, and whether the kernel wants to shrink the cache, then unused fields.</source>
        <translation>已分配的 inode、空闲的 inode、内核是否想缩减缓存，以及未使用的字段。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="159"/>
        <source>Directory cache: entries, unused entries, age limit, want-pages, negative entries, unused.</source>
        <translation>目录缓存：条目数、未使用的条目、时限、want-pages、否定条目数、未使用字段。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="160"/>
        <source>Most asynchronous I/O requests (io_setup) allowed system-wide.</source>
        <translation>全系统允许的异步 I/O 请求（io_setup）上限。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="161"/>
        <source>Asynchronous I/O requests set up now.</source>
        <translation>当前已建立的异步 I/O 请求。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="162"/>
        <source>Most inotify watches one user may have; file managers and IDEs often need more.</source>
        <translation>一个用户最多可以拥有的 inotify 监视数；文件管理器和 IDE 常常需要更多。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="163"/>
        <source>Most inotify instances one user may create.</source>
        <translation>一个用户最多可以创建的 inotify 实例数。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="164"/>
        <source>Events queued on one inotify instance before overflow is reported.</source>
        <translation>一个 inotify 实例上排队的事件数上限，超过后报告溢出。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="165"/>
        <source>Most fanotify marks one user may have.</source>
        <translation>一个用户最多可以拥有的 fanotify 标记数。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="166"/>
        <source>Most fanotify groups one user may create.</source>
        <translation>一个用户最多可以创建的 fanotify 组数。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="167"/>
        <source>Most file descriptors one user may register with epoll in total.</source>
        <translation>一个用户总共可以向 epoll 注册的文件描述符数上限。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="168"/>
        <source>Largest pipe buffer an unprivileged process may set with F_SETPIPE_SZ.</source>
        <translation>非特权进程可以用 F_SETPIPE_SZ 设置的最大管道缓冲区。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="169"/>
        <source>Pipe buffer pages one user may hold before new pipes get only one page.</source>
        <translation>一个用户持有的管道缓冲页达到此数后，新管道只能得到一页。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="170"/>
        <source>Pipe buffer pages one user may hold before new pipes are refused; 0 for no limit.</source>
        <translation>一个用户持有的管道缓冲页达到此数后，新建管道会被拒绝；0 表示不限。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="171"/>
        <source>1 stops following symlinks in world-writable sticky directories (like /tmp) unless owned by the follower or the directory owner.</source>
        <translation>为 1 时，在所有人可写的粘滞目录（如 /tmp）中，除非链接属于跟随者或目录所有者，否则不跟随符号链接。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="172"/>
        <source>1 forbids making hard links to files one cannot read and write.</source>
        <translation>为 1 时禁止给自己无法读写的文件创建硬链接。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="173"/>
        <source>Restricts opening FIFOs one does not own in world-writable sticky directories: 0 off, 1 group-writable, 2 all.</source>
        <translation>限制在所有人可写的粘滞目录中打开不属于自己的 FIFO：0 关闭，1 针对组可写的目录，2 针对所有目录。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="174"/>
        <source>Like protected_fifos, for regular files opened with O_CREAT.</source>
        <translation>与 protected_fifos 类似，针对用 O_CREAT 打开的普通文件。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="175"/>
        <source>Core dumps of set-user-ID programs: 0 none, 1 as the user (unsafe), 2 readable by root only.</source>
        <translation>set-user-ID 程序的核心转储：0 不生成，1 以用户身份生成（不安全），2 只有 root 可读。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="176"/>
        <source>Seconds a lease holder gets to release its lease before the kernel breaks it.</source>
        <translation>租约持有者在内核强行解除租约前可以用来释放它的秒数。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="177"/>
        <source>1 allows file leases (F_SETLEASE).</source>
        <translation>为 1 时允许文件租约（F_SETLEASE）。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="178"/>
        <source>Most mounts in one mount namespace.</source>
        <translation>一个挂载命名空间中的挂载数上限。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="179"/>
        <source>Most POSIX message queues system-wide.</source>
        <translation>全系统 POSIX 消息队列数的上限。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="180"/>
        <source>Most messages in one POSIX message queue.</source>
        <translation>一个 POSIX 消息队列中的消息数上限。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="181"/>
        <source>Largest message on a POSIX message queue.</source>
        <translation>POSIX 消息队列中单条消息的最大长度。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="182"/>
        <source>Whether binfmt_misc starts programs by their format through registered interpreters.</source>
        <translation>binfmt_misc 是否根据程序的格式通过已注册的解释器启动程序。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="185"/>
        <source>Upper limit on the backlog a program may pass to listen().</source>
        <translation>程序传给 listen() 的等待队列长度的上限。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="186"/>
        <source>Packets queued per CPU on input when they arrive faster than the kernel handles them.</source>
        <translation>数据包到达快于内核处理时，每个 CPU 输入队列中可排队的包数。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="187"/>
        <source>Packets handled in one receive softirq run across all devices.</source>
        <translation>一次接收软中断中在所有设备上处理的数据包数。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="188"/>
        <source>Time one receive softirq run may take.</source>
        <translation>一次接收软中断可以占用的时间。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="189"/>
        <source>Packets one device may hand over per NAPI poll.</source>
        <translation>一个设备每次 NAPI 轮询可以交出的数据包数。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="190"/>
        <source>Default receive buffer of a socket.</source>
        <translation>套接字的默认接收缓冲区。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="191"/>
        <source>Largest receive buffer a program may ask for with SO_RCVBUF.</source>
        <translation>程序用 SO_RCVBUF 可以申请的最大接收缓冲区。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="192"/>
        <source>Default send buffer of a socket.</source>
        <translation>套接字的默认发送缓冲区。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="193"/>
        <source>Largest send buffer a program may ask for with SO_SNDBUF.</source>
        <translation>程序用 SO_SNDBUF 可以申请的最大发送缓冲区。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="194"/>
        <source>Ancillary buffer size per socket (control messages, filters).</source>
        <translation>每个套接字的辅助缓冲区大小（控制消息、过滤器）。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="195"/>
        <source>Queueing discipline given to new network devices (fq_codel, fq, pfifo_fast ...).</source>
        <translation>新网络设备使用的排队规则（fq_codel、fq、pfifo_fast ……）。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="196"/>
        <source>1 compiles BPF programs to machine code; 2 also dumps the code to the log.</source>
        <translation>为 1 时把 BPF 程序编译成机器码；为 2 时还会把代码输出到日志。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="197"/>
        <source>Hardens JIT-compiled BPF against spraying: 0 off, 1 for unprivileged programs, 2 for all.</source>
        <translation>加固 JIT 编译的 BPF 以防喷射攻击：0 关闭，1 针对非特权程序，2 针对所有程序。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="198"/>
        <source>1 lists JIT-compiled BPF programs in /proc/kallsyms for profilers.</source>
        <translation>为 1 时在 /proc/kallsyms 中列出 JIT 编译的 BPF 程序，供性能分析工具使用。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="199"/>
        <source>Memory unprivileged users may use for JIT-compiled BPF programs.</source>
        <translation>非特权用户可以用于 JIT 编译 BPF 程序的内存。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="200"/>
        <source>Time poll() and select() busy-wait on a device queue for low latency; 0 off.</source>
        <translation>poll() 和 select() 为降低延迟在设备队列上忙等待的时间；0 关闭。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="201"/>
        <source>Time a blocking read busy-waits on the device queue; 0 off.</source>
        <translation>阻塞读在设备队列上忙等待的时间；0 关闭。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="202"/>
        <source>Rate limit of network warnings: seconds per message.</source>
        <translation>网络警告的速率限制：每条消息的间隔秒数。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="203"/>
        <source>Rate limit of network warnings: messages allowed in a burst.</source>
        <translation>网络警告的速率限制：一次突发允许的消息数。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="204"/>
        <source>Size of the global flow table for Receive Flow Steering; 0 turns RFS off.</source>
        <translation>接收流导向（RFS）全局流表的大小；0 关闭 RFS。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="205"/>
        <source>Size of the per-CPU table that finds large flows when the backlog fills.</source>
        <translation>积压队列满时用于找出大流量的每 CPU 表的大小。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="206"/>
        <source>Key used for receive-side scaling hashes by drivers that take one.</source>
        <translation>接受密钥的驱动在接收端扩展（RSS）散列中使用的密钥。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="207"/>
        <source>Unused; kept for old scripts.</source>
        <translation>未使用；为兼容旧脚本而保留。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="208"/>
        <source>Datagrams queued on a Unix domain socket before senders block.</source>
        <translation>Unix 域套接字上可排队的数据报数，超过后发送者会阻塞。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="211"/>
        <source>1 routes IPv4 packets between interfaces, making this machine a router.</source>
        <translation>为 1 时在接口之间路由 IPv4 数据包，使本机成为路由器。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="212"/>
        <source>Time-to-live of outgoing IPv4 packets (hops before they are dropped).</source>
        <translation>发出的 IPv4 数据包的生存时间（被丢弃前可以经过的跳数）。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="213"/>
        <source>First and last local port handed to outgoing connections that did not bind one.</source>
        <translation>分配给未绑定端口的外发连接的本地端口范围（起止端口）。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="214"/>
        <source>Ports never handed out automatically (comma-separated list and ranges).</source>
        <translation>永远不会被自动分配的端口（逗号分隔的列表和范围）。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="215"/>
        <source>Ports below this need CAP_NET_BIND_SERVICE to bind.</source>
        <translation>绑定低于此值的端口需要 CAP_NET_BIND_SERVICE。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="216"/>
        <source>1 allows binding to addresses this machine does not have (yet).</source>
        <translation>为 1 时允许绑定本机（尚）没有的地址。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="217"/>
        <source>Non-zero turns off path MTU discovery.</source>
        <translation>不为零时关闭路径 MTU 发现。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="218"/>
        <source>For dial-up links with changing addresses: rewrite the source of sockets when the address changes.</source>
        <translation>用于地址会变化的拨号链路：地址变化时改写套接字的源地址。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="219"/>
        <source>1 looks up the socket of an incoming packet early to save a route lookup.</source>
        <translation>为 1 时提前查找传入数据包所属的套接字，以省去一次路由查找。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="220"/>
        <source>Groups (first and last GID) allowed to send ICMP echo with unprivileged ping sockets.</source>
        <translation>允许使用非特权 ping 套接字发送 ICMP echo 的组（起止 GID）。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="221"/>
        <source>Memory for reassembling IPv4 fragments; above it new fragments are dropped.</source>
        <translation>用于重组 IPv4 分片的内存；超过后新的分片会被丢弃。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="222"/>
        <source>Memory for reassembly the kernel returns to after dropping fragments.</source>
        <translation>丢弃分片后内核恢复到的重组内存量。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="223"/>
        <source>Seconds an incomplete IPv4 fragment set is kept.</source>
        <translation>不完整的 IPv4 分片集合保留的秒数。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="224"/>
        <source>1 ignores all ICMP echo requests: this machine does not answer ping.</source>
        <translation>为 1 时忽略所有 ICMP echo 请求：本机不回应 ping。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="225"/>
        <source>1 ignores pings sent to broadcast and multicast addresses.</source>
        <translation>为 1 时忽略发往广播和多播地址的 ping。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="226"/>
        <source>Minimum time between ICMP messages of the types in icmp_ratemask to one host.</source>
        <translation>向同一主机发送 icmp_ratemask 中各类 ICMP 消息的最小间隔。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="227"/>
        <source>Bit mask of the ICMP types that are rate-limited.</source>
        <translation>受速率限制的 ICMP 类型的位掩码。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="228"/>
        <source>Most ICMP messages sent per second, to all hosts together.</source>
        <translation>每秒发往所有主机的 ICMP 消息总数上限。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="229"/>
        <source>1 does not log bogus ICMP error replies sent to broadcast frames.</source>
        <translation>为 1 时不记录针对广播帧的伪造 ICMP 错误应答。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="230"/>
        <source>Most multicast groups one socket may join.</source>
        <translation>一个套接字最多可以加入的多播组数。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="231"/>
        <source>Congestion control algorithm for new TCP connections (cubic, bbr, reno ...).</source>
        <translation>新 TCP 连接使用的拥塞控制算法（cubic、bbr、reno ……）。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="232"/>
        <source>Congestion control algorithms loaded in this kernel.</source>
        <translation>本内核中已加载的拥塞控制算法。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="233"/>
        <source>Congestion control algorithms unprivileged programs may choose with TCP_CONGESTION.</source>
        <translation>非特权程序可以用 TCP_CONGESTION 选择的拥塞控制算法。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="234"/>
        <source>SYN cookies against SYN floods: 0 off, 1 when the queue overflows, 2 always.</source>
        <translation>抵御 SYN 洪水的 SYN cookie：0 关闭，1 队列溢出时启用，2 总是启用。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="235"/>
        <source>Half-open connections remembered per listener before SYNs are dropped or cookies used.</source>
        <translation>每个监听者记住的半开连接数，超过后丢弃 SYN 或使用 cookie。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="236"/>
        <source>Times a connecting SYN is resent before connect() gives up.</source>
        <translation>connect() 放弃之前重发 SYN 的次数。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="237"/>
        <source>Times a SYN-ACK is resent to a connecting peer that does not answer.</source>
        <translation>向不应答的连接方重发 SYN-ACK 的次数。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="238"/>
        <source>Retransmissions after which TCP asks the network layer to check the route.</source>
        <translation>重传多少次后 TCP 要求网络层检查路由。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="239"/>
        <source>Retransmissions after which an established connection is given up (15 is about 15 minutes).</source>
        <translation>重传多少次后放弃已建立的连接（15 大约相当于 15 分钟）。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="240"/>
        <source>Seconds an orphaned connection stays in FIN-WAIT-2.</source>
        <translation>孤儿连接停留在 FIN-WAIT-2 状态的秒数。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="241"/>
        <source>Idle time before the first keepalive probe on sockets with SO_KEEPALIVE.</source>
        <translation>启用了 SO_KEEPALIVE 的套接字在发送第一个保活探测前的空闲时间。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="242"/>
        <source>Time between keepalive probes.</source>
        <translation>保活探测之间的间隔。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="243"/>
        <source>Unanswered keepalive probes before the connection is dropped.</source>
        <translation>多少个保活探测得不到应答后断开连接。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="244"/>
        <source>TCP receive buffer: minimum, default and maximum the kernel may grow it to.</source>
        <translation>TCP 接收缓冲区：最小值、默认值以及内核可以把它增大到的最大值。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="245"/>
        <source>TCP send buffer: minimum, default and maximum the kernel may grow it to.</source>
        <translation>TCP 发送缓冲区：最小值、默认值以及内核可以把它增大到的最大值。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="246"/>
        <source>All TCP sockets together: below the first value no pressure, above the second pressure, the third is the hard limit.</source>
        <translation>所有 TCP 套接字合计：低于第一个值时没有压力，高于第二个值时处于压力状态，第三个值是硬限制。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="247"/>
        <source>All UDP sockets together: no pressure, pressure, hard limit.</source>
        <translation>所有 UDP 套接字合计：无压力阈值、压力阈值、硬限制。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="248"/>
        <source>Receive buffer each UDP socket keeps even under memory pressure.</source>
        <translation>即使在内存压力下每个 UDP 套接字也保留的接收缓冲区。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="249"/>
        <source>Send buffer each UDP socket keeps even under memory pressure.</source>
        <translation>即使在内存压力下每个 UDP 套接字也保留的发送缓冲区。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="250"/>
        <source>TCP timestamps (RFC 7323): 0 off, 1 on with random offsets, 2 on without.</source>
        <translation>TCP 时间戳（RFC 7323）：0 关闭，1 启用并使用随机偏移，2 启用但不使用随机偏移。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="251"/>
        <source>1 allows receive windows larger than 64 KiB.</source>
        <translation>为 1 时允许大于 64 KiB 的接收窗口。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="252"/>
        <source>1 uses selective acknowledgements.</source>
        <translation>为 1 时使用选择性确认（SACK）。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="253"/>
        <source>1 reports duplicate segments with D-SACK.</source>
        <translation>为 1 时用 D-SACK 报告重复的报文段。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="254"/>
        <source>Explicit Congestion Notification: 0 off, 1 ask for it, 2 use it when the peer asks.</source>
        <translation>显式拥塞通知（ECN）：0 关闭，1 主动请求，2 对方请求时使用。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="255"/>
        <source>TCP Fast Open bit mask: 1 for clients, 2 for servers, more bits for testing.</source>
        <translation>TCP 快速打开的位掩码：1 用于客户端，2 用于服务器，其他位用于测试。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="256"/>
        <source>Reuse TIME-WAIT sockets for new outgoing connections: 0 never, 1 always, 2 on loopback only.</source>
        <translation>为新的外发连接复用 TIME-WAIT 套接字：0 从不，1 总是，2 只在回环接口上。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="257"/>
        <source>Most sockets in TIME-WAIT; beyond it they are destroyed at once.</source>
        <translation>处于 TIME-WAIT 状态的套接字数上限；超过后立即销毁。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="258"/>
        <source>Most TCP sockets not attached to any file descriptor.</source>
        <translation>没有关联任何文件描述符的 TCP 套接字数上限。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="259"/>
        <source>Retries before an orphaned connection is killed; 0 means 8.</source>
        <translation>孤儿连接被杀死前的重试次数；0 表示 8 次。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="260"/>
        <source>Packetization-layer path MTU discovery: 0 off, 1 after an ICMP black hole is detected, 2 always.</source>
        <translation>分组层路径 MTU 发现：0 关闭，1 检测到 ICMP 黑洞后启用，2 总是启用。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="261"/>
        <source>1 shrinks the congestion window after a connection was idle.</source>
        <translation>为 1 时在连接空闲后缩小拥塞窗口。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="262"/>
        <source>1 does not remember round-trip times and windows of closed connections for new ones.</source>
        <translation>为 1 时不为新连接保留已关闭连接的往返时间和窗口。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="263"/>
        <source>1 lets the kernel tune each receive buffer within tcp_rmem.</source>
        <translation>为 1 时让内核在 tcp_rmem 范围内自动调整每个接收缓冲区。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="264"/>
        <source>Unsent data below which a socket counts as writable; lowers latency for interactive senders.</source>
        <translation>未发送数据少于此值时套接字被视为可写；可以降低交互式发送者的延迟。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="265"/>
        <source>1 ignores RST for sockets in TIME-WAIT (RFC 1337 protection).</source>
        <translation>为 1 时对 TIME-WAIT 状态的套接字忽略 RST（RFC 1337 保护）。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="266"/>
        <source>1 resets new connections when the accept queue is full instead of letting the client retry.</source>
        <translation>为 1 时在 accept 队列已满时重置新连接，而不是让客户端重试。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="267"/>
        <source>No effect any more; kept for old scripts.</source>
        <translation>已不再起作用；为兼容旧脚本而保留。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="268"/>
        <source>1 merges small writes into fewer packets while earlier ones wait in the device queue.</source>
        <translation>为 1 时在先前的数据包仍在设备队列中等待时，把小的写操作合并成较少的数据包。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="269"/>
        <source>Initial reordering level: how many packets out of order before TCP assumes loss.</source>
        <translation>初始重排序等级：多少个乱序数据包之后 TCP 认为发生了丢包。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="270"/>
        <source>Forward RTO-Recovery: detect spurious retransmission timeouts.</source>
        <translation>前向 RTO 恢复（F-RTO）：检测虚假的重传超时。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="271"/>
        <source>Tail loss probe and early retransmit mode.</source>
        <translation>尾部丢失探测和早期重传模式。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="272"/>
        <source>Bit mask of loss recovery features; 1 enables RACK.</source>
        <translation>丢包恢复特性的位掩码；1 启用 RACK。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="273"/>
        <source>Smallest MSS a peer can make this machine send, against tiny-segment attacks.</source>
        <translation>对端可以让本机使用的最小 MSS，用于抵御极小报文段攻击。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="274"/>
        <source>MSS path MTU probing starts from.</source>
        <translation>路径 MTU 探测开始时使用的 MSS。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="275"/>
        <source>Challenge ACKs sent per second (RFC 5961).</source>
        <translation>每秒发送的挑战 ACK 数（RFC 5961）。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="276"/>
        <source>Data one TCP flow may have queued in the device (TCP small queues).</source>
        <translation>一个 TCP 流可以在设备中排队的数据量（TCP 小队列）。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="277"/>
        <source>Size of the established-connections hash table of this network namespace.</source>
        <translation>此网络命名空间中已建立连接哈希表的大小。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="278"/>
        <source>1 gives accepted sockets the firewall mark of the incoming SYN.</source>
        <translation>为 1 时让 accept 得到的套接字带上传入 SYN 的防火墙标记。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="279"/>
        <source>Pacing rate in slow start as a share of cwnd/RTT.</source>
        <translation>慢启动阶段的发送节奏，以 cwnd/RTT 的百分比表示。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="280"/>
        <source>Pacing rate in congestion avoidance as a share of cwnd/RTT.</source>
        <translation>拥塞避免阶段的发送节奏，以 cwnd/RTT 的百分比表示。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="281"/>
        <source>1 looks up connected UDP sockets early to save a route lookup.</source>
        <translation>为 1 时提前查找已连接的 UDP 套接字，以省去一次路由查找。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="282"/>
        <source>Write any value to flush the IPv4 route cache; write-only.</source>
        <translation>写入任意值以清空 IPv4 路由缓存；只能写入。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="283"/>
        <source>Smallest path MTU the kernel accepts from ICMP messages.</source>
        <translation>内核从 ICMP 消息中接受的最小路径 MTU。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="284"/>
        <source>Seconds a learned path MTU is kept.</source>
        <translation>学到的路径 MTU 保留的秒数。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="285"/>
        <source>Which headers pick the path of multipath routes: 0 L3, 1 L4, 2 inner L3, 3 custom fields.</source>
        <translation>多路径路由用哪些头部来选择路径：0 三层，1 四层，2 内层三层，3 自定义字段。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="286"/>
        <source>1 forwards IPv4 packets arriving on this interface (all: every interface).</source>
        <translation>为 1 时转发从此接口到达的 IPv4 数据包（all：所有接口）。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="287"/>
        <source>Reverse path filter: 0 off, 1 strict (drop if the reply would leave by another interface), 2 loose.</source>
        <translation>反向路径过滤：0 关闭，1 严格（如果应答会从另一个接口离开就丢弃），2 宽松。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="288"/>
        <source>1 accepts ICMP redirects, letting routers change our routes.</source>
        <translation>为 1 时接受 ICMP 重定向，允许路由器修改我们的路由。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="289"/>
        <source>1 accepts redirects only from our listed gateways.</source>
        <translation>为 1 时只接受来自我们列出的网关的重定向。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="290"/>
        <source>1 sends ICMP redirects when acting as a router.</source>
        <translation>为 1 时在充当路由器时发送 ICMP 重定向。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="291"/>
        <source>1 accepts packets with the source route option; usually off for safety.</source>
        <translation>为 1 时接受带源路由选项的数据包；出于安全考虑通常关闭。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="292"/>
        <source>1 logs packets with impossible source addresses.</source>
        <translation>为 1 时记录源地址不可能存在的数据包。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="293"/>
        <source>1 answers ARP requests for addresses we can route to.</source>
        <translation>为 1 时为我们能够路由到的地址应答 ARP 请求（代理 ARP）。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="294"/>
        <source>Which ARP requests get an answer: 0 any local address, 1 only for this interface&apos;s addresses, higher stricter.</source>
        <translation>哪些 ARP 请求会得到应答：0 任何本地地址，1 只针对此接口的地址，更高的值更严格。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="295"/>
        <source>Which source address ARP requests use: 0 any, 1 try the target&apos;s subnet, 2 the best local one.</source>
        <translation>ARP 请求使用哪个源地址：0 任意，1 尽量使用与目标同一子网的地址，2 最合适的本地地址。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="296"/>
        <source>1 answers ARP only on the interface the reply would be routed through.</source>
        <translation>为 1 时只在应答会经过的接口上回应 ARP。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="297"/>
        <source>1 allows routing 127.0.0.0/8 addresses from outside; dangerous.</source>
        <translation>为 1 时允许路由来自外部的 127.0.0.0/8 地址；很危险。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="298"/>
        <source>1 promotes a secondary address when the primary is removed, instead of removing them all.</source>
        <translation>为 1 时在删除主地址时提升一个次地址，而不是把它们全部删除。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="299"/>
        <source>1 skips IPsec policy checks on this interface.</source>
        <translation>为 1 时在此接口上跳过 IPsec 策略检查。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="300"/>
        <source>Set by a multicast routing daemon: 1 while it forwards multicast; read-only.</source>
        <translation>由多播路由守护进程设置：转发多播时为 1；只读。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="301"/>
        <source>ARP table entries below which the garbage collector leaves the table alone.</source>
        <translation>ARP 表条目数低于此值时垃圾回收器不会处理该表。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="302"/>
        <source>Soft limit of ARP table entries; above it for 5 s the collector runs.</source>
        <translation>ARP 表条目的软限制；超过 5 秒后运行垃圾回收器。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="303"/>
        <source>Hard limit of ARP table entries.</source>
        <translation>ARP 表条目的硬限制。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="304"/>
        <source>Base time a neighbour counts as reachable after confirmation (randomised to 0.5–1.5 times).</source>
        <translation>邻居在确认后被视为可达的基准时间（随机化为 0.5–1.5 倍）。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="305"/>
        <source>Time between retransmitted ARP requests.</source>
        <translation>重发 ARP 请求的间隔。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="306"/>
        <source>Seconds before a stale neighbour entry is checked again.</source>
        <translation>过期邻居条目被再次检查前的秒数。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="307"/>
        <source>Packets queued per unresolved address while ARP works.</source>
        <translation>ARP 解析期间每个未解析地址可排队的数据包数。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="310"/>
        <source>1 turns IPv6 off on this interface (all: every interface).</source>
        <translation>为 1 时在此接口上关闭 IPv6（all：所有接口）。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="311"/>
        <source>1 makes the interface a router: forward IPv6 and ignore router advertisements unless accept_ra is 2.</source>
        <translation>为 1 时使接口成为路由器：转发 IPv6，并忽略路由器通告（除非 accept_ra 为 2）。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="312"/>
        <source>Router advertisements: 0 ignore, 1 accept when not forwarding, 2 accept even when forwarding.</source>
        <translation>路由器通告：0 忽略，1 未转发时接受，2 即使转发也接受。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="313"/>
        <source>1 makes addresses from prefixes in router advertisements (SLAAC).</source>
        <translation>为 1 时根据路由器通告中的前缀生成地址（SLAAC）。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="314"/>
        <source>Privacy addresses: 0 off, 1 make but prefer public, 2 make and prefer them.</source>
        <translation>隐私地址：0 关闭，1 生成但优先使用公共地址，2 生成并优先使用隐私地址。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="315"/>
        <source>1 accepts ICMPv6 redirects.</source>
        <translation>为 1 时接受 ICMPv6 重定向。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="316"/>
        <source>Duplicate address detection: 0 off, 1 on, 2 on and disable IPv6 on a duplicate link-local address.</source>
        <translation>重复地址检测：0 关闭，1 启用，2 启用并在链路本地地址重复时禁用 IPv6。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="317"/>
        <source>Default hop limit of outgoing IPv6 packets.</source>
        <translation>发出的 IPv6 数据包的默认跳数限制。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="318"/>
        <source>IPv6 MTU of the interface: at least 1280, at most the link&apos;s MTU.</source>
        <translation>接口的 IPv6 MTU：至少为 1280，至多为链路的 MTU。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="319"/>
        <source>How the link-local address is made: 0 from the MAC (EUI-64), 1 none, 2 stable privacy, 3 random stable privacy.</source>
        <translation>链路本地地址的生成方式：0 由 MAC 地址生成（EUI-64），1 不生成，2 稳定隐私地址，3 随机的稳定隐私地址。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="320"/>
        <source>Secret for stable privacy addresses (RFC 7217); unreadable until set.</source>
        <translation>稳定隐私地址（RFC 7217）使用的密钥；设置之前无法读取。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="321"/>
        <source>1 keeps IPv6 addresses when the link goes down.</source>
        <translation>为 1 时在链路断开时保留 IPv6 地址。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="322"/>
        <source>Router solicitations sent after the interface comes up; -1 keeps sending.</source>
        <translation>接口启用后发送的路由器请求数；-1 表示持续发送。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="323"/>
        <source>1 makes IPv6 sockets IPv6-only by default (IPV6_V6ONLY).</source>
        <translation>为 1 时 IPv6 套接字默认只用于 IPv6（IPV6_V6ONLY）。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="324"/>
        <source>Minimum time between ICMPv6 messages to one host.</source>
        <translation>向同一主机发送 ICMPv6 消息的最小间隔。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="325"/>
        <source>1 ignores all ICMPv6 echo requests.</source>
        <translation>为 1 时忽略所有 ICMPv6 echo 请求。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="326"/>
        <source>Memory for reassembling IPv6 fragments.</source>
        <translation>用于重组 IPv6 分片的内存。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="327"/>
        <source>Seconds an incomplete IPv6 fragment set is kept.</source>
        <translation>不完整的 IPv6 分片集合保留的秒数。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="328"/>
        <source>Write to flush the IPv6 route cache; write-only.</source>
        <translation>写入以清空 IPv6 路由缓存；只能写入。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="329"/>
        <source>Most IPv6 route cache entries.</source>
        <translation>IPv6 路由缓存条目数上限。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="330"/>
        <source>Hard limit of IPv6 neighbour table entries.</source>
        <translation>IPv6 邻居表条目的硬限制。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="333"/>
        <source>Most connections tracked; when full, new connections are dropped.</source>
        <translation>跟踪的连接数上限；满了之后新连接会被丢弃。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="334"/>
        <source>Most connections tracked (same as net.netfilter.nf_conntrack_max).</source>
        <translation>跟踪的连接数上限（与 net.netfilter.nf_conntrack_max 相同）。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="335"/>
        <source>Connections tracked now.</source>
        <translation>当前跟踪的连接数。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="336"/>
        <source>Size of the connection tracking hash table.</source>
        <translation>连接跟踪哈希表的大小。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="337"/>
        <source>Seconds an idle established TCP connection stays tracked.</source>
        <translation>空闲的已建立 TCP 连接保持被跟踪的秒数。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="338"/>
        <source>Seconds a one-way UDP flow stays tracked.</source>
        <translation>单向 UDP 流保持被跟踪的秒数。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="339"/>
        <source>1 counts packets and bytes per tracked connection.</source>
        <translation>为 1 时统计每个被跟踪连接的数据包数和字节数。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="340"/>
        <source>1 passes bridged IPv4 traffic through iptables; container networks usually need it.</source>
        <translation>为 1 时让桥接的 IPv4 流量经过 iptables；容器网络通常需要它。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="341"/>
        <source>1 passes bridged IPv6 traffic through ip6tables.</source>
        <translation>为 1 时让桥接的 IPv6 流量经过 ip6tables。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="344"/>
        <source>Most user namespaces the current user namespace may contain; 0 forbids creating them.</source>
        <translation>当前用户命名空间中可以包含的用户命名空间数上限；0 禁止创建。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="345"/>
        <source>Most network namespaces in the current user namespace.</source>
        <translation>当前用户命名空间中网络命名空间数的上限。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="346"/>
        <source>Most mount namespaces in the current user namespace.</source>
        <translation>当前用户命名空间中挂载命名空间数的上限。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="347"/>
        <source>Most PID namespaces in the current user namespace.</source>
        <translation>当前用户命名空间中 PID 命名空间数的上限。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="348"/>
        <source>Most inotify watches per user in this user namespace.</source>
        <translation>此用户命名空间中每个用户的 inotify 监视数上限。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="349"/>
        <source>1 loads line discipline modules on demand for any user; 0 only for CAP_SYS_MODULE.</source>
        <translation>为 1 时为任何用户按需加载线路规程模块；为 0 时只为拥有 CAP_SYS_MODULE 的用户加载。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="350"/>
        <source>1 allows TIOCSTI, faking terminal input, an old source of attacks.</source>
        <translation>为 1 时允许 TIOCSTI 伪造终端输入，这是一个古老的攻击来源。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="351"/>
        <source>1 maps the vDSO into 32-bit processes.</source>
        <translation>为 1 时把 vDSO 映射到 32 位进程中。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="352"/>
        <source>1 logs user-space processes killed by unhandled signals such as segfaults.</source>
        <translation>为 1 时记录被未处理信号（如段错误）杀死的用户空间进程。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="416"/>
        <source>s</source>
        <translation>秒</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="417"/>
        <source>ms</source>
        <translation>毫秒</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="418"/>
        <source>µs</source>
        <translation>微秒</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="419"/>
        <source>ns</source>
        <translation>纳秒</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="420"/>
        <source>1/100 s</source>
        <translation>1/100 秒</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="421"/>
        <source>jiffies</source>
        <translation>jiffies</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="422"/>
        <source>bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="423"/>
        <source>KiB</source>
        <translation>KiB</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="424"/>
        <source>pages</source>
        <translation>页</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="425"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="426"/>
        <source>packets</source>
        <translation>个包</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctldocs.cpp" line="427"/>
        <source>entries</source>
        <translation>个条目</translation>
    </message>
</context>
<context>
    <name>SysctlPersistence</name>
    <message>
        <location filename="../app/gui/sysctlpersistence.cpp" line="18"/>
        <source>&lt;p&gt;&lt;b&gt;At start:&lt;/b&gt; &lt;tt&gt;%1&lt;/tt&gt; when Kernel Channels started.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;启动时：&lt;/b&gt;Kernel Channels 启动时为 &lt;tt&gt;%1&lt;/tt&gt;。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/sysctlpersistence.cpp" line="20"/>
        <source>&lt;p&gt;&lt;b&gt;At boot:&lt;/b&gt; set to &lt;tt&gt;%1&lt;/tt&gt; by &lt;tt&gt;%2&lt;/tt&gt;, line %3.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;开机时：&lt;/b&gt;由 &lt;tt&gt;%2&lt;/tt&gt; 第 %3 行设为 &lt;tt&gt;%1&lt;/tt&gt;。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/sysctlpersistence.cpp" line="24"/>
        <source>&lt;p&gt;&lt;b&gt;At boot:&lt;/b&gt; no sysctl.d file sets it; it starts with the kernel&apos;s own default.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;开机时：&lt;/b&gt;没有 sysctl.d 文件设置它；它以内核自己的默认值开始。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/sysctlpersistence.cpp" line="27"/>
        <source>&lt;p&gt;A change lasts until the next reboot. To keep a value, put this line in &lt;tt&gt;%1&lt;/tt&gt; (Kernel Channels does not write it):&lt;br&gt;&lt;tt&gt;%2&lt;/tt&gt; &lt;a href=&quot;%3&quot;&gt;Copy the line&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;修改只持续到下次重启。要保留一个值，请把这一行放进 &lt;tt&gt;%1&lt;/tt&gt;（Kernel Channels 不会写入它）：&lt;br&gt;&lt;tt&gt;%2&lt;/tt&gt; &lt;a href=&quot;%3&quot;&gt;复制这一行&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>SysctlSnapshot</name>
    <message>
        <location filename="../core/sysctl/sysctlsnapshot.cpp" line="51"/>
        <source>Not a snapshot: the file is not JSON (%1 at byte %2).</source>
        <translation>不是快照：该文件不是 JSON（第 %2 字节处：%1）。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctlsnapshot.cpp" line="57"/>
        <source>Not a snapshot: the JSON was not written by Kernel Channels&apos; sysctl snapshot.</source>
        <translation>不是快照：该 JSON 不是由内核通道的 sysctl 快照功能写入的。</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <location filename="../app/gui/theme.cpp" line="152"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../app/gui/theme.cpp" line="153"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../app/gui/theme.cpp" line="156"/>
        <source>System</source>
        <translation>跟随系统</translation>
    </message>
</context>
<context>
    <name>TraceFormat</name>
    <message>
        <location filename="../core/trace/traceformat.cpp" line="174"/>
        <source>not JSON: %1</source>
        <translation>不是 JSON：%1</translation>
    </message>
    <message>
        <location filename="../core/trace/traceformat.cpp" line="176"/>
        <source>not a JSON object</source>
        <translation>不是 JSON 对象</translation>
    </message>
    <message>
        <location filename="../core/trace/traceformat.cpp" line="181"/>
        <source>no &quot;call&quot; name</source>
        <translation>没有“call”名称</translation>
    </message>
    <message>
        <location filename="../core/trace/traceformat.cpp" line="186"/>
        <source>no valid &quot;time&quot;</source>
        <translation>没有有效的“time”</translation>
    </message>
    <message>
        <location filename="../core/trace/traceformat.cpp" line="190"/>
        <source>no &quot;pid&quot; or &quot;tid&quot; number</source>
        <translation>没有“pid”或“tid”数字</translation>
    </message>
    <message>
        <location filename="../core/trace/traceformat.cpp" line="200"/>
        <source>no &quot;args&quot; list</source>
        <translation>没有“args”列表</translation>
    </message>
    <message>
        <location filename="../core/trace/traceformat.cpp" line="204"/>
        <source>an argument without &quot;name&quot; and &quot;value&quot;</source>
        <translation>某个参数没有“name”和“value”</translation>
    </message>
    <message>
        <location filename="../core/trace/traceformat.cpp" line="209"/>
        <source>&quot;ret&quot; is neither a number nor null</source>
        <translation>“ret”既不是数字也不是 null</translation>
    </message>
    <message>
        <location filename="../core/trace/traceformat.cpp" line="228"/>
        <source>&quot;channels&quot; is not a list</source>
        <translation>“channels”不是列表</translation>
    </message>
    <message>
        <location filename="../core/trace/traceformat.cpp" line="234"/>
        <source>a channel without a known &quot;channel&quot; and an &quot;fd&quot;</source>
        <translation>某个通道没有已知的“channel”和“fd”</translation>
    </message>
    <message>
        <location filename="../core/trace/traceformat.cpp" line="253"/>
        <source>a &quot;netlink&quot; payload that is not hexadecimal bytes with a protocol</source>
        <translation>“netlink”载荷不是带协议的十六进制字节</translation>
    </message>
    <message>
        <location filename="../core/trace/traceformat.cpp" line="300"/>
        <source>Not every line of %1 is a call of a trace: %2 left out, the first at line %3 (%4).</source>
        <translation>%1 中并非每一行都是跟踪中的调用：略去了 %2 行，第一处在第 %3 行（%4）。</translation>
    </message>
</context>
<context>
    <name>TraceSummary</name>
    <message numerus="yes">
        <location filename="../core/trace/tracesummary.cpp" line="120"/>
        <source>%Ln opened</source>
        <translation>
            <numerusform>打开 %Ln 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/trace/tracesummary.cpp" line="122"/>
        <source>%Ln received</source>
        <translation>
            <numerusform>接收 %Ln 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/trace/tracesummary.cpp" line="122"/>
        <source>%Ln read(s)</source>
        <translation>
            <numerusform>读取 %Ln 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/trace/tracesummary.cpp" line="124"/>
        <source>%Ln sent</source>
        <translation>
            <numerusform>发送 %Ln 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/trace/tracesummary.cpp" line="124"/>
        <source>%Ln write(s)</source>
        <translation>
            <numerusform>写入 %Ln 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/trace/tracesummary.cpp" line="126"/>
        <source>%Ln ioctl(s)</source>
        <translation>
            <numerusform>ioctl %Ln 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/trace/tracesummary.cpp" line="128"/>
        <source>%Ln other call(s)</source>
        <translation>
            <numerusform>其他调用 %Ln 次</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/trace/tracesummary.cpp" line="130"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>Why</name>
    <message>
        <location filename="../core/why/why_path.cpp" line="62"/>
        <source>we are %1 (uid %2), in groups %3</source>
        <translation>我们是 %1（uid %2），属于组 %3</translation>
    </message>
    <message>
        <location filename="../core/why/why_path.cpp" line="113"/>
        <source>we own it and the owner bits allow it</source>
        <translation>我们是所有者，所有者权限位允许</translation>
    </message>
    <message>
        <location filename="../core/why/why_path.cpp" line="113"/>
        <source>we own it, but the owner bits do not allow it</source>
        <translation>我们是所有者，但所有者权限位不允许</translation>
    </message>
    <message>
        <location filename="../core/why/why_path.cpp" line="119"/>
        <source>an ACL entry for our user allows it</source>
        <translation>针对我们用户的 ACL 条目允许</translation>
    </message>
    <message>
        <location filename="../core/why/why_path.cpp" line="119"/>
        <source>an ACL entry for our user does not allow it</source>
        <translation>针对我们用户的 ACL 条目不允许</translation>
    </message>
    <message>
        <location filename="../core/why/why_path.cpp" line="140"/>
        <source>we are in its group and the group bits allow it</source>
        <translation>我们属于它的组，组权限位允许</translation>
    </message>
    <message>
        <location filename="../core/why/why_path.cpp" line="141"/>
        <source>we are in its group, but the group bits do not allow it</source>
        <translation>我们属于它的组，但组权限位不允许</translation>
    </message>
    <message>
        <location filename="../core/why/why_path.cpp" line="144"/>
        <source>not the owner and not in its group, but everyone may</source>
        <translation>不是所有者也不在它的组中，但所有人都可以</translation>
    </message>
    <message>
        <location filename="../core/why/why_path.cpp" line="145"/>
        <source>not the owner, not in its group, and others may not</source>
        <translation>不是所有者，不在它的组中，其他人也不被允许</translation>
    </message>
    <message>
        <location filename="../core/why/why_path.cpp" line="156"/>
        <source>; our capability %1 overrides that</source>
        <translation>；我们的能力 %1 可以越过这一限制</translation>
    </message>
    <message>
        <location filename="../core/why/why_path.cpp" line="164"/>
        <source>owned by %1, mode %2 (%3), group %4</source>
        <translation>所有者 %1，权限 %2（%3），组 %4</translation>
    </message>
    <message>
        <location filename="../core/why/why_path.cpp" line="176"/>
        <source>a directory</source>
        <translation>一个目录</translation>
    </message>
    <message>
        <location filename="../core/why/why_path.cpp" line="178"/>
        <source>a character device node, number %1:%2</source>
        <translation>一个字符设备节点，设备号 %1:%2</translation>
    </message>
    <message>
        <location filename="../core/why/why_path.cpp" line="180"/>
        <source>a block device node, number %1:%2</source>
        <translation>一个块设备节点，设备号 %1:%2</translation>
    </message>
    <message>
        <location filename="../core/why/why_path.cpp" line="182"/>
        <source>a FIFO (named pipe): reading waits for a writer</source>
        <translation>一个 FIFO（命名管道）：读取会等待写入者</translation>
    </message>
    <message>
        <location filename="../core/why/why_path.cpp" line="184"/>
        <source>a unix socket: connect to it, it cannot be read as a file</source>
        <translation>一个 unix 套接字：应连接它，不能当作文件读取</translation>
    </message>
    <message>
        <location filename="../core/why/why_path.cpp" line="185"/>
        <source>a special file</source>
        <translation>一个特殊文件</translation>
    </message>
    <message>
        <location filename="../core/why/why_path.cpp" line="209"/>
        <location filename="../core/why/why_path.cpp" line="224"/>
        <location filename="../core/why/why_path.cpp" line="306"/>
        <source>Exists</source>
        <translation>存在</translation>
    </message>
    <message>
        <location filename="../core/why/why_path.cpp" line="209"/>
        <source>No process %1 is running: it has exited, or there never was one.</source>
        <translation>没有正在运行的进程 %1：它已经退出，或者从未存在过。</translation>
    </message>
    <message>
        <location filename="../core/why/why_path.cpp" line="210"/>
        <source>Look the process up again (kchan procs); process IDs are reused.</source>
        <translation>重新查找该进程（kchan procs）；进程 ID 会被复用。</translation>
    </message>
    <message>
        <location filename="../core/why/why_path.cpp" line="212"/>
        <source>Hidden processes</source>
        <translation>隐藏的进程</translation>
    </message>
    <message>
        <location filename="../core/why/why_path.cpp" line="213"/>
        <source>/proc is mounted with hidepid=%1: other users&apos; processes are invisible to us, so it may exist.</source>
        <translation>/proc 以 hidepid=%1 挂载：其他用户的进程对我们不可见，因此它可能存在。</translation>
    </message>
    <message>
        <location filename="../core/why/why_path.cpp" line="214"/>
        <source>Run as root, or as a member of the group given by gid= of the /proc mount.</source>
        <translation>以 root 身份运行，或作为 /proc 挂载选项 gid= 所指定组的成员运行。</translation>
    </message>
    <message>
        <location filename="../core/why/why_path.cpp" line="219"/>
        <source>sysfs shows only what the kernel has now: the device, driver or module that would create this entry is absent.</source>
        <translation>sysfs 只显示内核当前拥有的东西：会创建这个条目的设备、驱动或模块不存在。</translation>
    </message>
    <message>
        <location filename="../core/why/why_path.cpp" line="221"/>
        <source>Device nodes appear when a driver registers a device and devtmpfs (or udev) creates the node; no driver has made this one.</source>
        <translation>当驱动注册设备并由 devtmpfs（或 udev）创建节点时，设备节点才会出现；没有驱动创建这个节点。</translation>
    </message>
    <message>
        <location filename="../core/why/why_path.cpp" line="223"/>
        <source>This kernel has no such /proc entry: it may be built without the option that provides it.</source>
        <translation>这个内核没有这样的 /proc 条目：内核可能在编译时没有启用提供它的选项。</translation>
    </message>
    <message>
        <location filename="../core/why/why_path.cpp" line="225"/>
        <source>%1: %2. The nearest existing directory is %3.</source>
        <translation>%1：%2。最近的存在的目录是 %3。</translation>
    </message>
    <message>
        <location filename="../core/why/why_path.cpp" line="237"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../core/why/why_path.cpp" line="244"/>
        <location filename="../core/why/why_path.cpp" line="246"/>
        <source>Directories on the way</source>
        <translation>路径上的目录</translation>
    </message>
    <message>
        <location filename="../core/why/why_path.cpp" line="244"/>
        <source>We may enter (search) every directory above it.</source>
        <translation>我们可以进入（搜索）它上面的每一级目录。</translation>
    </message>
    <message>
        <location filename="../core/why/why_path.cpp" line="247"/>
        <source>We may not enter %1.</source>
        <translation>我们不能进入 %1。</translation>
    </message>
    <message>
        <location filename="../core/why/why_path.cpp" line="248"/>
        <source>Ask for search (x) permission on that directory, or run as its owner or root.</source>
        <translation>申请该目录的搜索（x）权限，或以其所有者或 root 身份运行。</translation>
    </message>
    <message>
        <location filename="../core/why/why_path.cpp" line="264"/>
        <source>Load the driver&apos;s module (modprobe), or check that the node&apos;s number is right; opening it would fail with ENXIO or ENODEV.</source>
        <translation>加载驱动模块（modprobe），或检查节点的设备号是否正确；打开它会以 ENXIO 或 ENODEV 失败。</translation>
    </message>
    <message>
        <location filename="../core/why/why_path.cpp" line="272"/>
        <location filename="../core/why/why_path.cpp" line="280"/>
        <source>Device in sysfs</source>
        <translation>sysfs 中的设备</translation>
    </message>
    <message>
        <location filename="../core/why/why_path.cpp" line="273"/>
        <source>No device %1:%2 in /sys/dev/%3: the driver has the major number but made no device with this minor.</source>
        <translation>/sys/dev/%3 中没有设备 %1:%2：驱动拥有该主设备号，但没有创建此次设备号的设备。</translation>
    </message>
    <message>
        <location filename="../core/why/why_path.cpp" line="275"/>
        <source>Opening the node would likely fail with ENXIO (no such device or address).</source>
        <translation>打开该节点很可能以 ENXIO（没有这样的设备或地址）失败。</translation>
    </message>
    <message>
        <location filename="../core/why/why_path.cpp" line="281"/>
        <source>%1, subsystem %2; %3; %4.</source>
        <translation>%1，子系统 %2；%3；%4。</translation>
    </message>
    <message>
        <location filename="../core/why/why_path.cpp" line="282"/>
        <location filename="../core/why/why_path.cpp" line="382"/>
        <location filename="../core/why/why_path.cpp" line="401"/>
        <source>Opening it</source>
        <translation>打开它</translation>
    </message>
    <message>
        <location filename="../core/why/why_path.cpp" line="283"/>
        <source>Not tried: Kernel Channels never opens device nodes. A driver may still refuse open() (busy, exclusive, missing hardware).</source>
        <translation>未尝试：内核通道从不打开设备节点。驱动仍可能拒绝 open()（设备忙、独占访问、硬件缺失）。</translation>
    </message>
    <message>
        <location filename="../core/why/why.cpp" line="33"/>
        <location filename="../core/why/why_syscall.cpp" line="197"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../core/why/why.cpp" line="35"/>
        <source>Nothing found in the way.</source>
        <translation>没有发现任何障碍。</translation>
    </message>
    <message>
        <location filename="../core/why/why_path.cpp" line="260"/>
        <location filename="../core/why/why_path.cpp" line="262"/>
        <location filename="../core/why/why_path.cpp" line="268"/>
        <source>Driver for the device number</source>
        <translation>设备号对应的驱动</translation>
    </message>
    <message>
        <location filename="../core/why/why_path.cpp" line="263"/>
        <source>%1 The driver is missing, or its module is not loaded.</source>
        <translation>%1驱动缺失，或者它的模块没有加载。</translation>
    </message>
    <message>
        <location filename="../core/why/why_path.cpp" line="269"/>
        <source>%1:%2 is served by &quot;%3&quot;. %4</source>
        <translation>%1:%2 由“%3”服务。%4</translation>
    </message>
    <message>
        <location filename="../core/why/why_path.cpp" line="278"/>
        <source>no driver is bound in sysfs</source>
        <translation>sysfs 中没有绑定驱动</translation>
    </message>
    <message>
        <location filename="../core/why/why_path.cpp" line="278"/>
        <source>bound in sysfs to %1</source>
        <translation>在 sysfs 中绑定到 %1</translation>
    </message>
    <message>
        <location filename="../core/why/why_path.cpp" line="279"/>
        <source>no module</source>
        <translation>没有模块</translation>
    </message>
    <message>
        <location filename="../core/why/why_path.cpp" line="306"/>
        <source>%1 is %2.</source>
        <translation>%1 是%2。</translation>
    </message>
    <message>
        <location filename="../core/why/why_path.cpp" line="312"/>
        <location filename="../core/why/why_path.cpp" line="317"/>
        <source>Link target</source>
        <translation>链接目标</translation>
    </message>
    <message>
        <location filename="../core/why/why_path.cpp" line="313"/>
        <source>It is a symbolic link to %1, which does not exist.</source>
        <translation>它是指向 %1 的符号链接，而目标不存在。</translation>
    </message>
    <message>
        <location filename="../core/why/why_path.cpp" line="314"/>
        <source>The link is dangling: what it points to was removed or never created.</source>
        <translation>这是一个悬空链接：它指向的对象已被删除或从未创建。</translation>
    </message>
    <message>
        <location filename="../core/why/why_path.cpp" line="317"/>
        <source>It is a symbolic link to %1, which is %2.</source>
        <translation>它是指向 %1 的符号链接，目标是%2。</translation>
    </message>
    <message>
        <location filename="../core/why/why_path.cpp" line="324"/>
        <source>%1; %2. Reading: %3 (%4).</source>
        <translation>%1；%2。读取：%3（%4）。</translation>
    </message>
    <message>
        <location filename="../core/why/why_path.cpp" line="324"/>
        <location filename="../core/why/why_path.cpp" line="327"/>
        <source>allowed</source>
        <translation>允许</translation>
    </message>
    <message>
        <location filename="../core/why/why_path.cpp" line="324"/>
        <location filename="../core/why/why_path.cpp" line="327"/>
        <source>not allowed</source>
        <translation>不允许</translation>
    </message>
    <message>
        <location filename="../core/why/why_path.cpp" line="327"/>
        <source>Writing: %1 (%2).</source>
        <translation>写入：%1（%2）。</translation>
    </message>
    <message>
        <location filename="../core/why/why_path.cpp" line="330"/>
        <source>It has an access control list (getfacl shows it).</source>
        <translation>它带有访问控制列表（getfacl 可以显示）。</translation>
    </message>
    <message>
        <location filename="../core/why/why_path.cpp" line="331"/>
        <source>Permission</source>
        <translation>权限</translation>
    </message>
    <message>
        <location filename="../core/why/why_path.cpp" line="332"/>
        <source>Run as its owner or as root, or ask for the file&apos;s group or an ACL entry (setfacl).</source>
        <translation>以其所有者或 root 身份运行，或申请加入文件所属的组或一个 ACL 条目（setfacl）。</translation>
    </message>
    <message>
        <location filename="../core/why/why_path.cpp" line="338"/>
        <source>access(R_OK) succeeds.</source>
        <translation>access(R_OK) 成功。</translation>
    </message>
    <message>
        <location filename="../core/why/why_path.cpp" line="338"/>
        <source>access(R_OK) fails: %1.</source>
        <translation>access(R_OK) 失败：%1。</translation>
    </message>
    <message>
        <location filename="../core/why/why_path.cpp" line="342"/>
        <source>access(W_OK) succeeds.</source>
        <translation>access(W_OK) 成功。</translation>
    </message>
    <message>
        <location filename="../core/why/why_path.cpp" line="342"/>
        <source>access(W_OK) fails: %1.</source>
        <translation>access(W_OK) 失败：%1。</translation>
    </message>
    <message>
        <location filename="../core/why/why_path.cpp" line="345"/>
        <source>It lies on a read-only mount, so nobody may write it.</source>
        <translation>它位于只读挂载上，因此任何人都不能写入。</translation>
    </message>
    <message>
        <location filename="../core/why/why_path.cpp" line="352"/>
        <source>Mount</source>
        <translation>挂载</translation>
    </message>
    <message>
        <location filename="../core/why/why_path.cpp" line="353"/>
        <source>It lies on a mount with the nodev option: the kernel refuses to open device nodes there (EACCES), even for root.</source>
        <translation>它位于带 nodev 选项的挂载上：内核拒绝打开那里的设备节点（EACCES），root 也不例外。</translation>
    </message>
    <message>
        <location filename="../core/why/why_path.cpp" line="354"/>
        <source>Use the node under /dev, or remount without nodev (mount -o remount,dev).</source>
        <translation>使用 /dev 下的节点，或不带 nodev 重新挂载（mount -o remount,dev）。</translation>
    </message>
    <message>
        <location filename="../core/why/why_path.cpp" line="357"/>
        <source>The kernel&apos;s answer</source>
        <translation>内核的回答</translation>
    </message>
    <message>
        <location filename="../core/why/why_path.cpp" line="358"/>
        <source>The kernel disagrees with the mode bits: a security module (AppArmor, SELinux) or the mount decides here.</source>
        <translation>内核的判断与权限位不一致：这里由安全模块（AppArmor、SELinux）或挂载选项决定。</translation>
    </message>
    <message>
        <location filename="../core/why/why_path.cpp" line="368"/>
        <source>Safe to read</source>
        <translation>可安全读取</translation>
    </message>
    <message>
        <location filename="../core/why/why_path.cpp" line="368"/>
        <source>Kernel Channels will not read it; a plain read may block, change state or be huge.</source>
        <translation>内核通道不会读取它；直接读取可能会阻塞、改变状态或数据量巨大。</translation>
    </message>
    <message>
        <location filename="../core/why/why_path.cpp" line="371"/>
        <source>Readable at all</source>
        <translation>是否可读</translation>
    </message>
    <message>
        <location filename="../core/why/why_path.cpp" line="371"/>
        <source>Write to it instead (it is an action or a setting).</source>
        <translation>应改为写入它（它是一个动作或设置）。</translation>
    </message>
    <message>
        <location filename="../core/why/why_path.cpp" line="373"/>
        <source>Root-only</source>
        <translation>仅限 root</translation>
    </message>
    <message>
        <location filename="../core/why/why_path.cpp" line="373"/>
        <source>Only root may read it: the kernel made it mode %1.</source>
        <translation>只有 root 可以读取：内核把它的权限设为 %1。</translation>
    </message>
    <message>
        <location filename="../core/why/why_path.cpp" line="382"/>
        <source>open(O_RDONLY) succeeds.</source>
        <translation>open(O_RDONLY) 成功。</translation>
    </message>
    <message>
        <location filename="../core/why/why_path.cpp" line="384"/>
        <source>open(O_RDONLY) fails: %1.</source>
        <translation>open(O_RDONLY) 失败：%1。</translation>
    </message>
    <message>
        <location filename="../core/why/why_path.cpp" line="387"/>
        <source>For a process&apos;s private files the kernel also asks whether we may trace the process (same user and not more privileged, or CAP_SYS_PTRACE in its user namespace; a process that made itself non-dumpable needs it even from root).</source>
        <translation>对于进程的私有文件，内核还会检查我们能否跟踪该进程（同一用户且权限不高于我们，或在其用户命名空间中拥有 CAP_SYS_PTRACE；若进程把自己设为不可转储，即使是 root 也需要该能力）。</translation>
    </message>
    <message>
        <location filename="../core/why/why_path.cpp" line="389"/>
        <source>We have CAP_SYS_PTRACE.</source>
        <translation>我们拥有 CAP_SYS_PTRACE。</translation>
    </message>
    <message>
        <location filename="../core/why/why_path.cpp" line="389"/>
        <source>We do not have CAP_SYS_PTRACE.</source>
        <translation>我们没有 CAP_SYS_PTRACE。</translation>
    </message>
    <message>
        <location filename="../core/why/why_path.cpp" line="391"/>
        <source>Run as the process&apos;s user or as root.</source>
        <translation>以该进程的用户或 root 身份运行。</translation>
    </message>
    <message>
        <location filename="../core/why/why_path.cpp" line="393"/>
        <source>kernel.yama.ptrace_scope is 3: no process may trace another, root included, until the next boot.</source>
        <translation>kernel.yama.ptrace_scope 为 3：在下次启动之前，任何进程（包括 root）都不能跟踪其他进程。</translation>
    </message>
    <message>
        <location filename="../core/why/why_path.cpp" line="397"/>
        <source>We have the capability the rule asks for and are still refused: a security module (SELinux, AppArmor, Landlock) or the sandbox around us decides this, not the file&apos;s mode.</source>
        <translation>我们已具备该规则要求的能力，却仍被拒绝：这由安全模块（SELinux、AppArmor、Landlock）或我们所处的沙箱决定，而不是文件的权限位。</translation>
    </message>
    <message>
        <location filename="../core/why/why_path.cpp" line="414"/>
        <source>The process</source>
        <translation>该进程</translation>
    </message>
    <message>
        <location filename="../core/why/why_path.cpp" line="414"/>
        <source>Process %1 is %2, running as %3 (uid %4).</source>
        <translation>进程 %1 是 %2，以 %3（uid %4）身份运行。</translation>
    </message>
    <message>
        <location filename="../core/why/why_path.cpp" line="418"/>
        <source>Blocking</source>
        <translation>阻塞</translation>
    </message>
    <message>
        <location filename="../core/why/why_path.cpp" line="418"/>
        <source>Reading a FIFO waits until some process opens it for writing.</source>
        <translation>读取 FIFO 会一直等到某个进程以写方式打开它。</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/why/why_netlink.cpp" line="77"/>
        <source>%1 is a generic netlink family (NETLINK_GENERIC): id %2, version %3, %Ln operation(s).</source>
        <translation>
            <numerusform>%1 是一个通用 netlink 协议族（NETLINK_GENERIC）：id %2，版本 %3，%Ln 个操作。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/why/why_netlink.cpp" line="118"/>
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <location filename="../core/why/why_netlink.cpp" line="118"/>
        <source>%1 is netlink protocol number %2.</source>
        <translation>%1 是编号为 %2 的 netlink 协议。</translation>
    </message>
    <message>
        <location filename="../core/why/why_netlink.cpp" line="122"/>
        <source>never used: the number was left free</source>
        <translation>从未使用：这个编号一直空着</translation>
    </message>
    <message>
        <location filename="../core/why/why_netlink.cpp" line="123"/>
        <source>removed in Linux 3.5 together with ip_queue; use NETLINK_NETFILTER with nfnetlink_queue</source>
        <translation>已在 Linux 3.5 中随 ip_queue 一起移除；请改用 NETLINK_NETFILTER 与 nfnetlink_queue</translation>
    </message>
    <message>
        <location filename="../core/why/why_netlink.cpp" line="124"/>
        <source>removed in Linux 3.17 together with ipt_ULOG; use NETLINK_NETFILTER with nfnetlink_log</source>
        <translation>已在 Linux 3.17 中随 ipt_ULOG 一起移除；请改用 NETLINK_NETFILTER 与 nfnetlink_log</translation>
    </message>
    <message>
        <location filename="../core/why/why_netlink.cpp" line="125"/>
        <source>removed in Linux 3.5 together with ip6_queue; use NETLINK_NETFILTER with nfnetlink_queue</source>
        <translation>已在 Linux 3.5 中随 ip6_queue 一起移除；请改用 NETLINK_NETFILTER 与 nfnetlink_queue</translation>
    </message>
    <message>
        <location filename="../core/why/why_netlink.cpp" line="126"/>
        <source>removed in Linux 6.1 together with DECnet</source>
        <translation>已在 Linux 6.1 中随 DECnet 一起移除</translation>
    </message>
    <message>
        <location filename="../core/why/why_netlink.cpp" line="76"/>
        <location filename="../core/why/why_netlink.cpp" line="104"/>
        <location filename="../core/why/why_netlink.cpp" line="145"/>
        <location filename="../core/why/why_netlink.cpp" line="149"/>
        <location filename="../core/why/why_netlink.cpp" line="161"/>
        <source>In this kernel</source>
        <translation>本内核中存在</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/why/why_path.cpp" line="174"/>
        <source>a regular file, %Ln byte(s) as stat() reports it (procfs and sysfs report 0 or 4096 whatever they hold)</source>
        <translation>
            <numerusform>一个普通文件，stat() 报告 %Ln 字节（无论内容多少，procfs 和 sysfs 都报告 0 或 4096）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/why/why_netlink.cpp" line="146"/>
        <source>%1 is always there: it carries messages between programs.</source>
        <translation>%1 始终存在：它在程序之间传递消息。</translation>
    </message>
    <message>
        <location filename="../core/why/why_netlink.cpp" line="149"/>
        <source>%1 is not in this kernel: it was %2.</source>
        <translation>这个内核中没有 %1：它%2。</translation>
    </message>
    <message>
        <location filename="../core/why/why_netlink.cpp" line="158"/>
        <source>%1 is not in this kernel now: no kernel socket for protocol %2 in /proc/net/netlink.</source>
        <translation>这个内核目前没有 %1：/proc/net/netlink 中没有协议 %2 的内核套接字。</translation>
    </message>
    <message>
        <location filename="../core/why/why_netlink.cpp" line="162"/>
        <source>The module that provides it may not be loaded, or the kernel is built without it.</source>
        <translation>提供它的模块可能没有加载，或者内核编译时没有包含它。</translation>
    </message>
    <message>
        <location filename="../core/why/why_netlink.cpp" line="166"/>
        <location filename="../core/why/why_netlink.cpp" line="168"/>
        <location filename="../core/why/why_netlink.cpp" line="170"/>
        <source>Network namespace</source>
        <translation>网络命名空间</translation>
    </message>
    <message>
        <location filename="../core/why/why_netlink.cpp" line="166"/>
        <source>We are in %1; the initial namespace cannot be compared without root.</source>
        <translation>我们位于 %1；没有 root 权限无法与初始命名空间比较。</translation>
    </message>
    <message>
        <location filename="../core/why/why_netlink.cpp" line="168"/>
        <source>We are in the initial network namespace (%1): we see the host&apos;s links and all uevents.</source>
        <translation>我们位于初始网络命名空间（%1）：能看到主机的链路和所有 uevent。</translation>
    </message>
    <message>
        <location filename="../core/why/why_netlink.cpp" line="171"/>
        <source>We are in %1, not the initial %2: route messages describe this namespace&apos;s links only, and uevents of most devices are not sent here.</source>
        <translation>我们位于 %1，而不是初始的 %2：路由消息只描述这个命名空间的链路，大多数设备的 uevent 也不会发送到这里。</translation>
    </message>
    <message>
        <location filename="../core/why/why_netlink.cpp" line="175"/>
        <source>Reading links, addresses and routes and joining groups is free; changing them needs CAP_NET_ADMIN.</source>
        <translation>读取链路、地址和路由以及加入组不受限制；修改它们需要 CAP_NET_ADMIN。</translation>
    </message>
    <message>
        <location filename="../core/why/why_netlink.cpp" line="176"/>
        <source>Listing sockets is free; some details of other users&apos; sockets and destroying sockets need CAP_NET_ADMIN.</source>
        <translation>列出套接字不受限制；其他用户套接字的部分细节以及销毁套接字需要 CAP_NET_ADMIN。</translation>
    </message>
    <message>
        <location filename="../core/why/why_netlink.cpp" line="177"/>
        <source>Every IPsec (XFRM) request needs CAP_NET_ADMIN.</source>
        <translation>每个 IPsec（XFRM）请求都需要 CAP_NET_ADMIN。</translation>
    </message>
    <message>
        <location filename="../core/why/why_netlink.cpp" line="178"/>
        <source>Receiving audit records needs CAP_AUDIT_READ; changing audit rules needs CAP_AUDIT_CONTROL.</source>
        <translation>接收审计记录需要 CAP_AUDIT_READ；修改审计规则需要 CAP_AUDIT_CONTROL。</translation>
    </message>
    <message>
        <location filename="../core/why/why_netlink.cpp" line="179"/>
        <source>Process events (fork, exec, exit) need CAP_NET_ADMIN to subscribe.</source>
        <translation>订阅进程事件（fork、exec、exit）需要 CAP_NET_ADMIN。</translation>
    </message>
    <message>
        <location filename="../core/why/why_netlink.cpp" line="180"/>
        <source>Most netfilter requests (conntrack, nftables, queues) need CAP_NET_ADMIN.</source>
        <translation>大多数 netfilter 请求（conntrack、nftables、队列）需要 CAP_NET_ADMIN。</translation>
    </message>
    <message>
        <location filename="../core/why/why_netlink.cpp" line="181"/>
        <source>Anyone may listen to kernel uevents; sending needs CAP_SYS_ADMIN.</source>
        <translation>任何人都可以监听内核 uevent；发送则需要 CAP_SYS_ADMIN。</translation>
    </message>
    <message>
        <location filename="../core/why/why_netlink.cpp" line="182"/>
        <source>Generic netlink: each family&apos;s operations say whether they need CAP_NET_ADMIN (kchan netlink families shows the admin flag).</source>
        <translation>通用 netlink：每个协议族的操作会说明是否需要 CAP_NET_ADMIN（kchan netlink families 会显示 admin 标志）。</translation>
    </message>
    <message>
        <location filename="../core/why/why_netlink.cpp" line="191"/>
        <location filename="../core/why/why_syscall.cpp" line="189"/>
        <source>We have %1.</source>
        <translation>我们拥有 %1。</translation>
    </message>
    <message>
        <location filename="../core/why/why_netlink.cpp" line="191"/>
        <location filename="../core/why/why_syscall.cpp" line="189"/>
        <source>We do not have %1.</source>
        <translation>我们没有 %1。</translation>
    </message>
    <message>
        <location filename="../core/why/why_netlink.cpp" line="92"/>
        <location filename="../core/why/why_netlink.cpp" line="194"/>
        <source>Capabilities</source>
        <translation>能力</translation>
    </message>
    <message>
        <location filename="../core/why/why_netlink.cpp" line="88"/>
        <source>No operation of %1 is marked as needing CAP_NET_ADMIN.</source>
        <translation>%1 没有任何操作被标记为需要 CAP_NET_ADMIN。</translation>
    </message>
    <message>
        <location filename="../core/why/why_netlink.cpp" line="89"/>
        <source>Operations needing CAP_NET_ADMIN: %1; in the network namespace&apos;s user namespace only: %2.</source>
        <translation>需要 CAP_NET_ADMIN 的操作：%1；只需在网络命名空间所属的用户命名空间中拥有该能力的操作：%2。</translation>
    </message>
    <message>
        <location filename="../core/why/why_netlink.cpp" line="90"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../core/why/why_netlink.cpp" line="91"/>
        <source>We have CAP_NET_ADMIN.</source>
        <translation>我们拥有 CAP_NET_ADMIN。</translation>
    </message>
    <message>
        <location filename="../core/why/why_netlink.cpp" line="91"/>
        <source>We do not have CAP_NET_ADMIN.</source>
        <translation>我们没有 CAP_NET_ADMIN。</translation>
    </message>
    <message>
        <location filename="../core/why/why_netlink.cpp" line="93"/>
        <source>Run as root for those operations; the others work as this user.</source>
        <translation>这些操作需要以 root 身份运行；其他操作以当前用户身份即可。</translation>
    </message>
    <message>
        <location filename="../core/why/why_netlink.cpp" line="97"/>
        <source>Multicast groups</source>
        <translation>多播组</translation>
    </message>
    <message>
        <location filename="../core/why/why_netlink.cpp" line="98"/>
        <source>%1 sends no events: it has no multicast groups.</source>
        <translation>%1 不发送事件：它没有多播组。</translation>
    </message>
    <message>
        <location filename="../core/why/why_netlink.cpp" line="99"/>
        <source>Programs may listen to %1.</source>
        <translation>程序可以监听 %1。</translation>
    </message>
    <message>
        <location filename="../core/why/why_netlink.cpp" line="105"/>
        <source>This kernel has no generic netlink family &quot;%1&quot; now.</source>
        <translation>这个内核目前没有通用 netlink 协议族“%1”。</translation>
    </message>
    <message>
        <location filename="../core/why/why_netlink.cpp" line="106"/>
        <source>The module that registers it may not be loaded (families appear when their module loads).</source>
        <translation>注册它的模块可能没有加载（协议族在其模块加载时才出现）。</translation>
    </message>
    <message>
        <location filename="../core/why/why_netlink.cpp" line="114"/>
        <source>&quot;%1&quot; is neither a netlink protocol nor a generic netlink family of this kernel; protocols: %2.</source>
        <translation>“%1”既不是 netlink 协议，也不是这个内核的通用 netlink 协议族；协议有：%2。</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/why/why_netlink.cpp" line="147"/>
        <source>The kernel has a %1 socket (port ID 0 in /proc/net/netlink); %Ln socket(s) of programs use it now.</source>
        <translation>
            <numerusform>内核有一个 %1 套接字（/proc/net/netlink 中端口 ID 为 0）；目前有 %Ln 个程序的套接字在使用它。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/why/why_netlink.cpp" line="154"/>
        <source>In this network namespace</source>
        <translation>在此网络命名空间中</translation>
    </message>
    <message>
        <location filename="../core/why/why_netlink.cpp" line="155"/>
        <source>%1 is in this kernel but only in the initial network namespace (its kernel socket is listed in /proc/1/net/netlink, not in ours): here socket() succeeds, a message to the kernel fails with ECONNREFUSED and no events arrive.</source>
        <translation>%1 在此内核中，但只存在于初始网络命名空间（其内核套接字列在 /proc/1/net/netlink 中，而不在我们的命名空间中）：在这里 socket() 会成功，发给内核的消息以 ECONNREFUSED 失败，也收不到任何事件。</translation>
    </message>
    <message>
        <location filename="../core/why/why_netlink.cpp" line="156"/>
        <source>Run the program in the initial network namespace (on the host, outside the container or sandbox).</source>
        <translation>在初始网络命名空间中运行该程序（在主机上，容器或沙箱之外）。</translation>
    </message>
    <message>
        <location filename="../core/why/why_netlink.cpp" line="160"/>
        <source>We may not be in the initial network namespace, and some protocols (audit, connector, SELinux) exist only there.</source>
        <translation>我们可能不在初始网络命名空间中，而有些协议（audit、connector、SELinux）只存在于那里。</translation>
    </message>
    <message>
        <location filename="../core/why/why_netlink.cpp" line="194"/>
        <source>Run as root, or grant the capability (setcap) to the program.</source>
        <translation>以 root 身份运行，或给程序授予该能力（setcap）。</translation>
    </message>
    <message>
        <location filename="../core/why/why_syscall.cpp" line="72"/>
        <location filename="../core/why/why_syscall.cpp" line="77"/>
        <source>On this architecture</source>
        <translation>在本架构上</translation>
    </message>
    <message>
        <location filename="../core/why/why_syscall.cpp" line="73"/>
        <source>There is no system call named %1 on %2.</source>
        <translation>%2 上没有名为 %1 的系统调用。</translation>
    </message>
    <message>
        <location filename="../core/why/why_syscall.cpp" line="74"/>
        <source>Perhaps: %1.</source>
        <translation>也许是：%1。</translation>
    </message>
    <message>
        <location filename="../core/why/why_syscall.cpp" line="77"/>
        <source>%1 is system call %2 on %3.</source>
        <translation>%1 在 %3 上是第 %2 号系统调用。</translation>
    </message>
    <message>
        <location filename="../core/why/why_syscall.cpp" line="90"/>
        <location filename="../core/why/why_syscall.cpp" line="93"/>
        <location filename="../core/why/why_syscall.cpp" line="96"/>
        <location filename="../core/why/why_syscall.cpp" line="100"/>
        <source>In the running kernel</source>
        <translation>在运行中的内核里</translation>
    </message>
    <message>
        <location filename="../core/why/why_syscall.cpp" line="91"/>
        <source>Cannot tell without tracefs whether this kernel was built with it; a missing one fails with ENOSYS.</source>
        <translation>没有 tracefs 无法判断这个内核是否包含它；缺失的系统调用会以 ENOSYS 失败。</translation>
    </message>
    <message>
        <location filename="../core/why/why_syscall.cpp" line="94"/>
        <source>This kernel has no system call tracepoints (CONFIG_FTRACE_SYSCALLS), so it cannot say which calls it was built with.</source>
        <translation>此内核没有系统调用跟踪点（CONFIG_FTRACE_SYSCALLS），因此无法得知它编译进了哪些调用。</translation>
    </message>
    <message>
        <location filename="../core/why/why_syscall.cpp" line="96"/>
        <source>The kernel has a tracepoint for it (events/syscalls/sys_enter_%1).</source>
        <translation>内核为它提供了跟踪点（events/syscalls/sys_enter_%1）。</translation>
    </message>
    <message>
        <location filename="../core/why/why_syscall.cpp" line="101"/>
        <source>This kernel does not implement %1 (no tracepoint sys_enter_%2 among its system call tracepoints): the call fails with ENOSYS.</source>
        <translation>此内核未实现 %1（其系统调用跟踪点中没有 sys_enter_%2）：该调用以 ENOSYS 失败。</translation>
    </message>
    <message>
        <location filename="../core/why/why_syscall.cpp" line="102"/>
        <source>It was removed from Linux or left out of this kernel&apos;s configuration.</source>
        <translation>它已从 Linux 中移除，或未包含在此内核的配置中。</translation>
    </message>
    <message>
        <location filename="../core/why/why_syscall.cpp" line="46"/>
        <location filename="../core/why/why_syscall.cpp" line="52"/>
        <location filename="../core/why/why_syscall.cpp" line="108"/>
        <location filename="../core/why/why_syscall.cpp" line="122"/>
        <location filename="../core/why/why_syscall.cpp" line="124"/>
        <source>Seccomp</source>
        <translation>Seccomp</translation>
    </message>
    <message>
        <location filename="../core/why/why_syscall.cpp" line="119"/>
        <source>process %1</source>
        <translation>进程 %1</translation>
    </message>
    <message>
        <location filename="../core/why/why_syscall.cpp" line="119"/>
        <source>this process</source>
        <translation>本进程</translation>
    </message>
    <message>
        <location filename="../core/why/why_syscall.cpp" line="122"/>
        <source>No seccomp filter restricts %1.</source>
        <translation>没有 seccomp 过滤器限制%1。</translation>
    </message>
    <message>
        <location filename="../core/why/why_syscall.cpp" line="125"/>
        <source>%1 is in seccomp strict mode: only read, write, exit and sigreturn are allowed; anything else kills it.</source>
        <translation>%1 处于 seccomp 严格模式：只允许 read、write、exit 和 sigreturn；其他任何调用都会导致它被杀死。</translation>
    </message>
    <message>
        <location filename="../core/why/why_syscall.cpp" line="48"/>
        <source>%1 runs under %2 seccomp filter(s) (Seccomp: 2 in /proc/%3/status). A filter may refuse %4 with an error of its choice; the filter&apos;s program cannot be read without CAP_SYS_ADMIN.</source>
        <translation>%1 运行在 %2 个 seccomp 过滤器之下（/proc/%3/status 中 Seccomp: 2）。过滤器可能以它选择的错误拒绝 %4；没有 CAP_SYS_ADMIN 无法读取过滤器程序。</translation>
    </message>
    <message>
        <location filename="../core/why/why_syscall.cpp" line="37"/>
        <source>Containers, Flatpak and systemd units install such filters; check the sandbox&apos;s profile.</source>
        <translation>容器、Flatpak 和 systemd 单元都会安装这类过滤器；请检查沙箱的配置。</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/why/why_syscall.cpp" line="42"/>
        <source>%1 runs under %n seccomp filter(s); run on %2, they %3.</source>
        <translation>
            <numerusform>%1 受 %n 个 seccomp 过滤器约束；对 %2 运行这些过滤器，结果是%3。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/why/why_syscall.cpp" line="44"/>
        <source>A filter looks at the call&apos;s arguments (taken as 0 here), so other arguments may be decided otherwise.</source>
        <translation>有过滤器会检查调用的参数（这里取为 0），因此换了参数，结果可能不同。</translation>
    </message>
    <message>
        <location filename="../core/why/why_syscall.cpp" line="129"/>
        <source>No new privileges</source>
        <translation>禁止获取新特权</translation>
    </message>
    <message>
        <location filename="../core/why/why_syscall.cpp" line="129"/>
        <source>%1 cannot gain privileges through setuid programs or file capabilities.</source>
        <translation>%1 无法通过 setuid 程序或文件能力获得特权。</translation>
    </message>
    <message>
        <location filename="../core/why/why_syscall.cpp" line="141"/>
        <source>Loading most BPF programs needs CAP_BPF (or CAP_SYS_ADMIN); kernel.unprivileged_bpf_disabled decides what others may do.</source>
        <translation>加载大多数 BPF 程序需要 CAP_BPF（或 CAP_SYS_ADMIN）；kernel.unprivileged_bpf_disabled 决定其他用户能做什么。</translation>
    </message>
    <message>
        <location filename="../core/why/why_syscall.cpp" line="142"/>
        <source>kernel.perf_event_paranoid limits what unprivileged programs may count; CAP_PERFMON lifts it.</source>
        <translation>kernel.perf_event_paranoid 限制非特权程序可以统计的内容；CAP_PERFMON 可以解除限制。</translation>
    </message>
    <message>
        <location filename="../core/why/why_syscall.cpp" line="143"/>
        <location filename="../core/why/why_syscall.cpp" line="144"/>
        <source>Loading modules needs CAP_SYS_MODULE, and kernel.modules_disabled=1 stops it for good.</source>
        <translation>加载模块需要 CAP_SYS_MODULE，而 kernel.modules_disabled=1 会永久禁止加载。</translation>
    </message>
    <message>
        <location filename="../core/why/why_syscall.cpp" line="145"/>
        <source>Unloading modules needs CAP_SYS_MODULE.</source>
        <translation>卸载模块需要 CAP_SYS_MODULE。</translation>
    </message>
    <message>
        <location filename="../core/why/why_syscall.cpp" line="146"/>
        <source>Rebooting needs CAP_SYS_BOOT.</source>
        <translation>重启需要 CAP_SYS_BOOT。</translation>
    </message>
    <message>
        <location filename="../core/why/why_syscall.cpp" line="147"/>
        <location filename="../core/why/why_syscall.cpp" line="148"/>
        <source>Loading a new kernel needs CAP_SYS_BOOT; kernel.kexec_load_disabled=1 forbids it.</source>
        <translation>加载新内核需要 CAP_SYS_BOOT；kernel.kexec_load_disabled=1 会禁止它。</translation>
    </message>
    <message>
        <location filename="../core/why/why_syscall.cpp" line="149"/>
        <source>Mounting needs CAP_SYS_ADMIN in the mount namespace&apos;s user namespace.</source>
        <translation>挂载需要在挂载命名空间所属的用户命名空间中拥有 CAP_SYS_ADMIN。</translation>
    </message>
    <message>
        <location filename="../core/why/why_syscall.cpp" line="150"/>
        <source>Unmounting needs CAP_SYS_ADMIN.</source>
        <translation>卸载文件系统需要 CAP_SYS_ADMIN。</translation>
    </message>
    <message>
        <location filename="../core/why/why_syscall.cpp" line="151"/>
        <source>Changing the root mount needs CAP_SYS_ADMIN.</source>
        <translation>更换根挂载需要 CAP_SYS_ADMIN。</translation>
    </message>
    <message>
        <location filename="../core/why/why_syscall.cpp" line="152"/>
        <source>Configuring a filesystem to mount needs CAP_SYS_ADMIN.</source>
        <translation>配置待挂载的文件系统需要 CAP_SYS_ADMIN。</translation>
    </message>
    <message>
        <location filename="../core/why/why_syscall.cpp" line="153"/>
        <source>Moving mounts needs CAP_SYS_ADMIN.</source>
        <translation>移动挂载需要 CAP_SYS_ADMIN。</translation>
    </message>
    <message>
        <location filename="../core/why/why_syscall.cpp" line="154"/>
        <location filename="../core/why/why_syscall.cpp" line="155"/>
        <source>Swap areas need CAP_SYS_ADMIN.</source>
        <translation>交换区需要 CAP_SYS_ADMIN。</translation>
    </message>
    <message>
        <location filename="../core/why/why_syscall.cpp" line="156"/>
        <source>Setting the host name needs CAP_SYS_ADMIN in the UTS namespace&apos;s user namespace.</source>
        <translation>设置主机名需要在 UTS 命名空间所属的用户命名空间中拥有 CAP_SYS_ADMIN。</translation>
    </message>
    <message>
        <location filename="../core/why/why_syscall.cpp" line="157"/>
        <source>Entering most namespaces needs CAP_SYS_ADMIN.</source>
        <translation>进入大多数命名空间需要 CAP_SYS_ADMIN。</translation>
    </message>
    <message>
        <location filename="../core/why/why_syscall.cpp" line="158"/>
        <source>New namespaces need CAP_SYS_ADMIN, except a user namespace, which user.max_user_namespaces (and distribution switches) allow.</source>
        <translation>创建新的命名空间需要 CAP_SYS_ADMIN，用户命名空间除外，它由 user.max_user_namespaces（以及发行版的开关）决定是否允许。</translation>
    </message>
    <message>
        <location filename="../core/why/why_syscall.cpp" line="159"/>
        <source>Tracing another process needs the same user and kernel.yama.ptrace_scope permission, or CAP_SYS_PTRACE.</source>
        <translation>跟踪另一个进程需要同一用户并且 kernel.yama.ptrace_scope 允许，或者拥有 CAP_SYS_PTRACE。</translation>
    </message>
    <message>
        <location filename="../core/why/why_syscall.cpp" line="160"/>
        <source>Reading another process&apos;s memory follows the ptrace rules.</source>
        <translation>读取另一个进程的内存遵循 ptrace 的规则。</translation>
    </message>
    <message>
        <location filename="../core/why/why_syscall.cpp" line="161"/>
        <source>Changing to another user needs CAP_SETUID.</source>
        <translation>切换到另一个用户需要 CAP_SETUID。</translation>
    </message>
    <message>
        <location filename="../core/why/why_syscall.cpp" line="162"/>
        <source>Changing to another group needs CAP_SETGID.</source>
        <translation>切换到另一个组需要 CAP_SETGID。</translation>
    </message>
    <message>
        <location filename="../core/why/why_syscall.cpp" line="163"/>
        <source>Changing the root directory needs CAP_SYS_CHROOT.</source>
        <translation>更改根目录需要 CAP_SYS_CHROOT。</translation>
    </message>
    <message>
        <location filename="../core/why/why_syscall.cpp" line="164"/>
        <location filename="../core/why/why_syscall.cpp" line="165"/>
        <source>Setting the clock needs CAP_SYS_TIME.</source>
        <translation>设置时钟需要 CAP_SYS_TIME。</translation>
    </message>
    <message>
        <location filename="../core/why/why_syscall.cpp" line="166"/>
        <source>Adjusting the clock needs CAP_SYS_TIME (reading it is free).</source>
        <translation>调整时钟需要 CAP_SYS_TIME（读取不受限制）。</translation>
    </message>
    <message>
        <location filename="../core/why/why_syscall.cpp" line="167"/>
        <location filename="../core/why/why_syscall.cpp" line="168"/>
        <source>Port I/O needs CAP_SYS_RAWIO.</source>
        <translation>端口 I/O 需要 CAP_SYS_RAWIO。</translation>
    </message>
    <message>
        <location filename="../core/why/why_syscall.cpp" line="169"/>
        <location filename="../core/why/why_syscall.cpp" line="170"/>
        <source>Creating device nodes needs CAP_MKNOD (FIFOs and sockets do not).</source>
        <translation>创建设备节点需要 CAP_MKNOD（FIFO 和套接字不需要）。</translation>
    </message>
    <message>
        <location filename="../core/why/why_syscall.cpp" line="171"/>
        <source>Process accounting needs CAP_SYS_PACCT.</source>
        <translation>进程记账需要 CAP_SYS_PACCT。</translation>
    </message>
    <message>
        <location filename="../core/why/why_syscall.cpp" line="172"/>
        <source>Reading the kernel log needs CAP_SYSLOG when kernel.dmesg_restrict=1.</source>
        <translation>当 kernel.dmesg_restrict=1 时，读取内核日志需要 CAP_SYSLOG。</translation>
    </message>
    <message>
        <location filename="../core/why/why_syscall.cpp" line="173"/>
        <source>vm.unprivileged_userfaultfd=0 limits unprivileged programs to faults in user mode.</source>
        <translation>vm.unprivileged_userfaultfd=0 把非特权程序限制为只能处理用户态的缺页。</translation>
    </message>
    <message>
        <location filename="../core/why/why_syscall.cpp" line="174"/>
        <source>kernel.io_uring_disabled: 1 allows it only for a chosen group, 2 for nobody.</source>
        <translation>kernel.io_uring_disabled：1 表示只允许指定的组使用，2 表示任何人都不能使用。</translation>
    </message>
    <message>
        <location filename="../core/why/why_syscall.cpp" line="175"/>
        <source>Locking memory beyond RLIMIT_MEMLOCK needs CAP_IPC_LOCK.</source>
        <translation>锁定超过 RLIMIT_MEMLOCK 的内存需要 CAP_IPC_LOCK。</translation>
    </message>
    <message>
        <location filename="../core/why/why_syscall.cpp" line="176"/>
        <source>Raising priority (lower nice) needs CAP_SYS_NICE.</source>
        <translation>提高优先级（降低 nice 值）需要 CAP_SYS_NICE。</translation>
    </message>
    <message>
        <location filename="../core/why/why_syscall.cpp" line="177"/>
        <source>Real-time scheduling needs CAP_SYS_NICE or RLIMIT_RTPRIO.</source>
        <translation>实时调度需要 CAP_SYS_NICE 或 RLIMIT_RTPRIO。</translation>
    </message>
    <message>
        <location filename="../core/why/why_syscall.cpp" line="178"/>
        <source>Signalling another user&apos;s process needs CAP_KILL.</source>
        <translation>向另一个用户的进程发送信号需要 CAP_KILL。</translation>
    </message>
    <message>
        <location filename="../core/why/why_syscall.cpp" line="179"/>
        <source>Most quota operations need CAP_SYS_ADMIN.</source>
        <translation>大多数配额操作需要 CAP_SYS_ADMIN。</translation>
    </message>
    <message>
        <location filename="../core/why/why_syscall.cpp" line="197"/>
        <source>%1 is %2 here.</source>
        <translation>这里 %1 为 %2。</translation>
    </message>
    <message>
        <location filename="../core/why/why_syscall.cpp" line="200"/>
        <source>The call fails with EPERM.</source>
        <translation>该调用以 EPERM 失败。</translation>
    </message>
    <message>
        <location filename="../core/why/why_syscall.cpp" line="205"/>
        <source>Without CAP_BPF or CAP_SYS_ADMIN, creating a map or loading a program fails with EPERM.</source>
        <translation>没有 CAP_BPF 或 CAP_SYS_ADMIN 时，创建 map 或加载程序以 EPERM 失败。</translation>
    </message>
    <message>
        <location filename="../core/why/why_syscall.cpp" line="207"/>
        <source>Privilege</source>
        <translation>特权</translation>
    </message>
    <message>
        <location filename="../core/why/why_syscall.cpp" line="208"/>
        <source>Run as root, or grant the capability to the program (setcap).</source>
        <translation>以 root 身份运行，或给程序授予该能力（setcap）。</translation>
    </message>
</context>
<context>
    <name>kc</name>
    <message>
        <location filename="../app/gui/csvexport.cpp" line="22"/>
        <source>Export table as CSV</source>
        <translation>将表格导出为 CSV</translation>
    </message>
    <message>
        <location filename="../app/gui/csvexport.cpp" line="22"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/gui/csvexport.cpp" line="40"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../app/gui/csvexport.cpp" line="40"/>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>kc::AddressSpaceDrawing</name>
    <message>
        <location filename="../app/gui/addressspacedrawing.cpp" line="170"/>
        <source>Kernel space — %1, kernel mode only</source>
        <translation>内核空间 — %1，仅限内核态</translation>
    </message>
    <message>
        <location filename="../app/gui/addressspacedrawing.cpp" line="171"/>
        <source>Non-canonical addresses — %1, never mapped</source>
        <translation>非规范地址 — %1，从不映射</translation>
    </message>
    <message>
        <location filename="../app/gui/addressspacedrawing.cpp" line="172"/>
        <source>unmapped — %1</source>
        <translation>未映射 — %1</translation>
    </message>
    <message>
        <location filename="../app/gui/addressspacedrawing.cpp" line="179"/>
        <source>RSS %1</source>
        <translation>RSS %1</translation>
    </message>
    <message>
        <location filename="../app/gui/addressspacedrawing.cpp" line="188"/>
        <source>%1 to %2</source>
        <translation>%1 到 %2</translation>
    </message>
    <message>
        <location filename="../app/gui/addressspacedrawing.cpp" line="191"/>
        <source>The kernel&apos;s half of the address space: %1 (%2). It is mapped in every process, but only kernel mode may touch it.</source>
        <translation>地址空间中属于内核的一半：%1（%2）。它映射在每个进程中，但只有内核态可以访问。</translation>
    </message>
    <message>
        <location filename="../app/gui/addressspacedrawing.cpp" line="194"/>
        <source>Non-canonical addresses: %1 (%2). With %3 the CPU translates only the low %4 bits of an address; one in this range faults.</source>
        <translation>非规范地址：%1（%2）。在 %3 下，CPU 只转换地址的低 %4 位；访问这一范围内的地址会出错。</translation>
    </message>
    <message>
        <location filename="../app/gui/addressspacedrawing.cpp" line="199"/>
        <source>Unmapped: %1 (%2). A touch here is a segmentation fault.</source>
        <translation>未映射：%1（%2）。访问这里会导致段错误。</translation>
    </message>
    <message>
        <location filename="../app/gui/addressspacedrawing.cpp" line="204"/>
        <source>Size %1 · RSS %2 · PSS %3 · Swap %4 · Anonymous %5</source>
        <translation>大小 %1 · RSS %2 · PSS %3 · 交换 %4 · 匿名 %5</translation>
    </message>
    <message>
        <location filename="../app/gui/addressspacedrawing.cpp" line="310"/>
        <source>User space ends at %1 (%2); the kernel&apos;s half is above</source>
        <translation>用户空间结束于 %1（%2）；上方是内核的一半</translation>
    </message>
</context>
<context>
    <name>kc::AddressSpaceModel</name>
    <message>
        <location filename="../core/models/addressspacemodel.cpp" line="58"/>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../core/models/addressspacemodel.cpp" line="58"/>
        <source>anonymous</source>
        <translation>匿名</translation>
    </message>
    <message>
        <location filename="../core/models/addressspacemodel.cpp" line="102"/>
        <source>Start</source>
        <translation>起始</translation>
    </message>
    <message>
        <location filename="../core/models/addressspacemodel.cpp" line="103"/>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../core/models/addressspacemodel.cpp" line="104"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../core/models/addressspacemodel.cpp" line="105"/>
        <source>Perms</source>
        <translation>权限</translation>
    </message>
    <message>
        <location filename="../core/models/addressspacemodel.cpp" line="106"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../core/models/addressspacemodel.cpp" line="107"/>
        <source>RSS</source>
        <translation>RSS</translation>
    </message>
    <message>
        <location filename="../core/models/addressspacemodel.cpp" line="108"/>
        <source>PSS</source>
        <translation>PSS</translation>
    </message>
    <message>
        <location filename="../core/models/addressspacemodel.cpp" line="109"/>
        <source>Swap</source>
        <translation>交换</translation>
    </message>
    <message>
        <location filename="../core/models/addressspacemodel.cpp" line="110"/>
        <source>Anonymous</source>
        <translation>匿名</translation>
    </message>
    <message>
        <location filename="../core/models/addressspacemodel.cpp" line="111"/>
        <source>Backing</source>
        <translation>后备</translation>
    </message>
    <message>
        <location filename="../core/models/addressspacemodel.cpp" line="112"/>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <location filename="../core/models/addressspacemodel.cpp" line="117"/>
        <source>First address of the region</source>
        <translation>区域的第一个地址</translation>
    </message>
    <message>
        <location filename="../core/models/addressspacemodel.cpp" line="118"/>
        <source>Address just past the region</source>
        <translation>紧接区域末尾之后的地址</translation>
    </message>
    <message>
        <location filename="../core/models/addressspacemodel.cpp" line="119"/>
        <source>Resident: the region&apos;s pages now in RAM</source>
        <translation>常驻：该区域当前在内存中的页</translation>
    </message>
    <message>
        <location filename="../core/models/addressspacemodel.cpp" line="120"/>
        <source>Proportional: resident pages, each shared page divided among the processes that map it</source>
        <translation>按比例：常驻页，每个共享页按映射它的进程数均分</translation>
    </message>
    <message>
        <location filename="../core/models/addressspacemodel.cpp" line="121"/>
        <source>The region&apos;s pages written out to swap</source>
        <translation>该区域被写出到交换区的页</translation>
    </message>
    <message>
        <location filename="../core/models/addressspacemodel.cpp" line="122"/>
        <source>Pages of no file: anonymous memory, or a file&apos;s pages this process has written (copy on write)</source>
        <translation>不属于任何文件的页：匿名内存，或本进程写过的文件页（写时复制）</translation>
    </message>
    <message>
        <location filename="../core/models/addressspacemodel.cpp" line="123"/>
        <source>Whether the region maps a file or anonymous memory</source>
        <translation>该区域映射的是文件还是匿名内存</translation>
    </message>
    <message>
        <location filename="../core/models/addressspacemodel.cpp" line="124"/>
        <source>r read, w write, x execute, p private (copy-on-write) or s shared</source>
        <translation>r 读，w 写，x 执行，p 私有（写时复制）或 s 共享</translation>
    </message>
</context>
<context>
    <name>kc::AddressSpaceView</name>
    <message>
        <location filename="../app/gui/addressspaceview.cpp" line="54"/>
        <source>Filter regions: a kind, a file, permissions, an address</source>
        <translation>筛选区域：类型、文件、权限、地址</translation>
    </message>
    <message>
        <location filename="../app/gui/addressspaceview.cpp" line="156"/>
        <source>%1 Below is what it held when last read.</source>
        <translation>%1 下面是上次读取时的内容。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/addressspaceview.cpp" line="182"/>
        <source>&lt;b&gt;%Ln region(s)&lt;/b&gt; · RSS %1 · PSS %2 · Swap %3 · Anonymous %4</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln 个区域&lt;/b&gt; · RSS %1 · PSS %2 · 交换 %3 · 匿名 %4</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/addressspaceview.cpp" line="186"/>
        <source>the same as smaps_rollup (its PSS: %1, unrounded)</source>
        <translation>与 smaps_rollup 一致（其 PSS：%1，未经逐行舍入）</translation>
    </message>
    <message>
        <location filename="../app/gui/addressspaceview.cpp" line="188"/>
        <source>smaps_rollup, read just after, says RSS %1, PSS %2: the process changed between the two reads</source>
        <translation>紧接着读取的 smaps_rollup 给出 RSS %1、PSS %2：进程在两次读取之间发生了变化</translation>
    </message>
    <message>
        <location filename="../app/gui/addressspaceview.cpp" line="194"/>
        <source>Read at %1; F5 reads again. Hover over a region for its maps line.</source>
        <translation>读取于 %1；按 F5 重新读取。鼠标悬停在区域上可查看其 maps 行。</translation>
    </message>
</context>
<context>
    <name>kc::AgentNetlinkFeed</name>
    <message>
        <location filename="../core/source/agentnetlink.cpp" line="49"/>
        <source>The agent could not open the stream: %1</source>
        <translation>代理无法打开该流：%1</translation>
    </message>
    <message>
        <location filename="../core/source/agentnetlink.cpp" line="87"/>
        <source>The agent sent a stream frame that is not one; its messages were left out.</source>
        <translation>代理发来的流帧格式不正确；其中的消息已被略去。</translation>
    </message>
</context>
<context>
    <name>kc::AgentSource</name>
    <message>
        <location filename="../core/source/agentsource.cpp" line="56"/>
        <source>no command to start the agent</source>
        <translation>没有用于启动代理的命令</translation>
    </message>
    <message>
        <location filename="../core/source/agentsource.cpp" line="101"/>
        <source>cannot run %1: %2</source>
        <translation>无法运行 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/source/agentsource.cpp" line="156"/>
        <source>the connection to the agent was closed</source>
        <translation>与代理的连接已关闭</translation>
    </message>
    <message>
        <location filename="../core/source/agentsource.cpp" line="229"/>
        <source>kchan is not installed where the agent was to run (%1): install Kernel Channels&apos; kchan there, on the PATH of a non-interactive login.</source>
        <translation>要运行代理的地方没有安装 kchan（%1）：请在那里安装内核通道的 kchan，并使它位于非交互式登录的 PATH 中。</translation>
    </message>
    <message>
        <location filename="../core/source/agentsource.cpp" line="235"/>
        <source>it exited with status %1</source>
        <translation>它以状态 %1 退出</translation>
    </message>
    <message>
        <location filename="../core/source/agentsource.cpp" line="237"/>
        <source>it was ended by signal %1</source>
        <translation>它被信号 %1 终止</translation>
    </message>
    <message>
        <location filename="../core/source/agentsource.cpp" line="239"/>
        <source>it closed its output</source>
        <translation>它关闭了输出</translation>
    </message>
    <message>
        <location filename="../core/source/agentsource.cpp" line="240"/>
        <source>the agent has gone: %1</source>
        <translation>代理已不在运行：%1</translation>
    </message>
    <message>
        <location filename="../core/source/agentsource.cpp" line="240"/>
        <source>the agent has gone: %1; it said: %2</source>
        <translation>代理已不在运行：%1；它的输出：%2</translation>
    </message>
    <message>
        <location filename="../core/source/agentsource.cpp" line="284"/>
        <source>cannot wait for the agent: %1</source>
        <translation>无法等待代理：%1</translation>
    </message>
    <message>
        <location filename="../core/source/agentsource.cpp" line="320"/>
        <source>the agent ended the connection: %1</source>
        <translation>代理结束了连接：%1</translation>
    </message>
    <message>
        <location filename="../core/source/agentsource.cpp" line="385"/>
        <source>the agent stopped reading its input</source>
        <translation>代理已停止读取其输入</translation>
    </message>
    <message>
        <location filename="../core/source/agentsource.cpp" line="678"/>
        <source>The agent sent no system call table: %1</source>
        <translation>代理没有发来系统调用表：%1</translation>
    </message>
    <message>
        <location filename="../core/source/agentsource.cpp" line="308"/>
        <source>the agent sent %1</source>
        <translation>代理发来了%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/source/agentsource.cpp" line="125"/>
        <location filename="../core/source/agentsource.cpp" line="426"/>
        <source>the agent did not answer within %Ln second(s)</source>
        <translation>
            <numerusform>代理在 %Ln 秒内没有应答</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/source/agentsource.cpp" line="347"/>
        <source>the agent sent a message that answers no request</source>
        <translation>代理发来一条不对应任何请求的消息</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/source/agentsource.cpp" line="371"/>
        <source>the agent did not take a request within %Ln second(s)</source>
        <translation>
            <numerusform>代理在 %Ln 秒内没有接收请求</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/source/agentsource.cpp" line="542"/>
        <location filename="../core/source/agentsource.cpp" line="552"/>
        <location filename="../core/source/agentsource.cpp" line="568"/>
        <location filename="../core/source/agentsource.cpp" line="597"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../core/source/agentsource.cpp" line="619"/>
        <source>the agent sent no value for %1</source>
        <translation>代理没有发来 %1 的值</translation>
    </message>
    <message>
        <location filename="../core/source/agentsource.cpp" line="642"/>
        <source>the agent sent a process list that is not one</source>
        <translation>代理发来的进程列表无效</translation>
    </message>
</context>
<context>
    <name>kc::BpfTracer</name>
    <message>
        <location filename="../core/trace/bpftracer.cpp" line="60"/>
        <source>Tracing with BPF is built for x86-64 only.</source>
        <translation>用 BPF 跟踪只为 x86-64 构建。</translation>
    </message>
    <message>
        <location filename="../core/trace/bpftracer.cpp" line="63"/>
        <source>Tracing with BPF needs root (CAP_BPF and CAP_PERFMON).</source>
        <translation>用 BPF 跟踪需要 root（CAP_BPF 和 CAP_PERFMON）。</translation>
    </message>
    <message>
        <location filename="../core/trace/bpftracer.cpp" line="65"/>
        <source>This kernel has no BTF type information (/sys/kernel/btf/vmlinux), which tracing with BPF needs.</source>
        <translation>此内核没有 BTF 类型信息（/sys/kernel/btf/vmlinux），而用 BPF 跟踪需要它。</translation>
    </message>
    <message>
        <location filename="../core/trace/bpftracer.cpp" line="68"/>
        <source>This program runs in a PID namespace of its own; BPF names processes by their numbers in the initial one.</source>
        <translation>本程序运行在自己的 PID 命名空间中；BPF 用初始命名空间中的编号来标识进程。</translation>
    </message>
    <message>
        <location filename="../core/trace/bpftracer.cpp" line="77"/>
        <source>No command to run.</source>
        <translation>没有要运行的命令。</translation>
    </message>
    <message>
        <location filename="../core/trace/bpftracer.cpp" line="77"/>
        <location filename="../core/trace/bpftracer.cpp" line="96"/>
        <source>A trace is already running.</source>
        <translation>已有一个跟踪在运行。</translation>
    </message>
    <message>
        <location filename="../core/trace/bpftracer.cpp" line="154"/>
        <source>BPF copies at most %1 bytes of each string or buffer; ptrace can show more.</source>
        <translation>BPF 对每个字符串或缓冲区最多复制 %1 字节；ptrace 可以显示更多。</translation>
    </message>
    <message>
        <location filename="../core/trace/bpftracer.cpp" line="172"/>
        <source>The BPF tracer could not be opened: %1</source>
        <translation>无法打开 BPF 跟踪器：%1</translation>
    </message>
    <message>
        <location filename="../core/trace/bpftracer.cpp" line="179"/>
        <source>The kernel refused the BPF tracer (load: %1).</source>
        <translation>内核拒绝了 BPF 跟踪器（加载：%1）。</translation>
    </message>
    <message>
        <location filename="../core/trace/bpftracer.cpp" line="203"/>
        <source>The BPF tracer could not be set up: %1</source>
        <translation>无法设置 BPF 跟踪器：%1</translation>
    </message>
    <message>
        <location filename="../core/trace/bpftracer.cpp" line="207"/>
        <source>The kernel refused the BPF tracer (attach: %1).</source>
        <translation>内核拒绝了 BPF 跟踪器（挂接：%1）。</translation>
    </message>
    <message>
        <location filename="../core/trace/bpftracer.cpp" line="210"/>
        <source>The BPF tracer&apos;s ring buffer could not be read: %1</source>
        <translation>无法读取 BPF 跟踪器的环形缓冲区：%1</translation>
    </message>
    <message>
        <location filename="../core/trace/bpftracer.cpp" line="239"/>
        <source>There is no process %1: it has exited, or never was.</source>
        <translation>没有进程 %1：它已退出，或从未存在。</translation>
    </message>
    <message>
        <location filename="../core/trace/bpftracer.cpp" line="241"/>
        <source>A process cannot trace itself.</source>
        <translation>进程不能跟踪自己。</translation>
    </message>
    <message>
        <location filename="../core/trace/bpftracer.cpp" line="255"/>
        <source>Reading the BPF tracer&apos;s ring buffer failed: %1</source>
        <translation>读取 BPF 跟踪器的环形缓冲区失败：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/trace/bpftracer.cpp" line="280"/>
        <source>%n memory copies were left out because a call&apos;s record outgrew %1 KiB.</source>
        <translation>
            <numerusform>因为某个调用的记录超过 %1 KiB，略去了 %n 次内存复制。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/trace/bpftracer.cpp" line="302"/>
        <source>ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <location filename="../core/trace/bpftracer.cpp" line="304"/>
        <source>exited with status %1</source>
        <translation>以状态 %1 退出</translation>
    </message>
    <message>
        <location filename="../core/trace/bpftracer.cpp" line="306"/>
        <source>killed by signal %1 (%2)</source>
        <translation>被信号 %1（%2）杀死</translation>
    </message>
</context>
<context>
    <name>kc::ChannelMapView</name>
    <message>
        <location filename="../app/gui/mappane.cpp" line="61"/>
        <source>Channel map</source>
        <translation>通道图</translation>
    </message>
    <message>
        <location filename="../app/gui/mappane.cpp" line="62"/>
        <source>User space above, the kernel below, and the channels between them. Left and Right choose a channel, Enter opens it.</source>
        <translation>上方是用户空间，下方是内核，中间是它们之间的通道。左右方向键选择通道，回车键打开。</translation>
    </message>
    <message>
        <location filename="../app/gui/mappane.cpp" line="264"/>
        <source>User space: programs</source>
        <translation>用户空间：程序</translation>
    </message>
    <message>
        <location filename="../app/gui/mappane.cpp" line="265"/>
        <source>Kernel</source>
        <translation>内核</translation>
    </message>
</context>
<context>
    <name>kc::ChartsPane</name>
    <message>
        <location filename="../app/gui/chartspane.cpp" line="70"/>
        <source>every %1 s</source>
        <translation>每 %1 秒</translation>
    </message>
    <message>
        <location filename="../app/gui/chartspane.cpp" line="72"/>
        <source>How often the shown dashboard and the pins are read</source>
        <translation>读取当前仪表板和固定项的频率</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/chartspane.cpp" line="80"/>
        <source>last %Ln minute(s)</source>
        <translation>
            <numerusform>最近 %Ln 分钟</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/chartspane.cpp" line="88"/>
        <source>Stop sampling; the charts keep what they have</source>
        <translation>停止采样；图表保留已有数据</translation>
    </message>
    <message>
        <location filename="../app/gui/chartspane.cpp" line="90"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../app/gui/chartspane.cpp" line="90"/>
        <source>Add a number to this dashboard by its sample key</source>
        <translation>按采样键向此仪表板添加一个数值</translation>
    </message>
    <message>
        <location filename="../app/gui/chartspane.cpp" line="92"/>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <location filename="../app/gui/chartspane.cpp" line="92"/>
        <source>Put this dashboard back as it came</source>
        <translation>把此仪表板恢复为初始内容</translation>
    </message>
    <message>
        <location filename="../app/gui/chartspane.cpp" line="94"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../app/gui/chartspane.cpp" line="94"/>
        <source>Save the shown series or the picture</source>
        <translation>保存显示的数据序列或图片</translation>
    </message>
    <message>
        <location filename="../app/gui/chartspane.cpp" line="97"/>
        <source>Series as &amp;CSV…</source>
        <translation>数据序列另存为 &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../app/gui/chartspane.cpp" line="98"/>
        <source>Charts as &amp;PNG…</source>
        <translation>图表另存为 &amp;PNG…</translation>
    </message>
    <message>
        <location filename="../app/gui/chartspane.cpp" line="153"/>
        <source>Pinned</source>
        <translation>已固定</translation>
    </message>
    <message>
        <location filename="../app/gui/chartspane.cpp" line="154"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../app/gui/chartspane.cpp" line="155"/>
        <source>Context switches and interrupts</source>
        <translation>上下文切换与中断</translation>
    </message>
    <message>
        <location filename="../app/gui/chartspane.cpp" line="156"/>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <location filename="../app/gui/chartspane.cpp" line="158"/>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <location filename="../app/gui/chartspane.cpp" line="159"/>
        <source>Disk I/O</source>
        <translation>磁盘 I/O</translation>
    </message>
    <message>
        <location filename="../app/gui/chartspane.cpp" line="160"/>
        <source>Pressure (PSI)</source>
        <translation>压力（PSI）</translation>
    </message>
    <message>
        <location filename="../app/gui/chartspane.cpp" line="260"/>
        <source>“%1” (%2) is already pinned: Charts › Pinned, chart %3 of %4.</source>
        <translation>“%1”（%2）已经固定：图表 › 已固定，第 %3 个图表（共 %4 个）。</translation>
    </message>
    <message>
        <location filename="../app/gui/chartspane.cpp" line="262"/>
        <source>Pinned “%1” (%2) to Charts › Pinned, chart %3 of %4.</source>
        <translation>已将“%1”（%2）固定到 图表 › 已固定，第 %3 个图表（共 %4 个）。</translation>
    </message>
    <message>
        <location filename="../app/gui/chartspane.cpp" line="293"/>
        <source>Nothing pinned yet. Right-click a number in the procfs, sysctl or sysfs pane and choose &quot;Pin to chart&quot;, or press Add… and give a sample key such as meminfo:MemFree.</source>
        <translation>还没有固定任何数值。在 procfs、sysctl 或 sysfs 窗格中右键单击一个数值并选择“固定到图表”，或按“添加…”并输入采样键，例如 meminfo:MemFree。</translation>
    </message>
    <message>
        <location filename="../app/gui/chartspane.cpp" line="296"/>
        <source>Reading the machine&apos;s network interfaces and disks …</source>
        <translation>正在读取本机的网络接口和磁盘 …</translation>
    </message>
    <message>
        <location filename="../app/gui/chartspane.cpp" line="297"/>
        <source>This dashboard is empty. Press Add… or Reset.</source>
        <translation>此仪表板为空。请按“添加…”或“重置”。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/chartspane.cpp" line="350"/>
        <source>%Ln key(s) sampled</source>
        <translation>
            <numerusform>正在采样 %Ln 个键</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/chartspane.cpp" line="357"/>
        <source>Add to %1</source>
        <translation>添加到 %1</translation>
    </message>
    <message>
        <location filename="../app/gui/chartspane.cpp" line="358"/>
        <source>Sample key, for example meminfo:Dirty, stat:cpu.idle, net/dev:lo.rx_bytes,
vmstat:pgfault, interrupts:LOC, sysctl:fs.file-nr or a /sys path:</source>
        <translation>采样键，例如 meminfo:Dirty、stat:cpu.idle、net/dev:lo.rx_bytes、
vmstat:pgfault、interrupts:LOC、sysctl:fs.file-nr 或 /sys 下的路径：</translation>
    </message>
    <message>
        <location filename="../app/gui/chartspane.cpp" line="365"/>
        <source>Add to chart</source>
        <translation>添加到图表</translation>
    </message>
    <message>
        <location filename="../app/gui/chartspane.cpp" line="400"/>
        <location filename="../app/gui/chartspane.cpp" line="422"/>
        <source>Export series</source>
        <translation>导出数据序列</translation>
    </message>
    <message>
        <location filename="../app/gui/chartspane.cpp" line="400"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/gui/chartspane.cpp" line="422"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/gui/chartspane.cpp" line="427"/>
        <location filename="../app/gui/chartspane.cpp" line="431"/>
        <source>Save charts</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <location filename="../app/gui/chartspane.cpp" line="427"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <location filename="../app/gui/chartspane.cpp" line="431"/>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <location filename="../app/gui/chartspane.cpp" line="436"/>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../app/gui/chartspane.cpp" line="441"/>
        <source>Rates and levels over time: dashboards and your pins</source>
        <translation>随时间变化的速率和数值：仪表板与你固定的项</translation>
    </message>
    <message>
        <location filename="../app/gui/chartspane.cpp" line="480"/>
        <source>%L1 of %L2 dashboards shown</source>
        <translation>显示 %L2 个仪表板中的 %L1 个</translation>
    </message>
</context>
<context>
    <name>kc::CostChart</name>
    <message>
        <location filename="../app/gui/costchart.cpp" line="45"/>
        <source>No measurement yet.</source>
        <translation>尚未测量。</translation>
    </message>
    <message>
        <location filename="../app/gui/costchart.cpp" line="72"/>
        <source>%1 µs</source>
        <translation>%1 µs</translation>
    </message>
    <message>
        <location filename="../app/gui/costchart.cpp" line="72"/>
        <source>%1 ns</source>
        <translation>%1 ns</translation>
    </message>
    <message>
        <location filename="../app/gui/costchart.cpp" line="80"/>
        <source>nanoseconds per operation, logarithmic: each line ten times the one before</source>
        <translation>每次操作的纳秒数，对数刻度：每条线是前一条的十倍</translation>
    </message>
    <message>
        <location filename="../app/gui/costchart.cpp" line="106"/>
        <source>%1 — %2 function calls</source>
        <translation>%1 — 相当于 %2 次函数调用</translation>
    </message>
</context>
<context>
    <name>kc::DeviceTableModel</name>
    <message numerus="yes">
        <location filename="../core/models/devicetablemodel.cpp" line="114"/>
        <source>Open in %Ln process(es), by %1 (from /proc/PID/fd)</source>
        <translation>
            <numerusform>%Ln 个进程打开了此设备，共 %1（来自 /proc/PID/fd）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/models/devicetablemodel.cpp" line="115"/>
        <source>%Ln file descriptor(s)</source>
        <translation>
            <numerusform>%Ln 个文件描述符</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/models/devicetablemodel.cpp" line="117"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../core/models/devicetablemodel.cpp" line="118"/>
        <source>%1 in sysfs: %2</source>
        <translation>%1 在 sysfs 中：%2</translation>
    </message>
    <message>
        <location filename="../core/models/devicetablemodel.cpp" line="145"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../core/models/devicetablemodel.cpp" line="146"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../core/models/devicetablemodel.cpp" line="147"/>
        <source>Major:minor</source>
        <translation>主:次设备号</translation>
    </message>
    <message>
        <location filename="../core/models/devicetablemodel.cpp" line="148"/>
        <source>Subsystem</source>
        <translation>子系统</translation>
    </message>
    <message>
        <location filename="../core/models/devicetablemodel.cpp" line="149"/>
        <source>Driver</source>
        <translation>驱动</translation>
    </message>
    <message>
        <location filename="../core/models/devicetablemodel.cpp" line="150"/>
        <source>Module</source>
        <translation>模块</translation>
    </message>
    <message>
        <location filename="../core/models/devicetablemodel.cpp" line="151"/>
        <source>Owner</source>
        <translation>所有者</translation>
    </message>
    <message>
        <location filename="../core/models/devicetablemodel.cpp" line="152"/>
        <source>Group</source>
        <translation>组</translation>
    </message>
    <message>
        <location filename="../core/models/devicetablemodel.cpp" line="153"/>
        <source>Mode</source>
        <translation>权限</translation>
    </message>
    <message>
        <location filename="../core/models/devicetablemodel.cpp" line="154"/>
        <source>Held by</source>
        <translation>持有进程数</translation>
    </message>
    <message>
        <location filename="../core/models/devicetablemodel.cpp" line="162"/>
        <source>The driver open() reaches: the one that registered this major and minor range (/proc/devices), and what it calls the minor</source>
        <translation>open() 到达的驱动：注册了这个主设备号及次设备号范围的驱动（/proc/devices），以及它对这个次设备号的称呼</translation>
    </message>
    <message>
        <location filename="../core/models/devicetablemodel.cpp" line="163"/>
        <source>The module holding the driver, and whether it is built into the kernel or loadable</source>
        <translation>包含该驱动的模块，以及它是编译进内核还是可加载的</translation>
    </message>
    <message>
        <location filename="../core/models/devicetablemodel.cpp" line="164"/>
        <source>How many processes hold this device open</source>
        <translation>有多少个进程打开了此设备</translation>
    </message>
    <message>
        <location filename="../core/models/devicetablemodel.cpp" line="155"/>
        <source>Link target</source>
        <translation>链接目标</translation>
    </message>
    <message>
        <location filename="../core/models/devicetablemodel.cpp" line="80"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../core/models/devicetablemodel.cpp" line="96"/>
        <source>tty driver: %1</source>
        <translation>tty 驱动：%1</translation>
    </message>
    <message>
        <location filename="../core/models/devicetablemodel.cpp" line="97"/>
        <source>No driver is bound to the device in sysfs.</source>
        <translation>sysfs 中没有驱动绑定到该设备。</translation>
    </message>
    <message>
        <location filename="../core/models/devicetablemodel.cpp" line="97"/>
        <source>Bound in sysfs: %1</source>
        <translation>sysfs 中绑定的驱动：%1</translation>
    </message>
    <message>
        <location filename="../core/models/devicetablemodel.cpp" line="160"/>
        <source>The device number the kernel uses to find the driver</source>
        <translation>内核用来找到驱动的设备号</translation>
    </message>
    <message>
        <location filename="../core/models/devicetablemodel.cpp" line="161"/>
        <source>The kernel subsystem (class or bus) the device belongs to, from sysfs</source>
        <translation>设备所属的内核子系统（类或总线），来自 sysfs</translation>
    </message>
</context>
<context>
    <name>kc::DevicesPane</name>
    <message>
        <location filename="../app/gui/devicespane.cpp" line="48"/>
        <source>All types</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <location filename="../app/gui/devicespane.cpp" line="49"/>
        <source>Character devices</source>
        <translation>字符设备</translation>
    </message>
    <message>
        <location filename="../app/gui/devicespane.cpp" line="50"/>
        <source>Block devices</source>
        <translation>块设备</translation>
    </message>
    <message>
        <location filename="../app/gui/devicespane.cpp" line="51"/>
        <source>Links</source>
        <translation>链接</translation>
    </message>
    <message>
        <location filename="../app/gui/devicespane.cpp" line="54"/>
        <location filename="../app/gui/devicespane.cpp" line="274"/>
        <source>All subsystems</source>
        <translation>所有子系统</translation>
    </message>
    <message>
        <location filename="../app/gui/devicespane.cpp" line="59"/>
        <source>Rescan</source>
        <translation>重新扫描</translation>
    </message>
    <message>
        <location filename="../app/gui/devicespane.cpp" line="60"/>
        <source>Walk /dev again and recount the processes holding each node</source>
        <translation>重新遍历 /dev 并重新统计持有每个节点的进程</translation>
    </message>
    <message>
        <location filename="../app/gui/devicespane.cpp" line="62"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../app/gui/devicespane.cpp" line="65"/>
        <source>As &amp;CSV…</source>
        <translation>导出为 &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../app/gui/devicespane.cpp" line="66"/>
        <source>As &amp;JSON…</source>
        <translation>导出为 &amp;JSON…</translation>
    </message>
    <message>
        <location filename="../app/gui/devicespane.cpp" line="110"/>
        <source>Select a node to follow it to its driver</source>
        <translation>选择一个节点，沿着它追踪到驱动</translation>
    </message>
    <message>
        <location filename="../app/gui/devicespane.cpp" line="113"/>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../app/gui/devicespane.cpp" line="113"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../app/gui/devicespane.cpp" line="118"/>
        <source>Double-click a step with a sysfs path to open it in the sysfs pane</source>
        <translation>双击带有 sysfs 路径的步骤，在 sysfs 面板中打开它</translation>
    </message>
    <message>
        <location filename="../app/gui/devicespane.cpp" line="151"/>
        <source>Hover an event for all its KEY=VALUE properties; double-click to open its device in sysfs</source>
        <translation>悬停查看事件的全部 KEY=VALUE 属性；双击在 sysfs 中打开其设备</translation>
    </message>
    <message>
        <location filename="../app/gui/devicespane.cpp" line="158"/>
        <source>Stop adding events to the log; they are still counted</source>
        <translation>停止向日志添加事件；事件仍会计数</translation>
    </message>
    <message>
        <location filename="../app/gui/devicespane.cpp" line="161"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../app/gui/devicespane.cpp" line="164"/>
        <source>Kernel device events (uevents)</source>
        <translation>内核设备事件（uevent）</translation>
    </message>
    <message>
        <location filename="../app/gui/devicespane.cpp" line="212"/>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../app/gui/devicespane.cpp" line="217"/>
        <source>/dev: device nodes, their drivers and who holds them open</source>
        <translation>/dev：设备节点、它们的驱动以及谁打开了它们</translation>
    </message>
    <message>
        <location filename="../app/gui/devicespane.cpp" line="198"/>
        <source>Scanning /dev…</source>
        <translation>正在扫描 /dev…</translation>
    </message>
    <message>
        <location filename="../app/gui/devicespane.cpp" line="243"/>
        <source>%L1 of %L2 device nodes shown</source>
        <translation>显示 %L2 个设备节点中的 %L1 个</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/devicespane.cpp" line="279"/>
        <source>%Ln node(s)</source>
        <translation>
            <numerusform>%Ln 个节点</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/devicespane.cpp" line="279"/>
        <source>%Ln link(s)</source>
        <translation>
            <numerusform>%Ln 个链接</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/devicespane.cpp" line="281"/>
        <source>%Ln process(es) not checked for open devices: needs root</source>
        <translation>
            <numerusform>%Ln 个进程未检查打开的设备：需要 root 权限</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/devicespane.cpp" line="351"/>
        <source>Enter or double-click: the channels of process %1</source>
        <translation>回车或双击：查看进程 %1 的通道</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/devicespane.cpp" line="380"/>
        <source>%Ln event(s) seen</source>
        <translation>
            <numerusform>已收到 %Ln 个事件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/devicespane.cpp" line="382"/>
        <source>buffer overflowed %Ln time(s), about %1 lost</source>
        <translation>
            <numerusform>缓冲区溢出 %Ln 次，约丢失 %1 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/devicespane.cpp" line="385"/>
        <source>%Ln oldest dropped from the log</source>
        <translation>
            <numerusform>日志中最早的 %Ln 条已丢弃</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/devicespane.cpp" line="387"/>
        <source>paused, %Ln not shown</source>
        <translation>
            <numerusform>已暂停，%Ln 条未显示</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/devicespane.cpp" line="314"/>
        <source>Following %1…</source>
        <translation>正在追踪 %1…</translation>
    </message>
    <message>
        <location filename="../app/gui/devicespane.cpp" line="326"/>
        <source>From %1 to its driver and users</source>
        <translation>从 %1 到它的驱动和使用者</translation>
    </message>
    <message>
        <location filename="../app/gui/devicespane.cpp" line="337"/>
        <source>%1 — double-click to open in the sysfs pane</source>
        <translation>%1 — 双击在 sysfs 面板中打开</translation>
    </message>
    <message>
        <location filename="../app/gui/devicespane.cpp" line="364"/>
        <source>Export devices</source>
        <translation>导出设备</translation>
    </message>
    <message>
        <location filename="../app/gui/devicespane.cpp" line="364"/>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <location filename="../app/gui/devicespane.cpp" line="374"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../app/gui/devicespane.cpp" line="374"/>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>kc::ExplainPanel</name>
    <message>
        <location filename="../app/gui/explainpanel.cpp" line="30"/>
        <source>Explain</source>
        <translation>讲解</translation>
    </message>
    <message>
        <location filename="../app/gui/explainpanel.cpp" line="34"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../app/gui/explainpanel.cpp" line="34"/>
        <source>Copy the program</source>
        <translation>复制程序</translation>
    </message>
    <message>
        <location filename="../app/gui/explainpanel.cpp" line="35"/>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <location filename="../app/gui/explainpanel.cpp" line="35"/>
        <source>Save the program as a .c file</source>
        <translation>把程序保存为 .c 文件</translation>
    </message>
    <message>
        <location filename="../app/gui/explainpanel.cpp" line="90"/>
        <source>Show me the code: %1</source>
        <translation>看看代码：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/explainpanel.cpp" line="101"/>
        <source>Save the program</source>
        <translation>保存程序</translation>
    </message>
    <message>
        <location filename="../app/gui/explainpanel.cpp" line="101"/>
        <source>C source (*.c)</source>
        <translation>C 源文件 (*.c)</translation>
    </message>
    <message>
        <location filename="../app/gui/explainpanel.cpp" line="106"/>
        <source>Save failed</source>
        <translation>保存失败</translation>
    </message>
    <message>
        <location filename="../app/gui/explainpanel.cpp" line="106"/>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>kc::FieldHelp</name>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="17"/>
        <source>Usable RAM: physical memory minus what the kernel reserved at boot</source>
        <translation>可用内存：物理内存减去内核在启动时保留的部分</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="18"/>
        <source>RAM not used for anything at all</source>
        <translation>完全没有被使用的内存</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="19"/>
        <source>Estimate of RAM a new program can get without swapping</source>
        <translation>估计新程序在不触发交换的情况下能获得的内存</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="20"/>
        <source>Cache of raw block-device data (metadata, not file pages)</source>
        <translation>原始块设备数据的缓存（元数据，不是文件页）</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="21"/>
        <source>Page cache: file contents kept in RAM, freed under pressure</source>
        <translation>页缓存：保存在内存中的文件内容，内存紧张时会被释放</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="22"/>
        <source>Memory swapped out and read back, still also in swap</source>
        <translation>被换出后又读回的内存，交换区中仍保留一份</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="23"/>
        <source>Recently used memory, reclaimed last</source>
        <translation>最近使用过的内存，最后才被回收</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="24"/>
        <source>Less recently used memory, first to be reclaimed</source>
        <translation>较久未使用的内存，最先被回收</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="25"/>
        <source>Recently used anonymous memory (heaps, stacks)</source>
        <translation>最近使用过的匿名内存（堆、栈）</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="26"/>
        <source>Anonymous memory that is a candidate for swap</source>
        <translation>可能被换出的匿名内存</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="27"/>
        <source>Recently used file-backed pages</source>
        <translation>最近使用过的文件页</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="28"/>
        <source>File-backed pages that can be dropped first</source>
        <translation>可以最先丢弃的文件页</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="29"/>
        <source>Pages that cannot be reclaimed (e.g. mlocked, ramfs)</source>
        <translation>无法回收的页（例如被 mlock 锁定的页、ramfs）</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="30"/>
        <source>Pages locked in RAM with mlock()</source>
        <translation>用 mlock() 锁定在内存中的页</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="31"/>
        <source>Total swap space</source>
        <translation>交换空间总量</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="32"/>
        <source>Unused swap space</source>
        <translation>未使用的交换空间</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="33"/>
        <source>RAM used by the compressed swap cache</source>
        <translation>压缩交换缓存使用的内存</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="34"/>
        <source>Data held compressed in zswap, before compression</source>
        <translation>在 zswap 中压缩保存的数据（压缩前的大小）</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="35"/>
        <source>File pages changed in RAM and waiting to be written to disk</source>
        <translation>在内存中被修改、等待写回磁盘的文件页</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="36"/>
        <source>Pages being written to disk right now</source>
        <translation>此刻正在写入磁盘的页</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="37"/>
        <source>Anonymous pages mapped into user page tables</source>
        <translation>映射到用户页表中的匿名页</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="38"/>
        <source>Files mapped into memory with mmap(), such as libraries</source>
        <translation>用 mmap() 映射到内存中的文件，例如库</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="39"/>
        <source>Shared memory and tmpfs contents</source>
        <translation>共享内存和 tmpfs 中的内容</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="40"/>
        <source>Kernel memory it can give back under pressure</source>
        <translation>内存紧张时内核可以归还的内存</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="41"/>
        <source>Kernel data-structure caches (slab allocator)</source>
        <translation>内核数据结构缓存（slab 分配器）</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="42"/>
        <source>Part of Slab that can be reclaimed, e.g. dentry and inode caches</source>
        <translation>Slab 中可回收的部分，例如 dentry 和 inode 缓存</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="43"/>
        <source>Part of Slab that cannot be reclaimed</source>
        <translation>Slab 中不可回收的部分</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="44"/>
        <source>Kernel stacks of all threads</source>
        <translation>所有线程的内核栈</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="45"/>
        <source>Memory used by page tables that map virtual to physical memory</source>
        <translation>把虚拟内存映射到物理内存的页表所用的内存</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="46"/>
        <source>Secondary page tables, e.g. for KVM guests</source>
        <translation>二级页表，例如 KVM 虚拟机使用的</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="47"/>
        <source>Always zero on current kernels</source>
        <translation>在当前内核中始终为零</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="48"/>
        <source>Memory used for block-device bounce buffers</source>
        <translation>块设备回弹缓冲区使用的内存</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="49"/>
        <source>Memory used by FUSE for temporary writeback buffers</source>
        <translation>FUSE 用于临时回写缓冲区的内存</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="50"/>
        <source>How much memory may be promised to programs under strict overcommit</source>
        <translation>在严格的过量分配策略下可以承诺给程序的内存量</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="51"/>
        <source>Memory promised to programs so far, whether used or not</source>
        <translation>目前已承诺给程序的内存，无论是否实际使用</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="52"/>
        <source>Size of the kernel&apos;s vmalloc address range</source>
        <translation>内核 vmalloc 地址范围的大小</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="53"/>
        <source>Part of the vmalloc range in use</source>
        <translation>vmalloc 范围中已使用的部分</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="54"/>
        <source>Largest free block of the vmalloc range</source>
        <translation>vmalloc 范围中最大的空闲块</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="55"/>
        <source>Memory for per-CPU kernel variables</source>
        <translation>每 CPU 内核变量使用的内存</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="56"/>
        <source>RAM the kernel found faulty and took out of use</source>
        <translation>内核发现有故障而停止使用的内存</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="57"/>
        <source>Anonymous memory backed by transparent huge pages</source>
        <translation>由透明大页支持的匿名内存</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="58"/>
        <source>Shared memory backed by huge pages</source>
        <translation>由大页支持的共享内存</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="59"/>
        <source>File cache backed by huge pages</source>
        <translation>由大页支持的文件缓存</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="60"/>
        <source>Size of the reserved huge page pool, in pages</source>
        <translation>预留大页池的大小，以页为单位</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="61"/>
        <source>Huge pages in the pool not yet allocated</source>
        <translation>池中尚未分配的大页</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="62"/>
        <source>Huge pages promised but not yet faulted in</source>
        <translation>已承诺但尚未实际分配的大页</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="63"/>
        <source>Huge pages above the configured pool size</source>
        <translation>超出配置池大小的大页</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="64"/>
        <source>Size of one default huge page</source>
        <translation>一个默认大页的大小</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="65"/>
        <source>Memory taken by huge pages of all sizes</source>
        <translation>所有尺寸的大页占用的内存</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="66"/>
        <source>Kernel&apos;s direct map of RAM using 4 KiB pages</source>
        <translation>内核用 4 KiB 页对内存做的直接映射</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="67"/>
        <source>Kernel&apos;s direct map of RAM using 2 MiB pages</source>
        <translation>内核用 2 MiB 页对内存做的直接映射</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="68"/>
        <source>Kernel&apos;s direct map of RAM using 1 GiB pages</source>
        <translation>内核用 1 GiB 页对内存做的直接映射</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="72"/>
        <source>Time running programs in user mode</source>
        <translation>在用户态运行程序的时间</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="73"/>
        <source>User-mode time of programs with lowered priority (nice &gt; 0)</source>
        <translation>降低了优先级（nice &gt; 0）的程序的用户态时间</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="74"/>
        <source>Time in the kernel, e.g. serving system calls</source>
        <translation>在内核中的时间，例如处理系统调用</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="75"/>
        <source>Time with nothing to do</source>
        <translation>无事可做的时间</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="76"/>
        <source>Idle time while disk I/O was outstanding</source>
        <translation>有磁盘 I/O 未完成时的空闲时间</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="77"/>
        <source>Time serving hardware interrupts</source>
        <translation>处理硬件中断的时间</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="78"/>
        <source>Time serving deferred interrupt work (softirqs)</source>
        <translation>处理推迟的中断工作（软中断）的时间</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="79"/>
        <source>Time a hypervisor gave to other guests</source>
        <translation>虚拟机管理程序分给其他虚拟机的时间</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="80"/>
        <source>Time running a virtual machine&apos;s CPU</source>
        <translation>运行虚拟机 CPU 的时间</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="81"/>
        <source>Time running a niced virtual machine&apos;s CPU</source>
        <translation>运行降低了优先级的虚拟机 CPU 的时间</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="85"/>
        <source>Interrupts served since boot, all sources</source>
        <translation>自启动以来处理的中断，所有来源</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="86"/>
        <source>Context switches since boot</source>
        <translation>自启动以来的上下文切换次数</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="87"/>
        <source>Boot time, in seconds since 1970-01-01 UTC</source>
        <translation>启动时间，以 1970-01-01 UTC 以来的秒数表示</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="88"/>
        <source>Processes and threads created since boot (fork/clone)</source>
        <translation>自启动以来创建的进程和线程（fork/clone）</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="89"/>
        <source>Threads running or ready to run now</source>
        <translation>此刻正在运行或可运行的线程</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="90"/>
        <source>Threads blocked waiting for I/O now</source>
        <translation>此刻因等待 I/O 而阻塞的线程</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="91"/>
        <source>Softirqs served since boot, all kinds</source>
        <translation>自启动以来处理的软中断，所有类型</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="95"/>
        <source>Free pages of RAM</source>
        <translation>空闲的内存页</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="96"/>
        <source>Pages waiting to be written back to disk</source>
        <translation>等待写回磁盘的页</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="97"/>
        <source>Pages being written back now</source>
        <translation>此刻正在写回的页</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="98"/>
        <source>Pages mapped into processes from files</source>
        <translation>从文件映射到进程中的页</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="99"/>
        <source>Anonymous pages in use</source>
        <translation>正在使用的匿名页</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="100"/>
        <source>Reclaimable kernel slab pages</source>
        <translation>可回收的内核 slab 页</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="101"/>
        <source>Kernel slab pages that cannot be reclaimed</source>
        <translation>不可回收的内核 slab 页</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="102"/>
        <source>Data read from block devices since boot, in KiB</source>
        <translation>自启动以来从块设备读取的数据，以 KiB 计</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="103"/>
        <source>Data written to block devices since boot, in KiB</source>
        <translation>自启动以来写入块设备的数据，以 KiB 计</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="104"/>
        <source>Pages read in from swap since boot</source>
        <translation>自启动以来从交换区读入的页</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="105"/>
        <source>Pages written out to swap since boot</source>
        <translation>自启动以来写出到交换区的页</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="106"/>
        <source>Page faults since boot, minor and major</source>
        <translation>自启动以来的缺页次数，包括次要和主要缺页</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="107"/>
        <source>Major page faults (needed disk I/O) since boot</source>
        <translation>自启动以来的主要缺页（需要磁盘 I/O）</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="108"/>
        <source>Pages freed since boot</source>
        <translation>自启动以来释放的页</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="109"/>
        <source>Processes killed by the out-of-memory killer since boot</source>
        <translation>自启动以来被 OOM 杀手杀死的进程</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="110"/>
        <source>Pages reclaimed by the background kswapd thread</source>
        <translation>由后台 kswapd 线程回收的页</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="111"/>
        <source>Pages reclaimed directly by allocating programs (a sign of pressure)</source>
        <translation>由申请内存的程序直接回收的页（内存紧张的迹象）</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="112"/>
        <source>Transparent huge pages allocated on a page fault</source>
        <translation>缺页时分配的透明大页</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="116"/>
        <source>Average number of runnable or uninterruptible threads over 1 minute</source>
        <translation>1 分钟内可运行或不可中断线程的平均数</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="117"/>
        <source>The same average over 5 minutes</source>
        <translation>5 分钟内的同一平均值</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="118"/>
        <source>The same average over 15 minutes</source>
        <translation>15 分钟内的同一平均值</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="119"/>
        <source>Threads runnable right now</source>
        <translation>此刻可运行的线程</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="120"/>
        <source>Threads that exist right now</source>
        <translation>此刻存在的线程</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="121"/>
        <source>The most recently assigned process ID</source>
        <translation>最近分配的进程 ID</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="15"/>
        <source>Command name (comm), at most 15 characters</source>
        <translation>命令名（comm），最多 15 个字符</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="16"/>
        <source>File mode creation mask</source>
        <translation>文件创建权限掩码</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="17"/>
        <source>Scheduler state: R running, S sleeping, D disk wait, Z zombie, T stopped, I idle</source>
        <translation>调度状态：R 运行，S 睡眠，D 等待磁盘，Z 僵尸，T 停止，I 空闲</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="18"/>
        <source>Thread group ID: the process ID users see</source>
        <translation>线程组 ID：用户看到的进程 ID</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="19"/>
        <source>NUMA group ID, 0 when unused</source>
        <translation>NUMA 组 ID，未使用时为 0</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="20"/>
        <source>Thread ID (equals Tgid for the main thread)</source>
        <translation>线程 ID（主线程的线程 ID 等于 Tgid）</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="21"/>
        <source>Process ID of the parent</source>
        <translation>父进程的进程 ID</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="22"/>
        <source>Process tracing this one with ptrace, 0 if none</source>
        <translation>用 ptrace 跟踪本进程的进程，没有则为 0</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="23"/>
        <source>User IDs: real, effective, saved, filesystem</source>
        <translation>用户 ID：真实、有效、保存、文件系统</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="24"/>
        <source>Group IDs: real, effective, saved, filesystem</source>
        <translation>组 ID：真实、有效、保存、文件系统</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="25"/>
        <source>Slots in the file descriptor table right now</source>
        <translation>文件描述符表当前的槽位数</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="26"/>
        <source>Supplementary groups</source>
        <translation>附加组</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="27"/>
        <source>Thread group ID in each nested PID namespace</source>
        <translation>在每一层嵌套 PID 命名空间中的线程组 ID</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="28"/>
        <source>Thread ID in each nested PID namespace</source>
        <translation>在每一层嵌套 PID 命名空间中的线程 ID</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="29"/>
        <source>Process group ID in each nested PID namespace</source>
        <translation>在每一层嵌套 PID 命名空间中的进程组 ID</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="30"/>
        <source>Session ID in each nested PID namespace</source>
        <translation>在每一层嵌套 PID 命名空间中的会话 ID</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="31"/>
        <source>1 for a kernel thread, 0 for a user process</source>
        <translation>内核线程为 1，用户进程为 0</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="32"/>
        <source>Largest virtual memory size so far</source>
        <translation>迄今为止最大的虚拟内存大小</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="33"/>
        <source>Virtual memory size: everything mapped</source>
        <translation>虚拟内存大小：所有已映射的内容</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="34"/>
        <source>Memory locked with mlock()</source>
        <translation>用 mlock() 锁定的内存</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="35"/>
        <source>Memory pinned so it cannot move (e.g. for DMA)</source>
        <translation>被固定、不能移动的内存（例如用于 DMA）</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="36"/>
        <source>Largest resident set so far (high water mark)</source>
        <translation>迄今为止最大的驻留集（高水位）</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="37"/>
        <source>Resident set: memory in RAM now (anon + file + shmem)</source>
        <translation>驻留集：此刻在内存中的部分（匿名 + 文件 + 共享内存）</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="38"/>
        <source>Resident anonymous memory (heap, stack)</source>
        <translation>驻留的匿名内存（堆、栈）</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="39"/>
        <source>Resident file mappings (code, libraries)</source>
        <translation>驻留的文件映射（代码、库）</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="40"/>
        <source>Resident shared memory</source>
        <translation>驻留的共享内存</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="41"/>
        <source>Size of data and heap segments</source>
        <translation>数据段和堆的大小</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="42"/>
        <source>Size of the main thread&apos;s stack</source>
        <translation>主线程栈的大小</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="43"/>
        <source>Size of the program&apos;s code</source>
        <translation>程序代码的大小</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="44"/>
        <source>Size of shared library code</source>
        <translation>共享库代码的大小</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="45"/>
        <source>Memory used by this process&apos;s page tables</source>
        <translation>本进程页表使用的内存</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="46"/>
        <source>Anonymous memory swapped out</source>
        <translation>被换出的匿名内存</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="47"/>
        <source>Memory in hugetlbfs huge pages</source>
        <translation>hugetlbfs 大页中的内存</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="48"/>
        <source>1 while the process is writing a core dump</source>
        <translation>进程正在写核心转储时为 1</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="49"/>
        <source>Whether transparent huge pages may be used</source>
        <translation>是否可以使用透明大页</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="50"/>
        <location filename="../core/procfs/procparsers_process.cpp" line="99"/>
        <source>Number of threads</source>
        <translation>线程数</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="51"/>
        <source>Queued signals / limit of queued signals</source>
        <translation>排队的信号数 / 排队信号数上限</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="52"/>
        <source>Signals pending for this thread (bit mask)</source>
        <translation>本线程待处理的信号（位掩码）</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="53"/>
        <source>Signals pending for the whole process (bit mask)</source>
        <translation>整个进程待处理的信号（位掩码）</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="54"/>
        <source>Blocked signals (bit mask)</source>
        <translation>被阻塞的信号（位掩码）</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="55"/>
        <source>Ignored signals (bit mask)</source>
        <translation>被忽略的信号（位掩码）</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="56"/>
        <source>Signals with a handler installed (bit mask)</source>
        <translation>已安装处理函数的信号（位掩码）</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="57"/>
        <source>Inheritable capabilities (bit mask)</source>
        <translation>可继承的能力（位掩码）</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="58"/>
        <source>Permitted capabilities (bit mask)</source>
        <translation>允许的能力（位掩码）</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="59"/>
        <source>Effective capabilities: what the kernel checks (bit mask)</source>
        <translation>有效能力：内核实际检查的能力（位掩码）</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="60"/>
        <source>Capability bounding set (bit mask)</source>
        <translation>能力边界集（位掩码）</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="61"/>
        <source>Ambient capabilities kept across execve (bit mask)</source>
        <translation>在 execve 之后仍保留的环境能力（位掩码）</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="62"/>
        <source>1 when execve can never grant more privileges</source>
        <translation>为 1 时 execve 永远不能授予更多特权</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="63"/>
        <source>System call filter: 0 off, 1 strict, 2 filter</source>
        <translation>系统调用过滤：0 关闭，1 严格模式，2 过滤器</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="64"/>
        <source>Number of seccomp filters attached</source>
        <translation>附加的 seccomp 过滤器数量</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="65"/>
        <source>Mitigation state for Spectre variant 4</source>
        <translation>Spectre 变种 4 的缓解状态</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="66"/>
        <source>Mitigation state for indirect branch speculation</source>
        <translation>间接分支推测的缓解状态</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="67"/>
        <source>CPUs this task may run on (bit mask)</source>
        <translation>此任务可以运行的 CPU（位掩码）</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="68"/>
        <source>CPUs this task may run on (list)</source>
        <translation>此任务可以运行的 CPU（列表）</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="69"/>
        <source>NUMA nodes it may allocate from (bit mask)</source>
        <translation>它可以从中分配内存的 NUMA 节点（位掩码）</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="70"/>
        <source>NUMA nodes it may allocate from (list)</source>
        <translation>它可以从中分配内存的 NUMA 节点（列表）</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="71"/>
        <source>Times it gave up the CPU itself, e.g. to wait</source>
        <translation>它主动让出 CPU 的次数，例如为了等待</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="72"/>
        <source>Times the scheduler took the CPU away</source>
        <translation>调度器把 CPU 夺走的次数</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="73"/>
        <source>x86 features enabled for this thread</source>
        <translation>为此线程启用的 x86 特性</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="74"/>
        <source>x86 thread features that can no longer change</source>
        <translation>不能再改变的 x86 线程特性</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="75"/>
        <source>Address bits used for pointer tagging</source>
        <translation>用于指针标记的地址位</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="80"/>
        <source>Process ID</source>
        <translation>进程 ID</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="81"/>
        <source>Command name, in parentheses in the file</source>
        <translation>命令名，在文件中位于括号内</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="82"/>
        <source>R running, S sleeping, D disk wait, Z zombie, T stopped, I idle</source>
        <translation>R 运行，S 睡眠，D 等待磁盘，Z 僵尸，T 停止，I 空闲</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="83"/>
        <source>Parent process ID</source>
        <translation>父进程 ID</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="84"/>
        <source>Process group ID</source>
        <translation>进程组 ID</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="85"/>
        <source>Session ID</source>
        <translation>会话 ID</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="86"/>
        <source>Controlling terminal as a device number, 0 if none</source>
        <translation>控制终端的设备号，没有则为 0</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="87"/>
        <source>Foreground process group of the terminal</source>
        <translation>终端的前台进程组</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="88"/>
        <source>Kernel PF_* flags (0x200000 marks a kernel thread)</source>
        <translation>内核 PF_* 标志（0x200000 表示内核线程）</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="89"/>
        <source>Minor page faults (no disk I/O needed)</source>
        <translation>次要缺页（不需要磁盘 I/O）</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="90"/>
        <source>Minor faults of waited-for children</source>
        <translation>已等待子进程的次要缺页</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="91"/>
        <source>Major page faults (needed disk I/O)</source>
        <translation>主要缺页（需要磁盘 I/O）</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="92"/>
        <source>Major faults of waited-for children</source>
        <translation>已等待子进程的主要缺页</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="93"/>
        <source>CPU time in user mode</source>
        <translation>用户态 CPU 时间</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="94"/>
        <source>CPU time in kernel mode</source>
        <translation>内核态 CPU 时间</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="95"/>
        <source>User time of waited-for children</source>
        <translation>已等待子进程的用户态时间</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="96"/>
        <source>Kernel time of waited-for children</source>
        <translation>已等待子进程的内核态时间</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="97"/>
        <source>Scheduling priority as the kernel stores it</source>
        <translation>内核中保存的调度优先级</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="98"/>
        <source>Nice value, -20 (favoured) to 19</source>
        <translation>nice 值，-20（优先）到 19</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="100"/>
        <source>Obsolete, always 0</source>
        <translation>已废弃，始终为 0</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="101"/>
        <source>Start time after boot</source>
        <translation>启动后的开始时间</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="102"/>
        <source>Virtual memory size</source>
        <translation>虚拟内存大小</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="103"/>
        <source>Resident set size</source>
        <translation>驻留集大小</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="104"/>
        <source>Soft limit on resident set size</source>
        <translation>驻留集大小的软限制</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="105"/>
        <source>Address where program code starts</source>
        <translation>程序代码的起始地址</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="106"/>
        <source>Address where program code ends</source>
        <translation>程序代码的结束地址</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="107"/>
        <source>Bottom of the main stack</source>
        <translation>主栈的底部</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="108"/>
        <source>Stack pointer (hidden, 0)</source>
        <translation>栈指针（已隐藏，为 0）</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="109"/>
        <source>Instruction pointer (hidden, 0)</source>
        <translation>指令指针（已隐藏，为 0）</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="110"/>
        <source>Obsolete pending-signal mask; see status</source>
        <translation>已废弃的待处理信号掩码；请看 status</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="111"/>
        <source>Obsolete blocked-signal mask; see status</source>
        <translation>已废弃的阻塞信号掩码；请看 status</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="112"/>
        <source>Obsolete ignored-signal mask; see status</source>
        <translation>已废弃的忽略信号掩码；请看 status</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="113"/>
        <source>Obsolete caught-signal mask; see status</source>
        <translation>已废弃的捕获信号掩码；请看 status</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="114"/>
        <source>0 or 1; the wait channel name is in /proc/PID/wchan</source>
        <translation>0 或 1；等待通道的名称在 /proc/PID/wchan 中</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="115"/>
        <location filename="../core/procfs/procparsers_process.cpp" line="116"/>
        <source>Not maintained, 0</source>
        <translation>不再维护，为 0</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="117"/>
        <source>Signal sent to the parent at exit</source>
        <translation>退出时发送给父进程的信号</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="118"/>
        <source>CPU it last ran on</source>
        <translation>最后一次运行所在的 CPU</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="119"/>
        <source>Real-time priority, 0 for normal tasks</source>
        <translation>实时优先级，普通任务为 0</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="120"/>
        <source>Scheduling policy (0 normal, 1 FIFO, 2 RR, 3 batch, 5 idle, 6 deadline)</source>
        <translation>调度策略（0 普通，1 FIFO，2 RR，3 批处理，5 空闲，6 截止期限）</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="121"/>
        <source>Time waiting for block I/O</source>
        <translation>等待块设备 I/O 的时间</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="122"/>
        <source>Time running a guest virtual CPU</source>
        <translation>运行虚拟机虚拟 CPU 的时间</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="123"/>
        <source>Guest time of waited-for children</source>
        <translation>已等待子进程的虚拟机时间</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="124"/>
        <source>Address where initialised data starts</source>
        <translation>已初始化数据的起始地址</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="125"/>
        <source>Address where initialised data ends</source>
        <translation>已初始化数据的结束地址</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="126"/>
        <source>Start of the heap (brk)</source>
        <translation>堆的起始（brk）</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="127"/>
        <source>Address of the command-line arguments</source>
        <translation>命令行参数的地址</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="128"/>
        <source>End of the command-line arguments</source>
        <translation>命令行参数的结束地址</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="129"/>
        <source>Address of the environment</source>
        <translation>环境变量的地址</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="130"/>
        <source>End of the environment</source>
        <translation>环境变量的结束地址</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="131"/>
        <source>Exit status as waitpid() reports it</source>
        <translation>waitpid() 报告的退出状态</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="150"/>
        <source>Bytes read through read()-like calls, cache hits included</source>
        <translation>通过 read() 一类调用读取的字节数，包括缓存命中</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="151"/>
        <source>Bytes written through write()-like calls</source>
        <translation>通过 write() 一类调用写入的字节数</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="152"/>
        <source>Read system calls made</source>
        <translation>进行的读系统调用次数</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="153"/>
        <source>Write system calls made</source>
        <translation>进行的写系统调用次数</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="154"/>
        <source>Bytes really fetched from storage</source>
        <translation>真正从存储设备读取的字节数</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="155"/>
        <source>Bytes sent towards storage</source>
        <translation>发往存储设备的字节数</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="156"/>
        <source>Written bytes that never reached storage (file truncated first)</source>
        <translation>写入后从未到达存储设备的字节数（文件先被截断）</translation>
    </message>
</context>
<context>
    <name>kc::FileView</name>
    <message>
        <location filename="../app/gui/fileview.cpp" line="61"/>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../app/gui/fileview.cpp" line="62"/>
        <source>0.5 s</source>
        <translation>0.5 秒</translation>
    </message>
    <message>
        <location filename="../app/gui/fileview.cpp" line="63"/>
        <source>1 s</source>
        <translation>1 秒</translation>
    </message>
    <message>
        <location filename="../app/gui/fileview.cpp" line="64"/>
        <source>2 s</source>
        <translation>2 秒</translation>
    </message>
    <message>
        <location filename="../app/gui/fileview.cpp" line="65"/>
        <source>5 s</source>
        <translation>5 秒</translation>
    </message>
    <message>
        <location filename="../app/gui/fileview.cpp" line="86"/>
        <source>Re-read the file at this interval; changed values light up briefly</source>
        <translation>按此间隔重新读取文件；变化的值会短暂高亮</translation>
    </message>
    <message>
        <location filename="../app/gui/fileview.cpp" line="87"/>
        <source>Auto-refresh:</source>
        <translation>自动刷新：</translation>
    </message>
    <message>
        <location filename="../app/gui/fileview.cpp" line="89"/>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <location filename="../app/gui/fileview.cpp" line="89"/>
        <source>Read the file again now</source>
        <translation>立即重新读取文件</translation>
    </message>
    <message>
        <location filename="../app/gui/fileview.cpp" line="117"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../app/gui/fileview.cpp" line="121"/>
        <source>Copy &amp;whole table</source>
        <translation>复制整个表格(&amp;W)</translation>
    </message>
    <message>
        <location filename="../app/gui/fileview.cpp" line="123"/>
        <source>&amp;Export as CSV…</source>
        <translation>导出为 CSV(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../app/gui/fileview.cpp" line="130"/>
        <source>This file holds several tables</source>
        <translation>此文件包含多个表格</translation>
    </message>
    <message>
        <location filename="../app/gui/fileview.cpp" line="159"/>
        <source>&amp;Table</source>
        <translation>表格(&amp;T)</translation>
    </message>
    <message>
        <location filename="../app/gui/fileview.cpp" line="160"/>
        <source>Te&amp;xt</source>
        <translation>文本(&amp;X)</translation>
    </message>
    <message>
        <location filename="../app/gui/fileview.cpp" line="188"/>
        <source>Nothing selected</source>
        <translation>未选择任何内容</translation>
    </message>
    <message>
        <location filename="../app/gui/fileview.cpp" line="188"/>
        <source>Pick a file in the tree to read it.</source>
        <translation>在树中选择一个文件以读取它。</translation>
    </message>
    <message>
        <location filename="../app/gui/fileview.cpp" line="214"/>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <location filename="../app/gui/fileview.cpp" line="255"/>
        <source>%L1 of %L2 rows of %3 shown</source>
        <translation>显示 %3 的 %L2 行中的 %L1 行</translation>
    </message>
    <message>
        <location filename="../app/gui/fileview.cpp" line="263"/>
        <source>Filtered by the filter box: %L1 of %L2 rows shown (Esc in the filter box shows all)</source>
        <translation>已按过滤框过滤：显示 %L2 行中的 %L1 行（在过滤框中按 Esc 显示全部）</translation>
    </message>
    <message>
        <location filename="../app/gui/fileview.cpp" line="294"/>
        <source>NUL separators are shown as line breaks.</source>
        <translation>NUL 分隔符显示为换行。</translation>
    </message>
    <message>
        <location filename="../app/gui/fileview.cpp" line="307"/>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/fileview.cpp" line="318"/>
        <source>%1 (%Ln row(s))</source>
        <translation>
            <numerusform>%1（%Ln 行）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kc::FilterBar</name>
    <message>
        <location filename="../app/gui/filterbar.cpp" line="25"/>
        <source>Filter</source>
        <translation>过滤</translation>
    </message>
    <message>
        <location filename="../app/gui/filterbar.cpp" line="70"/>
        <source>Nothing to filter in this pane</source>
        <translation>此面板没有可过滤的内容</translation>
    </message>
    <message>
        <location filename="../app/gui/filterbar.cpp" line="74"/>
        <source>Filter the current view (Ctrl+F)</source>
        <translation>过滤当前视图（Ctrl+F）</translation>
    </message>
</context>
<context>
    <name>kc::GuideDialog</name>
    <message>
        <location filename="../app/gui/guidedialog.cpp" line="15"/>
        <source>Getting Started</source>
        <translation>入门</translation>
    </message>
    <message>
        <location filename="../app/gui/guidedialog.cpp" line="17"/>
        <source>&lt;h3&gt;What you see&lt;/h3&gt;&lt;p&gt;Programs reach the Linux kernel through a few channels: system calls, the files of /proc and /sys, device nodes in /dev and netlink sockets. Each channel has a pane, listed at the left; the first, the map, shows them all at once with live figures. Click a channel on the map to open it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;你看到的是什么&lt;/h3&gt;&lt;p&gt;程序通过几种通道与 Linux 内核交流：系统调用、/proc 和 /sys 中的文件、/dev 中的设备节点以及 netlink 套接字。每个通道都有一个面板，列在左侧；第一个是通道图，用实时数字同时展示所有通道。点击图中的通道即可打开它。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/guidedialog.cpp" line="20"/>
        <source>&lt;h3&gt;Moving around&lt;/h3&gt;&lt;p&gt;Ctrl+1 to Ctrl+9, Ctrl+0 and Alt+1 open the panes (the View menu lists them). Tab goes from the list of channels into the pane. Ctrl+F filters the pane you are in; each pane keeps its own filter, says how much it shows, and Down or Enter takes you to the first match. F5 reads again.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;四处浏览&lt;/h3&gt;&lt;p&gt;Ctrl+1 到 Ctrl+9、Ctrl+0 和 Alt+1 打开各个面板（“视图”菜单列出了它们）。Tab 从通道列表进入面板。Ctrl+F 过滤当前面板；每个面板保留自己的过滤条件，并说明显示了多少，向下键或回车带你到第一个匹配项。F5 重新读取。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/guidedialog.cpp" line="23"/>
        <source>&lt;h3&gt;Learning&lt;/h3&gt;&lt;p&gt;Select a file, a key, a device or a message and press F1: the Explain panel says what it is, who writes it, and shows a short C program that reads it the same way. When something cannot be read, the pane says why; the Why? pane checks, step by step, what stands between you and a path, a netlink protocol or a system call.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;学习&lt;/h3&gt;&lt;p&gt;选中一个文件、键、设备或消息后按 F1：解释面板会说明它是什么、由谁写入，并给出一个用同样方式读取它的简短 C 程序。读不到时，面板会说明原因；“为什么？”面板会一步步检查你与某个路径、netlink 协议或系统调用之间隔着什么。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/guidedialog.cpp" line="27"/>
        <source>&lt;h3&gt;Changing things&lt;/h3&gt;&lt;p&gt;Kernel Channels only reads, except in the sysctl pane, where a value can be changed after you confirm it. Such a change lasts until the next reboot; the pane shows the line that would keep it, for you to add to a sysctl.d file yourself.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;修改设置&lt;/h3&gt;&lt;p&gt;Kernel Channels 只读取，唯一的例外是 sysctl 面板：经你确认后可以修改一个值。这种修改只持续到下次重启；面板会给出保留它所需的那一行，由你自己加到 sysctl.d 文件中。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>kc::MainWindow</name>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="103"/>
        <source>Kernel Channels</source>
        <translation>内核通道</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="111"/>
        <source>Channels</source>
        <translation>通道</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="131"/>
        <source>&amp;Reconnect</source>
        <translation>重新连接(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="148"/>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="152"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="154"/>
        <source>Read the current directory and file again (F5)</source>
        <translation>重新读取当前目录和文件（F5）</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="173"/>
        <source>Counting every system call</source>
        <translation>正在统计每个系统调用</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="175"/>
        <source>A pane or a pinned chart in view counts every system call on this machine, which makes each call a little slower for every program. It stops within a second once nothing in view needs it: another pane, a minimized window, a chart unpinned.</source>
        <translation>当前显示的面板或已固定的图表正在统计本机的每个系统调用，这会让每个程序的每次调用都稍慢一些。一旦显示的内容不再需要它，计数会在一秒内停止：例如切换到其他面板、最小化窗口或取消固定图表。</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowmenus.cpp" line="27"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowmenus.cpp" line="32"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowmenus.cpp" line="33"/>
        <source>&amp;Connect to…</source>
        <translation>连接到(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowmenus.cpp" line="34"/>
        <source>Show another machine&apos;s kernel in a new window, through ssh and kchan agent</source>
        <translation>经由 ssh 和 kchan agent，在新窗口中显示另一台机器的内核</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowmenus.cpp" line="37"/>
        <source>Use &amp;Root on the Host…</source>
        <translation>在主机上使用 root(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowmenus.cpp" line="39"/>
        <source>Start kchan&apos;s agent on the host again as root, through pkexec: to count system calls, write tunables and read every process&apos;s descriptors there</source>
        <translation>通过 pkexec 以 root 身份在主机上重新启动 kchan 代理：以便在那里统计系统调用、写入可调参数并读取每个进程的描述符</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowmenus.cpp" line="45"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowmenus.cpp" line="49"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowmenus.cpp" line="58"/>
        <source>Show the &amp;Host</source>
        <translation>显示主机(&amp;H)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowmenus.cpp" line="61"/>
        <source>Start kchan&apos;s agent on the host through flatpak-spawn, so that the /proc and /sys panes show the host instead of the sandbox</source>
        <translation>通过 flatpak-spawn 在主机上启动 kchan 的代理，使 /proc 和 /sys 面板显示主机而不是沙箱</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowmenus.cpp" line="65"/>
        <source>Show the Host</source>
        <translation>显示主机</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowmenus.cpp" line="65"/>
        <source>Kernel Channels will show %1 from its next start.</source>
        <translation>内核通道将在下次启动时显示%1。</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowmenus.cpp" line="66"/>
        <source>the host</source>
        <translation>主机</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowmenus.cpp" line="66"/>
        <source>the sandbox</source>
        <translation>沙箱</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowmenus.cpp" line="69"/>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowmenus.cpp" line="86"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowmenus.cpp" line="89"/>
        <source>The system&apos;s language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowmenus.cpp" line="99"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowmenus.cpp" line="99"/>
        <source>Kernel Channels will use this language from its next start.</source>
        <translation>内核通道将在下次启动时使用这种语言。</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowmenus.cpp" line="103"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowmenus.cpp" line="105"/>
        <source>&amp;Explain</source>
        <translation>讲解(&amp;E)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowmenus.cpp" line="107"/>
        <source>What the selection is, who writes it, how a program reads it, and the code (F1)</source>
        <translation>所选内容是什么、由谁写入、程序如何读取，以及相应的代码（F1）</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowmenus.cpp" line="109"/>
        <source>&amp;Getting Started</source>
        <translation>入门(&amp;G)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowmenus.cpp" line="117"/>
        <source>&amp;About Kernel Channels</source>
        <translation>关于内核通道(&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowmenus.cpp" line="119"/>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowmenus.cpp" line="125"/>
        <source>About Kernel Channels</source>
        <translation>关于内核通道</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowmenus.cpp" line="126"/>
        <source>&lt;h3&gt;Kernel Channels %1&lt;/h3&gt;&lt;p&gt;See every channel between the Linux kernel and user space: procfs, sysfs, device nodes, netlink and system calls.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 2 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;内核通道 %1&lt;/h3&gt;&lt;p&gt;查看 Linux 内核与用户空间之间的每一条通道：procfs、sysfs、设备节点、netlink 和系统调用。&lt;/p&gt;&lt;p&gt;依据 GNU GPL 第 2 版或更高版本授权。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="426"/>
        <source>Host: %1</source>
        <translation>主机：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="429"/>
        <source>Started with %1</source>
        <translation>启动命令：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="432"/>
        <source>Kernel Channels — %1</source>
        <translation>内核通道 — %1</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="433"/>
        <source>On %1: %2</source>
        <translation>在 %1 上：%2</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="434"/>
        <source>Connected through %1</source>
        <translation>已通过 %1 连接</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="435"/>
        <source>kchan %1 answers there, agent protocol %2.</source>
        <translation>那里由 kchan %1 应答，代理协议版本 %2。</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="417"/>
        <source>, </source>
        <comment>between pane names</comment>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="427"/>
        <source>These panes show the host through kchan&apos;s agent there: %1. The other panes show the sandbox.</source>
        <translation>以下面板通过主机上的 kchan 代理显示主机：%1。其他面板显示沙盒。</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="446"/>
        <source>Not shown for %1 yet: this pane reads this machine&apos;s kernel directly. These panes read through the agent: %2.</source>
        <translation>暂不显示 %1：此面板直接读取本机内核。以下面板通过代理读取：%2。</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="457"/>
        <source>Sandbox view: the agent could not start on the host.</source>
        <translation>沙箱视图：代理无法在主机上启动。</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="458"/>
        <source>%1

Why: %2</source>
        <translation>%1

原因：%2</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="459"/>
        <source>The host view is off: %1</source>
        <translation>主机视图已关闭：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="478"/>
        <source>The connection to %1 is lost: %2</source>
        <translation>与 %1 的连接已断开：%2</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="489"/>
        <source>Cannot reconnect to %1: %2</source>
        <translation>无法重新连接到 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="493"/>
        <source>Connected to %1 again.</source>
        <translation>已重新连接到 %1。</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="498"/>
        <location filename="../app/gui/mainwindow.cpp" line="511"/>
        <source>Use Root on the Host</source>
        <translation>在主机上使用 root</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="499"/>
        <source>pkexec on the host will ask for an administrator&apos;s password. Then kchan&apos;s agent runs there as root until Kernel Channels closes: the System calls pane can count every program&apos;s calls, tunables can be written, and every process&apos;s descriptors can be read.

Continue?</source>
        <translation>主机上的 pkexec 会要求输入管理员密码。之后 kchan 代理将以 root 身份在那里运行，直到 Kernel Channels 关闭：系统调用面板可以统计每个程序的调用，可调参数可以写入，每个进程的描述符都可以读取。

继续吗？</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="511"/>
        <source>The agent could not start as root: %1</source>
        <translation>代理无法以 root 身份启动：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="515"/>
        <source>The host is read as root now.</source>
        <translation>现在以 root 身份读取主机。</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="542"/>
        <location filename="../app/gui/mainwindow.cpp" line="553"/>
        <source>Connect to a Machine</source>
        <translation>连接到一台机器</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="543"/>
        <source>A machine to show, reached with ssh ([user@]host). kchan must be installed there; ssh uses its own configuration, keys and prompts.</source>
        <translation>要显示的机器，通过 ssh 访问（[user@]host）。那台机器上必须装有 kchan；ssh 使用它自己的配置、密钥和提示。</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="553"/>
        <source>Cannot show %1: %2</source>
        <translation>无法显示 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/gui/screenshotter.cpp" line="26"/>
        <source>Cannot create the directory %1.</source>
        <translation>无法创建目录 %1。</translation>
    </message>
</context>
<context>
    <name>kc::MapPane</name>
    <message>
        <location filename="../app/gui/mappane.cpp" line="423"/>
        <source>Kernel Channels shows the ways programs and the Linux kernel talk to each other: files in /proc and /sys, device nodes, netlink sockets and system calls. To begin, click a channel below or at the left (the View menu gives each a shortcut), select something and press F1 for what it is. Help ▸ Getting Started says more.</source>
        <translation>Kernel Channels 展示程序与 Linux 内核交流的各种方式：/proc 和 /sys 中的文件、设备节点、netlink 套接字和系统调用。开始时，点击下方或左侧的某个通道（“视图”菜单为每个通道提供快捷键），选中某项后按 F1 了解它是什么。“帮助 ▸ 入门”有更多说明。</translation>
    </message>
    <message>
        <location filename="../app/gui/mappane.cpp" line="446"/>
        <source>Channel map</source>
        <translation>通道图</translation>
    </message>
    <message>
        <location filename="../app/gui/mappane.cpp" line="451"/>
        <source>Every channel between programs and the kernel, with what flows through it now</source>
        <translation>程序与内核之间的每一条通道，以及此刻流经它的内容</translation>
    </message>
    <message>
        <location filename="../app/gui/mappane.cpp" line="536"/>
        <source>System calls</source>
        <translation>系统调用</translation>
    </message>
    <message>
        <location filename="../app/gui/mappane.cpp" line="538"/>
        <source>calls per second, all programs</source>
        <translation>每秒调用次数，所有程序</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/mappane.cpp" line="539"/>
        <source>%Ln call(s) in this kernel&apos;s table</source>
        <translation>
            <numerusform>本内核调用表中有 %Ln 个调用</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/mappane.cpp" line="540"/>
        <source>How a program asks the kernel for anything: the CPU switches to kernel mode, runs the call, and returns.</source>
        <translation>程序向内核请求任何事情的方式：CPU 切换到内核态，执行调用，然后返回。</translation>
    </message>
    <message>
        <location filename="../app/gui/mappane.cpp" line="543"/>
        <source>Rates need root.</source>
        <translation>速率需要 root 权限。</translation>
    </message>
    <message>
        <location filename="../app/gui/mappane.cpp" line="551"/>
        <source>procfs</source>
        <translation>procfs</translation>
    </message>
    <message>
        <location filename="../app/gui/mappane.cpp" line="553"/>
        <source>processes, each a directory in /proc</source>
        <translation>个进程，每个都是 /proc 中的一个目录</translation>
    </message>
    <message>
        <location filename="../app/gui/mappane.cpp" line="554"/>
        <source>files the kernel writes when read</source>
        <translation>读取时由内核生成的文件</translation>
    </message>
    <message>
        <location filename="../app/gui/mappane.cpp" line="556"/>
        <source>/proc: text files the kernel generates on every read, about processes and itself.</source>
        <translation>/proc：每次读取时由内核生成的文本文件，描述进程和内核自身。</translation>
    </message>
    <message>
        <location filename="../app/gui/mappane.cpp" line="562"/>
        <source>sysctl</source>
        <translation>sysctl</translation>
    </message>
    <message>
        <location filename="../app/gui/mappane.cpp" line="564"/>
        <source>tunables under /proc/sys</source>
        <translation>个可调参数，位于 /proc/sys</translation>
    </message>
    <message>
        <location filename="../app/gui/mappane.cpp" line="565"/>
        <source>read and written as files</source>
        <translation>以文件方式读写</translation>
    </message>
    <message>
        <location filename="../app/gui/mappane.cpp" line="566"/>
        <source>/proc/sys: the kernel&apos;s settings, one value per file; root may change them at run time.</source>
        <translation>/proc/sys：内核的设置，每个文件一个值；root 可以在运行时修改。</translation>
    </message>
    <message>
        <location filename="../app/gui/mappane.cpp" line="572"/>
        <source>sysfs</source>
        <translation>sysfs</translation>
    </message>
    <message>
        <location filename="../app/gui/mappane.cpp" line="574"/>
        <source>devices in /sys/class</source>
        <translation>个设备，位于 /sys/class</translation>
    </message>
    <message>
        <location filename="../app/gui/mappane.cpp" line="575"/>
        <source>%1 uevents/s</source>
        <translation>%1 个 uevent/秒</translation>
    </message>
    <message>
        <location filename="../app/gui/mappane.cpp" line="576"/>
        <source>/sys: the kernel&apos;s objects (devices, drivers, modules) as directories, one attribute per file.</source>
        <translation>/sys：以目录呈现的内核对象（设备、驱动、模块），每个文件一个属性。</translation>
    </message>
    <message>
        <location filename="../app/gui/mappane.cpp" line="582"/>
        <source>Device nodes</source>
        <translation>设备节点</translation>
    </message>
    <message>
        <location filename="../app/gui/mappane.cpp" line="584"/>
        <source>nodes in /dev</source>
        <translation>个节点，位于 /dev</translation>
    </message>
    <message>
        <location filename="../app/gui/mappane.cpp" line="585"/>
        <source>read, write and ioctl go to a driver</source>
        <translation>read、write 和 ioctl 都交给驱动处理</translation>
    </message>
    <message>
        <location filename="../app/gui/mappane.cpp" line="586"/>
        <source>/dev: special files whose operations a driver carries out; major and minor numbers pick the driver and device.</source>
        <translation>/dev：由驱动执行其操作的特殊文件；主设备号和次设备号决定驱动和设备。</translation>
    </message>
    <message>
        <location filename="../app/gui/mappane.cpp" line="592"/>
        <source>Netlink</source>
        <translation>Netlink</translation>
    </message>
    <message>
        <location filename="../app/gui/mappane.cpp" line="594"/>
        <source>sockets of programs open</source>
        <translation>个程序打开的套接字</translation>
    </message>
    <message>
        <location filename="../app/gui/mappane.cpp" line="595"/>
        <source>%1 messages/s seen by our monitors</source>
        <translation>我们的监视器每秒看到 %1 条消息</translation>
    </message>
    <message>
        <location filename="../app/gui/mappane.cpp" line="596"/>
        <source>Netlink: sockets that carry messages between programs and the kernel: requests, replies and events.</source>
        <translation>Netlink：在程序与内核之间传递消息的套接字：请求、应答和事件。</translation>
    </message>
    <message>
        <location filename="../app/gui/mappane.cpp" line="604"/>
        <source>%1 interrupts/s · %2 context switches/s</source>
        <translation>%1 次中断/秒 · %2 次上下文切换/秒</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/mappane.cpp" line="605"/>
        <source>%Ln process(es) we can see</source>
        <translation>
            <numerusform>我们能看到 %Ln 个进程</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kc::NetlinkController</name>
    <message>
        <location filename="../core/netlink/netlinkcontroller.cpp" line="67"/>
        <source>%1 (ip netns)</source>
        <translation>%1（ip netns）</translation>
    </message>
    <message>
        <location filename="../core/netlink/netlinkcontroller.cpp" line="81"/>
        <source>process %1 (%2), %3</source>
        <translation>进程 %1（%2），%3</translation>
    </message>
    <message>
        <location filename="../core/netlink/netlinkcontroller.cpp" line="121"/>
        <source>ours</source>
        <translation>我们的</translation>
    </message>
    <message>
        <location filename="../core/netlink/netlinkcontroller.cpp" line="124"/>
        <source>process %1&apos;s</source>
        <translation>进程 %1 的</translation>
    </message>
</context>
<context>
    <name>kc::NetlinkEventModel</name>
    <message>
        <location filename="../core/models/netlinkeventmodel.cpp" line="284"/>
        <source>lost</source>
        <translation>丢失</translation>
    </message>
    <message>
        <location filename="../core/models/netlinkeventmodel.cpp" line="339"/>
        <source>kernel → us</source>
        <translation>内核 → 本程序</translation>
    </message>
    <message>
        <location filename="../core/models/netlinkeventmodel.cpp" line="286"/>
        <source>messages lost: the receive buffer overflowed</source>
        <translation>消息丢失：接收缓冲区溢出</translation>
    </message>
    <message>
        <location filename="../core/models/netlinkeventmodel.cpp" line="137"/>
        <source>a capture</source>
        <translation>一份抓包</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/models/netlinkeventmodel.cpp" line="285"/>
        <source>%Ln message(s) lost: the receive buffer overflowed</source>
        <translation>
            <numerusform>丢失 %Ln 条消息：接收缓冲区溢出</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/models/netlinkeventmodel.cpp" line="420"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../core/models/netlinkeventmodel.cpp" line="421"/>
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <location filename="../core/models/netlinkeventmodel.cpp" line="422"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../core/models/netlinkeventmodel.cpp" line="423"/>
        <source>Flags</source>
        <translation>标志</translation>
    </message>
    <message>
        <location filename="../core/models/netlinkeventmodel.cpp" line="424"/>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../core/models/netlinkeventmodel.cpp" line="425"/>
        <source>Seq</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../core/models/netlinkeventmodel.cpp" line="426"/>
        <source>Port ID</source>
        <translation>端口 ID</translation>
    </message>
    <message>
        <location filename="../core/models/netlinkeventmodel.cpp" line="427"/>
        <source>Bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <location filename="../core/models/netlinkeventmodel.cpp" line="428"/>
        <source>Namespace</source>
        <translation>命名空间</translation>
    </message>
    <message>
        <location filename="../core/models/netlinkeventmodel.cpp" line="429"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
</context>
<context>
    <name>kc::NetlinkLiveWidget</name>
    <message>
        <location filename="../app/gui/netlinklivewidget.cpp" line="81"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinklivewidget.cpp" line="81"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinklivewidget.cpp" line="81"/>
        <source>Bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinklivewidget.cpp" line="89"/>
        <source>Follow</source>
        <translation>跟随</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinklivewidget.cpp" line="92"/>
        <source>Keep the newest message in view</source>
        <translation>始终显示最新的消息</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinklivewidget.cpp" line="93"/>
        <source>Stop adding messages to the table; they are still counted</source>
        <translation>停止向表格添加消息；消息仍会计数</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinklivewidget.cpp" line="96"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinklivewidget.cpp" line="105"/>
        <source>Dump links and addresses</source>
        <translation>转储链路和地址</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinklivewidget.cpp" line="106"/>
        <source>Ask the kernel for every link and address now (RTM_GETLINK, RTM_GETADDR)</source>
        <translation>立即向内核请求所有链路和地址（RTM_GETLINK、RTM_GETADDR）</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinklivewidget.cpp" line="122"/>
        <source>Save pcapng…</source>
        <translation>保存 pcapng…</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinklivewidget.cpp" line="123"/>
        <source>Write the messages in the table to a pcapng file Wireshark and tshark read</source>
        <translation>把表格中的消息写入 Wireshark 和 tshark 可读取的 pcapng 文件</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinklivewidget.cpp" line="125"/>
        <source>Save JSON…</source>
        <translation>保存 JSON…</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinklivewidget.cpp" line="126"/>
        <source>Write the messages in the table as JSON lines, one decoded message per line</source>
        <translation>把表格中的消息保存为 JSON lines，每行一条解码后的消息</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinklivewidget.cpp" line="114"/>
        <source>Open pcapng…</source>
        <translation>打开 pcapng…</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinklivewidget.cpp" line="110"/>
        <source>Capture</source>
        <translation>抓包文件</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinklivewidget.cpp" line="112"/>
        <source>Open a pcapng capture, or save the messages in the table</source>
        <translation>打开 pcapng 抓包文件，或保存表格中的消息</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinklivewidget.cpp" line="115"/>
        <source>Add the netlink messages of a pcapng capture to the table</source>
        <translation>把 pcapng 抓包中的 netlink 消息加入表格</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinklivewidget.cpp" line="117"/>
        <source>Open a netlink capture</source>
        <translation>打开 netlink 抓包</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinklivewidget.cpp" line="117"/>
        <location filename="../app/gui/netlinklivewidget.cpp" line="325"/>
        <source>pcapng files (*.pcapng)</source>
        <translation>pcapng 文件 (*.pcapng)</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinklivewidget.cpp" line="131"/>
        <source>Streams</source>
        <translation>消息流</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinklivewidget.cpp" line="133"/>
        <source>Which kernel message streams to show besides rtnetlink</source>
        <translation>除 rtnetlink 之外还要显示哪些内核消息流</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinklivewidget.cpp" line="135"/>
        <source>Kernel device events (uevents)</source>
        <translation>内核设备事件（uevent）</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinklivewidget.cpp" line="138"/>
        <source>Process events: fork, exec, exit (process connector, needs root)</source>
        <translation>进程事件：fork、exec、exit（进程连接器，需要 root 权限）</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinklivewidget.cpp" line="141"/>
        <source>Generic netlink families appearing and leaving (nlctrl notify)</source>
        <translation>通用 netlink 协议族的注册与注销（nlctrl notify）</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinklivewidget.cpp" line="143"/>
        <source>Other generic netlink groups: the Generic families tab, on a multicast group</source>
        <translation>其他通用 netlink 组：在“通用协议族”选项卡中选择一个多播组</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinklivewidget.cpp" line="146"/>
        <source>Route groups</source>
        <translation>路由组</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinklivewidget.cpp" line="149"/>
        <source>Links (RTNLGRP_LINK)</source>
        <translation>链路（RTNLGRP_LINK）</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinklivewidget.cpp" line="150"/>
        <source>Addresses (RTNLGRP_IPV4_IFADDR, RTNLGRP_IPV6_IFADDR)</source>
        <translation>地址（RTNLGRP_IPV4_IFADDR、RTNLGRP_IPV6_IFADDR）</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinklivewidget.cpp" line="151"/>
        <source>Routes (RTNLGRP_IPV4_ROUTE, RTNLGRP_IPV6_ROUTE)</source>
        <translation>路由（RTNLGRP_IPV4_ROUTE、RTNLGRP_IPV6_ROUTE）</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinklivewidget.cpp" line="152"/>
        <source>Neighbours (RTNLGRP_NEIGH)</source>
        <translation>邻居（RTNLGRP_NEIGH）</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinklivewidget.cpp" line="153"/>
        <source>Rules (RTNLGRP_IPV4_RULE, RTNLGRP_IPV6_RULE)</source>
        <translation>规则（RTNLGRP_IPV4_RULE、RTNLGRP_IPV6_RULE）</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinklivewidget.cpp" line="154"/>
        <source>Interface settings (RTNLGRP_IPV4_NETCONF, RTNLGRP_IPV6_NETCONF)</source>
        <translation>接口设置（RTNLGRP_IPV4_NETCONF、RTNLGRP_IPV6_NETCONF）</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinklivewidget.cpp" line="155"/>
        <source>Namespace IDs (RTNLGRP_NSID)</source>
        <translation>命名空间 ID（RTNLGRP_NSID）</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinklivewidget.cpp" line="160"/>
        <source>kchan monitor route:%1 listens to the same</source>
        <translation>kchan monitor route:%1 监听的是同样的内容</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinklivewidget.cpp" line="176"/>
        <source>Network namespace to listen in: ours, one named in /run/netns, or type a process ID (needs root)</source>
        <translation>要监听的网络命名空间：本命名空间、/run/netns 中的命名空间，或输入进程 ID（需要 root 权限）</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinklivewidget.cpp" line="177"/>
        <source>This namespace</source>
        <translation>本命名空间</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinklivewidget.cpp" line="186"/>
        <source>rtnetlink: links, addresses, routes, neighbours, rules</source>
        <translation>rtnetlink：链路、地址、路由、邻居、规则</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinklivewidget.cpp" line="273"/>
        <source>%1 (gone)</source>
        <translation>%1（已消失）</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinklivewidget.cpp" line="273"/>
        <source> (gone)</source>
        <translation>（已消失）</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinklivewidget.cpp" line="324"/>
        <location filename="../app/gui/netlinklivewidget.cpp" line="340"/>
        <source>Save netlink messages</source>
        <translation>保存 netlink 消息</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinklivewidget.cpp" line="335"/>
        <location filename="../app/gui/netlinklivewidget.cpp" line="357"/>
        <source>Save failed</source>
        <translation>保存失败</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinklivewidget.cpp" line="335"/>
        <location filename="../app/gui/netlinklivewidget.cpp" line="357"/>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinklivewidget.cpp" line="341"/>
        <source>JSON lines (*.jsonl)</source>
        <translation>JSON lines (*.jsonl)</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinklivewidget.cpp" line="364"/>
        <source>Open failed</source>
        <translation>打开失败</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinklivewidget.cpp" line="364"/>
        <source>Could not read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinklivewidget.cpp" line="370"/>
        <source>Capture partly read</source>
        <translation>抓包只读取了一部分</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/netlinklivewidget.cpp" line="370"/>
        <source>%Ln message(s) were read from %1. Then: %2</source>
        <translation>
            <numerusform>已从 %1 读取 %Ln 条消息。随后：%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/netlinklivewidget.cpp" line="410"/>
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln 条消息</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/netlinklivewidget.cpp" line="412"/>
        <source>%Ln not added while paused</source>
        <translation>
            <numerusform>暂停期间有 %Ln 条未加入</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/netlinklivewidget.cpp" line="415"/>
        <source>buffer overflowed %Ln time(s); state dumped again after each</source>
        <translation>
            <numerusform>缓冲区溢出 %Ln 次；每次之后都重新转储了状态</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/netlinklivewidget.cpp" line="417"/>
        <source>%Ln oldest dropped from the table</source>
        <translation>
            <numerusform>表格中最早的 %Ln 条已丢弃</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/netlinklivewidget.cpp" line="413"/>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/netlinklivewidget.cpp" line="419"/>
        <source>%Ln match(es) for &quot;%1&quot;</source>
        <translation>
            <numerusform>“%1”匹配 %Ln 条</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/netlinklivewidget.cpp" line="421"/>
        <source>matching: %1 % of the table</source>
        <translation>正在匹配：已完成表格的 %1 %</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinklivewidget.cpp" line="432"/>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinklivewidget.cpp" line="447"/>
        <source>Messages were lost here: the receive buffer overflowed. Links and addresses were dumped again.</source>
        <translation>此处有消息丢失：接收缓冲区溢出。已重新转储链路和地址。</translation>
    </message>
</context>
<context>
    <name>kc::NetlinkMonitor</name>
    <message>
        <location filename="../core/netlink/netlinkmonitor.cpp" line="104"/>
        <source>&quot;%1&quot; is not a namespace name or a process ID.</source>
        <translation>“%1”不是命名空间名称或进程 ID。</translation>
    </message>
    <message>
        <location filename="../core/netlink/netlinkmonitor.cpp" line="109"/>
        <source>Cannot open the network namespace %1: %2.</source>
        <translation>无法打开网络命名空间 %1：%2。</translation>
    </message>
    <message>
        <location filename="../core/netlink/netlinkmonitor.cpp" line="114"/>
        <source>Cannot enter the network namespace %1: %2 (this needs root).</source>
        <translation>无法进入网络命名空间 %1：%2（需要 root 权限）。</translation>
    </message>
    <message>
        <location filename="../core/netlink/netlinkmonitor.cpp" line="138"/>
        <source>Out of memory for a netlink socket.</source>
        <translation>创建 netlink 套接字时内存不足。</translation>
    </message>
    <message>
        <location filename="../core/netlink/netlinkmonitor.cpp" line="144"/>
        <source>Cannot open a netlink socket for protocol %1: %2.</source>
        <translation>无法为协议 %1 打开 netlink 套接字：%2。</translation>
    </message>
    <message>
        <location filename="../core/netlink/netlinkmonitor.cpp" line="150"/>
        <source>Cannot join netlink group %1: %2.</source>
        <translation>无法加入 netlink 组 %1：%2。</translation>
    </message>
    <message>
        <location filename="../core/netlink/netlinkmonitor.cpp" line="158"/>
        <source>The kernel refused the subscription: %1.</source>
        <translation>内核拒绝了订阅：%1。</translation>
    </message>
    <message>
        <location filename="../core/netlink/netlinkmonitor.cpp" line="225"/>
        <source>The dump request failed: %1.</source>
        <translation>转储请求失败：%1。</translation>
    </message>
</context>
<context>
    <name>kc::NetlinkPane</name>
    <message>
        <location filename="../app/gui/netlinkpane.cpp" line="58"/>
        <source>Family</source>
        <translation>协议族</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinkpane.cpp" line="58"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinkpane.cpp" line="58"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinkpane.cpp" line="65"/>
        <source>&amp;Watch this group live</source>
        <translation>实时监听此组(&amp;W)</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinkpane.cpp" line="75"/>
        <source>Listening to generic netlink group %1 (%2)</source>
        <translation>正在监听通用 netlink 组 %1（%2）</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinkpane.cpp" line="84"/>
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinkpane.cpp" line="84"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinkpane.cpp" line="84"/>
        <source>In this kernel</source>
        <translation>本内核中存在</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinkpane.cpp" line="84"/>
        <source>Open sockets</source>
        <translation>打开的套接字</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinkpane.cpp" line="84"/>
        <source>What it carries</source>
        <translation>承载的内容</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinkpane.cpp" line="91"/>
        <source>&amp;Live messages</source>
        <translation>实时消息(&amp;L)</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinkpane.cpp" line="92"/>
        <source>&amp;Sockets</source>
        <translation>套接字(&amp;S)</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinkpane.cpp" line="93"/>
        <source>Generic &amp;families</source>
        <translation>通用协议族(&amp;F)</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinkpane.cpp" line="94"/>
        <source>&amp;Protocols</source>
        <translation>协议(&amp;P)</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinkpane.cpp" line="97"/>
        <source>Network pa&amp;th</source>
        <translation>网络路径(&amp;T)</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinkpane.cpp" line="103"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinkpane.cpp" line="135"/>
        <source>Netlink</source>
        <translation>Netlink</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinkpane.cpp" line="140"/>
        <source>Netlink: the kernel&apos;s message sockets, who has them open, and the generic families</source>
        <translation>Netlink：内核的消息套接字、谁打开了它们，以及通用协议族</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinkpane.cpp" line="224"/>
        <source>%L1 of %L2 messages</source>
        <translation>%L2 条消息中的 %L1 条</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinkpane.cpp" line="226"/>
        <source>%1 (still matching)</source>
        <translation>%1（仍在匹配）</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinkpane.cpp" line="227"/>
        <source>shown: %1 · %L2 of %L3 sockets · %L4 of %L5 families · %L6 of %L7 protocols</source>
        <translation>显示：%1 · %L3 个套接字中的 %L2 个 · %L5 个族中的 %L4 个 · %L7 个协议中的 %L6 个</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/netlinkpane.cpp" line="270"/>
        <source>%Ln socket(s), from %1</source>
        <translation>
            <numerusform>%Ln 个套接字，来自 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/netlinkpane.cpp" line="272"/>
        <source>owners of %Ln process(es) not visible: needs root</source>
        <translation>
            <numerusform>%Ln 个进程的所有者不可见：需要 root 权限</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/netlinkpane.cpp" line="277"/>
        <source>%Ln generic famil(y/ies)</source>
        <translation>
            <numerusform>%Ln 个通用协议族</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/netlinkpane.cpp" line="310"/>
        <source>%Ln command(s)</source>
        <translation>
            <numerusform>%Ln 个命令</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/netlinkpane.cpp" line="320"/>
        <source>%Ln attribute(s) accepted</source>
        <translation>
            <numerusform>接受 %Ln 个属性</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/netlinkpane.cpp" line="335"/>
        <source>%Ln group(s)</source>
        <translation>
            <numerusform>%Ln 个组</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/netlinkpane.cpp" line="304"/>
        <source>version %1, header %2 bytes, highest attribute %3</source>
        <translation>版本 %1，头部 %2 字节，最大属性号 %3</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinkpane.cpp" line="310"/>
        <source>Operations</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinkpane.cpp" line="313"/>
        <source>command %1</source>
        <translation>命令 %1</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinkpane.cpp" line="326"/>
        <source>, nested policy %1</source>
        <translation>，嵌套策略 %1</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinkpane.cpp" line="327"/>
        <source>attribute %1</source>
        <translation>属性 %1</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinkpane.cpp" line="330"/>
        <source>do policy</source>
        <translation>do 策略</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinkpane.cpp" line="331"/>
        <source>dump policy</source>
        <translation>dump 策略</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinkpane.cpp" line="335"/>
        <source>Multicast groups</source>
        <translation>多播组</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinkpane.cpp" line="338"/>
        <source>double-click to watch its messages live (group %1)</source>
        <translation>双击以实时查看其消息（组 %1）</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinkpane.cpp" line="360"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../app/gui/netlinkpane.cpp" line="360"/>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>kc::NetlinkSocketModel</name>
    <message>
        <location filename="../core/models/netlinksocketmodel.cpp" line="75"/>
        <source>kernel</source>
        <translation>内核</translation>
    </message>
    <message>
        <location filename="../core/models/netlinksocketmodel.cpp" line="78"/>
        <source>%1 %2 (fd %3)</source>
        <translation>%1 %2（fd %3）</translation>
    </message>
    <message>
        <location filename="../core/models/netlinksocketmodel.cpp" line="79"/>
        <source>not visible</source>
        <translation>不可见</translation>
    </message>
    <message>
        <location filename="../core/models/netlinksocketmodel.cpp" line="107"/>
        <source>The owning process belongs to another user: needs root to see it.</source>
        <translation>所属进程属于其他用户：需要 root 权限才能看到。</translation>
    </message>
    <message>
        <location filename="../core/models/netlinksocketmodel.cpp" line="109"/>
        <source>The kernel dropped messages for this socket because its receive buffer was full.</source>
        <translation>由于接收缓冲区已满，内核丢弃了发往此套接字的消息。</translation>
    </message>
    <message>
        <location filename="../core/models/netlinksocketmodel.cpp" line="131"/>
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <location filename="../core/models/netlinksocketmodel.cpp" line="132"/>
        <source>Port ID</source>
        <translation>端口 ID</translation>
    </message>
    <message>
        <location filename="../core/models/netlinksocketmodel.cpp" line="133"/>
        <source>Owner</source>
        <translation>所有者</translation>
    </message>
    <message>
        <location filename="../core/models/netlinksocketmodel.cpp" line="134"/>
        <source>Multicast groups</source>
        <translation>多播组</translation>
    </message>
    <message>
        <location filename="../core/models/netlinksocketmodel.cpp" line="135"/>
        <source>Queued (B)</source>
        <translation>排队（字节）</translation>
    </message>
    <message>
        <location filename="../core/models/netlinksocketmodel.cpp" line="136"/>
        <source>Buffer (B)</source>
        <translation>缓冲区（字节）</translation>
    </message>
    <message>
        <location filename="../core/models/netlinksocketmodel.cpp" line="137"/>
        <source>Drops</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <location filename="../core/models/netlinksocketmodel.cpp" line="138"/>
        <source>Inode</source>
        <translation>Inode</translation>
    </message>
    <message>
        <location filename="../core/models/netlinksocketmodel.cpp" line="143"/>
        <source>The socket&apos;s netlink address; 0 is the kernel, user sockets usually get their PID</source>
        <translation>套接字的 netlink 地址；0 是内核，用户套接字通常取其 PID</translation>
    </message>
    <message>
        <location filename="../core/models/netlinksocketmodel.cpp" line="144"/>
        <source>Multicast groups the socket listens to</source>
        <translation>套接字监听的多播组</translation>
    </message>
    <message>
        <location filename="../core/models/netlinksocketmodel.cpp" line="145"/>
        <source>Bytes received and not yet read</source>
        <translation>已接收但尚未读取的字节</translation>
    </message>
    <message>
        <location filename="../core/models/netlinksocketmodel.cpp" line="146"/>
        <source>Receive buffer size; when full, messages are dropped</source>
        <translation>接收缓冲区大小；满了之后消息会被丢弃</translation>
    </message>
    <message>
        <location filename="../core/models/netlinksocketmodel.cpp" line="147"/>
        <source>Messages lost because the receive buffer was full</source>
        <translation>因接收缓冲区已满而丢失的消息</translation>
    </message>
    <message>
        <location filename="../core/models/netlinksocketmodel.cpp" line="148"/>
        <source>Matches socket:[N] in /proc/PID/fd</source>
        <translation>对应 /proc/PID/fd 中的 socket:[N]</translation>
    </message>
</context>
<context>
    <name>kc::ParsedTableModel</name>
    <message>
        <location filename="../core/models/parsedtablemodel.cpp" line="103"/>
        <source>%1 %2 = %3</source>
        <translation>%1 %2 = %3</translation>
    </message>
    <message>
        <location filename="../core/models/parsedtablemodel.cpp" line="132"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>kc::Parsers</name>
    <message>
        <location filename="../core/procfs/parseutil.cpp" line="151"/>
        <location filename="../core/procfs/procparsers_system.cpp" line="315"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../core/procfs/parseutil.cpp" line="151"/>
        <location filename="../core/procfs/procparsers_process.cpp" line="338"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../core/procfs/parseutil.cpp" line="151"/>
        <location filename="../core/procfs/procparsers_process.cpp" line="283"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../core/procfs/parseutil.cpp" line="152"/>
        <source>Meaning</source>
        <translation>含义</translation>
    </message>
    <message>
        <location filename="../core/procfs/parseutil.cpp" line="161"/>
        <location filename="../core/procfs/parseutil.cpp" line="169"/>
        <source>Nothing in this file looks like %1; it may be empty, cut short or of another format.</source>
        <translation>这个文件中没有任何内容像是 %1；它可能为空、被截断，或者是其他格式。</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/procfs/parseutil.cpp" line="173"/>
        <source>%Ln line(s) did not match the expected format and were left out.</source>
        <translation>
            <numerusform>有 %Ln 行与预期格式不符，已略去。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="155"/>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="167"/>
        <source>/proc/meminfo (&quot;Key: number kB&quot; lines)</source>
        <translation>/proc/meminfo（“键: 数字 kB”格式的行）</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="226"/>
        <source>CPU time</source>
        <translation>CPU 时间</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="227"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="227"/>
        <source>&quot;cpu&quot; is all CPUs together; cpuN is one CPU</source>
        <translation>“cpu”表示所有 CPU 的合计；cpuN 表示单个 CPU</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="230"/>
        <source>Counters</source>
        <translation>计数器</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="257"/>
        <source>/proc/stat (cpu lines and counters)</source>
        <translation>/proc/stat（cpu 行和计数器）</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="259"/>
        <source>Times are in clock ticks (USER_HZ, normally 1/100 s) since boot.</source>
        <translation>时间以启动以来的时钟节拍计（USER_HZ，通常为 1/100 秒）。</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="314"/>
        <source>Processors</source>
        <translation>处理器</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="324"/>
        <location filename="../core/procfs/procparsers_system.cpp" line="327"/>
        <source>CPU %1</source>
        <translation>CPU %1</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="344"/>
        <source>/proc/cpuinfo (&quot;key : value&quot; blocks)</source>
        <translation>/proc/cpuinfo（“键 : 值”块）</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="374"/>
        <source>/proc/loadavg (&quot;0.10 0.20 0.30 1/234 5678&quot;)</source>
        <translation>/proc/loadavg（“0.10 0.20 0.30 1/234 5678”）</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="375"/>
        <source>Load average</source>
        <translation>平均负载</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="408"/>
        <source>/proc/uptime (two numbers of seconds)</source>
        <translation>/proc/uptime（两个以秒为单位的数字）</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="409"/>
        <source>Uptime</source>
        <translation>运行时间</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="411"/>
        <source>Time since boot, including time suspended</source>
        <translation>自启动以来的时间，包括挂起的时间</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="412"/>
        <source>Idle time summed over all CPUs, so it can exceed uptime</source>
        <translation>所有 CPU 空闲时间之和，因此可能超过运行时间</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="422"/>
        <source>Virtual memory counters</source>
        <translation>虚拟内存计数器</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_system.cpp" line="436"/>
        <source>/proc/vmstat (&quot;name number&quot; lines)</source>
        <translation>/proc/vmstat（“名称 数字”格式的行）</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_counters.cpp" line="48"/>
        <source>%1 (a header of CPU names, then counts per CPU)</source>
        <translation>%1（先是 CPU 名称的表头，然后是每个 CPU 的计数）</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_counters.cpp" line="51"/>
        <source>IRQ</source>
        <translation>中断号</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_counters.cpp" line="51"/>
        <source>Softirq</source>
        <translation>软中断</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_counters.cpp" line="52"/>
        <source>Interrupt number or name of the interrupt source</source>
        <translation>中断号或中断源的名称</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_counters.cpp" line="53"/>
        <source>Kind of deferred kernel work</source>
        <translation>推迟执行的内核工作的类型</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_counters.cpp" line="55"/>
        <source>Count on this CPU since boot</source>
        <translation>自启动以来在此 CPU 上的次数</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_counters.cpp" line="56"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_counters.cpp" line="56"/>
        <source>Sum over all CPUs</source>
        <translation>所有 CPU 的总和</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_counters.cpp" line="58"/>
        <location filename="../core/procfs/procparsers_devices.cpp" line="135"/>
        <location filename="../core/procfs/procparsers_devices.cpp" line="171"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_counters.cpp" line="58"/>
        <source>Interrupt controller, trigger type and the devices using it</source>
        <translation>中断控制器、触发方式以及使用它的设备</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_counters.cpp" line="93"/>
        <source>Interrupts</source>
        <translation>中断</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_counters.cpp" line="121"/>
        <source>Softirqs</source>
        <translation>软中断</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_counters.cpp" line="147"/>
        <source>Block device I/O</source>
        <translation>块设备 I/O</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_counters.cpp" line="149"/>
        <location filename="../core/procfs/procparsers_devices.cpp" line="18"/>
        <location filename="../core/procfs/procparsers_devices.cpp" line="46"/>
        <source>Major</source>
        <translation>主设备号</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_counters.cpp" line="149"/>
        <location filename="../core/procfs/procparsers_devices.cpp" line="18"/>
        <source>Device major number</source>
        <translation>设备的主设备号</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_counters.cpp" line="150"/>
        <location filename="../core/procfs/procparsers_devices.cpp" line="19"/>
        <source>Minor</source>
        <translation>次设备号</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_counters.cpp" line="150"/>
        <location filename="../core/procfs/procparsers_devices.cpp" line="19"/>
        <source>Device minor number</source>
        <translation>设备的次设备号</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_counters.cpp" line="151"/>
        <location filename="../core/procfs/procparsers_devices.cpp" line="165"/>
        <location filename="../core/procfs/procparsers_process.cpp" line="234"/>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_counters.cpp" line="151"/>
        <location filename="../core/procfs/procparsers_devices.cpp" line="21"/>
        <source>Kernel name of the block device</source>
        <translation>块设备在内核中的名称</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_counters.cpp" line="152"/>
        <source>Reads</source>
        <translation>读次数</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_counters.cpp" line="152"/>
        <source>Read requests completed</source>
        <translation>已完成的读请求</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_counters.cpp" line="153"/>
        <source>Reads merged</source>
        <translation>合并的读</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_counters.cpp" line="153"/>
        <source>Adjacent reads merged into one request</source>
        <translation>合并为一个请求的相邻读操作</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_counters.cpp" line="154"/>
        <source>Sectors read</source>
        <translation>读取扇区数</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_counters.cpp" line="154"/>
        <source>512-byte sectors read</source>
        <translation>读取的 512 字节扇区数</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_counters.cpp" line="155"/>
        <source>Read time</source>
        <translation>读耗时</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_counters.cpp" line="155"/>
        <source>Time spent on reads</source>
        <translation>读操作所花的时间</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_counters.cpp" line="156"/>
        <source>Writes</source>
        <translation>写次数</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_counters.cpp" line="156"/>
        <source>Write requests completed</source>
        <translation>已完成的写请求</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_counters.cpp" line="157"/>
        <source>Writes merged</source>
        <translation>合并的写</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_counters.cpp" line="157"/>
        <source>Adjacent writes merged into one request</source>
        <translation>合并为一个请求的相邻写操作</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_counters.cpp" line="158"/>
        <source>Sectors written</source>
        <translation>写入扇区数</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_counters.cpp" line="158"/>
        <source>512-byte sectors written</source>
        <translation>写入的 512 字节扇区数</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_counters.cpp" line="159"/>
        <source>Write time</source>
        <translation>写耗时</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_counters.cpp" line="159"/>
        <source>Time spent on writes</source>
        <translation>写操作所花的时间</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_counters.cpp" line="160"/>
        <source>In flight</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_counters.cpp" line="160"/>
        <source>Requests issued but not yet completed</source>
        <translation>已发出但尚未完成的请求</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_counters.cpp" line="161"/>
        <source>I/O time</source>
        <translation>I/O 时间</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_counters.cpp" line="161"/>
        <source>Time the device had at least one request in flight</source>
        <translation>设备至少有一个请求在进行中的时间</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_counters.cpp" line="162"/>
        <source>Weighted I/O time</source>
        <translation>加权 I/O 时间</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_counters.cpp" line="162"/>
        <source>I/O time multiplied by requests in flight</source>
        <translation>I/O 时间乘以进行中的请求数</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_counters.cpp" line="163"/>
        <source>Discards</source>
        <translation>丢弃次数</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_counters.cpp" line="163"/>
        <source>Discard (TRIM) requests completed</source>
        <translation>已完成的丢弃（TRIM）请求</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_counters.cpp" line="164"/>
        <source>Discards merged</source>
        <translation>合并的丢弃</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_counters.cpp" line="164"/>
        <source>Adjacent discards merged</source>
        <translation>合并的相邻丢弃操作</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_counters.cpp" line="165"/>
        <source>Sectors discarded</source>
        <translation>丢弃扇区数</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_counters.cpp" line="165"/>
        <source>512-byte sectors discarded</source>
        <translation>丢弃的 512 字节扇区数</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_counters.cpp" line="166"/>
        <source>Discard time</source>
        <translation>丢弃耗时</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_counters.cpp" line="166"/>
        <source>Time spent on discards</source>
        <translation>丢弃操作所花的时间</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_counters.cpp" line="167"/>
        <source>Flushes</source>
        <translation>刷新次数</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_counters.cpp" line="167"/>
        <source>Cache flush requests completed</source>
        <translation>已完成的缓存刷新请求</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_counters.cpp" line="168"/>
        <source>Flush time</source>
        <translation>刷新耗时</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_counters.cpp" line="168"/>
        <source>Time spent on flushes</source>
        <translation>刷新操作所花的时间</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_counters.cpp" line="187"/>
        <source>/proc/diskstats (major minor name and counters)</source>
        <translation>/proc/diskstats（主设备号、次设备号、名称和计数器）</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_devices.cpp" line="17"/>
        <source>Partitions</source>
        <translation>分区</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_devices.cpp" line="20"/>
        <location filename="../core/procfs/procparsers_devices.cpp" line="208"/>
        <location filename="../core/procfs/procparsers_process.cpp" line="231"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_devices.cpp" line="20"/>
        <source>Size in 1 KiB blocks</source>
        <translation>以 1 KiB 块为单位的大小</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_devices.cpp" line="21"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_devices.cpp" line="35"/>
        <source>/proc/partitions</source>
        <translation>/proc/partitions</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_devices.cpp" line="44"/>
        <source>Character devices</source>
        <translation>字符设备</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_devices.cpp" line="45"/>
        <source>Block devices</source>
        <translation>块设备</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_devices.cpp" line="46"/>
        <source>Major number the driver registered</source>
        <translation>驱动注册的主设备号</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_devices.cpp" line="47"/>
        <source>Driver</source>
        <translation>驱动</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_devices.cpp" line="47"/>
        <source>Name the driver registered it under</source>
        <translation>驱动注册时使用的名称</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_devices.cpp" line="71"/>
        <source>/proc/devices (character and block sections)</source>
        <translation>/proc/devices（字符设备和块设备两部分）</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_devices.cpp" line="80"/>
        <source>Filesystem types</source>
        <translation>文件系统类型</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_devices.cpp" line="81"/>
        <location filename="../core/procfs/procparsers_devices.cpp" line="137"/>
        <location filename="../core/procfs/procparsers_devices.cpp" line="170"/>
        <location filename="../core/procfs/procparsers_net.cpp" line="253"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_devices.cpp" line="81"/>
        <source>Name given to mount -t</source>
        <translation>传给 mount -t 的名称</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_devices.cpp" line="82"/>
        <source>Needs a device</source>
        <translation>需要设备</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_devices.cpp" line="82"/>
        <source>&quot;no&quot; (nodev) means a virtual filesystem with no block device</source>
        <translation>“no”（nodev）表示没有块设备的虚拟文件系统</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_devices.cpp" line="98"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_devices.cpp" line="98"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_devices.cpp" line="101"/>
        <source>/proc/filesystems (&quot;[nodev]&lt;TAB&gt;name&quot; lines)</source>
        <translation>/proc/filesystems（“[nodev]&lt;TAB&gt;名称”格式的行）</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_devices.cpp" line="134"/>
        <source>Mounts</source>
        <translation>挂载</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_devices.cpp" line="135"/>
        <location filename="../core/procfs/procparsers_devices.cpp" line="171"/>
        <source>Device or name of what is mounted</source>
        <translation>被挂载对象的设备或名称</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_devices.cpp" line="136"/>
        <location filename="../core/procfs/procparsers_devices.cpp" line="167"/>
        <source>Mount point</source>
        <translation>挂载点</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_devices.cpp" line="136"/>
        <source>Where it appears in the directory tree</source>
        <translation>它在目录树中出现的位置</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_devices.cpp" line="137"/>
        <location filename="../core/procfs/procparsers_devices.cpp" line="170"/>
        <source>Filesystem type</source>
        <translation>文件系统类型</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_devices.cpp" line="138"/>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_devices.cpp" line="138"/>
        <location filename="../core/procfs/procparsers_devices.cpp" line="168"/>
        <source>Mount options</source>
        <translation>挂载选项</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_devices.cpp" line="139"/>
        <location filename="../core/procfs/procparsers_net.cpp" line="154"/>
        <source>Dump</source>
        <translation>转储</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_devices.cpp" line="139"/>
        <location filename="../core/procfs/procparsers_devices.cpp" line="140"/>
        <source>Unused; kept for fstab compatibility</source>
        <translation>未使用；为与 fstab 兼容而保留</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_devices.cpp" line="140"/>
        <source>Pass</source>
        <translation>检查顺序</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_devices.cpp" line="153"/>
        <source>a mount table (six fields per line)</source>
        <translation>挂载表（每行六个字段）</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_devices.cpp" line="162"/>
        <source>Mounts of this mount namespace</source>
        <translation>此挂载命名空间中的挂载</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_devices.cpp" line="163"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_devices.cpp" line="163"/>
        <source>Unique ID of the mount</source>
        <translation>挂载的唯一 ID</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_devices.cpp" line="164"/>
        <source>Parent</source>
        <translation>父挂载</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_devices.cpp" line="164"/>
        <source>ID of the mount this one sits on</source>
        <translation>此挂载所在的上层挂载的 ID</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_devices.cpp" line="165"/>
        <source>major:minor of the filesystem&apos;s device</source>
        <translation>文件系统所在设备的主:次设备号</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_devices.cpp" line="166"/>
        <source>Root</source>
        <translation>根</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_devices.cpp" line="166"/>
        <source>Directory of the filesystem shown at the mount point</source>
        <translation>在挂载点显示的文件系统目录</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_devices.cpp" line="167"/>
        <source>Where it appears, relative to the process&apos;s root</source>
        <translation>它出现的位置，相对于进程的根目录</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_devices.cpp" line="168"/>
        <source>Per-mount options</source>
        <translation>该挂载的选项</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_devices.cpp" line="169"/>
        <source>Propagation</source>
        <translation>传播</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_devices.cpp" line="169"/>
        <source>shared:N, master:N or unbindable; empty means private</source>
        <translation>shared:N、master:N 或 unbindable；为空表示私有</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_devices.cpp" line="172"/>
        <source>Super options</source>
        <translation>超级块选项</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_devices.cpp" line="172"/>
        <source>Options of the filesystem itself</source>
        <translation>文件系统本身的选项</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_devices.cpp" line="197"/>
        <source>/proc/PID/mountinfo</source>
        <translation>/proc/PID/mountinfo</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_devices.cpp" line="206"/>
        <source>Loaded kernel modules</source>
        <translation>已加载的内核模块</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_devices.cpp" line="207"/>
        <source>Module</source>
        <translation>模块</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_devices.cpp" line="208"/>
        <source>Memory the module&apos;s code and data take</source>
        <translation>模块代码和数据占用的内存</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_devices.cpp" line="209"/>
        <source>Users</source>
        <translation>使用者</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_devices.cpp" line="209"/>
        <source>Reference count: how many users hold it</source>
        <translation>引用计数：有多少使用者持有它</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_devices.cpp" line="210"/>
        <source>Used by</source>
        <translation>被使用于</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_devices.cpp" line="210"/>
        <source>Modules that depend on it</source>
        <translation>依赖它的模块</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_devices.cpp" line="211"/>
        <location filename="../core/procfs/procparsers_net.cpp" line="193"/>
        <location filename="../core/procfs/procparsers_net.cpp" line="254"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_devices.cpp" line="211"/>
        <source>Live, Loading or Unloading</source>
        <translation>Live（已加载）、Loading（加载中）或 Unloading（卸载中）</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_devices.cpp" line="212"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_devices.cpp" line="212"/>
        <source>Load address; zero unless read by root</source>
        <translation>加载地址；除非由 root 读取，否则为零</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_devices.cpp" line="230"/>
        <source>/proc/modules</source>
        <translation>/proc/modules</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_counters.cpp" line="240"/>
        <source>Pressure stall information</source>
        <translation>压力停顿信息（PSI）</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_counters.cpp" line="241"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_counters.cpp" line="241"/>
        <source>some: at least one task stalled; full: all non-idle tasks stalled</source>
        <translation>some：至少一个任务被阻塞；full：所有非空闲任务都被阻塞</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_counters.cpp" line="242"/>
        <source>Share of the last 10 s with a stall</source>
        <translation>最近 10 秒内发生阻塞的时间比例</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_counters.cpp" line="243"/>
        <source>Share of the last 60 s with a stall</source>
        <translation>最近 60 秒内发生阻塞的时间比例</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_counters.cpp" line="244"/>
        <source>Share of the last 300 s with a stall</source>
        <translation>最近 300 秒内发生阻塞的时间比例</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_counters.cpp" line="245"/>
        <source>Total stall time since boot</source>
        <translation>自启动以来的阻塞总时间</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_counters.cpp" line="259"/>
        <source>a /proc/pressure file (&quot;some avg10=… total=…&quot;)</source>
        <translation>/proc/pressure 文件（“some avg10=… total=…”）</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="165"/>
        <source>Process status</source>
        <translation>进程状态</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="188"/>
        <source>/proc/PID/status (&quot;Key:&lt;TAB&gt;value&quot; lines)</source>
        <translation>/proc/PID/status（“键:&lt;TAB&gt;值”格式的行）</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="196"/>
        <source>/proc/PID/stat (&quot;pid (comm) state ...&quot;)</source>
        <translation>/proc/PID/stat（“pid (comm) state ...”）</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="207"/>
        <source>Process statistics</source>
        <translation>进程统计</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="208"/>
        <source>Field number, as in proc_pid_stat(5)</source>
        <translation>字段编号，与 proc_pid_stat(5) 中相同</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="218"/>
        <source>field %1</source>
        <translation>字段 %1</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="228"/>
        <source>Memory mappings</source>
        <translation>内存映射</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="229"/>
        <source>Start</source>
        <translation>起始</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="229"/>
        <source>First address of the mapping</source>
        <translation>映射的第一个地址</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="230"/>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="230"/>
        <source>Address just past the mapping</source>
        <translation>映射结束后的第一个地址</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="231"/>
        <source>Length of the mapping</source>
        <translation>映射的长度</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="232"/>
        <source>Perms</source>
        <translation>权限</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="232"/>
        <source>r read, w write, x execute, p private (copy-on-write) or s shared</source>
        <translation>r 读，w 写，x 执行，p 私有（写时复制）或 s 共享</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="233"/>
        <source>Offset</source>
        <translation>偏移</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="233"/>
        <source>Offset into the mapped file</source>
        <translation>在被映射文件中的偏移</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="234"/>
        <source>major:minor of the file&apos;s device</source>
        <translation>文件所在设备的主:次设备号</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="157"/>
        <location filename="../core/procfs/procparsers_net.cpp" line="197"/>
        <location filename="../core/procfs/procparsers_net.cpp" line="255"/>
        <location filename="../core/procfs/procparsers_process.cpp" line="235"/>
        <source>Inode</source>
        <translation>Inode</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="235"/>
        <source>Inode of the mapped file, 0 for anonymous memory</source>
        <translation>被映射文件的 inode，匿名内存为 0</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="256"/>
        <location filename="../core/procfs/procparsers_process.cpp" line="236"/>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="236"/>
        <source>Mapped file, or [heap], [stack], [vdso] ...; empty for anonymous</source>
        <translation>被映射的文件，或 [heap]、[stack]、[vdso] ……；匿名映射为空</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="260"/>
        <source>/proc/PID/maps (&quot;start-end perms offset dev inode path&quot;)</source>
        <translation>/proc/PID/maps（“起始-结束 权限 偏移 设备 inode 路径”）</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="270"/>
        <location filename="../core/procfs/procparsers_process.cpp" line="277"/>
        <source>/proc/PID/limits (a table headed &quot;Limit  Soft Limit ...&quot;)</source>
        <translation>/proc/PID/limits（以“Limit  Soft Limit ...”为表头的表）</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="279"/>
        <source>Resource limits</source>
        <translation>资源限制</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="280"/>
        <source>Limit</source>
        <translation>限制</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="280"/>
        <source>The resource, as setrlimit(2) names it</source>
        <translation>资源，名称与 setrlimit(2) 中相同</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="281"/>
        <source>Soft</source>
        <translation>软限制</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="281"/>
        <source>Limit enforced now; the process may raise it up to the hard limit</source>
        <translation>当前生效的限制；进程可以把它提高到硬限制</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="282"/>
        <source>Hard</source>
        <translation>硬限制</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="282"/>
        <source>Ceiling for the soft limit; only privileged processes raise it</source>
        <translation>软限制的上限；只有特权进程才能提高它</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="304"/>
        <source>/proc/PID/limits</source>
        <translation>/proc/PID/limits</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="312"/>
        <source>I/O counters</source>
        <translation>I/O 计数器</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="328"/>
        <source>/proc/PID/io (&quot;name: number&quot; lines)</source>
        <translation>/proc/PID/io（“名称: 数字”格式的行）</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="337"/>
        <source>Environment</source>
        <translation>环境变量</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="338"/>
        <source>Variable</source>
        <translation>变量</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="351"/>
        <source>an environment (NUL-separated NAME=value entries)</source>
        <translation>环境变量（以 NUL 分隔的 名称=值 条目）</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="361"/>
        <source>This is not a /proc/PID/syscall line (&quot;running&quot;, &quot;-1 sp pc&quot;, or a number, six arguments, sp and pc).</source>
        <translation>这不是 /proc/PID/syscall 的内容（应为“running”、“-1 sp pc”，或一个编号、六个参数、sp 和 pc）。</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="364"/>
        <source>System call now</source>
        <translation>当前的系统调用</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="367"/>
        <source>state</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="367"/>
        <source>What the task is doing at the moment of reading</source>
        <translation>读取时任务正在做什么</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="369"/>
        <source>number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="369"/>
        <source>System call number on this architecture</source>
        <translation>本架构上的系统调用编号</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="370"/>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="370"/>
        <source>The call, from this build&apos;s kernel headers</source>
        <translation>调用名称，来自本次构建所用的内核头文件</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="372"/>
        <source>argument %1</source>
        <translation>参数 %1</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="372"/>
        <source>Register value; unused arguments hold leftovers</source>
        <translation>寄存器的值；未使用的参数中是残留值</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="375"/>
        <source>stack pointer</source>
        <translation>栈指针</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="375"/>
        <source>User stack pointer when it entered the kernel</source>
        <translation>进入内核时的用户栈指针</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="376"/>
        <source>program counter</source>
        <translation>程序计数器</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="376"/>
        <source>User address it will return to</source>
        <translation>返回时将回到的用户地址</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="387"/>
        <source>Command line</source>
        <translation>命令行</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="388"/>
        <source>Position: argv[0] is the program as it was started</source>
        <translation>位置：argv[0] 是启动时的程序</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="389"/>
        <source>Argument</source>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_process.cpp" line="395"/>
        <source>The command line is empty: this is a kernel thread or a zombie process.</source>
        <translation>命令行为空：这是一个内核线程或僵尸进程。</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="85"/>
        <source>Network interfaces</source>
        <translation>网络接口</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="86"/>
        <source>Interface</source>
        <translation>接口</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="87"/>
        <source>RX bytes</source>
        <translation>接收字节</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="87"/>
        <source>Bytes received</source>
        <translation>接收的字节数</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="88"/>
        <source>RX packets</source>
        <translation>接收包</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="88"/>
        <source>Packets received</source>
        <translation>接收的数据包数</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="89"/>
        <source>RX errors</source>
        <translation>接收错误</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="89"/>
        <source>Receive errors reported by the driver</source>
        <translation>驱动报告的接收错误</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="90"/>
        <source>RX dropped</source>
        <translation>接收丢弃</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="90"/>
        <source>Received packets dropped, e.g. no buffer space</source>
        <translation>被丢弃的接收包，例如缓冲区不足</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="91"/>
        <source>RX FIFO</source>
        <translation>接收 FIFO</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="91"/>
        <source>Receive FIFO overruns</source>
        <translation>接收 FIFO 溢出</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="92"/>
        <source>RX frame</source>
        <translation>接收帧错误</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="92"/>
        <source>Frame alignment or CRC errors</source>
        <translation>帧对齐或 CRC 错误</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="93"/>
        <source>RX compressed</source>
        <translation>接收压缩包</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="93"/>
        <source>Compressed packets received</source>
        <translation>接收的压缩数据包</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="94"/>
        <source>RX multicast</source>
        <translation>接收多播</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="94"/>
        <source>Multicast packets received</source>
        <translation>接收的多播数据包</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="95"/>
        <source>TX bytes</source>
        <translation>发送字节</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="95"/>
        <source>Bytes sent</source>
        <translation>发送的字节数</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="96"/>
        <source>TX packets</source>
        <translation>发送包</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="96"/>
        <source>Packets sent</source>
        <translation>发送的数据包数</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="97"/>
        <source>TX errors</source>
        <translation>发送错误</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="97"/>
        <source>Transmit errors</source>
        <translation>发送错误</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="98"/>
        <source>TX dropped</source>
        <translation>发送丢弃</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="98"/>
        <source>Packets dropped before sending</source>
        <translation>发送前被丢弃的数据包</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="99"/>
        <source>TX FIFO</source>
        <translation>发送 FIFO</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="99"/>
        <source>Transmit FIFO errors</source>
        <translation>发送 FIFO 错误</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="100"/>
        <source>Collisions</source>
        <translation>冲突</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="100"/>
        <source>Collisions on the medium</source>
        <translation>传输介质上的冲突</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="101"/>
        <source>TX carrier</source>
        <translation>发送载波</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="101"/>
        <source>Carrier losses while sending</source>
        <translation>发送时的载波丢失</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="102"/>
        <source>TX compressed</source>
        <translation>发送压缩包</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="102"/>
        <source>Compressed packets sent</source>
        <translation>发送的压缩数据包</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="123"/>
        <source>/proc/net/dev (&quot;iface: 16 counters&quot;)</source>
        <translation>/proc/net/dev（“接口: 16 个计数器”）</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="147"/>
        <source>Netlink sockets</source>
        <translation>Netlink 套接字</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="148"/>
        <location filename="../core/procfs/procparsers_net.cpp" line="250"/>
        <source>Socket</source>
        <translation>套接字</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="148"/>
        <location filename="../core/procfs/procparsers_net.cpp" line="250"/>
        <source>Kernel address of the socket (hashed)</source>
        <translation>套接字的内核地址（已散列处理）</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="149"/>
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="149"/>
        <source>Netlink protocol family</source>
        <translation>Netlink 协议</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="150"/>
        <source>Port ID</source>
        <translation>端口 ID</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="150"/>
        <source>Netlink address; for user sockets usually the owner&apos;s PID</source>
        <translation>Netlink 地址；用户套接字通常是所有者的 PID</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="151"/>
        <source>Groups</source>
        <translation>组</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="151"/>
        <source>Bit mask of the first 32 multicast groups joined</source>
        <translation>已加入的前 32 个多播组的位掩码</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="152"/>
        <source>Rmem</source>
        <translation>接收内存</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="152"/>
        <source>Bytes queued for reading</source>
        <translation>等待读取的字节数</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="153"/>
        <source>Wmem</source>
        <translation>发送内存</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="153"/>
        <source>Bytes queued for sending</source>
        <translation>等待发送的字节数</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="154"/>
        <source>1 while a dump is in progress</source>
        <translation>转储进行中时为 1</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="155"/>
        <source>Locks</source>
        <translation>引用</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="155"/>
        <location filename="../core/procfs/procparsers_net.cpp" line="251"/>
        <source>Reference count of the socket</source>
        <translation>套接字的引用计数</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="156"/>
        <source>Drops</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="156"/>
        <source>Messages lost because the receive buffer was full</source>
        <translation>因接收缓冲区已满而丢失的消息</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="157"/>
        <location filename="../core/procfs/procparsers_net.cpp" line="197"/>
        <location filename="../core/procfs/procparsers_net.cpp" line="255"/>
        <source>Socket inode; matches socket:[N] in /proc/PID/fd</source>
        <translation>套接字的 inode；与 /proc/PID/fd 中的 socket:[N] 对应</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="178"/>
        <source>/proc/net/netlink</source>
        <translation>/proc/net/netlink</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="190"/>
        <source>Slot</source>
        <translation>槽位</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="190"/>
        <source>Position in the kernel&apos;s hash table</source>
        <translation>在内核哈希表中的位置</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="191"/>
        <source>Local address</source>
        <translation>本地地址</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="191"/>
        <source>Address and port on this machine</source>
        <translation>本机上的地址和端口</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="192"/>
        <source>Remote address</source>
        <translation>远端地址</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="192"/>
        <source>Peer address and port; zero when not connected</source>
        <translation>对端的地址和端口；未连接时为零</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="193"/>
        <source>TCP connection state</source>
        <translation>TCP 连接状态</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="193"/>
        <source>Socket state (7 = unconnected)</source>
        <translation>套接字状态（7 = 未连接）</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="194"/>
        <source>Send queue</source>
        <translation>发送队列</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="194"/>
        <source>Bytes waiting to be sent or acknowledged</source>
        <translation>等待发送或等待确认的字节数</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="195"/>
        <source>Receive queue</source>
        <translation>接收队列</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="195"/>
        <source>Bytes received but not yet read</source>
        <translation>已接收但尚未读取的字节数</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="196"/>
        <source>UID</source>
        <translation>UID</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="196"/>
        <source>Owner&apos;s user ID</source>
        <translation>所有者的用户 ID</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="226"/>
        <source>TCP sockets</source>
        <translation>TCP 套接字</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="231"/>
        <source>UDP sockets</source>
        <translation>UDP 套接字</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="249"/>
        <source>Unix domain sockets</source>
        <translation>Unix 域套接字</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="251"/>
        <source>References</source>
        <translation>引用计数</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="252"/>
        <source>Listening</source>
        <translation>监听</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="252"/>
        <source>1 when the socket accepts connections (__SO_ACCEPTCON)</source>
        <translation>套接字接受连接时为 1（__SO_ACCEPTCON）</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="253"/>
        <source>stream, dgram or seqpacket</source>
        <translation>stream（流）、dgram（数据报）或 seqpacket（有序数据包）</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="254"/>
        <source>1 unconnected, 2 connecting, 3 connected, 4 disconnecting</source>
        <translation>1 未连接，2 连接中，3 已连接，4 断开中</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="256"/>
        <source>Bound address: a file, @name in the abstract namespace, or empty</source>
        <translation>绑定的地址：一个文件、抽象命名空间中的 @名称，或为空</translation>
    </message>
    <message>
        <location filename="../core/procfs/procparsers_net.cpp" line="273"/>
        <source>/proc/net/unix</source>
        <translation>/proc/net/unix</translation>
    </message>
    <message>
        <location filename="../core/devices/deviceparsers.cpp" line="65"/>
        <source>This uevent file holds no KEY=VALUE lines; it may be cut short or not a uevent file.</source>
        <translation>这个 uevent 文件中没有 KEY=VALUE 行；它可能被截断，或者不是 uevent 文件。</translation>
    </message>
    <message>
        <location filename="../core/devices/deviceparsers.cpp" line="78"/>
        <source>This is a message from udev (&quot;libudev&quot; header), not from the kernel.</source>
        <translation>这是来自 udev 的消息（“libudev”头部），而不是来自内核。</translation>
    </message>
    <message>
        <location filename="../core/devices/deviceparsers.cpp" line="82"/>
        <source>Not a kernel uevent: the message does not start with ACTION@DEVPATH.</source>
        <translation>不是内核 uevent：消息不是以 ACTION@DEVPATH 开头。</translation>
    </message>
    <message>
        <location filename="../core/devices/deviceparsers.cpp" line="166"/>
        <source>No line of this file looks like a udev database record (S:, E:, G:, I: ...).</source>
        <translation>这个文件中没有任何一行像 udev 数据库记录（S:、E:、G:、I: ……）。</translation>
    </message>
</context>
<context>
    <name>kc::ProcTreeModel</name>
    <message>
        <location filename="../core/models/proctreemodel.cpp" line="282"/>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <location filename="../core/models/proctreemodel.cpp" line="304"/>
        <source>%1 points to %2</source>
        <translation>%1 指向 %2</translation>
    </message>
    <message>
        <location filename="../core/models/proctreemodel.cpp" line="338"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../core/models/proctreemodel.cpp" line="339"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../core/models/proctreemodel.cpp" line="340"/>
        <source>Target or note</source>
        <translation>目标或说明</translation>
    </message>
    <message>
        <location filename="../core/models/proctreemodel.cpp" line="341"/>
        <source>Mode</source>
        <translation>权限</translation>
    </message>
    <message>
        <location filename="../core/models/proctreemodel.cpp" line="342"/>
        <source>Owner UID</source>
        <translation>所有者 UID</translation>
    </message>
</context>
<context>
    <name>kc::ProcessPane</name>
    <message>
        <location filename="../app/gui/processpane.cpp" line="61"/>
        <source>Process ID or name, e.g. 1 or %1</source>
        <translation>进程 ID 或名称，例如 1 或 %1</translation>
    </message>
    <message>
        <location filename="../app/gui/processpane.cpp" line="74"/>
        <source>Kernel Channels itself</source>
        <translation>内核通道自身</translation>
    </message>
    <message>
        <location filename="../app/gui/processpane.cpp" line="74"/>
        <source>Show this program&apos;s own channels</source>
        <translation>显示本程序自己的通道</translation>
    </message>
    <message>
        <location filename="../app/gui/processpane.cpp" line="78"/>
        <source>Process:</source>
        <translation>进程：</translation>
    </message>
    <message>
        <location filename="../app/gui/processpane.cpp" line="93"/>
        <source>%1 system calls/s (%2 since opened).</source>
        <translation>每秒 %1 次系统调用（打开以来共 %2 次）。</translation>
    </message>
    <message>
        <location filename="../app/gui/processpane.cpp" line="102"/>
        <source>System call rates: %1</source>
        <translation>系统调用速率：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/processpane.cpp" line="114"/>
        <source>Descriptor</source>
        <translation>描述符</translation>
    </message>
    <message>
        <location filename="../app/gui/processpane.cpp" line="114"/>
        <source>Access</source>
        <translation>访问</translation>
    </message>
    <message>
        <location filename="../app/gui/processpane.cpp" line="114"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../app/gui/processpane.cpp" line="114"/>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../app/gui/processpane.cpp" line="131"/>
        <source>Channels</source>
        <translation>通道</translation>
    </message>
    <message>
        <location filename="../app/gui/processpane.cpp" line="132"/>
        <source>Address space</source>
        <translation>地址空间</translation>
    </message>
    <message>
        <location filename="../app/gui/processpane.cpp" line="133"/>
        <source>The process&apos;s virtual memory drawn from top to bottom, with every region from /proc/PID/smaps</source>
        <translation>从上到下画出进程的虚拟内存，包含 /proc/PID/smaps 中的每个区域</translation>
    </message>
    <message>
        <location filename="../app/gui/processpane.cpp" line="163"/>
        <source>Process</source>
        <translation>进程</translation>
    </message>
    <message>
        <location filename="../app/gui/processpane.cpp" line="168"/>
        <source>One process&apos;s channels to the kernel: descriptors by channel, namespaces, limits, the call it is in</source>
        <translation>单个进程通往内核的通道：按通道分组的描述符、命名空间、资源限制以及它所处的系统调用</translation>
    </message>
    <message>
        <location filename="../app/gui/processpane.cpp" line="223"/>
        <source>%L1 of %L2 rows shown</source>
        <translation>显示 %L2 行中的 %L1 行</translation>
    </message>
    <message>
        <location filename="../app/gui/processpane.cpp" line="225"/>
        <source>%1; %L2 of %L3 memory regions</source>
        <translation>%1；%L3 个内存区域中的 %L2 个</translation>
    </message>
    <message>
        <location filename="../app/gui/processpane.cpp" line="267"/>
        <source>Counting system calls …</source>
        <translation>正在统计系统调用 …</translation>
    </message>
    <message>
        <location filename="../app/gui/processpane.cpp" line="276"/>
        <source>Per call, in the System calls pane</source>
        <translation>在系统调用面板中按调用查看</translation>
    </message>
    <message>
        <location filename="../app/gui/processpane.cpp" line="305"/>
        <source>Looking for &quot;%1&quot; among the running processes …</source>
        <translation>正在运行的进程中查找“%1”…</translation>
    </message>
    <message>
        <location filename="../app/gui/processpane.cpp" line="345"/>
        <source>No running process named &quot;%1&quot;</source>
        <translation>没有名为“%1”的运行中进程</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/processpane.cpp" line="350"/>
        <source>%Ln process(es) match &quot;%1&quot;: showing the newest, %2; the list under the field offers the others</source>
        <translation>
            <numerusform>%Ln 个进程匹配“%1”：显示最新的 %2；输入框下的列表提供其他进程</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/processpane.cpp" line="358"/>
        <source>Process %1 (%2)</source>
        <translation>进程 %1（%2）</translation>
    </message>
    <message>
        <location filename="../app/gui/processpane.cpp" line="374"/>
        <source>Reading process %1 …</source>
        <translation>正在读取进程 %1 …</translation>
    </message>
    <message>
        <location filename="../app/gui/processpane.cpp" line="378"/>
        <source>Reading the address space of process %1 …</source>
        <translation>正在读取进程 %1 的地址空间 …</translation>
    </message>
    <message>
        <location filename="../app/gui/processpane.cpp" line="406"/>
        <source>Process %1 (%2) exited at %3; below is what it held when last read.</source>
        <translation>进程 %1（%2）已于 %3 退出；下面是最后一次读取时它所持有的内容。</translation>
    </message>
    <message>
        <location filename="../app/gui/processpane.cpp" line="440"/>
        <source>In the kernel: %1</source>
        <translation>在内核中：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/processpane.cpp" line="442"/>
        <source>waiting in %1</source>
        <translation>等待于 %1</translation>
    </message>
    <message>
        <location filename="../app/gui/processpane.cpp" line="451"/>
        <source>Its command line, user, parent and memory could not be read: the process has ended, or /proc hides it.</source>
        <translation>无法读取它的命令行、用户、父进程和内存：进程已结束，或 /proc 隐藏了它。</translation>
    </message>
    <message>
        <location filename="../app/gui/processpane.cpp" line="452"/>
        <source>none (a kernel thread)</source>
        <translation>无（内核线程）</translation>
    </message>
    <message>
        <location filename="../app/gui/processpane.cpp" line="453"/>
        <source>uid %1</source>
        <translation>uid %1</translation>
    </message>
    <message>
        <location filename="../app/gui/processpane.cpp" line="453"/>
        <source>%1 (uid %2)</source>
        <translation>%1（uid %2）</translation>
    </message>
    <message>
        <location filename="../app/gui/processpane.cpp" line="454"/>
        <source>none: started by the kernel</source>
        <translation>无：由内核启动</translation>
    </message>
    <message>
        <location filename="../app/gui/processpane.cpp" line="456"/>
        <location filename="../app/gui/processpane.cpp" line="490"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../app/gui/processpane.cpp" line="457"/>
        <source>not known from this source</source>
        <translation>此数据源无法得知</translation>
    </message>
    <message>
        <location filename="../app/gui/processpane.cpp" line="457"/>
        <source>%1 since it started</source>
        <translation>自启动以来 %1</translation>
    </message>
    <message>
        <location filename="../app/gui/processpane.cpp" line="458"/>
        <source>Command line: %1&lt;br&gt;User: %2 · Parent: %3 · Memory: %4 resident · CPU: %5</source>
        <translation>命令行：%1&lt;br&gt;用户：%2 · 父进程：%3 · 内存：常驻 %4 · CPU：%5</translation>
    </message>
    <message>
        <location filename="../app/gui/processpane.cpp" line="510"/>
        <source>fd %1</source>
        <translation>fd %1</translation>
    </message>
    <message>
        <location filename="../app/gui/processpane.cpp" line="517"/>
        <source>Enter: follow the node in the Devices pane</source>
        <translation>回车：在设备面板中追踪该节点</translation>
    </message>
    <message>
        <location filename="../app/gui/processpane.cpp" line="519"/>
        <source>Enter: open the netlink pane</source>
        <translation>回车：打开 netlink 面板</translation>
    </message>
    <message>
        <location filename="../app/gui/processpane.cpp" line="530"/>
        <source>Namespaces</source>
        <translation>命名空间</translation>
    </message>
    <message>
        <location filename="../app/gui/processpane.cpp" line="530"/>
        <source>What the process sees of the system: each kind of namespace, ours or its own</source>
        <translation>进程所看到的系统：每一种命名空间，与我们相同还是它自己的</translation>
    </message>
    <message>
        <location filename="../app/gui/processpane.cpp" line="532"/>
        <source>the same as ours</source>
        <translation>与我们的相同</translation>
    </message>
    <message>
        <location filename="../app/gui/processpane.cpp" line="532"/>
        <source>its own: differs from ours</source>
        <translation>它自己的：与我们的不同</translation>
    </message>
    <message>
        <location filename="../app/gui/processpane.cpp" line="542"/>
        <source>Limits</source>
        <translation>资源限制</translation>
    </message>
    <message>
        <location filename="../app/gui/processpane.cpp" line="542"/>
        <source>Resource limits (setrlimit): soft, hard and unit</source>
        <translation>资源限制（setrlimit）：软限制、硬限制和单位</translation>
    </message>
    <message>
        <location filename="../app/gui/processpane.cpp" line="551"/>
        <location filename="../app/gui/processpane.cpp" line="553"/>
        <source>soft %1, hard %2</source>
        <translation>软限制 %1，硬限制 %2</translation>
    </message>
</context>
<context>
    <name>kc::ProcfsPane</name>
    <message>
        <location filename="../app/gui/procfspane.cpp" line="69"/>
        <source>Show the process&apos;s &amp;channels</source>
        <translation>显示该进程的通道(&amp;C)</translation>
    </message>
    <message>
        <location filename="../app/gui/procfspane.cpp" line="70"/>
        <source>Its open descriptors by channel, namespaces and limits, in the Process pane</source>
        <translation>在进程面板中查看它按通道分组的打开描述符、命名空间和资源限制</translation>
    </message>
    <message>
        <location filename="../app/gui/procfspane.cpp" line="73"/>
        <source>&amp;Reload this directory</source>
        <translation>重新加载此目录(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/gui/procfspane.cpp" line="77"/>
        <source>Show &amp;kernel threads</source>
        <translation>显示内核线程(&amp;K)</translation>
    </message>
    <message>
        <location filename="../app/gui/procfspane.cpp" line="79"/>
        <source>Kernel threads have no user-space program; they are shown in grey italics</source>
        <translation>内核线程没有用户空间程序；它们以灰色斜体显示</translation>
    </message>
    <message>
        <location filename="../app/gui/procfspane.cpp" line="108"/>
        <source>Listing…</source>
        <translation>正在列出…</translation>
    </message>
    <message>
        <location filename="../app/gui/procfspane.cpp" line="145"/>
        <source>procfs</source>
        <translation>procfs</translation>
    </message>
    <message>
        <location filename="../app/gui/procfspane.cpp" line="150"/>
        <source>/proc: processes and kernel state as files</source>
        <translation>/proc：以文件形式呈现的进程和内核状态</translation>
    </message>
    <message>
        <location filename="../app/gui/procfspane.cpp" line="194"/>
        <source>%L1 of %L2 listed entries shown; folders not opened yet are not searched</source>
        <translation>显示已列出的 %L2 项中的 %L1 项；尚未打开的文件夹不会被搜索</translation>
    </message>
    <message>
        <location filename="../app/gui/procfspane.cpp" line="198"/>
        <source>%1; %2</source>
        <translation>%1；%2</translation>
    </message>
    <message>
        <location filename="../app/gui/procfspane.cpp" line="204"/>
        <source>Filter the /proc entries listed so far and the open file&apos;s table (Ctrl+F)</source>
        <translation>过滤目前已列出的 /proc 条目和已打开文件的表格（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../app/gui/procfspane.cpp" line="225"/>
        <source>Nothing selected</source>
        <translation>未选择任何内容</translation>
    </message>
    <message>
        <location filename="../app/gui/procfspane.cpp" line="225"/>
        <source>Pick a file in the tree to read it.</source>
        <translation>在树中选择一个文件以读取它。</translation>
    </message>
    <message>
        <location filename="../app/gui/procfspane.cpp" line="240"/>
        <source>A directory. Expand it to see its entries.</source>
        <translation>这是一个目录。展开它以查看其中的条目。</translation>
    </message>
    <message>
        <location filename="../app/gui/procfspane.cpp" line="244"/>
        <source>A link to the directory %1. Expand it to see its entries.</source>
        <translation>指向目录 %1 的链接。展开它以查看其中的条目。</translation>
    </message>
    <message>
        <location filename="../app/gui/procfspane.cpp" line="253"/>
        <source>A link to %1. Links like exe, cwd, root and fd/N show what the process uses; their targets are outside /proc and are not read here.</source>
        <translation>指向 %1 的链接。exe、cwd、root 和 fd/N 这类链接表示进程正在使用的对象；它们的目标在 /proc 之外，这里不会读取。</translation>
    </message>
    <message>
        <location filename="../app/gui/procfspane.cpp" line="256"/>
        <source>A link whose target cannot be read.</source>
        <translation>无法读取目标的链接。</translation>
    </message>
</context>
<context>
    <name>kc::PtraceTracer</name>
    <message>
        <location filename="../core/trace/ptraceengine.cpp" line="185"/>
        <source>Waiting for the traced processes failed: %1</source>
        <translation>等待被跟踪的进程失败：%1</translation>
    </message>
    <message>
        <location filename="../core/trace/ptraceengine.cpp" line="407"/>
        <source>exited with status %1</source>
        <translation>以状态 %1 退出</translation>
    </message>
    <message>
        <location filename="../core/trace/ptraceengine.cpp" line="408"/>
        <source>killed by signal %1 (%2)</source>
        <translation>被信号 %1（%2）终止</translation>
    </message>
    <message>
        <location filename="../core/trace/ptraceengine.cpp" line="432"/>
        <source>%1 (process %2) is a set-user-ID or set-group-ID program: because it is traced, the kernel ran it without those privileges, so it may fail where it would not untraced.</source>
        <translation>%1（进程 %2）是设置了 set-user-ID 或 set-group-ID 的程序：因为它正被跟踪，内核在运行它时没有赋予这些权限，所以它可能在不被跟踪时不会失败的地方失败。</translation>
    </message>
    <message>
        <location filename="../core/trace/ptraceengine.cpp" line="459"/>
        <source>The command was ended rather than left running: it was started with a seccomp filter, and without a tracer the calls it stops on would fail.</source>
        <translation>该命令被结束而没有继续运行：它启动时带有 seccomp 过滤器，没有跟踪器时，它在其上停下的调用会失败。</translation>
    </message>
    <message>
        <location filename="../core/trace/ptraceengine.cpp" line="496"/>
        <source>? (detached)</source>
        <translation>？（已分离）</translation>
    </message>
    <message>
        <location filename="../core/trace/ptracetracer.cpp" line="56"/>
        <source>No command to run.</source>
        <translation>没有要运行的命令。</translation>
    </message>
    <message>
        <location filename="../core/trace/ptracetracer.cpp" line="56"/>
        <location filename="../core/trace/ptracetracer.cpp" line="69"/>
        <source>A trace is already running.</source>
        <translation>已经有一个跟踪在运行。</translation>
    </message>
    <message>
        <location filename="../core/trace/ptracetracer.cpp" line="139"/>
        <source>There is no process %1: it has exited, or never was.</source>
        <translation>没有进程 %1：它已退出，或者从未存在。</translation>
    </message>
    <message>
        <location filename="../core/trace/ptracetracer.cpp" line="141"/>
        <source>Cannot trace process %1: %2</source>
        <translation>无法跟踪进程 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/trace/ptracetracer.cpp" line="143"/>
        <source>A process cannot trace itself.</source>
        <translation>进程不能跟踪它自己。</translation>
    </message>
    <message>
        <location filename="../core/trace/ptracetracer.cpp" line="146"/>
        <source>Process %1 is already traced by process %2; a process has one tracer at a time.</source>
        <translation>进程 %1 已被进程 %2 跟踪；一个进程同一时间只能有一个跟踪者。</translation>
    </message>
    <message>
        <location filename="../core/trace/ptracetracer.cpp" line="150"/>
        <source>Yama forbids all tracing on this system (kernel.yama.ptrace_scope is 3, which lasts until reboot).</source>
        <translation>Yama 在本系统上禁止一切跟踪（kernel.yama.ptrace_scope 为 3，重启前一直有效）。</translation>
    </message>
    <message>
        <location filename="../core/trace/ptracetracer.cpp" line="152"/>
        <source>Yama lets only administrators trace (kernel.yama.ptrace_scope is 2): run as root, or with CAP_SYS_PTRACE.</source>
        <translation>Yama 只允许管理员跟踪（kernel.yama.ptrace_scope 为 2）：请以 root 身份或带 CAP_SYS_PTRACE 运行。</translation>
    </message>
    <message>
        <location filename="../core/trace/ptracetracer.cpp" line="158"/>
        <source>Process %1 runs as user %2 and we run as user %3: only root may trace another user&apos;s process.</source>
        <translation>进程 %1 以用户 %2 运行，而我们以用户 %3 运行：只有 root 才能跟踪其他用户的进程。</translation>
    </message>
    <message>
        <location filename="../core/trace/ptracetracer.cpp" line="164"/>
        <source>Process %1 is not dumpable (a set-user-ID program, or it asked not to be): only root may trace it.</source>
        <translation>进程 %1 不可转储（set-user-ID 程序，或它自己要求如此）：只有 root 才能跟踪它。</translation>
    </message>
    <message>
        <location filename="../core/trace/ptracetracer.cpp" line="166"/>
        <source>Yama lets a process trace only its own descendants (kernel.yama.ptrace_scope is 1): start the program under trace instead, or run as root.</source>
        <translation>Yama 只允许进程跟踪它自己的后代（kernel.yama.ptrace_scope 为 1）：请改为在跟踪下启动该程序，或以 root 身份运行。</translation>
    </message>
    <message>
        <location filename="../core/trace/ptracetracer.cpp" line="169"/>
        <source>The kernel refused to let us trace process %1: %2</source>
        <translation>内核拒绝让我们跟踪进程 %1：%2</translation>
    </message>
</context>
<context>
    <name>kc::RateChart</name>
    <message>
        <location filename="../app/gui/ratechart.cpp" line="325"/>
        <source>at %1</source>
        <translation>于 %1</translation>
    </message>
    <message>
        <location filename="../app/gui/ratechart.cpp" line="333"/>
        <source>now</source>
        <translation>现在</translation>
    </message>
    <message>
        <location filename="../app/gui/ratechart.cpp" line="367"/>
        <source>Remove from this dashboard</source>
        <translation>从此仪表板移除</translation>
    </message>
    <message>
        <location filename="../app/gui/ratechart.cpp" line="368"/>
        <source>Show the value, not its rate</source>
        <translation>显示数值本身，而不是其速率</translation>
    </message>
    <message>
        <location filename="../app/gui/ratechart.cpp" line="368"/>
        <source>Show its rate per second</source>
        <translation>显示每秒速率</translation>
    </message>
</context>
<context>
    <name>kc::SendPathView</name>
    <message>
        <location filename="../app/gui/sendpathview.cpp" line="24"/>
        <source>Show the path</source>
        <translation>显示路径</translation>
    </message>
    <message>
        <location filename="../app/gui/sendpathview.cpp" line="26"/>
        <source>Send test datagrams</source>
        <translation>发送测试数据报</translation>
    </message>
    <message>
        <location filename="../app/gui/sendpathview.cpp" line="32"/>
        <source>an IPv4 or IPv6 address, e.g. 192.168.1.1</source>
        <translation>IPv4 或 IPv6 地址，例如 192.168.1.1</translation>
    </message>
    <message>
        <location filename="../app/gui/sendpathview.cpp" line="37"/>
        <source> datagrams</source>
        <translation> 个数据报</translation>
    </message>
    <message>
        <location filename="../app/gui/sendpathview.cpp" line="38"/>
        <source>Sends UDP datagrams of 64 bytes to port 9 (discard) of the destination from a socket of ours; each stage&apos;s counters should rise by as many</source>
        <translation>从我们自己的套接字向目的地的 9 号端口（discard）发送 64 字节的 UDP 数据报；每个阶段的计数器应上升同样的数目</translation>
    </message>
    <message>
        <location filename="../app/gui/sendpathview.cpp" line="43"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../app/gui/sendpathview.cpp" line="43"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../app/gui/sendpathview.cpp" line="43"/>
        <source>Per second</source>
        <translation>每秒</translation>
    </message>
    <message>
        <location filename="../app/gui/sendpathview.cpp" line="43"/>
        <source>Rose by</source>
        <translation>上升</translation>
    </message>
    <message>
        <location filename="../app/gui/sendpathview.cpp" line="51"/>
        <source>Destination:</source>
        <translation>目的地：</translation>
    </message>
    <message>
        <location filename="../app/gui/sendpathview.cpp" line="67"/>
        <source>Where does a datagram go after sendto()? Name a destination to see the route the kernel picks, the neighbour, the queueing discipline, the transmit queues and the device, each with its counters.</source>
        <translation>sendto() 之后数据报去了哪里？填写一个目的地，查看内核选定的路由、邻居、排队规则、发送队列和设备，以及各自的计数器。</translation>
    </message>
    <message>
        <location filename="../app/gui/sendpathview.cpp" line="80"/>
        <source>&quot;%1&quot; is not an IPv4 or IPv6 address.</source>
        <translation>“%1”不是 IPv4 或 IPv6 地址。</translation>
    </message>
    <message>
        <location filename="../app/gui/sendpathview.cpp" line="92"/>
        <source>The network path is read from this machine only; the window shows another machine.</source>
        <translation>网络路径只从本机读取；而此窗口显示的是另一台机器。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/sendpathview.cpp" line="106"/>
        <source>Sending %Ln test datagram(s) to %1 …</source>
        <translation>
            <numerusform>正在向 %1 发送 %Ln 个测试数据报……</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/sendpathview.cpp" line="150"/>
        <source>%1 of %2 test datagrams sent to %3 port 9.</source>
        <translation>%2 个测试数据报中已发送 %1 个，发往 %3 的 9 号端口。</translation>
    </message>
    <message>
        <location filename="../app/gui/sendpathview.cpp" line="152"/>
        <source>Refused: %1</source>
        <translation>被拒绝：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/sendpathview.cpp" line="156"/>
        <source>The way out to %1, as the kernel would send it now (this machine&apos;s network namespace).</source>
        <translation>到 %1 的出站之路，即内核此刻会如何发送（本机的网络命名空间）。</translation>
    </message>
    <message>
        <location filename="../app/gui/sendpathview.cpp" line="194"/>
        <source>%1: XPS CPUs %2, XPS receive queues %3</source>
        <translation>%1：XPS CPU %2，XPS 接收队列 %3</translation>
    </message>
    <message>
        <location filename="../app/gui/sendpathview.cpp" line="194"/>
        <location filename="../app/gui/sendpathview.cpp" line="195"/>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location filename="../app/gui/sendpathview.cpp" line="196"/>
        <source>BQL limit %1 B</source>
        <translation>BQL 上限 %1 B</translation>
    </message>
    <message>
        <location filename="../app/gui/sendpathview.cpp" line="197"/>
        <source>%1 B in flight</source>
        <translation>在途 %1 B</translation>
    </message>
</context>
<context>
    <name>kc::SyscallCostView</name>
    <message>
        <location filename="../app/gui/syscallcostview.cpp" line="29"/>
        <source>Measure again</source>
        <translation>重新测量</translation>
    </message>
    <message>
        <location filename="../app/gui/syscallcostview.cpp" line="47"/>
        <source>Time each operation again, in batches that take turns (about a second of one CPU)</source>
        <translation>再次为每种操作计时，各批轮流进行（约占一个 CPU 一秒钟）</translation>
    </message>
    <message>
        <location filename="../app/gui/syscallcostview.cpp" line="56"/>
        <source>Operation</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../app/gui/syscallcostview.cpp" line="56"/>
        <source>Median</source>
        <translation>中位数</translation>
    </message>
    <message>
        <location filename="../app/gui/syscallcostview.cpp" line="56"/>
        <source>10th–90th percentile</source>
        <translation>第 10–90 百分位数</translation>
    </message>
    <message>
        <location filename="../app/gui/syscallcostview.cpp" line="56"/>
        <source>Per batch</source>
        <translation>每批次数</translation>
    </message>
    <message>
        <location filename="../app/gui/syscallcostview.cpp" line="56"/>
        <source>What is timed</source>
        <translation>计时的内容</translation>
    </message>
    <message>
        <location filename="../app/gui/syscallcostview.cpp" line="99"/>
        <source>Measures on this machine, now, what crossing into the kernel costs next to staying in user space.</source>
        <translation>在本机上现场测量进入内核的代价，并与留在用户空间相比较。</translation>
    </message>
    <message>
        <location filename="../app/gui/syscallcostview.cpp" line="118"/>
        <source>Waiting for the system call counters to be released …</source>
        <translation>正在等待系统调用计数器释放 …</translation>
    </message>
    <message>
        <location filename="../app/gui/syscallcostview.cpp" line="128"/>
        <source>Measuring: the four operations take turns in batches of about 4 ms …</source>
        <translation>正在测量：四种操作以约 4 ms 一批轮流进行 …</translation>
    </message>
    <message>
        <location filename="../app/gui/syscallcostview.cpp" line="142"/>
        <source>The measurement was stopped.</source>
        <translation>测量已停止。</translation>
    </message>
    <message>
        <location filename="../app/gui/syscallcostview.cpp" line="150"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../app/gui/syscallcostview.cpp" line="158"/>
        <source>Measured at %1: median of %2 batches of each.</source>
        <translation>测量于 %1：每种操作 %2 批的中位数。</translation>
    </message>
    <message>
        <location filename="../app/gui/syscallcostview.cpp" line="160"/>
        <source>Here a system call costs %1 vDSO calls.</source>
        <translation>在这里，一次系统调用相当于 %1 次 vDSO 调用。</translation>
    </message>
    <message>
        <location filename="../app/gui/syscallcostview.cpp" line="169"/>
        <source>Into the kernel and back</source>
        <translation>进入内核再返回</translation>
    </message>
    <message>
        <location filename="../app/gui/syscallcostview.cpp" line="171"/>
        <source>&lt;b&gt;On entry&lt;/b&gt; the &lt;tt&gt;syscall&lt;/tt&gt; instruction saves the user instruction pointer and flags, switches the CPU to kernel mode and jumps to the kernel&apos;s entry point. The kernel switches to its own stack and per-CPU data, saves every user register, and looks the call&apos;s number up in its table.</source>
        <translation>&lt;b&gt;进入时&lt;/b&gt;，&lt;tt&gt;syscall&lt;/tt&gt; 指令保存用户态的指令指针和标志，把 CPU 切换到内核态，并跳转到内核的入口。内核切换到自己的栈和每 CPU 数据，保存所有用户寄存器，然后在调用表中查找调用号。</translation>
    </message>
    <message>
        <location filename="../app/gui/syscallcostview.cpp" line="175"/>
        <source>&lt;b&gt;On exit&lt;/b&gt; it checks for pending work (a signal, a reschedule), restores the registers and returns to user mode with &lt;tt&gt;sysret&lt;/tt&gt;. Mitigations of CPU flaws add to both ways: page-table isolation switches page tables, others fill or clear CPU buffers.</source>
        <translation>&lt;b&gt;退出时&lt;/b&gt;，它先检查待办的工作（信号、重新调度），恢复寄存器，然后用 &lt;tt&gt;sysret&lt;/tt&gt; 返回用户态。针对 CPU 漏洞的缓解措施会加重进出两个方向的代价：页表隔离要切换页表，其他措施要填充或清空 CPU 缓冲区。</translation>
    </message>
    <message>
        <location filename="../app/gui/syscallcostview.cpp" line="178"/>
        <source>&lt;b&gt;The vDSO&lt;/b&gt; is a small library the kernel maps into every process, with a page of data it keeps current beside it. &lt;tt&gt;clock_gettime()&lt;/tt&gt; reads the clock from that page with ordinary instructions, in user mode: no mode switch, nothing saved, so it costs little more than a function call.</source>
        <translation>&lt;b&gt;vDSO&lt;/b&gt; 是内核映射到每个进程中的一个小库，旁边有一页由内核保持更新的数据。&lt;tt&gt;clock_gettime()&lt;/tt&gt; 在用户态用普通指令从这一页读取时钟：没有模式切换，不保存任何东西，所以代价只比函数调用多一点。</translation>
    </message>
    <message>
        <location filename="../app/gui/syscallcostview.cpp" line="182"/>
        <source>&lt;b&gt;A context switch&lt;/b&gt; is measured as two threads held on one CPU handing a byte to each other over pipes: each hand-over is a write, a read that sleeps, and the scheduler switching to the other thread.</source>
        <translation>&lt;b&gt;上下文切换&lt;/b&gt;的测量方法是：把两个线程固定在同一个 CPU 上，通过管道互相传递一个字节；每次交接包括一次 write、一次会睡眠的 read，以及调度器切换到另一个线程。</translation>
    </message>
    <message>
        <location filename="../app/gui/syscallcostview.cpp" line="190"/>
        <source>Clock source: %1. The vDSO reads the time itself when the clock source allows it (tsc, kvm-clock with a stable TSC, a Hyper-V page); otherwise it makes the system call.</source>
        <translation>时钟源：%1。只要时钟源允许（tsc、TSC 稳定的 kvm-clock、Hyper-V 页），vDSO 就自己读取时间；否则它会发出系统调用。</translation>
    </message>
    <message>
        <location filename="../app/gui/syscallcostview.cpp" line="194"/>
        <source>Both threads of the ping-pong ran on CPU %1.</source>
        <translation>乒乓的两个线程都运行在 CPU %1 上。</translation>
    </message>
    <message>
        <location filename="../app/gui/syscallcostview.cpp" line="198"/>
        <source>Mitigations on this kernel&apos;s entry path: %1.</source>
        <translation>本内核入口路径上的缓解措施：%1。</translation>
    </message>
    <message>
        <location filename="../app/gui/syscallcostview.cpp" line="200"/>
        <source>Every system call was being counted on this machine while measuring (a pane or chart), which makes each call slower.</source>
        <translation>测量期间本机上的每个系统调用都在被计数（某个面板或图表），这会让每次调用变慢。</translation>
    </message>
    <message>
        <location filename="../app/gui/syscallcostview.cpp" line="202"/>
        <source>On this machine</source>
        <translation>在本机上</translation>
    </message>
    <message>
        <location filename="../app/gui/syscallcostview.cpp" line="207"/>
        <source>More in the Explain panel (F1), with a C program that measures the same.</source>
        <translation>更多内容见解释面板（F1），其中有一个做同样测量的 C 程序。</translation>
    </message>
</context>
<context>
    <name>kc::SyscallMonitor</name>
    <message>
        <location filename="../core/syscalls/syscallmonitor.cpp" line="93"/>
        <source>Counting on the other machine stopped: %1</source>
        <translation>另一台机器上的计数已停止：%1</translation>
    </message>
    <message>
        <location filename="../core/syscalls/syscallmonitor.cpp" line="104"/>
        <source>The agent cannot count system calls: %1</source>
        <translation>代理无法统计系统调用：%1</translation>
    </message>
</context>
<context>
    <name>kc::SyscallTableModel</name>
    <message>
        <location filename="../core/models/syscalltablemodel.cpp" line="79"/>
        <source>(needs tracefs)</source>
        <translation>（需要 tracefs）</translation>
    </message>
    <message>
        <location filename="../core/models/syscalltablemodel.cpp" line="117"/>
        <source>/s</source>
        <translation>/秒</translation>
    </message>
    <message>
        <location filename="../core/models/syscalltablemodel.cpp" line="133"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../core/models/syscalltablemodel.cpp" line="134"/>
        <source>System call</source>
        <translation>系统调用</translation>
    </message>
    <message>
        <location filename="../core/models/syscalltablemodel.cpp" line="135"/>
        <source>Arguments</source>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../core/models/syscalltablemodel.cpp" line="136"/>
        <source>Calls/s</source>
        <translation>调用/秒</translation>
    </message>
    <message>
        <location filename="../core/models/syscalltablemodel.cpp" line="137"/>
        <source>Counted</source>
        <translation>已计数</translation>
    </message>
    <message>
        <location filename="../core/models/syscalltablemodel.cpp" line="138"/>
        <source>What it does</source>
        <translation>作用</translation>
    </message>
</context>
<context>
    <name>kc::SyscallWorker</name>
    <message>
        <location filename="../core/syscalls/syscallmonitor.cpp" line="187"/>
        <source>Process %1 has exited; its counts stay as they were.</source>
        <translation>进程 %1 已退出；其计数保持不变。</translation>
    </message>
</context>
<context>
    <name>kc::SyscallsController</name>
    <message>
        <location filename="../core/syscalls/syscallscontroller.cpp" line="135"/>
        <source>tracefs can be mounted on this machine only.</source>
        <translation>tracefs 只能挂载在本机上。</translation>
    </message>
</context>
<context>
    <name>kc::SyscallsPane</name>
    <message>
        <location filename="../app/gui/syscallspane.cpp" line="61"/>
        <source>Mount tracefs…</source>
        <translation>挂载 tracefs…</translation>
    </message>
    <message>
        <location filename="../app/gui/syscallspane.cpp" line="62"/>
        <source>Mount tracefs at /sys/kernel/tracing so argument lists can be shown (root)</source>
        <translation>在 /sys/kernel/tracing 挂载 tracefs，以显示参数列表（需 root）</translation>
    </message>
    <message>
        <location filename="../app/gui/syscallspane.cpp" line="66"/>
        <source>PID, empty for all</source>
        <translation>PID，留空表示全部</translation>
    </message>
    <message>
        <location filename="../app/gui/syscallspane.cpp" line="69"/>
        <source>Count the system calls of one process and show what it is blocked in</source>
        <translation>统计一个进程的系统调用，并显示它阻塞在哪里</translation>
    </message>
    <message>
        <location filename="../app/gui/syscallspane.cpp" line="79"/>
        <source>By process</source>
        <translation>按进程</translation>
    </message>
    <message>
        <location filename="../app/gui/syscallspane.cpp" line="80"/>
        <source>Also count each process&apos;s calls and list the busiest (counting every process with BPF). It costs another lookup per call: about 10 to 20 ns more per call on our test machine.</source>
        <translation>同时统计每个进程的调用并列出最繁忙的进程（用 BPF 统计所有进程时）。每次调用要多查一次表：在我们的测试机上每次调用约多 10 到 20 纳秒。</translation>
    </message>
    <message>
        <location filename="../app/gui/syscallspane.cpp" line="95"/>
        <source>Process:</source>
        <translation>进程：</translation>
    </message>
    <message>
        <location filename="../app/gui/syscallspane.cpp" line="133"/>
        <source>Most frequent calls (per second)</source>
        <translation>最频繁的调用（每秒）</translation>
    </message>
    <message>
        <location filename="../app/gui/syscallspane.cpp" line="135"/>
        <source>calls/s</source>
        <translation>次/秒</translation>
    </message>
    <message>
        <location filename="../app/gui/syscallspane.cpp" line="156"/>
        <source>Busiest processes (Enter counts one by itself):</source>
        <translation>最繁忙的进程（按 Enter 单独统计其中一个）：</translation>
    </message>
    <message>
        <location filename="../app/gui/syscallspane.cpp" line="160"/>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <location filename="../app/gui/syscallspane.cpp" line="160"/>
        <source>Process</source>
        <translation>进程</translation>
    </message>
    <message>
        <location filename="../app/gui/syscallspane.cpp" line="160"/>
        <source>Calls/s</source>
        <translation>调用/秒</translation>
    </message>
    <message>
        <location filename="../app/gui/syscallspane.cpp" line="166"/>
        <source>The processes that made the most system calls in the last second, all CPUs</source>
        <translation>过去一秒内（所有 CPU）发出系统调用最多的进程</translation>
    </message>
    <message>
        <location filename="../app/gui/syscallspane.cpp" line="195"/>
        <source>Calls</source>
        <translation>调用列表</translation>
    </message>
    <message>
        <location filename="../app/gui/syscallspane.cpp" line="196"/>
        <source>Cost of a call</source>
        <translation>调用的代价</translation>
    </message>
    <message>
        <location filename="../app/gui/syscallspane.cpp" line="197"/>
        <source>What a function call, a vDSO call, a system call and a context switch cost on this machine</source>
        <translation>在本机上一次函数调用、vDSO 调用、系统调用和上下文切换的代价</translation>
    </message>
    <message>
        <location filename="../app/gui/syscallspane.cpp" line="221"/>
        <source>with BPF</source>
        <translation>（BPF）</translation>
    </message>
    <message>
        <location filename="../app/gui/syscallspane.cpp" line="221"/>
        <source>with perf events</source>
        <translation>（perf 事件）</translation>
    </message>
    <message>
        <location filename="../app/gui/syscallspane.cpp" line="224"/>
        <source>Counting the calls of process %1 %2: %3 calls/s; %4.</source>
        <translation>正在统计进程 %1 的调用%2：每秒 %3 次；%4。</translation>
    </message>
    <message>
        <location filename="../app/gui/syscallspane.cpp" line="225"/>
        <source>Counting every call on every CPU %1: %2 calls/s; %3.</source>
        <translation>正在统计所有 CPU 上的每个调用%1：每秒 %2 次；%3。</translation>
    </message>
    <message>
        <location filename="../app/gui/syscallspane.cpp" line="456"/>
        <source>%L1 of %L2 system calls shown</source>
        <translation>显示 %L2 个系统调用中的 %L1 个</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/syscallspane.cpp" line="239"/>
        <source>Counting %Ln system call(s) with a BPF program in the kernel…</source>
        <translation>
            <numerusform>正在用内核中的 BPF 程序统计 %Ln 个系统调用…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/syscallspane.cpp" line="240"/>
        <source>Counting %Ln system call(s) with the kernel&apos;s perf counters…</source>
        <translation>
            <numerusform>正在用内核的 perf 计数器统计 %Ln 个系统调用…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/syscallspane.cpp" line="292"/>
        <source>Counting paused: the kernel&apos;s counters are released and system calls run at full speed.</source>
        <translation>计数已暂停：内核计数器已释放，系统调用全速运行。</translation>
    </message>
    <message>
        <location filename="../app/gui/syscallspane.cpp" line="306"/>
        <source>(ended)</source>
        <translation>（已结束）</translation>
    </message>
    <message>
        <location filename="../app/gui/syscallspane.cpp" line="341"/>
        <location filename="../app/gui/syscallspane.cpp" line="349"/>
        <source>Mount tracefs</source>
        <translation>挂载 tracefs</translation>
    </message>
    <message>
        <location filename="../app/gui/syscallspane.cpp" line="342"/>
        <source>The argument lists of system calls come from tracefs, which is not mounted.

Mounting it at /sys/kernel/tracing changes the mounts every program on this machine sees (it is what `mount -t tracefs nodev /sys/kernel/tracing` does). Mount it now?</source>
        <translation>系统调用的参数列表来自 tracefs，而它尚未挂载。

在 /sys/kernel/tracing 挂载它会改变本机所有程序看到的挂载（即 `mount -t tracefs nodev /sys/kernel/tracing` 所做的事）。现在挂载吗？</translation>
    </message>
    <message>
        <location filename="../app/gui/syscallspane.cpp" line="352"/>
        <source>tracefs mounted at /sys/kernel/tracing</source>
        <translation>tracefs 已挂载到 /sys/kernel/tracing</translation>
    </message>
    <message>
        <location filename="../app/gui/syscallspane.cpp" line="359"/>
        <source>Enter a PID above to count one process and see the call it is in now.</source>
        <translation>在上方输入 PID，以统计单个进程并查看它当前所在的调用。</translation>
    </message>
    <message>
        <location filename="../app/gui/syscallspane.cpp" line="374"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (PID %2)&lt;br&gt;Now: %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;（PID %2）&lt;br&gt;当前：%3</translation>
    </message>
    <message>
        <location filename="../app/gui/syscallspane.cpp" line="376"/>
        <source>&lt;br&gt;Waiting in the kernel function %1</source>
        <translation>&lt;br&gt;在内核函数 %1 中等待</translation>
    </message>
    <message>
        <location filename="../app/gui/syscallspane.cpp" line="378"/>
        <source>&lt;br&gt;Context switches: %1 voluntary (it waited), %2 involuntary (it was preempted)</source>
        <translation>&lt;br&gt;上下文切换：%1 次自愿（主动等待），%2 次非自愿（被抢占）</translation>
    </message>
    <message>
        <location filename="../app/gui/syscallspane.cpp" line="418"/>
        <source>System calls</source>
        <translation>系统调用</translation>
    </message>
    <message>
        <location filename="../app/gui/syscallspane.cpp" line="423"/>
        <source>How programs enter the kernel: every call, counted live</source>
        <translation>程序如何进入内核：每个调用，实时计数</translation>
    </message>
</context>
<context>
    <name>kc::SysctlController</name>
    <message>
        <location filename="../core/sysctl/sysctlcontroller.cpp" line="45"/>
        <source>The agent on %1 runs as %2, who may not write tunables there: connect as root (ssh root@%1), or start the agent with sudo (--agent &apos;ssh %1 sudo kchan agent --stdio&apos;).</source>
        <translation>%1 上的代理以 %2 身份运行，该用户无权在那里写入可调参数：请以 root 身份连接（ssh root@%1），或用 sudo 启动代理（--agent &apos;ssh %1 sudo kchan agent --stdio&apos;）。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctlcontroller.cpp" line="128"/>
        <source>The helper crashed; nothing is known to be written.</source>
        <translation>辅助程序崩溃；无法确认是否已写入。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctlcontroller.cpp" line="130"/>
        <source>Not authorised: the administrator password was not given, so nothing was written.</source>
        <translation>未获授权：没有提供管理员密码，因此没有写入任何内容。</translation>
    </message>
    <message>
        <location filename="../core/sysctl/sysctlcontroller.cpp" line="139"/>
        <source>pkexec could not be started: %1.</source>
        <translation>无法启动 pkexec：%1。</translation>
    </message>
</context>
<context>
    <name>kc::SysctlEditDialog</name>
    <message>
        <location filename="../app/gui/sysctleditdialog.cpp" line="27"/>
        <source>Change %1</source>
        <translation>修改 %1</translation>
    </message>
    <message>
        <location filename="../app/gui/sysctleditdialog.cpp" line="33"/>
        <source>Key:</source>
        <translation>键：</translation>
    </message>
    <message>
        <location filename="../app/gui/sysctleditdialog.cpp" line="37"/>
        <source>Meaning:</source>
        <translation>含义：</translation>
    </message>
    <message>
        <location filename="../app/gui/sysctleditdialog.cpp" line="40"/>
        <source>%1 to %2</source>
        <translation>%1 到 %2</translation>
    </message>
    <message>
        <location filename="../app/gui/sysctleditdialog.cpp" line="40"/>
        <location filename="../app/gui/sysctleditdialog.cpp" line="43"/>
        <source>Expected values:</source>
        <translation>预期取值：</translation>
    </message>
    <message>
        <location filename="../app/gui/sysctleditdialog.cpp" line="43"/>
        <source>0 or 1</source>
        <translation>0 或 1</translation>
    </message>
    <message>
        <location filename="../app/gui/sysctleditdialog.cpp" line="48"/>
        <source>Value now:</source>
        <translation>当前值：</translation>
    </message>
    <message>
        <location filename="../app/gui/sysctleditdialog.cpp" line="51"/>
        <source>New value:</source>
        <translation>新值：</translation>
    </message>
    <message>
        <location filename="../app/gui/sysctleditdialog.cpp" line="66"/>
        <source>We run as root: the value is written directly.</source>
        <translation>以 root 身份运行：直接写入该值。</translation>
    </message>
    <message>
        <location filename="../app/gui/sysctleditdialog.cpp" line="67"/>
        <source>We are root of a user namespace: the write is tried directly; the kernel allows it only for keys of namespaces we own.</source>
        <translation>当前是用户命名空间中的 root：将直接尝试写入；内核只允许写入属于我们拥有的命名空间的键。</translation>
    </message>
    <message>
        <location filename="../app/gui/sysctleditdialog.cpp" line="69"/>
        <source>Inside Flatpak the app cannot ask for administrator rights. Run the command above in a terminal on the host.</source>
        <translation>在 Flatpak 中本程序无法申请管理员权限。请在主机的终端中运行上面的命令。</translation>
    </message>
    <message>
        <location filename="../app/gui/sysctleditdialog.cpp" line="71"/>
        <source>Writing needs root, and pkexec (polkit) or our helper is missing here. Run the command above as root.</source>
        <translation>写入需要 root 权限，而此处缺少 pkexec（polkit）或我们的辅助程序。请以 root 身份运行上面的命令。</translation>
    </message>
    <message>
        <location filename="../app/gui/sysctleditdialog.cpp" line="73"/>
        <source>Writing needs root: you will be asked for an administrator password (pkexec), then only this key is written.</source>
        <translation>写入需要 root 权限：系统会要求输入管理员密码（pkexec），然后只写入这一个键。</translation>
    </message>
    <message>
        <location filename="../app/gui/sysctleditdialog.cpp" line="77"/>
        <source>Write</source>
        <translation>写入</translation>
    </message>
    <message>
        <location filename="../app/gui/sysctleditdialog.cpp" line="97"/>
        <source>Equivalent command:</source>
        <translation>等效命令：</translation>
    </message>
    <message>
        <location filename="../app/gui/sysctleditdialog.cpp" line="125"/>
        <source>%1 Only the kernel decides: Write offers the value as typed and shows its answer.</source>
        <translation>%1 只有内核能决定是否接受：“写入”会按输入的原样提交这个值，并显示内核的回答。</translation>
    </message>
    <message>
        <location filename="../app/gui/sysctleditdialog.cpp" line="164"/>
        <source>%1 The value was not changed.</source>
        <translation>%1 该值未被修改。</translation>
    </message>
</context>
<context>
    <name>kc::SysctlModel</name>
    <message>
        <location filename="../core/models/sysctlmodel.cpp" line="199"/>
        <source>writable</source>
        <translation>可写</translation>
    </message>
    <message>
        <location filename="../core/models/sysctlmodel.cpp" line="201"/>
        <source>root writes</source>
        <translation>root 可写</translation>
    </message>
    <message>
        <location filename="../core/models/sysctlmodel.cpp" line="202"/>
        <source>read-only</source>
        <translation>只读</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/models/sysctlmodel.cpp" line="217"/>
        <source>%Ln key(s)</source>
        <translation>
            <numerusform>%Ln 个键</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/models/sysctlmodel.cpp" line="244"/>
        <source>Was %1 when Kernel Channels started.</source>
        <translation>内核通道启动时为 %1。</translation>
    </message>
    <message>
        <location filename="../core/models/sysctlmodel.cpp" line="248"/>
        <source>Permission bits %1; the kernel checks them for root against the owner bits.</source>
        <translation>权限位 %1；对 root，内核按属主位检查。</translation>
    </message>
    <message>
        <location filename="../core/models/sysctlmodel.cpp" line="279"/>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <location filename="../core/models/sysctlmodel.cpp" line="279"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../core/models/sysctlmodel.cpp" line="280"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../core/models/sysctlmodel.cpp" line="281"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../core/models/sysctlmodel.cpp" line="282"/>
        <source>Access</source>
        <translation>访问</translation>
    </message>
    <message>
        <location filename="../core/models/sysctlmodel.cpp" line="283"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>kc::SysctlPane</name>
    <message>
        <location filename="../app/gui/sysctlpane.cpp" line="54"/>
        <source>Sysctl snapshots (*.json);;All files (*)</source>
        <translation>Sysctl 快照 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/sysctlpane.cpp" line="59"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/gui/sysctlpane.cpp" line="65"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../app/gui/sysctlpane.cpp" line="71"/>
        <source>%1, kernel %2, taken %3</source>
        <translation>%1，内核 %2，拍摄于 %3</translation>
    </message>
    <message>
        <location filename="../app/gui/sysctlpane.cpp" line="72"/>
        <source>unknown host</source>
        <translation>未知主机</translation>
    </message>
    <message>
        <location filename="../app/gui/sysctlpane.cpp" line="80"/>
        <source>Sysctl differences</source>
        <translation>Sysctl 差异</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/sysctlpane.cpp" line="82"/>
        <source>Before: %1
After: %2
%Ln key(s) differ.</source>
        <translation>
            <numerusform>之前：%1
之后：%2
有 %Ln 个键不同。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/sysctlpane.cpp" line="87"/>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <location filename="../app/gui/sysctlpane.cpp" line="87"/>
        <source>Before</source>
        <translation>之前</translation>
    </message>
    <message>
        <location filename="../app/gui/sysctlpane.cpp" line="87"/>
        <source>After</source>
        <translation>之后</translation>
    </message>
    <message>
        <location filename="../app/gui/sysctlpane.cpp" line="94"/>
        <location filename="../app/gui/sysctlpane.cpp" line="95"/>
        <source>(absent)</source>
        <translation>（不存在）</translation>
    </message>
    <message>
        <location filename="../app/gui/sysctlpane.cpp" line="121"/>
        <source>Flat list</source>
        <translation>平铺列表</translation>
    </message>
    <message>
        <location filename="../app/gui/sysctlpane.cpp" line="122"/>
        <source>Show every key in one sorted list instead of the tree of groups</source>
        <translation>在一个排序列表中显示所有键，而不是分组树</translation>
    </message>
    <message>
        <location filename="../app/gui/sysctlpane.cpp" line="131"/>
        <source>Changed since start</source>
        <translation>启动后有变化</translation>
    </message>
    <message>
        <location filename="../app/gui/sysctlpane.cpp" line="132"/>
        <source>Only keys whose value differs from when Kernel Channels started</source>
        <translation>只显示值与内核通道启动时不同的键</translation>
    </message>
    <message>
        <location filename="../app/gui/sysctlpane.cpp" line="140"/>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <location filename="../app/gui/sysctlpane.cpp" line="140"/>
        <source>Read every key again (F5)</source>
        <translation>重新读取所有键（F5）</translation>
    </message>
    <message>
        <location filename="../app/gui/sysctlpane.cpp" line="142"/>
        <source>Snapshots</source>
        <translation>快照</translation>
    </message>
    <message>
        <location filename="../app/gui/sysctlpane.cpp" line="143"/>
        <source>Save the values now, or compare saved ones</source>
        <translation>保存当前值，或比较已保存的快照</translation>
    </message>
    <message>
        <location filename="../app/gui/sysctlpane.cpp" line="146"/>
        <source>&amp;Save snapshot…</source>
        <translation>保存快照(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../app/gui/sysctlpane.cpp" line="147"/>
        <source>&amp;Compare a snapshot with now…</source>
        <translation>将快照与当前值比较(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../app/gui/sysctlpane.cpp" line="148"/>
        <source>Compare &amp;two snapshots…</source>
        <translation>比较两个快照(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../app/gui/sysctlpane.cpp" line="150"/>
        <source>Export the list as &amp;CSV…</source>
        <translation>将列表导出为 &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../app/gui/sysctlpane.cpp" line="178"/>
        <source>&amp;Change value…</source>
        <translation>修改值(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../app/gui/sysctlpane.cpp" line="183"/>
        <source>Copy as sysctl -w</source>
        <translation>复制为 sysctl -w 命令</translation>
    </message>
    <message>
        <location filename="../app/gui/sysctlpane.cpp" line="226"/>
        <source>Copied: %1</source>
        <translation>已复制：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/sysctlpane.cpp" line="229"/>
        <source>Change value…</source>
        <translation>修改值…</translation>
    </message>
    <message>
        <location filename="../app/gui/sysctlpane.cpp" line="287"/>
        <source>sysctl</source>
        <translation>sysctl</translation>
    </message>
    <message>
        <location filename="../app/gui/sysctlpane.cpp" line="292"/>
        <source>/proc/sys: kernel tunables, what they mean, and changing them</source>
        <translation>/proc/sys：内核可调参数、它们的含义以及如何修改</translation>
    </message>
    <message>
        <location filename="../app/gui/sysctlpane.cpp" line="324"/>
        <source>%L1 of %L2 keys shown</source>
        <translation>显示 %L2 个键中的 %L1 个</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/sysctlpane.cpp" line="395"/>
        <source>%Ln key(s)</source>
        <translation>
            <numerusform>%Ln 个键</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/sysctlpane.cpp" line="396"/>
        <source>%Ln described</source>
        <translation>
            <numerusform>%Ln 个有说明</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/sysctlpane.cpp" line="397"/>
        <source>%Ln not readable</source>
        <translation>
            <numerusform>%Ln 个不可读</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/sysctlpane.cpp" line="398"/>
        <source>%Ln changed since start</source>
        <translation>
            <numerusform>%Ln 个启动后有变化</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/sysctlpane.cpp" line="420"/>
        <source> (%1)</source>
        <translation>（%1）</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/sysctlpane.cpp" line="430"/>
        <source>&lt;p&gt;%Ln value(s):&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;%Ln 个值：&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/sysctlpane.cpp" line="433"/>
        <source>&lt;p&gt;&lt;b&gt;Changed&lt;/b&gt; since Kernel Channels started.&lt;/p&gt;</source>
        <translation>&lt;p&gt;自 Kernel Channels 启动以来&lt;b&gt;已更改&lt;/b&gt;。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/sysctlpane.cpp" line="439"/>
        <source>&lt;p&gt;&lt;b&gt;Expected values:&lt;/b&gt; %1 to %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;预期取值：&lt;/b&gt;%1 到 %2&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/sysctlpane.cpp" line="441"/>
        <source>&lt;p&gt;&lt;b&gt;Expected values:&lt;/b&gt; 0 or 1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;预期取值：&lt;/b&gt;0 或 1&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/sysctlpane.cpp" line="497"/>
        <source>Saved %Ln key(s) to %1</source>
        <translation>
            <numerusform>已将 %Ln 个键保存到 %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/sysctlpane.cpp" line="407"/>
        <source>&lt;p&gt;A group of keys. Select a key to see its value and meaning.&lt;/p&gt;</source>
        <translation>&lt;p&gt;这是一组键。选择一个键以查看它的值和含义。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/sysctlpane.cpp" line="408"/>
        <source>&lt;p&gt;Select a key.&lt;/p&gt;</source>
        <translation>&lt;p&gt;请选择一个键。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/sysctlpane.cpp" line="421"/>
        <source>&lt;p&gt;&lt;b&gt;Value:&lt;/b&gt; &lt;tt&gt;%1&lt;/tt&gt;%2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;值：&lt;/b&gt;&lt;tt&gt;%1&lt;/tt&gt;%2&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/sysctlpane.cpp" line="424"/>
        <source>&lt;p&gt;&lt;b&gt;Not read:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;未读取：&lt;/b&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/sysctlpane.cpp" line="437"/>
        <source>&lt;p&gt;&lt;i&gt;We have no description of this key yet.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;我们还没有这个键的说明。&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/sysctlpane.cpp" line="442"/>
        <source>we may write it</source>
        <translation>我们可以写入</translation>
    </message>
    <message>
        <location filename="../app/gui/sysctlpane.cpp" line="443"/>
        <source>only root may write it</source>
        <translation>只有 root 可以写入</translation>
    </message>
    <message>
        <location filename="../app/gui/sysctlpane.cpp" line="443"/>
        <source>nobody may write it</source>
        <translation>任何人都不能写入</translation>
    </message>
    <message>
        <location filename="../app/gui/sysctlpane.cpp" line="444"/>
        <source>&lt;p&gt;&lt;b&gt;Access:&lt;/b&gt; mode %1, %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;访问：&lt;/b&gt;模式 %1，%2。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/sysctlpane.cpp" line="446"/>
        <source>&lt;p&gt;The same from a shell:&lt;br&gt;&lt;tt&gt;sysctl %1&lt;/tt&gt;&lt;br&gt;&lt;tt&gt;cat %2&lt;/tt&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;在 shell 中等效的做法：&lt;br&gt;&lt;tt&gt;sysctl %1&lt;/tt&gt;&lt;br&gt;&lt;tt&gt;cat %2&lt;/tt&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/sysctlpane.cpp" line="468"/>
        <location filename="../app/gui/sysctlpane.cpp" line="472"/>
        <source>Change %1</source>
        <translation>修改 %1</translation>
    </message>
    <message>
        <location filename="../app/gui/sysctlpane.cpp" line="472"/>
        <source>%1 is read-only: the kernel takes no value here.</source>
        <translation>%1 是只读的：内核不接受写入。</translation>
    </message>
    <message>
        <location filename="../app/gui/sysctlpane.cpp" line="480"/>
        <source>%1 is now %2</source>
        <translation>%1 现在为 %2</translation>
    </message>
    <message>
        <location filename="../app/gui/sysctlpane.cpp" line="487"/>
        <location filename="../app/gui/sysctlpane.cpp" line="494"/>
        <source>Save sysctl snapshot</source>
        <translation>保存 sysctl 快照</translation>
    </message>
    <message>
        <location filename="../app/gui/sysctlpane.cpp" line="489"/>
        <source>Sysctl snapshots (*.json)</source>
        <translation>Sysctl 快照 (*.json)</translation>
    </message>
    <message>
        <location filename="../app/gui/sysctlpane.cpp" line="494"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/gui/sysctlpane.cpp" line="502"/>
        <source>The older snapshot</source>
        <translation>较旧的快照</translation>
    </message>
    <message>
        <location filename="../app/gui/sysctlpane.cpp" line="502"/>
        <source>Compare a snapshot with now</source>
        <translation>将快照与当前值比较</translation>
    </message>
    <message>
        <location filename="../app/gui/sysctlpane.cpp" line="506"/>
        <source>the values now</source>
        <translation>当前值</translation>
    </message>
    <message>
        <location filename="../app/gui/sysctlpane.cpp" line="509"/>
        <source>The newer snapshot</source>
        <translation>较新的快照</translation>
    </message>
</context>
<context>
    <name>kc::SysfsAttributeModel</name>
    <message>
        <location filename="../core/models/sysfsattributemodel.cpp" line="48"/>
        <source>link</source>
        <translation>链接</translation>
    </message>
    <message>
        <location filename="../core/models/sysfsattributemodel.cpp" line="52"/>
        <source>%1 points to %2</source>
        <translation>%1 指向 %2</translation>
    </message>
    <message>
        <location filename="../core/models/sysfsattributemodel.cpp" line="73"/>
        <source>read/write</source>
        <translation>读写</translation>
    </message>
    <message>
        <location filename="../core/models/sysfsattributemodel.cpp" line="74"/>
        <source>write only</source>
        <translation>只写</translation>
    </message>
    <message>
        <location filename="../core/models/sysfsattributemodel.cpp" line="74"/>
        <source>read only</source>
        <translation>只读</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/models/sysfsattributemodel.cpp" line="79"/>
        <source>binary, %Ln byte(s); the first %1 shown in hex</source>
        <translation>
            <numerusform>二进制，%Ln 字节；以十六进制显示前 %1 字节</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/models/sysfsattributemodel.cpp" line="100"/>
        <source>Attribute</source>
        <translation>属性</translation>
    </message>
    <message>
        <location filename="../core/models/sysfsattributemodel.cpp" line="101"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../core/models/sysfsattributemodel.cpp" line="102"/>
        <source>Access</source>
        <translation>访问</translation>
    </message>
    <message>
        <location filename="../core/models/sysfsattributemodel.cpp" line="103"/>
        <source>Note</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>kc::SysfsPane</name>
    <message>
        <location filename="../app/gui/sysfspane.cpp" line="41"/>
        <source>Devices by parent</source>
        <translation>按父设备排列的设备</translation>
    </message>
    <message>
        <location filename="../app/gui/sysfspane.cpp" line="42"/>
        <source>By class</source>
        <translation>按类</translation>
    </message>
    <message>
        <location filename="../app/gui/sysfspane.cpp" line="43"/>
        <source>By bus, with drivers</source>
        <translation>按总线（含驱动）</translation>
    </message>
    <message>
        <location filename="../app/gui/sysfspane.cpp" line="44"/>
        <source>Modules</source>
        <translation>模块</translation>
    </message>
    <message>
        <location filename="../app/gui/sysfspane.cpp" line="45"/>
        <source>All of /sys</source>
        <translation>整个 /sys</translation>
    </message>
    <message>
        <location filename="../app/gui/sysfspane.cpp" line="60"/>
        <source>Which part of sysfs the tree starts from</source>
        <translation>树从 sysfs 的哪一部分开始</translation>
    </message>
    <message>
        <location filename="../app/gui/sysfspane.cpp" line="103"/>
        <source>Double-click a link to go to its target, an attribute to read it on its own</source>
        <translation>双击链接跳转到目标，双击属性单独读取它</translation>
    </message>
    <message>
        <location filename="../app/gui/sysfspane.cpp" line="147"/>
        <source>Nothing selected</source>
        <translation>未选择任何内容</translation>
    </message>
    <message>
        <location filename="../app/gui/sysfspane.cpp" line="148"/>
        <source>Pick a device, class, bus or module to see its attributes and links.</source>
        <translation>选择一个设备、类、总线或模块以查看其属性和链接。</translation>
    </message>
    <message>
        <location filename="../app/gui/sysfspane.cpp" line="178"/>
        <source>sysfs</source>
        <translation>sysfs</translation>
    </message>
    <message>
        <location filename="../app/gui/sysfspane.cpp" line="183"/>
        <source>/sys: devices, classes, buses, drivers and modules as the driver core sees them</source>
        <translation>/sys：驱动核心眼中的设备、类、总线、驱动和模块</translation>
    </message>
    <message>
        <location filename="../app/gui/sysfspane.cpp" line="217"/>
        <source>%L1 of %L2 listed entries shown; folders not opened yet are not searched</source>
        <translation>显示已列出的 %L2 项中的 %L1 项；尚未打开的文件夹不会被搜索</translation>
    </message>
    <message>
        <location filename="../app/gui/sysfspane.cpp" line="221"/>
        <source>%L1 of %L2 attributes of %3</source>
        <translation>%3 的 %L2 个属性中的 %L1 个</translation>
    </message>
    <message>
        <location filename="../app/gui/sysfspane.cpp" line="229"/>
        <source>Filter the /sys entries listed so far and the attributes shown (Ctrl+F)</source>
        <translation>过滤目前已列出的 /sys 条目和显示的属性（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../app/gui/sysfspane.cpp" line="283"/>
        <source>Reading attributes…</source>
        <translation>正在读取属性…</translation>
    </message>
    <message>
        <location filename="../app/gui/sysfspane.cpp" line="296"/>
        <source>subsystem %1</source>
        <translation>子系统 %1</translation>
    </message>
    <message>
        <location filename="../app/gui/sysfspane.cpp" line="298"/>
        <source>driver %1</source>
        <translation>驱动 %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/sysfspane.cpp" line="304"/>
        <source>%Ln attribute(s)</source>
        <translation>
            <numerusform>%Ln 个属性</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/sysfspane.cpp" line="305"/>
        <source>%Ln link(s)</source>
        <translation>
            <numerusform>%Ln 个链接</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/sysfspane.cpp" line="307"/>
        <source>%Ln unreadable</source>
        <translation>
            <numerusform>%Ln 个不可读</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/sysfspane.cpp" line="309"/>
        <source>%Ln binary</source>
        <translation>
            <numerusform>%Ln 个二进制</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/sysfspane.cpp" line="311"/>
        <source>%Ln subdirector(y/ies)</source>
        <translation>
            <numerusform>%Ln 个子目录</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kc::TraceCallModel</name>
    <message>
        <location filename="../core/models/tracecallmodel.cpp" line="270"/>
        <source>Seconds since the trace started, when the call was entered</source>
        <translation>进入调用时距跟踪开始的秒数</translation>
    </message>
    <message>
        <location filename="../core/models/tracecallmodel.cpp" line="271"/>
        <source>Process ID, and thread ID after a slash when the call came from another thread</source>
        <translation>进程 ID；若调用来自其他线程，斜杠后为线程 ID</translation>
    </message>
    <message>
        <location filename="../core/models/tracecallmodel.cpp" line="272"/>
        <source>Microseconds from entering the call to its return, as the tracer saw them</source>
        <translation>从进入调用到返回所经过的微秒数，以跟踪器所见为准</translation>
    </message>
    <message>
        <location filename="../core/models/tracecallmodel.cpp" line="273"/>
        <source>What each descriptor of the call is: a procfs file, a device node, a netlink socket …</source>
        <translation>调用的每个描述符是什么：procfs 文件、设备节点、netlink 套接字……</translation>
    </message>
    <message>
        <location filename="../core/models/tracecallmodel.cpp" line="280"/>
        <source>Time (s)</source>
        <translation>时间（秒）</translation>
    </message>
    <message>
        <location filename="../core/models/tracecallmodel.cpp" line="281"/>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <location filename="../core/models/tracecallmodel.cpp" line="282"/>
        <source>Process</source>
        <translation>进程</translation>
    </message>
    <message>
        <location filename="../core/models/tracecallmodel.cpp" line="283"/>
        <source>Call</source>
        <translation>调用</translation>
    </message>
    <message>
        <location filename="../core/models/tracecallmodel.cpp" line="284"/>
        <source>Arguments</source>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../core/models/tracecallmodel.cpp" line="285"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../core/models/tracecallmodel.cpp" line="286"/>
        <source>µs</source>
        <translation>微秒</translation>
    </message>
    <message>
        <location filename="../core/models/tracecallmodel.cpp" line="287"/>
        <source>Channel</source>
        <translation>通道</translation>
    </message>
</context>
<context>
    <name>kc::TraceController</name>
    <message>
        <location filename="../core/trace/tracecontroller.cpp" line="79"/>
        <source>A trace is already running: stop it first.</source>
        <translation>已有跟踪正在进行：请先停止它。</translation>
    </message>
    <message>
        <location filename="../core/trace/tracecontroller.cpp" line="116"/>
        <source>No command to run.</source>
        <translation>没有要运行的命令。</translation>
    </message>
    <message>
        <location filename="../core/trace/tracecontroller.cpp" line="125"/>
        <source>process %1</source>
        <translation>进程 %1</translation>
    </message>
</context>
<context>
    <name>kc::TracePane</name>
    <message>
        <location filename="../app/gui/tracepane.cpp" line="86"/>
        <source>Run and trace…</source>
        <translation>运行并跟踪…</translation>
    </message>
    <message>
        <location filename="../app/gui/tracepane.cpp" line="87"/>
        <source>Start a command under trace, following its children and threads</source>
        <translation>在跟踪下启动一个命令，并跟随其子进程和线程</translation>
    </message>
    <message>
        <location filename="../app/gui/tracepane.cpp" line="88"/>
        <source>Attach to PID…</source>
        <translation>附加到 PID…</translation>
    </message>
    <message>
        <location filename="../app/gui/tracepane.cpp" line="89"/>
        <source>Trace a running process, where the kernel lets us (Yama&apos;s ptrace_scope, its owner)</source>
        <translation>跟踪一个正在运行的进程，前提是内核允许（取决于 Yama 的 ptrace_scope 和该进程的所有者）</translation>
    </message>
    <message>
        <location filename="../app/gui/tracepane.cpp" line="90"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../app/gui/tracepane.cpp" line="91"/>
        <source>Stop tracing: the traced process is detached and runs on (or is ended, if you chose so when starting it)</source>
        <translation>停止跟踪：被跟踪的进程被分离并继续运行（如果启动时选择了结束它，则会被结束）</translation>
    </message>
    <message>
        <location filename="../app/gui/tracepane.cpp" line="92"/>
        <source>Follow</source>
        <translation>跟随</translation>
    </message>
    <message>
        <location filename="../app/gui/tracepane.cpp" line="92"/>
        <source>Keep the newest call in view</source>
        <translation>始终显示最新的调用</translation>
    </message>
    <message>
        <location filename="../app/gui/tracepane.cpp" line="95"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../app/gui/tracepane.cpp" line="95"/>
        <source>Copy or save the calls shown</source>
        <translation>复制或保存显示的调用</translation>
    </message>
    <message>
        <location filename="../app/gui/tracepane.cpp" line="98"/>
        <source>Copy selected rows</source>
        <translation>复制选中的行</translation>
    </message>
    <message>
        <location filename="../app/gui/tracepane.cpp" line="100"/>
        <source>Copy selected rows as JSON</source>
        <translation>将选中的行复制为 JSON</translation>
    </message>
    <message>
        <location filename="../app/gui/tracepane.cpp" line="102"/>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <location filename="../app/gui/tracepane.cpp" line="103"/>
        <source>Write the calls shown as JSON lines (as kchan trace --json does, and as Open reads them back) or as text (as kchan trace prints them)</source>
        <translation>把显示的调用写成 JSON 行（与 kchan trace --json 相同，“打开”可以读回）或文本（与 kchan trace 的输出相同）</translation>
    </message>
    <message>
        <location filename="../app/gui/tracepane.cpp" line="108"/>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <location filename="../app/gui/tracepane.cpp" line="109"/>
        <source>Show a trace saved as JSON lines, by this pane or by kchan trace --json</source>
        <translation>显示保存为 JSON 行的跟踪，由本面板或 kchan trace --json 保存</translation>
    </message>
    <message>
        <location filename="../app/gui/tracepane.cpp" line="314"/>
        <source>%L1 of %L2 calls shown</source>
        <translation>显示 %L2 个调用中的 %L1 个</translation>
    </message>
    <message>
        <location filename="../app/gui/tracepane.cpp" line="481"/>
        <source>Tracing %1 (process %2) with %3 …</source>
        <translation>正在用 %3 跟踪 %1（进程 %2）……</translation>
    </message>
    <message>
        <location filename="../app/gui/tracepane.cpp" line="483"/>
        <source>Tracing process %1 with %2 …</source>
        <translation>正在用 %2 跟踪进程 %1……</translation>
    </message>
    <message>
        <location filename="../app/gui/tracepane.cpp" line="126"/>
        <source>Show only the calls on one channel</source>
        <translation>只显示某一个通道上的调用</translation>
    </message>
    <message>
        <location filename="../app/gui/tracepane.cpp" line="127"/>
        <source>Every channel</source>
        <translation>所有通道</translation>
    </message>
    <message>
        <location filename="../app/gui/tracepane.cpp" line="133"/>
        <source>Any PID</source>
        <translation>任意 PID</translation>
    </message>
    <message>
        <location filename="../app/gui/tracepane.cpp" line="134"/>
        <source>Show only the calls of one process or thread</source>
        <translation>只显示某一个进程或线程的调用</translation>
    </message>
    <message>
        <location filename="../app/gui/tracepane.cpp" line="139"/>
        <source>Errors only</source>
        <translation>仅错误</translation>
    </message>
    <message>
        <location filename="../app/gui/tracepane.cpp" line="140"/>
        <source>Show only the calls that returned an error</source>
        <translation>只显示返回错误的调用</translation>
    </message>
    <message>
        <location filename="../app/gui/tracepane.cpp" line="143"/>
        <source>What the traced program did on each channel</source>
        <translation>被跟踪的程序在每个通道上做了什么</translation>
    </message>
    <message>
        <location filename="../app/gui/tracepane.cpp" line="145"/>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <location filename="../app/gui/tracepane.cpp" line="176"/>
        <source>&amp;Copy selected rows</source>
        <translation>复制选中的行(&amp;C)</translation>
    </message>
    <message>
        <location filename="../app/gui/tracepane.cpp" line="187"/>
        <source>Show the process&apos;s &amp;channels</source>
        <translation>显示该进程的通道(&amp;C)</translation>
    </message>
    <message>
        <location filename="../app/gui/tracecallview.cpp" line="40"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../app/gui/tracecallview.cpp" line="40"/>
        <location filename="../app/gui/tracecallview.cpp" line="46"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../app/gui/tracecallview.cpp" line="46"/>
        <source>Netlink message</source>
        <translation>Netlink 消息</translation>
    </message>
    <message>
        <location filename="../app/gui/tracecallview.cpp" line="46"/>
        <source>Bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <location filename="../app/gui/tracepane.cpp" line="207"/>
        <source>% time</source>
        <translation>时间 %</translation>
    </message>
    <message>
        <location filename="../app/gui/tracepane.cpp" line="207"/>
        <source>Seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <location filename="../app/gui/tracepane.cpp" line="207"/>
        <source>µs/call</source>
        <translation>微秒/调用</translation>
    </message>
    <message>
        <location filename="../app/gui/tracepane.cpp" line="207"/>
        <source>Calls</source>
        <translation>调用次数</translation>
    </message>
    <message>
        <location filename="../app/gui/tracepane.cpp" line="207"/>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../app/gui/tracecallview.cpp" line="146"/>
        <location filename="../app/gui/tracepane.cpp" line="207"/>
        <source>Call</source>
        <translation>调用</translation>
    </message>
    <message>
        <location filename="../app/gui/tracepane.cpp" line="208"/>
        <source>Share of the time spent inside calls, as strace -c counts it</source>
        <translation>在调用内所花时间的占比，与 strace -c 的算法相同</translation>
    </message>
    <message>
        <location filename="../app/gui/tracepane.cpp" line="223"/>
        <source>Calls</source>
        <comment>the tab holding the list of calls</comment>
        <translation>调用列表</translation>
    </message>
    <message>
        <location filename="../app/gui/tracepane.cpp" line="224"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../app/gui/tracepane.cpp" line="261"/>
        <source>Process %1 %2</source>
        <translation>进程 %1 %2</translation>
    </message>
    <message>
        <location filename="../app/gui/tracepane.cpp" line="264"/>
        <source>Run a command under trace, or attach to a running process, to see each system call it makes, decoded, on the channel it uses: a procfs file, a device node, a netlink socket …</source>
        <translation>在跟踪下运行一个命令，或附加到一个正在运行的进程，查看它发出的每个系统调用（已解码）及其所用的通道：procfs 文件、设备节点、netlink 套接字……</translation>
    </message>
    <message>
        <location filename="../app/gui/tracepane.cpp" line="273"/>
        <source>Trace</source>
        <translation>跟踪</translation>
    </message>
    <message>
        <location filename="../app/gui/tracepane.cpp" line="278"/>
        <source>One program&apos;s system calls in order, decoded, each on the channel it uses</source>
        <translation>一个程序按顺序发出的系统调用，已解码，各自标明所用的通道</translation>
    </message>
    <message>
        <location filename="../app/gui/tracepane.cpp" line="332"/>
        <source>Type the command to run, with its arguments.</source>
        <translation>请输入要运行的命令及其参数。</translation>
    </message>
    <message>
        <location filename="../app/gui/tracepane.cpp" line="349"/>
        <source>Not system calls of this architecture: %1.</source>
        <translation>不是本架构的系统调用：%1。</translation>
    </message>
    <message>
        <location filename="../app/gui/tracepane.cpp" line="367"/>
        <source>Cannot attach to process %1. %2</source>
        <translation>无法附加到进程 %1。%2</translation>
    </message>
    <message>
        <location filename="../app/gui/tracerundialog.cpp" line="28"/>
        <location filename="../app/gui/tracerundialog.cpp" line="73"/>
        <source>Run and trace</source>
        <translation>运行并跟踪</translation>
    </message>
    <message>
        <location filename="../app/gui/tracerundialog.cpp" line="30"/>
        <source>cat /proc/meminfo</source>
        <translation>cat /proc/meminfo</translation>
    </message>
    <message>
        <location filename="../app/gui/tracerundialog.cpp" line="31"/>
        <source>The program and its arguments, split as a shell would split words (quotes, no variables)</source>
        <translation>程序及其参数，按 shell 的方式拆分单词（支持引号，不展开变量）</translation>
    </message>
    <message>
        <location filename="../app/gui/tracerundialog.cpp" line="36"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../app/gui/tracerundialog.cpp" line="38"/>
        <source>Working directory</source>
        <translation>工作目录</translation>
    </message>
    <message>
        <location filename="../app/gui/tracerundialog.cpp" line="46"/>
        <source>Every call</source>
        <translation>所有调用</translation>
    </message>
    <message>
        <location filename="../app/gui/tracerundialog.cpp" line="47"/>
        <source>Trace only these calls, e.g. openat, read, ioctl: a seccomp filter lets the others run at full speed. Such a command is ended when the trace stops.</source>
        <translation>只跟踪这些调用，例如 openat、read、ioctl：seccomp 过滤器让其余调用全速运行。这样启动的命令会在跟踪停止时被结束。</translation>
    </message>
    <message>
        <location filename="../app/gui/tracerundialog.cpp" line="51"/>
        <source> bytes</source>
        <translation> 字节</translation>
    </message>
    <message>
        <location filename="../app/gui/tracerundialog.cpp" line="53"/>
        <source>Strings and buffers are cut at this length, and say so</source>
        <translation>字符串和缓冲区在此长度处截断，并注明已截断</translation>
    </message>
    <message>
        <location filename="../app/gui/tracerundialog.cpp" line="54"/>
        <source>End the command when the trace stops</source>
        <translation>跟踪停止时结束该命令</translation>
    </message>
    <message>
        <location filename="../app/gui/tracerundialog.cpp" line="55"/>
        <source>Otherwise Stop detaches and the command runs on, untraced</source>
        <translation>否则“停止”只会分离，命令将在不被跟踪的情况下继续运行</translation>
    </message>
    <message>
        <location filename="../app/gui/tracerundialog.cpp" line="58"/>
        <source>Automatic: BPF where it can be had, else ptrace</source>
        <translation>自动：能用 BPF 时用 BPF，否则用 ptrace</translation>
    </message>
    <message>
        <location filename="../app/gui/tracerundialog.cpp" line="59"/>
        <source>BPF: the program never stops for the tracer (root)</source>
        <translation>BPF：程序从不为跟踪者停下（需要 root）</translation>
    </message>
    <message>
        <location filename="../app/gui/tracerundialog.cpp" line="60"/>
        <source>ptrace: the program stops at each traced call</source>
        <translation>ptrace：程序在每个被跟踪的调用处停下</translation>
    </message>
    <message>
        <location filename="../app/gui/tracerundialog.cpp" line="63"/>
        <source>BPF copies each call&apos;s memory in the kernel and costs the program far less time</source>
        <translation>BPF 在内核中复制每个调用的内存，给程序带来的开销小得多</translation>
    </message>
    <message>
        <location filename="../app/gui/tracerundialog.cpp" line="64"/>
        <source>BPF cannot be had here: %1</source>
        <translation>此处无法使用 BPF：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/tracerundialog.cpp" line="66"/>
        <source>Command:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <location filename="../app/gui/tracerundialog.cpp" line="67"/>
        <source>Working directory:</source>
        <translation>工作目录：</translation>
    </message>
    <message>
        <location filename="../app/gui/tracerundialog.cpp" line="68"/>
        <source>Only these calls:</source>
        <translation>只跟踪这些调用：</translation>
    </message>
    <message>
        <location filename="../app/gui/tracerundialog.cpp" line="69"/>
        <source>Show at most:</source>
        <translation>最多显示：</translation>
    </message>
    <message>
        <location filename="../app/gui/tracerundialog.cpp" line="70"/>
        <source>Catch calls with:</source>
        <translation>捕获调用的方式：</translation>
    </message>
    <message>
        <location filename="../app/gui/tracepane.cpp" line="387"/>
        <source>Attach to a process</source>
        <translation>附加到进程</translation>
    </message>
    <message>
        <location filename="../app/gui/tracepane.cpp" line="388"/>
        <source>Process ID to trace. It runs on, untraced, when the trace stops.</source>
        <translation>要跟踪的进程 ID。跟踪停止后，它将在不被跟踪的情况下继续运行。</translation>
    </message>
    <message>
        <location filename="../app/gui/tracepanefiles.cpp" line="84"/>
        <source>JSON lines, as kchan trace --json writes them (*.jsonl)</source>
        <translation>JSON 行，与 kchan trace --json 的输出相同（*.jsonl）</translation>
    </message>
    <message>
        <location filename="../app/gui/tracepanefiles.cpp" line="85"/>
        <source>Text, as kchan trace prints it (*.txt)</source>
        <translation>文本，与 kchan trace 的输出相同（*.txt）</translation>
    </message>
    <message>
        <location filename="../app/gui/tracepanefiles.cpp" line="87"/>
        <source>Save the calls</source>
        <translation>保存调用</translation>
    </message>
    <message>
        <location filename="../app/gui/tracepanefiles.cpp" line="102"/>
        <source>Stop the trace before opening a saved one.</source>
        <translation>打开已保存的跟踪之前，请先停止当前跟踪。</translation>
    </message>
    <message>
        <location filename="../app/gui/tracepanefiles.cpp" line="104"/>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/gui/tracepanefiles.cpp" line="106"/>
        <source>%1 is larger than a saved trace can be (1 GiB).</source>
        <translation>%1 超过了已保存跟踪的大小上限（1 GiB）。</translation>
    </message>
    <message>
        <location filename="../app/gui/tracepanefiles.cpp" line="110"/>
        <source>%1 holds no calls.</source>
        <translation>%1 中没有调用。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/tracepanefiles.cpp" line="114"/>
        <source>%1: a saved trace, %Ln call(s).</source>
        <translation>
            <numerusform>%1：已保存的跟踪，%Ln 个调用。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/tracepanefiles.cpp" line="136"/>
        <source>Open a saved trace</source>
        <translation>打开已保存的跟踪</translation>
    </message>
    <message>
        <location filename="../app/gui/tracepanefiles.cpp" line="137"/>
        <source>JSON lines (*.jsonl *.json);;All files (*)</source>
        <translation>JSON 行 (*.jsonl *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/tracepanefiles.cpp" line="93"/>
        <source>Save failed</source>
        <translation>保存失败</translation>
    </message>
    <message>
        <location filename="../app/gui/tracepanefiles.cpp" line="78"/>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/tracepane.cpp" line="429"/>
        <source>%Ln call(s)</source>
        <translation>
            <numerusform>%Ln 次调用</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/tracepane.cpp" line="431"/>
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln 次失败</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/tracepane.cpp" line="433"/>
        <source>%Ln oldest dropped from the table</source>
        <translation>
            <numerusform>表格中最早的 %Ln 条已丢弃</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/tracepane.cpp" line="435"/>
        <source>%Ln shown</source>
        <translation>
            <numerusform>显示 %Ln 条</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/tracepane.cpp" line="444"/>
        <source>No call on a descriptor yet.</source>
        <translation>还没有作用于描述符的调用。</translation>
    </message>
    <message>
        <location filename="../app/gui/tracepane.cpp" line="466"/>
        <source>total</source>
        <translation>合计</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/tracepane.cpp" line="497"/>
        <source>%1 was killed by signal %2 after %Ln call(s).</source>
        <translation>
            <numerusform>%1 在 %Ln 次调用后被信号 %2 终止。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/tracepane.cpp" line="499"/>
        <source>%1 exited with status %2 after %Ln call(s).</source>
        <translation>
            <numerusform>%1 在 %Ln 次调用后退出，退出状态为 %2。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/tracepane.cpp" line="501"/>
        <source>Stopped after %Ln call(s): detached from process %1, which runs on untraced.</source>
        <translation>
            <numerusform>在 %Ln 次调用后停止：已与进程 %1 分离，它将在不被跟踪的情况下继续运行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/tracepane.cpp" line="504"/>
        <source>Stopped after %Ln call(s): %1 was ended.</source>
        <translation>
            <numerusform>在 %Ln 次调用后停止：%1 已被结束。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/tracepane.cpp" line="506"/>
        <source>Stopped after %Ln call(s): detached from %1 (process %2), which runs on untraced.</source>
        <translation>
            <numerusform>在 %Ln 次调用后停止：已与 %1（进程 %2）分离，它将在不被跟踪的情况下继续运行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/tracepane.cpp" line="510"/>
        <source>The trace of %1 ended after %Ln call(s).</source>
        <translation>
            <numerusform>对 %1 的跟踪在 %Ln 次调用后结束。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/tracepane.cpp" line="514"/>
        <source>%Ln call(s) were lost: the program made them faster than they could be shown.</source>
        <translation>
            <numerusform>丢失了 %Ln 次调用：程序发出调用的速度超过了显示的速度。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/tracepane.cpp" line="517"/>
        <location filename="../app/gui/tracepanefiles.cpp" line="116"/>
        <source>The table keeps the newest %Ln call(s); %1 older ones were dropped from it (the summary counts them all).</source>
        <translation>
            <numerusform>表格只保留最新的 %Ln 次调用；更早的 %1 次已从表格中丢弃（摘要仍统计全部调用）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/tracecallview.cpp" line="81"/>
        <source>Netlink datagram, the first %Ln byte(s):</source>
        <translation>
            <numerusform>Netlink 数据报，前 %Ln 字节：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/tracecallview.cpp" line="82"/>
        <source>Netlink datagram, %Ln byte(s):</source>
        <translation>
            <numerusform>Netlink 数据报，%Ln 字节：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/tracecallview.cpp" line="102"/>
        <source>%1, %Ln byte(s) as copied from the program:</source>
        <translation>
            <numerusform>%1，从程序复制来的 %Ln 字节：</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/tracecallview.cpp" line="118"/>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <location filename="../app/gui/tracecallview.cpp" line="147"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../app/gui/tracecallview.cpp" line="147"/>
        <source>none: the call did not return</source>
        <translation>无：调用没有返回</translation>
    </message>
    <message>
        <location filename="../app/gui/tracecallview.cpp" line="153"/>
        <source>Process</source>
        <translation>进程</translation>
    </message>
    <message>
        <location filename="../app/gui/tracecallview.cpp" line="153"/>
        <source>%1, process %2</source>
        <translation>%1，进程 %2</translation>
    </message>
    <message>
        <location filename="../app/gui/tracecallview.cpp" line="154"/>
        <source>%1, process %2, thread %3</source>
        <translation>%1，进程 %2，线程 %3</translation>
    </message>
    <message>
        <location filename="../app/gui/tracecallview.cpp" line="156"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../app/gui/tracecallview.cpp" line="156"/>
        <source>entered %1 s after the trace started, returned after %2 µs</source>
        <translation>跟踪开始后 %1 秒进入，%2 微秒后返回</translation>
    </message>
    <message>
        <location filename="../app/gui/tracecallview.cpp" line="157"/>
        <source>entered %1 s after the trace started, did not return</source>
        <translation>跟踪开始后 %1 秒进入，没有返回</translation>
    </message>
    <message>
        <location filename="../app/gui/tracecallview.cpp" line="159"/>
        <source>Arguments</source>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../app/gui/tracecallview.cpp" line="165"/>
        <source>fd %1</source>
        <translation>fd %1</translation>
    </message>
    <message>
        <location filename="../app/gui/tracecallview.cpp" line="165"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../app/gui/tracecallview.cpp" line="169"/>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../app/gui/tracecallview.cpp" line="171"/>
        <source>Bound in sysfs</source>
        <translation>sysfs 中绑定的驱动</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/tracecallview.cpp" line="177"/>
        <source>%Ln netlink message(s), %1 bytes (cut short)</source>
        <translation>
            <numerusform>%Ln 条 netlink 消息，%1 字节（已截断）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/tracecallview.cpp" line="179"/>
        <source>%Ln netlink message(s), %1 bytes</source>
        <translation>
            <numerusform>%Ln 条 netlink 消息，%1 字节</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/tracepanelinks.cpp" line="17"/>
        <location filename="../app/gui/tracepanelinks.cpp" line="56"/>
        <source>Open the channel&apos;s pane</source>
        <translation>打开通道所在的面板</translation>
    </message>
    <message>
        <location filename="../app/gui/tracepanelinks.cpp" line="23"/>
        <source>Show me the code</source>
        <translation>给我看代码</translation>
    </message>
    <message>
        <location filename="../app/gui/tracepanelinks.cpp" line="25"/>
        <source>A small C program making this system call, in the Explain panel</source>
        <translation>一个发起此系统调用的小 C 程序，显示在解释面板中</translation>
    </message>
    <message>
        <location filename="../app/gui/tracepanelinks.cpp" line="49"/>
        <source>Open in the procfs pane</source>
        <translation>在 procfs 面板中打开</translation>
    </message>
    <message>
        <location filename="../app/gui/tracepanelinks.cpp" line="50"/>
        <source>Open in the sysfs pane</source>
        <translation>在 sysfs 面板中打开</translation>
    </message>
    <message>
        <location filename="../app/gui/tracepanelinks.cpp" line="51"/>
        <source>Open in the Devices pane</source>
        <translation>在设备面板中打开</translation>
    </message>
    <message>
        <location filename="../app/gui/tracepanelinks.cpp" line="52"/>
        <source>Open the netlink pane</source>
        <translation>打开 netlink 面板</translation>
    </message>
    <message>
        <location filename="../app/gui/tracepanelinks.cpp" line="57"/>
        <source>The selected call used no procfs or sysfs file, device node or netlink socket</source>
        <translation>所选调用没有使用 procfs 或 sysfs 文件、设备节点或 netlink 套接字</translation>
    </message>
    <message>
        <location filename="../app/gui/tracepanelinks.cpp" line="58"/>
        <source>Show what the call used in the pane of its channel</source>
        <translation>在调用所用通道的面板中显示它</translation>
    </message>
</context>
<context>
    <name>kc::Tracer</name>
    <message>
        <location filename="../core/trace/tracelaunch.cpp" line="152"/>
        <source>Could not start %1: %2</source>
        <translation>无法启动 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/trace/tracelaunch.cpp" line="167"/>
        <source>Cannot run %1: %2</source>
        <translation>无法运行 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/trace/tracelaunch.cpp" line="168"/>
        <source>Cannot change to the directory %1: %2</source>
        <translation>无法进入目录 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/trace/tracelaunch.cpp" line="169"/>
        <source>Cannot install the seccomp filter: %1</source>
        <translation>无法安装 seccomp 过滤器：%1</translation>
    </message>
    <message>
        <location filename="../core/trace/tracelaunch.cpp" line="170"/>
        <source>Cannot redirect the standard streams of %1: %2</source>
        <translation>无法重定向 %1 的标准流：%2</translation>
    </message>
</context>
<context>
    <name>kc::UeventLogModel</name>
    <message>
        <location filename="../core/models/ueventlogmodel.cpp" line="85"/>
        <source>lost</source>
        <translation>丢失</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/models/ueventlogmodel.cpp" line="89"/>
        <source>about %Ln event(s) lost: the receive buffer overflowed; devices were rescanned</source>
        <translation>
            <numerusform>约丢失 %Ln 个事件：接收缓冲区溢出；已重新扫描设备</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/models/ueventlogmodel.cpp" line="90"/>
        <source>events lost: the receive buffer overflowed; devices were rescanned</source>
        <translation>事件丢失：接收缓冲区溢出；已重新扫描设备</translation>
    </message>
    <message>
        <location filename="../core/models/ueventlogmodel.cpp" line="124"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../core/models/ueventlogmodel.cpp" line="125"/>
        <source>Seq</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../core/models/ueventlogmodel.cpp" line="126"/>
        <source>Action</source>
        <translation>动作</translation>
    </message>
    <message>
        <location filename="../core/models/ueventlogmodel.cpp" line="127"/>
        <source>Subsystem</source>
        <translation>子系统</translation>
    </message>
    <message>
        <location filename="../core/models/ueventlogmodel.cpp" line="128"/>
        <source>Device path</source>
        <translation>设备路径</translation>
    </message>
    <message>
        <location filename="../core/models/ueventlogmodel.cpp" line="129"/>
        <source>Other properties</source>
        <translation>其他属性</translation>
    </message>
</context>
<context>
    <name>kc::UeventMonitor</name>
    <message>
        <location filename="../core/devices/ueventmonitor.cpp" line="61"/>
        <source>Cannot open a kernel uevent socket: %1.</source>
        <translation>无法打开内核 uevent 套接字：%1。</translation>
    </message>
    <message>
        <location filename="../core/devices/ueventmonitor.cpp" line="73"/>
        <source>Cannot listen to kernel uevents: %1.</source>
        <translation>无法监听内核 uevent：%1。</translation>
    </message>
</context>
<context>
    <name>kc::ViewActions</name>
    <message>
        <location filename="../app/gui/viewactions.cpp" line="31"/>
        <source>&amp;Copy row</source>
        <translation>复制行(&amp;C)</translation>
    </message>
    <message>
        <location filename="../app/gui/viewactions.cpp" line="51"/>
        <source>Copy &amp;path</source>
        <translation>复制路径(&amp;P)</translation>
    </message>
    <message>
        <location filename="../app/gui/viewactions.cpp" line="75"/>
        <location filename="../app/gui/viewactions.cpp" line="78"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../app/gui/viewactions.cpp" line="78"/>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../app/gui/viewactions.cpp" line="105"/>
        <source>&amp;Pin to chart</source>
        <translation>固定到图表(&amp;P)</translation>
    </message>
    <message>
        <location filename="../app/gui/viewactions.cpp" line="106"/>
        <source>Chart this number over time in the Charts pane</source>
        <translation>在“图表”窗格中绘制此数值随时间的变化</translation>
    </message>
    <message>
        <location filename="../app/gui/viewactions.cpp" line="112"/>
        <source>&amp;Why can&apos;t I reach it?</source>
        <translation>为什么无法访问(&amp;W)？</translation>
    </message>
    <message>
        <location filename="../app/gui/viewactions.cpp" line="113"/>
        <source>Check on this machine what stands in the way, with the evidence</source>
        <translation>在本机上检查是什么挡住了去路，并给出证据</translation>
    </message>
</context>
<context>
    <name>kc::WhyPane</name>
    <message>
        <location filename="../app/gui/whypane.cpp" line="38"/>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <location filename="../app/gui/whypane.cpp" line="47"/>
        <source>A path, netlink:PROTOCOL or syscall:NAME</source>
        <translation>路径、netlink:协议 或 syscall:名称</translation>
    </message>
    <message>
        <location filename="../app/gui/whypane.cpp" line="49"/>
        <source>Examples: /proc/1/environ, /dev/ttyS0, netlink:NETLINK_AUDIT, syscall:bpf</source>
        <translation>例如：/proc/1/environ、/dev/ttyS0、netlink:NETLINK_AUDIT、syscall:bpf</translation>
    </message>
    <message>
        <location filename="../app/gui/whypane.cpp" line="54"/>
        <source>PID (for syscalls)</source>
        <translation>PID（用于系统调用）</translation>
    </message>
    <message>
        <location filename="../app/gui/whypane.cpp" line="55"/>
        <source>For syscall:NAME: whose seccomp filter to check. Empty: Kernel Channels itself.</source>
        <translation>用于 syscall:名称：检查哪个进程的 seccomp 过滤器。留空则为内核通道自身。</translation>
    </message>
    <message>
        <location filename="../app/gui/whypane.cpp" line="61"/>
        <source>Why can&apos;t I reach</source>
        <translation>为什么无法访问</translation>
    </message>
    <message>
        <location filename="../app/gui/whypane.cpp" line="70"/>
        <source>Try: %1</source>
        <translation>试试：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/whypane.cpp" line="81"/>
        <source>Type what you cannot read, open or use, and press Enter. Every check reads this machine: nothing is written, and device nodes are never opened.</source>
        <translation>输入你无法读取、打开或使用的对象，然后按回车。每项检查都读取本机的信息：不会写入任何东西，也从不打开设备节点。</translation>
    </message>
    <message>
        <location filename="../app/gui/whypane.cpp" line="83"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../app/gui/whypane.cpp" line="83"/>
        <source>Copy the checklist as text</source>
        <translation>以文本形式复制检查清单</translation>
    </message>
    <message>
        <location filename="../app/gui/whypane.cpp" line="103"/>
        <source>Why?</source>
        <translation>为什么？</translation>
    </message>
    <message>
        <location filename="../app/gui/whypane.cpp" line="108"/>
        <source>Why can&apos;t I read a file, open a device, use a netlink protocol or make a system call?</source>
        <translation>为什么我无法读取文件、打开设备、使用 netlink 协议或进行系统调用？</translation>
    </message>
    <message>
        <location filename="../app/gui/whypane.cpp" line="125"/>
        <source>no check made yet</source>
        <translation>尚未进行检查</translation>
    </message>
    <message>
        <location filename="../app/gui/whypane.cpp" line="129"/>
        <source>%L1 of %L2 checks shown</source>
        <translation>显示 %L2 项检查中的 %L1 项</translation>
    </message>
    <message>
        <location filename="../app/gui/whypane.cpp" line="161"/>
        <source>Checking %1 …</source>
        <translation>正在检查 %1 …</translation>
    </message>
    <message>
        <location filename="../app/gui/whypane.cpp" line="187"/>
        <source>%1: something is in the way</source>
        <translation>%1：有东西挡住了</translation>
    </message>
    <message>
        <location filename="../app/gui/whypane.cpp" line="186"/>
        <source>%1: nothing in the way</source>
        <translation>%1：没有障碍</translation>
    </message>
    <message>
        <location filename="../app/gui/whypane.cpp" line="188"/>
        <source>%1: in the way: %2</source>
        <translation>%1：受阻于“%2”</translation>
    </message>
    <message>
        <location filename="../app/gui/whypane.cpp" line="208"/>
        <source>Out of reach</source>
        <translation>无法访问</translation>
    </message>
    <message>
        <location filename="../app/gui/whypane.cpp" line="208"/>
        <source>Reachable</source>
        <translation>可以访问</translation>
    </message>
    <message>
        <location filename="../app/gui/whypane.cpp" line="225"/>
        <location filename="../app/gui/whypane.cpp" line="239"/>
        <source>What to do: %1</source>
        <translation>怎么办：%1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="73"/>
        <source>See every channel between the Linux kernel and user space: procfs, sysfs, device nodes, netlink and system calls.</source>
        <translation>查看 Linux 内核与用户空间之间的每一条通道：procfs、sysfs、设备节点、netlink 和系统调用。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="47"/>
        <source>Write a PNG of every pane into DIR, then quit.</source>
        <translation>把每个面板的 PNG 截图写入 DIR，然后退出。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="50"/>
        <source>Size of the window in the screenshots (default 1280x800).</source>
        <translation>截图中窗口的尺寸（默认 1280x800）。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="52"/>
        <source>Colour theme: system, light or dark.</source>
        <translation>配色主题：system、light 或 dark。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="55"/>
        <source>Language, e.g. zh_CN or en (default: the system&apos;s).</source>
        <translation>界面语言，例如 zh_CN 或 en（默认跟随系统）。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="58"/>
        <source>Open this pane first: map, procfs, sysctl, syscalls, sysfs, devices, netlink, charts, process, why or trace (or its number, from 1).</source>
        <translation>首先打开此面板：map、procfs、sysctl、syscalls、sysfs、devices、netlink、charts、process、why 或 trace（或其编号，从 1 开始）。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="62"/>
        <source>Show another machine, through ssh [USER@]HOST kchan agent --stdio.</source>
        <translation>经由 ssh [USER@]HOST kchan agent --stdio 显示另一台机器。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="65"/>
        <source>Show the machine of the agent this shell command line starts.</source>
        <translation>显示由这条 shell 命令行启动的代理所在的机器。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="68"/>
        <source>Inside Flatpak, show the sandbox and start no agent on the host.</source>
        <translation>在 Flatpak 中显示沙箱，不在主机上启动代理。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="152"/>
        <source>Unknown theme &quot;%1&quot;: use system, light or dark.</source>
        <translation>未知主题“%1”：请使用 system、light 或 dark。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="167"/>
        <source>Cannot show %1: %2</source>
        <translation>无法显示 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/gui/hostview.cpp" line="20"/>
        <source>the host</source>
        <translation>主机</translation>
    </message>
    <message>
        <location filename="../app/gui/hostview.cpp" line="24"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="183"/>
        <source>Unknown pane &quot;%1&quot;: use one of %2.</source>
        <translation>未知面板“%1”：请使用 %2 之一。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="196"/>
        <source>Unknown size &quot;%1&quot;: give WIDTHxHEIGHT, such as 1024x700.</source>
        <translation>未知尺寸“%1”：请给出 宽x高，例如 1024x700。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/main.cpp" line="207"/>
        <source>%Ln screenshot(s) written.</source>
        <translation>
            <numerusform>已写入 %Ln 张截图。</numerusform>
        </translation>
    </message>
</context>
</TS>
