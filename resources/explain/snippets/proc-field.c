/* Read @PATH@ and print the field @FIELD@, as Kernel Channels shows it.
 * Files like this one are written by the kernel at the moment you read
 * them: every read() asks the kernel again. Build: cc -Wall -o field field.c */
#include <stdio.h>
#include <string.h>

int main(void)
{
    FILE *f = fopen("@PATH@", "r");
    if (!f) {
        perror("@PATH@");
        return 1;
    }
    char line[4096];
    const char *key = "@FIELD@";
    size_t len = strlen(key);
    while (fgets(line, sizeof line, f)) {
        /* "Key:   value unit" */
        if (strncmp(line, key, len) == 0 && line[len] == ':') {
            char *value = line + len + 1;
            value += strspn(value, " \t");
            value[strcspn(value, "\n")] = '\0';
            printf("%s\n", value);
            fclose(f);
            return 0;
        }
    }
    fclose(f);
    fprintf(stderr, "no field %s in @PATH@\n", key);
    return 1;
}
