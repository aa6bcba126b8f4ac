/* scenario: dfree-tcache
 * what: plain C double free of a small malloc block in a fresh process (the chunk is still in the tcache).
 */
#include <Python.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int
main(void)
{
    char *p;
    p = (char *) malloc(10);
    printf("first free\n");
    fflush(stdout);
    free(p);
    printf("second free\n");
    fflush(stdout);
    free(p);
    printf("second free returned\n");
    return 0;
}
