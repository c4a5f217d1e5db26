#include "imap_parse.h"
#include "test.h"

#define S(lit) lit, sizeof(lit) - 1

static bool tok_eq(const struct imap_token *t, const char *s)
{
	return t->len == strlen(s) && memcmp(t->p, s, t->len) == 0;
}

static bool text_eq(const char *p, size_t n, const char *s)
{
	return p && n == strlen(s) && memcmp(p, s, n) == 0;
}

static void test_status(void)
{
	struct imap_response r = IMAP_RESPONSE_INIT;

	test_begin("imap_parse tagged, untagged status, continuation");
	test_assert(imap_parse_response(&r, S("A12 OK [READ-WRITE] SELECT completed")) == 0);
	test_assert(r.type == IMAP_RESP_TAGGED && text_eq(r.tag, r.tag_len, "A12"));
	test_assert(r.status == IMAP_STATUS_OK);
	test_assert(text_eq(r.code, r.code_len, "READ-WRITE") && r.code_tok == r.code_end);
	test_assert(text_eq(r.text, r.text_len, "SELECT completed"));

	test_assert(imap_parse_response(&r, S("A1 no [AUTHENTICATIONFAILED] bad \"x")) == 0);
	test_assert(r.status == IMAP_STATUS_NO && text_eq(r.text, r.text_len, "bad \"x"));

	test_assert(imap_parse_response(&r, S("* OK [UIDVALIDITY 3857529045] UIDs valid")) == 0);
	test_assert(r.type == IMAP_RESP_UNTAGGED && r.status == IMAP_STATUS_OK);
	test_assert(text_eq(r.code, r.code_len, "UIDVALIDITY"));
	test_assert(r.code_end == r.code_tok + 1 && r.tok[r.code_tok].type == IMAP_TOK_NUMBER &&
	            r.tok[r.code_tok].num == 3857529045u);

	test_assert(imap_parse_response(&r, S("* OK [UIDNEXT 4392] Predicted next UID")) == 0);
	test_assert(r.tok[r.code_tok].num == 4392);

	test_assert(
	        imap_parse_response(
	                &r, S("* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN SASL-IR] Dovecot ready.")) ==
	        0);
	test_assert(text_eq(r.code, r.code_len, "CAPABILITY") && r.code_end - r.code_tok == 3);
	test_assert(tok_eq(&r.tok[r.code_tok + 1], "AUTH=PLAIN"));
	test_assert(text_eq(r.text, r.text_len, "Dovecot ready."));

	test_assert(imap_parse_response(
	                    &r, S("* OK [PERMANENTFLAGS (\\Deleted \\Seen \\*)] Limited")) == 0);
	test_assert(r.tok[r.code_tok].type == IMAP_TOK_LIST &&
	            r.tok[r.code_tok].end == r.code_tok + 4 &&
	            tok_eq(&r.tok[r.code_tok + 3], "\\*"));

	test_assert(imap_parse_response(&r, S("* BYE Autologout; idle for too long")) == 0);
	test_assert(r.status == IMAP_STATUS_BYE && !r.code);
	test_assert(imap_parse_response(&r, S("* PREAUTH hi")) == 0 &&
	            r.status == IMAP_STATUS_PREAUTH);
	test_assert(imap_parse_response(&r, S("* OK")) == 0 && r.text_len == 0);

	test_assert(imap_parse_response(&r, S("+ idling")) == 0);
	test_assert(r.type == IMAP_RESP_CONTINUATION && text_eq(r.text, r.text_len, "idling"));
	test_assert(imap_parse_response(&r, S("+")) == 0 && r.type == IMAP_RESP_CONTINUATION);

	uint32_t uv = 0, uid = 0;
	test_assert(imap_parse_response(&r, S("A3 OK [APPENDUID 38505 3955] APPEND done")) == 0);
	test_assert(imap_parse_appenduid(&r, &uv, &uid) == 0 && uv == 38505 && uid == 3955);
	test_assert(imap_parse_response(
	                    &r, S("A4 OK [COPYUID 38505 304,319:320 3956:3958] Done")) == 0);
	test_assert(text_eq(r.code, r.code_len, "COPYUID") && r.code_end - r.code_tok == 3);
	test_assert(tok_eq(&r.tok[r.code_tok + 1], "304,319:320") &&
	            r.tok[r.code_tok + 1].type == IMAP_TOK_ATOM);
	test_assert(imap_parse_appenduid(&r, &uv, &uid) == -ENOENT);
	imap_parse_free(&r);
	test_end();
}

