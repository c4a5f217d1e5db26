/*
 * imap_source - a small IMAP client for the watch folder; see imap_source.h.
 *
 * One command at a time: send "tag COMMAND", read responses until the tagged one, all
 * before one deadline fixed when the command starts. Each response is read whole
 * (literals included, capped by IMAP_RESPONSE_MAX / IMAP_BODY_MAX from imap_parse.h)
 * and tokenized by imap_parse.c; SEARCH answers are read streaming instead, as they
 * may be longer than any line we keep. Untagged responses may come at any point (also
 * before a "+" continuation, RFC 3501 5.4 and 7) and only update what we track:
 * capabilities, UIDVALIDITY/UIDNEXT, EXISTS, the LIST delimiter, SEARCH results, the
 * body of the UID FETCH in progress. Credentials go over the wire once, base64 in
 * AUTHENTICATE, and are never copied into last_reply or anywhere else.
 */
#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <strings.h>
#include <time.h>

#include "conn.h"
#include "fault.h"
#include "imap_parse.h"
#include "imap_source.h"
#include "imap_utf7.h"
#include "sasl.h"
#include "str.h"

#include "limit.h"

struct imap_source {
	struct conn *c;
	unsigned cmd_timeout;
	bool idle; /* the configuration allows IDLE (endpoint.idle) */
	unsigned tagn;
	char tag[16];
	char caps[4096]; /* " CAP1 CAP2 ... " upper case */
	char delim;
	uint32_t uidvalidity, uidnext;
	bool news;
	struct imap_search search; /* SEARCH answers of the current command */
	bool list_found;
	bool bye;
	/* UID FETCH in progress: which UID, what came for it. */
	bool fetching;
	uint32_t fetch_uid;
	struct buf body;
	bool got_body;
	int fetch_err;
	char nobody[200]; /* a FETCH for our UID without BODY[], the server's words */
	char idate[64];   /* INTERNALDATE of the UID FETCH in progress, "" when none came */
	/* imap_source_fetch_set() in progress: the slots, and the bytes kept so far */
	struct imap_fetched *set;
	size_t n_set, set_bytes, set_cap;
	char last[512];
	struct buf line;
	struct buf resp;
	struct imap_response pr;
};

static void set_last(struct imap_source *s, const char *fmt, ...) _printf_(2, 3);
static void set_last(struct imap_source *s, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(s->last, sizeof(s->last), fmt, ap);
	va_end(ap);
	/* The server's words may carry anything; logs and reports get one clean line. */
	str_sanitize(s->last, ' ');
}

/* words - the response's first line (up to a literal's CRLF) from offset on, for
 * quoting the server in last_reply. */
static int words(const struct imap_source *s, size_t offset, const char **ret)
{
	const char *p = s->resp.data ? s->resp.data : "";
	size_t n = s->resp.len;

	if (offset > n)
		offset = n;
	const char *nl = memchr(p + offset, '\r', n - offset);
	*ret = p + offset;
	n = (nl ? (size_t) (nl - p) : n) - offset;
	return n > 300 ? 300 : (int) n;
}

static bool has_cap(const struct imap_source *s, const char *cap)
{
	char want[64];
	snprintf(want, sizeof(want), " %s ", cap);
	return strcasestr(s->caps, want) != NULL;
}

/* set_caps - capability atoms, from "* CAPABILITY" data or a [CAPABILITY] code (RFC
 * 3501 7.2.1, 7.1). What does not fit is dropped; 4 KiB is far beyond real lists. */
static void set_caps(struct imap_source *s, size_t from, size_t to)
{
	size_t k = 0;

	s->caps[k++] = ' ';
	for (size_t i = from; i < to; i++) {
		const struct imap_token *t = &s->pr.tok[i];
		if (t->type != IMAP_TOK_ATOM || k + t->len + 2 >= sizeof(s->caps))
			continue;
		for (size_t j = 0; j < t->len; j++)
			s->caps[k++] = (char) toupper((unsigned char) t->p[j]);
		s->caps[k++] = ' ';
	}
	s->caps[k] = '\0';
}

static bool name_is(const char *p, size_t n, const char *w)
{
	return p && n == strlen(w) && strncasecmp(p, w, n) == 0;
}

/* codes - response codes we track, on any status response (RFC 3501 7.1). */
static void codes(struct imap_source *s)
{
	const struct imap_response *r = &s->pr;
	bool one_num =
	        r->code_end == r->code_tok + 1 && r->tok[r->code_tok].type == IMAP_TOK_NUMBER;

	if (name_is(r->code, r->code_len, "UIDVALIDITY") && one_num)
		s->uidvalidity = r->tok[r->code_tok].num;
	else if (name_is(r->code, r->code_len, "UIDNEXT") && one_num)
		s->uidnext = r->tok[r->code_tok].num;
	else if (name_is(r->code, r->code_len, "CAPABILITY"))
		set_caps(s, r->code_tok, r->code_end);
}

/* list - "* LIST (flags) delimiter name" (RFC 3501 7.2.2). */
static void list(struct imap_source *s)
{
	const struct imap_response *r = &s->pr;
	size_t i = r->data_tok;
	struct buf d = BUF_INIT(8);

	/* Count after the flags list, not tokens: the list's own elements are tokens too
	 * (fuzz-imap found "* LIST (a b c)" reading past the array). */
	if (i >= r->n_tok || r->tok[i].type != IMAP_TOK_LIST || r->n_tok - r->tok[i].end < 2)
		return;
	/* A \Noselect parent (made implicitly by creating "a/b") is not a folder we can
	 * use: CREATE makes it one. */
	bool usable = true;
	for (size_t k = i + 1; k < r->tok[i].end; k++)
		if (imap_parse_tok_is(&r->tok[k], "\\Noselect") ||
		    imap_parse_tok_is(&r->tok[k], "\\NonExistent"))
			usable = false;
	s->list_found |= usable;
	i = r->tok[i].end;
	if (imap_parse_string(&r->tok[i], &d) == 0 && d.len == 1)
		s->delim = d.data[0];
	buf_free(&d);
}

