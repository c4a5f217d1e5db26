/*
 * imap_utf7 - folder names between UTF-8 and IMAP's modified UTF-7 (RFC 3501 5.1.3):
 * printable ASCII stays, '&' becomes "&-", anything else is UTF-16 in modified base64
 * between '&' and '-'.
 */
#ifndef AG_IMAP_UTF7_H
#define AG_IMAP_UTF7_H

#include "buf.h"

/* Appends the encoding of the UTF-8 string s; invalid UTF-8 becomes U+FFFD. */
int imap_utf7_encode(const char *s, struct buf *out);
/* Appends the UTF-8 decoding of s; -EINVAL on malformed input. */
int imap_utf7_decode(const char *s, struct buf *out);

#endif
