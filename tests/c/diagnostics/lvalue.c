// expect-error: 5:13: lvalue required as left operand of assignment
// expect-error: 6:5: lvalue required as unary '&' operand
int main(void) {
    int x = 0;
    (x + 1) = 2;
    &3;
    return 0;
}
