// step-limit: 100000
// expect-limit: steps
// expect-stdout: start
// expect-signal: SIGKILL
// expect-stderr-contains: step limit
#include <stdio.h>
int main(void) {
    printf("start\n");
    fflush(stdout);
    for (;;) { }
}
