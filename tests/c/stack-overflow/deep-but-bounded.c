// big-stack: yes
// expect-stdout: 50005000
#include <stdio.h>
long sum(int n) { return n == 0 ? 0 : n + sum(n - 1); }
int main(void) {
    printf("%ld\n", sum(10000));
    return 0;
}
