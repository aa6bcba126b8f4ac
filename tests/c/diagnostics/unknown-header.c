// expect-error: 2:10: nosuch.h: No such file or directory
#include <nosuch.h>
int main(void) { return 0; }
