// expect-warning: 4:5: implicit declaration of function 'puts2' [-Wimplicit-function-declaration]
// expect-error-contains: undefined reference to `puts2'
int main(void) {
    puts2("x");
    return 0;
}
