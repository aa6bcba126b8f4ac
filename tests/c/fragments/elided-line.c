// expect-stdout: done
// expect-result: NULL
char *buf1 = PyMem_New(char, BUFSIZ);
...
PyMem_Del(buf1);
printf("done\n");
return NULL;
