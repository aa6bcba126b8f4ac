/* Python.h -- pymem-live's own header: the part of CPython 3.11's C API the memory pages use.
 * Models: CPython 3.11.7's Include/Python.h, pyport.h, pymem.h, cpython/pymem.h, object.h,
 * cpython/object.h, objimpl.h, cpython/objimpl.h, bytesobject.h, pyerrors.h, pylifecycle.h
 * for a release build (no Py_DEBUG, no Py_TRACE_REFS, not the limited API) on x86-64 Linux.
 * Macro semantics, struct layouts and enum values are 3.11's; the text is ours. Every function
 * declared here is provided by the simulated machine (allocator/machine.ts).
 * SIMPLIFIED: 3.11's static inline functions (Py_INCREF, Py_DECREF, Py_TYPE, ...) are written
 * as macros with the same effect; Py_INCREF/Py_DECREF are statements (do { } while (0)).
 * SIMPLIFIED: the type's method tables (tp_as_number, tp_methods, ...) are typed void *; the
 * layout (sizeof(PyTypeObject) == 408) is unchanged. Left out: everything not listed above. */
#ifndef Py_PYTHON_H
#define Py_PYTHON_H

/* patchlevel.h */
#define PY_MAJOR_VERSION 3
#define PY_MINOR_VERSION 11
#define PY_MICRO_VERSION 7
#define PY_RELEASE_LEVEL 0xF
#define PY_RELEASE_SERIAL 0
#define PY_VERSION "3.11.7"
#define PY_VERSION_HEX 0x030B07F0

/* The C library headers the real Python.h includes, in its order. */
#include <limits.h>
#include <stdlib.h>
#include <stdio.h>
#include <errno.h>
#include <string.h>
#include <stddef.h>
#include <assert.h>

/* ---- pyport.h ------------------------------------------------------------------------ */
#define SIZEOF_VOID_P 8
#define SIZEOF_SIZE_T 8
#define SIZEOF_LONG 8

typedef long Py_ssize_t;          /* ssize_t on Linux */
typedef Py_ssize_t Py_hash_t;
typedef size_t Py_uhash_t;
typedef long Py_intptr_t;
typedef unsigned long Py_uintptr_t;

#define PY_SSIZE_T_MAX SSIZE_MAX
#define PY_SSIZE_T_MIN (-PY_SSIZE_T_MAX - 1)

#define Py_MIN(x, y) (((x) > (y)) ? (y) : (x))
#define Py_MAX(x, y) (((x) > (y)) ? (x) : (y))
#define Py_ABS(x) ((x) < 0 ? -(x) : (x))
#define _Py_SIZE_ROUND_UP(n, a) (((size_t)(n) + (size_t)((a) - 1)) & ~(size_t)((a) - 1))
#define Py_UNUSED(name) _unused_ ## name

/* ---- pymem.h: the MEM domain ----------------------------------------------------------- */
void *PyMem_Malloc(size_t size);
void *PyMem_Calloc(size_t nelem, size_t elsize);
void *PyMem_Realloc(void *ptr, size_t new_size);
void PyMem_Free(void *ptr);

/* NULL when n * sizeof(type) would exceed PY_SSIZE_T_MAX, as 3.11 checks before calling. */
#define PyMem_New(type, n) \
  (((size_t)(n) > PY_SSIZE_T_MAX / sizeof(type)) ? NULL : \
   ((type *) PyMem_Malloc((n) * sizeof(type))))

/* Assigns to p even on failure (the old block is then still allocated, and lost to p). */
#define PyMem_Resize(p, type, n) \
  ((p) = ((size_t)(n) > PY_SSIZE_T_MAX / sizeof(type)) ? NULL : \
   (type *) PyMem_Realloc((p), (n) * sizeof(type)))

/* 3.11's deprecated aliases: all are the functions above (Del/DEL take no parameter list, so
 * they can be used as function pointers). */
