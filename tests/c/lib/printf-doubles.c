/* Floating-point printf stress, recorded against glibc by record-printf-cases.sh into
 * printf-doubles.expected.txt. printf-format.test.ts regenerates the same doubles (xorshift64,
 * exponent folded into 2^-70 .. 2^70) and compares every line byte for byte. */
#include <stdio.h>
#include <string.h>
#include <stdint.h>

static uint64_t state = 0x9e3779b97f4a7c15ULL;

static uint64_t
next(void)
{
  state ^= state << 13;
  state ^= state >> 7;
  state ^= state << 17;
  return state;
}

int
main(void)
{
  for (int i = 0; i < 400; i++) {
    uint64_t bits = next();
    uint64_t e = 0x3ff - 70 + (bits >> 52 & 0x7ff) % 141;
    double x;
    bits = (bits & 0x800fffffffffffffULL) | (e << 52);
    memcpy(&x, &bits, 8);
    if (i % 4 == 3)
      x = (double) (int64_t) (next() % 2000001) / 1000.0 - 1000.0; /* short decimals: ties */
    printf("%.17g|%.3e|%f|%.0f|%.10f|%g|%#.5g|%.1e|%12.4f|%-+10.2e|\n", x, x, x, x, x, x, x, x, x, x);
  }
  return 0;
}
