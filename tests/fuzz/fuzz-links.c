/* libFuzzer target: links_find(), links_host() and quote_split() on arbitrary bytes
 * made valid UTF-8 first, as message.c does. Every span must lie inside the text, and
 * every host must be lower case with no '/'; quote spans must cover the text exactly. */
#include <assert.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "charset.h"
#include "links.h"
#include "quote.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

struct ctx {
	const char *text;
	size_t len, covered;
};

static void on_link(void *p, const char *start, size_t len)
{
	struct ctx *c = p;
	assert(start >= c->text && len > 0 && start + len <= c->text + c->len);
	char *host = links_host(start, len);
	if (host) {
		assert(*host && !strchr(host, '/'));
		for (const char *h = host; *h; h++)
			assert(!(*h >= 'A' && *h <= 'Z'));
		free(host);
	}
}

static void on_span(void *p, size_t start, size_t len, enum quote_kind kind)
{
	struct ctx *c = p;
	(void) kind;
	assert(start == c->covered && len > 0 && start + len <= c->len);
	c->covered += len;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct buf in = BUF_INIT(0);
	struct ctx c;

	(void) charset_utf8_sanitize((const char *) data, size, &in);
	c = (struct ctx){in.data ? in.data : "", in.len, 0};
	links_find(c.text, c.len, on_link, &c);
	quote_split(c.text, c.len, on_span, &c);
	assert(c.covered == c.len);
	(void) quote_subject_is_reply(c.text);
	buf_free(&in);
	return 0;
}
