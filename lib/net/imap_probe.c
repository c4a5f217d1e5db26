/*
 * imap_probe - read-only IMAP questions for the doctor; see imap_probe.h.
 *
 * One command at a time: "tag COMMAND", then responses until the tagged one. A
 * response whose line ends in a literal "{n}" has the literal read and put back in
 * the line as a quoted string, so the LIST parser sees one line.
 */
#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <strings.h>

#include "conn.h"
#include "imap_probe.h"
#include "str.h"
#include "imap_utf7.h"
#include "limit.h"
#include "sasl.h"

#define PROBE_LITERAL_MAX (64u * 1024) /* folder names and STATUS only: no messages */

struct imap_probe {
	struct conn *c;
	unsigned cmd_timeout;
	unsigned tagn;
	char tag[16];
	const char *stage;
	char greeting[512];
	char caps[2048]; /* " CAP1 CAP2 " upper case */
	char seen[4096]; /* every capability seen, " CAP1 CAP2 " */
	char delim;
	bool delim_known;
	bool bye;
	bool broken;
	char last[512];
	char challenge[512];
	struct buf line;
	struct buf resp;
	/* LIST collection */
	bool listing;
	struct imap_probe_folder *folders;
	size_t n_folders;
	/* STATUS */
	int64_t status_messages;
};

static void set_last(struct imap_probe *p, const char *fmt, ...) _printf_(2, 3);
static void set_last(struct imap_probe *p, const char *fmt, ...)
{
	char tmp[sizeof(p->last)];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(tmp, sizeof(tmp), fmt, ap);
	va_end(ap);
	memcpy(p->last, tmp, sizeof(tmp));
	str_sanitize(p->last, ' ');
}

static bool has(const char *list, const char *cap)
{
	char want[160];
	snprintf(want, sizeof(want), " %s ", cap);
	return strcasestr(list, want) != NULL;
}

static void set_caps(struct imap_probe *p, const char *list, size_t n)
{
	size_t k = 0;

	p->caps[k++] = ' ';
	for (size_t i = 0; i < n && k < sizeof(p->caps) - 2; i++) {
		if (list[i] == ']')
			break;
		p->caps[k++] = (char) toupper((unsigned char) list[i]);
	}
	p->caps[k++] = ' ';
	p->caps[k] = '\0';
	/* Remember each new one in seen. */
	for (char *s = p->caps + 1; *s;) {
		char *e = strchr(s, ' ');
		char word[128];
		if (!e)
			break;
		if (e > s && (size_t) (e - s) < sizeof(word)) {
			memcpy(word, s, (size_t) (e - s));
			word[e - s] = '\0';
			size_t sl = strlen(p->seen);
			if (!has(p->seen, word) && sl + strlen(word) + 3 < sizeof(p->seen))
				snprintf(p->seen + sl, sizeof(p->seen) - sl, "%s%s ", sl ? "" : " ",
				         word);
		}
		s = e + 1;
	}
}

/* token - one IMAP string at *pp (quoted, atom or NIL) into out; false when none. */
static bool token(const char **pp, const char *end, struct buf *out, bool *nil)
{
	const char *q = *pp;
	int r = 0;

	buf_reset(out);
	*nil = false;
	while (q < end && *q == ' ')
		q++;
	if (q >= end)
		return false;
	if (*q == '"') {
		for (q++; q < end && *q != '"' && r == 0; q++) {
			if (*q == '\\' && q + 1 < end)
				q++;
			r = buf_putc(out, *q);
		}
		if (q >= end || r < 0)
			return false;
		q++;
	} else {
		const char *s = q;
		while (q < end && *q != ' ' && *q != ')' && *q != '(')
			q++;
		if (q == s)
			return false;
		if (q - s == 3 && strncasecmp(s, "NIL", 3) == 0)
			*nil = true;
		else if (buf_append(out, s, (size_t) (q - s)) < 0)
			return false;
	}
	*pp = q;
	return true;
}

