// expect-stdout: NULL
#include <stdio.h>
#include <stdlib.h>
int main(void) {
    void *p = malloc((size_t)1 << 50);
    printf("%s\n", p == NULL ? "NULL" : "got memory");
    return 0;
}
