// expect-stdout: 3 -3
// expect-stdout: 44
// expect-stdout: 4464
// expect-stdout: 4294967295 18446744073709551615
// expect-stdout: A
// expect-stdout: 65
// expect-stdout: 1
// expect-stdout: 3.500000
// expect-stdout: 7
// expect-stdout: 1000000000000000000
// expect-stdout: 66
// expect-stdout: 16777216.0
#include <stdio.h>
#include <stdint.h>
int main(void) {
    double d = 3.99;
    printf("%d %d\n", (int)d, (int)-d);
    printf("%u\n", (unsigned char)300);
    printf("%d\n", (short)70000);
    long l = -1;
    printf("%u %lu\n", (unsigned)l, (unsigned long)l);
    int x = 65;
    printf("%c\n", (char)x);
    void *p = &x;
    printf("%d\n", *(int *)p);
    uintptr_t u = (uintptr_t)p;
    printf("%d\n", *(int *)u == 65);
    printf("%f\n", (double)7 / 2);
    printf("%d\n", (int)(3.5f * 2));
    printf("%ld\n", (long)1e18);
    printf("%d\n", (int)'A' + 1);
    float f = (float)16777217;
    printf("%.1f\n", f);
    return 0;
}
