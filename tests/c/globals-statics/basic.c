// expect-stdout: 1 5 hello
// expect-stdout: 1 2 0 0
// expect-stdout: abc 4
// expect-stdout: 2
// expect-stdout: 7 8
// expect-stdout: 102
// expect-stdout: Xbc
#include <stdio.h>
int counter;
int init = 5;
static const char *msg = "hello";
int table[4] = {1, 2};
char text[] = "abc";
int *ptr = &table[1];
struct pair { int a, b; } pr = {7, 8};
int next(void) { static int n = 100; return n++; }
int main(void) {
    counter++;
    printf("%d %d %s\n", counter, init, msg);
    printf("%d %d %d %d\n", table[0], table[1], table[2], table[3]);
    printf("%s %zu\n", text, sizeof text);
    printf("%d\n", *ptr);
    printf("%d %d\n", pr.a, pr.b);
    next(); next();
    printf("%d\n", next());
    text[0] = 'X';
    printf("%s\n", text);
    return 0;
}
