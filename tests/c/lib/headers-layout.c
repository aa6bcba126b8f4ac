/* Compiled by headers.test.ts with gcc -nostdinc against src/c/include only: the static asserts pin
 * our headers' layouts and constants to CPython 3.11 / glibc 2.36 x86-64 (values from gcc with the
 * real headers), and the body uses every macro family so each expands to valid C. */
#include <Python.h>
#include <stdint.h>
#include <stdbool.h>
#include <malloc.h>
#define CHECK(c) _Static_assert(c, #c)
CHECK(sizeof(PyTypeObject) == 408);
CHECK(offsetof(PyTypeObject, tp_basicsize) == 32);
CHECK(offsetof(PyTypeObject, tp_dealloc) == 48);
CHECK(offsetof(PyTypeObject, tp_flags) == 168);
CHECK(offsetof(PyTypeObject, tp_free) == 320);
CHECK(offsetof(PyTypeObject, tp_version_tag) == 384);
CHECK(offsetof(PyTypeObject, tp_vectorcall) == 400);
CHECK(sizeof(PyMemAllocatorEx) == 40);
CHECK(sizeof(PyObject) == 16);
CHECK(sizeof(PyVarObject) == 24);
CHECK(offsetof(PyBytesObject, ob_sval) == 32);
CHECK(sizeof(FILE) == 216);
CHECK(offsetof(FILE, _IO_buf_base) == 56);
CHECK(offsetof(FILE, _fileno) == 112);
CHECK(offsetof(FILE, _shortbuf) == 131);
CHECK(offsetof(FILE, _lock) == 136);
CHECK(offsetof(FILE, _mode) == 192);
CHECK(PY_SSIZE_T_MAX == 9223372036854775807L);
CHECK(BUFSIZ == 8192);
CHECK(PYMEM_DOMAIN_OBJ == 2);
CHECK(sizeof(size_t) == 8 && sizeof(uint64_t) == 8 && sizeof(intptr_t) == 8);
typedef struct { PyObject_HEAD long value; } ThingObject;
static PyTypeObject ThingType = { PyVarObject_HEAD_INIT(NULL, 0) "x.Thing", sizeof(ThingObject), 0 };
int main(void) {
  char *a = PyMem_New(char, BUFSIZ);
  long *b = PyMem_New(long, PY_SSIZE_T_MAX / 4);
  PyMem_Resize(a, char, 100);
  PyMem_Del(a); PyMem_DEL(b); PyMem_FREE(a);
  PyObject *o = PyBytes_FromString("x");
  Py_INCREF(o); Py_DECREF(o); Py_XDECREF(o); Py_XINCREF(o); Py_CLEAR(o);
  ThingObject *t = PyObject_New(ThingObject, &ThingType);
  PyObject_Del(t);
  assert(t != NULL);
  printf("%d %s\n", errno, PyString_AsString(Py_None));
  fprintf(stderr, "x");
  bool ok = true;
  return ok ? EXIT_SUCCESS : abs(-1);
}
