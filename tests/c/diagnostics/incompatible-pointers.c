// expect-warning: 6:14: initialization of 'int *' from incompatible pointer type 'char *' [-Wincompatible-pointer-types]
// expect-warning: 7:7: assignment to 'int' from 'char *' makes integer from pointer without a cast [-Wint-conversion]
// expect-warning: 8:12: returning 'char *' from a function with return type 'int' makes integer from pointer without a cast [-Wint-conversion]
int f(char *c) {
    int n;
    int *p = c;
    n = c;
    return c;
}
int main(void) { return 0; }
