// SPDX-License-Identifier: GPL-2.0-or-later
// A stand-in for flatpak-spawn --host across a sandbox made with bwrap.
//
//   kc-spawnrelay --serve SOCKET      outside: runs what clients ask for
//   flatpak-spawn [OPTIONS] CMD ARGS  inside (this program under that name,
//                                     KC_SPAWN_SOCKET naming the socket)
//
// The client passes its stdin, stdout and stderr over the Unix socket
// (SCM_RIGHTS) with the command; the server runs the command outside the
// sandbox on those descriptors, so it talks straight to whoever started the
// client, and sends back how it ended, which the client exits with. As with
// --watch-bus, the command is ended when the client goes away. Options
// before the command are taken and ignored, as flatpak-spawn takes them.
// The server writes one line per command it runs to its stderr.
#include <cerrno>
#include <csignal>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include <fcntl.h>
#include <poll.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

[[noreturn]] void die(const char *what)
{
    std::fprintf(stderr, "kc-spawnrelay: %s: %s\n", what, std::strerror(errno));
    std::exit(127);
}

// All `size` bytes through read() or write(), whatever EINTR and short
// transfers do; false at the end of the stream or on an error.
template <typename Io>
bool whole(Io io, char *p, size_t size)
{
    while (size > 0) {
        const ssize_t n = io(p, size);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        p += n;
        size -= size_t(n);
    }
    return true;
}

bool fullWrite(int fd, const void *data, size_t size)
{
    return whole([fd](char *p, size_t n) { return ::write(fd, p, n); }, static_cast<char *>(const_cast<void *>(data)), size);
}

bool fullRead(int fd, void *data, size_t size)
{
    return whole([fd](char *p, size_t n) { return ::read(fd, p, n); }, static_cast<char *>(data), size);
}

sockaddr_un address(const char *path)
{
    sockaddr_un a{};
    a.sun_family = AF_UNIX;
    if (std::strlen(path) >= sizeof a.sun_path) {
        errno = ENAMETOOLONG;
        die(path);
    }
    std::strcpy(a.sun_path, path);
    return a;
}

// Request: a 4-byte length carrying the three descriptors, then the
// command's arguments, each ended by NUL. Reply: the 4-byte wait status.
int client(int argc, char **argv)
{
    int i = 1;
    for (; i < argc; ++i) {
        if (std::strcmp(argv[i], "--") == 0) {
            ++i;
            break;
        }
        if (std::strncmp(argv[i], "--", 2) != 0)
            break;
    }
    if (i >= argc) {
        std::fprintf(stderr, "flatpak-spawn stand-in: no command\n");
        return 1;
    }
    std::string payload;
    for (; i < argc; ++i) {
        payload += argv[i];
        payload += '\0';
    }
    const char *path = std::getenv("KC_SPAWN_SOCKET");
    if (!path) {
        std::fprintf(stderr, "flatpak-spawn stand-in: KC_SPAWN_SOCKET is not set\n");
        return 1;
    }
    const int s = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (s < 0)
        die("socket");
    const sockaddr_un a = address(path);
    if (::connect(s, reinterpret_cast<const sockaddr *>(&a), sizeof a) < 0)
        die(path);

    const uint32_t size = uint32_t(payload.size());
    iovec iov{const_cast<uint32_t *>(&size), sizeof size};
    const int fds[3] = {0, 1, 2};
    alignas(cmsghdr) char control[CMSG_SPACE(sizeof fds)] = {};
    msghdr msg{};
    msg.msg_iov = &iov;
    msg.msg_iovlen = 1;
    msg.msg_control = control;
    msg.msg_controllen = sizeof control;
    cmsghdr *c = CMSG_FIRSTHDR(&msg);
    c->cmsg_level = SOL_SOCKET;
    c->cmsg_type = SCM_RIGHTS;
    c->cmsg_len = CMSG_LEN(sizeof fds);
    std::memcpy(CMSG_DATA(c), fds, sizeof fds);
    ssize_t sent;
    do
        sent = ::sendmsg(s, &msg, MSG_NOSIGNAL);
    while (sent < 0 && errno == EINTR);
    if (sent != ssize_t(sizeof size) || !fullWrite(s, payload.data(), payload.size()))
        die("sending the command");

    // The command has our descriptors now; holding them would keep its
    // reader from seeing the end of its output when it exits.
    const int null = ::open("/dev/null", O_RDWR | O_CLOEXEC);
    for (int fd = 0; fd <= 2; ++fd)
        ::dup2(null, fd);
    int status = 0;
    if (!fullRead(s, &status, sizeof status))
        return 1;
    if (WIFEXITED(status))
        return WEXITSTATUS(status);
    return 128 + (WIFSIGNALED(status) ? WTERMSIG(status) : 0);
}

