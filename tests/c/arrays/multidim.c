// expect-stdout: 0 12 23
// expect-stdout: 48 16 4
// expect-stdout: 13
// expect-stdout: 21
// expect-stdout: 6 3
// expect-stdout: ab cde f
// expect-stdout: 10 16
#include <stdio.h>
int main(void) {
    int m[3][4];
    for (int i = 0; i < 3; i++)
        for (int j = 0; j < 4; j++)
            m[i][j] = i * 10 + j;
    printf("%d %d %d\n", m[0][0], m[1][2], m[2][3]);
    printf("%zu %zu %zu\n", sizeof m, sizeof m[0], sizeof m[0][0]);
    int (*row)[4] = m + 1;
    printf("%d\n", (*row)[3]);
    printf("%d\n", *(*(m + 2) + 1));
    int flat[2][2][2] = {1, 2, 3, 4, 5, 6, 7, 8};
    printf("%d %d\n", flat[1][0][1], flat[0][1][0]);
    char names[3][6] = {"ab", "cde", "f"};
    printf("%s %s %s\n", names[0], names[1], names[2]);
    int sum = 0;
    int v[] = {1, 2, 3, 4};
    for (unsigned k = 0; k < sizeof v / sizeof v[0]; k++) sum += v[k];
    printf("%d %zu\n", sum, sizeof v);
    return 0;
}
