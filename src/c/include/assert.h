/* assert.h -- pymem-live's own header for the simulated machine.
 * Models: glibc 2.36 <assert.h>: a failed assert() calls __assert_fail(), which prints
 * "prog: file.c:LINE: func: Assertion `expr' failed." on stderr and calls abort().
 * Like the real header it has no include guard, so NDEBUG is honoured at each inclusion.
 * DIFFERS: the function name is __func__ (glibc passes __extension__ __PRETTY_FUNCTION__, which
 * is the same string in C). */
#undef assert

#ifdef NDEBUG
#define assert(expr) ((void) 0)
#else
extern void __assert_fail(const char *__assertion, const char *__file, unsigned int __line,
                          const char *__function);
#define assert(expr) ((expr) ? (void) 0 : __assert_fail(#expr, __FILE__, __LINE__, __func__))
#endif
