// expect-error-contains: undefined reference to `main'
#include <stdio.h>
#define X 1
