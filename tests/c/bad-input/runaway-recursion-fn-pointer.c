// expect-exit: 139
// expect-signal: SIGSEGV
// expect-evidence-contains: not a function
int main(void) {
    int (*f)(void) = (int (*)(void)) 0x1234;
    return f();
}