/* fetch_fail - a FETCH answer we must not use: remember the first reason, in the
 * server's words, and go on reading to the tagged reply. */
static void fetch_fail(struct imap_source *s, const char *fmt, ...) _printf_(2, 3);
static void fetch_fail(struct imap_source *s, const char *fmt, ...)
{
	char why[200];
	const char *w;
	va_list ap;

	if (s->fetch_err)
		return;
	va_start(ap, fmt);
	vsnprintf(why, sizeof(why), fmt, ap);
	va_end(ap);
	int n = words(s, 0, &w);
	set_last(s, "%s: %.*s", why, n, w);
	s->fetch_err = -EPROTO;
}

/* take_idate - the INTERNALDATE string of a FETCH response into out, sanitized; out is
 * left as it was when there is none or it does not fit. */
static void take_idate(const struct imap_token *idate, char *out, size_t outlen)
{
	struct buf d = BUF_INIT(0);

	if (!idate || idate->type != IMAP_TOK_QUOTED)
		return;
	if (imap_parse_string(idate, &d) == 0 && d.len && d.len < outlen) {
		memcpy(out, d.data, d.len);
		out[d.len] = '\0';
		str_sanitize(out, ' ');
	}
	buf_free(&d);
}

/* set_data - one FETCH response of imap_source_fetch_set(): the body goes to the slot
 * of its UID, only if that UID was asked for (as in fetch_data), and only while the
 * bytes kept stay under the cap; a slot left empty is fetched alone by the caller. */
static void set_data(struct imap_source *s, uint32_t uid, const struct imap_token *body,
                     const struct imap_token *idate)
{
	struct imap_fetched *f = NULL;
	struct buf b = BUF_INIT(0);

	for (size_t i = 0; i < s->n_set && !f; i++)
		if (s->set[i].uid == uid)
			f = &s->set[i];
	if (!f) {
		if (body)
			fetch_fail(s, "server answered UID FETCH with UID %u, not asked for", uid);
		return;
	}
	if (!body || body->type == IMAP_TOK_NIL)
		return;
	if (f->raw) {
		fetch_fail(s, "two bodies for UID %u", uid);
		return;
	}
	if ((body->type != IMAP_TOK_LITERAL && body->type != IMAP_TOK_QUOTED) ||
	    imap_parse_string(body, &b) < 0) {
		buf_free(&b);
		fetch_fail(s, "FETCH response with a BODY[] that is no string");
		return;
	}
	if (b.len == 0 || s->set_bytes + b.len > s->set_cap) {
		buf_free(&b); /* empty (an error the lone fetch reports) or over the cap */
		return;
	}
	take_idate(idate, f->idate, sizeof(f->idate));
	s->set_bytes += b.len;
	f->len = b.len;
	f->raw = buf_steal(&b);
}

/* fetch_data - "* n FETCH (UID u BODY[] {k}...)" during our UID FETCH. RFC 3501 6.4.8
 * says a UID FETCH answer carries UID; one for another message, or without UID, is
 * never taken for ours: a server that answers with message B for A must not make us
 * relay B. FETCH responses without a body (flag updates) may come for any message. */
static void fetch_data(struct imap_source *s)
{
	const struct imap_response *r = &s->pr;
	const struct imap_token *body = NULL, *idate = NULL;
	size_t i = r->data_tok;
	bool have_uid = false;
	uint32_t uid = 0;

	if (r->n_tok - i == 0 || r->tok[i].type != IMAP_TOK_LIST || r->tok[i].end != r->n_tok) {
		fetch_fail(s, "FETCH response is not one list");
		return;
	}
	if (r->tok[i].end == i + 1) { /* msg-att needs one item at least (RFC 3501 9) */
		fetch_fail(s, "FETCH response with no data");
		return;
	}
	for (size_t k = i + 1; k < r->tok[i].end; k = imap_parse_next(r, k + 1)) {
		if (r->tok[k].type != IMAP_TOK_ATOM || k + 1 >= r->tok[i].end) {
			fetch_fail(s, "FETCH response with an item and no value");
			return;
		}
		if (imap_parse_tok_is(&r->tok[k], "UID")) {
			if (r->tok[k + 1].type != IMAP_TOK_NUMBER) {
				fetch_fail(s, "FETCH response with a bad UID");
				return;
			}
			have_uid = true;
			uid = r->tok[k + 1].num;
		} else if (imap_parse_tok_is(&r->tok[k], "BODY[]")) {
			body = &r->tok[k + 1];
		} else if (imap_parse_tok_is(&r->tok[k], "INTERNALDATE")) {
			idate = &r->tok[k + 1];
		}
	}
	if (!have_uid) {
		if (body)
			fetch_fail(s, "FETCH response with a body and no UID");
		return;
	}
	if (s->set) {
		set_data(s, uid, body, idate);
		return;
	}
	if (uid != s->fetch_uid) {
		if (body)
			fetch_fail(s, "server answered UID FETCH %u with UID %u", s->fetch_uid,
			           uid);
		return;
	}
	take_idate(idate, s->idate, sizeof(s->idate));
	if (!body || body->type == IMAP_TOK_NIL) {
		const char *w;
		int n = words(s, 0, &w);
		snprintf(s->nobody, sizeof(s->nobody), "%.*s", n, w);
		return;
	}
	if (s->got_body) {
		fetch_fail(s, "two bodies for UID %u", uid);
		return;
	}
	buf_reset(&s->body);
	if ((body->type != IMAP_TOK_LITERAL && body->type != IMAP_TOK_QUOTED) ||
	    imap_parse_string(body, &s->body) < 0) {
		fetch_fail(s, "FETCH response with a BODY[] that is no string");
		return;
	}
	if (s->body.len == 0) {
		fetch_fail(s, "server sent an empty message for UID %u", uid);
		return;
	}
	s->got_body = true;
}

