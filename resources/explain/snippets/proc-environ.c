/* Read @PATH@ and print one variable a line. The kernel gives the
 * environment as it was passed to execve(): NAME=value strings, each
 * ended by a NUL byte, not by a newline; so the file is read whole and
 * split on '\0'. Build: cc -Wall -o environ environ.c */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void)
{
    FILE *f = fopen("@PATH@", "r");
    if (!f) {
        perror("@PATH@");
        return 1;
    }
    size_t size = 0, cap = 4096;
    char *data = malloc(cap);
    size_t n;
    while (data && (n = fread(data + size, 1, cap - size, f)) > 0) {
        size += n;
        if (size == cap)
            data = realloc(data, cap *= 2);
    }
    fclose(f);
    if (!data) {
        perror("malloc");
        return 1;
    }
    /* "A=1\0B=2\0": each string runs up to its NUL. */
    for (size_t at = 0; at < size; at += strlen(data + at) + 1) {
        if (at + strnlen(data + at, size - at) == size) {
            /* the last one without its NUL: never past the end */
            printf("%.*s\n", (int)(size - at), data + at);
            break;
        }
        printf("%s\n", data + at);
    }
    free(data);
    return 0;
}
