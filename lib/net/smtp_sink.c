/*
 * smtp_sink - one SMTP session per message, one transaction per recipient batch; see
 * smtp_sink.h.
 *
 * The wire never sees a bare CR or LF: commands are built only from validated
 * addresses, and the data goes through smtp_sink_encode(). Secrets are sent base64 in
 * AUTH and never copied into res->text.
 */
#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>

#include "addr.h"
#include "conn.h"
#include "fault.h"
#include "limit.h"
#include "clock.h"
#include "rfc5322.h"
#include "sasl.h"
#include "smtp_reply.h"
#include "smtp_sink.h"
#include "str.h"

int smtp_sink_encode(const char *msg, size_t len, struct buf *out, bool *ret_8bit)
{
	return rfc5322_smtp_data(msg, len, out, ret_8bit);
}

/* Recipient states while the call runs. */
enum rcpt_state {
	RCPT_PENDING,  /* not yet accepted by RCPT in a transaction */
	RCPT_ACCEPTED, /* accepted in the open transaction, data not yet answered */
	RCPT_DONE,     /* outcome known */
};

/* The EHLO keywords kept of a session: " KEYWORD ... ", upper case. */
#define EHLO_KEYWORDS_MAX 2048

/* A session kept between calls: the connection and its EHLO keywords. */
struct smtp_session {
	struct conn *c;
	unsigned command_s;
	char ehlo[EHLO_KEYWORDS_MAX];
};

struct smtp {
	struct conn *c;
	const struct endpoint *t;
	struct buf line;
	struct smtp_reply rp;         /* the last reply read */
	char ehlo[EHLO_KEYWORDS_MAX]; /* " KEYWORD ... " upper case */
	/* The first failure of each kind and the last success, so the overall result
	 * carries the words that explain it. */
	struct smtp_result note[4];
	bool noted[4];
	size_t n;
	unsigned char *st;
	enum smtp_outcome *out;
};

static void note(struct smtp *s, enum smtp_outcome o, bool session, const char *stage,
                 const char *fmt, ...) _printf_(5, 6);
static void note(struct smtp *s, enum smtp_outcome o, bool session, const char *stage,
                 const char *fmt, ...)
{
	struct smtp_result *res = &s->note[o];
	va_list ap;

	if (s->noted[o] && o != SMTP_OK)
		return;
	s->noted[o] = true;
	res->outcome = o;
	res->session = session;
	res->code = s->rp.code;
	snprintf(res->stage, sizeof(res->stage), "%s", stage);
	va_start(ap, fmt);
	vsnprintf(res->text, sizeof(res->text), fmt, ap);
	va_end(ap);
	str_sanitize(res->text, ' ');
}

/* mark - sets the outcome of every recipient in state from. */
static void mark(struct smtp *s, enum rcpt_state from, enum smtp_outcome o)
{
	for (size_t i = 0; i < s->n; i++)
		if (s->st[i] == from) {
			s->st[i] = RCPT_DONE;
			s->out[i] = o;
		}
}

/* lost - the session ended: nothing more can be sent. Accepted recipients whose data
 * was not sent are as undelivered as the pending ones. */
static void lost(struct smtp *s, const char *stage, int err)
{
	if (err == -EPROTO || err == -E2BIG)
		note(s, SMTP_TEMPFAIL, true, stage,
		     "protocol error at %s: %s reply (RFC 5321 4.2.1)", stage,
		     err == -EPROTO ? "malformed or mixed-code" : "oversized");
	else if (err == -ETIMEDOUT)
		note(s, SMTP_TEMPFAIL, true, stage, "no complete reply at %s in time", stage);
	else
		note(s, SMTP_TEMPFAIL, true, stage, "connection lost at %s: %s", stage,
		     strerror(-err));
	mark(s, RCPT_ACCEPTED, SMTP_TEMPFAIL);
	mark(s, RCPT_PENDING, SMTP_TEMPFAIL);
}

/* reply - reads one whole reply into s->rp within timeout_s for all its lines
 * together; returns its code, or -errno (-EPROTO for a malformed or mixed-code reply,
 * -E2BIG past the limits, -ETIMEDOUT past the deadline). */
