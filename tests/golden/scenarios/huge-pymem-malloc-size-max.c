/* scenario: huge-pymem-malloc-size-max
 * what: PyMem_Malloc((size_t)-1) returns NULL (size above PY_SSIZE_T_MAX) and sets no exception.
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
    p = (char *) PyMem_Malloc((size_t) -1);
    printf("PyMem_Malloc((size_t)-1) returned NULL: %s\n", p == NULL ? "yes" : "no");
    printf("exception set: %s\n", PyErr_Occurred() != NULL ? "yes" : "no");
    PyMem_Free(p);
    Py_Finalize();
    printf("done\n");
    return 0;
}
