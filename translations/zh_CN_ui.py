#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
# Fills the Simplified Chinese translation of the user-interface strings in
# kernel-channels_zh_CN.ts. Run after lupdate; entries it does not know are
# left as they are (unfinished), so the file can be completed by hand or in
# Qt Linguist.
import sys
import xml.etree.ElementTree as ET

ZH = {
    # main window
    'Kernel Channels': '内核通道',
    'Channels': '通道',
    'Filter the current view (Ctrl+F)': '过滤当前视图（Ctrl+F）',
    'Filter': '过滤',
    'Main': '主工具栏',
    '&Refresh': '刷新(&R)',
    'Read the current directory and file again (F5)': '重新读取当前目录和文件（F5）',
    '&File': '文件(&F)',
    '&Quit': '退出(&Q)',
    '&View': '视图(&V)',
    '&Theme': '主题(&T)',
    '&Help': '帮助(&H)',
    '&About Kernel Channels': '关于内核通道(&A)',
    'About &Qt': '关于 &Qt',
    'About Kernel Channels': '关于内核通道',
    '<h3>Kernel Channels %1</h3><p>See every channel between the Linux kernel and user space: procfs, sysfs, device nodes, netlink and system calls.</p><p>Licensed under the GNU GPL, version 2 or later.</p>':
        '<h3>内核通道 %1</h3><p>查看 Linux 内核与用户空间之间的每一条通道：procfs、sysfs、设备节点、netlink 和系统调用。</p><p>依据 GNU GPL 第 2 版或更高版本授权。</p>',
    'Cannot create the directory %1.': '无法创建目录 %1。',
    # themes
    'Light': '浅色',
    'Dark': '深色',
    'System': '跟随系统',
    # status bar
    'Running as root: every process and root-only file is visible.': '以 root 身份运行：所有进程和仅 root 可读的文件都可见。',
    "Running as %1 (uid %2): other users' process details and root-only files need root.":
        '以 %1（uid %2）身份运行：其他用户进程的详细信息和仅 root 可读的文件需要 root 权限。',
    "Flatpak sandbox: /proc shows the sandbox's own processes, not the host's.": 'Flatpak 沙箱：/proc 显示的是沙箱自己的进程，而不是主机的。',
    "Not sandboxed; /proc is mounted with hidepid=%1, so other users' processes are hidden.": '未在沙箱中；/proc 以 hidepid=%1 挂载，因此其他用户的进程被隐藏。',
    "Not sandboxed: the host's kernel as it is.": '未在沙箱中：看到的是主机内核的真实情况。',
    # procfs pane
    'Show &kernel threads': '显示内核线程(&K)',
    'Kernel threads have no user-space program; they are shown in grey italics': '内核线程没有用户空间程序；它们以灰色斜体显示',
    'Listing…': '正在列出…',
    'procfs': 'procfs',
    '/proc: processes and kernel state as files': '/proc：以文件形式呈现的进程和内核状态',
    'Nothing selected': '未选择任何内容',
    'Pick a file in the tree to read it.': '在树中选择一个文件以读取它。',
    'A directory. Expand it to see its entries.': '这是一个目录。展开它以查看其中的条目。',
    'A link to the directory %1. Expand it to see its entries.': '指向目录 %1 的链接。展开它以查看其中的条目。',
    'A link to %1. Links like exe, cwd, root and fd/N show what the process uses; their targets are outside /proc and are not read here.':
        '指向 %1 的链接。exe、cwd、root 和 fd/N 这类链接表示进程正在使用的对象；它们的目标在 /proc 之外，这里不会读取。',
    'A link whose target cannot be read.': '无法读取目标的链接。',
    # tree model
    '%1  %2': '%1  %2',
    '%1 points to %2': '%1 指向 %2',
    'Name': '名称',
    'Type': '类型',
    'Target or note': '目标或说明',
    'Mode': '权限',
    'Owner UID': '所有者 UID',
    'directory': '目录',
    'file': '文件',
    'link': '链接',
    'kernel thread': '内核线程',
    'process': '进程',
    'thread': '线程',
    'other': '其他',
    'Write-only: the kernel takes input here but gives nothing to read.': '只写：内核在这里接收输入，但不提供可读内容。',
    'Not a regular file; not read.': '不是普通文件；未读取。',
    # file view
    'Off': '关闭',
    '0.5 s': '0.5 秒',
    '1 s': '1 秒',
    '2 s': '2 秒',
    '5 s': '5 秒',
    'Re-read the file at this interval; changed values light up briefly': '按此间隔重新读取文件；变化的值会短暂高亮',
    'Auto-refresh:': '自动刷新：',
    'Reload': '重新加载',
    'Read the file again now': '立即重新读取文件',
    '&Copy': '复制(&C)',
    'Copy &whole table': '复制整个表格(&W)',
    '&Export as CSV…': '导出为 CSV(&E)…',
    'This file holds several tables': '此文件包含多个表格',
    '&Table': '表格(&T)',
    'Te&xt': '文本(&X)',
    'Reading…': '正在读取…',
    'NUL separators are shown as line breaks.': 'NUL 分隔符显示为换行。',
    'The file is empty.': '文件为空。',
    'Export table as CSV': '将表格导出为 CSV',
    'CSV files (*.csv)': 'CSV 文件 (*.csv)',
    'Export failed': '导出失败',
    'Could not write %1: %2': '无法写入 %1：%2',
    '%1 %2 = %3': '%1 %2 = %3',
    '%1 (%2)': '%1（%2）',
    # formats
    'Memory use, system-wide': '全系统内存使用情况',
    'CPU time and kernel activity counters': 'CPU 时间和内核活动计数器',
    'Processors and their features': '处理器及其特性',
    'Load averages and thread counts': '平均负载和线程数',
    'Time since boot': '自启动以来的时间',
    'Virtual memory counters': '虚拟内存计数器',
    'Interrupts per CPU and source': '按 CPU 和来源统计的中断',
    'Deferred interrupt work per CPU': '每个 CPU 的延迟中断处理（软中断）',
    'I/O counters per block device': '每个块设备的 I/O 计数器',
    'Block devices and partitions': '块设备和分区',
    'Device major numbers and their drivers': '设备主设备号及其驱动',
    'Filesystem types this kernel knows': '本内核支持的文件系统类型',
    'Mounted filesystems': '已挂载的文件系统',
    'Mounts with IDs and propagation': '带 ID 和传播属性的挂载',
    'Loaded kernel modules': '已加载的内核模块',
    'Pressure stall information': '压力停顿信息（PSI）',
    'Traffic counters per network interface': '每个网络接口的流量计数器',
    'Open netlink sockets': '打开的 netlink 套接字',
    'TCP sockets': 'TCP 套接字',
    'UDP sockets': 'UDP 套接字',
    "A process's state, IDs, memory and capabilities": '进程的状态、ID、内存和权能',
    "A process's scheduler statistics, one line": '进程的调度统计（单行）',
    "A process's memory mappings": '进程的内存映射',
    "A process's resource limits": '进程的资源限制',
    "A process's I/O counters": '进程的 I/O 计数器',
    "A process's environment at start": '进程启动时的环境变量',
    "A process's command line": '进程的命令行',
    'There is no parser for %1; it is shown as text.': '没有 %1 的解析器；以文本显示。',
    # command line of the GUI
    'See every channel between the Linux kernel and user space: procfs, sysfs, device nodes, netlink and system calls.':
        '查看 Linux 内核与用户空间之间的每一条通道：procfs、sysfs、设备节点、netlink 和系统调用。',
    'Write a PNG of every pane into DIR, then quit.': '把每个面板的 PNG 截图写入 DIR，然后退出。',
    'Colour theme: system, light or dark.': '配色主题：system、light 或 dark。',
    "Language, e.g. zh_CN or en (default: the system's).": '界面语言，例如 zh_CN 或 en（默认跟随系统）。',
    'Open this pane first (by number, from 1).': '启动时先打开此面板（按编号，从 1 开始）。',
    'Unknown theme "%1": use system, light or dark.': '未知主题“%1”：请使用 system、light 或 dark。',
    # devices
    'character': '字符设备',
    'block': '块设备',
    '%1 (parent)': '%1（父设备）',
    'built in': '内置',
    "The driver is bound to a parent device of this node's sysfs device.": '驱动绑定在此节点的 sysfs 设备的父设备上。',
    'File descriptors of processes that have this device open, from /proc/PID/fd': '打开了此设备的进程文件描述符，来自 /proc/PID/fd',
    '%1 → %2': '%1 → %2',
    '%1 in sysfs: %2': '%1 在 sysfs 中：%2',
    'Major:minor': '主:次设备号',
    "Major's driver": '主设备号的驱动',
    'Subsystem': '子系统',
    'Driver': '驱动',
    'Module': '模块',
    'Owner': '所有者',
    'Group': '组',
    'Held by': '持有进程数',
    'Link target': '链接目标',
    'The device number the kernel uses to find the driver': '内核用来找到驱动的设备号',
    'Name the driver registered the major number under, from /proc/devices': '驱动注册该主设备号时使用的名称，来自 /proc/devices',
    'The kernel subsystem (class or bus) the device belongs to, from sysfs': '设备所属的内核子系统（类或总线），来自 sysfs',
    'The driver bound to the device in sysfs': '在 sysfs 中绑定到该设备的驱动',
    'The loadable module holding the driver; "built in" when it is part of the kernel': '包含该驱动的可加载模块；若驱动编译进内核则为“内置”',
    'How many processes hold this device open': '有多少个进程打开了此设备',
    'All types': '所有类型',
    'Character devices': '字符设备',
    'Block devices': '块设备',
    'Links': '链接',
    'All subsystems': '所有子系统',
    'Rescan': '重新扫描',
    'Walk /dev again and recount the processes holding each node': '重新遍历 /dev 并重新统计持有每个节点的进程',
    'Export': '导出',
    'As &CSV…': '导出为 &CSV…',
    'As &JSON…': '导出为 &JSON…',
    '&Copy row': '复制行(&C)',
    'Copy &path': '复制路径(&P)',
    '&Reload this directory': '重新加载此目录(&R)',
    'Select a node to follow it to its driver': '选择一个节点，沿着它追踪到驱动',
    'Step': '步骤',
    'Value': '值',
    'Double-click a step with a sysfs path to open it in the sysfs pane': '双击带有 sysfs 路径的步骤，在 sysfs 面板中打开它',
    'Hover an event for all its KEY=VALUE properties; double-click to open its device in sysfs': '悬停查看事件的全部 KEY=VALUE 属性；双击在 sysfs 中打开其设备',
    'Pause': '暂停',
    'Stop adding events to the log; they are still counted': '停止向日志添加事件；事件仍会计数',
    'Clear': '清除',
    'Kernel device events (uevents)': '内核设备事件（uevent）',
    'Devices': '设备',
    '/dev: device nodes, their drivers and who holds them open': '/dev：设备节点、它们的驱动以及谁打开了它们',
    'Scanning /dev…': '正在扫描 /dev…',
    'Following %1…': '正在追踪 %1…',
    'From %1 to its driver and users': '从 %1 到它的驱动和使用者',
    '%1 — double-click to open in the sysfs pane': '%1 — 双击在 sysfs 面板中打开',
    'Export devices': '导出设备',
    'JSON files (*.json)': 'JSON 文件 (*.json)',
    # sysfs
    'read/write': '读写',
    'write only': '只写',
    'read only': '只读',
    'Attribute': '属性',
    'Access': '访问',
    'Note': '说明',
    'Devices by parent': '按父设备排列的设备',
    'By class': '按类',
    'By bus, with drivers': '按总线（含驱动）',
    'Modules': '模块',
    'All of /sys': '整个 /sys',
    'Which part of sysfs the tree starts from': '树从 sysfs 的哪一部分开始',
    'Double-click a link to go to its target, an attribute to read it on its own': '双击链接跳转到目标，双击属性单独读取它',
    'Pick a device, class, bus or module to see its attributes and links.': '选择一个设备、类、总线或模块以查看其属性和链接。',
    'sysfs': 'sysfs',
    '/sys: devices, classes, buses, drivers and modules as the driver core sees them': '/sys：驱动核心眼中的设备、类、总线、驱动和模块',
    'Reading attributes…': '正在读取属性…',
    'subsystem %1': '子系统 %1',
    'driver %1': '驱动 %1',
    # uevent log
    'lost': '丢失',
    'events lost: the receive buffer overflowed; devices were rescanned': '事件丢失：接收缓冲区溢出；已重新扫描设备',
    'Time': '时间',
    'Seq': '序号',
    'Action': '动作',
    'Device path': '设备路径',
    'Other properties': '其他属性',
}

