/*
 * buf - growable byte buffer with a hard maximum; see buf.h.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>

#include "buf.h"
#include "utf8.h"

static int reserve(struct buf *b, size_t n)
{
	size_t max = b->max ? b->max : SIZE_MAX - 1;
	size_t want, cap;

	if (n > max || b->len > max - n)
		return -E2BIG;
	want = b->len + n + 1;
	if (want <= b->cap)
		return 0;
	cap = b->cap ? b->cap : 64;
	while (cap < want)
		cap = cap > SIZE_MAX / 2 ? want : cap * 2;
	b->data = xrealloc(b->data, cap);
	b->cap = cap;
	return 0;
}

int buf_append(struct buf *b, const void *p, size_t n)
{
	int r = reserve(b, n);
	if (r < 0)
		return r;
	if (n)
		memcpy(b->data + b->len, p, n);
	b->len += n;
	b->data[b->len] = '\0';
	return 0;
}

int buf_putc(struct buf *b, char c)
{
	return buf_append(b, &c, 1);
}

int buf_puts(struct buf *b, const char *s)
{
	return buf_append(b, s, strlen(s));
}

int buf_printf(struct buf *b, const char *fmt, ...)
{
	va_list ap;
	int n, r;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0)
		return -EINVAL;
	r = reserve(b, (size_t) n);
	if (r < 0)
		return r;
	va_start(ap, fmt);
	vsnprintf(b->data + b->len, (size_t) n + 1, fmt, ap);
	va_end(ap);
	b->len += (size_t) n;
	return 0;
}

int buf_put_utf8(struct buf *b, uint32_t cp)
{
	char s[4];
	size_t n;

	if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
		cp = 0xfffd;
	if (cp < 0x80) {
		s[0] = (char) cp;
		n = 1;
	} else if (cp < 0x800) {
		s[0] = (char) (0xc0 | (cp >> 6));
		s[1] = (char) (0x80 | (cp & 0x3f));
		n = 2;
	} else if (cp < 0x10000) {
		s[0] = (char) (0xe0 | (cp >> 12));
		s[1] = (char) (0x80 | ((cp >> 6) & 0x3f));
		s[2] = (char) (0x80 | (cp & 0x3f));
		n = 3;
	} else {
		s[0] = (char) (0xf0 | (cp >> 18));
		s[1] = (char) (0x80 | ((cp >> 12) & 0x3f));
		s[2] = (char) (0x80 | ((cp >> 6) & 0x3f));
		s[3] = (char) (0x80 | (cp & 0x3f));
		n = 4;
	}
	return buf_append(b, s, n);
}

void buf_reset(struct buf *b)
{
	b->len = 0;
	if (b->data)
		b->data[0] = '\0';
}

char *buf_steal(struct buf *b)
{
	char *p = b->data ? b->data : xstrdup("");
	b->data = NULL;
	b->len = b->cap = 0;
	return p;
}

void buf_free(struct buf *b)
{
	free(b->data);
	b->data = NULL;
	b->len = b->cap = 0;
}

int buf_json_string(struct buf *out, const char *s)
{
	const unsigned char *p = (const unsigned char *) (s ? s : "");
	size_t n = strlen((const char *) p);
	int r = buf_putc(out, '"');

	while (n && r == 0) {
		uint32_t cp;
		size_t k = utf8_decode((const char *) p, n, &cp);

		if (k == 0) {
			r = buf_puts(out, "\xef\xbf\xbd");
			k = 1;
		} else if (*p == '"' || *p == '\\') {
			char esc[2] = {'\\', (char) *p};
			r = buf_append(out, esc, 2);
		} else if (*p == '\n') {
			r = buf_puts(out, "\\n");
		} else if (*p == '\r') {
			r = buf_puts(out, "\\r");
		} else if (*p == '\t') {
			r = buf_puts(out, "\\t");
		} else if (*p < 0x20 || *p == 0x7f) {
			r = buf_printf(out, "\\u%04x", *p);
		} else {
			r = buf_append(out, p, k);
		}
		p += k;
		n -= k;
	}
	return r ? r : buf_putc(out, '"');
}
