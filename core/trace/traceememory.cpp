// SPDX-License-Identifier: GPL-2.0-or-later
#include "traceememory.h"

#include <cerrno>
#include <cstring>
#include <sys/ptrace.h>
#include <sys/uio.h>
#include <unistd.h>

namespace kc {

namespace {

const quint64 pageSize = quint64(::sysconf(_SC_PAGESIZE));

} // namespace

QByteArray TraceeMemory::read(quint64 address, int length) const
{
    QByteArray out;
    if (address == 0 || length <= 0)
        return out;
    out.resize(length);
    // One range per page: process_vm_readv stops at the first unmapped
    // page, so the pages before it still arrive.
    int done = 0;
    while (done < length) {
        const quint64 at = address + quint64(done);
        const int chunk = int(qMin<quint64>(quint64(length - done), pageSize - at % pageSize));
        iovec local{out.data() + done, size_t(chunk)};
        iovec remote{reinterpret_cast<void *>(at), size_t(chunk)};
        const ssize_t n = ::process_vm_readv(m_tid, &local, 1, &remote, 1, 0);
        if (n < 0 && (errno == ENOSYS || errno == EPERM)) {
            const QByteArray rest = peek(at, length - done);
            std::memcpy(out.data() + done, rest.constData(), size_t(rest.size()));
            done += int(rest.size());
            break;
        }
        if (n <= 0)
            break;
        done += int(n);
        if (n < chunk)
            break;
    }
    out.truncate(done);
    return out;
}

QByteArray TraceeMemory::peek(quint64 address, int length) const
{
    QByteArray out;
    const quint64 word = sizeof(long);
    quint64 at = address - address % word;
    while (out.size() < length) {
        errno = 0;
        const long v = ::ptrace(PTRACE_PEEKDATA, m_tid, reinterpret_cast<void *>(at), nullptr);
        if (errno != 0)
            break;
        const char *bytes = reinterpret_cast<const char *>(&v);
        const quint64 skip = at < address ? address - at : 0;
        out.append(bytes + skip, int(word - skip));
        at += word;
    }
    out.truncate(qMin<qsizetype>(out.size(), length));
    return out;
}

QByteArray TraceeMemory::readString(quint64 address, int limit, bool *truncated) const
{
    *truncated = false;
    QByteArray out;
    if (address == 0)
        return out;
    // A page at a time: a string may end just before an unmapped page.
    while (out.size() <= limit) {
        const quint64 at = address + quint64(out.size());
        const int chunk = int(qMin<quint64>(quint64(limit + 1 - out.size()), pageSize - at % pageSize));
        const QByteArray part = read(at, chunk);
        const int nul = int(part.indexOf('\0'));
        if (nul >= 0) {
            out.append(part.constData(), nul);
            break;
        }
        out.append(part);
        if (part.size() < chunk)
            break;
    }
    if (out.size() > limit) {
        out.truncate(limit);
        *truncated = true;
    }
    return out;
}

} // namespace kc
