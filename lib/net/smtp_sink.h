/*
 * smtp_sink - hands one message to the relay: a small SMTP client of our own on conn.c.
 *
 * libetpan's client cannot send BODY=8BITMIME or SMTPUTF8, does not check addresses for
 * CR/LF, logs AUTH LOGIN passwords and adds a CRLF of its own (all seen in libetpan
 * 1.9.4 as Debian 12 ships it), so we speak SMTP
 * ourselves. The outcome tells the caller exactly what is known about delivery:
 * nothing sent (TEMPFAIL/PERMFAIL) or possibly delivered (AMBIGUOUS), overall and,
 * on request, for each recipient.
 */
#ifndef AG_SMTP_SINK_H
#define AG_SMTP_SINK_H

#include <stdbool.h>
#include <stddef.h>

#include "buf.h"
#include "endpoint.h"

enum smtp_outcome {
	SMTP_OK,        /* 250 after the data */
	SMTP_TEMPFAIL,  /* 4xx, or a network failure before the final dot: not delivered */
	SMTP_PERMFAIL,  /* 5xx: not delivered, do not retry */
	SMTP_AMBIGUOUS, /* the dot was sent, no final reply: maybe delivered; never resend */
};

/*
 * Which failures are whose:
 *
 * session = true: the relay or our way of talking to it failed, not this message:
 *   no connection, a greeting or EHLO that is not 2xx (5xx too: RFC 5321 3.1 lets a
 *   server refuse all service), STARTTLS, AUTH (no usable mechanism, 535), 421 at any
 *   point, 530 (authentication required, RFC 4954 6), the connection lost, a deadline
 *   passed, or a reply that breaks RFC 5321 4.2 (a malformed line, codes that differ
 *   between the lines of one reply, past SMTP_REPLY_MAX_LINES/_SIZE). These are always
 *   TEMPFAIL (defer, as OpenSMTPD does), or AMBIGUOUS when the final dot had been sent.
 * session = false: the answer concerns this message: a 4xx/5xx to MAIL FROM, RCPT TO,
 *   DATA or the final dot, or our own refusal before anything is sent (an invalid
 *   address, a NUL byte, a line over 998 octets, SMTPUTF8 needed and not offered).
 *   Only these can be PERMFAIL.
 */
struct smtp_result {
	enum smtp_outcome outcome;
	bool session;     /* the failure is the session's, not the message's (above) */
	int code;         /* last reply code, 0 when none */
	char stage[16];   /* "connect" "ehlo" "starttls" "auth" "mail" "rcpt" "data" "dot" */
	char text[1024];  /* the server's own words, or our local reason */
	size_t delivered; /* recipients that got the message in this call (250 after dot) */
};

/* Encodes msg for DATA: Bcc fields removed from the top-level header, every line
 * ending CRLF (bare CR and bare LF alike), leading dots doubled once, and the
 * terminating CRLF.CRLF appended. *ret_8bit is set when a byte >= 0x80 occurs.
 * Refuses what RFC 5322 forbids instead of changing it: a NUL byte anywhere gives
 * -EINVAL (RFC 5322 2.3 and 3.5), a line over 998 octets without its line ending
 * (counted before dot-stuffing, RFC 5322 2.1.1, RFC 5321 4.5.3.1.6) gives -EMSGSIZE.
 * smtp_sink_send() files both as PERMFAIL before connecting. */
int smtp_sink_encode(const char *msg, size_t len, struct buf *out, bool *ret_8bit);

/* Sends msg to rcpts on one connection to srv. Always fills *res; returns 0 for
 * SMTP_OK and -EIO otherwise. Addresses are validated before anything is sent.
 *
 * Recipient caps (RFC 5321 4.5.3.1.10): when the server answers 452 (or 552 5.5.3)
 * to a RCPT after accepting others in the transaction, the message goes to those,
 * and the remaining recipients follow in further transactions (MAIL FROM again, no
 * RSET after a completed one) on the same connection.
 *
 * skip: NULL, or n_rcpts flags; a recipient whose flag is set was delivered before
 *   and is never sent to again (reported SMTP_OK). With every flag set, nothing is
 *   sent and the result is SMTP_OK.
 * rcpt_outcome: NULL, or n_rcpts slots filled for each recipient: SMTP_OK (250 after
 *   the dot of its transaction, or skipped), SMTP_TEMPFAIL, SMTP_PERMFAIL or
 *   SMTP_AMBIGUOUS (its dot had no reply). With it, a recipient refused at RCPT does
 *   not stop the others.
 *
 * res->outcome is SMTP_OK only if every recipient was delivered; SMTP_AMBIGUOUS if any
 * recipient's dot had no reply; else SMTP_TEMPFAIL if any recipient can be retried;
 * else SMTP_PERMFAIL. Without rcpt_outcome the caller cannot tell who got the message,
 * so a refused RCPT ends the call before DATA (nothing sent, as before), and when
 * some recipients were delivered (res->delivered > 0) and others not, res->outcome is
 * SMTP_AMBIGUOUS: resending to all would duplicate.
 *
 * keep: NULL (one connection for this call, ended with QUIT), or where a session is
 * kept between calls to the same srv: a kept one is used after an RSET, a new one is
 * opened when there is none or the RSET fails (nothing of the message was sent yet),
 * and a session still usable afterwards is left there instead of QUIT. The caller ends
 * it with smtp_session_close() before it would idle past the server's timeout (RFC 5321
 * 4.5.3.2.7: 5 minutes). */
struct smtp_session;
int smtp_sink_send(const struct endpoint *srv, const char *secret, const char *from,
                   const char *const *rcpts, size_t n_rcpts, const bool *skip, const char *msg,
                   size_t len, struct smtp_result *res, enum smtp_outcome *rcpt_outcome,
                   struct smtp_session **keep);

/* QUIT and close; returns NULL. */
struct smtp_session *smtp_session_close(struct smtp_session *k);

#endif
