// expect-result: NULL
    return NULL;
