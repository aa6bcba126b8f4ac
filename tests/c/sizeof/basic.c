// expect-stdout: 1 2 4 8 8
// expect-stdout: 4 8 8 8
// expect-stdout: 40 4
// expect-stdout: 16 24 408
// expect-stdout: 40 40
// expect-stdout: 4 0
// expect-stdout: 60
// expect-stdout: 32
#include <stdio.h>
#include <Python.h>
int main(void) {
    printf("%zu %zu %zu %zu %zu\n", sizeof(char), sizeof(short), sizeof(int), sizeof(long), sizeof(long long));
    printf("%zu %zu %zu %zu\n", sizeof(float), sizeof(double), sizeof(void *), sizeof(size_t));
    int a[10];
    printf("%zu %zu\n", sizeof a, sizeof a[0]);
    printf("%zu %zu %zu\n", sizeof(PyObject), sizeof(PyVarObject), sizeof(PyTypeObject));
    printf("%zu %zu\n", sizeof(PyMemAllocatorEx), sizeof(PyBytesObject));
    int n = 0;
    size_t s = sizeof(n++);
    printf("%zu %d\n", s, n);
    printf("%zu\n", sizeof(int[3][5]));
    printf("%zu\n", sizeof(char *[4]));
    return 0;
}
