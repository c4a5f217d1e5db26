/*
 * charset - any declared charset to UTF-8, strictly: every input byte ends up either
 * converted or as U+FFFD, never silently dropped, and the output is always valid UTF-8.
 * Labels that mail agents use for a smaller charset than they really write are mapped
 * to the superset (Shift_JIS -> CP932, EUC-KR -> CP949, GB2312/GBK -> GB18030,
 * ISO-8859-1/US-ASCII -> Windows-1252, as WHATWG does).
 */
#ifndef AG_CHARSET_H
#define AG_CHARSET_H

#include <stdbool.h>
#include <stddef.h>

#include "buf.h"

/* Appends in[0..len) converted from label to UTF-8. A NULL or empty label means
 * UTF-8 when the bytes are valid UTF-8, else Windows-1252. An unknown label is
 * converted as Windows-1252 and *ret_unknown is set. Returns 0 or -E2BIG. */
int charset_to_utf8(const char *label, const char *in, size_t len, struct buf *out,
                    bool *ret_unknown);
/* Appends in[0..len) with every invalid UTF-8 sequence replaced by U+FFFD. */
int charset_utf8_sanitize(const char *in, size_t len, struct buf *out);
/* True when in[0..len) is valid UTF-8. */
bool charset_is_utf8(const char *in, size_t len);

#endif
