// expect-error-contains: invalid operands to binary * (have 'int *' and 'int')
// expect-error-contains: has no member named 'z'
// expect-error-contains: too few arguments to function 'f'
// expect-error-contains: assignment of read-only variable 'k'
struct p { int x; };
int f(int a, int b) { return a + b; }
int main(void) {
    int *q = 0;
    struct p s;
    const int k = 1;
    int a = q * 2;
    s.z = 1;
    f(1);
    k = 2;
    return 0;
}
