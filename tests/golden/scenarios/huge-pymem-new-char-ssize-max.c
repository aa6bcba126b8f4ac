/* scenario: huge-pymem-new-char-ssize-max
 * what: PyMem_New(char, PY_SSIZE_T_MAX) passes the macro's overflow check and reaches the allocator, which returns NULL.
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
    printf("calling PyMem_New(char, PY_SSIZE_T_MAX)\n");
    fflush(stdout);
    p = PyMem_New(char, PY_SSIZE_T_MAX);
    printf("returned NULL: %s\n", p == NULL ? "yes" : "no");
    PyMem_Del(p);
    Py_Finalize();
    printf("done\n");
    return 0;
}
