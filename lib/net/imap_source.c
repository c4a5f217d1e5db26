/*
 * imap_source - a small IMAP client for the watch folder; see imap_source.h.
 *
 * One command at a time: send "tag COMMAND", read responses until the tagged one.
 * Untagged responses may come at any point (also before a "+" continuation) and only
 * update what we track: capabilities, UIDVALIDITY, EXISTS, SEARCH results, the FETCH
 * literal. Credentials go over the wire once, base64 in AUTHENTICATE, and are never
 * copied into last_reply or anywhere else.
 */
#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <strings.h>
#include <time.h>

#include "conn.h"
#include "fault.h"
#include "imap_source.h"
#include "imap_utf7.h"
#include "sasl.h"

#include "limit.h"

struct imap_source {
	struct conn *c;
	unsigned cmd_timeout;
	bool idle; /* the configuration allows IDLE (endpoint.idle) */
	unsigned tagn;
	char tag[16];
	char caps[2048]; /* " CAP1 CAP2 ... " upper case */
	char delim;
	uint32_t uidvalidity, uidnext;
	bool news;
	uint32_t *search;
	size_t n_search;
	struct buf literal;
	bool have_literal;
	bool list_found;
	bool bye;
	char last[512];
	struct buf line;
	struct buf resp;
};

static void set_last(struct imap_source *s, const char *fmt, ...) _printf_(2, 3);
static void set_last(struct imap_source *s, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(s->last, sizeof(s->last), fmt, ap);
	va_end(ap);
	/* The server's words may carry anything; logs and reports get one clean line. */
	for (char *p = s->last; *p; p++)
		if ((unsigned char) *p < 0x20 || *p == 0x7f)
			*p = ' ';
}

static bool has_cap(const struct imap_source *s, const char *cap)
{
	char want[64];
	snprintf(want, sizeof(want), " %s ", cap);
	return strcasestr(s->caps, want) != NULL;
}

static void set_caps(struct imap_source *s, const char *list, size_t n)
{
	size_t k = 0;

	s->caps[k++] = ' ';
	for (size_t i = 0; i < n && k < sizeof(s->caps) - 2; i++) {
		if (list[i] == ']')
			break;
		s->caps[k++] = (char) toupper((unsigned char) list[i]);
	}
	s->caps[k++] = ' ';
	s->caps[k] = '\0';
}

static uint32_t num(const char *p)
{
	unsigned long v = strtoul(p, NULL, 10);
	return v > UINT32_MAX ? 0 : (uint32_t) v;
}

int imap_source_parse_untagged(struct imap_source *s, const char *line, size_t len)
{
	const char *p = line + 2, *end = line + len;
	const char *sp;

	if (len < 2)
		return 0;
	if (strncasecmp(p, "OK [", 4) == 0 || strncasecmp(p, "NO [", 4) == 0) {
		const char *code = p + 4;
		if (strncasecmp(code, "UIDVALIDITY ", 12) == 0)
			s->uidvalidity = num(code + 12);
		else if (strncasecmp(code, "UIDNEXT ", 8) == 0)
			s->uidnext = num(code + 8);
		else if (strncasecmp(code, "CAPABILITY ", 11) == 0)
			set_caps(s, code + 11, (size_t) (end - code - 11));
		return 0;
	}
	if (strncasecmp(p, "CAPABILITY ", 11) == 0) {
		set_caps(s, p + 11, (size_t) (end - p - 11));
		return 0;
	}
	if (strncasecmp(p, "BYE", 3) == 0) {
		s->bye = true;
		set_last(s, "server said: %.*s", (int) (end - p), p);
		return 0;
	}
	if (strncasecmp(p, "SEARCH", 6) == 0) {
		for (const char *q = p + 6; q < end;) {
			while (q < end && *q == ' ')
				q++;
			if (q < end && isdigit((unsigned char) *q)) {
				if ((s->n_search & (s->n_search + 1)) == 0 || !s->search)
					s->search = xrealloc(s->search, (s->n_search * 2 + 2) *
					                                        sizeof(uint32_t));
				s->search[s->n_search++] = num(q);
			}
			while (q < end && *q != ' ')
				q++;
		}
		return 0;
	}
	if (strncasecmp(p, "LIST ", 5) == 0 || strncasecmp(p, "LSUB ", 5) == 0) {
		/* * LIST (\flags) "/" name */
		const char *q = memchr(p, ')', (size_t) (end - p));
		/* A \Noselect parent (made implicitly by creating "a/b") is not a folder we
		 * can use: CREATE makes it one. */
		if (!q || (!memmem(p, (size_t) (q - p), "\\Noselect", 9) &&
		           !memmem(p, (size_t) (q - p), "\\NoSelect", 9) &&
		           !memmem(p, (size_t) (q - p), "\\NonExistent", 12)))
			s->list_found = true;
		if (q && q + 2 < end) {
			q += 2;
			if (q + 2 < end && q[0] == '"' && q[2] == '"')
				s->delim = q[1];
			else if (q + 3 < end && q[0] == '"' && q[1] == '\\' && q[3] == '"')
				s->delim = q[2];
		}
		return 0;
	}
	/* "* n EXISTS", "* n EXPUNGE", "* n RECENT", "* n FETCH (...)" */
	sp = memchr(p, ' ', (size_t) (end - p));
	if (sp && isdigit((unsigned char) *p)) {
		if (strncasecmp(sp + 1, "EXISTS", 6) == 0 ||
		    strncasecmp(sp + 1, "EXPUNGE", 7) == 0 || strncasecmp(sp + 1, "RECENT", 6) == 0)
			s->news = true;
	}
	return 0;
}

