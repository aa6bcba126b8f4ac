// expect-stdout: 1
#include <stdio.h>
#include <string.h>
int main(void) {
    int guard = 0x11111111;
    char buf[8];
    memset(buf, 'A', sizeof buf);
    buf[8] = 'B';
    buf[9] = 'C';
    printf("%x\n", guard != 0x11111111);
    return 0;
}
