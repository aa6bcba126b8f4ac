/* scenario: zero-realloc
 * what: plain C realloc(p, 0) on a malloc(10) block frees it and returns NULL (glibc REALLOC_ZERO_BYTES_FREES).
 */
#include <Python.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int
main(void)
{
    char *p;
    char *r;
    char *again;
    p = (char *) malloc(10);
    r = (char *) realloc(p, 0);
    printf("realloc(p, 0) returned NULL: %s\n", r == NULL ? "yes" : "no");
    again = (char *) malloc(10);
    printf("next malloc(10) reuses p: %s\n", again == p ? "yes" : "no");
    free(again);
    printf("done\n");
    return 0;
}
