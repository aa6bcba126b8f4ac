// expect-stdout: 0.30000000000000004
// expect-stdout: 0.3000000119
// expect-stdout: 3.333
// expect-stdout: inf -inf
// expect-stdout: 0
// expect-stdout: 3.50
// expect-stdout: 3.00
// expect-stdout: inf
// expect-stdout: 3.5 -3.5
// expect-stdout: 1.234568e+04
// expect-stdout: 16 3
#include <stdio.h>
int main(void) {
    double a = 0.1, b = 0.2;
    printf("%.17g\n", a + b);
    float f = 0.1f;
    printf("%.10f\n", f * 3);
    printf("%.3f\n", 10.0 / 3);
    double z = 0.0;
    printf("%f %f\n", 1.0 / z, -1.0 / z);
    printf("%d\n", 0.1 + 0.2 == 0.3);
    int i = 7;
    printf("%.2f\n", i / 2.0);
    printf("%.2f\n", (double)(i / 2));
    float g = 1e30f;
    g *= g;
    printf("%f\n", g);
    double n = 2.5;
    n++;
    printf("%g %g\n", n, -n);
    printf("%e\n", 12345.678);
    long double ld = 1.5L;
    printf("%zu %d\n", sizeof ld, (int)(ld * 2));
    return 0;
}
