/* scenario: pymem-resize
 * what: PyMem_New(long, 4) grown with PyMem_Resize to 100 longs (past 512 bytes) and shrunk to 2, data kept, PyMem_Del.
 */
#include <Python.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int
main(void)
{
    long *a;
    long *before;
    long sum;
    int i;
    Py_Initialize();
    a = PyMem_New(long, 4);
    for (i = 0; i < 4; i++)
        a[i] = 10 * (i + 1);
    before = a;
    PyMem_Resize(a, long, 100);
    if (a == NULL) {
        printf("PyMem_Resize returned NULL\n");
        return 1;
    }
    printf("grow to 100 moved: %s\n", a != before ? "yes" : "no");
    for (i = 4; i < 100; i++)
        a[i] = 1;
    sum = 0;
    for (i = 0; i < 100; i++)
        sum += a[i];
    printf("sum after grow: %ld\n", sum);
    before = a;
    PyMem_Resize(a, long, 2);
    printf("shrink to 2 moved: %s\n", a != before ? "yes" : "no");
    printf("kept: %ld %ld\n", a[0], a[1]);
    PyMem_Del(a);
    Py_Finalize();
    printf("done\n");
    return 0;
}
