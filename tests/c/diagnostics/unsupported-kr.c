// expect-error-contains: unsupported: old-style (K&R)
int add(a, b) int a; int b; { return a + b; }
int main(void) { return 0; }
