/* stddef.h -- pymem-live's own header for the simulated x86-64 Linux (LP64) machine.
 * Models: gcc's <stddef.h> on x86-64: size_t and ptrdiff_t are 64-bit, NULL is ((void *)0).
 * DIFFERS: offsetof is the classic null-pointer form, not gcc's __builtin_offsetof;
 * the value is the same. wchar_t/max_align_t are left out. */
#ifndef _STDDEF_H
#define _STDDEF_H

typedef unsigned long size_t;
typedef long ptrdiff_t;

#ifndef NULL
#define NULL ((void *)0)
#endif

#define offsetof(type, member) ((size_t) &(((type *) 0)->member))

#endif /* _STDDEF_H */
