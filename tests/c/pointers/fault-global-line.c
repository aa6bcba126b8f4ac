// A load through a global pointer array element: fast path while mapped, then a fault whose
// evidence still names the expression and line.
// expect-exit: 139
// expect-signal: SIGSEGV
// expect-evidence-contains: fault-global-line.c:14 (`slots[++k] = (long *) 7; long v = *slots[k];`): `*slots[k]` reads address 0x7
#include <stdio.h>
static long cells[4] = {7, 8, 9, 10};
static long *slots[2];
int main(void)
{
    unsigned long k = 0;
    slots[0] = &cells[0];
    printf("%ld\n", *slots[k]);
    slots[++k] = (long *) 7; long v = *slots[k];
    return (int) v;
}
