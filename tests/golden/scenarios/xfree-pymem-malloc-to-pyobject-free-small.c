/* scenario: xfree-pymem-malloc-to-pyobject-free-small
 * what: a PyMem_Malloc(10) block released with PyObject_Free (same pymalloc in release, API id 'm' vs 'o' under the debug hooks).
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
    p = (char *) PyMem_Malloc(10);
    if (p == NULL) {
        printf("PyMem_Malloc(10) returned NULL\n");
        return 1;
    }
    memset(p, 'a', 10);
    printf("PyMem_Malloc(10) returned a block\n");
    printf("calling PyObject_Free\n");
    fflush(stdout);
    PyObject_Free(p);
    printf("PyObject_Free returned\n");
    Py_Finalize();
    printf("done\n");
    return 0;
}
