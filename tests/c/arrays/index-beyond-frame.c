// expect-stdout: 42 99
// A local array indexed past its own frame, up into the caller's locals and down below rsp
// into where a deeper call's frame was, reaches the same bytes as the other names for them.
#include <stdio.h>
static int *dead;
static void leaf(void) {
    int x = 7;
    dead = &x;
}
static void deeper(void) {
    int pad[8];
    pad[0] = 0;
    leaf();
}
static void reach(int *up) {
    int a[4] = {1, 2, 3, 4};
    long i = up - a;
    long j = dead - a;
    a[i] = 42;
    a[j] = 99;
    printf("%d %d\n", *up, *dead);
}
int main(void) {
    int mine = 0;
    deeper();
    reach(&mine);
    return 0;
}