/* read_response - one response, literals included: the line pieces go to s->resp, the
 * last literal's bytes to s->literal. */
static int read_response(struct imap_source *s, unsigned timeout)
{
	int r;

	buf_reset(&s->resp);
	s->have_literal = false;
	for (;;) {
		size_t n, lit;
		const char *open;

		r = conn_read_line(s->c, &s->line, LIMIT_IMAP_LINE, timeout);
		if (r < 0)
			return r;
		r = buf_append(&s->resp, s->line.data, s->line.len);
		if (r < 0)
			return r;
		n = s->line.len;
		if (n < 3 || s->line.data[n - 1] != '}')
			return 0;
		open = memrchr(s->line.data, '{', n);
		if (!open)
			return 0;
		char *endp;
		unsigned long v = strtoul(open + 1, &endp, 10);
		if (endp == open + 1 || (*endp != '}' && *endp != '+'))
			return 0;
		if (v > LIMIT_IMAP_LITERAL)
			return -E2BIG;
		lit = (size_t) v;
		buf_reset(&s->literal);
		r = conn_read_exact(s->c, &s->literal, lit, timeout);
		if (r < 0)
			return r;
		s->have_literal = true;
		/* Short literals (folder names) are inlined so the line parsers see them. */
		if (lit <= 1024) {
			r = buf_putc(&s->resp, '"');
			r = r ? r
			      : buf_append(&s->resp, s->literal.data ? s->literal.data : "", lit);
			r = r ? r : buf_putc(&s->resp, '"');
			if (r < 0)
				return r;
		}
	}
}

static int send_line(struct imap_source *s, const char *text, size_t n)
{
	int r = conn_write(s->c, text, n, s->cmd_timeout);
	return r ? r : conn_write(s->c, "\r\n", 2, s->cmd_timeout);
}

/* start - send "tag command". */
static int start(struct imap_source *s, const char *fmt, ...) _printf_(2, 3);
static int start(struct imap_source *s, const char *fmt, ...)
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
		r = send_line(s, b.data, b.len);
	buf_free(&b);
	return r;
}

/* finish - read until the tagged reply (or a "+" when plus is set: returns 1). */
static int finish(struct imap_source *s, bool plus, unsigned timeout)
{
	size_t tl = strlen(s->tag);
	int r;

	for (;;) {
		r = read_response(s, timeout);
		if (r < 0) {
			if (!s->bye)
				set_last(s, "connection: %s", strerror(-r));
			return r;
		}
		const char *l = s->resp.data;
		size_t n = s->resp.len;
		if (n >= 2 && l[0] == '*' && l[1] == ' ') {
			imap_source_parse_untagged(s, l, n);
			continue;
		}
		if (n >= 1 && l[0] == '+') {
			if (plus)
				return 1;
			continue;
		}
		if (n > tl && strncmp(l, s->tag, tl) == 0 && l[tl] == ' ') {
			const char *st = l + tl + 1;
			if (strncasecmp(st, "OK", 2) == 0)
				return 0;
			set_last(s, "%s", st);
			return strncasecmp(st, "NO", 2) == 0 ? -EIO : -EPROTO;
		}
		/* Anything else is a protocol violation. */
		set_last(s, "unexpected response: %.100s", l);
		return -EPROTO;
	}
}