static void test_data(void)
{
	struct imap_response r = IMAP_RESPONSE_INIT;
	struct buf b = BUF_INIT(0);

	test_begin("imap_parse data: EXISTS, CAPABILITY, LIST, FETCH with literals");
	test_assert(imap_parse_response(&r, S("* 172 EXISTS")) == 0);
	test_assert(r.has_num && r.num == 172 && text_eq(r.name, r.name_len, "EXISTS"));
	test_assert(r.data_tok == r.n_tok && r.status == IMAP_STATUS_NONE);

	test_assert(imap_parse_response(&r, S("* CAPABILITY IMAP4rev1 IDLE MOVE")) == 0);
	test_assert(!r.has_num && text_eq(r.name, r.name_len, "CAPABILITY"));
	test_assert(r.n_tok - r.data_tok == 3 && imap_parse_tok_is(&r.tok[r.data_tok + 1], "idle"));

	test_assert(imap_parse_response(
	                    &r, S("* LIST (\\Noselect \\HasChildren) \"\\\\\" Outbox")) == 0);
	test_assert(text_eq(r.name, r.name_len, "LIST") && r.n_tok - r.data_tok == 5);
	test_assert(r.tok[r.data_tok].type == IMAP_TOK_LIST && r.tok[r.data_tok].end == 3);
	test_assert(imap_parse_tok_is(&r.tok[1], "\\NOSELECT"));
	test_assert(r.tok[3].type == IMAP_TOK_QUOTED && r.tok[3].escaped);
	test_assert(imap_parse_string(&r.tok[3], &b) == 0 && streq(b.data, "\\"));
	test_assert(imap_parse_next(&r, 0) == 3 && imap_parse_next(&r, 3) == 4);
	buf_reset(&b);
	test_assert(imap_parse_string(&r.tok[4], &b) == 0 && streq(b.data, "Outbox"));

	test_assert(imap_parse_response(&r, S("* LIST () NIL {6}\r\nOut\"bx")) == 0);
	test_assert(r.tok[1].type == IMAP_TOK_NIL && r.tok[2].type == IMAP_TOK_LITERAL);
	buf_reset(&b);
	test_assert(imap_parse_string(&r.tok[2], &b) == 0 && streq(b.data, "Out\"bx"));

	/* Literals anywhere, literal8, a literal that holds what looks like a literal, and
	 * a section with a parenthesised list in the atom. */
	static const char fetch[] = "* 12 FETCH (UID 5 BODY[] {14}\r\nhi\r\n{3}\r\nx) \"y FLAGS "
	                            "(\\Seen) BINARY[1] ~{2}\r\n\0\1 "
	                            "BODY[HEADER.FIELDS (FROM TO)]<0> \"q\\\"\" X NIL)";
	test_assert(imap_parse_response(&r, fetch, sizeof(fetch) - 1) == 0);
	test_assert(r.has_num && r.num == 12 && text_eq(r.name, r.name_len, "FETCH"));
	test_assert(r.tok[0].type == IMAP_TOK_LIST && r.tok[0].end == r.n_tok);
	test_assert(imap_parse_tok_is(&r.tok[1], "UID") && r.tok[2].num == 5);
	test_assert(imap_parse_tok_is(&r.tok[3], "body[]"));
	test_assert(r.tok[4].type == IMAP_TOK_LITERAL && r.tok[4].len == 14 &&
	            memcmp(r.tok[4].p, "hi\r\n{3}\r\nx) \"y", 14) == 0);
	test_assert(imap_parse_tok_is(&r.tok[5], "FLAGS") && r.tok[6].type == IMAP_TOK_LIST);
	test_assert(tok_eq(&r.tok[8], "BINARY[1]") && r.tok[9].binary && r.tok[9].len == 2);
	test_assert(tok_eq(&r.tok[10], "BODY[HEADER.FIELDS (FROM TO)]<0>"));
	buf_reset(&b);
	test_assert(imap_parse_string(&r.tok[11], &b) == 0 && streq(b.data, "q\""));
	test_assert(r.tok[13].type == IMAP_TOK_NIL && r.n_tok == 14);

	/* Numbers past 32 bits are atoms, not wrapped numbers. */
	test_assert(imap_parse_response(&r, S("* 1 FETCH (UID 4294967296)")) == 0);
	test_assert(r.tok[2].type == IMAP_TOK_ATOM);
	test_assert(imap_parse_response(&r, S("* 4294967296 EXISTS")) == -EBADMSG);
	buf_free(&b);
	imap_parse_free(&r);
	test_end();
}

