/* libFuzzer target: html_reduce() on arbitrary bytes made valid UTF-8 first, as
 * message.c does. The output must be valid UTF-8. */
#include <assert.h>
#include <stdint.h>

#include "charset.h"
#include "html.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void on_link(void *ctx, const char *url, size_t len, enum link_kind kind)
{
	size_t *n = ctx;
	assert(len > 0 && url);
	(void) kind;
	(*n)++;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct buf in = BUF_INIT(0), out = BUF_INIT(1 << 20);
	size_t links = 0;

	(void) charset_utf8_sanitize((const char *) data, size, &in);
	if (html_reduce(in.data ? in.data : "", in.len, 10000, &out, on_link, &links) == 0)
		assert(charset_is_utf8(out.data ? out.data : "", out.len));
	buf_free(&in);
	buf_free(&out);
	return 0;
}
