/* scenario: zero-pymem-malloc
 * what: PyMem_Malloc(0) twice: both non-NULL and distinct, then both released with PyMem_Free.
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
    Py_Initialize();
    p = (char *) PyMem_Malloc(0);
    q = (char *) PyMem_Malloc(0);
    printf("first non-NULL: %s\n", p != NULL ? "yes" : "no");
    printf("second non-NULL: %s\n", q != NULL ? "yes" : "no");
    printf("distinct: %s\n", p != q ? "yes" : "no");
    PyMem_Free(p);
    PyMem_Free(q);
    Py_Finalize();
    printf("done\n");
    return 0;
}
