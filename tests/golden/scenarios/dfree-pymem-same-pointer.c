/* scenario: dfree-pymem-same-pointer
 * what: PyMem_Free twice on a PyMem_Malloc(10) block, then two PyMem_Malloc(10) calls: do both return the same pointer?
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
    char *b;
    Py_Initialize();
    p = (char *) PyMem_Malloc(10);
    printf("first PyMem_Free\n");
    fflush(stdout);
    PyMem_Free(p);
    printf("second PyMem_Free\n");
    fflush(stdout);
    PyMem_Free(p);
    printf("second PyMem_Free returned\n");
    fflush(stdout);
    a = (char *) PyMem_Malloc(10);
    b = (char *) PyMem_Malloc(10);
    printf("a == p: %s\n", a == p ? "yes" : "no");
    printf("b == p: %s\n", b == p ? "yes" : "no");
    printf("same pointer: %s\n", a == b ? "yes" : "no");
    fflush(stdout);
    Py_Finalize();
    printf("done\n");
    return 0;
}
