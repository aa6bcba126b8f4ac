/* string.h -- pymem-live's own header for the simulated x86-64 Linux machine.
 * Models: glibc 2.36 <string.h>: the memory and string functions, working on the simulated
 * address space (a bad pointer faults where the real one would). strdup allocates with malloc.
 * Left out: strtok, strerror_r, strspn/strcspn/strpbrk, memchr, the locale-aware functions. */
#ifndef _STRING_H
#define _STRING_H

#include <stddef.h>

extern void *memset(void *__s, int __c, size_t __n);
extern void *memcpy(void *__dest, const void *__src, size_t __n);
extern void *memmove(void *__dest, const void *__src, size_t __n);
extern int memcmp(const void *__s1, const void *__s2, size_t __n);
extern size_t strlen(const char *__s);
extern char *strcpy(char *__dest, const char *__src);
extern char *strncpy(char *__dest, const char *__src, size_t __n);
extern char *strcat(char *__dest, const char *__src);
extern char *strncat(char *__dest, const char *__src, size_t __n);
extern int strcmp(const char *__s1, const char *__s2);
extern int strncmp(const char *__s1, const char *__s2, size_t __n);
extern char *strchr(const char *__s, int __c);
extern char *strrchr(const char *__s, int __c);
extern char *strstr(const char *__haystack, const char *__needle);
extern char *strdup(const char *__s);
extern char *strerror(int __errnum);

#endif /* _STRING_H */
