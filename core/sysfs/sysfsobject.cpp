// SPDX-License-Identifier: GPL-2.0-or-later
#include "sysfsobject.h"

#include "procfs/parseutil.h"

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace kc {

const SysfsAttribute *SysfsObject::attribute(const QString &name) const
{
    for (const SysfsAttribute &a : attributes) {
        if (a.name == name)
            return &a;
    }
    return nullptr;
}

const SysfsLink *SysfsObject::link(const QString &name) const
{
    for (const SysfsLink &l : links) {
        if (l.name == name)
            return &l;
    }
    return nullptr;
}

QString SysfsReader::hex(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex(' '));
}

SysfsObject SysfsReader::read(const QString &dir)
{
    SysfsObject obj;
    obj.path = dir;
    const QByteArray native = dir.toLocal8Bit();
    DIR *d = ::opendir(native.constData());
    if (!d) {
        obj.error = SafeReader::fromErrno(dir, errno).reason;
        return obj;
    }
    const int dfd = ::dirfd(d);
    while (const dirent *e = ::readdir(d)) {
        if (!std::strcmp(e->d_name, ".") || !std::strcmp(e->d_name, ".."))
            continue;
        const QString name = QString::fromLocal8Bit(e->d_name);
        const QString path = dir + QLatin1Char('/') + name;
        struct stat st {};
        if (::fstatat(dfd, e->d_name, &st, AT_SYMLINK_NOFOLLOW) != 0)
            continue;
        if (S_ISLNK(st.st_mode)) {
            SysfsLink l;
            l.name = name;
            char buf[PATH_MAX];
            const ssize_t n = ::readlinkat(dfd, e->d_name, buf, sizeof buf - 1);
            if (n > 0)
                l.target = QString::fromLocal8Bit(buf, int(n));
            char real[PATH_MAX];
            const QByteArray full = path.toLocal8Bit();
            if (::realpath(full.constData(), real))
                l.resolved = QString::fromLocal8Bit(real);
            obj.links.append(l);
            continue;
        }
        if (S_ISDIR(st.st_mode)) {
            obj.subdirectories.append(name);
            continue;
        }
        if (!S_ISREG(st.st_mode))
            continue;
        SysfsAttribute a;
        a.name = name;
        a.writable = (st.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH)) != 0;
        if (const QString writeOnly = SafeReader::writeOnlyReason(st.st_mode); !writeOnly.isEmpty()) {
            a.status = ReadStatus::PermissionDenied;
            a.reason = writeOnly;
            obj.attributes.append(a);
            continue;
        }
        const ReadResult r = SafeReader::read(path, AttributeCap);
        a.status = r.status;
        if (!r.ok()) {
            a.reason = r.reason;
            obj.attributes.append(a);
            continue;
        }
        a.readable = true;
        // Binary attributes (PCI config, USB descriptors, ACPI tables) are
        // bin_attributes with a real st_size; text ones report 4096.
        a.binary = !parse::looksLikeText(r.data) || r.data.contains('\0');
        if (a.binary) {
            a.head = r.data.left(HexHead);
            a.size = st.st_size > 0 && st.st_size != 4096 ? st.st_size : r.data.size();
        } else {
            QByteArray text = r.data;
            while (text.endsWith('\n'))
                text.chop(1);
            a.value = QString::fromUtf8(text);
            a.size = r.data.size();
            if (r.truncated)
                a.reason = r.reason;
        }
        obj.attributes.append(a);
    }
    ::closedir(d);
    auto byName = [](const auto &a, const auto &b) { return a.name < b.name; };
    std::sort(obj.attributes.begin(), obj.attributes.end(), byName);
    std::sort(obj.links.begin(), obj.links.end(), byName);
    obj.subdirectories.sort();
    return obj;
}

} // namespace kc
