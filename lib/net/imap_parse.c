/*
 * imap_parse - the IMAP response tokenizer; see imap_parse.h.
 *
 * Grammar references are RFC 3501 section 9 (formal syntax) and RFC 9051 section 9.
 * The tokenizer is strict where a mistake would change meaning (quoting, literal
 * sizes, list nesting, CR/LF outside literals) and lenient where servers differ
 * harmlessly (runs of spaces, case of keywords, "* OK" without text).
 */
#include <errno.h>
#include <strings.h>

#include "imap_parse.h"

struct cur {
	const char *p, *end, *start;
	struct imap_response *r;
};

static int fail(struct cur *c, const char *why)
{
	c->r->error = why;
	c->r->error_at = (size_t) (c->p - c->start);
	return -EBADMSG;
}

static int push(struct cur *c, enum imap_tok_type type, const char *p, size_t len)
{
	struct imap_response *r = c->r;

	if (r->n_tok >= IMAP_PARSE_MAX_TOKENS) {
		r->error = "too many tokens";
		return -E2BIG;
	}
	if (r->n_tok == r->cap_tok) {
		r->cap_tok = r->cap_tok ? r->cap_tok * 2 : 32;
		r->tok = xrealloc(r->tok, r->cap_tok * sizeof(*r->tok));
	}
	r->tok[r->n_tok++] = (struct imap_token){.type = type, .p = p, .len = len};
	return 0;
}

/* RFC 3501 9: ATOM-CHAR is any CHAR except atom-specials: "(" ")" "{" SP CTL "%" "*"
 * DQUOTE and resp-specials "]". We also take "\" (flags), "%" and "*" (\*, "1:*") into
 * atoms; "]" ends an atom only inside a response code (ASTRING-CHAR allows it). */
static bool atom_char(unsigned char ch, bool in_code)
{
	return ch > 0x20 && ch != 0x7f && ch != '(' && ch != ')' && ch != '{' && ch != '"' &&
	       !(in_code && ch == ']');
}

static bool parse_u32(const char *p, size_t n, uint32_t *ret)
{
	uint64_t v = 0;

	if (n == 0 || n > 10)
		return false;
	for (size_t i = 0; i < n; i++) {
		if (p[i] < '0' || p[i] > '9')
			return false;
		v = v * 10 + (uint64_t) (p[i] - '0');
	}
	if (v > UINT32_MAX)
		return false;
	*ret = (uint32_t) v;
	return true;
}

/* atom - an atom, number or NIL. "BODY[section]<origin>" is one token (RFC 3501 7.4.2
 * msg-att-static): the section may hold a list of header names and a "]". */
static int atom(struct cur *c, bool in_code)
{
	const char *a = c->p;
	int r;

	while (c->p < c->end && atom_char((unsigned char) *c->p, in_code) && *c->p != '[')
		c->p++;
	if (!in_code && c->p < c->end && *c->p == '[' && c->p > a) {
		unsigned depth = 0;
		for (c->p++; c->p < c->end && (*c->p != ']' || depth); c->p++) {
			if (*c->p == '(')
				depth++;
			else if (*c->p == ')' && depth)
				depth--;
			else if (*c->p == '\r' || *c->p == '\n' || *c->p == '\0')
				return fail(c, "bad byte in a section");
		}
		if (c->p == c->end)
			return fail(c, "unclosed section");
		c->p++;
		if (c->p < c->end && *c->p == '<') {
			while (c->p < c->end && *c->p != '>')
				c->p++;
			if (c->p == c->end)
				return fail(c, "unclosed partial origin");
			c->p++;
		}
	}
	if (c->p == a)
		return fail(c, "expected a token");
	size_t n = (size_t) (c->p - a);
	uint32_t v;
	bool isnum = parse_u32(a, n, &v);
	bool nil = n == 3 && strncasecmp(a, "NIL", 3) == 0;
	r = push(c, isnum ? IMAP_TOK_NUMBER : nil ? IMAP_TOK_NIL : IMAP_TOK_ATOM, a, n);
	if (r == 0 && isnum)
		c->r->tok[c->r->n_tok - 1].num = v;
	return r;
}

