/* printf cases recorded against real glibc by record-printf-cases.sh; tests/c/lib/printf-format.test.ts
 * parses every CASE line below, runs the same format and arguments through src/c/lib/printf-format.ts
 * and compares the result with printf-cases.expected.txt byte for byte.
 * Each case prints its output, then "|<printf's return value>\n". Arguments are literals only:
 * integers (suffixes as C needs them), doubles, strings, NULL, (void *)0x..., and the names below. */
#include <stdio.h>

#define CASE(...) do { int n_ = printf(__VA_ARGS__); printf("|%d\n", n_); } while (0)
#define INF (__builtin_inf())
#define NAN_ (__builtin_nan(""))
#define LLMIN (-9223372036854775807LL - 1)

int
main(void)
{
  CASE("plain text");
  CASE("%%");
  CASE("%d", 0);
  CASE("%d", 42);
  CASE("%d", -42);
  CASE("%i", 2147483647);
  CASE("%d", -2147483647 - 1);
  CASE("%5d|%-5d|%05d", 42, 42, 42);
  CASE("%+d %+d % d % d", 5, -5, 5, -5);
  CASE("%+05d|% 05d|%-+5d", 7, 7, 7);
  CASE("%.3d|%.0d|%.0d|%5.0d|%-5.0d|", 7, 0, 1, 0, 0);
  CASE("%08.3d|%-8.3d|%+.3d", 42, 42, 42);
  CASE("%*d|%-*d|%*d", 6, 1, 6, 2, -6, 3);
  CASE("%.*d|%.*d", 4, 9, -1, 9);
  CASE("%hhd %hhd %hd %hd", 300, -129, 70000, -32769);
  CASE("%hhu %hu", 300, 70000);
  CASE("%u", 4294967295U);
  CASE("%u", 0);
  CASE("%ld", 9223372036854775807L);
  CASE("%ld", -9223372036854775807L);
  CASE("%lld", LLMIN);
  CASE("%lu", 18446744073709551615UL);
  CASE("%llu", 12345678901234567890ULL);
  CASE("%zu %zd", 18446744073709551615UL, -1L);
  CASE("%zu", 9007199254740993UL);
  CASE("%x %X %#x %#X", 255, 255, 255, 255);
  CASE("%#x|%#o|%#.0x|%#.0o|%.0o", 0, 0, 0, 0, 0);
  CASE("%lx %lX", 0xdeadbeefcafebabeUL, 0x5555555592a0UL);
  CASE("%o %#o %#5o %-#6o|", 8, 8, 8, 8);
  CASE("%#08x|%#-8x|%08.4x|%+x|% x", 255, 255, 255, 255, 255);
  CASE("%jd %td %qd", -3L, -4L, 5LL);
  CASE("%c%c%c", 'a', 'b', 'c');
  CASE("%3c|%-3c|%03c|", 'x', 'y', 'z');
  CASE("%c", 321);
  CASE("%s", "hello");
  CASE("%10s|%-10s|%.3s|%10.2s|%-6.1s|", "hello", "hello", "hello", "hello", "hello");
  CASE("%05s|", "ab");
  CASE("%s", "");
  CASE("%s|%10s|%-8s|%.6s|%.5s|%.0s|", NULL, NULL, NULL, NULL, NULL, NULL);
  CASE("%p", (void *) 0x5555555592a0);
  CASE("%p", (void *) 0x7ffff7fa8760);
  CASE("%p|%10p|%-10p|", NULL, NULL, NULL);
  CASE("%.3p|%.8p|", NULL, NULL);
  CASE("%20p|%-20p|%020p|", (void *) 0x1234, (void *) 0x1234, (void *) 0x1234);
  CASE("%+p|% p|%.8p|%#p", (void *) 0x10, (void *) 0x10, (void *) 0x10, (void *) 0x10);
  CASE("%p", (void *) 0xffffffffffffffff);
  CASE("%f", 0.0);
  CASE("%f", -0.0);
  CASE("%f", 1.0);
  CASE("%f", 3.14159265358979);
  CASE("%f", -2.5);
  CASE("%.0f %.0f %.0f %.0f %.0f", 0.5, 1.5, 2.5, 3.5, -0.5);
  CASE("%.1f %.1f %.1f", 0.05, 0.15, 0.25);
  CASE("%.2f", 1.005);
  CASE("%.20f", 0.1);
  CASE("%.30f", 1e-10);
  CASE("%f", 1e300);
  CASE("%f", 123456789.123456789);
  CASE("%10.3f|%-10.3f|%010.3f|%+.2f|% .2f", 3.14159, 3.14159, -3.14159, 2.0, 2.0);
  CASE("%#.0f|%.0f", 3.0, 3.0);
  CASE("%F", 1.5);
  CASE("%e", 0.0);
  CASE("%e", 1.0);
  CASE("%e", 12345.6789);
  CASE("%e", -0.000123456);
  CASE("%.0e|%#.0e|%.2e|%E", 15000.0, 15000.0, 9.995, 1e-300);
  CASE("%e", 1e100);
  CASE("%e", 5e-324);
  CASE("%e", 1.7976931348623157e308);
  CASE("%.3e", 9.9996);
  CASE("%12.4e|%-12.4e|%012.4e|", 3.14159, 3.14159, -3.14159);
  CASE("%g", 0.0);
  CASE("%g", 100000.0);
  CASE("%g", 1000000.0);
  CASE("%g", 0.0001);
  CASE("%g", 0.00001);
  CASE("%g", 3.14159265);
  CASE("%g %g %g", 1.5, 2.0, 1e-5);
  CASE("%.3g|%.0g|%.1g|%#g|%#.3g", 3.14159, 3.14159, 0.000123, 1.0, 2.0);
  CASE("%G", 1.5e-10);
  CASE("%g", 123456789.0);
  CASE("%.10g", 123456789.0);
  CASE("%10g|%-10g|%010g|", 1.5, 1.5, -1.5);
  CASE("%g", 9.9999995);
  CASE("%.2g", 99.5);
  CASE("%f %e %g", INF, INF, -INF);
  CASE("%F %E %G", INF, -INF, INF);
  CASE("%f %e %g %F", NAN_, NAN_, NAN_, NAN_);
  CASE("%5f|%-6f|%06f|%+f", INF, INF, INF, INF);
  CASE("%5%|%-5%|");
  CASE("%y %d", 5);
  CASE("%d %s %c %x %f %p", -1, "mix", '!', 255, 0.5, (void *) 0xabc);
  CASE("BUFSIZ is %d, %zu bytes", 8192, 8192UL);
  CASE("allocated three buffers of %d bytes", 8192);
  CASE("%'d %'.2f", 1234567, 1234.5);
  return 0;
}
