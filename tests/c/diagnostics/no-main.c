// expect-error-contains: undefined reference to `main'
int helper(void) { return 1; }
