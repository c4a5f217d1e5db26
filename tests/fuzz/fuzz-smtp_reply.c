/* libFuzzer target: arbitrary bytes as what an SMTP server sends. The parser must
 * never crash or overrun, stay inside its limits, agree with itself whether fed
 * line by line or as a buffer, and never accept a reply whose lines differ in code
 * (RFC 5321 4.2.1). */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "smtp_reply.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check(const struct smtp_reply *r)
{
	if (r->lines > SMTP_REPLY_MAX_LINES || r->size > SMTP_REPLY_MAX_SIZE ||
	    memchr(r->text, '\0', sizeof(r->text)) == NULL)
		abort();
	for (const char *p = r->text; *p; p++)
		if ((unsigned char) *p < 0x20 || *p == 0x7f)
			abort();
	if (r->lines > 0 && (r->code < 200 || r->code > 559))
		abort();
	if (r->enh_class != 0 && r->enh_class != r->code / 100)
		abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *p = (const char *) data;
	struct smtp_reply a, b;
	size_t used = 0, i = 0;
	int ra, rb = 0;

	ra = smtp_reply_parse(p, size, &a, &used);
	check(&a);
	if ((ra != 1 && ra != 0 && ra != -EPROTO && ra != -E2BIG) || used > size ||
	    (ra == 1) != (used > 0))
		abort();
	/* size counts CRLF for every line; the buffer may have used LF alone */
	if (ra == 1 && (!a.done || a.size < used || a.size > used + a.lines))
		abort();

	/* The same bytes line by line must give the same answer. */
	smtp_reply_init(&b);
	while (i < size) {
		const uint8_t *nl = memchr(data + i, '\n', size - i);
		size_t n, next;
		if (!nl) {
			rb = 0;
			break;
		}
		next = (size_t) (nl - data) + 1;
		n = next - 1 - i;
		if (n > 0 && p[i + n - 1] == '\r')
			n--;
		rb = smtp_reply_feed(&b, p + i, n);
		check(&b);
		i = next;
		if (rb != 0)
			break;
	}
	if (ra != rb)
		abort();
	if (ra == 1 && (a.code != b.code || a.lines != b.lines || strcmp(a.text, b.text) != 0 ||
	                a.enh_class != b.enh_class || a.enh_subject != b.enh_subject ||
	                a.enh_detail != b.enh_detail))
		abort();
	/* A complete reply has one code on every line. */
	if (ra == 1) {
		for (size_t k = 0; k < used;) {
			if (memcmp(p + k, p, 3) != 0)
				abort();
			const char *nl = memchr(p + k, '\n', used - k);
			k = (size_t) (nl - p) + 1;
		}
	}
	return 0;
}
