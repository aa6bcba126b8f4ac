/* scenario: realloc-libc-on-pymem-small
 * what: glibc realloc(p, 100) on a PyMem_Malloc(10) block (pymalloc in release).
 */
#include <Python.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int
main(void)
{
    char *p;
    char *q;
    Py_Initialize();
    p = (char *) PyMem_Malloc(10);
    memcpy(p, "abcdefghi", 10);
    printf("calling realloc(p, 100)\n");
    fflush(stdout);
    q = (char *) realloc(p, 100);
    printf("realloc returned %s\n", q == NULL ? "NULL" : "a block");
    printf("data kept: %s\n", q != NULL && strcmp(q, "abcdefghi") == 0 ? "yes" : "no");
    fflush(stdout);
    free(q);
    Py_Finalize();
    printf("done\n");
    return 0;
}
