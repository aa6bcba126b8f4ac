/* scenario: realloc-pymem-across-512
 * what: PyMem_Realloc 10 -> 600 -> 100 across the 512-byte pymalloc threshold: does the pointer move, is the data kept?
 */
#include <Python.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int
main(void)
{
    char *p;
    char *p600;
    char *p100;
    Py_Initialize();
    p = (char *) PyMem_Malloc(10);
    memcpy(p, "0123456789", 10);
    p600 = (char *) PyMem_Realloc(p, 600);
    if (p600 == NULL) {
        printf("PyMem_Realloc(p, 600) returned NULL\n");
        return 1;
    }
    printf("10 -> 600 moved: %s\n", p600 != p ? "yes" : "no");
    printf("10 -> 600 data kept: %s\n", memcmp(p600, "0123456789", 10) == 0 ? "yes" : "no");
    p100 = (char *) PyMem_Realloc(p600, 100);
    if (p100 == NULL) {
        printf("PyMem_Realloc(p, 100) returned NULL\n");
        return 1;
    }
    printf("600 -> 100 moved: %s\n", p100 != p600 ? "yes" : "no");
    printf("600 -> 100 data kept: %s\n", memcmp(p100, "0123456789", 10) == 0 ? "yes" : "no");
    PyMem_Free(p100);
    Py_Finalize();
    printf("done\n");
    return 0;
}
