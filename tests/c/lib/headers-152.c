/* Compiled by headers.test.ts: the 1.5.2-era names of pymem-1.5.2.h expand to valid C. */
#include <pymem-1.5.2.h>
int main(void){ ANY *p = Py_Malloc(10); char *q = PyMem_NEW(char, 10); PyMem_RESIZE(q, char, 20); PyMem_DEL(q); PyMem_XDEL(q); Py_Free(p); p = PyMem_Malloc(3); PyMem_Free(p); p = Py_Realloc(NULL, 4); return 0; }
