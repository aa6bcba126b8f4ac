// expect-stdout: 2432902008176640000
// expect-stdout: 9
// expect-stdout: 501
// expect-stdout: 1 1
#include <stdio.h>
static int depth;
long fact(int n) { return n <= 1 ? 1 : n * fact(n - 1); }
int ack(int m, int n) {
    if (m == 0) return n + 1;
    if (n == 0) return ack(m - 1, 1);
    return ack(m - 1, ack(m, n - 1));
}
void count(int n) { depth++; if (n > 0) count(n - 1); }
int is_even(int n);
int is_odd(int n) { return n == 0 ? 0 : is_even(n - 1); }
int is_even(int n) { return n == 0 ? 1 : is_odd(n - 1); }
int main(void) {
    printf("%ld\n", fact(20));
    printf("%d\n", ack(2, 3));
    count(500);
    printf("%d\n", depth);
    printf("%d %d\n", is_even(10), is_odd(7));
    return 0;
}
