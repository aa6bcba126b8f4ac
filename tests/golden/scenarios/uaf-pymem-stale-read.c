/* scenario: uaf-pymem-stale-read
 * what: write p[9] after PyMem_Free(p), allocate 10 bytes again and read that byte back through the new pointer.
 */
#include <Python.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int
main(void)
{
    unsigned char *p;
    unsigned char *q;
    Py_Initialize();
    p = (unsigned char *) PyMem_Malloc(10);
    memcpy(p, "abcdefghij", 10);
    PyMem_Free(p);
    printf("writing p[9] after free\n");
    fflush(stdout);
    p[9] = 'Z';
    q = (unsigned char *) PyMem_Malloc(10);
    printf("same pointer: %s\n", q == p ? "yes" : "no");
    printf("q[9] == 'Z': %s\n", q[9] == 'Z' ? "yes" : "no");
    printf("byte at q+9: 0x%x\n", q[9]);
    printf("byte at q+8: 0x%x\n", q[8]);
    PyMem_Free(q);
    Py_Finalize();
    printf("done\n");
    return 0;
}