static int command(struct imap_source *s, const char *fmt, ...) _printf_(2, 3);
static int command(struct imap_source *s, const char *fmt, ...)
{
	va_list ap;
	char *cmd;
	int r;

	va_start(ap, fmt);
	if (vasprintf(&cmd, fmt, ap) < 0)
		abort();
	va_end(ap);
	r = start(s, "%s", cmd);
	free(cmd);
	return r < 0 ? r : finish(s, false, s->cmd_timeout);
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
		r = send_line(s, line.data, line.len);
	if (line.data)
		explicit_bzero(line.data, line.len);
	buf_free(&line);
	if (r == 0)
		r = finish(s, false, s->cmd_timeout);
	scrub(s, secret);
	return r;
}

static int authenticate(struct imap_source *s, const struct endpoint *srv, const char *secret)
{
	bool oauth = srv->secret == ENDPOINT_SECRET_OAUTH2_COMMAND;
	const char *mech = oauth ? "XOAUTH2" : "PLAIN";
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
			r = send_line(s, line.data, line.len);
		explicit_bzero(line.data, line.len);
		buf_free(&line);
	} else {
		r = start(s, "AUTHENTICATE %s", mech);
		if (r == 0)
			r = finish(s, true, s->cmd_timeout);
		if (r == 1)
			r = send_line(s, enc, strlen(enc));
	}
	if (r < 0) {
		sasl_free(enc);
		return r;
	}
	/* XOAUTH2 failures send "+ <json>" first; answer with an empty line. */
	r = finish(s, true, s->cmd_timeout);
	if (r == 1) {
		(void) send_line(s, "", 0);
		r = finish(s, false, s->cmd_timeout);
		if (r == 0)
			r = -EIO;
	}
	scrub(s, enc);
	scrub(s, secret);
	sasl_free(enc);
	return r;
}

struct imap_source *imap_source_new_for_test(void)
{
	struct imap_source *s = xcalloc(1, sizeof(*s));
	s->delim = '/';
	s->line = BUF_INIT(0);
	s->resp = BUF_INIT(0);
	s->literal = BUF_INIT(0);
	return s;
}

