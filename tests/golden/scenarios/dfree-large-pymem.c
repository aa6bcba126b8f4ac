/* scenario: dfree-large-pymem
 * what: PyMem_Free twice on a PyMem_Malloc(2000) block (glibc malloc in release), with a guard block after it.
 */
#include <Python.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int
main(void)
{
    char *p;
    char *guard;
    Py_Initialize();
    p = (char *) PyMem_Malloc(2000);
    guard = (char *) PyMem_Malloc(2000);
    printf("first PyMem_Free\n");
    fflush(stdout);
    PyMem_Free(p);
    printf("second PyMem_Free\n");
    fflush(stdout);
    PyMem_Free(p);
    printf("second PyMem_Free returned\n");
    fflush(stdout);
    PyMem_Free(guard);
    Py_Finalize();
    printf("done\n");
    return 0;
}
