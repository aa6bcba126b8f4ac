/* stdio.h -- pymem-live's own header for the simulated x86-64 Linux machine.
 * Models: glibc 2.36 <stdio.h>: FILE is struct _IO_FILE with glibc's field layout (216 bytes;
 * the model keeps stdout's buffer pointers in these fields), stdin/stdout/stderr are extern
 * FILE * variables in the C library's data, BUFSIZ is 8192.
 * Input is fread only (stdin is empty unless the runner gives bytes).
 * Left out: scanf, fgets, getchar, fopen and files, the v*printf forms, setvbuf. */
#ifndef _STDIO_H
#define _STDIO_H

#include <stddef.h>

#define BUFSIZ 8192
#define EOF (-1)

#define _IOFBF 0
#define _IOLBF 1
#define _IONBF 2

#define SEEK_SET 0
#define SEEK_CUR 1
#define SEEK_END 2

/* glibc's struct _IO_FILE field by field (offsets on x86-64 in the comments). */
struct _IO_FILE {
  int _flags;             /*   0: _IO_MAGIC 0xFBAD0000 | mode bits */
  char *_IO_read_ptr;     /*   8 */
  char *_IO_read_end;     /*  16 */
  char *_IO_read_base;    /*  24 */
  char *_IO_write_base;   /*  32: start of the pending output */
  char *_IO_write_ptr;    /*  40: next byte to fill */
  char *_IO_write_end;    /*  48 */
  char *_IO_buf_base;     /*  56: the buffer (malloc'ed at first output) */
  char *_IO_buf_end;      /*  64 */
  char *_IO_save_base;    /*  72 */
  char *_IO_backup_base;  /*  80 */
  char *_IO_save_end;     /*  88 */
  void *_markers;         /*  96 */
  struct _IO_FILE *_chain; /* 104 */
  int _fileno;            /* 112 */
  int _flags2;            /* 116 */
  long _old_offset;       /* 120 */
  unsigned short _cur_column; /* 128 */
  signed char _vtable_offset; /* 130 */
  char _shortbuf[1];      /* 131: the one-byte buffer of an unbuffered stream */
  void *_lock;            /* 136 */
  long _offset;           /* 144 */
  void *_codecvt;         /* 152 */
  void *_wide_data;       /* 160 */
  struct _IO_FILE *_freeres_list; /* 168 */
  void *_freeres_buf;     /* 176 */
  size_t __pad5;          /* 184 */
  int _mode;              /* 192 */
  char _unused2[20];      /* 196 .. 216 */
};

typedef struct _IO_FILE FILE;

extern FILE *stdin;
extern FILE *stdout;
extern FILE *stderr;
#define stdin stdin
#define stdout stdout
#define stderr stderr

extern int printf(const char *__format, ...);
extern int fprintf(FILE *__stream, const char *__format, ...);
extern int sprintf(char *__s, const char *__format, ...);
extern int snprintf(char *__s, size_t __maxlen, const char *__format, ...);
extern int puts(const char *__s);
extern int putchar(int __c);
extern int fputs(const char *__s, FILE *__stream);
extern int fputc(int __c, FILE *__stream);
extern int putc(int __c, FILE *__stream);
extern size_t fread(void *__ptr, size_t __size, size_t __n, FILE *__stream);
extern size_t fwrite(const void *__ptr, size_t __size, size_t __n, FILE *__stream);
extern int fflush(FILE *__stream);
extern void perror(const char *__s);

#endif /* _STDIO_H */
