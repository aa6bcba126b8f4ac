// expect-error-contains: unterminated comment
int main(void) { return 0; }
/* never closed
