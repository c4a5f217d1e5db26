/*
 * smtp_reply - parses one SMTP reply, line by line (RFC 5321 4.2, 4.2.1), with its
 * enhanced status code (RFC 3463, RFC 2034).
 *
 * A reply is one or more lines "NNN-text" ended by "NNN text" or "NNN", every line
 * carrying the same three-digit code (RFC 5321 4.2.1). Anything else is a protocol
 * error: a line that is not of that shape, a code outside the grammar of RFC 5321 4.2
 * (%x32-35 %x30-35 %x30-39), or a code that changes from one line to the next. The
 * caller must not guess from such a reply (it used to be judged by its last line); it
 * ends the session and defers (TEMPFAIL).
 *
 * A reply is bounded: SMTP_REPLY_MAX_LINES lines and SMTP_REPLY_MAX_SIZE octets in
 * all; one line is bounded by the reader (LIMIT_SMTP_REPLY_LINE). Nothing here
 * allocates, prints or reads the network.
 */
#ifndef AG_SMTP_REPLY_H
#define AG_SMTP_REPLY_H

#include <stdbool.h>
#include <stddef.h>

/* Lines in one reply. The longest honest replies are EHLO lists (Postfix and Exchange
 * send 10-20 keywords); 100 leaves room without letting a server stream forever. */
#define SMTP_REPLY_MAX_LINES 100u
/* Octets in one reply, every line with its CRLF. */
#define SMTP_REPLY_MAX_SIZE (32u * 1024)

struct smtp_reply {
	int code; /* 200..559 once a line was accepted, 0 before */
	/* The enhanced status code of the first line, when it has one whose class
	 * matches the reply code (RFC 3463 2, RFC 2034 4); all 0 otherwise. */
	int enh_class, enh_subject, enh_detail;
	size_t lines;    /* lines accepted so far */
	size_t size;     /* octets so far, CRLF counted */
	bool done;       /* the last line ("NNN text" or "NNN") was seen */
	char text[1024]; /* the lines joined by one space, codes included; truncated,
	                    control characters shown as spaces; always NUL-terminated */
};

/* Starts a new reply. */
void smtp_reply_init(struct smtp_reply *r);

/* Adds one line, without its CRLF. Returns 0 when more lines must follow, 1 when
 * the reply is complete, -EPROTO for a malformed line or a code that differs from
 * the earlier lines', -E2BIG past a limit, -EALREADY after the reply was complete.
 * After an error the reply must not be used. */
int smtp_reply_feed(struct smtp_reply *r, const char *line, size_t len);

/* Parses one reply from the start of p (lines ending in CRLF or LF, as conn.c reads
 * them). Returns 1 with *used set to the octets of the complete reply, 0 when p ends
 * before the reply does, or a negative errno as smtp_reply_feed(). */
int smtp_reply_parse(const char *p, size_t len, struct smtp_reply *r, size_t *used);

/* Reads "class.subject.detail" (RFC 3463 2: class 2, 4 or 5, subject and detail of
 * 1-3 digits) at the start of p, which must be followed by a space or end there.
 * Returns the octets it took, or 0 when p does not start with one. */
size_t smtp_reply_enhanced(const char *p, size_t len, int *cls, int *subject, int *detail);

/* true for "too many recipients" (RFC 5321 4.5.3.1.10): 452, or 552 with the
 * enhanced code X.5.3 that RFC 821 servers send for the same limit. */
bool smtp_reply_too_many_rcpts(const struct smtp_reply *r);

#endif