/* search_data - "* SEARCH n..." that came whole (the fuzz entry point; the client
 * reads SEARCH answers streaming, see read_search). */
static void search_data(struct imap_source *s)
{
	for (size_t i = s->pr.data_tok; i < s->pr.n_tok; i++) {
		const struct imap_token *t = &s->pr.tok[i];
		s->search.cur = t->type == IMAP_TOK_NUMBER ? t->num : 0;
		s->search.in_num = true;
		if (imap_parse_search_end(&s->search) < 0)
			return;
	}
}

/* untagged - what we track from one parsed untagged response. */
static void untagged(struct imap_source *s)
{
	const struct imap_response *r = &s->pr;

	if (r->status != IMAP_STATUS_NONE) {
		codes(s);
		if (r->status == IMAP_STATUS_BYE) {
			const char *w;
			int n = words(s, 2, &w);
			s->bye = true;
			set_last(s, "server said: %.*s", n, w);
		}
		return;
	}
	if (name_is(r->name, r->name_len, "CAPABILITY"))
		set_caps(s, r->data_tok, r->n_tok);
	else if (name_is(r->name, r->name_len, "LIST") || name_is(r->name, r->name_len, "LSUB"))
		list(s);
	else if (name_is(r->name, r->name_len, "SEARCH"))
		search_data(s);
	else if (r->has_num && (name_is(r->name, r->name_len, "EXISTS") ||
	                        name_is(r->name, r->name_len, "EXPUNGE") ||
	                        name_is(r->name, r->name_len, "RECENT")))
		s->news = true;
	else if (r->has_num && s->fetching && name_is(r->name, r->name_len, "FETCH"))
		fetch_data(s);
}

/* parse - tokenizes s->resp into s->pr. A malformed response is an error when we would
 * have read it (status, tagged, continuation, the data we track); malformed data of
 * other kinds are skipped (returns 1), as a client that does not know them would. */
static int parse(struct imap_source *s)
{
	const struct imap_response *r = &s->pr;
	const char *w;
	int k = imap_parse_response(&s->pr, s->resp.data ? s->resp.data : "", s->resp.len);

	if (k == 0)
		return 0;
	if (r->type == IMAP_RESP_UNTAGGED && r->status == IMAP_STATUS_NONE && r->name &&
	    !name_is(r->name, r->name_len, "CAPABILITY") &&
	    !name_is(r->name, r->name_len, "LIST") && !name_is(r->name, r->name_len, "LSUB") &&
	    !(s->fetching && name_is(r->name, r->name_len, "FETCH")))
		return 1;
	int n = words(s, 0, &w);
	set_last(s, "malformed response (%s): %.*s", r->error ? r->error : "?", n, w);
	return -EPROTO;
}

int imap_source_parse_untagged(struct imap_source *s, const char *line, size_t len)
{
	buf_reset(&s->resp);
	if (buf_append(&s->resp, line, len) == 0 && parse(s) == 0 &&
	    s->pr.type == IMAP_RESP_UNTAGGED)
		untagged(s);
	return 0;
}

static bool is_search(const struct buf *l)
{
	return l->len >= 8 && strncasecmp(l->data, "* SEARCH", 8) == 0 &&
	       (l->len == 8 || l->data[8] == ' ');
}

/* read_search - "* SEARCH ..." in pieces of at most a line's cap: the answer for a
 * big folder is longer than any line we keep (13 001 UIDs are 64 KiB), and its numbers
 * need no line (RFC 3501 7.2.5). Bounded by IMAP_SEARCH_MAX_UIDS and the deadline. */
static int read_search(struct imap_source *s, bool eol, uint64_t deadline)
{
	size_t skip = 8;
	int r;

	for (;;) {
		r = imap_parse_search_feed(&s->search, s->line.data + skip, s->line.len - skip);
		if (r == 0 && eol)
			r = imap_parse_search_end(&s->search);
		if (r < 0) {
			set_last(s, "bad SEARCH answer: %s", s->search.error);
			return r == -E2BIG ? r : -EPROTO;
		}
		if (eol)
			return 1;
		skip = 0;
		buf_reset(&s->line);
		r = conn_read_line_part(s->c, &s->line, LIMIT_IMAP_LINE, deadline, &eol);
		if (r < 0) {
			set_last(s, "connection: %s", strerror(-r));
			return r;
		}
	}
}

/* body_literal - the literal that ends line is the BODY[] of the UID FETCH we sent:
 * the only literal allowed past IMAP_RESPONSE_MAX, up to IMAP_BODY_MAX. */
static bool body_literal(const struct imap_source *s, const char *line, size_t n)
{
	static const char want[] = "BODY[] ";
	const char *open = memrchr(line, '{', n);

	if (!s->fetching || !open)
		return false;
	n = (size_t) (open - line);
	if (n && line[n - 1] == '~')
		n--;
	return n >= sizeof(want) - 1 &&
	       strncasecmp(line + n - (sizeof(want) - 1), want, sizeof(want) - 1) == 0;
}

