// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "tracecall.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <optional>

namespace kc {

class TraceeMemory;

/// Turns a traced call's raw arguments into names and values: flags by
/// name, strings cut at a limit, socket addresses, the common structs.
/// Every name comes from a constant of the system and uapi headers. Calls
/// it does not know show their six raw arguments in hex.
class SyscallDecoder
{
    Q_DECLARE_TR_FUNCTIONS(SyscallDecoder)
public:
    struct Limits {
        int stringLimit = 256;        // strings and buffers, in bytes
        int payloadLimit = 64 * 1024; // netlink datagrams copied whole up to this
    };

    /// At entry: the arguments the call reads. Output arguments get their
    /// place and are filled at exit. `call.channels` and
    /// `call.netlinkProtocol` are expected to be set already.
    static void decodeEntry(TraceCall &call, const TraceeMemory &memory, const Limits &limits);
    /// At return: the return value and what the call wrote.
    static void decodeExit(TraceCall &call, const TraceeMemory &memory, const Limits &limits);

    /// The name of system call `number` on this architecture; "syscall_N"
    /// when unknown. Thread-safe, cached.
    static QString callName(int number);
    /// The number of the system call called `name` on this architecture;
    /// -1 when there is none.
    static int callNumber(const QString &name);
    /// Bit mask of the argument positions that are file descriptors.
    static int fdArguments(int number);
    /// Whether a successful call returns a new file descriptor.
    static bool returnsFd(int number, quint64 arg1);
    /// Whether the call writes two new descriptors to an int[2] (pipe, socketpair).
    static bool writesFdPair(int number);
    /// What an argument points at, for a tracer that copies the memory
    /// before decoding it (BPF). The numbers are the capture kinds of
    /// trace.bpf.c.
    enum class Memory : quint8 {
        None, String, BufferNextArg, BufferReturn, AddressNextArg, AddressLengthPointer, Stat, FdPair,
        MessageIn, MessageOut, PollFds, Argv,
    };
    /// What each of the six arguments of call `number` points at; false
    /// when the call is not one this decoder knows (its arguments are shown raw).
    static bool memoryOf(int number, Memory kinds[6]);
    /// Whether this call carries data through a socket (send/recv family).
    static bool isSocketIo(int number);

    /// "ENOENT"; the kernel-internal restart codes by their kernel names.
    static QString errnoName(int error);
    static QString errnoMessage(int error);
    static QString openFlags(quint64 flags);
    static QString mmapProt(quint64 prot);
    static QString mmapFlags(quint64 flags);
    static QString socketFamily(int family);
    static QString socketType(quint64 type);
    static QString messageFlags(quint64 flags);
    /// The name the uapi headers give the request (TCGETS, FIONREAD,
    /// BLKGETSIZE64, EVIOCGVERSION, ...), otherwise ioctlCode().
    static QString ioctlRequest(quint64 request);
    /// A request taken apart as strace does: "_IOC(_IOC_READ, 0x12, 0x72, 0x8)".
    static QString ioctlCode(unsigned int code);
    /// A struct sockaddr of any family, as text. Pure.
    static QString socketAddress(QByteArrayView address);
    /// Bytes as a C string literal, cut at `limit` bytes (saying so).
    static QString quoted(QByteArrayView bytes, int limit, qint64 totalSize);
    /// The bytes of the string literal that quoted() wrote at the start of
    /// `text` (what follows its closing quote is ignored); nothing when
    /// `text` does not start with one. Pure.
    static std::optional<QByteArray> unquoted(QStringView text);
};

} // namespace kc