/* quoted - RFC 3501 9: quoted = DQUOTE *QUOTED-CHAR DQUOTE; only \" and \\ escape. */
static int quoted(struct cur *c)
{
	const char *a = ++c->p;
	bool esc = false;

	for (; c->p < c->end && *c->p != '"'; c->p++) {
		if (*c->p == '\r' || *c->p == '\n' || *c->p == '\0')
			return fail(c, "CR, LF or NUL in a quoted string");
		if (*c->p == '\\') {
			c->p++;
			if (c->p == c->end || (*c->p != '"' && *c->p != '\\'))
				return fail(c, "bad escape in a quoted string");
			esc = true;
		}
	}
	if (c->p == c->end)
		return fail(c, "unterminated quoted string");
	int r = push(c, IMAP_TOK_QUOTED, a, (size_t) (c->p - a));
	if (r == 0)
		c->r->tok[c->r->n_tok - 1].escaped = esc;
	c->p++;
	return r;
}

/* literal - "{n}" CRLF n bytes (RFC 3501 4.3), or "~{n}" for literal8 (RFC 3516 4.2,
 * RFC 9051 4.3.1); the bytes are whatever they are, NULs included. */
static int literal(struct cur *c)
{
	bool bin = *c->p == '~';
	uint32_t n;

	if (bin && (++c->p == c->end || *c->p != '{'))
		return fail(c, "'~' without a literal");
	const char *a = ++c->p;
	while (c->p < c->end && *c->p != '}')
		c->p++;
	if (c->p == c->end || !parse_u32(a, (size_t) (c->p - a), &n))
		return fail(c, "bad literal size");
	c->p++;
	if (c->end - c->p < 2 || c->p[0] != '\r' || c->p[1] != '\n')
		return fail(c, "no CRLF after a literal marker");
	c->p += 2;
	if ((size_t) (c->end - c->p) < n)
		return fail(c, "literal runs past the response");
	int r = push(c, IMAP_TOK_LITERAL, c->p, n);
	if (r == 0)
		c->r->tok[c->r->n_tok - 1].binary = bin;
	c->p += n;
	return r;
}

/* tokens - space-separated tokens up to the end, or up to "]" in a response code. An
 * explicit stack of open lists bounds the nesting without recursion. */
static int tokens(struct cur *c, bool in_code)
{
	size_t open[IMAP_PARSE_MAX_DEPTH];
	unsigned depth = 0;
	bool first = true;
	int r;

	for (;;) {
		bool sp = false;
		while (c->p < c->end && *c->p == ' ') {
			c->p++;
			sp = true;
		}
		if (c->p == c->end || (in_code && *c->p == ']' && depth == 0))
			break;
		if (*c->p == ')') {
			if (depth == 0)
				return fail(c, "')' without '('");
			c->r->tok[open[--depth]].end = c->r->n_tok;
			c->p++;
			first = false;
			continue;
		}
		if (!first && !sp && c->p[-1] != '(')
			return fail(c, "tokens not separated by a space");
		first = false;
		if (*c->p == '(') {
			if (depth == IMAP_PARSE_MAX_DEPTH) {
				c->r->error = "lists nested too deep";
				return -E2BIG;
			}
			r = push(c, IMAP_TOK_LIST, c->p, 1);
			if (r < 0)
				return r;
			open[depth++] = c->r->n_tok - 1;
			c->p++;
		} else if (*c->p == '"') {
			r = quoted(c);
		} else if (*c->p == '{' || *c->p == '~') {
			r = literal(c);
		} else if (atom_char((unsigned char) *c->p, in_code)) {
			r = atom(c, in_code);
		} else {
			return fail(c, "unexpected byte");
		}
		if (r < 0)
			return r;
	}
	if (depth)
		return fail(c, "unclosed list");
	return 0;
}