/* read_response - one whole response into s->resp as it was on the wire, literals
 * after their "{n}" CRLF (the form imap_parse_response takes). 0, or 1 for a SEARCH
 * answer already taken into s->search. Every byte is read before deadline, and the
 * response is capped in total (IMAP_RESPONSE_MAX; one BODY[] literal up to
 * IMAP_BODY_MAX), so a server can hold neither our time nor our memory. */
static int read_response(struct imap_source *s, uint64_t deadline)
{
	size_t total = 0;
	bool eol, body_seen = false;
	int r;

	buf_reset(&s->resp);
	for (;;) {
		uint64_t n;
		bool bin;

		buf_reset(&s->line);
		r = conn_read_line_part(s->c, &s->line, LIMIT_IMAP_LINE, deadline, &eol);
		if (r < 0)
			goto conn_fail;
		if (total == 0 && is_search(&s->line))
			return read_search(s, eol, deadline);
		total += s->line.len + 2;
		if (!eol || total > IMAP_RESPONSE_MAX) {
			set_last(s, "server sent a response over %u bytes",
			         !eol ? LIMIT_IMAP_LINE : IMAP_RESPONSE_MAX);
			return -E2BIG;
		}
		r = buf_append(&s->resp, s->line.data, s->line.len);
		if (r < 0)
			return r;
		r = imap_parse_literal_size(s->line.data, s->line.len, &n, &bin);
		if (r < 0) {
			set_last(s, "bad literal size: %.200s", s->line.data);
			return -EPROTO;
		}
		if (r == 0)
			return 0;
		if (!body_seen && body_literal(s, s->line.data, s->line.len)) {
			body_seen = true;
			if (n > IMAP_BODY_MAX) {
				set_last(s,
				         "server sends a message of %llu bytes, over the limit of "
				         "%u: %.200s",
				         (unsigned long long) n, IMAP_BODY_MAX, s->line.data);
				return -E2BIG;
			}
		} else if ((total += n) > IMAP_RESPONSE_MAX) {
			set_last(s, "server sent a response over %u bytes: %.200s",
			         IMAP_RESPONSE_MAX, s->resp.data);
			return -E2BIG;
		}
		r = buf_append(&s->resp, "\r\n", 2);
		if (r < 0)
			return r;
		r = conn_read_exact_until(s->c, &s->resp, (size_t) n, deadline);
		if (r < 0)
			goto conn_fail;
	}
conn_fail:
	if (!s->bye) /* after BYE, its words are the better reason */
		set_last(s, "connection: %s", strerror(-r));
	return r;
}

static int send_line(struct imap_source *s, const char *text, size_t n, uint64_t deadline)
{
	int r = conn_write_until(s->c, text, n, deadline);
	return r ? r : conn_write_until(s->c, "\r\n", 2, deadline);
}

/* start - send "tag command". */
static int start(struct imap_source *s, uint64_t deadline, const char *fmt, ...) _printf_(3, 4);
static int start(struct imap_source *s, uint64_t deadline, const char *fmt, ...)
{
	struct buf b = BUF_INIT(0);
	va_list ap;
	char *cmd;
	int r;

	snprintf(s->tag, sizeof(s->tag), "A%u", ++s->tagn);
	va_start(ap, fmt);
	if (vasprintf(&cmd, fmt, ap) < 0)
		abort();
	va_end(ap);
	r = buf_printf(&b, "%s %s", s->tag, cmd);
	free(cmd);
	if (r == 0)
		r = send_line(s, b.data, b.len, deadline);
	if (r < 0)
		set_last(s, "connection: %s", strerror(-r));
	buf_free(&b);
	return r;
}

/* finish - read until the tagged reply (or a "+" when plus is set: returns 1), all
 * before one deadline: the command's, not one per line (RFC 3501 5.4 lets servers
 * send untagged data at any time; that must not keep us waiting forever). */
static int finish(struct imap_source *s, bool plus, uint64_t deadline)
{
	size_t tl = strlen(s->tag);
	const char *w;
	int r, n;

	for (;;) {
		r = read_response(s, deadline);
		if (r < 0)
			return r;
		if (r == 1)
			continue; /* a SEARCH answer */
		r = parse(s);
		if (r < 0)
			return r;
		if (r == 1)
			continue;
		switch (s->pr.type) {
		case IMAP_RESP_UNTAGGED:
			untagged(s);
			/* RFC 3501 7.1.5: after BYE the server closes; only LOGOUT's BYE
			 * is followed by a tagged OK, and LOGOUT's outcome is not waited
			 * for. Waiting for a close a broken server never makes would hold
			 * the account for the whole command deadline. */
			if (s->bye)
				return -ECONNRESET;
			continue;
		case IMAP_RESP_CONTINUATION:
			if (plus)
				return 1;
			continue;
		case IMAP_RESP_TAGGED:
			break;
		}
		n = words(s, 0, &w);
		if (s->pr.tag_len != tl || memcmp(s->pr.tag, s->tag, tl) != 0) {
			set_last(s, "unexpected response: %.*s", n, w);
			return -EPROTO;
		}
		codes(s);
		if (s->pr.status == IMAP_STATUS_OK)
			return 0;
		n = words(s, tl + 1, &w);
		set_last(s, "%.*s", n, w);
		return s->pr.status == IMAP_STATUS_NO ? -EIO : -EPROTO;
	}
}

static int command(struct imap_source *s, const char *fmt, ...) _printf_(2, 3);
static int command(struct imap_source *s, const char *fmt, ...)
{
	uint64_t deadline = conn_deadline(s->cmd_timeout);
	va_list ap;
	char *cmd;
	int r;

	va_start(ap, fmt);
	if (vasprintf(&cmd, fmt, ap) < 0)
		abort();
	va_end(ap);
	r = start(s, deadline, "%s", cmd);
	free(cmd);
	return r < 0 ? r : finish(s, false, deadline);
}

