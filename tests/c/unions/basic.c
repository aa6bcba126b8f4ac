// expect-stdout: 3f800000
// expect-stdout: 63 128
// expect-stdout: DA
// expect-stdout: 4
// expect-stdout: 1 16
// expect-stdout: 40000000
#include <stdio.h>
union u { int i; float f; unsigned char b[4]; };
struct tagged { int kind; union { long l; double d; }; };
int main(void) {
    union u x;
    x.f = 1.0f;
    printf("%x\n", x.i);
    printf("%d %d\n", x.b[3], x.b[2]);
    x.i = 0x41424344;
    printf("%c%c\n", x.b[0], x.b[3]);
    printf("%zu\n", sizeof(union u));
    struct tagged t;
    t.kind = 1;
    t.d = 2.5;
    printf("%d %zu\n", t.kind, sizeof t);
    union u y = {.f = 2.0f};
    printf("%x\n", y.i);
    return 0;
}
