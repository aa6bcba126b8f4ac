/* scenario: zero-pymem-realloc
 * what: PyMem_Realloc(p, 0) on a 10-byte block returns a non-NULL block (resized, not freed), released with PyMem_Free.
 */
#include <Python.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int
main(void)
{
    char *p;
    char *r;
    Py_Initialize();
    p = (char *) PyMem_Malloc(10);
    memcpy(p, "abc", 4);
    r = (char *) PyMem_Realloc(p, 0);
    printf("PyMem_Realloc(p, 0) non-NULL: %s\n", r != NULL ? "yes" : "no");
    printf("moved: %s\n", r != p ? "yes" : "no");
    PyMem_Free(r);
    Py_Finalize();
    printf("done\n");
    return 0;
}
