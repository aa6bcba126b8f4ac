// expect-stdout: NULL NULL
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>
int main(void) {
    void *a = malloc(SIZE_MAX);
    void *b = calloc(SIZE_MAX / 2, 4);
    printf("%s %s\n", a ? "ptr" : "NULL", b ? "ptr" : "NULL");
    return 0;
}
