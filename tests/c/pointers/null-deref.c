// expect-exit: 139
// expect-signal: SIGSEGV
// expect-evidence-contains: *p
#include <stdio.h>
int main(void) {
    int *p = NULL;
    printf("before\n");
    *p = 1;
    printf("after\n");
    return 0;
}
