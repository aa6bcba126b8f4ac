// expect-stdout: 1 2 10 20
// expect-stdout: 4 6 box
// expect-stdout: 5 11
// expect-stdout: 0 99
// expect-stdout: 6
// expect-stdout: 7
// expect-stdout: 8 24 16
// expect-stdout: 24 8
// expect-stdout: 5
#include <stdio.h>
#include <stddef.h>
struct point { int x, y; };
struct rect { struct point tl, br; char name[8]; };
typedef struct node { int v; struct node *next; } node;
struct point mid(struct point a, struct point b) {
    struct point r;
    r.x = (a.x + b.x) / 2;
    r.y = (a.y + b.y) / 2;
    return r;
}
int main(void) {
    struct point p = {1, 2};
    struct point q = {.y = 20, .x = 10};
    struct rect r = {{0, 0}, {4, 6}, "box"};
    printf("%d %d %d %d\n", p.x, p.y, q.x, q.y);
    printf("%d %d %s\n", r.br.x, r.br.y, r.name);
    struct point m = mid(p, q);
    printf("%d %d\n", m.x, m.y);
    struct rect r2 = r;
    r2.tl.x = 99;
    printf("%d %d\n", r.tl.x, r2.tl.x);
    node c = {3, NULL}, b = {2, &c}, a = {1, &b};
    int s = 0;
    for (node *n = &a; n; n = n->next) s += n->v;
    printf("%d\n", s);
    struct rect *rp = &r;
    rp->br.y += 1;
    printf("%d\n", r.br.y);
    printf("%zu %zu %zu\n", sizeof(struct point), sizeof(struct rect), offsetof(struct rect, name));
    struct { char c; long l; short s; } pad;
    printf("%zu %zu\n", sizeof pad, offsetof(struct node, next));
    printf("%d\n", mid(p, q).x);
    return 0;
}
