/* scenario: doc-three-errors-bufsiz-unflushed
 * what: the docs' two-errors sequence with BUFSIZ buffers and no fflush, so a crash loses every progress line still in stdout's buffer.
 */
#include <Python.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int
main(void)
{
    char *buf1;
    char *buf2;
    char *buf3;
    Py_Initialize();
    buf1 = PyMem_New(char, BUFSIZ);
    buf2 = (char *) malloc(BUFSIZ);
    buf3 = (char *) PyMem_Malloc(BUFSIZ);
    if (buf1 == NULL || buf2 == NULL || buf3 == NULL) {
        printf("an allocation failed\n");
        return 1;
    }
    printf("allocated three buffers of %d bytes\n", BUFSIZ);
    printf("PyMem_Del(buf3)\n");
    PyMem_Del(buf3);  /* Wrong -- should be PyMem_Free() */
    printf("free(buf2)\n");
    free(buf2);       /* Right -- allocated via malloc() */
    printf("free(buf1)\n");
    free(buf1);       /* Fatal -- should be PyMem_Del()  */
    printf("all three calls returned\n");
    Py_Finalize();
    printf("done\n");
    return 0;
}