static int reply(struct smtp *s, unsigned timeout_s, bool keep_ehlo)
{
	/* One deadline per reply, not per line: a server trickling "250-x" lines must
	 * not hold us past the time RFC 5321 4.5.3.2 grants the command. */
	uint64_t deadline = clock_mono_ms() + (uint64_t) timeout_s * 1000;
	int r;

	smtp_reply_init(&s->rp);
	if (keep_ehlo)
		snprintf(s->ehlo, sizeof(s->ehlo), " ");
	for (;;) {
		uint64_t now = clock_mono_ms();
		if (now >= deadline)
			return -ETIMEDOUT;
		/* conn.h reads with whole seconds: wait for data against the deadline in
		 * milliseconds, then read the line with what is left, rounded up. */
		r = conn_wait_ms(s->c, (int) (deadline - now));
		if (r == 0)
			return -ETIMEDOUT;
		if (r < 0)
			return r;
		r = conn_read_line(s->c, &s->line, LIMIT_SMTP_REPLY_LINE,
		                   (unsigned) ((deadline - now + 999) / 1000));
		if (r < 0)
			return r;
		r = smtp_reply_feed(&s->rp, s->line.data ? s->line.data : "", s->line.len);
		if (r < 0)
			return r;
		if (keep_ehlo && s->line.len > 4) {
			size_t k = strlen(s->ehlo);
			for (size_t i = 4; i < s->line.len && k < sizeof(s->ehlo) - 2; i++)
				s->ehlo[k++] = (char) toupper((unsigned char) s->line.data[i]);
			s->ehlo[k++] = ' ';
			s->ehlo[k] = '\0';
		}
		if (r == 1)
			return s->rp.code;
	}
}

static bool offers(const struct smtp *s, const char *kw)
{
	char want[64];
	snprintf(want, sizeof(want), " %s ", kw);
	if (strstr(s->ehlo, want))
		return true;
	snprintf(want, sizeof(want), " %s=", kw);
	return strstr(s->ehlo, want) != NULL;
}

static bool offers_auth(const struct smtp *s, const char *mech)
{
	const char *a = strstr(s->ehlo, " AUTH ");
	char want[40];

	if (!a)
		return false;
	snprintf(want, sizeof(want), " %s ", mech);
	/* the AUTH keyword's mechanisms run to the next keyword line; good enough to
	 * look anywhere after AUTH */
	return strstr(a + 5, want) != NULL;
}

static int say(struct smtp *s, const char *fmt, ...) _printf_(2, 3);
static int say(struct smtp *s, const char *fmt, ...)
{
	char cmd[1200];
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(cmd, sizeof(cmd) - 2, fmt, ap);
	va_end(ap);
	if (n < 0 || (size_t) n >= sizeof(cmd) - 2)
		return -E2BIG;
	memcpy(cmd + n, "\r\n", 2);
	return conn_write(s->c, cmd, (size_t) n + 2, s->t->command_s);
}

/* cmd - sends a command and reads its whole reply; returns the code or -errno. */
static int cmd(struct smtp *s, bool keep_ehlo, const char *fmt, ...) _printf_(3, 4);
static int cmd(struct smtp *s, bool keep_ehlo, const char *fmt, ...)
{
	char line[1200];
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = vsnprintf(line, sizeof(line), fmt, ap);
	va_end(ap);
	if (r < 0 || (size_t) r >= sizeof(line))
		return -E2BIG;
	r = say(s, "%s", line);
	if (r == 0)
		r = reply(s, s->t->command_s, keep_ehlo);
	return r;
}

/* session_step - a command of the session set-up (EHLO, STARTTLS): anything but the
 * wanted class is a session failure, 5xx included (RFC 5321 3.1, 4.1.1.1). */
static int session_step(struct smtp *s, const char *stage, int want, const char *fmt, ...)
        _printf_(4, 5);
static int session_step(struct smtp *s, const char *stage, int want, const char *fmt, ...)
{
	char line[1200];
	va_list ap;
	int code;

	va_start(ap, fmt);
	vsnprintf(line, sizeof(line), fmt, ap);
	va_end(ap);
	code = cmd(s, streq(stage, "ehlo"), "%s", line);
	if (code < 0) {
		lost(s, stage, code);
		return -EIO;
	}
	if (code / 100 == want / 100)
		return 0;
	note(s, SMTP_TEMPFAIL, true, stage, "%s", s->rp.text);
	return -EIO;
}

/* scrub - masks every copy of a secret (raw or encoded) in the server's words: some
 * servers quote the rejected AUTH line back, and the text reaches logs and reports. */