/* mailbox - a folder name as a quoted IMAP string: '/' mapped to the server's
 * delimiter, then modified UTF-7, then quoted. */
static char *mailbox(const struct imap_source *s, const char *folder)
{
	struct buf u = BUF_INIT(4096), q = BUF_INIT(8192);
	char *mapped = xstrdup(folder);

	for (char *p = mapped; *p; p++)
		if (*p == '/')
			*p = s->delim ? s->delim : '/';
	int r = imap_utf7_encode(mapped, &u);
	free(mapped);
	r = r ? r : buf_putc(&q, '"');
	for (size_t i = 0; i < u.len && r == 0; i++) {
		if (u.data[i] == '"' || u.data[i] == '\\')
			r = buf_putc(&q, '\\');
		r = r ? r : buf_putc(&q, u.data[i]);
	}
	r = r ? r : buf_putc(&q, '"');
	(void) r; /* bounded by config: folder names are short; an overlong one fails SELECT */
	buf_free(&u);
	return buf_steal(&q);
}

/* scrub - masks every copy of a secret (raw or encoded) in last_reply: a server may
 * quote the refused command back, and last_reply reaches logs and reports. */
static void scrub(struct imap_source *s, const char *secret)
{
	size_t n = secret ? strlen(secret) : 0;
	char *p;

	if (n == 0)
		return;
	while ((p = strstr(s->last, secret)))
		memset(p, '*', n);
}

/* quote - appends v as an IMAP quoted string; -EINVAL for bytes it cannot carry. */
static int quote(struct buf *b, const char *v)
{
	int r = buf_putc(b, '"');

	for (; *v && r == 0; v++) {
		if ((unsigned char) *v < 0x20 || (unsigned char) *v >= 0x7f)
			return -EINVAL;
		if (*v == '"' || *v == '\\')
			r = buf_putc(b, '\\');
		if (r == 0)
			r = buf_putc(b, *v);
	}
	return r ? r : buf_putc(b, '"');
}

/* login - the LOGIN command, for servers that offer no AUTH=PLAIN (RFC 3501 6.2.3). */
static int login(struct imap_source *s, const char *user, const char *secret)
{
	uint64_t deadline = conn_deadline(s->cmd_timeout);
	struct buf line = BUF_INIT(0);
	int r;

	if (has_cap(s, "LOGINDISABLED")) {
		set_last(s, "server offers neither AUTH=PLAIN nor LOGIN");
		return -EPROTO;
	}
	snprintf(s->tag, sizeof(s->tag), "A%u", ++s->tagn);
	r = buf_printf(&line, "%s LOGIN ", s->tag);
	if (r == 0)
		r = quote(&line, user);
	if (r == 0)
		r = buf_putc(&line, ' ');
	if (r == 0)
		r = quote(&line, secret);
	if (r == -EINVAL)
		set_last(s, "user name or password has bytes LOGIN cannot carry, and the server "
		            "offers no AUTH=PLAIN");
	if (r == 0)
		r = send_line(s, line.data, line.len, deadline);
	if (line.data)
		explicit_bzero(line.data, line.len);
	buf_free(&line);
	if (r == 0)
		r = finish(s, false, deadline);
	scrub(s, secret);
	return r;
}

static int authenticate(struct imap_source *s, const struct endpoint *srv, const char *secret)
{
	bool oauth = srv->secret == ENDPOINT_SECRET_OAUTH2_COMMAND;
	const char *mech = oauth ? "XOAUTH2" : "PLAIN";
	uint64_t deadline = conn_deadline(s->cmd_timeout);
	char *enc;
	int r;

	if (!oauth && !has_cap(s, "AUTH=PLAIN"))
		return login(s, srv->user, secret);
	enc = sasl_initial(oauth, srv->user, secret);

	if (has_cap(s, "SASL-IR")) {
		struct buf line = BUF_INIT(0);
		snprintf(s->tag, sizeof(s->tag), "A%u", ++s->tagn);
		r = buf_printf(&line, "%s AUTHENTICATE %s %s", s->tag, mech, enc);
		if (r == 0)
			r = send_line(s, line.data, line.len, deadline);
		explicit_bzero(line.data, line.len);
		buf_free(&line);
	} else {
		r = start(s, deadline, "AUTHENTICATE %s", mech);
		if (r == 0)
			r = finish(s, true, deadline);
		if (r == 1)
			r = send_line(s, enc, strlen(enc), deadline);
	}
	if (r < 0) {
		sasl_free(enc);
		return r;
	}
	/* XOAUTH2 failures send "+ <json>" first; answer with an empty line. */
	r = finish(s, true, deadline);
	if (r == 1) {
		(void) send_line(s, "", 0, deadline);
		r = finish(s, false, deadline);
		if (r == 0)
			r = -EIO;
	}
	scrub(s, enc);
	scrub(s, secret);
	sasl_free(enc);
	return r;
}

static struct imap_source *session_new(void)
{
	struct imap_source *s = xcalloc(1, sizeof(*s));
	s->delim = '/';
	s->line = BUF_INIT(0);
	s->resp = BUF_INIT(0);
	s->body = BUF_INIT(0);
	return s;
}

struct imap_source *imap_source_new_for_test(void)
{
	struct imap_source *s = session_new();
	/* As if inside "UID FETCH 5", so the FETCH checks are reachable too. */
	s->fetching = true;
	s->fetch_uid = 5;
	return s;
}

int imap_source_open(const struct endpoint *srv, const char *secret, int wake_fd,
                     struct imap_source **ret)
{
	struct imap_source *s = session_new();
	char err[512] = "";
	int r;

