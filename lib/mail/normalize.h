/*
 * normalize - the matching view of a text. Folds full-width ASCII (U+FF01..U+FF5E) and
 * the ideographic space to ASCII, removes zero-width characters (U+200B..U+200D, U+2060,
 * U+FEFF), soft hyphens (U+00AD) and other invisible format characters a seller could use
 * to break a word, and keeps an offset map back to the original so excerpts quote what
 * the seller wrote. Case is kept. One pass, linear in the input.
 */
#ifndef AG_NORMALIZE_H
#define AG_NORMALIZE_H

#include <stddef.h>
#include <stdint.h>

/* orig must be valid UTF-8 of len bytes. Stores a new NUL-terminated view in *ret_norm,
 * its length in *ret_len and a new map of *ret_len + 1 entries in *ret_map, where
 * map[i] is the offset in orig of the character that produced view byte i and
 * map[*ret_len] == len. Returns 0, or -E2BIG for len > UINT32_MAX. */
int normalize_text(const char *orig, size_t len, char **ret_norm, size_t *ret_len,
		   uint32_t **ret_map);

#endif