static void scrub(struct smtp *s, const char *secret)
{
	size_t n = secret ? strlen(secret) : 0;
	char *p;

	if (n == 0)
		return;
	while ((p = strstr(s->rp.text, secret)))
		memset(p, '*', n);
}

static int auth(struct smtp *s, const struct endpoint *srv, const char *secret)
{
	bool oauth = srv->secret == ENDPOINT_SECRET_OAUTH2_COMMAND;
	int code;

	if (oauth || offers_auth(s, "PLAIN")) {
		char *enc = sasl_initial(oauth, srv->user, secret);
		code = cmd(s, false, "AUTH %s %s", oauth ? "XOAUTH2" : "PLAIN", enc);
		if (code == 334) /* XOAUTH2 error detail; finish with an empty line */
			code = cmd(s, false, "%s", "");
		scrub(s, enc);
		sasl_free(enc);
	} else if (offers_auth(s, "LOGIN")) {
		char *u = sasl_base64(srv->user, strlen(srv->user));
		char *p = sasl_base64(secret, strlen(secret));
		code = cmd(s, false, "AUTH LOGIN %s", u);
		if (code == 334)
			code = cmd(s, false, "%s", p);
		free(u);
		scrub(s, p);
		sasl_free(p);
	} else {
		/* Our configuration or the server's, not the message: defer. */
		note(s, SMTP_TEMPFAIL, true, "auth", "server offers no usable AUTH mechanism: %s",
		     s->ehlo);
		return -EIO;
	}
	scrub(s, secret);
	if (code < 0) {
		lost(s, "auth", code);
		return -EIO;
	}
	if (code == 235)
		return 0;
	/* 535 bad credentials: retrying will not help until an admin acts, but it is our
	 * misconfiguration, so keep the message queued rather than file it as refused. */
	note(s, SMTP_TEMPFAIL, true, "auth", "%s", s->rp.text);
	return -EIO;
}

/* session_reply - 421 (RFC 5321 3.8) and 530 (RFC 4954 6) are about the session,
 * whatever command they answer. */
static bool session_reply(int code)
{
	return code == 421 || code == 530;
}

/* refused - a 4xx/5xx reply to a transaction command. */
static enum smtp_outcome refused(struct smtp *s, const char *stage)
{
	if (session_reply(s->rp.code)) {
		note(s, SMTP_TEMPFAIL, true, stage, "%s", s->rp.text);
		return SMTP_TEMPFAIL;
	}
	enum smtp_outcome o = s->rp.code >= 500 ? SMTP_PERMFAIL : SMTP_TEMPFAIL;
	note(s, o, false, stage, "%s", s->rp.text);
	return o;
}

/* transactions - MAIL, RCPT..., DATA, data, until no recipient is pending (RFC 5321
 * 3.3). Returns 0 while the session is usable, -EIO when it is not. strict: stop at
 * the first refusal (the caller cannot take per-recipient results). */
