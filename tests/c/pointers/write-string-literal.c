// expect-exit: 139
// expect-signal: SIGSEGV
// expect-evidence-contains: read-only
int main(void) {
    char *s = "hello";
    s[0] = 'H';
    return 0;
}
