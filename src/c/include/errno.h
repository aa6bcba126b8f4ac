/* errno.h -- pymem-live's own header for the simulated x86-64 Linux machine.
 * Models: glibc 2.36 <errno.h>: errno is the int the C library's __errno_location() points at
 * (one thread, so one int in the C library's data), and Linux's numbers for the codes below.
 * Left out: every other E* code. */
#ifndef _ERRNO_H
#define _ERRNO_H

#define EPERM 1
#define ENOENT 2
#define EINTR 4
#define EIO 5
#define EBADF 9
#define EAGAIN 11
#define ENOMEM 12
#define EACCES 13
#define EFAULT 14
#define EEXIST 17
#define EINVAL 22
#define ENOSPC 28
#define EPIPE 32
#define EDOM 33
#define ERANGE 34

extern int *__errno_location(void);
#define errno (*__errno_location())

#endif /* _ERRNO_H */