#define PyMem_MALLOC(n) PyMem_Malloc(n)
#define PyMem_NEW(type, n) PyMem_New(type, n)
#define PyMem_REALLOC(p, n) PyMem_Realloc(p, n)
#define PyMem_RESIZE(p, type, n) PyMem_Resize(p, type, n)
#define PyMem_FREE(p) PyMem_Free(p)
#define PyMem_Del PyMem_Free
#define PyMem_DEL PyMem_Free

/* ---- cpython/pymem.h: the RAW domain and the allocator hooks ------------------------------ */
void *PyMem_RawMalloc(size_t size);
void *PyMem_RawCalloc(size_t nelem, size_t elsize);
void *PyMem_RawRealloc(void *ptr, size_t new_size);
void PyMem_RawFree(void *ptr);

typedef enum {
  PYMEM_DOMAIN_RAW = 0,   /* PyMem_RawMalloc(), PyMem_RawRealloc(), PyMem_RawFree() */
  PYMEM_DOMAIN_MEM = 1,   /* PyMem_Malloc(), PyMem_Realloc(), PyMem_Free() */
  PYMEM_DOMAIN_OBJ = 2    /* PyObject_Malloc(), PyObject_Realloc(), PyObject_Free() */
} PyMemAllocatorDomain;

typedef enum {
  PYMEM_ALLOCATOR_NOT_SET = 0,
  PYMEM_ALLOCATOR_DEFAULT = 1,
  PYMEM_ALLOCATOR_DEBUG = 2,
  PYMEM_ALLOCATOR_MALLOC = 3,
  PYMEM_ALLOCATOR_MALLOC_DEBUG = 4,
  PYMEM_ALLOCATOR_PYMALLOC = 5,
  PYMEM_ALLOCATOR_PYMALLOC_DEBUG = 6
} PyMemAllocatorName;

/* 40 bytes: ctx at +0, then malloc +8, calloc +16, realloc +24, free +32. */
typedef struct {
  void *ctx;
  void *(*malloc)(void *ctx, size_t size);
  void *(*calloc)(void *ctx, size_t nelem, size_t elsize);
  void *(*realloc)(void *ctx, void *ptr, size_t new_size);
  void (*free)(void *ctx, void *ptr);
} PyMemAllocatorEx;

void PyMem_GetAllocator(PyMemAllocatorDomain domain, PyMemAllocatorEx *allocator);
void PyMem_SetAllocator(PyMemAllocatorDomain domain, PyMemAllocatorEx *allocator);
void PyMem_SetupDebugHooks(void);

/* ---- object.h ------------------------------------------------------------------------ */
typedef struct _object PyObject;
typedef struct _typeobject PyTypeObject;

/* Release build: 16 bytes, no _ob_next/_ob_prev (those exist only with Py_TRACE_REFS). */
struct _object {
  Py_ssize_t ob_refcnt;     /* +0 */
  PyTypeObject *ob_type;    /* +8 */
};

typedef struct {
  PyObject ob_base;
  Py_ssize_t ob_size;       /* +16: number of items in a variable-size object */
} PyVarObject;

#define PyObject_HEAD PyObject ob_base;
#define PyObject_VAR_HEAD PyVarObject ob_base;
#define PyObject_HEAD_INIT(type) { 1, type },
#define PyVarObject_HEAD_INIT(type, size) { PyObject_HEAD_INIT(type) size },

#define _PyObject_CAST(op) ((PyObject *)(op))
#define _PyVarObject_CAST(op) ((PyVarObject *)(op))

#define Py_REFCNT(ob) (_PyObject_CAST(ob)->ob_refcnt)
#define Py_TYPE(ob) (_PyObject_CAST(ob)->ob_type)
#define Py_SIZE(ob) (_PyVarObject_CAST(ob)->ob_size)
#define Py_IS_TYPE(ob, type) (Py_TYPE(ob) == (type))
#define Py_SET_REFCNT(ob, refcnt) ((void)(Py_REFCNT(ob) = (refcnt)))
#define Py_SET_TYPE(ob, type) ((void)(Py_TYPE(ob) = (type)))
#define Py_SET_SIZE(ob, size) ((void)(Py_SIZE(ob) = (size)))
#define Py_Is(x, y) ((x) == (y))

