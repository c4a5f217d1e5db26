/*
 * utf8 - the one UTF-8 decoder (RFC 3629): strict, so every module agrees on what is
 * valid. Overlong forms, UTF-16 surrogates (U+D800..U+DFFF) and values past U+10FFFF
 * are invalid, because a second spelling of a character is how filters are fooled.
 */
#ifndef AG_UTF8_H
#define AG_UTF8_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Decodes one character at s (n bytes available): returns its length (1..4) and the
 * code point in *cp, or 0 when the bytes there are not a valid character. n > 0. */
size_t utf8_decode(const char *s, size_t n, uint32_t *cp);

/* True when s[0..n) is valid UTF-8; else false and *bad (if not NULL) is the offset of
 * the first invalid byte. */
bool utf8_valid(const char *s, size_t n, size_t *bad);

#endif
