// expect-stdout: 43
// expect-stdout: 1
#include <stdio.h>
void set(int *out, int v) { *out = v; }
int main(void) {
    int x = 1;
    set(&x, 42);
    int *p = &x;
    *p += 1;
    printf("%d\n", x);
    char buf[4];
    int after = 7;
    printf("%d\n", (char *)&after != buf);
    return 0;
}
