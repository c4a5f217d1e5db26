/* imap_parse - see imap_parse.h. Not written yet: every call fails. */
#include <errno.h>

#include "imap_parse.h"

int imap_parse_response(struct imap_response *r, const char *p, size_t len)
{
	(void) p;
	(void) len;
	r->error = "not implemented";
	return -ENOSYS;
}

void imap_parse_free(struct imap_response *r)
{
	(void) r;
}

bool imap_parse_tok_is(const struct imap_token *t, const char *word)
{
	(void) t;
	(void) word;
	return false;
}

int imap_parse_string(const struct imap_token *t, struct buf *out)
{
	(void) t;
	(void) out;
	return -ENOSYS;
}

size_t imap_parse_next(const struct imap_response *r, size_t i)
{
	(void) r;
	return i + 1;
}

int imap_parse_literal_size(const char *line, size_t len, uint64_t *ret_n, bool *ret_binary)
{
	(void) line;
	(void) len;
	(void) ret_n;
	(void) ret_binary;
	return -ENOSYS;
}

int imap_parse_appenduid(const struct imap_response *r, uint32_t *ret_uidvalidity,
                         uint32_t *ret_uid)
{
	(void) r;
	(void) ret_uidvalidity;
	(void) ret_uid;
	return -ENOSYS;
}

int imap_parse_search_feed(struct imap_search *st, const char *p, size_t len)
{
	(void) p;
	(void) len;
	st->error = "not implemented";
	return -ENOSYS;
}

int imap_parse_search_end(struct imap_search *st)
{
	st->error = "not implemented";
	return -ENOSYS;
}

void imap_parse_search_free(struct imap_search *st)
{
	(void) st;
}
