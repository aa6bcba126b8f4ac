// expect-error-contains: unsupported: variable length arrays
int main(int argc, char **argv) {
    int a[argc];
    return 0;
}
