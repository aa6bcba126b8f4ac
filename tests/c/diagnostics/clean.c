// expect-no-warnings
// expect-stdout: ok
#include <Python.h>
int main(void) {
    char *buf = PyMem_New(char, BUFSIZ);
    PyMem_Del(buf);
    printf("ok\n");
    return 0;
}
