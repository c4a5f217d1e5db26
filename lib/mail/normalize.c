/*
 * normalize - the matching view of a text; see normalize.h.
 *
 * A seller who wants a word past a filter writes it full-width ("ｃｏｕｐｏｎ") or
 * breaks it with characters nobody sees ("cou\u200bpon"). Patterns run on this view,
 * where both tricks are undone; the map lets every hit quote the original bytes.
 * Never allocates per character; output is never longer than the input.
 */
#include <errno.h>
#include <stdbool.h>

#include "base.h"
#include "normalize.h"

/* decode - one UTF-8 sequence at p (n bytes available). Returns its length and the
 * code point in *cp; an invalid byte counts as one character with cp = 0xFFFFFFFF. */
static size_t decode(const unsigned char *p, size_t n, uint32_t *cp)
{
	uint32_t c = p[0];
	size_t len, i;

	if (c < 0x80) {
		*cp = c;
		return 1;
	}
	if (c >= 0xc2 && c <= 0xdf)
		len = 2, c &= 0x1f;
	else if (c >= 0xe0 && c <= 0xef)
		len = 3, c &= 0x0f;
	else if (c >= 0xf0 && c <= 0xf4)
		len = 4, c &= 0x07;
	else
		goto invalid;
	if (len > n)
		goto invalid;
	for (i = 1; i < len; i++) {
		if ((p[i] & 0xc0) != 0x80)
			goto invalid;
		c = (c << 6) | (p[i] & 0x3f);
	}
	*cp = c;
	return len;
invalid:
	*cp = 0xffffffffu;
	return 1;
}

/* invisible - format characters that render as nothing and can split a word. */
static bool invisible(uint32_t cp)
{
	return cp == 0x00ad ||                   /* soft hyphen */
	       cp == 0x034f ||                   /* combining grapheme joiner */
	       cp == 0x061c ||                   /* Arabic letter mark */
	       cp == 0x115f || cp == 0x1160 ||   /* Hangul fillers */
	       cp == 0x17b4 || cp == 0x17b5 ||   /* Khmer inherent vowels */
	       cp == 0x180e ||                   /* Mongolian vowel separator */
	       (cp >= 0x200b && cp <= 0x200f) || /* zero-width space/joiners, LRM/RLM */
	       (cp >= 0x202a && cp <= 0x202e) || /* bidi embeddings */
	       (cp >= 0x2060 && cp <= 0x2064) || /* word joiner, invisible operators */
	       (cp >= 0x2066 && cp <= 0x206f) || /* bidi isolates, deprecated formats */
	       cp == 0x3164 ||                   /* Hangul filler */
	       cp == 0xfeff ||                   /* zero-width no-break space (BOM) */
	       cp == 0xffa0 ||                   /* half-width Hangul filler */
	       (cp >= 0xfe00 && cp <= 0xfe0f) || /* variation selectors */
	       (cp >= 0xe0000 && cp <= 0xe007f); /* tag characters */
}

int normalize_text(const char *orig, size_t len, char **ret_norm, size_t *ret_len,
                   uint32_t **ret_map)
{
	const unsigned char *p = (const unsigned char *) orig;
	char *out;
	uint32_t *map;
	size_t i = 0, o = 0;

	if (len >= UINT32_MAX)
		return -E2BIG;
	out = xmalloc(len + 1);
	map = xmalloc((len + 1) * sizeof(*map));
	while (i < len) {
		uint32_t cp;
		size_t n = decode(p + i, len - i, &cp);

		if (cp >= 0xff01 && cp <= 0xff5e) {
			/* Full-width ASCII: U+FF01..FF5E are U+0021..007E shifted. */
			map[o] = (uint32_t) i;
			out[o++] = (char) (cp - 0xff01 + 0x21);
		} else if (cp == 0x3000) {
			map[o] = (uint32_t) i;
			out[o++] = ' ';
		} else if (cp != 0xffffffffu && invisible(cp)) {
			/* dropped: nothing to map */
		} else {
			for (size_t k = 0; k < n; k++) {
				map[o] = (uint32_t) i;
				out[o++] = (char) p[i + k];
			}
		}
		i += n;
	}
	out[o] = '\0';
	map[o] = (uint32_t) len;
	*ret_norm = out;
	*ret_len = o;
	*ret_map = map;
	return 0;
}
