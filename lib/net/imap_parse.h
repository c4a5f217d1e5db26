/*
 * imap_parse - a tokenizer for one IMAP server response (RFC 3501 7 and 9 / RFC 9051
 * 7 and 9), so the client reads the grammar instead of matching substrings.
 *
 * Input is one whole response as it came off the wire, without its final CRLF: a
 * line that ends in a literal marker "{n}" or "~{n}" (literal8, RFC 3516 / RFC 9051
 * 4.3) is followed by CRLF, the n literal bytes, and the rest of the response. Tokens
 * point into that input; nothing is copied, so the input must outlive them.
 *
 * A response is split into its frame (tag, or "*", or "+"), then either a status (OK,
 * NO, BAD, BYE, PREAUTH) with an optional response code "[NAME args]" and free text
 * (RFC 3501 7.1: the text is not tokenized, it may hold anything), or a data response
 * "* [number] NAME data..." whose data are tokenized: atoms, numbers, quoted strings,
 * literals, NIL and parenthesised lists (flat, each list token knows where it ends).
 *
 * UID SEARCH answers may be longer than any line we accept (13 001 UIDs are 64 KiB),
 * so their numbers are read incrementally by a separate streaming parser that keeps
 * no line at all (imap_parse_search_*).
 */
#ifndef AG_IMAP_PARSE_H
#define AG_IMAP_PARSE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "buf.h"
#include "limit.h"

/* Named limits on what one server response may cost (lib/base/limit.h holds the
 * per-line and per-literal ones; these are the IMAP client's own):
 *
 * IMAP_RESPONSE_MAX: bytes of one response, lines and literals together, except the
 * BODY[] literal of the message we asked for. Real untagged data (CAPABILITY, LIST,
 * FLAGS, a greeting) are a few KiB; 1 MiB leaves room and stops a server that streams
 * an endless greeting from pinning our memory (it used to reach 246 MB).
 * IMAP_BODY_MAX: the BODY[] literal itself: the largest message the daemon accepts
 * (LIMIT_IMAP_LITERAL, from LIMIT_RAW_SIZE); a bigger one is refused unread.
 * IMAP_PARSE_MAX_TOKENS, IMAP_PARSE_MAX_DEPTH: tokens and list nesting of one response;
 * a 1 MiB response cannot need more than this many tokens of two bytes each.
 * IMAP_SEARCH_MAX_UIDS: numbers in one SEARCH answer (4 MiB of uint32_t); a seller's
 * outbox is far below, a server that repeats numbers forever is stopped. */
#define IMAP_RESPONSE_MAX     (1024u * 1024)
#define IMAP_BODY_MAX         LIMIT_IMAP_LITERAL
#define IMAP_PARSE_MAX_TOKENS (IMAP_RESPONSE_MAX / 2)
#define IMAP_PARSE_MAX_DEPTH  32u
#define IMAP_SEARCH_MAX_UIDS  (1024u * 1024)

enum imap_resp_type {
	IMAP_RESP_UNTAGGED,     /* "* ..." */
	IMAP_RESP_TAGGED,       /* "A1 OK ..." */
	IMAP_RESP_CONTINUATION, /* "+ ..." */
};

enum imap_status {
	IMAP_STATUS_NONE, /* a data response, or a continuation */
	IMAP_STATUS_OK,
	IMAP_STATUS_NO,
	IMAP_STATUS_BAD,
	IMAP_STATUS_BYE,
	IMAP_STATUS_PREAUTH,
};

enum imap_tok_type {
	IMAP_TOK_ATOM,    /* also flags (\Seen), sequence sets, BODY[section]<origin> */
	IMAP_TOK_NUMBER,  /* all digits and <= UINT32_MAX; larger ones stay atoms */
	IMAP_TOK_QUOTED,  /* p/len: between the quotes, escapes still in (see escaped) */
	IMAP_TOK_LITERAL, /* p/len: the literal's bytes; literal8 sets binary */
	IMAP_TOK_NIL,
	IMAP_TOK_LIST, /* "(": its elements are the tokens up to end (exclusive) */
};

struct imap_token {
	enum imap_tok_type type;
	const char *p;
	size_t len;
	uint32_t num;
	size_t end;   /* IMAP_TOK_LIST: index of the first token after the list */
	bool escaped; /* IMAP_TOK_QUOTED holds a backslash escape */
	bool binary;  /* IMAP_TOK_LITERAL came as ~{n} */
};

struct imap_response {
	enum imap_resp_type type;
	const char *tag; /* IMAP_RESP_TAGGED */
	size_t tag_len;
	enum imap_status status;
	/* Status responses: the response code, its arguments as tokens
	 * [code_tok, code_end), and the free text after it. code is NULL without one. */
	const char *code;
	size_t code_len, code_tok, code_end;
	const char *text; /* also a continuation's text */
	size_t text_len;
	/* Data responses: "* 12 FETCH (...)" has num 12; name is FETCH, LIST, ... and its
	 * data are the tokens [data_tok, n_tok). */
	bool has_num;
	uint32_t num;
	const char *name;
	size_t name_len, data_tok;
	struct imap_token *tok;
	size_t n_tok, cap_tok;
	/* Why the last parse failed and at which byte; static strings. */
	const char *error;
	size_t error_at;
};

#define IMAP_RESPONSE_INIT                                                                         \
	{                                                                                          \
		.tok = NULL                                                                        \
	}

/* Parses one response into r (its token array is reused between calls). 0, or
 * -EBADMSG with r->error, or -E2BIG past the token or depth limit. On failure the
 * fields before the failing byte (frame, status, name) are still set. */
int imap_parse_response(struct imap_response *r, const char *p, size_t len);
void imap_parse_free(struct imap_response *r);

/* True when the token is an atom (or NIL) equal to word, ignoring ASCII case. */
bool imap_parse_tok_is(const struct imap_token *t, const char *word);
/* The value of a quoted string, literal or atom (an astring/nstring), unescaped,
 * appended to out; NIL appends nothing. -EINVAL for lists and numbers' absence. */
int imap_parse_string(const struct imap_token *t, struct buf *out);
/* The index of the token after t (skips a whole list). */
size_t imap_parse_next(const struct imap_response *r, size_t i);

/* If line ends in a literal marker "{n}" or "~{n}" (RFC 3501 4.3, RFC 3516 4.2), 1 with
 * its size; 0 if it does not; -EBADMSG for a marker without a usable size. */
int imap_parse_literal_size(const char *line, size_t len, uint64_t *ret_n, bool *ret_binary);

/* "[APPENDUID uidvalidity uid]" / "[COPYUID uidvalidity src dst]" (RFC 4315 3): the
 * numbers of the code; sets are returned as text. 0, or -ENOENT without that code. */
int imap_parse_appenduid(const struct imap_response *r, uint32_t *ret_uidvalidity,
                         uint32_t *ret_uid);

/* Streaming "* SEARCH n n n" (RFC 3501 7.2.5): feed the bytes after "SEARCH" in any
 * pieces, then end. UIDs are appended to uids (grown with xrealloc). */
struct imap_search {
	uint32_t *uids;
	size_t n, cap;
	uint64_t cur;
	bool in_num;
	const char *error;
};

int imap_parse_search_feed(struct imap_search *st, const char *p, size_t len);
int imap_parse_search_end(struct imap_search *st);
void imap_parse_search_free(struct imap_search *st);

#endif
