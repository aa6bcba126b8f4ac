// expect-stdout: 7
#include <stdio.h>
int main(void) {
    printf("%d\n", ((((((((((((((((((((((((((((((7)))))))))))))))))))))))))))))));
    return 0;
}
