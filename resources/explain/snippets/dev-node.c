/* stat() the device node @NODE@ and print its type and number, without
 * opening it. The major number picks the driver (see /proc/devices), the
 * minor the device within it. Build: cc -Wall -o devnode devnode.c */
#include <stdio.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>

int main(void)
{
    struct stat st;
    if (stat("@NODE@", &st) != 0) {
        perror("stat @NODE@");
        return 1;
    }
    if (!S_ISCHR(st.st_mode) && !S_ISBLK(st.st_mode)) {
        fprintf(stderr, "@NODE@ is not a device node\n");
        return 1;
    }
    printf("%s %u:%u\n", S_ISCHR(st.st_mode) ? "char" : "block", major(st.st_rdev), minor(st.st_rdev));
    return 0;
}
