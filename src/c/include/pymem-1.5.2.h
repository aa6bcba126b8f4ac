/* pymem-1.5.2.h -- pymem-live's own header for the Python 1.5.2-era memory interface, the one
 * the older documentation describes (ANY *, Py_Malloc/Py_Realloc/Py_Free, PyMem_NEW/RESIZE/DEL).
 * Models: Python 1.5.2's Include/mymalloc.h and the wrappers in Objects/object.c, as summarised
 * in allocator-facts.md 4.1, on top of the 3.11 machine:
 *   ANY is void (an ANSI compiler); _PyMem_EXTRA is 0 (glibc's malloc(0) is not NULL);
 *   PyMem_NEW/PyMem_RESIZE/PyMem_DEL/PyMem_XDEL are malloc/realloc/free directly;
 *   Py_Malloc/Py_Realloc are malloc/realloc that call PyErr_NoMemory() on failure, Py_Free is free;
 *   PyMem_Malloc/PyMem_Realloc/PyMem_Free are the same wrappers without the exception.
 * The functions are defined here as static C functions, so they run as interpreted code.
 * SIMPLIFIED: everything else (PyObject_NEW, the object layout, Py_Initialize) is 3.11's.
 * Py_Malloc & co. were dropped in 1.6; this header exists only for the old-version page. */
#ifndef Py_PYMEM_152_H
#define Py_PYMEM_152_H

#include <Python.h>

#define ANY void
#define _PyMem_EXTRA 0

#undef PyMem_NEW
#undef PyMem_RESIZE
#undef PyMem_DEL
#undef PyMem_Del
#undef PyMem_New
#undef PyMem_Resize
#undef PyMem_MALLOC
#undef PyMem_REALLOC
#undef PyMem_FREE

#define PyMem_NEW(type, n) ((type *) malloc(_PyMem_EXTRA + (n) * sizeof(type)))
#define PyMem_RESIZE(p, type, n) \
  if ((p) == NULL) \
    (p) = (type *) malloc(_PyMem_EXTRA + (n) * sizeof(type)); \
  else \
    (p) = (type *) realloc((ANY *)(p), _PyMem_EXTRA + (n) * sizeof(type))
#define PyMem_DEL(p) free((ANY *)(p))
#define PyMem_XDEL(p) if ((p) == NULL) ; else PyMem_DEL(p)
#define PyMem_MALLOC(n) malloc(_PyMem_EXTRA + (n))
#define PyMem_REALLOC(p, n) realloc((ANY *)(p), _PyMem_EXTRA + (n))
#define PyMem_FREE(p) free((ANY *)(p))

static ANY *
Py_Malloc(size_t nbytes)
{
  ANY *p = malloc(_PyMem_EXTRA + nbytes);
  if (p == NULL)
    PyErr_NoMemory();
  return p;
}

static ANY *
Py_Realloc(ANY *p, size_t nbytes)
{
  ANY *res = realloc(p, _PyMem_EXTRA + nbytes);
  if (res == NULL)
    PyErr_NoMemory();
  return res;
}

static void
Py_Free(ANY *p)
{
  free(p);
}

static ANY *
_PyMem152_Malloc(size_t nbytes)
{
  return malloc(_PyMem_EXTRA + nbytes);
}

static ANY *
_PyMem152_Realloc(ANY *p, size_t nbytes)
{
  return realloc(p, _PyMem_EXTRA + nbytes);
}

static void
_PyMem152_Free(ANY *p)
{
  free(p);
}

/* 1.5.2's PyMem_Malloc & co. are the malloc wrappers above, not 3.11's pymalloc. */
#define PyMem_Malloc _PyMem152_Malloc
#define PyMem_Realloc _PyMem152_Realloc
#define PyMem_Free _PyMem152_Free

#endif /* !Py_PYMEM_152_H */
