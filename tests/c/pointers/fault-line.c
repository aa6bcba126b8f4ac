// A store that misses the page-view fast path (here: unmapped) faults as the AddressSpace does,
// and the evidence names the C expression and its line.
// expect-exit: 139
// expect-signal: SIGSEGV
// expect-evidence-contains: fault-line.c:12 (`p[i] = 5;`): `p[i]` writes address 0x1018
#include <stdio.h>
int main(void)
{
    long *p = (long *) 0x1000;
    long i = 3;
    printf("before\n");
    p[i] = 5;
    printf("after\n");
    return 0;
}
