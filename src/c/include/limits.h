/* limits.h -- pymem-live's own header for the simulated x86-64 Linux (LP64) machine.
 * Models: gcc/glibc <limits.h> on x86-64: char is signed, int 32-bit, long 64-bit.
 * Also SSIZE_MAX (glibc defines it via <bits/posix1_lim.h>; CPython's pyport.h uses it for
 * PY_SSIZE_T_MAX). Left out: the POSIX *_MAX limits other than SSIZE_MAX. */
#ifndef _LIMITS_H
#define _LIMITS_H

#define CHAR_BIT 8
#define SCHAR_MIN (-128)
#define SCHAR_MAX 127
#define UCHAR_MAX 255
#define CHAR_MIN SCHAR_MIN
#define CHAR_MAX SCHAR_MAX
#define MB_LEN_MAX 16
#define SHRT_MIN (-32768)
#define SHRT_MAX 32767
#define USHRT_MAX 65535
#define INT_MIN (-INT_MAX - 1)
#define INT_MAX 2147483647
#define UINT_MAX 4294967295U
#define LONG_MAX 9223372036854775807L
#define LONG_MIN (-LONG_MAX - 1L)
#define ULONG_MAX 18446744073709551615UL
#define LLONG_MAX 9223372036854775807LL
#define LLONG_MIN (-LLONG_MAX - 1LL)
#define ULLONG_MAX 18446744073709551615ULL

#define SSIZE_MAX LONG_MAX

#endif /* _LIMITS_H */
