// expect-stdout: 1 2 0
// expect-stdout: 4 0 5 7
// expect-stdout: 1 ab 3 0
// expect-stdout: 4 0 8 9
// expect-stdout: 1 2 x
// expect-stdout: hi 42
// expect-stdout: 7
// expect-stdout: 11
#include <stdio.h>
struct s { int a; char b[4]; int c[2]; };
int main(void) {
    int a[5] = {1, 2};
    int b[] = {[3] = 7, [1] = 5};
    struct s x = {1, "ab", {3}};
    struct s y = {.c = {8, 9}, .a = 4};
    struct s z[2] = {{1}, [1] = {.a = 2, .b = "x"}};
    char str[] = {'h', 'i', 0};
    int scalar = {42};
    printf("%d %d %d\n", a[0], a[1], a[4]);
    printf("%zu %d %d %d\n", sizeof b / sizeof b[0], b[0], b[1], b[3]);
    printf("%d %s %d %d\n", x.a, x.b, x.c[0], x.c[1]);
    printf("%d %d %d %d\n", y.a, y.b[0], y.c[0], y.c[1]);
    printf("%d %d %s\n", z[0].a, z[1].a, z[1].b);
    printf("%s %d\n", str, scalar);
    int *p = (int[]){5, 6, 7};
    printf("%d\n", p[2]);
    struct s w = (struct s){.a = 11};
    printf("%d\n", w.a);
    return 0;
}
