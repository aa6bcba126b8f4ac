/*
 * Records the allocator calls real CPython 3.11 Py_Initialize() makes, for the model's warm-up
 * (allocator/c-api/py-initialize-warmup.ts). Build and run with ./record.sh.
 *
 * Two tracers, one sequence:
 *  - malloc/calloc/realloc/free are defined here, in the executable, so they interpose every
 *    call from libc, libpython and extension modules; they forward to __libc_malloc & co.
 *  - the RAW, MEM and OBJ domains are wrapped with PyMem_SetAllocator before Py_Initialize
 *    (PYTHONMALLOC must be unset so that pre-initialization keeps them).
 * A glibc-level call made from inside a domain wrapper (pymalloc's fallback to PyMem_RawMalloc,
 * the RAW domain's own malloc) is not recorded: replaying the domain call reproduces it.
 * After Py_Initialize the last 8 bytes of every block pymalloc handed out are dumped (that word
 * is what free() of the next block reads as a chunk size), with pointers into traced blocks
 * written as block id + offset.
 *
 * Output lines (ids are allocation sequence numbers, 1-based):
 *   M id size            glibc malloc          C id nmemb size     glibc calloc
 *   R id oldid size      glibc realloc         F id                glibc free
 *   m D id size          domain malloc         c D id nmemb size   domain calloc
 *   r D id oldid size    domain realloc        f D id              domain free
 *   W id kind value      last word of a pymalloc block: kind b = "id+off", l = libpython .data offset, v = raw
 * D is r (RAW), m (MEM) or o (OBJ).
 */
#define _GNU_SOURCE
#include <Python.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <link.h>

extern void *__libc_malloc(size_t);
extern void *__libc_calloc(size_t, size_t);
extern void *__libc_realloc(void *, size_t);
extern void __libc_free(void *);

#define MAXEV (1 << 22)
struct ev { char op; char dom; uint32_t id; uint32_t old; uint64_t a; uint64_t b; };
static struct ev evs[MAXEV];
static size_t nev;
static int recording;
static int depth;

/* Every allocation ever made while recording: id -> (address, size, family). */
struct blk { uintptr_t addr; size_t size; char dom; char live; };
static struct blk blks[MAXEV];
static uint32_t nblk;

/* live address -> id, open addressing, no malloc */
#define HBITS 22
static uintptr_t hkey[1 << HBITS];
static uint32_t hval[1 << HBITS];
static size_t hslot(uintptr_t k) {
    size_t h = (size_t)((k >> 4) * 0x9E3779B97F4A7C15ull) >> (64 - HBITS);
    while (hkey[h] != 0 && hkey[h] != k) h = (h + 1) & ((1 << HBITS) - 1);
    return h;
}
static void hput(uintptr_t k, uint32_t v) { size_t h = hslot(k); hkey[h] = k; hval[h] = v; }
static uint32_t hget(uintptr_t k) { size_t h = hslot(k); return hkey[h] == k ? hval[h] : 0; }
static void hdel(uintptr_t k) {
    size_t h = hslot(k);
    if (hkey[h] != k) return;
    hkey[h] = 0;
    /* re-insert the rest of the cluster */
    size_t j = (h + 1) & ((1 << HBITS) - 1);
    while (hkey[j] != 0) {
        uintptr_t kk = hkey[j]; uint32_t vv = hval[j]; hkey[j] = 0;
        hput(kk, vv);
        j = (j + 1) & ((1 << HBITS) - 1);
    }
}

static uint32_t new_block(void *p, size_t size, char dom) {
    if (p == NULL) return 0;
    uint32_t id = ++nblk;
    blks[id].addr = (uintptr_t)p; blks[id].size = size; blks[id].dom = dom; blks[id].live = 1;
    hput((uintptr_t)p, id);
    return id;
}
static uint32_t end_block(void *p) {
    if (p == NULL) return 0;
    uint32_t id = hget((uintptr_t)p);
    if (id) { blks[id].live = 0; hdel((uintptr_t)p); }
    return id;
}
static void rec(char op, char dom, uint32_t id, uint32_t old, uint64_t a, uint64_t b) {
    if (nev < MAXEV) { evs[nev].op = op; evs[nev].dom = dom; evs[nev].id = id; evs[nev].old = old; evs[nev].a = a; evs[nev].b = b; nev++; }
}

