/* scenario: unflushed-tcache-double-free
 * what: progress lines printed without fflush, then a tcache double free: with stdout on a pipe or file the abort loses them.
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
    free(p);
    printf("second free\n");
    free(p);
    printf("second free returned\n");
    return 0;
}
