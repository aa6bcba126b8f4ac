/* scenario: free-interior-plus-one
 * what: plain C free(p + 1) for p = malloc(10).
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
    printf("calling free(p + 1)\n");
    fflush(stdout);
    free(p + 1);
    printf("free returned\n");
    return 0;
}
