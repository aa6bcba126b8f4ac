// expect-error-contains: expected declaration or statement at end of input
int main(void) {
    if (1) {
        return 0;
