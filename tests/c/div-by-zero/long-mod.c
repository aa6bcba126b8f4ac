// expect-exit: 136
// expect-signal: SIGFPE
int main(void) {
    long a = 5, b = 0;
    return (int)(a % b);
}
