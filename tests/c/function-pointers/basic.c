// expect-stdout: 5
// expect-stdout: 5
// expect-stdout: 20
// expect-stdout: add=13
// expect-stdout: mul=42
// expect-stdout: via pointer
// expect-stdout: 1
// expect-stdout: 9
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
static int add(int a, int b) { return a + b; }
static int mul(int a, int b) { return a * b; }
typedef int (*binop)(int, int);
int apply(binop f, int a, int b) { return f(a, b); }
struct ops { const char *name; binop fn; };
int main(void) {
    binop f = add;
    printf("%d\n", f(2, 3));
    printf("%d\n", (*f)(2, 3));
    printf("%d\n", apply(mul, 4, 5));
    struct ops table[] = {{"add", add}, {"mul", &mul}};
    for (int i = 0; i < 2; i++) printf("%s=%d\n", table[i].name, table[i].fn(6, 7));
    void *(*alloc)(size_t) = malloc;
    void (*release)(void *) = free;
    char *p = alloc(16);
    strcpy(p, "via pointer");
    printf("%s\n", p);
    release(p);
    printf("%d\n", f == add);
    int (*fs[2])(int, int) = {add, mul};
    printf("%d\n", fs[1](3, 3));
    return 0;
}
