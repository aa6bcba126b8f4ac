// expect-stdout: 5 6
// expect-stdout: 0
// expect-stdout: concatenated
// expect-stdout: 10 65 65
// expect-stdout: [tab	here]
// expect-stdout: 98
// expect-stdout: z
// expect-stdout: 0 0
// expect-stdout: 5
// expect-stdout: 1
#include <stdio.h>
#include <string.h>
int main(void) {
    const char *a = "hello";
    const char *b = "hello";
    char c[] = "hello";
    printf("%zu %zu\n", strlen(a), sizeof c);
    printf("%d\n", strcmp(a, c));
    printf("%s\n", "con" "cat" "enated");
    printf("%d %d %d\n", '\n', '\x41', '\101');
    printf("[%s]\n", "tab\there");
    printf("%d\n", "abc"[1]);
    printf("%c\n", *("xyz" + 2));
    char d[10] = "ab";
    printf("%d %d\n", d[2], d[9]);
    printf("%zu\n", sizeof "four");
    printf("%d\n", a == b);
    return 0;
}
