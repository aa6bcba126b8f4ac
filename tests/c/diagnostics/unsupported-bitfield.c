// expect-error-contains: unsupported: bit-fields
struct flags { unsigned a : 1; };
int main(void) { return 0; }
