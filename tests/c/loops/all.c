// expect-stdout: 7 21
// expect-stdout: 15
// expect-stdout: 35
// expect-stdout: 6
// expect-stdout: 76
// expect-stdout: 321
#include <stdio.h>
int main(void) {
    int i = 0, s = 0;
    while (i < 10) { if (i == 7) break; s += i++; }
    printf("%d %d\n", i, s);
    do { s--; } while (s > 15);
    printf("%d\n", s);
    for (int j = 0; j < 10; j++) { if (j % 2) continue; s += j; }
    printf("%d\n", s);
    int n = 0;
    for (;;) { if (++n > 5) break; }
    printf("%d\n", n);
    for (int a = 0, b = 10; a < b; a++, b--) n += a * b;
    printf("%d\n", n);
    int k = 3;
    do printf("%d", k); while (--k);
    printf("\n");
    return 0;
}
