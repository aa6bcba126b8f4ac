// expect-stdout: before 7
// expect-signal: SIGSEGV
// expect-exit: 139
// A fake mmapped chunk in .bss: free() hands it to munmap_chunk, which unmaps that page of
// the program's globals; the next read of the global array there faults, as it does in a real
// process (glibc 2.36 checks only the alignment of the block and its size).
#include <stdio.h>
#include <stdlib.h>
static char buf[4 * 4096];
int main(void) {
    unsigned long page = ((unsigned long) buf + 4095) & ~4095UL;
    unsigned long k = page - (unsigned long) buf + 100;
    buf[k] = 7;
    printf("before %d\n", buf[k]);
    fflush(stdout);
    *(unsigned long *) (page + 8) = 4096 | 2;   /* size 4096, IS_MMAPPED */
    free((void *) (page + 16));
    printf("after %d\n", buf[k]);
    return 0;
}
