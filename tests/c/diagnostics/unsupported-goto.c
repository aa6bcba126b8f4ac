// expect-error-contains: unsupported: goto
int main(void) {
    goto out;
out:
    return 0;
}
