// expect-stdout: 10 30 40
// expect-stdout: 4
// expect-stdout: 40
// expect-stdout: 20
// expect-stdout: 1 1
// expect-stdout: 20
// expect-stdout: 140000000a
// expect-stdout: 8
// expect-stdout: 99
// expect-stdout: -3
// expect-stdout: 1
// expect-stdout: 1
#include <stdio.h>
#include <stddef.h>
int main(void) {
    int a[5] = {10, 20, 30, 40, 50};
    int *p = a;
    int *q = &a[4];
    printf("%d %d %d\n", *p, *(p + 2), q[-1]);
    printf("%td\n", q - p);
    p += 3;
    printf("%d\n", *p--);
    printf("%d\n", *--p);
    printf("%d %d\n", p < q, p == &a[1]);
    char *c = (char *)a;
    printf("%d\n", c[4]);
    long *lp = (long *)a;
    printf("%lx\n", *lp);
    void *v = a;
    printf("%d\n", (int)((char *)v + 8 - (char *)a));
    int **pp = &p;
    **pp = 99;
    printf("%d\n", a[1]);
    ptrdiff_t d = &a[0] - &a[3];
    printf("%td\n", d);
    int *n = NULL;
    printf("%d\n", n == 0);
    printf("%d\n", !n);
    return 0;
}
