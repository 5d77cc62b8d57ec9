// SPDX-License-Identifier: GPL-2.0-or-later
// nlfuzz: a randomized, structure-aware pass over the netlink decoder.
// Captured messages of every protocol we decode (rtnetlink, generic
// netlink, the process connector, uevents) are mutated — bytes flipped,
// cut short, netlink and attribute lengths set to 0, 1..3, past the end or
// off by a few, messages spliced into one datagram, noise inserted — and
// each result is decoded and written as JSON in both shapes. Every field
// must lie inside the datagram and every JSON line must parse. A crash
// leaves the input that caused it in nlfuzz-crash.bin.
//
//   nlfuzz [--iterations N] [--seed S]   (ctest runs a short fixed pass)
#include "netlink/ifnamecache.h"
#include "netlink/nldecoder.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QList>

#include <csignal>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

using namespace kc;

namespace {

struct Sample {
    int protocol;
    QByteArray bytes;
};

// The input being decoded, kept where a signal handler can write it out.
char g_input[1 << 16];
size_t g_inputSize = 0;

void onCrash(int sig)
{
    const int fd = ::open("nlfuzz-crash.bin", O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd >= 0) {
        ssize_t ignored = ::write(fd, g_input, g_inputSize);
        (void)ignored;
        ::close(fd);
    }
    static const char msg[] = "nlfuzz: crashed; the input is in nlfuzz-crash.bin\n";
    ssize_t ignored = ::write(2, msg, sizeof msg - 1);
    (void)ignored;
    ::signal(sig, SIG_DFL);
    ::raise(sig);
}

class Rng
{
public:
    explicit Rng(quint64 seed) : m_x(seed ? seed : 1) {}
    quint32 next()
    {
        m_x ^= m_x << 13;
        m_x ^= m_x >> 7;
        m_x ^= m_x << 17;
        return quint32(m_x >> 16);
    }
    int below(int n) { return n > 0 ? int(next() % quint32(n)) : 0; }

private:
    quint64 m_x;
};

// Offsets of the 16-bit length of each attribute after a family header of
// `hdr` bytes in the first message, walked as the kernel lays them out.
QList<int> attributeLengthOffsets(const QByteArray &m, int hdr)
{
    QList<int> out;
    int off = 16 + hdr;
    while (off + 4 <= m.size()) {
        quint16 len;
        std::memcpy(&len, m.constData() + off, 2);
        if (len < 4)
            break;
        out.append(off);
        off += (len + 3) & ~3;
    }
    return out;
}

void putU16(QByteArray &m, int off, quint16 v)
{
    if (off >= 0 && off + 2 <= m.size())
        std::memcpy(m.data() + off, &v, 2);
}

void putU32(QByteArray &m, int off, quint32 v)
{
    if (off >= 0 && off + 4 <= m.size())
        std::memcpy(m.data() + off, &v, 4);
}

QByteArray mutate(const Sample &s, const QList<Sample> &all, Rng &rng)
{
    QByteArray m = s.bytes;
    const int rounds = 1 + rng.below(3);
    for (int r = 0; r < rounds && !m.isEmpty(); ++r) {
        switch (rng.below(7)) {
        case 0: // flip a few bytes
            for (int k = 1 + rng.below(8); k > 0; --k)
                m[rng.below(int(m.size()))] = char(rng.next());
            break;
        case 1: // cut short
            m.truncate(rng.below(int(m.size()) + 1));
            break;
        case 2: { // the netlink length
            static const quint32 lens[] = {0, 1, 15, 16, 17, 0xffff, 0xffffffffu};
            putU32(m, 0, rng.below(2) ? lens[rng.below(7)] : quint32(m.size() + rng.below(17) - 8));
            break;
        }
        case 3: { // an attribute's length
            const QList<int> offs = attributeLengthOffsets(m, rng.below(3) == 0 ? 4 : 16);
            if (offs.isEmpty())
                break;
            static const quint16 lens[] = {0, 1, 2, 3, 4, 5, 0xffff};
            const int at = offs[rng.below(int(offs.size()))];
            quint16 len;
            std::memcpy(&len, m.constData() + at, 2);
            putU16(m, at, rng.below(2) ? lens[rng.below(7)] : quint16(len + rng.below(17) - 8));
            break;
        }
        case 4: // an attribute's type, nested flag included
            if (const QList<int> offs = attributeLengthOffsets(m, 16); !offs.isEmpty())
                putU16(m, offs[rng.below(int(offs.size()))] + 2, quint16(rng.next()));
            break;
        case 5: // another message in the same datagram, aligned or not
            m += QByteArray(rng.below(4), '\0') + all[rng.below(int(all.size()))].bytes;
            break;
        case 6: // noise inserted
            m.insert(rng.below(int(m.size()) + 1), QByteArray(1 + rng.below(16), char(rng.next())));
            break;
        }
    }
    if (m.size() > int(sizeof g_input))
        m.truncate(sizeof g_input);
    return m;
}

bool inside(const NlField &f, int size)
{
    if (f.offset < 0 || f.length < 0 || f.offset + f.length > size)
        return false;
    for (const NlField &c : f.children) {
        if (!inside(c, size))
            return false;
    }
    return true;
}

QList<Sample> loadSamples(const QString &root)
{
    const QList<QPair<QString, int>> dirs = {{QStringLiteral("rtnetlink"), 0}, {QStringLiteral("rtnetlink/malformed"), 0},
                                             {QStringLiteral("genl"), 16}, {QStringLiteral("connector"), 11},
                                             {QStringLiteral("uevent"), 15}};
    QList<Sample> out;
    for (const auto &[dir, protocol] : dirs) {
        const QDir d(root + QLatin1Char('/') + dir);
        for (const QString &name : d.entryList(QDir::Files)) {
            if (protocol == 15 && !name.startsWith(QLatin1String("msg_")))
                continue; // the sysfs uevent files are not netlink messages
            QFile f(d.filePath(name));
            if (f.open(QIODevice::ReadOnly))
                out.append({protocol, f.readAll()});
        }
    }
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    qint64 iterations = 200000;
    quint64 seed = 20261129;
    const QStringList args = QCoreApplication::arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--iterations"))
            iterations = args[i + 1].toLongLong();
        else if (args[i] == QLatin1String("--seed"))
            seed = args[i + 1].toULongLong();
    }
    const QList<Sample> samples = loadSamples(QStringLiteral(KC_FIXTURES));
    if (samples.size() < 10) {
        std::fprintf(stderr, "nlfuzz: the captured messages under %s are missing\n", KC_FIXTURES);
        return 2;
    }
    for (int sig : {SIGSEGV, SIGABRT, SIGBUS, SIGFPE, SIGILL})
        ::signal(sig, onCrash);
    Rng rng(seed);
    QElapsedTimer timer;
    timer.start();
    qint64 messages = 0, errors = 0, failures = 0;
    // Fed every input as a monitor feeds it, so summaries name interfaces
    // from mutated link messages too.
    IfNameCache names;
    for (qint64 i = 0; i < iterations; ++i) {
        const Sample &s = samples[rng.below(int(samples.size()))];
        const QByteArray input = mutate(s, samples, rng);
        std::memcpy(g_input, input.constData(), size_t(input.size()));
        g_inputSize = size_t(input.size());
        names.learn(s.protocol, input);
        const QList<NlMessage> msgs = NlDecoder::decode(s.protocol, input, &names);
        for (const NlMessage &m : msgs) {
            ++messages;
            errors += !m.error.isEmpty();
            QByteArray line;
            NlDecoder::appendJson(line, m, QStringLiteral("t"), QStringLiteral("p"));
            NlDecoder::appendJson(line, m, QStringLiteral("t"), QStringLiteral("p"), NlDecoder::JsonShape::Tree);
            bool ok = inside(m.tree, int(input.size()));
            // Parsing is the slow part: check one output in 64.
            if (ok && (i & 63) == 0) {
                for (const QByteArray &l : line.split('\n')) {
                    QJsonParseError e;
                    if (!l.isEmpty() && (QJsonDocument::fromJson(l, &e), e.error != QJsonParseError::NoError))
                        ok = false;
                }
            }
            if (!ok) {
                if (++failures <= 5) {
                    std::fprintf(stderr, "nlfuzz: iteration %lld (protocol %d): %s\n", i, s.protocol,
                                 input.toHex().constData());
                }
            }
        }
    }
    std::printf("nlfuzz: %lld inputs (seed %llu), %lld messages decoded, %lld of them malformed and said so, "
                "%lld failures, %.1f s\n",
                iterations, seed, messages, errors, failures, timer.elapsed() / 1000.0);
    return failures ? 1 : 0;
}
