/* scenario: xfree-raw-malloc-to-free
 * what: a PyMem_RawMalloc(10) block released with glibc free() (API id 'r' under the debug hooks).
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
    printf("calling free\n");
    fflush(stdout);
    free(p);
    printf("free returned\n");
    Py_Finalize();
    printf("done\n");
    return 0;
}
