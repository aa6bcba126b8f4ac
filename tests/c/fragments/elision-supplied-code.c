// expect-stdout: 42
// elision ...: printf("%d\n", n);
// The caller's code replaces the `...` line; it sees the fragment's locals.
int n = 42;
...
return NULL;
