/* scenario: xfree-raw-malloc-to-pymem-free
 * what: a PyMem_RawMalloc(10) block (glibc malloc) released with PyMem_Free.
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
    p = (char *) PyMem_RawMalloc(10);
    if (p == NULL) {
        printf("PyMem_RawMalloc(10) returned NULL\n");
        return 1;
    }
    memset(p, 'a', 10);
    printf("PyMem_RawMalloc(10) returned a block\n");
    printf("calling PyMem_Free\n");
    fflush(stdout);
    PyMem_Free(p);
    printf("PyMem_Free returned\n");
    Py_Finalize();
    printf("done\n");
    return 0;
}
