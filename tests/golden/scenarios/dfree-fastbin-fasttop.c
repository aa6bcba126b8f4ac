/* scenario: dfree-fastbin-fasttop
 * what: plain C double free of a small chunk that went to a fastbin because seven earlier frees filled its tcache bin.
 */
#include <Python.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int
main(void)
{
    char *a[8];
    int i;
    for (i = 0; i < 8; i++)
        a[i] = (char *) malloc(10);
    for (i = 0; i < 7; i++)
        free(a[i]);
    printf("tcache bin filled with 7 chunks\n");
    printf("first free of a[7]\n");
    fflush(stdout);
    free(a[7]);
    printf("second free of a[7]\n");
    fflush(stdout);
    free(a[7]);
    printf("second free returned\n");
    return 0;
}
