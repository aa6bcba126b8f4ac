/* scenario: pymem-free-plus-one
 * what: PyMem_Free(p + 1) for p = PyMem_Malloc(10), then two PyMem_Malloc(10) calls: pymalloc finds the pool by masking the address.
 */
#include <Python.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int
main(void)
{
    char *p;
    char *a;
    Py_Initialize();
    p = (char *) PyMem_Malloc(10);
    printf("calling PyMem_Free(p + 1)\n");
    fflush(stdout);
    PyMem_Free(p + 1);
    printf("PyMem_Free returned\n");
    fflush(stdout);
    a = (char *) PyMem_Malloc(10);
    printf("next PyMem_Malloc(10) returned p + 1: %s\n", a == p + 1 ? "yes" : "no");
    fflush(stdout);
    Py_Finalize();
    printf("done\n");
    return 0;
}
