/*
 * record - the state files' record framing; see record.h.
 */
#include <string.h>

#include "crc32c.h"
#include "record.h"

uint32_t record_get32(const uint8_t *p)
{
	return (uint32_t) p[0] | (uint32_t) p[1] << 8 | (uint32_t) p[2] << 16 |
	       (uint32_t) p[3] << 24;
}

uint64_t record_get64(const uint8_t *p)
{
	return (uint64_t) record_get32(p) | (uint64_t) record_get32(p + 4) << 32;
}

void record_put64(uint8_t *p, uint64_t v)
{
	for (int i = 0; i < 8; i++)
		p[i] = (uint8_t) (v >> (8 * i));
}

size_t record_frame(uint8_t *rec, uint8_t magic, uint8_t type, size_t plen)
{
	uint32_t crc;

	rec[0] = magic;
	rec[1] = type;
	rec[2] = plen & 0xff;
	rec[3] = (uint8_t) (plen >> 8);
	crc = crc32c(crc32c(0, rec + 1, 3), rec + RECORD_HDR, plen);
	for (int i = 0; i < 4; i++)
		rec[4 + i] = (uint8_t) (crc >> (8 * i));
	return RECORD_HDR + plen;
}

uint8_t *record_put_str(uint8_t *p, const char *s)
{
	size_t n = s ? strlen(s) : 0;

	if (n > RECORD_STR_MAX)
		n = RECORD_STR_MAX;
	*p++ = (uint8_t) n;
	if (n)
		memcpy(p, s, n);
	return p + n;
}

bool record_get_str(struct record_cursor *c, char *buf)
{
	if (c->p >= c->end)
		return false;
	size_t n = *c->p++;
	if ((size_t) (c->end - c->p) < n)
		return false;
	memcpy(buf, c->p, n);
	buf[n] = 0;
	c->p += n;
	return true;
}

long record_check(const uint8_t *data, size_t len, size_t off, uint8_t magic, size_t max)
{
	const uint8_t *r = data + off;
	size_t plen;

	if (off > len || len - off < RECORD_HDR || r[0] != magic)
		return -1;
	plen = r[2] | (size_t) r[3] << 8;
	if (plen > max || len - off - RECORD_HDR < plen)
		return -1;
	if (crc32c(crc32c(0, r + 1, 3), r + RECORD_HDR, plen) != record_get32(r + 4))
		return -1;
	return (long) plen;
}
