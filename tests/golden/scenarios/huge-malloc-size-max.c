/* scenario: huge-malloc-size-max
 * what: plain C malloc((size_t)-1) and malloc(PTRDIFF_MAX-sized) requests return NULL.
 */
#include <Python.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int
main(void)
{
    char *p;
    char *q;
    p = (char *) malloc((size_t) -1);
    printf("malloc((size_t)-1) returned NULL: %s\n", p == NULL ? "yes" : "no");
    q = (char *) malloc((size_t) PY_SSIZE_T_MAX);
    printf("malloc(PY_SSIZE_T_MAX) returned NULL: %s\n", q == NULL ? "yes" : "no");
    free(p);
    free(q);
    printf("done\n");
    return 0;
}