// One connection, in a process of its own.
[[noreturn]] void serveOne(int s)
{
    uint32_t size = 0;
    iovec iov{&size, sizeof size};
    alignas(cmsghdr) char control[CMSG_SPACE(3 * sizeof(int))] = {};
    msghdr msg{};
    msg.msg_iov = &iov;
    msg.msg_iovlen = 1;
    msg.msg_control = control;
    msg.msg_controllen = sizeof control;
    ssize_t got;
    do
        got = ::recvmsg(s, &msg, MSG_CMSG_CLOEXEC | MSG_WAITALL);
    while (got < 0 && errno == EINTR);
    int fds[3] = {-1, -1, -1};
    cmsghdr *c = CMSG_FIRSTHDR(&msg);
    if (got != ssize_t(sizeof size) || !c || c->cmsg_type != SCM_RIGHTS || c->cmsg_len != CMSG_LEN(sizeof fds)) {
        std::fprintf(stderr, "kc-spawnrelay: a request without its descriptors\n");
        std::_Exit(1);
    }
    std::memcpy(fds, CMSG_DATA(c), sizeof fds);
    std::string payload(size, '\0');
    if (size > 1024 * 1024 || !fullRead(s, payload.data(), size) || payload.empty() || payload.back() != '\0') {
        std::fprintf(stderr, "kc-spawnrelay: a malformed request\n");
        std::_Exit(1);
    }
    std::vector<char *> args;
    std::string line;
    for (size_t at = 0; at < payload.size(); at = payload.find('\0', at) + 1) {
        args.push_back(&payload[at]);
        line += (line.empty() ? "" : " ") + std::string(&payload[at]);
    }
    args.push_back(nullptr);
    std::fprintf(stderr, "kc-spawnrelay: runs %s\n", line.c_str());

    const pid_t child = ::fork();
    if (child < 0)
        die("fork");
    if (child == 0) {
        ::signal(SIGPIPE, SIG_DFL);
        // dup2 clears close-on-exec on the copies; the socket keeps it.
        for (int fd = 0; fd <= 2; ++fd)
            ::dup2(fds[fd], fd);
        ::execvp(args[0], args.data());
        std::fprintf(stderr, "kc-spawnrelay: cannot run %s: %s\n", args[0], std::strerror(errno));
        std::_Exit(127);
    }
    for (int fd : fds)
        ::close(fd);
    const int pidfd = int(::syscall(SYS_pidfd_open, child, 0));
    if (pidfd < 0)
        die("pidfd_open");
    pollfd p[2] = {{pidfd, POLLIN, 0}, {s, POLLIN, 0}};
    for (;;) {
        if (::poll(p, 2, -1) < 0) {
            if (errno == EINTR)
                continue;
            die("poll");
        }
        if (p[0].revents)
            break;
        if (p[1].revents) {
            // The client sends nothing more: this is its end. End the
            // command with it, as --watch-bus does.
            ::kill(child, SIGTERM);
            pollfd ended{pidfd, POLLIN, 0};
            if (::poll(&ended, 1, 5000) == 0)
                ::kill(child, SIGKILL);
            break;
        }
    }
    int status = 0;
    while (::waitpid(child, &status, 0) < 0 && errno == EINTR) {
    }
    fullWrite(s, &status, sizeof status);
    std::_Exit(0);
}

int server(const char *path)
{
    // Gone with the test that started it, however that ends.
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    ::signal(SIGPIPE, SIG_IGN);
    const int s = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (s < 0)
        die("socket");
    ::unlink(path);
    const sockaddr_un a = address(path);
    if (::bind(s, reinterpret_cast<const sockaddr *>(&a), sizeof a) < 0 || ::listen(s, 16) < 0)
        die(path);
    ::chmod(path, 0666);
    // Handlers are reaped by the kernel; each waits for its own command.
    struct sigaction reap{};
    reap.sa_handler = SIG_IGN;
    reap.sa_flags = SA_NOCLDWAIT;
    ::sigaction(SIGCHLD, &reap, nullptr);
    std::printf("ready\n");
    std::fflush(stdout);
    for (;;) {
        const int c = ::accept4(s, nullptr, nullptr, SOCK_CLOEXEC);
        if (c < 0) {
            if (errno == EINTR || errno == ECONNABORTED)
                continue;
            die("accept");
        }
        const pid_t handler = ::fork();
        if (handler == 0) {
            ::close(s);
            struct sigaction wait{};
            wait.sa_handler = SIG_DFL;
            ::sigaction(SIGCHLD, &wait, nullptr);
            serveOne(c);
        }
        ::close(c);
    }
}

} // namespace

int main(int argc, char **argv)
{
    if (argc == 3 && std::strcmp(argv[1], "--serve") == 0)
        return server(argv[2]);
    return client(argc, argv);
}
