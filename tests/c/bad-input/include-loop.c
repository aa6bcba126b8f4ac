// expect-error-contains: macro "A" requires 2 arguments, but only 1 given
#define A(x, y) x
int main(void) { return A(1); }
