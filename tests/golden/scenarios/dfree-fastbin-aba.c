/* scenario: dfree-fastbin-aba
 * what: plain C A-B-A double free through a fastbin (passes the fasttop check); the first stdio buffer allocation afterwards trips over the loop.
 */
#include <Python.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int
main(void)
{
    char *a[9];
    int i;
    for (i = 0; i < 9; i++)
        a[i] = (char *) malloc(10);
    for (i = 0; i < 7; i++)
        free(a[i]);
    free(a[7]);
    free(a[8]);
    free(a[7]);
    /* first output: stdio now mallocs its 4096-byte buffer */
    printf("A-B-A frees returned\n");
    fflush(stdout);
    printf("done\n");
    return 0;
}
