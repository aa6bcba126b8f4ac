// expect-error: 4:12: 'undefined_thing' undeclared (first use in this function)
#define BAD (undefined_thing + 1)
int main(void) {
    return BAD;
}
