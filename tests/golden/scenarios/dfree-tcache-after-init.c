/* scenario: dfree-tcache-after-init
 * what: the same malloc(10) double free after Py_Initialize, whose own frees may already have filled the 0x20 tcache bin.
 */
#include <Python.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int
main(void)
{
    char *p;
    Py_Initialize();
    p = (char *) malloc(10);
    printf("first free\n");
    fflush(stdout);
    free(p);
    printf("second free\n");
    fflush(stdout);
    free(p);
    printf("second free returned\n");
    Py_Finalize();
    printf("done\n");
    return 0;
}