typedef PyObject *(*unaryfunc)(PyObject *);
typedef PyObject *(*binaryfunc)(PyObject *, PyObject *);
typedef PyObject *(*ternaryfunc)(PyObject *, PyObject *, PyObject *);
typedef int (*inquiry)(PyObject *);
typedef Py_ssize_t (*lenfunc)(PyObject *);
typedef int (*visitproc)(PyObject *, void *);
typedef int (*traverseproc)(PyObject *, visitproc, void *);
typedef void (*freefunc)(void *);
typedef void (*destructor)(PyObject *);
typedef PyObject *(*getattrfunc)(PyObject *, char *);
typedef PyObject *(*getattrofunc)(PyObject *, PyObject *);
typedef int (*setattrfunc)(PyObject *, char *, PyObject *);
typedef int (*setattrofunc)(PyObject *, PyObject *, PyObject *);
typedef PyObject *(*reprfunc)(PyObject *);
typedef Py_hash_t (*hashfunc)(PyObject *);
typedef PyObject *(*richcmpfunc)(PyObject *, PyObject *, int);
typedef PyObject *(*getiterfunc)(PyObject *);
typedef PyObject *(*iternextfunc)(PyObject *);
typedef PyObject *(*descrgetfunc)(PyObject *, PyObject *, PyObject *);
typedef int (*descrsetfunc)(PyObject *, PyObject *, PyObject *);
typedef int (*initproc)(PyObject *, PyObject *, PyObject *);
typedef PyObject *(*newfunc)(PyTypeObject *, PyObject *, PyObject *);
typedef PyObject *(*allocfunc)(PyTypeObject *, Py_ssize_t);
typedef PyObject *(*vectorcallfunc)(PyObject *, PyObject *const *, size_t, PyObject *);

/* 3.11's struct _typeobject, every field in order (offsets on x86-64). */
struct _typeobject {
  PyObject_VAR_HEAD                   /*   0 */
  const char *tp_name;                /*  24 */
  Py_ssize_t tp_basicsize;            /*  32: bytes PyObject_New allocates */
  Py_ssize_t tp_itemsize;             /*  40: bytes per item for PyObject_NewVar */
  destructor tp_dealloc;              /*  48: called by _Py_Dealloc when the count drops to 0 */
  Py_ssize_t tp_vectorcall_offset;    /*  56 */
  getattrfunc tp_getattr;             /*  64 */
  setattrfunc tp_setattr;             /*  72 */
  void *tp_as_async;                  /*  80: SIMPLIFIED PyAsyncMethods * */
  reprfunc tp_repr;                   /*  88 */
  void *tp_as_number;                 /*  96: SIMPLIFIED PyNumberMethods * */
  void *tp_as_sequence;               /* 104: SIMPLIFIED PySequenceMethods * */
  void *tp_as_mapping;                /* 112: SIMPLIFIED PyMappingMethods * */
  hashfunc tp_hash;                   /* 120 */
  ternaryfunc tp_call;                /* 128 */
  reprfunc tp_str;                    /* 136 */
  getattrofunc tp_getattro;           /* 144 */
  setattrofunc tp_setattro;           /* 152 */
  void *tp_as_buffer;                 /* 160: SIMPLIFIED PyBufferProcs * */
  unsigned long tp_flags;             /* 168 */
  const char *tp_doc;                 /* 176 */
  traverseproc tp_traverse;           /* 184 */
  inquiry tp_clear;                   /* 192 */
  richcmpfunc tp_richcompare;         /* 200 */
  Py_ssize_t tp_weaklistoffset;       /* 208 */
  getiterfunc tp_iter;                /* 216 */
  iternextfunc tp_iternext;           /* 224 */
  void *tp_methods;                   /* 232: SIMPLIFIED PyMethodDef * */
  void *tp_members;                   /* 240: SIMPLIFIED PyMemberDef * */
  void *tp_getset;                    /* 248: SIMPLIFIED PyGetSetDef * */
  PyTypeObject *tp_base;              /* 256 */
  PyObject *tp_dict;                  /* 264 */
  descrgetfunc tp_descr_get;          /* 272 */
  descrsetfunc tp_descr_set;          /* 280 */
  Py_ssize_t tp_dictoffset;           /* 288 */
  initproc tp_init;                   /* 296 */
  allocfunc tp_alloc;                 /* 304 */
  newfunc tp_new;                     /* 312 */
  freefunc tp_free;                   /* 320 */
  inquiry tp_is_gc;                   /* 328 */
  PyObject *tp_bases;                 /* 336 */
  PyObject *tp_mro;                   /* 344 */
  PyObject *tp_cache;                 /* 352 */
  PyObject *tp_subclasses;            /* 360 */
  PyObject *tp_weaklist;              /* 368 */
  destructor tp_del;                  /* 376 */
  unsigned int tp_version_tag;        /* 384 */
  destructor tp_finalize;             /* 392 */
  vectorcallfunc tp_vectorcall;       /* 400 .. 408 */
};

