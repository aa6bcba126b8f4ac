/* scenario: doc-three-errors-small
 * what: the docs' two-errors sequence with 100-byte buffers, so PyMem_New and PyMem_Malloc are served by pymalloc and free(buf1) hands glibc a pymalloc block.
 */
#include <Python.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SAMPLE_SIZE 100

int
main(void)
{
    char *buf1;
    char *buf2;
    char *buf3;
    Py_Initialize();
    buf1 = PyMem_New(char, SAMPLE_SIZE);
    buf2 = (char *) malloc(SAMPLE_SIZE);
    buf3 = (char *) PyMem_Malloc(SAMPLE_SIZE);
    if (buf1 == NULL || buf2 == NULL || buf3 == NULL) {
        printf("an allocation failed\n");
        return 1;
    }
    printf("allocated three buffers of %d bytes\n", SAMPLE_SIZE);
    printf("PyMem_Del(buf3)\n");
    fflush(stdout);
    PyMem_Del(buf3);  /* Wrong -- should be PyMem_Free() */
    printf("free(buf2)\n");
    fflush(stdout);
    free(buf2);       /* Right -- allocated via malloc() */
    printf("free(buf1)\n");
    fflush(stdout);
    free(buf1);       /* Fatal -- should be PyMem_Del()  */
    printf("all three calls returned\n");
    Py_Finalize();
    printf("done\n");
    return 0;
}
