/* bench: trace
 * what: the allocation-trace benchmark against real libpython: 10,000,000 xorshift64 steps over
 *       10,000 slots; an empty slot gets PyObject_Malloc(1..512), a full one is PyObject_Free'd.
 *       "--malloc" runs the same trace on glibc malloc/free alone.
 * Prints one JSON line: {"bench":"trace","steps":N,"ns_per_step":X,"checksum":ALLOCS,...}
 * checksum = number of allocations made, so a model running the same trace can check itself.
 */
#include <Python.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define STEPS 10000000L
#define SLOTS 10000

static unsigned long long xorshift_state = 88172645463325252ULL;

static unsigned long long
next_random(void)
{
    unsigned long long x = xorshift_state;
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    xorshift_state = x;
    return x;
}

static void *slots[SLOTS];

int
main(int argc, char **argv)
{
    int use_malloc = 0;
    long step;
    long allocs = 0;
    long frees = 0;
    unsigned long long size_sum = 0;
    long live = 0;
    long k;
    struct timespec t0;
    struct timespec t1;
    double ns;

    if (argc > 1 && strcmp(argv[1], "--malloc") == 0)
        use_malloc = 1;
    Py_Initialize();

    clock_gettime(CLOCK_MONOTONIC, &t0);
    for (step = 0; step < STEPS; step++) {
        unsigned long long r = next_random();
        unsigned long long slot = r % SLOTS;
        size_t n = (size_t) (1 + (r >> 32) % 512);
        if (slots[slot] != NULL) {
            if (use_malloc)
                free(slots[slot]);
            else
                PyObject_Free(slots[slot]);
            slots[slot] = NULL;
            frees++;
        }
        else {
            slots[slot] = use_malloc ? malloc(n) : PyObject_Malloc(n);
            if (slots[slot] == NULL) {
                fprintf(stderr, "allocation failed at step %ld\n", step);
                return 1;
            }
            allocs++;
            size_sum += n;
        }
    }
    clock_gettime(CLOCK_MONOTONIC, &t1);

    for (k = 0; k < SLOTS; k++) {
        if (slots[k] != NULL) {
            live++;
            if (use_malloc)
                free(slots[k]);
            else
                PyObject_Free(slots[k]);
            slots[k] = NULL;
        }
    }
    ns = (double) (t1.tv_sec - t0.tv_sec) * 1e9 + (double) (t1.tv_nsec - t0.tv_nsec);
    printf("{\"bench\":\"trace\",\"steps\":%ld,\"ns_per_step\":%.3f,\"checksum\":%ld,"
           "\"allocator\":\"%s\",\"frees\":%ld,\"live_at_end\":%ld,\"bytes_requested\":%llu}\n",
           STEPS, ns / (double) STEPS, allocs, use_malloc ? "malloc" : "PyObject_Malloc",
           frees, live, size_sum);
    Py_Finalize();
    return 0;
}
