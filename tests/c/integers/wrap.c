// expect-stdout: -2147483648 4294967295 -128 1 -32768 0
// expect-stdout: -9223372036854775808 18446744073709551615 9223372036854775807 4
// expect-stdout: 1073741824
// expect-stdout: 4611686018427387904
// expect-stdout: 9223372036854775808
// expect-stdout: -3
// expect-stdout: -1 1
// expect-stdout: -3 -1
// expect-stdout: 1705032704
// expect-stdout: 9000000000000000000
// expect-stdout: -9223372036709301616
// expect-stdout: deadbeefcafebabe
// expect-stdout: deadbeefcafebab
// expect-stdout: -150065818075403349
// expect-stdout: ff00ff00ff00ff
// expect-stdout: 9223372036854775807
// expect-stdout: -2147483648
// expect-stdout: -56
// expect-stdout: 2147483647
// expect-stdout: -1
// expect-stdout: 9007199254740994
// expect-stdout: 6148914691236517205
// expect-stdout: 615
// expect-stdout: -922337203685477580
// expect-stdout: ffffffff00
// expect-stdout: 18446744073709551615 1
// expect-stdout: -727379968
#include <stdio.h>
#include <limits.h>
#include <stdint.h>
int main(void) {
    int i = INT_MAX; i++;
    unsigned u = 0; u--;
    char c = 127; c++;
    unsigned char uc = 255; uc += 2;
    short s = 32767; s += 1;
    unsigned short us = 65535; us++;
    long l = LONG_MAX; l += 1;
    unsigned long ul = 0; ul -= 1;
    long long ll = LLONG_MIN; ll--;
    size_t z = SIZE_MAX; z += 5;
    printf("%d %u %d %u %d %u\n", i, u, c, uc, s, us);
    printf("%ld %lu %lld %zu\n", l, ul, ll, z);
    printf("%d\n", INT_MIN / 2 * 3);
    printf("%ld\n", (long)1 << 62);
    printf("%lu\n", 1UL << 63);
    printf("%ld\n", -7L / 2);
    printf("%ld %ld\n", -7L % 3, 7L % -3);
    printf("%d %d\n", -7 / 2, -7 % 3);
    printf("%u\n", 3000000000u + 3000000000u);
    printf("%lu\n", 3000000000ul * 3000000000ul);
    printf("%ld\n", 3037000500L * 3037000500L);
    printf("%llx\n", 0xdeadbeefcafebabeULL);
    printf("%llx\n", 0xdeadbeefcafebabeULL >> 4);
    printf("%lld\n", (long long)0xdeadbeefcafebabeULL >> 4);
    printf("%lx\n", ~0UL ^ 0xff00ff00ff00ff00UL);
    printf("%ld\n", -1L & 0x7fffffffffffffffL);
    printf("%d\n", (int)2147483648u);
    printf("%d\n", (signed char)200);
    printf("%u\n", (unsigned)-1 >> 1);
    printf("%d\n", -1 >> 1);
    printf("%ld\n", 9007199254740993L + 1);
    printf("%lu\n", 18446744073709551615UL / 3);
    printf("%lu\n", 18446744073709551615UL % 1000);
    printf("%ld\n", -9223372036854775807L / 10);
    uint32_t a = 0xffffffff; uint64_t b = a; b <<= 8;
    printf("%lx\n", b);
    int64_t m = -1; uint64_t n = m;
    printf("%lu %d\n", n, m < 0u);
    printf("%d\n", 1000000 * 1000000);
    return 0;
}
