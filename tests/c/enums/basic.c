// expect-stdout: 0 5 6 12
// expect-stdout: 0 4
// expect-stdout: 12
#include <stdio.h>
enum color { RED, GREEN = 5, BLUE, ALPHA = BLUE * 2 };
typedef enum { A = -1, B } sign;
int main(void) {
    enum color c = BLUE;
    sign s = B;
    printf("%d %d %d %d\n", RED, GREEN, c, ALPHA);
    printf("%d %zu\n", s, sizeof(enum color));
    int arr[ALPHA];
    printf("%zu\n", sizeof arr / sizeof arr[0]);
    return 0;
}