#define Py_TPFLAGS_BASETYPE (1UL << 10)
#define Py_TPFLAGS_READY (1UL << 12)
#define Py_TPFLAGS_HAVE_GC (1UL << 14)
#define Py_TPFLAGS_HAVE_VERSION_TAG (1UL << 18)
#define Py_TPFLAGS_DEFAULT 0UL        /* 3.11 without Stackless: no bits */

int PyType_Ready(PyTypeObject *type);

/* Reference counting, release build: Py_INCREF is plain arithmetic on ob_refcnt; Py_DECREF
 * calls _Py_Dealloc(op) (which calls Py_TYPE(op)->tp_dealloc) when the count reaches zero.
 * No _Py_RefTotal (debug builds only). Each macro evaluates its argument once. */
void _Py_Dealloc(PyObject *op);
void Py_IncRef(PyObject *op);
void Py_DecRef(PyObject *op);

#define Py_INCREF(op) \
  do { PyObject *_py_incref_tmp = _PyObject_CAST(op); \
       _py_incref_tmp->ob_refcnt++; } while (0)
#define Py_DECREF(op) \
  do { PyObject *_py_decref_tmp = _PyObject_CAST(op); \
       if (--_py_decref_tmp->ob_refcnt == 0) _Py_Dealloc(_py_decref_tmp); } while (0)
#define Py_XINCREF(op) \
  do { PyObject *_py_xincref_tmp = _PyObject_CAST(op); \
       if (_py_xincref_tmp != NULL) Py_INCREF(_py_xincref_tmp); } while (0)
#define Py_XDECREF(op) \
  do { PyObject *_py_xdecref_tmp = _PyObject_CAST(op); \
       if (_py_xdecref_tmp != NULL) Py_DECREF(_py_xdecref_tmp); } while (0)
#define Py_CLEAR(op) \
  do { PyObject *_py_tmp = _PyObject_CAST(op); \
       if (_py_tmp != NULL) { (op) = NULL; Py_DECREF(_py_tmp); } } while (0)

/* The None singleton: a data symbol of the machine's libpython. */
extern PyObject _Py_NoneStruct;
#define Py_None (&_Py_NoneStruct)

/* ---- objimpl.h: the OBJ domain and object allocation ------------------------------------ */
void *PyObject_Malloc(size_t size);
void *PyObject_Calloc(size_t nelem, size_t elsize);
void *PyObject_Realloc(void *ptr, size_t new_size);
void PyObject_Free(void *ptr);

#define PyObject_MALLOC PyObject_Malloc
#define PyObject_REALLOC PyObject_Realloc
#define PyObject_FREE PyObject_Free
#define PyObject_Del PyObject_Free
#define PyObject_DEL PyObject_Free

