// expect-error-contains: 'loop' undeclared
#define loop loop
int main(void) { return loop; }
