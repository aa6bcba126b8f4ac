/* scenario: huge-pymem-new-long-quarter
 * what: PyMem_New(long, PY_SSIZE_T_MAX/4): n * sizeof(long) would overflow, so the macro's check returns NULL without calling the allocator.
 */
#include <Python.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int
main(void)
{
    long *p;
    Py_Initialize();
    p = PyMem_New(long, PY_SSIZE_T_MAX / 4);
    printf("PyMem_New(long, PY_SSIZE_T_MAX/4) returned NULL: %s\n", p == NULL ? "yes" : "no");
    PyMem_Del(p);
    Py_Finalize();
    printf("done\n");
    return 0;
}