int imap_source_open(const struct endpoint *srv,
                     const char *secret, int wake_fd, struct imap_source **ret)
{
	struct imap_source *s = imap_source_new_for_test();
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
	r = read_response(s, srv->command_s);
	if (r < 0) {
		set_last(s, "no greeting: %s", strerror(-r));
		return r;
	}
	imap_source_parse_untagged(s, s->resp.data, s->resp.len);
	if (s->bye)
		return -ECONNREFUSED;
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

int imap_source_select(struct imap_source *s, const char *folder, uint32_t *ret_uidvalidity,
                       uint32_t *ret_uidnext)
{
	char *mb = mailbox(s, folder);
	int r;

	s->uidvalidity = s->uidnext = 0;
	r = command(s, "SELECT %s", mb);
	free(mb);
	if (r < 0)
		return r;
	if (!s->uidvalidity) {
		set_last(s, "SELECT %s: no UIDVALIDITY", folder);
		return -EPROTO;
	}
	*ret_uidvalidity = s->uidvalidity;
	*ret_uidnext = s->uidnext;
	s->news = false;
	return 0;
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

int imap_source_search(struct imap_source *s, uint32_t min_uid, uint32_t **ret_uids, size_t *ret_n)
{
	size_t k = 0;
	int r;

	free(s->search);
	s->search = NULL;
	s->n_search = 0;
	r = command(s, "UID SEARCH UID %u:*", min_uid ? min_uid : 1);
	if (r < 0)
		return r;
	/* "n:*" always includes the highest UID, even below n (RFC 3501 6.4.8). */
	for (size_t i = 0; i < s->n_search; i++)
		if (s->search[i] >= min_uid)
			s->search[k++] = s->search[i];
	for (size_t i = 1; i < k; i++) /* servers return ascending; make sure */
		for (size_t j = i; j > 0 && s->search[j - 1] > s->search[j]; j--) {
			uint32_t t = s->search[j];
			s->search[j] = s->search[j - 1];
			s->search[j - 1] = t;
		}
	*ret_uids = s->search ? s->search : xcalloc(1, sizeof(uint32_t));
	*ret_n = k;
	s->search = NULL;
	s->n_search = 0;
	return 0;
}

int imap_source_fetch(struct imap_source *s, uint32_t uid, char **ret_raw, size_t *ret_len)
{
	int r;

	buf_reset(&s->literal);
	r = start(s, "UID FETCH %u (BODY.PEEK[])", uid);
	if (r < 0)
		return r;
	/* The FETCH response carries the literal; keep it aside before other responses. */
	struct buf body = BUF_INIT(0);
	bool got = false;
	size_t tl = strlen(s->tag);
	for (;;) {
		r = read_response(s, s->cmd_timeout);
		if (r < 0) {
			set_last(s, "connection: %s", strerror(-r));
			buf_free(&body);
			return r;
		}
		const char *l = s->resp.data;
		if (s->resp.len > 2 && l[0] == '*' && strcasestr(l, " FETCH ") && s->have_literal &&
		    strcasestr(l, "BODY[]")) {
			buf_free(&body);
			body = s->literal;
			s->literal = BUF_INIT(0);
			got = true;
			continue;
		}
		if (s->resp.len > 1 && l[0] == '*') {
			imap_source_parse_untagged(s, l, s->resp.len);
			continue;
		}
		if (s->resp.len > tl && strncmp(l, s->tag, tl) == 0) {
			if (strncasecmp(l + tl + 1, "OK", 2) != 0) {
				set_last(s, "%s", l + tl + 1);
				buf_free(&body);
				return strncasecmp(l + tl + 1, "NO", 2) == 0 ? -EIO : -EPROTO;
			}
			break;
		}
	}
	if (!got) {
		buf_free(&body);
		set_last(s, "UID %u is gone", uid);
		return -ENOENT;
	}
	*ret_len = body.len;
	*ret_raw = buf_steal(&body);
	return 0;
}

int imap_source_move(struct imap_source *s, uint32_t uid, const char *folder)
{
	char *mb = mailbox(s, folder);
	int r;

	if (has_cap(s, "MOVE")) {
		r = start(s, "UID MOVE %u %s", uid, mb);
		FAULT_POINT("mid-move");
		if (r == 0)
			r = finish(s, false, s->cmd_timeout);
	} else if (has_cap(s, "UIDPLUS")) {
		r = command(s, "UID COPY %u %s", uid, mb);
		FAULT_POINT("mid-move");
		if (r == 0)
			r = command(s, "UID STORE %u +FLAGS.SILENT (\\Deleted)", uid);
		/* UID EXPUNGE removes only this message, never someone else's \Deleted. */
		if (r == 0)
			r = command(s, "UID EXPUNGE %u", uid);
	} else {
		set_last(s, "server has neither MOVE nor UIDPLUS; cannot move safely");
		r = -ENOTSUP;
	}
	free(mb);
	return r;
}

int imap_source_append(struct imap_source *s, const char *folder, const char *msg, size_t len)
{
	struct buf crlf = BUF_INIT(0);
	char *mb = mailbox(s, folder);
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
	if (r == 0)
		r = start(s, "APPEND %s {%zu%s}", mb, crlf.len, has_cap(s, "LITERAL+") ? "+" : "");
	free(mb);
	if (r == 0 && !has_cap(s, "LITERAL+")) {
		r = finish(s, true, s->cmd_timeout);
		if (r == 0)
			r = -EPROTO; /* tagged reply instead of "+": refused */
		else if (r == 1)
			r = 0;
	}
	if (r == 0)
		r = conn_write(s->c, crlf.data ? crlf.data : "", crlf.len, s->cmd_timeout);
	if (r == 0)
		r = send_line(s, "", 0);
	if (r == 0)
		r = finish(s, false, s->cmd_timeout);
	buf_free(&crlf);
	return r;
}

static int64_t mono_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t) ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
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
	r = start(s, "IDLE");
	if (r == 0)
		r = finish(s, true, s->cmd_timeout);
	if (r == 0)
		return -EPROTO; /* tagged OK without "+": not idling */
	if (r < 0)
		return r;
	/* Data that came with "+" is already parsed; only then wait on the socket. The
	 * deadline is fixed: keepalives ("* OK Still here") must not stretch the wait. */
	int got = s->news ? 1 : 0, woke = 0;
	int64_t deadline = mono_ms() + (int64_t) timeout_s * 1000;
	while (!got) {
		int64_t now = mono_ms();
		r = now >= deadline ? 0 : conn_wait_ms(s->c, (int) (deadline - now));
		if (r == -EINTR) {
			woke = 1;
			break;
		}
		if (r < 0)
			return r;
		if (r == 0)
			break;
		r = read_response(s, s->cmd_timeout);
		if (r < 0)
			return r;
		if (s->resp.len > 1 && s->resp.data[0] == '*')
			imap_source_parse_untagged(s, s->resp.data, s->resp.len);
		if (s->bye)
			return -ECONNRESET;
		got = s->news ? 1 : 0;
	}
	r = send_line(s, "DONE", 4);
	if (r == 0)
		r = finish(s, false, s->cmd_timeout);
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
		if (start(s, "LOGOUT") == 0)
			(void) finish(s, false, 5);
	}
	conn_close(s->c);
	free(s->search);
	buf_free(&s->literal);
	buf_free(&s->line);
	buf_free(&s->resp);
	free(s);
	return NULL;
}