/* parse_list - "* LIST (flags) delim name" into a new folder. */
static void parse_list(struct imap_probe *p, const char *q, const char *end)
{
	struct buf tok = BUF_INIT(0), name = BUF_INIT(0);
	const char *open, *close;
	bool nil;
	char delim = 0;

	while (q < end && *q == ' ')
		q++;
	open = q < end && *q == '(' ? q : NULL;
	close = open ? memchr(open, ')', (size_t) (end - open)) : NULL;
	if (!close)
		return;
	q = close + 1;
	if (!token(&q, end, &tok, &nil))
		goto out;
	if (!nil && tok.len == 1)
		delim = tok.data[0];
	if (!token(&q, end, &tok, &nil) || nil)
		goto out;
	if (!p->delim_known && delim) {
		p->delim = delim;
		p->delim_known = true;
	}
	if (!p->listing || tok.len == 0)
		goto out;
	if (imap_utf7_decode(tok.data, &name) < 0) {
		buf_reset(&name);
		if (buf_append(&name, tok.data, tok.len) < 0)
			goto out;
	}
	char *n = buf_steal(&name);
	if (delim && delim != '/')
		for (char *s = n; *s; s++)
			if (*s == delim)
				*s = '/';
	size_t fl = (size_t) (close - open - 1);
	struct imap_probe_folder f = {.name = n, .flags = xstrndup(open + 1, fl)};
	f.selectable = !strcasestr(f.flags, "\\Noselect") && !strcasestr(f.flags, "\\NonExistent");
	p->folders = xrealloc(p->folders, (p->n_folders + 1) * sizeof(*p->folders));
	p->folders[p->n_folders++] = f;
out:
	buf_free(&tok);
	buf_free(&name);
}

static void parse_untagged(struct imap_probe *p, const char *line, size_t len)
{
	const char *s = line + 2, *end = line + len;

	if (len < 2)
		return;
	if (strncasecmp(s, "OK [CAPABILITY ", 15) == 0 ||
	    strncasecmp(s, "PREAUTH [CAPABILITY ", 20) == 0) {
		const char *c = strchr(s, '[') + 12;
		set_caps(p, c, (size_t) (end - c));
	} else if (strncasecmp(s, "CAPABILITY ", 11) == 0) {
		set_caps(p, s + 11, (size_t) (end - s - 11));
	} else if (strncasecmp(s, "BYE", 3) == 0) {
		p->bye = true;
		set_last(p, "server said: %.*s", (int) (end - s), s);
	} else if (strncasecmp(s, "LIST ", 5) == 0) {
		parse_list(p, s + 5, end);
	} else if (strncasecmp(s, "XLIST ", 6) == 0) {
		parse_list(p, s + 6, end);
	} else if (strncasecmp(s, "STATUS ", 7) == 0) {
		const char *m = strcasestr(s, "MESSAGES ");
		if (m)
			p->status_messages = strtoll(m + 9, NULL, 10);
	}
}

/* read_response - one response into p->resp, literals inlined as quoted strings. */
static int read_response(struct imap_probe *p, unsigned timeout)
{
	struct buf lit = BUF_INIT(0);
	int r;

	buf_reset(&p->resp);
	for (;;) {
		r = conn_read_line(p->c, &p->line, LIMIT_IMAP_LINE, timeout);
		if (r < 0)
			break;
		r = buf_append(&p->resp, p->line.data, p->line.len);
		if (r < 0)
			break;
		size_t n = p->line.len;
		const char *open =
		        n >= 3 && p->line.data[n - 1] == '}' ? memrchr(p->line.data, '{', n) : NULL;
		char *endp;
		unsigned long v = open ? strtoul(open + 1, &endp, 10) : 0;
		if (!open || endp == open + 1 || (*endp != '}' && *endp != '+'))
			break;
		if (v > PROBE_LITERAL_MAX) {
			r = -E2BIG;
			break;
		}
		/* Drop the "{n}" from the line; the literal goes in as a quoted string. */
		p->resp.len -= (size_t) (p->line.data + n - open);
		p->resp.data[p->resp.len] = '\0';
		buf_reset(&lit);
		r = conn_read_exact(p->c, &lit, (size_t) v, timeout);
		r = r ? r : buf_putc(&p->resp, '"');
		for (size_t i = 0; i < lit.len && r == 0; i++) {
			if (lit.data[i] == '"' || lit.data[i] == '\\')
				r = buf_putc(&p->resp, '\\');
			r = r ? r : buf_putc(&p->resp, lit.data[i]);
		}
		r = r ? r : buf_putc(&p->resp, '"');
		if (r < 0)
			break;
	}
	buf_free(&lit);
	return r;
}

static int send_line(struct imap_probe *p, const char *text, size_t n)
{
	int r = conn_write(p->c, text, n, p->cmd_timeout);
	return r ? r : conn_write(p->c, "\r\n", 2, p->cmd_timeout);
}

