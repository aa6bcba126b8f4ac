// expect-stdout: 8 2 15 1 2
// expect-stdout: 1 7 6 20 2
// expect-stdout: 0 1 1 0 1 0
// expect-stdout: 0 -6 -5
// expect-stdout: 0 1 2
// expect-stdout: 6 4 10
// expect-stdout: 285
// expect-stdout: 12 22
// expect-stdout: 285
// expect-stdout: 2
// expect-stdout: 2147483648
#include <stdio.h>
int calls;
int t(int v) { calls++; return v; }
int main(void) {
    int a = 5, b = 3;
    printf("%d %d %d %d %d\n", a + b, a - b, a * b, a / b, a % b);
    printf("%d %d %d %d %d\n", a & b, a | b, a ^ b, a << 2, a >> 1);
    printf("%d %d %d %d %d %d\n", a < b, a > b, a <= 5, a >= 6, a == 5, a != 5);
    printf("%d %d %d\n", !a, ~a, -a);
    calls = 0;
    int r = t(0) && t(1);
    int s = t(1) || t(0);
    printf("%d %d %d\n", r, s, calls);
    int c = (a++, b++, a + b);
    printf("%d %d %d\n", a, b, c);
    a += 2; a -= 1; a *= 3; a /= 2; a %= 7; a <<= 3; a >>= 1; a &= 0xff; a |= 0x100; a ^= 0x11;
    printf("%d\n", a);
    int x = 10;
    int y = x++ + ++x;
    printf("%d %d\n", x, y);
    printf("%d\n", a > b ? a : b);
    int q = 0;
    q = q ? 1 : q == 0 ? 2 : 3;
    printf("%d\n", q);
    unsigned u = 1;
    u <<= 31;
    printf("%u\n", u);
    return 0;
}
