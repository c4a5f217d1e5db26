/* libFuzzer target: arbitrary bytes as one IMAP server response (literals inline, as
 * read_response assembles them). The tokenizer must never read outside the input and
 * its tokens must describe the input consistently; the streaming SEARCH parser must
 * give the same answer however the bytes are split; and the client's handling of the
 * parsed response (capabilities, codes, LIST, FETCH checks) must not crash. */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "imap_parse.h"
#include "imap_source.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static bool inside(const char *p, size_t n, const char *base, size_t size)
{
	return p >= base && n <= size && (size_t) (p - base) <= size - n;
}

static void check_tokens(const struct imap_response *r, const char *in, size_t size)
{
	struct buf b = BUF_INIT(0);

	if (r->data_tok > r->n_tok || r->code_tok > r->code_end || r->code_end > r->n_tok)
		abort();
	if (r->text && !inside(r->text, r->text_len, in, size))
		abort();
	if (r->code && !inside(r->code, r->code_len, in, size))
		abort();
	for (size_t i = 0; i < r->n_tok; i++) {
		const struct imap_token *t = &r->tok[i];
		if (!inside(t->p, t->len, in, size))
			abort();
		if (t->type == IMAP_TOK_LIST && (t->end <= i || t->end > r->n_tok))
			abort();
		if (imap_parse_next(r, i) <= i)
			abort();
		buf_reset(&b);
		int k = imap_parse_string(t, &b);
		if (t->type == IMAP_TOK_LIST ? k != -EINVAL : k != 0 || b.len > t->len)
			abort();
	}
	buf_free(&b);
}

static void search_split(const char *in, size_t size)
{
	struct imap_search a = {0}, b = {0};
	size_t cut = size ? (unsigned char) in[0] % (size + 1) : 0;
	int ra = imap_parse_search_feed(&a, in, size);
	int rb = imap_parse_search_feed(&b, in, cut);

	if (rb == 0)
		rb = imap_parse_search_feed(&b, in + cut, size - cut);
	ra = ra ? ra : imap_parse_search_end(&a);
	rb = rb ? rb : imap_parse_search_end(&b);
	if (ra != rb || (ra == 0 && (a.n != b.n || (a.n && memcmp(a.uids, b.uids, a.n * 4)))))
		abort();
	imap_parse_search_free(&a);
	imap_parse_search_free(&b);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct imap_response r = IMAP_RESPONSE_INIT;
	const char *in = (const char *) data;
	uint64_t n;
	bool bin;

	if (imap_parse_response(&r, in, size) == 0)
		check_tokens(&r, in, size);
	else if (!r.error)
		abort();
	(void) imap_parse_literal_size(in, size, &n, &bin);
	search_split(in, size);

	struct imap_source *s = imap_source_new_for_test();
	imap_source_parse_untagged(s, in, size);
	if (!imap_source_last_reply(s))
		abort();
	imap_source_close(s);
	return 0;
}
