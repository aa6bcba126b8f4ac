/* scenario: dfree-raw
 * what: PyMem_RawFree twice on a PyMem_RawMalloc(10) block (glibc in every mode, wrapped with API id 'r' by the debug hooks).
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
    printf("first PyMem_RawFree\n");
    fflush(stdout);
    PyMem_RawFree(p);
    printf("second PyMem_RawFree\n");
    fflush(stdout);
    PyMem_RawFree(p);
    printf("second PyMem_RawFree returned\n");
    fflush(stdout);
    Py_Finalize();
    printf("done\n");
    return 0;
}
