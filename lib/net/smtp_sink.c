/*
 * smtp_sink - one SMTP transaction per message; see smtp_sink.h.
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
#include <unistd.h>

#include "addr.h"
#include "conn.h"
#include "fault.h"
#include "limit.h"
#include "sasl.h"
#include "smtp_sink.h"

static bool header_is_bcc(const char *p, size_t n)
{
	return n >= 4 && strncasecmp(p, "bcc:", 4) == 0;
}

int smtp_sink_encode(const char *msg, size_t len, struct buf *out, bool *ret_8bit)
{
	bool in_header = true, skipping = false, eightbit = false;
	size_t i = 0;
	int r = 0;

	while (i < len && r == 0) {
		/* One line: up to LF, CRLF or a lone CR; every one of them ends it. */
		size_t s = i, e;
		while (i < len && msg[i] != '\n' && msg[i] != '\r')
			i++;
		e = i;
		if (i < len && msg[i] == '\r' && i + 1 < len && msg[i + 1] == '\n')
			i += 2;
		else if (i < len)
			i++;
		for (size_t k = s; k < e; k++)
			eightbit |= (unsigned char) msg[k] >= 0x80;
		if (in_header) {
			if (e == s) {
				in_header = false;
				skipping = false;
			} else if (msg[s] == ' ' || msg[s] == '\t') {
				if (skipping)
					continue; /* folded Bcc continuation */
			} else {
				skipping = header_is_bcc(msg + s, e - s);
				if (skipping)
					continue;
			}
		}
		if (e > s && msg[s] == '.')
			r = buf_putc(out, '.');
		if (r == 0)
			r = buf_append(out, msg + s, e - s);
		if (r == 0)
			r = buf_append(out, "\r\n", 2);
	}
	if (r == 0)
		r = buf_append(out, ".\r\n", 3);
	if (ret_8bit)
		*ret_8bit = eightbit;
	return r;
}

struct smtp {
	struct conn *c;
	const struct endpoint *t;
	struct smtp_result *res;
	struct buf line;
	char ehlo[2048]; /* " KEYWORD ... " upper case */
};

static void result(struct smtp *s, enum smtp_outcome o, const char *stage, const char *fmt, ...)
        _printf_(4, 5);
static void result(struct smtp *s, enum smtp_outcome o, const char *stage, const char *fmt, ...)
{
	char text[sizeof(s->res->text)];
	va_list ap;

	s->res->outcome = o;
	snprintf(s->res->stage, sizeof(s->res->stage), "%s", stage);
	/* Format first: the arguments often point into res->text itself. */
	va_start(ap, fmt);
	vsnprintf(text, sizeof(text), fmt, ap);
	va_end(ap);
	memcpy(s->res->text, text, sizeof(text));
	for (char *p = s->res->text; *p; p++)
		if ((unsigned char) *p < 0x20 || *p == 0x7f)
			*p = ' ';
}

/* reply - reads a (multi-line) reply; returns its code, or -errno. The text, lines
 * joined with spaces, goes to res->text. */
