/* scenario: dfree-large-malloc
 * what: plain C double free of a 2000-byte chunk (beyond the tcache) with a guard chunk after it, so it sits in the unsorted bin.
 */
#include <Python.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int
main(void)
{
    char *p;
    char *guard;
    p = (char *) malloc(2000);
    guard = (char *) malloc(2000);
    printf("first free\n");
    fflush(stdout);
    free(p);
    printf("second free\n");
    fflush(stdout);
    free(p);
    printf("second free returned\n");
    free(guard);
    return 0;
}
