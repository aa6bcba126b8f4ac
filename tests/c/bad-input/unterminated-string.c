// expect-error-contains: missing terminating " character
int main(void) {
    char *s = "oops;
    return 0;
}
