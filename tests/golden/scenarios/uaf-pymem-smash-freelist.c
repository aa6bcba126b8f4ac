/* scenario: uaf-pymem-smash-freelist
 * what: fill a freed PyMem_Malloc(10) block with 'A' (over pymalloc's free-list link), then allocate 10 bytes twice.
 */
#include <Python.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int
main(void)
{
    char *p;
    char *a;
    char *b;
    Py_Initialize();
    p = (char *) PyMem_Malloc(10);
    PyMem_Free(p);
    printf("writing 10 bytes into the freed block\n");
    fflush(stdout);
    memset(p, 'A', 10);
    printf("first PyMem_Malloc(10)\n");
    fflush(stdout);
    a = (char *) PyMem_Malloc(10);
    printf("a == p: %s\n", a == p ? "yes" : "no");
    printf("second PyMem_Malloc(10)\n");
    fflush(stdout);
    b = (char *) PyMem_Malloc(10);
    printf("second returned %s\n", b == NULL ? "NULL" : "a block");
    fflush(stdout);
    PyMem_Free(a);
    Py_Finalize();
    printf("done\n");
    return 0;
}