static int start(struct imap_probe *p, const char *fmt, ...) _printf_(2, 3);
static int start(struct imap_probe *p, const char *fmt, ...)
{
	va_list ap;
	char *cmd, *line;
	int r;

	snprintf(p->tag, sizeof(p->tag), "D%u", ++p->tagn);
	va_start(ap, fmt);
	cmd = xvasprintf(fmt, ap);
	va_end(ap);
	line = xasprintf("%s %s", p->tag, cmd);
	r = send_line(p, line, strlen(line));
	free(cmd);
	free(line);
	if (r < 0) {
		p->broken = true;
		set_last(p, "connection: %s", strerror(-r));
	}
	return r;
}

/* finish - read until the tagged reply; with plus, a "+" returns 1 (its text stays in
 * p->resp). */
static int finish(struct imap_probe *p, bool plus)
{
	size_t tl = strlen(p->tag);
	int r;

	for (;;) {
		r = read_response(p, p->cmd_timeout);
		if (r < 0) {
			p->broken = true;
			if (!p->bye)
				set_last(p, "connection: %s", strerror(-r));
			return r;
		}
		const char *l = p->resp.data;
		size_t n = p->resp.len;
		if (n >= 2 && l[0] == '*' && l[1] == ' ') {
			parse_untagged(p, l, n);
			continue;
		}
		if (n >= 1 && l[0] == '+') {
			if (plus)
				return 1;
			continue;
		}
		if (n > tl && strncmp(l, p->tag, tl) == 0 && l[tl] == ' ') {
			const char *st = l + tl + 1;
			if (strncasecmp(st, "OK", 2) == 0)
				return 0;
			set_last(p, "%s", st);
			return strncasecmp(st, "NO", 2) == 0 ? -EIO : -EPROTO;
		}
		p->broken = true;
		set_last(p, "unexpected response: %.100s", l);
		return -EPROTO;
	}
}

static int command(struct imap_probe *p, const char *fmt, ...) _printf_(2, 3);
static int command(struct imap_probe *p, const char *fmt, ...)
{
	va_list ap;
	char *cmd;
	int r;

	va_start(ap, fmt);
	cmd = xvasprintf(fmt, ap);
	va_end(ap);
	r = start(p, "%s", cmd);
	free(cmd);
	return r < 0 ? r : finish(p, false);
}

int imap_probe_open(const struct endpoint *srv, struct imap_probe **ret)
{
	struct imap_probe *p = xcalloc(1, sizeof(*p));
	char err[512] = "";
	int r;

	*ret = p;
	p->line = BUF_INIT(0);
	p->resp = BUF_INIT(0);
	p->delim = '/';
	p->cmd_timeout = srv->command_s;
	p->stage = "connect";
	r = conn_open(srv->host, srv->port, srv->tls == ENDPOINT_TLS_IMPLICIT, srv->ca_file,
	              srv->connect_s, -1, &p->c, err, sizeof(err));
	if (r < 0) {
		/* conn_open reports TLS trouble as -EPROTO/-EINVAL, TCP trouble otherwise. */
		if (srv->tls == ENDPOINT_TLS_IMPLICIT && (r == -EPROTO || r == -EINVAL))
			p->stage = "tls";
		set_last(p, "%s", err);
		return r;
	}
	p->stage = "greeting";
	r = read_response(p, srv->command_s);
	if (r < 0) {
		set_last(p, "no greeting: %s", strerror(-r));
		return r;
	}
	snprintf(p->greeting, sizeof(p->greeting), "%s", p->resp.data);
	parse_untagged(p, p->resp.data, p->resp.len);
	if (p->bye)
		return -ECONNREFUSED;
	if (srv->tls == ENDPOINT_TLS_STARTTLS) {
		p->stage = "starttls";
		if (!p->caps[0] && (r = command(p, "CAPABILITY")) < 0)
			return r;
		if (!has(p->caps, "STARTTLS")) {
			set_last(p, "server does not offer STARTTLS");
			return -EPROTO;
		}
		r = command(p, "STARTTLS");
		if (r < 0)
			return r;
		p->stage = "tls";
		r = conn_starttls(p->c, err, sizeof(err));
		if (r < 0) {
			p->broken = true;
			set_last(p, "%s", err);
			return r;
		}
		p->caps[0] = '\0'; /* not to be trusted from before TLS */
	}
	p->stage = "capability";
	if (!p->caps[0] && (r = command(p, "CAPABILITY")) < 0)
		return r;
	p->stage = "open";
	return 0;
}

const char *imap_probe_stage(const struct imap_probe *p)
{
	return p->stage;
}

const char *imap_probe_greeting(const struct imap_probe *p)
{
	return p->greeting;
}

bool imap_probe_is_tls(const struct imap_probe *p)
{
	return p->c && conn_is_tls(p->c);
}

