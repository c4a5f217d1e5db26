/*
 * imap_utf7 - modified UTF-7 for mailbox names; see imap_utf7.h.
 */
#include <errno.h>
#include <string.h>

#include "imap_utf7.h"
#include "utf8.h"

static const char b64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+,";

/* next_cp - the next character of a NUL-terminated string; an invalid byte is one
 * U+FFFD (base/utf8.c is strict: no overlong forms or surrogates, which would give a
 * folder name a second spelling). */
static uint32_t next_cp(const unsigned char **p)
{
	uint32_t c;
	size_t k = utf8_decode((const char *) *p, strnlen((const char *) *p, 4), &c);

	if (k == 0) {
		(*p)++;
		return 0xfffd;
	}
	*p += k;
	return c;
}

int imap_utf7_encode(const char *s, struct buf *out)
{
	const unsigned char *p = (const unsigned char *) s;
	int r = 0;

	while (*p && r == 0) {
		if (*p >= 0x20 && *p < 0x7f) {
			r = *p == '&' ? buf_puts(out, "&-") : buf_putc(out, (char) *p);
			p++;
			continue;
		}
		uint32_t bits = 0;
		int nbits = 0;
		r = buf_putc(out, '&');
		while (*p && (*p < 0x20 || *p >= 0x7f) && r == 0) {
			uint32_t cp = next_cp(&p);
			uint16_t units[2];
			int nu = 1;
			if (cp >= 0x10000) {
				cp -= 0x10000;
				units[0] = (uint16_t) (0xd800 | (cp >> 10));
				units[1] = (uint16_t) (0xdc00 | (cp & 0x3ff));
				nu = 2;
			} else {
				units[0] = (uint16_t) cp;
			}
			for (int u = 0; u < nu && r == 0; u++) {
				bits = (bits << 16) | units[u];
				nbits += 16;
				while (nbits >= 6 && r == 0) {
					nbits -= 6;
					r = buf_putc(out, b64[(bits >> nbits) & 0x3f]);
				}
			}
		}
		if (nbits && r == 0)
			r = buf_putc(out, b64[(bits << (6 - nbits)) & 0x3f]);
		if (r == 0)
			r = buf_putc(out, '-');
	}
	return r;
}

int imap_utf7_decode(const char *s, struct buf *out)
{
	int r = 0;

	while (*s && r == 0) {
		if (*s != '&') {
			r = buf_putc(out, *s++);
			continue;
		}
		s++;
		if (*s == '-') {
			r = buf_putc(out, '&');
			s++;
			continue;
		}
		uint32_t bits = 0, hi = 0;
		int nbits = 0;
		while (*s && *s != '-' && r == 0) {
			const char *q = strchr(b64, *s);
			if (!q)
				return -EINVAL;
			bits = (bits << 6) | (uint32_t) (q - b64);
			nbits += 6;
			s++;
			if (nbits >= 16) {
				nbits -= 16;
				uint32_t u = (bits >> nbits) & 0xffff;
				if (u >= 0xd800 && u < 0xdc00 && !hi) {
					hi = u;
				} else if (u >= 0xdc00 && u < 0xe000 && hi) {
					r = buf_put_utf8(out, 0x10000 + ((hi - 0xd800) << 10) +
					                              (u - 0xdc00));
					hi = 0;
				} else if (hi || (u >= 0xd800 && u < 0xe000)) {
					return -EINVAL; /* a surrogate without its pair */
				} else {
					r = buf_put_utf8(out, u);
				}
			}
		}
		if (*s != '-' || hi)
			return -EINVAL;
		s++;
	}
	return r;
}
