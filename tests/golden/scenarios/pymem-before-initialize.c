/* scenario: pymem-before-initialize
 * what: PyMem_Malloc(10) before Py_Initialize (default allocator, no hooks yet), PyMem_Free after it (PYTHONMALLOC now in force).
 */
#include <Python.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int
main(void)
{
    char *p;
    p = (char *) PyMem_Malloc(10);
    memset(p, 'a', 10);
    Py_Initialize();
    printf("calling PyMem_Free on the pre-initialization block\n");
    fflush(stdout);
    PyMem_Free(p);
    printf("PyMem_Free returned\n");
    Py_Finalize();
    printf("done\n");
    return 0;
}
