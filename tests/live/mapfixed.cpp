// SPDX-License-Identifier: GPL-2.0-or-later
// A process whose address space holds still, for tst_learn: maps 64 MiB of
// anonymous memory at the address given (MAP_FIXED_NOREPLACE), touches its
// first 1 MiB, prints the address and "ready", and sleeps until killed.
// Linked statically, so no shared library's pages (whose sharing changes
// as other processes come and go) sit in its figures.
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include <sys/mman.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    if (argc != 2)
        return 2;
    const unsigned long hint = std::strtoul(argv[1], nullptr, 0);
    const size_t length = size_t(64) << 20;
    void *p = ::mmap(reinterpret_cast<void *>(hint), length, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
    if (p == MAP_FAILED) {
        std::fprintf(stderr, "mmap at %#lx: %s\n", hint, std::strerror(errno));
        return 1;
    }
    // Small pages only: 256 touched pages are then exactly 1 MiB resident.
    ::madvise(p, length, MADV_NOHUGEPAGE);
    std::memset(p, 1, size_t(1) << 20);
    std::printf("%p ready\n", p);
    std::fflush(stdout);
    for (;;)
        ::pause();
}
