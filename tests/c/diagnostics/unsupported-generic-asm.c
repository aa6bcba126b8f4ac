// expect-error-contains: unsupported: _Generic
// expect-error-contains: unsupported: inline assembly
int main(void) {
    int x = _Generic(1, int: 2, default: 3);
    __asm__("nop");
    return x;
}
