// expect-stdout: 300
// expect-stdout: 0
// expect-stdout: 0
// expect-stdout: 1
// expect-stdout: 1
// expect-stdout: 4
// expect-stdout: 1
// expect-stdout: -201
// expect-stdout: 0
// expect-stdout: 18446744073709551614
// expect-stdout: 1
// expect-stdout: 1
#include <stdio.h>
int main(void) {
    unsigned char a = 200, b = 100;
    int sum = a + b;
    char c = -1;
    unsigned int u = 1;
    printf("%d\n", sum);
    printf("%d\n", c < u);
    printf("%d\n", -1 < 1u);
    printf("%d\n", -1L < 1u);
    printf("%d\n", (unsigned short)65535 * (unsigned short)65535 < 0);
    printf("%zu\n", sizeof(a + b));
    printf("%zu\n", sizeof(c));
    printf("%d\n", ~a);
    long x = -5; unsigned long y = 3;
    printf("%d\n", x < y);
    printf("%lu\n", x + y);
    _Bool t = 42;
    printf("%d\n", t);
    t = 0.5;
    printf("%d\n", t);
    return 0;
}
