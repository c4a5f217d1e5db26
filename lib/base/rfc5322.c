/*
 * rfc5322 - lines, field names, the body boundary and the SMTP DATA form (rfc5322.h).
 */
#include <errno.h>
#include <string.h>
#include <strings.h>

#include "rfc5322.h"

bool rfc5322_next_line(const char *raw, size_t len, size_t *pos, size_t *ret_start, size_t *ret_end)
{
	size_t i = *pos;

	if (i >= len)
		return false;
	*ret_start = i;
	while (i < len && raw[i] != '\n' && raw[i] != '\r')
		i++;
	*ret_end = i;
	if (i < len && raw[i] == '\r' && i + 1 < len && raw[i + 1] == '\n')
		i += 2;
	else if (i < len)
		i++;
	*pos = i;
	return true;
}

size_t rfc5322_field_name(const char *line, size_t n)
{
	size_t i = 0, name;

	while (i < n && line[i] > ' ' && line[i] < 0x7f && line[i] != ':')
		i++;
	name = i;
	while (i < n && (line[i] == ' ' || line[i] == '\t'))
		i++;
	return name > 0 && i < n && line[i] == ':' ? name : 0;
}

bool rfc5322_field_is(const char *line, size_t n, const char *name)
{
	size_t k = rfc5322_field_name(line, n);
	return k == strlen(name) && strncasecmp(line, name, k) == 0;
}

size_t rfc5322_body_offset(const char *raw, size_t len)
{
	size_t pos = 0, s, e;

	while (rfc5322_next_line(raw, len, &pos, &s, &e))
		if (e == s)
			return pos;
	return len;
}

static bool hidden_field(const char *line, size_t n)
{
	/* RFC 5322 3.6.3 (Bcc) and 3.6.6 (Resent-Bcc): never on the wire. */
	return rfc5322_field_is(line, n, "bcc") || rfc5322_field_is(line, n, "resent-bcc");
}

int rfc5322_smtp_data(const char *msg, size_t len, struct buf *out, bool *ret_8bit)
{
	bool in_header = true, skipping = false, eightbit = false;
	size_t pos = 0, s, e;
	int r = 0;

	if (memchr(msg, '\0', len))
		return -EINVAL;
	while (r == 0 && rfc5322_next_line(msg, len, &pos, &s, &e)) {
		if (e - s > RFC5322_MAX_LINE)
			return -EMSGSIZE;
		for (size_t k = s; k < e; k++)
			eightbit |= (unsigned char) msg[k] >= 0x80;
		if (in_header) {
			if (e == s) {
				in_header = false;
				skipping = false;
			} else if (msg[s] == ' ' || msg[s] == '\t') {
				if (skipping)
					continue; /* folded continuation of a hidden field */
			} else {
				skipping = hidden_field(msg + s, e - s);
				if (skipping)
					continue;
			}
		}
		if (e > s && msg[s] == '.') /* RFC 5321 4.5.2 */
			r = buf_putc(out, '.');
		if (r == 0)
			r = buf_append(out, msg + s, e - s);
		if (r == 0)
			r = buf_append(out, "\r\n", 2);
	}
	if (r == 0)
		r = buf_append(out, ".\r\n", 3);
	if (ret_8bit)
		*ret_8bit = eightbit;
	return r;
}
