/* scenario: overflow-malloc-by-one
 * what: plain C malloc(10), write p[10] and p[23] (inside the 24 usable bytes of a 0x20 chunk), then free.
 */
#include <Python.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int
main(void)
{
    unsigned char *p;
    size_t word;
    p = (unsigned char *) malloc(10);
    memcpy(&word, p - 8, sizeof word);
    printf("size word at p-8, low byte: 0x%x\n", (unsigned int) (word & 0xff));
    printf("usable size: %lu\n", (unsigned long) ((word & ~(size_t) 7) - 8));
    p[10] = 'x';
    p[23] = 'y';
    printf("calling free\n");
    fflush(stdout);
    free(p);
    printf("free returned\n");
    return 0;
}
