/*
 * normalize - the matching view of a text, built with ICU: NFKC (full-width letters and
 * digits, ligatures, compatibility forms, no-break spaces), Default_Ignorable_Code_Point
 * code points removed (zero-width characters, soft hyphen, word joiner, BOM, bidi
 * controls, variation selectors, tags), the Arabic tatweel removed, every dash
 * U+2010..U+2015 and the minus sign U+2212 to '-', decimal digits of every script to
 * ASCII, space separators to ' ', and, only inside a word whose letters mix two scripts,
 * look-alike letters replaced by their Latin UTS #39 skeleton ("stаr" with a Cyrillic а
 * becomes "star"). Case is kept. An offset map leads back to the original, so excerpts
 * quote what the seller wrote. Linear in the input.
 */
#ifndef AG_NORMALIZE_H
#define AG_NORMALIZE_H

#include <stddef.h>
#include <stdint.h>

/* orig is UTF-8 of len bytes; an invalid byte is copied to the view as it is. Stores a
 * new NUL-terminated view in *ret_norm, its length in *ret_len and a new map of
 * *ret_len + 1 entries in *ret_map. The view is built segment by segment, a segment
 * being the characters from one NFKC boundary to the next: map[i] is the offset in orig
 * of the first character of the segment that produced view byte i (so the map never
 * decreases), and map[*ret_len] == len. Returns 0, or -E2BIG (nothing stored) for
 * len >= UINT32_MAX or when the view would pass 4 * len + 64 bytes (NFKC of U+FDFA is
 * eleven times its input). */
int normalize_text(const char *orig, size_t len, char **ret_norm, size_t *ret_len,
                   uint32_t **ret_map);

#endif
