// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// The ioctl requests the uapi headers define, generated at build time by
// genioctls.cmake into a file that includes only those headers (the
// kernel's termios and glibc's clash), so this header includes nothing.

namespace kc {

struct IoctlName {
    unsigned int value;
    const char *name;
};

/// In the order of the headers: the first name of a number is the one shown.
extern const IoctlName kIoctlNames[];
extern const int kIoctlNameCount;

} // namespace kc