static int transactions(struct smtp *s, const char *from, const char *params,
                        const char *const *rcpts, const struct buf *data, bool strict)
{
	for (;;) {
		size_t accepted = 0, i;
		bool stop = false;
		int code, r;

		for (i = 0; i < s->n && s->st[i] != RCPT_PENDING; i++)
			;
		if (i == s->n)
			return 0;
		code = cmd(s, false, "MAIL FROM:<%s>%s", from, params);
		if (code < 0) {
			lost(s, "mail", code);
			return -EIO;
		}
		if (code / 100 != 2) {
			enum smtp_outcome o = refused(s, "mail");
			mark(s, RCPT_PENDING, o);
			return session_reply(code) ? -EIO : 0;
		}
		FAULT_POINT("smtp-after-mail");
		for (i = 0; i < s->n && !stop; i++) {
			if (s->st[i] != RCPT_PENDING)
				continue;
			code = cmd(s, false, "RCPT TO:<%s>", rcpts[i]);
			if (code < 0) {
				lost(s, "rcpt", code);
				return -EIO;
			}
			if (code / 100 == 2) {
				s->st[i] = RCPT_ACCEPTED;
				accepted++;
			} else if (accepted > 0 && smtp_reply_too_many_rcpts(&s->rp)) {
				/* RFC 5321 4.5.3.1.10: send to the accepted ones now, the
				 * rest in a later transaction. */
				stop = true;
			} else {
				enum smtp_outcome o = refused(s, "rcpt");
				s->st[i] = RCPT_DONE;
				s->out[i] = o;
				if (session_reply(code)) {
					mark(s, RCPT_ACCEPTED, SMTP_TEMPFAIL);
					mark(s, RCPT_PENDING, SMTP_TEMPFAIL);
					return -EIO;
				}
				if (strict) {
					/* All or nothing: no DATA, the rest untried. */
					mark(s, RCPT_ACCEPTED, SMTP_TEMPFAIL);
					mark(s, RCPT_PENDING, SMTP_TEMPFAIL);
					return 0;
				}
			}
		}
		FAULT_POINT("smtp-after-rcpt");
		if (accepted == 0) {
			/* every recipient was refused; nothing pending is left */
			continue;
		}
		code = cmd(s, false, "DATA");
		if (code < 0) {
			lost(s, "data", code);
			return -EIO;
		}
		if (code != 354) {
			enum smtp_outcome o = refused(s, "data");
			mark(s, RCPT_ACCEPTED, o);
			if (session_reply(code)) {
				mark(s, RCPT_PENDING, SMTP_TEMPFAIL);
				return -EIO;
			}
			if (strict) {
				mark(s, RCPT_PENDING, SMTP_TEMPFAIL);
				return 0;
			}
			/* RFC 5321 4.1.1.5: end the failed transaction before the next. */
			code = cmd(s, false, "RSET");
			if (code < 0 || code / 100 != 2) {
				if (code < 0)
					lost(s, "data", code);
				else
					note(s, SMTP_TEMPFAIL, true, "data", "%s", s->rp.text);
				mark(s, RCPT_PENDING, SMTP_TEMPFAIL);
				return -EIO;
			}
			continue;
		}
		FAULT_POINT("smtp-after-data");
		r = conn_write(s->c, data->data, data->len, s->t->command_s);
		if (r < 0) {
			/* The final dot may or may not have left: the last bytes were in the
			 * write. */
			note(s, SMTP_AMBIGUOUS, true, "dot",
			     "connection lost while sending data: %s", strerror(-r));
			mark(s, RCPT_ACCEPTED, SMTP_AMBIGUOUS);
			mark(s, RCPT_PENDING, SMTP_TEMPFAIL);
			return -EIO;
		}
		FAULT_POINT("smtp-after-dot");
		/* RFC 5321 4.5.3.2.6: the reply to the dot has its own, longer deadline. */
		code = reply(s, s->t->data_final_s, false);
		if (code < 0) {
			/* No reply, or one we cannot read: the data may have been taken. */
			if (code == -EPROTO || code == -E2BIG)
				note(s, SMTP_AMBIGUOUS, true, "dot",
				     "unreadable reply after the data (RFC 5321 4.2.1)");
			else
				note(s, SMTP_AMBIGUOUS, true, "dot", "no reply after the data: %s",
				     strerror(-code));
			mark(s, RCPT_ACCEPTED, SMTP_AMBIGUOUS);
			mark(s, RCPT_PENDING, SMTP_TEMPFAIL);
			return -EIO;
		}
		if (code / 100 == 2) {
			note(s, SMTP_OK, false, "dot", "%s", s->rp.text);
			mark(s, RCPT_ACCEPTED, SMTP_OK);
			continue; /* a completed transaction needs no RSET (RFC 5321 4.1.4) */
		}
		mark(s, RCPT_ACCEPTED, refused(s, "dot"));
		if (session_reply(code) || strict) {
			mark(s, RCPT_PENDING, SMTP_TEMPFAIL);
			return session_reply(code) ? -EIO : 0;
		}
	}
}

/* greet - greeting, EHLO, STARTTLS and AUTH of a new connection; 0 when the session
 * can take mail. */
static int greet(struct smtp *s, const struct endpoint *srv, const char *secret)
{
	const char *helo = srv->helo ? srv->helo : "localhost";
	int code;

	code = reply(s, srv->command_s, false);
	if (code < 0) {
		lost(s, "connect", code);
		return -EIO;
	}
	if (code != 220) {
		/* RFC 5321 3.1: a 554 greeting refuses the session, not this message. */
		note(s, SMTP_TEMPFAIL, true, "connect", "%s", s->rp.text);
		return -EIO;
	}
	if (session_step(s, "ehlo", 250, "EHLO %s", helo) < 0)
		return -EIO;
	if (srv->tls == ENDPOINT_TLS_STARTTLS) {
		char err[512];
		if (!offers(s, "STARTTLS")) {
			note(s, SMTP_TEMPFAIL, true, "starttls", "server does not offer STARTTLS");
			return -EIO;
		}
		if (session_step(s, "starttls", 220, "STARTTLS") < 0)
			return -EIO;
		if (conn_starttls(s->c, err, sizeof(err)) < 0) {
			note(s, SMTP_TEMPFAIL, true, "starttls", "%s", err);
			return -EIO;
		}
		if (session_step(s, "ehlo", 250, "EHLO %s", helo) < 0)
			return -EIO;
	}
	if (srv->user && auth(s, srv, secret ? secret : "") < 0)
		return -EIO;
	return 0;
}

