// expect-limit: memory
// expect-signal: SIGKILL
// expect-stderr-contains: more than this JavaScript engine's stack allows
// Without a big stack (the browser's case) deep recursion ends the run with a clear note.
int down(int n) { return down(n + 1) + 1; }
int main(void) { return down(0); }