static void test_malformed(void)
{
	static const struct {
		const char *in;
		size_t len;
		int want;
	} rows[] = {
	        {S(""), -EBADMSG},
	        {S("*"), -EBADMSG},
	        {S("A1"), -EBADMSG},
	        {S("A1 MAYBE fine"), -EBADMSG}, /* tagged needs OK, NO or BAD */
	        {S("A1 BYE x"), -EBADMSG},
	        {S("* OK [UIDNEXT 5"), -EBADMSG},              /* unclosed code */
	        {S("* OK [UIDNEXT 5]x"), -EBADMSG},            /* no SP after the code */
	        {S("* 1 FETCH (UID 5"), -EBADMSG},             /* unclosed list */
	        {S("* 1 FETCH UID 5)"), -EBADMSG},             /* stray close */
	        {S("* LIST () \"/ x"), -EBADMSG},              /* unterminated quote */
	        {S("* LIST () \"\\a\" x"), -EBADMSG},          /* only \" and \\ escape */
	        {S("* LIST () \"a\rb\" x"), -EBADMSG},         /* CR in a quoted string */
	        {S("* 1 FETCH (BODY[] {5}\r\nabc"), -EBADMSG}, /* literal runs past the end */
	        {S("* 1 FETCH (BODY[] {5}abcde)"), -EBADMSG},  /* no CRLF after the marker */
	        {S("* 1 FETCH (BODY[] {99999999999999999999}\r\n)"), -EBADMSG},
	        {S("* 1 FETCH (BODY[] {}\r\n)"), -EBADMSG},
	        {S("* 1 FETCH (BODY[HEADER )"), -EBADMSG}, /* unclosed section */
	        {S("* 1 FETCH (UID 5)\r\n"), -EBADMSG},    /* CRLF outside a literal */
	        {S("* 1 FETCH (UID 5) trailing ("), -EBADMSG},
	        {S("* 1 FETCH ()"), 0}, /* empty but well formed: the client refuses it */
	        {S("* 1 FETCH (X \0)"), -EBADMSG}, /* NUL */
	};
	struct imap_response r = IMAP_RESPONSE_INIT;

	test_begin("imap_parse malformed input");
	for (size_t i = 0; i < ELEMENTSOF(rows); i++) {
		int got = imap_parse_response(&r, rows[i].in, rows[i].len);
		test_assert_idx(got == rows[i].want, i);
		test_assert_idx(got == 0 || r.error != NULL, i);
	}
	/* Nesting past the depth limit is refused, not recursed into. */
	char deep[200] = "* 1 FETCH ";
	size_t k = strlen(deep);
	for (unsigned i = 0; i < IMAP_PARSE_MAX_DEPTH + 5; i++)
		deep[k++] = '(';
	test_assert(imap_parse_response(&r, deep, k) == -E2BIG);
	imap_parse_free(&r);
	test_end();
}

static void test_literal_size(void)
{
	uint64_t n = 0;
	bool bin = true;

	test_begin("imap_parse_literal_size");
	test_assert(imap_parse_literal_size(S("* 1 FETCH (BODY[] {123}"), &n, &bin) == 1 &&
	            n == 123 && !bin);
	test_assert(imap_parse_literal_size(S("* 1 FETCH (BINARY[] ~{0}"), &n, &bin) == 1 &&
	            n == 0 && bin);
	test_assert(imap_parse_literal_size(S("* OK done"), &n, &bin) == 0);
	test_assert(imap_parse_literal_size(S("* OK x}"), &n, &bin) == 0);
	test_assert(imap_parse_literal_size(S("{}"), &n, &bin) == -EBADMSG);
	test_assert(imap_parse_literal_size(S("x {12a}"), &n, &bin) == 0);
	test_assert(imap_parse_literal_size(S("x {99999999999999999999999}"), &n, &bin) ==
	            -EBADMSG);
	test_end();
}

static void test_search(void)
{
	struct imap_search st = {0};
	static const char in[] = " 2 84 882 4294967295 1";

	test_begin("imap_parse_search streaming, split anywhere");
	for (size_t cut = 0; cut <= sizeof(in) - 1; cut++) {
		st = (struct imap_search){0};
		int r = imap_parse_search_feed(&st, in, cut);
		r = r ? r : imap_parse_search_feed(&st, in + cut, sizeof(in) - 1 - cut);
		r = r ? r : imap_parse_search_end(&st);
		test_assert_idx(r == 0 && st.n == 5 && st.uids[0] == 2 && st.uids[2] == 882 &&
		                        st.uids[3] == 4294967295u && st.uids[4] == 1,
		                cut);
		imap_parse_search_free(&st);
	}
	st = (struct imap_search){0};
	test_assert(imap_parse_search_feed(&st, S("")) == 0 && imap_parse_search_end(&st) == 0 &&
	            st.n == 0);
	imap_parse_search_free(&st);
	static const char *const bad[] = {" 1 x", " 4294967296", " 0", " 1 (MODSEQ 5)"};
	for (size_t i = 0; i < ELEMENTSOF(bad); i++) {
		st = (struct imap_search){0};
		int r = imap_parse_search_feed(&st, bad[i], strlen(bad[i]));
		r = r ? r : imap_parse_search_end(&st);
		test_assert_idx(r == -EBADMSG && st.error, i);
		imap_parse_search_free(&st);
	}
	/* 20 000 UIDs, fed in 7-byte pieces. */
	struct buf big = BUF_INIT(0);
	for (unsigned u = 1; u <= 20000; u++)
		test_assert(buf_printf(&big, " %u", u) == 0);
	st = (struct imap_search){0};
	int r = 0;
	for (size_t o = 0; o < big.len && r == 0; o += 7)
		r = imap_parse_search_feed(&st, big.data + o, big.len - o < 7 ? big.len - o : 7);
	test_assert(r == 0 && imap_parse_search_end(&st) == 0 && st.n == 20000 &&
	            st.uids[19999] == 20000);
	imap_parse_search_free(&st);
	buf_free(&big);
	test_end();
}

int main(void)
{
	test_status();
	test_data();
	test_malformed();
	test_literal_size();
	test_search();
	return test_exit();
}
