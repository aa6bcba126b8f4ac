/* scenario: realloc-pymem-on-malloc
 * what: PyMem_Realloc(p, 100) on a malloc(10) block, then PyMem_Free of the result.
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
    p = (char *) malloc(10);
    memcpy(p, "abcdefghi", 10);
    printf("calling PyMem_Realloc(p, 100)\n");
    fflush(stdout);
    q = (char *) PyMem_Realloc(p, 100);
    printf("PyMem_Realloc returned %s\n", q == NULL ? "NULL" : "a block");
    printf("data kept: %s\n", q != NULL && strcmp(q, "abcdefghi") == 0 ? "yes" : "no");
    fflush(stdout);
    PyMem_Free(q);
    Py_Finalize();
    printf("done\n");
    return 0;
}