/* word - the next run of non-space bytes (tag, status, name); none is an error. */
static int word(struct cur *c, const char **ret, size_t *ret_len, bool stop_at_bracket)
{
	const char *a = c->p;

	while (c->p < c->end && *c->p != ' ' && (unsigned char) *c->p > 0x20 &&
	       !(stop_at_bracket && *c->p == ']'))
		c->p++;
	if (c->p == a)
		return fail(c, "expected a word");
	*ret = a;
	*ret_len = (size_t) (c->p - a);
	return 0;
}

static bool is(const char *p, size_t n, const char *w)
{
	return n == strlen(w) && strncasecmp(p, w, n) == 0;
}

static void skip_sp(struct cur *c)
{
	while (c->p < c->end && *c->p == ' ')
		c->p++;
}

/* resp_text - RFC 3501 9: resp-text = ["[" resp-text-code "]" SP] text. */
static int resp_text(struct cur *c)
{
	struct imap_response *r = c->r;
	int k;

	skip_sp(c);
	if (c->p < c->end && *c->p == '[') {
		c->p++;
		k = word(c, &r->code, &r->code_len, true);
		if (k < 0)
			return k;
		r->code_tok = r->n_tok;
		k = tokens(c, true);
		if (k < 0)
			return k;
		r->code_end = r->n_tok;
		if (c->p == c->end || *c->p != ']')
			return fail(c, "unclosed response code");
		c->p++;
		if (c->p < c->end && *c->p != ' ')
			return fail(c, "no space after the response code");
		skip_sp(c);
	}
	r->text = c->p;
	r->text_len = (size_t) (c->end - c->p);
	return 0;
}

static enum imap_status status_of(const char *p, size_t n)
{
	static const char *const names[] = {"", "OK", "NO", "BAD", "BYE", "PREAUTH"};

	for (size_t i = 1; i < ELEMENTSOF(names); i++)
		if (is(p, n, names[i]))
			return (enum imap_status) i;
	return IMAP_STATUS_NONE;
}

int imap_parse_response(struct imap_response *r, const char *p, size_t len)
{
	struct cur c = {.p = p, .end = p + len, .start = p, .r = r};
	const char *w;
	size_t wn;
	int k;

	*r = (struct imap_response){.tok = r->tok, .cap_tok = r->cap_tok};
	if (len > 0 && *p == '+') {
		r->type = IMAP_RESP_CONTINUATION;
		c.p++;
		skip_sp(&c);
		r->text = c.p;
		r->text_len = (size_t) (c.end - c.p);
		return 0;
	}
	k = word(&c, &w, &wn, false);
	if (k < 0)
		return k;
	if (is(w, wn, "*")) {
		r->type = IMAP_RESP_UNTAGGED;
	} else {
		r->type = IMAP_RESP_TAGGED;
		r->tag = w;
		r->tag_len = wn;
	}
	skip_sp(&c);
	k = word(&c, &w, &wn, false);
	if (k < 0)
		return k;
	r->status = status_of(w, wn);
	if (r->type == IMAP_RESP_TAGGED) {
		/* RFC 3501 7.1: a tagged response is OK, NO or BAD, nothing else. */
		if (r->status != IMAP_STATUS_OK && r->status != IMAP_STATUS_NO &&
		    r->status != IMAP_STATUS_BAD)
			return fail(&c, "tagged response without OK, NO or BAD");
		return resp_text(&c);
	}
	if (r->status != IMAP_STATUS_NONE)
		return resp_text(&c);
	/* "* n EXISTS", "* n FETCH (...)" (RFC 3501 7.3, 7.4). */
	if (*w >= '0' && *w <= '9') {
		if (!parse_u32(w, wn, &r->num))
			return fail(&c, "bad message number");
		r->has_num = true;
		skip_sp(&c);
		k = word(&c, &w, &wn, false);
		if (k < 0)
			return k;
	}
	r->name = w;
	r->name_len = wn;
	r->data_tok = r->n_tok;
	return tokens(&c, false);
}

void imap_parse_free(struct imap_response *r)
{
	free(r->tok);
	*r = (struct imap_response){.tok = NULL};
}

