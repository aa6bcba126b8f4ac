// expect-stdout: 3 bytes
// expect-result: b"a'b"
    PyObject *o = PyBytes_FromStringAndSize("a'b", 3);
    printf("%zd bytes\n", PyBytes_Size(o));
    return o;
