/* malloc.h -- pymem-live's own header for the simulated x86-64 Linux machine.
 * Models: glibc 2.36 <malloc.h>: the malloc family plus malloc_usable_size (chunk size minus
 * the 8-byte size word, or minus 16 for an mmapped chunk). Left out: mallinfo, mallopt,
 * malloc_trim, malloc_stats, memalign. */
#ifndef _MALLOC_H
#define _MALLOC_H

#include <stddef.h>

extern void *malloc(size_t __size);
extern void *calloc(size_t __nmemb, size_t __size);
extern void *realloc(void *__ptr, size_t __size);
extern void free(void *__ptr);
extern size_t malloc_usable_size(void *__ptr);

#endif /* _MALLOC_H */
