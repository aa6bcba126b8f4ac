// The statement forms of ++ and -- on 64-bit locals (carry and borrow between the 32-bit words,
// wrap-around at the ends of the range) and remainders and quotients of 64-bit values by constants.
// (expected output from gcc -O0 on this machine)
// expect-stdout: 4294967296 4294967295
// expect-stdout: -4294967296 -4294967297
// expect-stdout: 0 18446744073709551615
// expect-stdout: -9223372036854775808 9223372036854775807
// expect-stdout: 10 10
// expect-stdout: 1557 1 453 1557
// expect-stdout: -7 -1152921504606846975
#include <stdio.h>
int main(void) {
    long a = 4294967295L, b = 4294967296L;
    unsigned long u = 18446744073709551615UL, z = 0;
    long m = 9223372036854775807L, n = -9223372036854775807L - 1;
    long c = -4294967297L, d = -4294967296L;
    long i;
    long count = 0;
    a++;
    b--;
    printf("%ld %ld\n", a, b);
    c++;
    d--;
    printf("%ld %ld\n", c, d);
    u++;
    z--;
    printf("%lu %lu\n", u, z);
    m++;
    n--;
    printf("%ld %ld\n", m, n);
    for (i = 4294967290L; i < 4294967300L; i++)
        count++;
    printf("%ld %ld\n", count, i - 4294967290L);
    unsigned long long r = 18446744073709551557ULL;
    unsigned long long big = 9007199254740993ULL;
    printf("%llu %llu %llu %llu\n", r % 10000, big % 8, r % 512, (r >> 32) % 10000 * 0 + r % 10000);
    long s = -9223372036854775807L;
    printf("%ld %ld\n", s % 10, s / 8);
    return 0;
}
