/* stdlib.h -- pymem-live's own header for the simulated x86-64 Linux machine.
 * Models: glibc 2.36 <stdlib.h>: the malloc family (served by the machine's glibc malloc model),
 * abort (SIGABRT, stdio not flushed), exit (stdio flushed), atoi/atol/strtol/strtoul, abs/labs,
 * rand/srand (glibc's TYPE_3 additive generator, RAND_MAX 2147483647).
 * Left out: atexit, getenv, qsort, bsearch, the floating-point conversions, aligned_alloc. */
#ifndef _STDLIB_H
#define _STDLIB_H

#include <stddef.h>

#define EXIT_SUCCESS 0
#define EXIT_FAILURE 1
#define RAND_MAX 2147483647

extern void *malloc(size_t __size);
extern void *calloc(size_t __nmemb, size_t __size);
extern void *realloc(void *__ptr, size_t __size);
extern void free(void *__ptr);

extern void abort(void);
extern void exit(int __status);

extern int atoi(const char *__nptr);
extern long atol(const char *__nptr);
extern long strtol(const char *__nptr, char **__endptr, int __base);
extern unsigned long strtoul(const char *__nptr, char **__endptr, int __base);
extern int abs(int __x);
extern long labs(long __x);
extern int rand(void);
extern void srand(unsigned int __seed);

#endif /* _STDLIB_H */