bool imap_parse_tok_is(const struct imap_token *t, const char *word)
{
	return (t->type == IMAP_TOK_ATOM || t->type == IMAP_TOK_NIL) && is(t->p, t->len, word);
}

int imap_parse_string(const struct imap_token *t, struct buf *out)
{
	int r = 0;

	switch (t->type) {
	case IMAP_TOK_NIL:
		return 0;
	case IMAP_TOK_QUOTED:
		for (size_t i = 0; i < t->len && r == 0; i++) {
			if (t->p[i] == '\\' && t->escaped)
				i++; /* quoted() made sure an escaped byte follows */
			r = buf_putc(out, t->p[i]);
		}
		return r;
	case IMAP_TOK_ATOM:
	case IMAP_TOK_NUMBER:
	case IMAP_TOK_LITERAL:
		return buf_append(out, t->p, t->len);
	case IMAP_TOK_LIST:
		break;
	}
	return -EINVAL;
}

size_t imap_parse_next(const struct imap_response *r, size_t i)
{
	return i < r->n_tok && r->tok[i].type == IMAP_TOK_LIST ? r->tok[i].end : i + 1;
}

int imap_parse_literal_size(const char *line, size_t len, uint64_t *ret_n, bool *ret_binary)
{
	size_t i;

	if (len < 2 || line[len - 1] != '}')
		return 0;
	for (i = len - 1; i > 0 && line[i - 1] >= '0' && line[i - 1] <= '9'; i--)
		;
	if (i == 0 || line[i - 1] != '{')
		return 0;
	uint32_t n;
	if (!parse_u32(line + i, len - 1 - i, &n))
		return -EBADMSG;
	*ret_n = n;
	*ret_binary = i >= 2 && line[i - 2] == '~';
	return 1;
}

int imap_parse_appenduid(const struct imap_response *r, uint32_t *ret_uidvalidity,
                         uint32_t *ret_uid)
{
	if (!r->code || !is(r->code, r->code_len, "APPENDUID") || r->code_end - r->code_tok != 2 ||
	    r->tok[r->code_tok].type != IMAP_TOK_NUMBER ||
	    r->tok[r->code_tok + 1].type != IMAP_TOK_NUMBER)
		return -ENOENT;
	*ret_uidvalidity = r->tok[r->code_tok].num;
	*ret_uid = r->tok[r->code_tok + 1].num;
	return 0;
}

/* search_put - one finished number: RFC 3501 7.2.5 answers nz-numbers only. */
static int search_put(struct imap_search *st)
{
	if (st->cur == 0 || st->cur > UINT32_MAX) {
		st->error = "SEARCH answer holds a number that is no UID";
		return -EBADMSG;
	}
	if (st->n >= IMAP_SEARCH_MAX_UIDS) {
		st->error = "SEARCH answer holds too many UIDs";
		return -E2BIG;
	}
	if (st->n == st->cap) {
		st->cap = st->cap ? st->cap * 2 : 256;
		st->uids = xrealloc(st->uids, st->cap * sizeof(uint32_t));
	}
	st->uids[st->n++] = (uint32_t) st->cur;
	st->cur = 0;
	st->in_num = false;
	return 0;
}

int imap_parse_search_feed(struct imap_search *st, const char *p, size_t len)
{
	int r;

	for (size_t i = 0; i < len; i++) {
		if (p[i] >= '0' && p[i] <= '9') {
			st->cur = st->cur * 10 + (uint64_t) (p[i] - '0');
			st->in_num = true;
			if (st->cur > UINT32_MAX) {
				st->error = "SEARCH answer holds a number that is no UID";
				return -EBADMSG;
			}
		} else if (p[i] == ' ' || p[i] == '\r') {
			if (st->in_num && (r = search_put(st)) < 0)
				return r;
		} else {
			st->error = "SEARCH answer holds something other than numbers";
			return -EBADMSG;
		}
	}
	return 0;
}

int imap_parse_search_end(struct imap_search *st)
{
	return st->in_num ? search_put(st) : 0;
}

void imap_parse_search_free(struct imap_search *st)
{
	free(st->uids);
	*st = (struct imap_search){.uids = NULL};
}