	s->cmd_timeout = srv->command_s;
	s->idle = srv->idle;
	*ret = s;
	r = conn_open(srv->host, srv->port, srv->tls == ENDPOINT_TLS_IMPLICIT, srv->ca_file,
	              srv->connect_s, wake_fd, &s->c, err, sizeof(err));
	if (r < 0) {
		set_last(s, "%s", err);
		return r;
	}
	/* RFC 3501 7.1: the greeting is an untagged OK, PREAUTH or BYE. PREAUTH would
	 * skip the login we verified TLS for (and makes STARTTLS impossible), so no. */
	r = read_response(s, conn_deadline(srv->command_s));
	if (r == 0)
		r = parse(s);
	if (r == 0 && s->pr.type == IMAP_RESP_UNTAGGED)
		untagged(s);
	if (r == 0 && s->bye)
		return -ECONNREFUSED;
	if (r == 0 && (s->pr.type != IMAP_RESP_UNTAGGED || s->pr.status != IMAP_STATUS_OK)) {
		const char *w;
		int n = words(s, 0, &w);
		set_last(s, "unexpected greeting: %.*s", n, w);
		r = -EPROTO;
	}
	if (r != 0) {
		char why[sizeof(s->last)];
		memcpy(why, s->last, sizeof(why));
		set_last(s, "no greeting: %.490s", why);
		return r < 0 ? r : -EPROTO;
	}
	if (srv->tls == ENDPOINT_TLS_STARTTLS) {
		if (!s->caps[0] && (r = command(s, "CAPABILITY")) < 0)
			return r;
		if (!has_cap(s, "STARTTLS")) {
			set_last(s, "server does not offer STARTTLS; refusing to log in in clear");
			return -EPROTO;
		}
		r = command(s, "STARTTLS");
		if (r < 0)
			return r;
		r = conn_starttls(s->c, err, sizeof(err));
		if (r < 0) {
			set_last(s, "%s", err);
			return r;
		}
		s->caps[0] = '\0'; /* capabilities before TLS are not to be trusted */
	}
	if (!s->caps[0] && (r = command(s, "CAPABILITY")) < 0)
		return r;
	if (srv->secret == ENDPOINT_SECRET_OAUTH2_COMMAND && !has_cap(s, "AUTH=XOAUTH2")) {
		set_last(s, "server does not offer AUTH=XOAUTH2");
		return -EPROTO;
	}
	r = authenticate(s, srv, secret ? secret : "");
	if (r < 0) {
		char why[sizeof(s->last)];
		memcpy(why, s->last, sizeof(why));
		set_last(s, "login as %.100s failed: %.380s", srv->user, why);
		return r;
	}
	s->caps[0] = '\0'; /* servers may announce more after login */
	r = command(s, "CAPABILITY");
	if (r < 0)
		return r;
	r = command(s, "LIST \"\" \"\"");
	*ret = s;
	return r;
}

static int open_folder(struct imap_source *s, const char *verb, const char *folder,
                       uint32_t *ret_uidvalidity, uint32_t *ret_uidnext)
{
	char *mb = mailbox(s, folder);
	int r;

	s->uidvalidity = s->uidnext = 0;
	r = command(s, "%s %s", verb, mb);
	free(mb);
	if (r < 0)
		return r;
	if (!s->uidvalidity) {
		set_last(s, "%s %s: no UIDVALIDITY", verb, folder);
		return -EPROTO;
	}
	*ret_uidvalidity = s->uidvalidity;
	*ret_uidnext = s->uidnext;
	s->news = false;
	return 0;
}

int imap_source_select(struct imap_source *s, const char *folder, uint32_t *ret_uidvalidity,
                       uint32_t *ret_uidnext)
{
	return open_folder(s, "SELECT", folder, ret_uidvalidity, ret_uidnext);
}

int imap_source_examine(struct imap_source *s, const char *folder, uint32_t *ret_uidvalidity,
                        uint32_t *ret_uidnext)
{
	return open_folder(s, "EXAMINE", folder, ret_uidvalidity, ret_uidnext);
}

int imap_source_ensure_folder(struct imap_source *s, const char *folder)
{
	char *mb = mailbox(s, folder);
	int r;

	s->list_found = false;
	r = command(s, "LIST \"\" %s", mb);
	if (r == 0 && !s->list_found) {
		r = command(s, "CREATE %s", mb);
		/* Raced with another client creating it: fine if it now exists. */
		if (r == -EIO) {
			s->list_found = false;
			if (command(s, "LIST \"\" %s", mb) == 0 && s->list_found)
				r = 0;
		}
		if (r == 0)
			(void) command(s, "SUBSCRIBE %s", mb);
	}
	free(mb);
	return r;
}

static int cmp_u32(const void *a, const void *b)
{
	uint32_t x = *(const uint32_t *) a, y = *(const uint32_t *) b;
	return x < y ? -1 : x > y;
}

/* search - "UID SEARCH UID min:*", or "UID SEARCH SINCE date" when since is set. */
static int search(struct imap_source *s, uint32_t min_uid, const char *since, uint32_t **ret_uids,
                  size_t *ret_n)
{
	size_t k = 0;
	int r;

	imap_parse_search_free(&s->search);
	if (since)
		r = command(s, "UID SEARCH SINCE %s", since);
	else
		r = command(s, "UID SEARCH UID %u:*", min_uid ? min_uid : 1);
	if (r < 0) {
		imap_parse_search_free(&s->search);
		return r;
	}
	/* "n:*" always includes the highest UID, even below n (RFC 3501 6.4.8). */
	for (size_t i = 0; i < s->search.n; i++)
		if (s->search.uids[i] >= min_uid)
			s->search.uids[k++] = s->search.uids[i];
	/* Servers return ascending (not required by RFC 3501 7.2.5); make sure, in
	 * n log n: a server must not make us spend quadratic time either. */
	if (k > 1)
		qsort(s->search.uids, k, sizeof(uint32_t), cmp_u32);
	*ret_uids = s->search.uids ? s->search.uids : xcalloc(1, sizeof(uint32_t));
	*ret_n = k;
	s->search = (struct imap_search){.uids = NULL};
	return 0;
}

