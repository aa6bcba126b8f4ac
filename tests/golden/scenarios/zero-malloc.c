/* scenario: zero-malloc
 * what: plain C malloc(0): non-NULL, a minimum 0x20 chunk with 24 usable bytes, released with free.
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
    p = (unsigned char *) malloc(0);
    printf("non-NULL: %s\n", p != NULL ? "yes" : "no");
    memcpy(&word, p - 8, sizeof word);
    printf("size word at p-8: %lu\n", (unsigned long) word);
    printf("usable size: %lu\n", (unsigned long) ((word & ~(size_t) 7) - 8));
    free(p);
    printf("done\n");
    return 0;
}
