/* scenario: pyobject-new-del
 * what: PyObject_New of a minimal static type, use of its field, then PyObject_Del.
 */
#include <Python.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    PyObject_HEAD
    long value;
} ThingObject;

static PyTypeObject ThingType = {
    PyVarObject_HEAD_INIT(NULL, 0)
    "golden.Thing",        /* tp_name */
    sizeof(ThingObject),   /* tp_basicsize */
    0,                     /* tp_itemsize */
};

int
main(void)
{
    ThingObject *t;
    Py_Initialize();
    if (PyType_Ready(&ThingType) < 0) {
        printf("PyType_Ready failed\n");
        return 1;
    }
    printf("basic size: %zd\n", ThingType.tp_basicsize);
    t = PyObject_New(ThingObject, &ThingType);
    if (t == NULL) {
        printf("PyObject_New returned NULL\n");
        return 1;
    }
    t->value = 42;
    printf("value: %ld\n", t->value);
    printf("refcount: %zd\n", Py_REFCNT(t));
    printf("type is Thing: %s\n", Py_TYPE(t) == &ThingType ? "yes" : "no");
    PyObject_Del(t);
    printf("PyObject_Del returned\n");
    Py_Finalize();
    printf("done\n");
    return 0;
}