int imap_source_search(struct imap_source *s, uint32_t min_uid, uint32_t **ret_uids, size_t *ret_n)
{
	return search(s, min_uid, NULL, ret_uids, ret_n);
}

int imap_source_search_since(struct imap_source *s, int year, int month, int day,
                             uint32_t **ret_uids, size_t *ret_n)
{
	static const char *const mon[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
	                                  "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
	char date[32];

	if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1900 || year > 9999)
		return -EINVAL;
	/* RFC 3501 9: date = day-month-year, "1-Dec-2026" */
	snprintf(date, sizeof(date), "%d-%s-%04d", day, mon[month - 1], year);
	return search(s, 0, date, ret_uids, ret_n);
}

int imap_source_internaldate(struct imap_source *s, uint32_t uid, char *ret, size_t len)
{
	int r;

	s->fetching = true;
	s->fetch_uid = uid;
	s->got_body = false;
	s->fetch_err = 0;
	s->nobody[0] = '\0';
	s->idate[0] = '\0';
	r = command(s, "UID FETCH %u (INTERNALDATE)", uid);
	s->fetching = false;
	if (r == 0 && s->fetch_err)
		r = s->fetch_err;
	if (r == 0 && !s->idate[0]) {
		set_last(s, "no INTERNALDATE for UID %u", uid);
		r = -ENOENT;
	}
	if (r == 0)
		snprintf(ret, len, "%s", s->idate);
	return r;
}

int imap_source_fetch(struct imap_source *s, uint32_t uid, char **ret_raw, size_t *ret_len)
{
	int r;

	s->fetching = true;
	s->fetch_uid = uid;
	s->got_body = false;
	s->fetch_err = 0;
	s->nobody[0] = '\0';
	s->idate[0] = '\0';
	buf_reset(&s->body);
	/* INTERNALDATE rides along: when the seller's client appended the message, where
	 * the relay latency starts (daemon/metrics.h) */
	r = command(s, "UID FETCH %u (INTERNALDATE BODY.PEEK[])", uid);
	s->fetching = false;
	if (r == 0 && s->fetch_err)
		r = s->fetch_err; /* last_reply was set with the first bad answer */
	if (r == 0 && !s->got_body && s->nobody[0]) {
		set_last(s, "FETCH response for UID %u has no BODY[]: %s", uid, s->nobody);
		r = -EPROTO;
	}
	if (r == 0 && !s->got_body) {
		/* RFC 3501 6.4.8: a UID that does not exist is answered OK with no data. */
		set_last(s, "UID %u is gone", uid);
		r = -ENOENT;
	}
	if (r < 0) {
		buf_free(&s->body);
		return r;
	}
	*ret_len = s->body.len;
	*ret_raw = buf_steal(&s->body);
	s->got_body = false;
	return 0;
}

/* uid_set - uids (ascending) as an RFC 3501 9 sequence-set, runs written first:last. */
static int uid_set(struct buf *set, const uint32_t *uids, size_t n)
{
	int r = 0;

	for (size_t i = 0; i < n && r == 0;) {
		size_t j = i;
		while (j + 1 < n && uids[j + 1] == uids[j] + 1)
			j++;
		r = j > i ? buf_printf(set, "%s%u:%u", i ? "," : "", uids[i], uids[j])
		          : buf_printf(set, "%s%u", i ? "," : "", uids[i]);
		i = j + 1;
	}
	return r;
}

int imap_source_fetch_set(struct imap_source *s, const uint32_t *uids, size_t n, size_t cap,
                          struct imap_fetched *out)
{
	struct buf set = BUF_INIT(0);
	int r = 0;

	for (size_t i = 0; i < n; i++)
		out[i] = (struct imap_fetched){.uid = uids[i]};
	if (n == 0)
		return 0;
	r = uid_set(&set, uids, n);
	if (r < 0) {
		buf_free(&set);
		return r;
	}
	s->fetching = true;
	s->fetch_uid = 0;
	s->fetch_err = 0;
	s->set = out;
	s->n_set = n;
	s->set_bytes = 0;
	s->set_cap = cap;
	r = command(s, "UID FETCH %s (INTERNALDATE BODY.PEEK[])", set.data);
	s->fetching = false;
	s->set = NULL;
	s->n_set = 0;
	buf_free(&set);
	if (r == 0 && s->fetch_err)
		r = s->fetch_err;
	if (r < 0)
		imap_fetched_free(out, n);
	return r;
}

void imap_fetched_free(struct imap_fetched *f, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(f[i].raw);
		f[i].raw = NULL;
		f[i].len = 0;
	}
}

const char *imap_source_fetched_date(const struct imap_source *s)
{
	return s->idate;
}