/* reuse - a kept session for the next message: RSET (RFC 5321 4.1.1.5) clears what a
 * refused transaction left open and shows the server is still there. Nothing of the
 * message has been sent, so a session that fails here is simply replaced. */
static bool reuse(struct smtp *s, struct smtp_session **keep)
{
	struct smtp_session *k = *keep;
	int code;

	*keep = NULL;
	s->c = k->c;
	memcpy(s->ehlo, k->ehlo, sizeof(s->ehlo));
	free(k);
	code = cmd(s, false, "RSET");
	if (code == 250)
		return true;
	conn_close(s->c);
	s->c = NULL;
	buf_free(&s->line); /* nothing read on that connection may reach the next one */
	return false;
}

static int session(struct smtp *s, const char *from, const char *const *rcpts,
                   const struct buf *data, bool eightbit, bool utf8, bool strict)
{
	char params[64] = "";

	if (utf8 && !offers(s, "SMTPUTF8")) {
		note(s, SMTP_PERMFAIL, false, "mail",
		     "an address needs SMTPUTF8, which the server does not offer");
		mark(s, RCPT_PENDING, SMTP_PERMFAIL);
		return 0;
	}
	if (eightbit && offers(s, "8BITMIME"))
		snprintf(params, sizeof(params), " BODY=8BITMIME");
	if (utf8)
		strncat(params, " SMTPUTF8", sizeof(params) - strlen(params) - 1);
	return transactions(s, from, params, rcpts, data, strict);
}

struct smtp_session *smtp_session_close(struct smtp_session *k)
{
	if (!k)
		return NULL;
	(void) conn_write(k->c, "QUIT\r\n", 6, k->command_s);
	conn_close(k->c);
	free(k);
	return NULL;
}

int smtp_sink_send(const struct endpoint *srv, const char *secret, const char *from,
                   const char *const *rcpts, size_t n_rcpts, const bool *skip, const char *msg,
                   size_t len, struct smtp_result *res, enum smtp_outcome *rcpt_outcome,
                   struct smtp_session **keep)
{
	struct smtp s = {.t = srv, .line = BUF_INIT(0), .n = n_rcpts};
	struct buf data = BUF_INIT(0);
	bool eightbit = false, utf8, strict = rcpt_outcome == NULL, any[4] = {false};
	size_t pending = 0, delivered = 0;
	enum smtp_outcome overall;
	char err[512] = "";
	int r;

