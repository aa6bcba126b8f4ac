/* scenario: overflow-pymem-then-realloc
 * what: PyMem_Malloc(10), write p[10], then PyMem_Realloc(p, 100) and PyMem_Free of the result.
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
    p = (char *) PyMem_Malloc(10);
    memcpy(p, "0123456789", 10);
    p[10] = 'x';
    printf("calling PyMem_Realloc(p, 100)\n");
    fflush(stdout);
    q = (char *) PyMem_Realloc(p, 100);
    if (q == NULL) {
        printf("PyMem_Realloc returned NULL\n");
        return 1;
    }
    printf("first 10 bytes kept: %s\n", memcmp(q, "0123456789", 10) == 0 ? "yes" : "no");
    PyMem_Free(q);
    Py_Finalize();
    printf("done\n");
    return 0;
}
