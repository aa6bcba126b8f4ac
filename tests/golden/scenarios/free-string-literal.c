/* scenario: free-string-literal
 * what: plain C free() of a string literal (read-only data).
 */
#include <Python.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int
main(void)
{
    char *s = "a string literal";
    printf("calling free on a string literal\n");
    fflush(stdout);
    free(s);
    printf("free returned\n");
    return 0;
}