void imap_probe_cert_names(const struct imap_probe *p, char *out, size_t outlen)
{
	if (!p->c || conn_peer_names(p->c, out, outlen) < 0)
		snprintf(out, outlen, "%s", "");
}

/* scrub - masks every copy of s in last: servers may quote a refused command. */
static void scrub(struct imap_probe *p, const char *s)
{
	size_t n = s ? strlen(s) : 0;
	char *q;

	if (n == 0)
		return;
	while ((q = strstr(p->last, s)))
		memset(q, '*', n);
}

static int quote(struct buf *b, const char *v)
{
	int r = buf_putc(b, '"');

	for (; *v && r == 0; v++) {
		if ((unsigned char) *v < 0x20 || (unsigned char) *v >= 0x7f)
			return -EINVAL;
		if (*v == '"' || *v == '\\')
			r = buf_putc(b, '\\');
		r = r ? r : buf_putc(b, *v);
	}
	return r ? r : buf_putc(b, '"');
}

static int login_cmd(struct imap_probe *p, const char *user, const char *secret)
{
	struct buf line = BUF_INIT(0);
	int r;

	if (has(p->caps, "LOGINDISABLED")) {
		set_last(p, "server offers neither AUTH=PLAIN nor LOGIN (LOGINDISABLED)");
		return -EPROTO;
	}
	snprintf(p->tag, sizeof(p->tag), "D%u", ++p->tagn);
	r = buf_printf(&line, "%s LOGIN ", p->tag);
	r = r ? r : quote(&line, user);
	r = r ? r : buf_putc(&line, ' ');
	r = r ? r : quote(&line, secret);
	if (r == -EINVAL)
		set_last(p, "user name or password has bytes LOGIN cannot carry, and the server "
		            "offers no AUTH=PLAIN");
	if (r == 0)
		r = send_line(p, line.data, line.len);
	if (line.data)
		explicit_bzero(line.data, line.len);
	buf_free(&line);
	return r == 0 ? finish(p, false) : r;
}

int imap_probe_login(struct imap_probe *p, const struct endpoint *srv, const char *secret,
                     const char **ret_mech)
{
	bool oauth = srv->secret == ENDPOINT_SECRET_OAUTH2_COMMAND;
	const char *mech = oauth ? "XOAUTH2" : "PLAIN";
	char *enc;
	int r;

	p->challenge[0] = '\0';
	secret = secret ? secret : "";
	if (oauth && !has(p->caps, "AUTH=XOAUTH2")) {
		*ret_mech = "XOAUTH2";
		set_last(p, "server does not offer AUTH=XOAUTH2 (it offers:%s)", p->caps);
		return -EPROTO;
	}
	if (!oauth && !has(p->caps, "AUTH=PLAIN")) {
		*ret_mech = "LOGIN";
		r = login_cmd(p, srv->user, secret);
		scrub(p, secret);
		goto done;
	}
	*ret_mech = oauth ? "AUTHENTICATE XOAUTH2" : "AUTHENTICATE PLAIN";
	enc = sasl_initial(oauth, srv->user, secret);
	if (has(p->caps, "SASL-IR")) {
		char *line;
		snprintf(p->tag, sizeof(p->tag), "D%u", ++p->tagn);
		line = xasprintf("%s AUTHENTICATE %s %s", p->tag, mech, enc);
		r = send_line(p, line, strlen(line));
		explicit_bzero(line, strlen(line));
		free(line);
	} else {
		r = start(p, "AUTHENTICATE %s", mech);
		r = r ? r : finish(p, true);
		if (r == 1)
			r = send_line(p, enc, strlen(enc));
	}
	if (r >= 0) {
		r = finish(p, true);
		if (r == 1) {
			/* XOAUTH2's error: "+ <base64 JSON>"; answer with an empty line. */
			const char *c = p->resp.data + 1;
			while (*c == ' ')
				c++;
			if (sasl_xoauth2_error(c, p->challenge, sizeof(p->challenge)) < 0)
				snprintf(p->challenge, sizeof(p->challenge), "%.200s", c);
			str_sanitize(p->challenge, ' ');
			(void) send_line(p, "", 0);
			r = finish(p, false);
			if (r == 0)
				r = -EIO;
		}
	}
	scrub(p, enc);
	scrub(p, secret);
	sasl_free(enc);
done:
	if (r < 0)
		return r;
	p->caps[0] = '\0'; /* servers announce more after login */
	return command(p, "CAPABILITY");
}

