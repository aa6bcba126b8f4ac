// expect-exit: 136
// expect-signal: SIGFPE
#include <limits.h>
int main(void) {
    volatile int a = INT_MIN;
    int b = -1;
    return a / b;
}
