// 64-bit return values beyond 2^53 (returned as two words, no bigint on the way) stay exact:
// stored straight into locals, used as values, returned through a function pointer and by
// recursion, and signed ones negative.
// expect-stdout: 8748534153485358512 3040900993826735515 3453997556048239312
// expect-stdout: 853 8204724074003728306
// expect-stdout: 18446744073709551615 -9223372036854775808 9007199254740993
// expect-stdout: fedcba9876543210 1
#include <stdio.h>

static unsigned long long state = 88172645463325252ULL;

static unsigned long long next(void)
{
    unsigned long long x = state;
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    state = x;
    return x;
}

static long long as_signed(void) { return (long long) next(); }
static unsigned long all_ones(void) { return ~0UL; }
static long min_long(void) { return -9223372036854775807L - 1; }
static unsigned long past_safe(void) { unsigned long x = 9007199254740992UL; return x + 1; }
static unsigned long rec(int n) { return n == 0 ? 0xfedcba9876543210UL : rec(n - 1); }

int main(void)
{
    unsigned long long a = next();
    unsigned long long (*f)(void) = next;
    unsigned long long b = f();
    long long c = as_signed();
    printf("%llu %llu %lld\n", a, b, c);
    unsigned long long slot = next() % 10000;
    unsigned long long d;
    d = next();
    printf("%llu %llu\n", slot, d);
    printf("%lu %ld %lu\n", all_ones(), min_long(), past_safe());
    printf("%lx %d\n", rec(5), rec(3) == 0xfedcba9876543210UL);
    return 0;
}
