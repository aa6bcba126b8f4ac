// step-limit: 50000
// expect-limit: steps
// expect-signal: SIGKILL
int main(void) {
    int x = 1;
    while (x) ;
    return 0;
}
