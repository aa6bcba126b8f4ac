/* scenario: xfree-pyobject-malloc-to-pymem-free-small
 * what: a PyObject_Malloc(10) block released with PyMem_Free.
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
    p = (char *) PyObject_Malloc(10);
    if (p == NULL) {
        printf("PyObject_Malloc(10) returned NULL\n");
        return 1;
    }
    memset(p, 'a', 10);
    printf("PyObject_Malloc(10) returned a block\n");
    printf("calling PyMem_Free\n");
    fflush(stdout);
    PyMem_Free(p);
    printf("PyMem_Free returned\n");
    Py_Finalize();
    printf("done\n");
    return 0;
}