void *malloc(size_t n) {
    void *p = __libc_malloc(n);
    if (recording && depth == 0) { uint32_t id = new_block(p, n, 'g'); if (id) rec('M', 0, id, 0, n, 0); }
    return p;
}
void *calloc(size_t a, size_t b) {
    void *p = __libc_calloc(a, b);
    if (recording && depth == 0) { uint32_t id = new_block(p, a * b, 'g'); if (id) rec('C', 0, id, 0, a, b); }
    return p;
}
void *realloc(void *q, size_t n) {
    if (!(recording && depth == 0)) return __libc_realloc(q, n);
    uint32_t old = q ? hget((uintptr_t)q) : 0;
    if (q && !old) return __libc_realloc(q, n); /* block from before recording */
    void *p = __libc_realloc(q, n);
    if (p == NULL && n != 0) return p;
    end_block(q);
    uint32_t id = new_block(p, n, 'g');
    rec('R', 0, id, old, n, 0);
    return p;
}
void free(void *q) {
    if (recording && depth == 0 && q) {
        uint32_t id = end_block(q);
        if (id) rec('F', 0, id, 0, 0, 0);
    }
    __libc_free(q);
}

static PyMemAllocatorEx orig[3];
static const char domch[3] = {'r', 'm', 'o'};
#define CTXDOM(ctx) ((int)(intptr_t)(ctx))

static void *t_malloc(void *ctx, size_t n) {
    int d = CTXDOM(ctx);
    depth++; void *p = orig[d].malloc(orig[d].ctx, n); depth--;
    if (recording && depth == 0) { uint32_t id = new_block(p, n, domch[d]); if (id) rec('m', domch[d], id, 0, n, 0); }
    return p;
}
static void *t_calloc(void *ctx, size_t a, size_t b) {
    int d = CTXDOM(ctx);
    depth++; void *p = orig[d].calloc(orig[d].ctx, a, b); depth--;
    if (recording && depth == 0) { uint32_t id = new_block(p, a * b, domch[d]); if (id) rec('c', domch[d], id, 0, a, b); }
    return p;
}
static void *t_realloc(void *ctx, void *q, size_t n) {
    int d = CTXDOM(ctx);
    uint32_t old = (recording && q) ? hget((uintptr_t)q) : 0;
    depth++; void *p = orig[d].realloc(orig[d].ctx, q, n); depth--;
    if (recording && depth == 0 && !(q && !old) && p) {
        end_block(q);
        uint32_t id = new_block(p, n, domch[d]);
        rec('r', domch[d], id, old, n, 0);
    }
    return p;
}
static void t_free(void *ctx, void *q) {
    int d = CTXDOM(ctx);
    if (recording && depth == 0 && q) {
        uint32_t id = end_block(q);
        if (id) rec('f', domch[d], id, 0, 0, 0);
    }
    depth++; orig[d].free(orig[d].ctx, q); depth--;
}

static uintptr_t lib_lo, lib_hi;
static int phdr_cb(struct dl_phdr_info *info, size_t size, void *data) {
    (void)size; (void)data;
    if (strstr(info->dlpi_name, "libpython3.11") == NULL) return 0;
    for (int i = 0; i < info->dlpi_phnum; i++) {
        const ElfW(Phdr) *ph = &info->dlpi_phdr[i];
        if (ph->p_type == PT_LOAD && (ph->p_flags & PF_W)) {
            lib_lo = info->dlpi_addr + ph->p_vaddr;
            lib_hi = lib_lo + ph->p_memsz;
        }
    }
    return 0;
}