ZH_PLURAL = {
    '%n node(s)': '%n 个节点',
    '%n process(es) with %1 file descriptor(s) on this device, from /proc/PID/fd': '%n 个进程，共 %1 个文件描述符指向此设备，来自 /proc/PID/fd',
    '%n link(s)': '%n 个链接',
    '%n process(es) not checked for open devices: needs root': '%n 个进程未检查打开的设备：需要 root 权限',
    '%n event(s) seen': '已收到 %n 个事件',
    'buffer overflowed %n time(s), about %1 lost': '缓冲区溢出 %n 次，约丢失 %1 个',
    '%n oldest dropped from the log': '日志中最早的 %n 条已丢弃',
    'paused, %n not shown': '已暂停，%n 条未显示',
    'binary, %n byte(s); the first %1 shown in hex': '二进制，%n 字节；以十六进制显示前 %1 字节',
    '%n attribute(s)': '%n 个属性',
    '%n unreadable': '%n 个不可读',
    '%n binary': '%n 个二进制',
    '%n subdirector(y/ies)': '%n 个子目录',
    'about %n event(s) lost: the receive buffer overflowed; devices were rescanned': '约丢失 %n 个事件：接收缓冲区溢出；已重新扫描设备',
    '%1 (%n row(s))': '%1（%n 行）',
    '%n screenshot(s) written.': '已写入 %n 张截图。',
}


def main(path):
    tree = ET.parse(path)
    done = 0
    for msg in tree.getroot().iter('message'):
        src = msg.find('source').text or ''
        tr = msg.find('translation')
        if msg.get('numerus') == 'yes' and src in ZH_PLURAL:
            for child in list(tr):
                tr.remove(child)
            tr.text = None
            form = ET.SubElement(tr, 'numerusform')
            form.text = ZH_PLURAL[src]
            tr.attrib.pop('type', None)
            done += 1
        elif src in ZH:
            tr.text = ZH[src]
            tr.attrib.pop('type', None)
            done += 1
    tree.write(path, encoding='utf-8', xml_declaration=True)
    print(f'{done} entries translated')


if __name__ == '__main__':
    main(sys.argv[1] if len(sys.argv) > 1 else 'translations/kernel-channels_zh_CN.ts')