PyObject *PyObject_Init(PyObject *op, PyTypeObject *type);
PyVarObject *PyObject_InitVar(PyVarObject *op, PyTypeObject *type, Py_ssize_t size);
#define PyObject_INIT(op, typeobj) PyObject_Init(_PyObject_CAST(op), (typeobj))
#define PyObject_INIT_VAR(op, typeobj, size) \
  PyObject_InitVar(_PyVarObject_CAST(op), (typeobj), (size))

/* PyObject_Malloc(tp_basicsize) (or the var size) + PyObject_Init; NULL + MemoryError on failure. */
PyObject *_PyObject_New(PyTypeObject *type);
PyVarObject *_PyObject_NewVar(PyTypeObject *type, Py_ssize_t nitems);

#define PyObject_New(type, typeobj) ((type *) _PyObject_New(typeobj))
#define PyObject_NEW(type, typeobj) PyObject_New(type, typeobj)
#define PyObject_NewVar(type, typeobj, n) ((type *) _PyObject_NewVar((typeobj), (n)))
#define PyObject_NEW_VAR(type, typeobj, n) PyObject_NewVar(type, typeobj, n)

#define _PyObject_SIZE(typeobj) ((typeobj)->tp_basicsize)
#define _PyObject_VAR_SIZE(typeobj, nitems) \
  _Py_SIZE_ROUND_UP((typeobj)->tp_basicsize + (nitems) * (typeobj)->tp_itemsize, SIZEOF_VOID_P)

/* ---- bytesobject.h ------------------------------------------------------------------- */
/* 3.11 layout: the bytes follow the header and hash; ob_sval[ob_size] is always '\0'. */
typedef struct {
  PyObject_VAR_HEAD                   /*  0 */
  Py_hash_t ob_shash;                 /* 24: -1 until hashed */
  char ob_sval[1];                    /* 32 */
} PyBytesObject;

PyObject *PyBytes_FromStringAndSize(const char *v, Py_ssize_t len);
PyObject *PyBytes_FromString(const char *v);
Py_ssize_t PyBytes_Size(PyObject *o);
char *PyBytes_AsString(PyObject *o);
#define PyBytes_AS_STRING(op) (((PyBytesObject *)(op))->ob_sval)
#define PyBytes_GET_SIZE(op) Py_SIZE(op)

/* Python 2.x names used by the older documentation's samples: 2.x's str is 3.x's bytes.
 * (3.11 itself has no PyString_* names; they are mapped here so those samples compile.) */
#define PyString_FromString PyBytes_FromString
#define PyString_FromStringAndSize PyBytes_FromStringAndSize
#define PyString_AsString PyBytes_AsString
#define PyString_Size PyBytes_Size
#define PyString_AS_STRING PyBytes_AS_STRING
#define PyString_GET_SIZE PyBytes_GET_SIZE

/* ---- pyerrors.h / pythonrun.h -------------------------------------------------------- */
PyObject *PyErr_Occurred(void);
void PyErr_Clear(void);
PyObject *PyErr_NoMemory(void);
int PyErr_ExceptionMatches(PyObject *exc);
void PyErr_Print(void);
extern PyObject *PyExc_MemoryError;

/* ---- pylifecycle.h / ceval.h --------------------------------------------------------- */
void Py_Initialize(void);
void Py_InitializeEx(int initsigs);
void Py_Finalize(void);
int Py_FinalizeEx(void);
int Py_IsInitialized(void);

typedef struct _ts PyThreadState;
PyThreadState *PyEval_SaveThread(void);
void PyEval_RestoreThread(PyThreadState *tstate);
#define Py_BEGIN_ALLOW_THREADS { PyThreadState *_save; _save = PyEval_SaveThread();
#define Py_BLOCK_THREADS PyEval_RestoreThread(_save);
#define Py_UNBLOCK_THREADS _save = PyEval_SaveThread();
#define Py_END_ALLOW_THREADS PyEval_RestoreThread(_save); }

#endif /* !Py_PYTHON_H */
