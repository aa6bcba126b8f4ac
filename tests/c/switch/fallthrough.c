// expect-stdout: 11 10 100 100 -2 0
// expect-stdout: big
// expect-stdout: 18
#include <stdio.h>
int classify(int n) {
    int r = 0;
    switch (n) {
    case 0:
        r += 1;
    case 1:
        r += 10;
        break;
    case 2: case 3:
        r = 100;
        break;
    default:
        r = -1;
    case 9:
        r *= 2;
    }
    return r;
}
int main(void) {
    for (int i = 0; i < 5; i++) printf("%d ", classify(i));
    printf("%d\n", classify(9));
    switch (5) { }
    long big = 5000000000L;
    switch (big) { case 5000000000L: printf("big\n"); break; default: printf("small\n"); }
    int k = 0;
    for (int i = 0; i < 10; i++) {
        switch (i % 3) {
        case 0: continue;
        case 1: k += i; break;
        }
        k++;
    }
    printf("%d\n", k);
    return 0;
}
