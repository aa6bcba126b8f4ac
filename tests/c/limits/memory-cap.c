// memory-cap: 33554432
// expect-limit: memory
// expect-signal: SIGKILL
// expect-stderr-contains: memory cap
#include <stdlib.h>
#include <string.h>
int main(void) {
    for (int i = 0; i < 1000; i++) {
        char *p = malloc(1 << 20);
        if (p == NULL) return 1;
        memset(p, 1, 1 << 20);
    }
    return 0;
}
