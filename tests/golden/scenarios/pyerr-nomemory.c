/* scenario: pyerr-nomemory
 * what: the docs' "return PyErr_NoMemory();" path: a failing PyMem_Malloc, PyErr_NoMemory returns NULL and sets MemoryError.
 */
#include <Python.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static PyObject *
make_buffer(size_t n)
{
    PyObject *res;
    char *buf = (char *) PyMem_Malloc(n);
    if (buf == NULL)
        return PyErr_NoMemory();
    memset(buf, 'x', n);
    res = PyBytes_FromStringAndSize(buf, (Py_ssize_t) n);
    PyMem_Free(buf);
    return res;
}

int
main(void)
{
    PyObject *res;
    Py_Initialize();
    res = make_buffer((size_t) PY_SSIZE_T_MAX + 1);
    printf("result is NULL: %s\n", res == NULL ? "yes" : "no");
    printf("exception set: %s\n", PyErr_Occurred() != NULL ? "yes" : "no");
    printf("is MemoryError: %s\n", PyErr_ExceptionMatches(PyExc_MemoryError) ? "yes" : "no");
    PyErr_Clear();
    printf("cleared: %s\n", PyErr_Occurred() == NULL ? "yes" : "no");
    res = make_buffer(16);
    printf("16-byte result length: %zd\n", res != NULL ? PyBytes_Size(res) : (Py_ssize_t) -1);
    Py_XDECREF(res);
    Py_Finalize();
    printf("done\n");
    return 0;
}
