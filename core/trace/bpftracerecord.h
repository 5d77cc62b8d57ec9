// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// The records trace.bpf.c writes to its ring buffer and the per-call
// settings it reads, as laid out there. Internal to trace/.

#include <QtGlobal>

namespace kc::bpftrace {

enum RecordType : quint16 { Call = 1, NoReturn = 2, Fork = 3, Exit = 4, ExecArgs = 5 };

enum SpecFlag : quint8 {
    Wanted = 0x01,
    SocketIo = 0x02,
    NewFd = 0x04,
    NewFdIfDup = 0x08,
    Exec = 0x10,
    NoReturnCall = 0x20,
};

struct Spec {
    quint8 kind[6]; // SyscallDecoder::Memory
    quint8 flags;
    quint8 fdArgs;
};

struct FdId {
    qint32 fd;
    quint32 mode;             // 0: not open
    quint32 rdev;             // the kernel's dev_t: major << 20 | minor
    quint32 familyProtocol;   // sockets: family << 16 | protocol
    quint64 magic;            // the file system's
    quint64 ino;
};

struct Record {
    quint32 size;
    quint16 type;
    quint16 captures;
    quint32 tid;
    quint32 tgid;
    qint32 nr;
    quint32 flags;
    quint64 args[6];
    qint64 ret;
    quint64 enterNs;
    quint64 exitNs;
    char comm[16];
    FdId fds[3]; // two descriptor arguments and the one returned
};

struct Capture {
    quint64 address;
    quint32 length;
    quint32 pad;
};

static_assert(sizeof(Spec) == 8);
static_assert(sizeof(FdId) == 32);
static_assert(sizeof(Record) == 208);
static_assert(sizeof(Capture) == 16);

constexpr quint64 ProcMagic = 0x9fa0;
constexpr quint64 SysfsMagic = 0x62656572;
constexpr quint64 SockfsMagic = 0x534F434B;
constexpr quint64 PipefsMagic = 0x50495045;
constexpr quint64 AnonInodeMagic = 0x09041934;

} // namespace kc::bpftrace
