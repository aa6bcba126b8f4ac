// expect-stdout: 172
// expect-stdout: 7 6
// expect-stdout: 3
// expect-stdout: 5 15
// expect-stdout: 5 15 1542
// 64-bit locals updated word-wise statement after statement (x ^= x << k), with the local also
// written behind the code's back (through a pointer, by a callee, in a loop body before the step
// runs) and on a path a case label or an else skips. Outputs from gcc -O0.
#include <stdio.h>
static unsigned long long set7(unsigned long long *p) { *p = 7; return 1; }
static unsigned long long pick(int k) {
    unsigned long long x = 1;
    switch (k) {
    case 0:
        x ^= x << 1;
    case 1:
        x ^= x << 2;
    }
    return x;
}
static unsigned long long branch(int k) {
    unsigned long long x = 3;
    if (k) x ^= x << 1;
    else x ^= x << 2;
    return x;
}
int main(void) {
    unsigned long long x = 1;
    unsigned long long *px = &x;
    unsigned long long y;
    unsigned long long i;
    unsigned long long n = 0;
    x ^= x << 1;
    *px = 100;
    x ^= x << 1;
    printf("%llu\n", x);
    x ^= x << 1;
    y = set7(&x);
    y ^= x;
    printf("%llu %llu\n", x, y);
    for (i = y; i < 1000; i ^= i << 1) {
        *(&i) = i + 100;
        n++;
    }
    printf("%llu\n", n);
    printf("%llu %llu\n", pick(1), pick(0));
    for (x = y; x < 1000; ) x ^= x << 1;
    printf("%llu %llu %llu\n", branch(1), branch(0), x);
    return 0;
}
