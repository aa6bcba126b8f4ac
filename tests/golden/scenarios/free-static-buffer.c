/* scenario: free-static-buffer
 * what: plain C free() of a static (.bss) array.
 */
#include <Python.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char buffer[64];

int
main(void)
{
    strcpy(buffer, "static");
    printf("calling free(buffer)\n");
    fflush(stdout);
    free(buffer);
    printf("free returned\n");
    return 0;
}
