// expect-result: b'abc'
// elision 0: memcpy(buf, "abc", 4);
    PyObject *res;
    char *buf = PyMem_New(char, BUFSIZ); /* for I/O */
    if (buf == NULL)
        return PyErr_NoMemory();
    /* ...Do some I/O operation involving buf... */
    res = PyString_FromString(buf);
    PyMem_Del(buf); /* allocated with PyMem_New */
    return res;
