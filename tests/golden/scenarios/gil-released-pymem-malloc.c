/* scenario: gil-released-pymem-malloc
 * what: PyMem_Malloc(10) and PyMem_Free while the GIL is released with PyEval_SaveThread.
 */
#include <Python.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int
main(void)
{
    PyThreadState *ts;
    char *p;
    Py_Initialize();
    ts = PyEval_SaveThread();
    printf("GIL released; calling PyMem_Malloc(10)\n");
    fflush(stdout);
    p = (char *) PyMem_Malloc(10);
    printf("PyMem_Malloc returned %s\n", p == NULL ? "NULL" : "a block");
    fflush(stdout);
    PyMem_Free(p);
    PyEval_RestoreThread(ts);
    Py_Finalize();
    printf("done\n");
    return 0;
}
