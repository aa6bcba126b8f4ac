/* scenario: overflow-malloc-smash-next
 * what: plain C: two malloc(24) chunks, 40 bytes of 'A' written into the first (over the second's size word), then free of the second.
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
    p = (char *) malloc(24);
    q = (char *) malloc(24);
    printf("q follows p by 32 bytes: %s\n", q - p == 32 ? "yes" : "no");
    memset(p, 'A', 40);
    printf("calling free(q)\n");
    fflush(stdout);
    free(q);
    printf("free(q) returned\n");
    return 0;
}
