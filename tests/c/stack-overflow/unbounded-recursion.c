// big-stack: yes
// expect-exit: 139
// expect-signal: SIGSEGV
// expect-evidence-contains: Stack overflow
#include <stdio.h>
int down(int n) { char pad[64]; pad[0] = (char) n; return down(n + 1) + pad[0]; }
int main(void) {
    printf("going down\n");
    return down(0);
}