/* Most recent block (live preferred) containing address v. Linear but run once per word. */
static uint32_t *sorted; static uint32_t nsorted;
static int cmp_blk(const void *a, const void *b) {
    uintptr_t x = blks[*(const uint32_t *)a].addr, y = blks[*(const uint32_t *)b].addr;
    return x < y ? -1 : x > y;
}
static uint32_t find_block(uintptr_t v) {
    /* binary search the last live block with addr <= v */
    uint32_t lo = 0, hi = nsorted;
    while (lo < hi) { uint32_t mid = (lo + hi) / 2; if (blks[sorted[mid]].addr <= v) lo = mid + 1; else hi = mid; }
    if (lo == 0) return 0;
    uint32_t id = sorted[lo - 1];
    return v < blks[id].addr + (blks[id].size ? blks[id].size : 1) ? id : 0;
}

int main(void) {
    const char *out = getenv("TRACE_OUT");
    FILE *f = fopen(out ? out : "trace.txt", "w");
    if (!f) return 2;
    for (int d = 0; d < 3; d++) {
        PyMemAllocatorEx a;
        PyMem_GetAllocator((PyMemAllocatorDomain)d, &orig[d]);
        a.ctx = (void *)(intptr_t)d; a.malloc = t_malloc; a.calloc = t_calloc; a.realloc = t_realloc; a.free = t_free;
        PyMem_SetAllocator((PyMemAllocatorDomain)d, &a);
    }
    recording = 1;
    Py_Initialize();
    recording = 0;
    dl_iterate_phdr(phdr_cb, NULL);

    for (size_t i = 0; i < nev; i++) {
        struct ev *e = &evs[i];
        switch (e->op) {
        case 'M': fprintf(f, "M %u %llu\n", e->id, (unsigned long long)e->a); break;
        case 'C': fprintf(f, "C %u %llu %llu\n", e->id, (unsigned long long)e->a, (unsigned long long)e->b); break;
        case 'R': fprintf(f, "R %u %u %llu\n", e->id, e->old, (unsigned long long)e->a); break;
        case 'F': fprintf(f, "F %u\n", e->id); break;
        case 'm': fprintf(f, "m %c %u %llu\n", e->dom, e->id, (unsigned long long)e->a); break;
        case 'c': fprintf(f, "c %c %u %llu %llu\n", e->dom, e->id, (unsigned long long)e->a, (unsigned long long)e->b); break;
        case 'r': fprintf(f, "r %c %u %u %llu\n", e->dom, e->id, e->old, (unsigned long long)e->a); break;
        case 'f': fprintf(f, "f %c %u\n", e->dom, e->id); break;
        }
    }

    /* live blocks, sorted by address, for pointer translation */
    sorted = __libc_malloc(sizeof(uint32_t) * (nblk + 1));
    for (uint32_t id = 1; id <= nblk; id++) if (blks[id].live) sorted[nsorted++] = id;
    qsort(sorted, nsorted, sizeof(uint32_t), cmp_blk);

    /* last word of every address pymalloc handed out (latest block at that address) */
    for (uint32_t id = nblk; id >= 1; id--) {
        struct blk *b = &blks[id];
        if ((b->dom != 'm' && b->dom != 'o') || b->size == 0 || b->size > 512) continue;
        if (hget(b->addr | 1) != 0) continue; /* address already dumped (seen set keyed by addr|1) */
        hput(b->addr | 1, id);
        size_t bsize = ((b->size + 15) / 16) * 16;
        uint64_t w;
        memcpy(&w, (void *)(b->addr + bsize - 8), 8);
        if (w == 0) continue;
        uint32_t t = find_block((uintptr_t)w);
        if (t) fprintf(f, "W %u b %u+%llu\n", id, t, (unsigned long long)(w - blks[t].addr));
        else if (w >= lib_lo && w < lib_hi) fprintf(f, "W %u l %llu\n", id, (unsigned long long)(w - lib_lo));
        else fprintf(f, "W %u v %llu\n", id, (unsigned long long)w);
    }
    fclose(f);
    fprintf(stderr, "events %zu blocks %u live %u libpython rw %lx-%lx\n", nev, nblk, nsorted, (unsigned long)lib_lo, (unsigned long)lib_hi);
    return 0;
}