static int reply(struct smtp *s, unsigned timeout, bool keep_ehlo)
{
	size_t off = 0;
	int code = 0, r;

	if (keep_ehlo)
		snprintf(s->ehlo, sizeof(s->ehlo), " ");
	for (;;) {
		r = conn_read_line(s->c, &s->line, LIMIT_SMTP_REPLY_LINE, timeout);
		if (r < 0)
			return r;
		if (s->line.len < 3 || !isdigit((unsigned char) s->line.data[0]) ||
		    !isdigit((unsigned char) s->line.data[1]) ||
		    !isdigit((unsigned char) s->line.data[2]))
			return -EPROTO;
		code = (s->line.data[0] - '0') * 100 + (s->line.data[1] - '0') * 10 +
		       (s->line.data[2] - '0');
		off += (size_t) snprintf(s->res->text + off,
		                         off < sizeof(s->res->text) ? sizeof(s->res->text) - off
		                                                    : 0,
		                         "%s%s", off ? " " : "", s->line.data);
		if (off >= sizeof(s->res->text))
			off = sizeof(s->res->text) - 1;
		if (keep_ehlo && s->line.len > 4) {
			size_t k = strlen(s->ehlo);
			for (size_t i = 4; i < s->line.len && k < sizeof(s->ehlo) - 2; i++)
				s->ehlo[k++] = (char) toupper((unsigned char) s->line.data[i]);
			s->ehlo[k++] = ' ';
			s->ehlo[k] = '\0';
		}
		if (s->line.len == 3 || s->line.data[3] == ' ')
			break;
	}
	s->res->code = code;
	return code;
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

/* step - send a command and read its reply; classifies failures into res. */
static int step(struct smtp *s, const char *stage, int want, const char *fmt, ...) _printf_(4, 5);
static int step(struct smtp *s, const char *stage, int want, const char *fmt, ...)
{
	char cmd[1200];
	va_list ap;
	int code;

	va_start(ap, fmt);
	vsnprintf(cmd, sizeof(cmd), fmt, ap);
	va_end(ap);
	code = say(s, "%s", cmd);
	if (code == 0)
		code = reply(s, s->t->command_s, streq(stage, "ehlo"));
	if (code < 0) {
		result(s, SMTP_TEMPFAIL, stage, "connection lost at %s: %s", stage,
		       strerror(-code));
		return -EIO;
	}
	if (code / 100 == want / 100)
		return 0;
	result(s, code >= 500 ? SMTP_PERMFAIL : SMTP_TEMPFAIL, stage, "%s", s->res->text);
	return -EIO;
}

/* scrub - masks every copy of a secret (raw or encoded) in the server's words: some
 * servers quote the rejected AUTH line back, and res->text reaches logs and reports. */
static void scrub(struct smtp *s, const char *secret)
{
	size_t n = secret ? strlen(secret) : 0;
	char *p;

	if (n == 0)
		return;
	while ((p = strstr(s->res->text, secret)))
		memset(p, '*', n);
}

static int auth(struct smtp *s, const struct endpoint *srv, const char *secret)
{
	bool oauth = srv->secret == ENDPOINT_SECRET_OAUTH2_COMMAND;
	int code;

	if (oauth || offers_auth(s, "PLAIN")) {
		char *enc = sasl_initial(oauth, srv->user, secret);
		code = say(s, "AUTH %s %s", oauth ? "XOAUTH2" : "PLAIN", enc);
		if (code == 0)
			code = reply(s, s->t->command_s, false);
		if (code == 334) { /* XOAUTH2 error detail; finish with an empty line */
			code = say(s, "%s", "");
			if (code == 0)
				code = reply(s, s->t->command_s, false);
		}
		scrub(s, enc);
		sasl_free(enc);
	} else if (offers_auth(s, "LOGIN")) {
		char *u = sasl_base64(srv->user, strlen(srv->user));
		char *p = sasl_base64(secret, strlen(secret));
		code = say(s, "AUTH LOGIN %s", u);
		if (code == 0)
			code = reply(s, s->t->command_s, false);
		if (code == 334) {
			code = say(s, "%s", p);
			if (code == 0)
				code = reply(s, s->t->command_s, false);
		}
		free(u);
		scrub(s, p);
		sasl_free(p);
	} else {
		result(s, SMTP_PERMFAIL, "auth", "server offers no usable AUTH mechanism: %s",
		       s->ehlo);
		return -EIO;
	}
	scrub(s, secret);
	if (code < 0) {
		result(s, SMTP_TEMPFAIL, "auth", "connection lost during AUTH: %s",
		       strerror(-code));
		return -EIO;
	}
	if (code == 235)
		return 0;
	/* 535 bad credentials is permanent for this message only in the sense that
	 * retrying will not help until an admin acts; keep it queued (4xx-like) so the
	 * message is not filed as refused because of our own misconfiguration. */
	result(s, SMTP_TEMPFAIL, "auth", "%s", s->res->text);
	return -EIO;
}

static int transaction(struct smtp *s, const struct endpoint *srv, const char *secret,
                       const char *from, const char *const *rcpts, size_t n, const char *msg,
                       size_t len)
{
	struct buf data = BUF_INIT(0);
	bool eightbit = false, utf8 = addr_is_utf8(from);
	char params[64] = "";
	int code, r;

	for (size_t i = 0; i < n; i++)
		utf8 |= addr_is_utf8(rcpts[i]);
	if (step(s, "ehlo", 250, "EHLO %s", srv->helo ? srv->helo : "localhost") < 0)
		return -EIO;
	if (srv->tls == ENDPOINT_TLS_STARTTLS) {
		char err[512];
		if (!offers(s, "STARTTLS")) {
			result(s, SMTP_TEMPFAIL, "starttls", "server does not offer STARTTLS");
			return -EIO;
		}
		if (step(s, "starttls", 220, "STARTTLS") < 0)
			return -EIO;
		if (conn_starttls(s->c, err, sizeof(err)) < 0) {
			result(s, SMTP_TEMPFAIL, "starttls", "%s", err);
			return -EIO;
		}
		if (step(s, "ehlo", 250, "EHLO %s", srv->helo ? srv->helo : "localhost") < 0)
			return -EIO;
	}
	if (srv->user && auth(s, srv, secret ? secret : "") < 0)
		return -EIO;

	r = smtp_sink_encode(msg, len, &data, &eightbit);
	if (r < 0) {
		result(s, SMTP_PERMFAIL, "data", "message too large to encode");
		return -EIO;
	}
	if (utf8 && !offers(s, "SMTPUTF8")) {
		result(s, SMTP_PERMFAIL, "mail",
		       "an address needs SMTPUTF8, which the server does not offer");
		buf_free(&data);
		return -EIO;
	}
	if (eightbit && offers(s, "8BITMIME"))
		snprintf(params, sizeof(params), " BODY=8BITMIME");
	if (utf8)
		strncat(params, " SMTPUTF8", sizeof(params) - strlen(params) - 1);
	if (step(s, "mail", 250, "MAIL FROM:<%s>%s", from, params) < 0)
		goto fail;
	FAULT_POINT("smtp-after-mail");
	for (size_t i = 0; i < n; i++)
		if (step(s, "rcpt", 250, "RCPT TO:<%s>", rcpts[i]) < 0)
			goto fail;
	FAULT_POINT("smtp-after-rcpt");
	if (step(s, "data", 354, "DATA") < 0)
		goto fail;
	FAULT_POINT("smtp-after-data");
	r = conn_write(s->c, data.data, data.len, s->t->command_s);
	buf_free(&data);
	if (r < 0) {
		/* The final dot may or may not have left: the last bytes were in the write. */
		result(s, SMTP_AMBIGUOUS, "dot", "connection lost while sending data: %s",
		       strerror(-r));
		return -EIO;
	}
	FAULT_POINT("smtp-after-dot");
	code = reply(s, s->t->data_final_s, false);
	if (code < 0) {
		result(s, SMTP_AMBIGUOUS, "dot", "no reply after the data: %s", strerror(-code));
		return -EIO;
	}
	if (code / 100 == 2) {
		result(s, SMTP_OK, "dot", "%s", s->res->text);
		(void) say(s, "QUIT");
		return 0;
	}
	result(s, code >= 500 ? SMTP_PERMFAIL : SMTP_TEMPFAIL, "dot", "%s", s->res->text);
	(void) say(s, "QUIT");
	return -EIO;
fail:
	buf_free(&data);
	(void) say(s, "QUIT");
	return -EIO;
}

int smtp_sink_send(const struct endpoint *srv,
                   const char *secret, const char *from, const char *const *rcpts, size_t n_rcpts,
                   const char *msg, size_t len, struct smtp_result *res)
{
	struct smtp s = {.t = srv, .res = res, .line = BUF_INIT(0)};
	char err[512] = "";
	int code, r;

	*res = (struct smtp_result){.outcome = SMTP_TEMPFAIL};
	/* Nothing reaches the wire unless every address is clean. */
	if (!from || !addr_valid(from)) {
		result(&s, SMTP_PERMFAIL, "mail", "invalid envelope sender");
		return -EIO;
	}
	if (n_rcpts == 0) {
		result(&s, SMTP_PERMFAIL, "rcpt", "no recipients");
		return -EIO;
	}
	for (size_t i = 0; i < n_rcpts; i++)
		if (!addr_valid(rcpts[i])) {
			result(&s, SMTP_PERMFAIL, "rcpt", "invalid recipient address");
			return -EIO;
		}
	if (srv->helo && (strpbrk(srv->helo, "\r\n ") || !*srv->helo)) {
		result(&s, SMTP_PERMFAIL, "ehlo", "invalid helo name");
		return -EIO;
	}
	r = conn_open(srv->host, srv->port, srv->tls == ENDPOINT_TLS_IMPLICIT, srv->ca_file,
	              srv->connect_s, -1, &s.c, err, sizeof(err));
	if (r < 0) {
		result(&s, SMTP_TEMPFAIL, "connect", "%s", err);
		return -EIO;
	}
	code = reply(&s, srv->command_s, false);
	if (code != 220) {
		if (code < 0)
			result(&s, SMTP_TEMPFAIL, "connect", "no greeting: %s", strerror(-code));
		else
			result(&s, code >= 500 ? SMTP_PERMFAIL : SMTP_TEMPFAIL, "connect", "%s",
			       res->text);
		r = -EIO;
	} else {
		r = transaction(&s, srv, secret, from, rcpts, n_rcpts, msg, len);
	}
	conn_close(s.c);
	buf_free(&s.line);
	return r;
}
