/* scenario: xfree-pymem-malloc-to-raw-free-large
 * what: a PyMem_Malloc(1000) block released with PyMem_RawFree.
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
    p = (char *) PyMem_Malloc(1000);
    if (p == NULL) {
        printf("PyMem_Malloc(1000) returned NULL\n");
        return 1;
    }
    memset(p, 'a', 1000);
    printf("PyMem_Malloc(1000) returned a block\n");
    printf("calling PyMem_RawFree\n");
    fflush(stdout);
    PyMem_RawFree(p);
    printf("PyMem_RawFree returned\n");
    Py_Finalize();
    printf("done\n");
    return 0;
}
