/* scenario: xfree-pymem-malloc-to-raw-free-small
 * what: a PyMem_Malloc(10) block released with PyMem_RawFree (glibc free in release).
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
    printf("calling PyMem_RawFree\n");
    fflush(stdout);
    PyMem_RawFree(p);
    printf("PyMem_RawFree returned\n");
    Py_Finalize();
    printf("done\n");
    return 0;
}
