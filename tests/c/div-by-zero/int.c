// expect-stdout: before
// expect-exit: 136
// expect-signal: SIGFPE
// expect-evidence-contains: by zero
#include <stdio.h>
int main(void) {
    int zero = 0;
    printf("before\n");
    fflush(stdout);
    return 10 / zero;
}