const char *imap_probe_challenge(const struct imap_probe *p)
{
	return p->challenge;
}

const char *imap_probe_caps(const struct imap_probe *p)
{
	return p->caps[0] ? p->caps : " ";
}

const char *imap_probe_caps_seen(const struct imap_probe *p)
{
	return p->seen[0] ? p->seen : " ";
}

bool imap_probe_has(const struct imap_probe *p, const char *cap)
{
	return has(p->caps, cap);
}

const char *imap_probe_cap_value(const struct imap_probe *p, const char *name)
{
	char want[64];
	const char *s;

	snprintf(want, sizeof(want), " %s=", name);
	s = strcasestr(p->caps, want);
	return s ? s + strlen(want) : NULL;
}

/* mailbox - a folder name as a quoted IMAP string: '/' mapped to the server's
 * delimiter, then modified UTF-7. */
static char *mailbox(const struct imap_probe *p, const char *folder)
{
	struct buf u = BUF_INIT(0), q = BUF_INIT(0);
	char *mapped = xstrdup(folder);
	int r;

	for (char *s = mapped; *s; s++)
		if (*s == '/')
			*s = p->delim;
	r = imap_utf7_encode(mapped, &u);
	free(mapped);
	r = r ? r : buf_putc(&q, '"');
	for (size_t i = 0; i < u.len && r == 0; i++) {
		if (u.data[i] == '"' || u.data[i] == '\\')
			r = buf_putc(&q, '\\');
		r = r ? r : buf_putc(&q, u.data[i]);
	}
	r = r ? r : buf_putc(&q, '"');
	(void) r; /* no maximum: only out of memory, which aborts first */
	buf_free(&u);
	return buf_steal(&q);
}

static int learn_delim(struct imap_probe *p)
{
	return p->delim_known ? 0 : command(p, "LIST \"\" \"\"");
}

void imap_probe_folders_free(struct imap_probe_folder *f, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(f[i].name);
		free(f[i].flags);
	}
	free(f);
}

int imap_probe_list(struct imap_probe *p, struct imap_probe_folder **ret, size_t *ret_n)
{
	int r = learn_delim(p);

	if (r < 0)
		return r;
	p->listing = true;
	if (has(p->caps, "SPECIAL-USE") && has(p->caps, "LIST-EXTENDED"))
		r = command(p, "LIST \"\" \"*\" RETURN (SPECIAL-USE)");
	else if (has(p->caps, "XLIST") && !has(p->caps, "SPECIAL-USE"))
		r = command(p, "XLIST \"\" \"*\"");
	else
		r = command(p, "LIST \"\" \"*\"");
	p->listing = false;
	if (r < 0) {
		imap_probe_folders_free(p->folders, p->n_folders);
	} else {
		*ret = p->folders;
		*ret_n = p->n_folders;
	}
	p->folders = NULL;
	p->n_folders = 0;
	return r;
}

int imap_probe_status(struct imap_probe *p, const char *folder, uint32_t *ret_messages)
{
	char *mb;
	int r = learn_delim(p);

	if (r < 0)
		return r;
	mb = mailbox(p, folder);
	p->status_messages = -1;
	r = command(p, "STATUS %s (MESSAGES)", mb);
	free(mb);
	if (r == 0 && p->status_messages < 0) {
		set_last(p, "STATUS %s: no MESSAGES in the answer", folder);
		r = -EPROTO;
	}
	if (r == 0)
		*ret_messages = p->status_messages > UINT32_MAX ? UINT32_MAX
		                                                : (uint32_t) p->status_messages;
	return r;
}

int imap_probe_create(struct imap_probe *p, const char *folder)
{
	char *mb;
	int r = learn_delim(p);

	if (r < 0)
		return r;
	mb = mailbox(p, folder);
	r = command(p, "CREATE %s", mb);
	if (r == 0)
		(void) command(p, "SUBSCRIBE %s", mb);
	free(mb);
	return r;
}

const char *imap_probe_last(const struct imap_probe *p)
{
	return p && p->last[0] ? p->last : "no reply";
}

void imap_probe_close(struct imap_probe *p)
{
	if (!p)
		return;
	if (p->c && !p->bye && !p->broken && p->stage && streq(p->stage, "open")) {
		p->cmd_timeout = p->cmd_timeout < 5 ? p->cmd_timeout : 5;
		if (start(p, "LOGOUT") == 0)
			(void) finish(p, false);
	}
	conn_close(p->c);
	imap_probe_folders_free(p->folders, p->n_folders);
	buf_free(&p->line);
	buf_free(&p->resp);
	free(p);
}