	s.st = calloc(n_rcpts ? n_rcpts : 1, sizeof(*s.st));
	s.out = calloc(n_rcpts ? n_rcpts : 1, sizeof(*s.out));
	if (!s.st || !s.out) {
		note(&s, SMTP_TEMPFAIL, false, "connect", "out of memory");
		for (size_t i = 0; rcpt_outcome && i < n_rcpts; i++)
			rcpt_outcome[i] = skip && skip[i] ? SMTP_OK : SMTP_TEMPFAIL;
		*res = s.note[SMTP_TEMPFAIL];
		free(s.st);
		free(s.out);
		return -EIO;
	}
	for (size_t i = 0; i < n_rcpts; i++) {
		s.st[i] = skip && skip[i] ? RCPT_DONE : RCPT_PENDING;
		s.out[i] = SMTP_OK;
		pending += s.st[i] == RCPT_PENDING;
	}
	utf8 = from && addr_is_utf8(from);
	/* Nothing reaches the wire unless every address is clean. */
	if (!from || !addr_valid(from)) {
		note(&s, SMTP_PERMFAIL, false, "mail", "invalid envelope sender");
	} else if (n_rcpts == 0) {
		note(&s, SMTP_PERMFAIL, false, "rcpt", "no recipients");
	} else if (srv->helo && (strpbrk(srv->helo, "\r\n ") || !*srv->helo)) {
		note(&s, SMTP_PERMFAIL, false, "ehlo", "invalid helo name");
	} else {
		for (size_t i = 0; i < n_rcpts; i++) {
			if (!addr_valid(rcpts[i])) {
				note(&s, SMTP_PERMFAIL, false, "rcpt", "invalid recipient address");
				break;
			}
			utf8 |= s.st[i] == RCPT_PENDING && addr_is_utf8(rcpts[i]);
		}
	}
	if (!s.noted[SMTP_PERMFAIL] && pending > 0) {
		r = smtp_sink_encode(msg, len, &data, &eightbit);
		if (r == -EINVAL)
			note(&s, SMTP_PERMFAIL, false, "data",
			     "message contains NUL, which RFC 5322 forbids");
		else if (r == -EMSGSIZE)
			note(&s, SMTP_PERMFAIL, false, "data",
			     "message has a line over 998 octets, which RFC 5322 forbids");
		else if (r < 0)
			note(&s, SMTP_PERMFAIL, false, "data", "message too large to encode");
	}
	if (s.noted[SMTP_PERMFAIL]) {
		mark(&s, RCPT_PENDING, SMTP_PERMFAIL);
	} else if (pending == 0) {
		note(&s, SMTP_OK, false, "rcpt", "every recipient was delivered before");
	} else {
		r = 0;
		if (!(keep && *keep && reuse(&s, keep))) {
			r = conn_open(srv->host, srv->port, srv->tls == ENDPOINT_TLS_IMPLICIT,
			              srv->ca_file, srv->connect_s, -1, &s.c, err, sizeof(err));
			if (r < 0)
				note(&s, SMTP_TEMPFAIL, true, "connect", "%s", err);
			else
				r = greet(&s, srv, secret);
		}
		if (s.c) {
			if (r == 0)
				r = session(&s, from, rcpts, &data, eightbit, utf8, strict);
			if (r == 0 && keep) {
				/* usable: kept for the caller's next message */
				*keep = xmalloc(sizeof(**keep));
				(*keep)->c = s.c;
				(*keep)->command_s = srv->command_s;
				memcpy((*keep)->ehlo, s.ehlo, sizeof(s.ehlo));
			} else {
				if (r == 0)
					(void) say(&s, "QUIT");
				conn_close(s.c);
			}
		}
		/* whatever the session did not settle was not sent */
		mark(&s, RCPT_ACCEPTED, SMTP_TEMPFAIL);
		mark(&s, RCPT_PENDING, SMTP_TEMPFAIL);
	}
	buf_free(&data);
	buf_free(&s.line);

	for (size_t i = 0; i < n_rcpts; i++) {
		any[s.out[i]] = true;
		delivered += s.out[i] == SMTP_OK && !(skip && skip[i]);
		if (rcpt_outcome)
			rcpt_outcome[i] = s.out[i];
	}
	if (any[SMTP_AMBIGUOUS])
		overall = SMTP_AMBIGUOUS;
	else if (n_rcpts > 0 && !any[SMTP_TEMPFAIL] && !any[SMTP_PERMFAIL])
		overall = SMTP_OK;
	else if (any[SMTP_TEMPFAIL])
		overall = SMTP_TEMPFAIL;
	else
		overall = SMTP_PERMFAIL;
	/* strict: a refusal that stopped the call decides it, as before per-recipient
	 * results existed. */
	if (strict && overall == SMTP_TEMPFAIL && s.noted[SMTP_PERMFAIL] && !s.noted[SMTP_TEMPFAIL])
		overall = SMTP_PERMFAIL;
	if (!s.noted[overall]) /* cannot happen; keep res well-formed anyway */
		note(&s, overall, true, "connect", "no result");
	*res = s.note[overall];
	res->outcome = overall;
	res->delivered = delivered;
	if (strict && delivered > 0 && overall != SMTP_OK && overall != SMTP_AMBIGUOUS) {
		/* The caller would resend to all: say so. */
		char text[sizeof(res->text) + 96];
		snprintf(text, sizeof(text), "delivered to %zu of %zu recipients, then: %s",
		         delivered, n_rcpts, res->text);
		memcpy(res->text, text, sizeof(res->text) - 1);
		res->text[sizeof(res->text) - 1] = '\0';
		res->outcome = SMTP_AMBIGUOUS;
	}
	free(s.st);
	free(s.out);
	return res->outcome == SMTP_OK ? 0 : -EIO;
}
