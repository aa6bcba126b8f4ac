// expect-warning: 4:5: implicit declaration of function 'printf' [-Wimplicit-function-declaration]
// expect-stdout: linked anyway 7
int main(void) {
    printf("linked anyway %d\n", 7);
    return 0;
}
