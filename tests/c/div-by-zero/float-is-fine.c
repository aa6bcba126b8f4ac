// expect-stdout: inf -nan
#include <stdio.h>
int main(void) {
    double z = 0.0;
    printf("%g %g\n", 1.0 / z, z / z > 0 ? 1.0 : 0.0 / z * 0.0 + (z / z));
    return 0;
}
