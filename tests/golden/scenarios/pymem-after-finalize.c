/* scenario: pymem-after-finalize
 * what: PyMem_Malloc(10) and PyMem_Free after Py_Finalize has run.
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
    Py_Finalize();
    printf("calling PyMem_Malloc(10) after Py_Finalize\n");
    fflush(stdout);
    p = (char *) PyMem_Malloc(10);
    printf("returned %s\n", p == NULL ? "NULL" : "a block");
    fflush(stdout);
    if (p != NULL) {
        memset(p, 'a', 10);
        PyMem_Free(p);
    }
    printf("done\n");
    return 0;
}
