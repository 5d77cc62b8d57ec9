// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include "io/safereader.h"

#include <functional>
#include <optional>

namespace kc {

struct SyscallArg {
    QString type;
    QString name;
};

/// One system call of this kernel and architecture.
struct SyscallInfo {
    int number = -1;        // -1: tracefs knows it, this build's headers do not
    QString name;
    QList<SyscallArg> args; // from tracefs; empty when unknown
    bool argsKnown = false;
    int tracepointId = -1;  // id of syscalls:sys_enter_NAME, -1 without tracefs

    /// Our one-line description, translated; empty when we have none.
    QString description() const;
    /// "read(unsigned int fd, char * buf, size_t count)", or the name and
    /// "(…)" when the arguments are not known.
    QString signature() const;
};

/// What /proc/PID/syscall says a task is doing.
struct ProcSyscall {
    enum class State { Running, InSyscall, NotInSyscall, Unknown };
    State state = State::Unknown;
    int number = -1;
    quint64 args[6] = {};
    quint64 stackPointer = 0;
    quint64 programCounter = 0;
};

/// What one task is doing now, from /proc/PID: its name, the call it is
/// in, where in the kernel it waits, and its context switches. read()
/// does I/O; call it off the GUI thread.
struct ProcessCallState {
    Q_DECLARE_TR_FUNCTIONS(ProcessCallState)
public:
    QString comm;                  // empty when the process cannot be read
    QString commError;             // why (gone, hidden)
    std::optional<ProcSyscall> call;
    QString callError;             // why /proc/PID/syscall says nothing usable
    QString wchan;                 // empty or "0" when it does not wait
    QString voluntarySwitches;
    QString involuntarySwitches;

    /// `reader` reads a file as SafeReader::read does (there, for a
    /// process on another machine); SafeReader itself when empty.
    static ProcessCallState read(int pid, const std::function<ReadResult(const QString &path, qint64 cap)> &reader = {});
};

/// The system call table: numbers and names compiled in from the uapi
/// headers, argument lists and tracepoint ids from tracefs when it is
/// mounted and readable.
class SyscallTable
{
    Q_DECLARE_TR_FUNCTIONS(SyscallTable)
public:
    QList<SyscallInfo> calls; // sorted by number, then the unnumbered by name
    QString tracefs;          // the tracefs used, empty if none
    QString note;             // what is missing and why, for the user

    /// Reads tracefs (when there) and merges it with the compiled table.
    static SyscallTable load();
    /// Where tracefs with syscall events is mounted, or empty.
    static QString findTracefs();
    /// Numbers and names of this architecture, from the build's headers.
    static QList<SyscallInfo> compiled();
    /// Every system call at once, named "all": counted as the sum of all
    /// numbers with BPF, or with the raw_syscalls:sys_enter tracepoint of
    /// `tracefs` (one perf event per CPU; tracepointId -1 when tracefs
    /// lacks it).
    static SyscallInfo allCalls(const QString &tracefs);
    /// The calls named, in table order; "all" adds allCalls(). Names this
    /// table lacks are left out.
    QList<SyscallInfo> select(const QStringList &names) const;
    /// The name of system call `number`, or empty.
    static QString nameOf(int number);
    /// Parses events/syscalls/sys_enter_NAME/format: the call's name, its
    /// tracepoint id and its arguments (the common_ fields and
    /// __syscall_nr left out). nullopt when it is not such a file.
    static std::optional<SyscallInfo> parseFormat(QByteArrayView data);
    /// Parses /proc/PID/syscall.
    static std::optional<ProcSyscall> parseProcSyscall(QByteArrayView data);
    /// One line for what a task is doing: "blocked in read(3, 0x…, 4096)".
    static QString describe(const ProcSyscall &s);
};

} // namespace kc
