/* scenario: underflow-pymem-by-one
 * what: PyMem_Malloc(10), write p[-1] = 0 (one before the start), then PyMem_Free.
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
    memset(p, 'a', 10);
    printf("writing p[-1]\n");
    fflush(stdout);
    p[-1] = 0;
    printf("calling PyMem_Free\n");
    fflush(stdout);
    PyMem_Free(p);
    printf("PyMem_Free returned\n");
    Py_Finalize();
    printf("done\n");
    return 0;
}
