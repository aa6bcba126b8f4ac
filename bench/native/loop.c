/* bench: loop
 * what: the interpreter-speed baseline: a[i % 16] = (int) i; sum += a[i % 16] & 1; for i < n,
 *       compiled with gcc -O0 so the loop is really executed. n from argv[1], default 100,000,000.
 * Prints one JSON line: {"bench":"loop","n":N,"ns_per_iter":X,"sum":S}
 */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

int
main(int argc, char **argv)
{
    long n = 100000000L;
    int a[16];
    long sum = 0;
    long i;
    struct timespec t0;
    struct timespec t1;
    double ns;

    if (argc > 1)
        n = strtol(argv[1], NULL, 10);
    clock_gettime(CLOCK_MONOTONIC, &t0);
    for (i = 0; i < n; i++) {
        a[i % 16] = (int) i;
        sum += a[i % 16] & 1;
    }
    clock_gettime(CLOCK_MONOTONIC, &t1);
    ns = (double) (t1.tv_sec - t0.tv_sec) * 1e9 + (double) (t1.tv_nsec - t0.tv_nsec);
    printf("{\"bench\":\"loop\",\"n\":%ld,\"ns_per_iter\":%.3f,\"sum\":%ld}\n",
           n, n > 0 ? ns / (double) n : 0.0, sum);
    return 0;
}