int imap_source_move_set(struct imap_source *s, const uint32_t *uids, size_t n, const char *folder)
{
	struct buf set = BUF_INIT(0);
	char *mb;
	int r;

	if (n == 0)
		return 0;
	if (n > IMAP_MOVE_SET_MAX)
		return -E2BIG;
	r = uid_set(&set, uids, n);
	if (r < 0) {
		buf_free(&set);
		return r;
	}
	mb = mailbox(s, folder);
	if (has_cap(s, "MOVE")) {
		uint64_t deadline = conn_deadline(s->cmd_timeout);
		r = start(s, deadline, "UID MOVE %s %s", set.data, mb);
		FAULT_POINT("mid-move");
		if (r == 0)
			r = finish(s, false, deadline);
	} else if (has_cap(s, "UIDPLUS")) {
		r = command(s, "UID COPY %s %s", set.data, mb);
		FAULT_POINT("mid-move");
		if (r == 0)
			r = command(s, "UID STORE %s +FLAGS.SILENT (\\Deleted)", set.data);
		/* UID EXPUNGE removes only these messages, never someone else's \Deleted. */
		if (r == 0)
			r = command(s, "UID EXPUNGE %s", set.data);
	} else {
		set_last(s, "server has neither MOVE nor UIDPLUS; cannot move safely");
		r = -ENOTSUP;
	}
	free(mb);
	buf_free(&set);
	return r;
}

int imap_source_move(struct imap_source *s, uint32_t uid, const char *folder)
{
	return imap_source_move_set(s, &uid, 1, folder);
}

int imap_source_append(struct imap_source *s, const char *folder, const char *msg, size_t len)
{
	struct buf crlf = BUF_INIT(0);
	char *mb = mailbox(s, folder);
	uint64_t deadline;
	int r = 0;

	/* RFC 5322 2.3: CR and LF only together; a bare one of either becomes CRLF, as in
	 * smtp_sink_encode(), so what we file is what we would relay. */
	for (size_t i = 0; i < len && r == 0; i++) {
		if (msg[i] == '\n' && (i == 0 || msg[i - 1] != '\r'))
			r = buf_putc(&crlf, '\r');
		if (r == 0)
			r = buf_putc(&crlf, msg[i]);
		if (r == 0 && msg[i] == '\r' && (i + 1 == len || msg[i + 1] != '\n'))
			r = buf_putc(&crlf, '\n');
	}
	deadline = conn_deadline(s->cmd_timeout);
	if (r == 0)
		r = start(s, deadline, "APPEND %s {%zu%s}", mb, crlf.len,
		          has_cap(s, "LITERAL+") ? "+" : "");
	free(mb);
	if (r == 0 && !has_cap(s, "LITERAL+")) {
		r = finish(s, true, deadline);
		if (r == 0)
			r = -EPROTO; /* tagged reply instead of "+": refused */
		else if (r == 1)
			r = 0;
	}
	if (r == 0)
		r = conn_write_until(s->c, crlf.data ? crlf.data : "", crlf.len, deadline);
	if (r == 0)
		r = send_line(s, "", 0, deadline);
	if (r == 0)
		r = finish(s, false, deadline);
	buf_free(&crlf);
	return r;
}

int imap_source_wait(struct imap_source *s, unsigned timeout_s)
{
	int r;

	if (s->news) {
		s->news = false;
		return 1;
	}
	if (!s->idle || !has_cap(s, "IDLE")) {
		/* Poll: NOOP brings EXISTS; sleep in between, waking on stop. */
		unsigned step = timeout_s < 30 ? timeout_s : 30;
		for (unsigned waited = 0; waited < timeout_s; waited += step) {
			r = conn_wait(s->c, step);
			if (r < 0)
				return r;
			r = command(s, "NOOP");
			if (r < 0)
				return r;
			if (s->news) {
				s->news = false;
				return 1;
			}
		}
		return 0;
	}
	uint64_t cmd_deadline = conn_deadline(s->cmd_timeout);
	r = start(s, cmd_deadline, "IDLE");
	if (r == 0)
		r = finish(s, true, cmd_deadline);
	if (r == 0)
		return -EPROTO; /* tagged OK without "+": not idling */
	if (r < 0)
		return r;
	/* Data that came with "+" is already parsed; only then wait on the socket. The
	 * deadline is fixed: keepalives ("* OK Still here") must not stretch the wait. */
	int got = s->news ? 1 : 0, woke = 0;
	uint64_t deadline = conn_deadline(timeout_s);
	while (!got) {
		uint64_t now = conn_now_ms();
		r = now >= deadline ? 0 : conn_wait_ms(s->c, (int) (deadline - now));
		if (r == -EINTR) {
			woke = 1;
			break;
		}
		if (r < 0)
			return r;
		if (r == 0)
			break;
		/* Once a response starts, all of it within one command deadline. */
		r = read_response(s, conn_deadline(s->cmd_timeout));
		if (r == 0)
			r = parse(s);
		if (r < 0)
			return r;
		if (r == 0 && s->pr.type == IMAP_RESP_UNTAGGED)
			untagged(s);
		if (s->bye)
			return -ECONNRESET;
		got = s->news ? 1 : 0;
	}
	cmd_deadline = conn_deadline(s->cmd_timeout);
	r = send_line(s, "DONE", 4, cmd_deadline);
	if (r == 0)
		r = finish(s, false, cmd_deadline);
	if (r < 0)
		return r;
	if (woke)
		return -EINTR;
	got |= s->news;
	s->news = false;
	return got;
}

const char *imap_source_last_reply(const struct imap_source *s)
{
	return s && s->last[0] ? s->last : "no reply";
}

struct imap_source *imap_source_close(struct imap_source *s)
{
	if (!s)
		return NULL;
	if (s->c && !s->bye && s->last[0] == '\0') {
		/* A healthy session says goodbye; a broken one is just closed. */
		uint64_t deadline = conn_deadline(5);
		if (start(s, deadline, "LOGOUT") == 0)
			(void) finish(s, false, deadline);
	}
	conn_close(s->c);
	imap_parse_search_free(&s->search);
	imap_parse_free(&s->pr);
	buf_free(&s->body);
	buf_free(&s->line);
	buf_free(&s->resp);
	free(s);
	return NULL;
}
