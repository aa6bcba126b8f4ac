/* scenario: overflow-pyobject-by-one
 * what: PyObject_Malloc(10), write p[10] (one past the end), then PyObject_Free.
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
    printf("writing p[10]\n");
    fflush(stdout);
    p[10] = 'x';
    printf("calling PyObject_Free\n");
    fflush(stdout);
    PyObject_Free(p);
    printf("PyObject_Free returned\n");
    Py_Finalize();
    printf("done\n");
    return 0;
}
