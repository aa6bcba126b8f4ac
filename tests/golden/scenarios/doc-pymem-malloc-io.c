/* scenario: doc-pymem-malloc-io
 * what: the first Examples sample as a whole program: the I/O buffer from PyMem_Malloc(BUFSIZ), released with PyMem_Free.
 */
#include <Python.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static PyObject *
read_greeting(void)
{
    PyObject *res;
    char *buf = (char *) PyMem_Malloc(BUFSIZ); /* for I/O */
    size_t n;
    if (buf == NULL)
        return PyErr_NoMemory();
    /* ...Do some I/O operation involving buf... (stdin is empty, so fall back) */
    n = fread(buf, 1, BUFSIZ - 1, stdin);
    buf[n] = '\0';
    if (n == 0)
        strcpy(buf, "hello from PyMem_Malloc");
    res = PyBytes_FromString(buf);
    PyMem_Free(buf); /* allocated with PyMem_Malloc */
    return res;
}

int
main(void)
{
    PyObject *res;
    Py_Initialize();
    printf("calling the sample\n");
    res = read_greeting();
    if (res == NULL) {
        printf("sample returned NULL\n");
        return 1;
    }
    printf("result: %s\n", PyBytes_AsString(res));
    printf("length: %zd\n", PyBytes_Size(res));
    Py_DECREF(res);
    Py_Finalize();
    printf("done\n");
    return 0;
}
