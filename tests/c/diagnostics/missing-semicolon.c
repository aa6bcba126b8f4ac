// expect-error-contains: expected ';' before 'return'
int main(void) {
    int x = 1
    return x;
}
