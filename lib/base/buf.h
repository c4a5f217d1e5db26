/*
 * buf - growable byte buffer with a hard maximum. Always NUL-terminated so the
 * contents can be handed to C string functions; len excludes the NUL. An append past
 * max returns -E2BIG and leaves the buffer unchanged: callers turn that into a hold
 * ("message too complex"), never a truncated pass.
 */
#ifndef AG_BUF_H
#define AG_BUF_H

#include <stddef.h>
#include <stdint.h>

#include "base.h"

struct buf {
	char *data; /* NULL until the first append */
	size_t len;
	size_t cap;
	size_t max; /* 0 = SIZE_MAX */
};

#define BUF_INIT(m) ((struct buf){.data = NULL, .len = 0, .cap = 0, .max = (m)})

int buf_append(struct buf *b, const void *p, size_t n) _warn_unused_result_;
int buf_putc(struct buf *b, char c) _warn_unused_result_;
int buf_puts(struct buf *b, const char *s) _warn_unused_result_;
int buf_printf(struct buf *b, const char *fmt, ...) _printf_(2, 3) _warn_unused_result_;
/* Appends the UTF-8 encoding of code point cp (invalid cp -> U+FFFD). */
int buf_put_utf8(struct buf *b, uint32_t cp) _warn_unused_result_;
void buf_reset(struct buf *b);
/* Returns the data (caller owns, never NULL: "" when empty) and empties b. */
char *buf_steal(struct buf *b);
void buf_free(struct buf *b);

/* s (NULL: "") as a JSON string (RFC 8259 7): quotes, backslashes and controls
 * escaped, invalid UTF-8 replaced by U+FFFD. */
int buf_json_string(struct buf *out, const char *s);

#endif
