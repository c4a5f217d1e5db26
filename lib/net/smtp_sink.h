/*
 * smtp_sink - hands one message to the relay: a small SMTP client of our own on conn.c.
 *
 * libetpan's client cannot send BODY=8BITMIME or SMTPUTF8, does not check addresses for
 * CR/LF, logs AUTH LOGIN passwords and adds a CRLF (LIBETPAN.md 0.7), so we speak SMTP
 * ourselves. The outcome tells the caller exactly what is known about delivery:
 * nothing sent (TEMPFAIL/PERMFAIL) or possibly delivered (AMBIGUOUS).
 */
#ifndef AG_SMTP_SINK_H
#define AG_SMTP_SINK_H

#include <stdbool.h>
#include <stddef.h>

#include "buf.h"
#include "endpoint.h"

enum smtp_outcome {
	SMTP_OK, /* 250 after the data */
	SMTP_TEMPFAIL, /* 4xx, or a network failure before the final dot: not delivered */
	SMTP_PERMFAIL, /* 5xx: not delivered, do not retry */
	SMTP_AMBIGUOUS, /* the dot was sent, no final reply: maybe delivered; never resend */
};

struct smtp_result {
	enum smtp_outcome outcome;
	int code; /* last reply code, 0 when none */
	char stage[16]; /* "connect" "ehlo" "starttls" "auth" "mail" "rcpt" "data" "dot" */
	char text[1024]; /* the server's own words, or our local reason */
};

/* Encodes msg for DATA: Bcc fields removed from the top-level header, every line
 * ending CRLF (bare CR and bare LF alike), leading dots doubled once, and the
 * terminating CRLF.CRLF appended. *ret_8bit is set when a byte >= 0x80 occurs. */
int smtp_sink_encode(const char *msg, size_t len, struct buf *out, bool *ret_8bit);

/* One transaction to srv for rcpts. Always fills *res; returns 0 for SMTP_OK and
 * -EIO otherwise. Addresses are validated before anything is sent. */
int smtp_sink_send(const struct endpoint *srv,
		   const char *secret, const char *from, const char *const *rcpts, size_t n_rcpts,
		   const char *msg, size_t len, struct smtp_result *res);

#endif
