// expect-stdout: 25
// expect-stdout: a + b 40
// expect-stdout: new
// expect-stdout: log: plain
// expect-stdout: log: 1 and 2
// expect-stdout: 3
// expect-stdout: 45
// expect-stdout: macros.c
// expect-stdout: x86-64
#include <stdio.h>
#define SQUARE(x) ((x) * (x))
#define STR(x) #x
#define XSTR(x) STR(x)
#define CAT(a, b) a##b
#define LOG(fmt, ...) printf("log: " fmt "\n", ##__VA_ARGS__)
#define VERSION 3
#if VERSION >= 3 && defined(SQUARE)
#define MODE "new"
#elif VERSION == 2
#define MODE "old"
#else
#error no version
#endif
#ifdef NOT_DEFINED
this would not compile
#endif
#ifndef SQUARE
#error SQUARE is defined
#endif
#define MULTI(a, \
              b) ((a) + \
                  (b))
#undef VERSION
#ifdef VERSION
#error VERSION was undefined
#endif
int main(void) {
    int CAT(my, var) = 4;
    printf("%d\n", SQUARE(myvar + 1));
    printf("%s %s\n", STR(a + b), XSTR(__LINE__));
    printf("%s\n", MODE);
    LOG("plain");
    LOG("%d and %d", 1, 2);
    printf("%d\n", MULTI(1, 2));
    printf("%d\n", __LINE__);
    printf("%s\n", __FILE__);
#if (1 << 4) == 16 && !defined(__cplusplus) && __x86_64__
    printf("x86-64\n");
#endif
    return 0;
}
