/* scenario: xfree-pymem-malloc-480-to-free
 * what: a PyMem_Malloc(480) block released with glibc free(), which reads the last 8 bytes of the neighbouring pymalloc block as its size word.
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
    p = (char *) PyMem_Malloc(480);
    if (p == NULL) {
        printf("PyMem_Malloc(480) returned NULL\n");
        return 1;
    }
    memset(p, 'a', 480);
    printf("PyMem_Malloc(480) returned a block\n");
    printf("calling free\n");
    fflush(stdout);
    free(p);
    printf("free returned\n");
    Py_Finalize();
    printf("done\n");
    return 0;
}
