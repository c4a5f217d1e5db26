/*
 * smtp_reply - one SMTP reply, line by line; see smtp_reply.h.
 */
#include <errno.h>
#include <string.h>

#include "smtp_reply.h"
#include "str.h"

void smtp_reply_init(struct smtp_reply *r)
{
	memset(r, 0, sizeof(*r));
}

static bool digit(char c)
{
	return c >= '0' && c <= '9';
}

/* digits - 1 to 3 decimal digits at p; returns how many, 0 when none or more. */
static size_t digits(const char *p, size_t len, int *val)
{
	size_t n = 0;

	*val = 0;
	while (n < len && digit(p[n])) {
		if (n == 3)
			return 0;
		*val = *val * 10 + (p[n] - '0');
		n++;
	}
	return n;
}

size_t smtp_reply_enhanced(const char *p, size_t len, int *cls, int *subject, int *detail)
{
	size_t i = 0, n;

	*cls = *subject = *detail = 0;
	/* RFC 3463 2: status-code = class "." subject "." detail; class = "2"/"4"/"5" */
	if (len < 5 || (p[0] != '2' && p[0] != '4' && p[0] != '5') || p[1] != '.')
		return 0;
	i = 2;
	n = digits(p + i, len - i, subject);
	if (n == 0 || i + n >= len || p[i + n] != '.')
		goto none;
	i += n + 1;
	n = digits(p + i, len - i, detail);
	if (n == 0 || (i + n < len && p[i + n] != ' '))
		goto none;
	*cls = p[0] - '0';
	return i + n;
none:
	*cls = *subject = *detail = 0;
	return 0;
}

/* append_text - joins the line to r->text, control characters as spaces. */
static void append_text(struct smtp_reply *r, const char *line, size_t len)
{
	size_t k = strlen(r->text);

	if (k > 0 && k < sizeof(r->text) - 1)
		r->text[k++] = ' ';
	size_t take = len < sizeof(r->text) - 1 - k ? len : sizeof(r->text) - 1 - k;
	memcpy(r->text + k, line, take);
	str_sanitize_n(r->text + k, take, ' ');
	r->text[k + take] = '\0';
}

int smtp_reply_feed(struct smtp_reply *r, const char *line, size_t len)
{
	bool last;
	int code;

	if (r->done)
		return -EALREADY;
	/* RFC 5321 4.2: Reply-line = *( Reply-code "-" [ textstring ] CRLF )
	 *                            Reply-code [ SP textstring ] CRLF
	 *               Reply-code = %x32-35 %x30-35 %x30-39 */
	if (len < 3 || line[0] < '2' || line[0] > '5' || line[1] < '0' || line[1] > '5' ||
	    !digit(line[2]))
		return -EPROTO;
	if (len > 3 && line[3] != ' ' && line[3] != '-')
		return -EPROTO;
	if (memchr(line, '\0', len))
		return -EPROTO;
	code = (line[0] - '0') * 100 + (line[1] - '0') * 10 + (line[2] - '0');
	/* RFC 5321 4.2.1: every line of a multi-line reply has the same code. */
	if (r->lines > 0 && code != r->code)
		return -EPROTO;
	last = len == 3 || line[3] == ' ';
	if (r->lines + 1 > SMTP_REPLY_MAX_LINES ||
	    (r->lines + 1 == SMTP_REPLY_MAX_LINES && !last) ||
	    r->size + len + 2 > SMTP_REPLY_MAX_SIZE)
		return -E2BIG;
	if (r->lines == 0 && len > 4) {
		int c, s, d;
		/* RFC 2034 4: the class must match the reply code's first digit. */
		if (smtp_reply_enhanced(line + 4, len - 4, &c, &s, &d) > 0 && c == code / 100) {
			r->enh_class = c;
			r->enh_subject = s;
			r->enh_detail = d;
		}
	}
	r->code = code;
	r->lines++;
	r->size += len + 2;
	r->done = last;
	append_text(r, line, len);
	return last ? 1 : 0;
}

int smtp_reply_parse(const char *p, size_t len, struct smtp_reply *r, size_t *used)
{
	size_t i = 0;

	smtp_reply_init(r);
	*used = 0;
	while (i < len) {
		const char *nl = memchr(p + i, '\n', len - i);
		size_t n, next;
		int ret;

		if (!nl)
			return 0;
		next = (size_t) (nl - p) + 1;
		n = next - 1 - i;
		if (n > 0 && p[i + n - 1] == '\r')
			n--;
		ret = smtp_reply_feed(r, p + i, n);
		i = next;
		if (ret < 0)
			return ret;
		if (ret == 1) {
			*used = i;
			return 1;
		}
	}
	return 0;
}

bool smtp_reply_too_many_rcpts(const struct smtp_reply *r)
{
	/* RFC 5321 4.5.3.1.10: 452 is the correct code; RFC 821 listed 552, which
	 * clients should treat as temporary in this case. X.5.3 is RFC 3463's "too many
	 * recipients". */
	if (r->code == 452)
		return true;
	return r->code == 552 && r->enh_class == 5 && r->enh_subject == 5 && r->enh_detail == 3;
}
