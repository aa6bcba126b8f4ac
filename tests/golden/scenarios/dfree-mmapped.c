/* scenario: dfree-mmapped
 * what: plain C double free of a 200000-byte chunk that glibc served with mmap (the second free reads an unmapped header).
 */
#include <Python.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int
main(void)
{
    char *p;
    p = (char *) malloc(200000);
    printf("first free\n");
    fflush(stdout);
    free(p);
    printf("second free\n");
    fflush(stdout);
    free(p);
    printf("second free returned\n");
    return 0;
}
