// SPDX-License-Identifier: GPL-2.0-or-later
// Parsers for /proc files about block devices, drivers, filesystems, mounts and modules.
#include "procparsers.h"
#include "parseutil.h"

#include <iterator>

namespace kc::parsers {

using namespace kc::parse;

ParsedDoc partitions(QByteArrayView data)
{
    ParsedDoc doc;
    doc.formatId = QStringLiteral("partitions");
    ParsedTable t;
    t.title = Text::tr("Partitions");
    t.columns = {col(Text::tr("Major"), Text::tr("Device major number"), {}, true),
                 col(Text::tr("Minor"), Text::tr("Device minor number"), {}, true),
                 col(Text::tr("Size"), Text::tr("Size in 1 KiB blocks"), QStringLiteral("kB"), true),
                 col(Text::tr("Name"), Text::tr("Kernel name of the block device"))};
    int bad = 0;
    const auto ls = lines(data);
    for (qsizetype i = 0; i < ls.size(); ++i) {
        const auto f = fields(ls[i]);
        if (f.isEmpty() || (i == 0 && f[0] == "major"))
            continue;
        if (f.size() != 4 || !isUnsigned(f[0]) || !isUnsigned(f[1]) || !isUnsigned(f[2])) {
            ++bad;
            continue;
        }
        t.rows.append({str(f[0]), str(f[1]), str(f[2]), str(f[3])});
    }
    doc.tables.append(t);
    finish(doc, bad, Text::tr("/proc/partitions"));
    return doc;
}

ParsedDoc devices(QByteArrayView data)
{
    ParsedDoc doc;
    doc.formatId = QStringLiteral("devices");
    ParsedTable chr, blk;
    chr.title = Text::tr("Character devices");
    blk.title = Text::tr("Block devices");
    chr.columns = blk.columns = {col(Text::tr("Major"), Text::tr("Major number the driver registered"), {}, true),
                                 col(Text::tr("Driver"), Text::tr("Name the driver registered it under"))};
    ParsedTable *current = nullptr;
    int bad = 0;
    for (QByteArrayView line : lines(data)) {
        const QByteArrayView tl = line.trimmed();
        if (tl.isEmpty())
            continue;
        if (tl == "Character devices:") {
            current = &chr;
            continue;
        }
        if (tl == "Block devices:") {
            current = &blk;
            continue;
        }
        const auto f = fields(tl);
        if (!current || f.size() < 2 || !isUnsigned(f[0])) {
            ++bad;
            continue;
        }
        const qsizetype sp = tl.indexOf(' ');
        current->rows.append({str(f[0]), str(tl.sliced(sp + 1).trimmed())});
    }
    doc.tables = {chr, blk};
    finish(doc, bad, Text::tr("/proc/devices (character and block sections)"));
    return doc;
}

ParsedDoc filesystems(QByteArrayView data)
{
    ParsedDoc doc;
    doc.formatId = QStringLiteral("filesystems");
    ParsedTable t;
    t.title = Text::tr("Filesystem types");
    t.columns = {col(Text::tr("Type"), Text::tr("Name given to mount -t")),
                 col(Text::tr("Needs a device"), Text::tr("\"no\" (nodev) means a virtual filesystem with no block device"))};
    int bad = 0;
    for (QByteArrayView line : lines(data)) {
        if (line.trimmed().isEmpty())
            continue;
        const qsizetype tab = line.indexOf('\t');
        if (tab < 0) {
            ++bad;
            continue;
        }
        const QByteArrayView flag = line.first(tab).trimmed();
        const QByteArrayView name = line.sliced(tab + 1).trimmed();
        if (name.isEmpty() || (!flag.isEmpty() && flag != "nodev") || fields(name).size() != 1) {
            ++bad;
            continue;
        }
        t.rows.append({str(name), flag.isEmpty() ? Text::tr("yes") : Text::tr("no")});
    }
    doc.tables.append(t);
    finish(doc, bad, Text::tr("/proc/filesystems (\"[nodev]<TAB>name\" lines)"));
    return doc;
}

namespace {

// Paths in mounts and mountinfo escape space, tab, newline and backslash as \ooo.
QString unescapeOctal(QByteArrayView v)
{
    QByteArray out;
    out.reserve(v.size());
    for (qsizetype i = 0; i < v.size(); ++i) {
        if (v[i] == '\\' && i + 3 < v.size() && v[i + 1] >= '0' && v[i + 1] <= '3') {
            bool ok = false;
            const int c = QByteArray(v.sliced(i + 1, 3).data(), 3).toInt(&ok, 8);
            if (ok) {
                out.append(char(c));
                i += 3;
                continue;
            }
        }
        out.append(v[i]);
    }
    return QString::fromUtf8(out);
}

} // namespace

ParsedDoc mounts(QByteArrayView data)
{
    ParsedDoc doc;
    doc.formatId = QStringLiteral("mounts");
    ParsedTable t;
    t.title = Text::tr("Mounts");
    t.columns = {col(Text::tr("Source"), Text::tr("Device or name of what is mounted")),
                 col(Text::tr("Mount point"), Text::tr("Where it appears in the directory tree")),
                 col(Text::tr("Type"), Text::tr("Filesystem type")),
                 col(Text::tr("Options"), Text::tr("Mount options")),
                 col(Text::tr("Dump"), Text::tr("Unused; kept for fstab compatibility"), {}, true),
                 col(Text::tr("Pass"), Text::tr("Unused; kept for fstab compatibility"), {}, true)};
    int bad = 0;
    for (QByteArrayView line : lines(data)) {
        const auto f = fields(line);
        if (f.isEmpty())
            continue;
        if (f.size() != 6 || !isUnsigned(f[4]) || !isUnsigned(f[5]) || !f[1].startsWith('/')) {
            ++bad;
            continue;
        }
        t.rows.append({unescapeOctal(f[0]), unescapeOctal(f[1]), str(f[2]), str(f[3]), str(f[4]), str(f[5])});
    }
    doc.tables.append(t);
    finish(doc, bad, Text::tr("a mount table (six fields per line)"));
    return doc;
}

ParsedDoc mountinfo(QByteArrayView data)
{
    ParsedDoc doc;
    doc.formatId = QStringLiteral("mountinfo");
    ParsedTable t;
    t.title = Text::tr("Mounts of this mount namespace");
    t.columns = {col(Text::tr("ID"), Text::tr("Unique ID of the mount"), {}, true),
                 col(Text::tr("Parent"), Text::tr("ID of the mount this one sits on"), {}, true),
                 col(Text::tr("Device"), Text::tr("major:minor of the filesystem's device")),
                 col(Text::tr("Root"), Text::tr("Directory of the filesystem shown at the mount point")),
                 col(Text::tr("Mount point"), Text::tr("Where it appears, relative to the process's root")),
                 col(Text::tr("Mount options"), Text::tr("Per-mount options")),
                 col(Text::tr("Propagation"), Text::tr("shared:N, master:N or unbindable; empty means private")),
                 col(Text::tr("Type"), Text::tr("Filesystem type")),
                 col(Text::tr("Source"), Text::tr("Device or name of what is mounted")),
                 col(Text::tr("Super options"), Text::tr("Options of the filesystem itself"))};
    int bad = 0;
    for (QByteArrayView line : lines(data)) {
        const auto f = fields(line);
        if (f.isEmpty())
            continue;
        qsizetype dash = -1;
        for (qsizetype i = 6; i < f.size(); ++i) {
            if (f[i] == "-") {
                dash = i;
                break;
            }
        }
        if (dash < 0 || f.size() < dash + 3 || !isUnsigned(f[0]) || !isUnsigned(f[1]) || f[2].indexOf(':') < 0) {
            ++bad;
            continue;
        }
        QStringList opt;
        for (qsizetype i = 6; i < dash; ++i)
            opt.append(str(f[i]));
        t.rows.append({str(f[0]), str(f[1]), str(f[2]), unescapeOctal(f[3]), unescapeOctal(f[4]), str(f[5]),
                       opt.join(QLatin1Char(' ')), str(f[dash + 1]), unescapeOctal(f[dash + 2]),
                       f.size() > dash + 3 ? str(f[dash + 3]) : QString()});
    }
    doc.tables.append(t);
    finish(doc, bad, Text::tr("/proc/PID/mountinfo"));
    return doc;
}

ParsedDoc modules(QByteArrayView data)
{
    ParsedDoc doc;
    doc.formatId = QStringLiteral("modules");
    ParsedTable t;
    t.title = Text::tr("Loaded kernel modules");
    t.columns = {col(Text::tr("Module")),
                 col(Text::tr("Size"), Text::tr("Memory the module's code and data take"), QStringLiteral("B"), true),
                 col(Text::tr("Users"), Text::tr("Reference count: how many users hold it"), {}, true),
                 col(Text::tr("Used by"), Text::tr("Modules that depend on it")),
                 col(Text::tr("State"), Text::tr("Live, Loading or Unloading")),
                 col(Text::tr("Address"), Text::tr("Load address; zero unless read by root"))};
    int bad = 0;
    for (QByteArrayView line : lines(data)) {
        const auto f = fields(line);
        if (f.isEmpty())
            continue;
        if (f.size() < 5 || !isUnsigned(f[1]) || !isSigned(f[2])) {
            ++bad;
            continue;
        }
        QString usedBy = str(f[3]);
        if (usedBy == QLatin1String("-"))
            usedBy.clear();
        if (usedBy.endsWith(QLatin1Char(',')))
            usedBy.chop(1);
        t.rows.append({str(f[0]), str(f[1]), str(f[2]), usedBy, str(f[4]), f.size() > 5 ? str(f[5]) : QString()});
    }
    doc.tables.append(t);
    finish(doc, bad, Text::tr("/proc/modules"));
    return doc;
}

} // namespace kc::parsers
