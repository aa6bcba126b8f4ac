// expect-result: MemoryError
    char *buf = PyMem_New(char, PY_SSIZE_T_MAX);
    if (buf == NULL)
        return PyErr_NoMemory();
    return NULL;
