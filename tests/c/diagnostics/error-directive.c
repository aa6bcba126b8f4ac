// expect-error: 3:2: #error this configuration is not supported
#ifndef SOMETHING
#error this configuration is not supported
#endif
int main(void) { return 0; }
