// expect-error: 6:12: 'y' undeclared (first use in this function)
// expect-error-contains:     6 |     return y;
#include <stdio.h>
int main(void) {
    int x = 1;
    return y;
}
