// expect-stdout: 8748534153485358512 8512 374
// expect-stdout: 3040900993826735515 5515 344
// expect-stdout: 3453997556048239312 9312 123
// expect-stdout: 3453997556048239312
// expect-stdout: -9223372036854775808 9223372036854775807
// expect-stdout: 0 18446744073709551615
// expect-stdout: 1763668414462081127 1 7890
// expect-stdout: 6148914691236517205 350686
// expect-stdout: 9223372036854775808 -1 -1
// expect-stdout: 1 6172839450617283945
// expect-stdout: -2 4611686018427387904
// expect-stdout: 0 -1
// expect-stdout: 0 1 1
// expect-stdout: 1 1
// expect-stdout: -1 -3 3
// expect-stdout: 9007199254740993
// expect-stdout: 9007199254740993 2
// expect-stdout: 3705032704 -294967296
// expect-stdout: 0 0
// Checked against gcc -O0 on x86-64: 64-bit wrap, shifts by 63, unsigned / and % above 2^53,
// xorshift on words, mixed signed/unsigned comparisons (the compiled paths of emit-js.ts).
#include <stdio.h>
static unsigned long long g = 88172645463325252ULL;
static long gs = -3;
int main(void) {
    unsigned long long x = g;
    long s = -9223372036854775807L - 1;
    long t = 9223372036854775807L;
    unsigned long u = 18446744073709551615UL;
    unsigned long big = 12345678901234567890UL;
    int a[4] = {1, 2, 3, 4};
    int i;
    for (i = 0; i < 3; i++) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        printf("%llu %llu %llu\n", x, x % 10000, 1 + (x >> 32) % 512);
    }
    g = x;
    printf("%llu\n", g);
    printf("%ld %ld\n", t + 1, s - 1);
    printf("%lu %lu\n", u + 1, 0UL - 1);
    printf("%lu %lu %lu\n", big / 7, big % 7, big % 10000);
    printf("%lu %lu\n", u / 3, u % 1000003);
    printf("%lu %ld %ld\n", 1UL << 63, (long) (1UL << 63) >> 63, s >> 63);
    printf("%lu %lu\n", u >> 63, big >> 1);
    printf("%ld %ld\n", gs >> 1, gs << 62);
    unsigned long long y = x;
    y <<= 63;
    y >>= 1;
    long z = gs;
    z >>= 40;
    printf("%llu %ld\n", y, z);
    printf("%d %d %d\n", -1 < 1UL, -1L < 1U, (unsigned) -1 > 1);
    printf("%d %d\n", big > (unsigned long) t, (long) big < 0);
    printf("%ld %ld %ld\n", -7L % 3, -7L / 2, 9007199254740993L % 10);
    printf("%lu\n", 9007199254740991UL + 2);
    long k = 9007199254740991L;
    k++;
    k++;
    printf("%ld %d\n", k, a[k % 4]);
    unsigned ww = 4000000000u;
    printf("%u %d\n", ww + ww, (int) ww);
    long m = 4294967296L * 65536;
    m *= 65536;
    printf("%ld %ld\n", m, m * 2);
    return 0;
}
