/*
 * smtp_probe - EHLO, STARTTLS and AUTH without a transaction; see smtp_probe.h.
 */
#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <strings.h>
#include <unistd.h>

#include "conn.h"
#include "limit.h"
#include "sasl.h"
#include "smtp_probe.h"
#include "str.h"

struct smtp_probe {
	struct conn *c;
	unsigned cmd_timeout;
	const char *stage;
	bool broken;
	char name[256];  /* the first EHLO line's text */
	char ehlo[2048]; /* one keyword line per '\n', keyword upper case */
	char text[1024]; /* the last reply, lines joined with spaces */
	char last[1024];
	char challenge[512];
	struct buf line;
};

static void clean(char *s)
{
	str_sanitize(s, ' ');
}

static void set_last(struct smtp_probe *p, const char *fmt, ...) _printf_(2, 3);
static void set_last(struct smtp_probe *p, const char *fmt, ...)
{
	char tmp[sizeof(p->last)];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(tmp, sizeof(tmp), fmt, ap);
	va_end(ap);
	memcpy(p->last, tmp, sizeof(tmp));
	clean(p->last);
}

/* reply - one (multi-line) reply: its code, or -errno. With ehlo, the keyword lines
 * are kept. */
static int reply(struct smtp_probe *p, bool ehlo)
{
	size_t off = 0, eoff = 0;
	int code = 0, r;

	p->text[0] = '\0';
	if (ehlo)
		p->ehlo[0] = p->name[0] = '\0';
	for (bool first = true;; first = false) {
		r = conn_read_line(p->c, &p->line, LIMIT_SMTP_REPLY_LINE, p->cmd_timeout);
		if (r < 0) {
			p->broken = true;
			set_last(p, "connection: %s", strerror(-r));
			return r;
		}
		const char *l = p->line.data;
		if (p->line.len < 3 || !isdigit((unsigned char) l[0]) ||
		    !isdigit((unsigned char) l[1]) || !isdigit((unsigned char) l[2])) {
			p->broken = true;
			set_last(p, "not an SMTP reply: %.100s", l);
			return -EPROTO;
		}
		code = (l[0] - '0') * 100 + (l[1] - '0') * 10 + (l[2] - '0');
		if (off < sizeof(p->text))
			off += (size_t) snprintf(p->text + off, sizeof(p->text) - off, "%s%s",
			                         off ? " " : "", l);
		if (ehlo && p->line.len > 4) {
			if (first) {
				snprintf(p->name, sizeof(p->name), "%s", l + 4);
			} else if (eoff < sizeof(p->ehlo)) {
				size_t k = eoff;
				for (size_t i = 4; i < p->line.len && k + 2 < sizeof(p->ehlo); i++)
					p->ehlo[k++] = l[i];
				p->ehlo[k++] = '\n';
				p->ehlo[k] = '\0';
				/* upper-case the keyword only; parameters stay as sent */
				for (size_t i = eoff;
				     i < k && p->ehlo[i] != ' ' && p->ehlo[i] != '\n'; i++)
					p->ehlo[i] = (char) toupper((unsigned char) p->ehlo[i]);
				eoff = k;
			}
		}
		if (p->line.len == 3 || l[3] == ' ')
			break;
	}
	clean(p->text);
	clean(p->name);
	return code;
}

static int say(struct smtp_probe *p, const char *fmt, ...) _printf_(2, 3);
static int say(struct smtp_probe *p, const char *fmt, ...)
{
	va_list ap;
	char *cmd;
	int r;

	va_start(ap, fmt);
	cmd = xvasprintf(fmt, ap);
	va_end(ap);
	r = conn_write(p->c, cmd, strlen(cmd), p->cmd_timeout);
	r = r ? r : conn_write(p->c, "\r\n", 2, p->cmd_timeout);
	explicit_bzero(cmd, strlen(cmd));
	free(cmd);
	if (r < 0) {
		p->broken = true;
		set_last(p, "connection: %s", strerror(-r));
	}
	return r;
}

static int ehlo(struct smtp_probe *p, const struct endpoint *srv)
{
	int code = say(p, "EHLO %s", srv->helo ? srv->helo : "localhost");

	code = code < 0 ? code : reply(p, true);
	if (code < 0)
		return code;
	if (code != 250) {
		set_last(p, "%s", p->text);
		return -EIO;
	}
	return 0;
}

int smtp_probe_open(const struct endpoint *srv, struct smtp_probe **ret)
{
	struct smtp_probe *p = xcalloc(1, sizeof(*p));
	char err[512] = "";
	int r;

	*ret = p;
	p->line = BUF_INIT(0);
	p->cmd_timeout = srv->command_s;
	p->stage = "connect";
	r = conn_open(srv->host, srv->port, srv->tls == ENDPOINT_TLS_IMPLICIT, srv->ca_file,
	              srv->connect_s, -1, &p->c, err, sizeof(err));
	if (r < 0) {
		if (srv->tls == ENDPOINT_TLS_IMPLICIT && (r == -EPROTO || r == -EINVAL))
			p->stage = "tls";
		set_last(p, "%s", err);
		return r;
	}
	p->stage = "greeting";
	r = reply(p, false);
	if (r < 0)
		return r;
	if (r != 220) {
		set_last(p, "%s", p->text);
		return -ECONNREFUSED;
	}
	p->stage = "ehlo";
	r = ehlo(p, srv);
	if (r < 0)
		return r;
	if (srv->tls == ENDPOINT_TLS_STARTTLS) {
		p->stage = "starttls";
		if (!smtp_probe_keyword(p, "STARTTLS", NULL, 0)) {
			set_last(p, "server does not offer STARTTLS");
			return -EPROTO;
		}
		r = say(p, "STARTTLS");
		r = r < 0 ? r : reply(p, false);
		if (r < 0)
			return r;
		if (r != 220) {
			set_last(p, "%s", p->text);
			return -EIO;
		}
		p->stage = "tls";
		r = conn_starttls(p->c, err, sizeof(err));
		if (r < 0) {
			p->broken = true;
			set_last(p, "%s", err);
			return r;
		}
		p->stage = "ehlo";
		r = ehlo(p, srv); /* what was offered in clear is not to be trusted */
		if (r < 0)
			return r;
	}
	p->stage = "open";
	return 0;
}

const char *smtp_probe_stage(const struct smtp_probe *p)
{
	return p->stage;
}

bool smtp_probe_is_tls(const struct smtp_probe *p)
{
	return p->c && conn_is_tls(p->c);
}

void smtp_probe_cert_names(const struct smtp_probe *p, char *out, size_t outlen)
{
	if (!p->c || conn_peer_names(p->c, out, outlen) < 0)
		snprintf(out, outlen, "%s", "");
}

const char *smtp_probe_ehlo_name(const struct smtp_probe *p)
{
	return p->name;
}

bool smtp_probe_keyword(const struct smtp_probe *p, const char *kw, char *param, size_t len_p)
{
	size_t n = strlen(kw);

	for (const char *l = p->ehlo; *l;) {
		const char *e = strchr(l, '\n');
		size_t len = e ? (size_t) (e - l) : strlen(l);
		if (len >= n && strncasecmp(l, kw, n) == 0 && (len == n || l[n] == ' ')) {
			size_t k = len > n ? len - n - 1 : 0;
			if (param && len_p)
				snprintf(param, len_p, "%.*s", (int) k, len > n ? l + n + 1 : "");
			return true;
		}
		if (!e)
			break;
		l = e + 1;
	}
	return false;
}

static bool offers_mech(const struct smtp_probe *p, const char *mech)
{
	char a[512], list[520], want[64];

	if (!smtp_probe_keyword(p, "AUTH", a, sizeof(a)))
		return false;
	snprintf(list, sizeof(list), " %s ", a);
	snprintf(want, sizeof(want), " %s ", mech);
	return strcasestr(list, want) != NULL;
}

/* scrub - masks every copy of s in the server's words. */
static void scrub(struct smtp_probe *p, const char *s)
{
	size_t n = s ? strlen(s) : 0;
	char *q;

	if (n == 0)
		return;
	while ((q = strstr(p->last, s)))
		memset(q, '*', n);
	while ((q = strstr(p->text, s)))
		memset(q, '*', n);
}

int smtp_probe_auth(struct smtp_probe *p, const struct endpoint *srv, const char *secret,
                    const char **ret_mech)
{
	bool oauth = srv->secret == ENDPOINT_SECRET_OAUTH2_COMMAND;
	char *enc = NULL, *u = NULL;
	int code;

	p->challenge[0] = '\0';
	secret = secret ? secret : "";
	if (oauth || offers_mech(p, "PLAIN")) {
		*ret_mech = oauth ? "XOAUTH2" : "PLAIN";
		enc = sasl_initial(oauth, srv->user, secret);
		code = say(p, "AUTH %s %s", *ret_mech, enc);
		code = code < 0 ? code : reply(p, false);
		if (code == 334) { /* XOAUTH2's error detail; finish with an empty line */
			const char *c = p->text + 3;
			while (*c == ' ')
				c++;
			if (sasl_xoauth2_error(c, p->challenge, sizeof(p->challenge)) < 0)
				snprintf(p->challenge, sizeof(p->challenge), "%.200s", c);
			clean(p->challenge);
			code = say(p, "%s", "");
			code = code < 0 ? code : reply(p, false);
		}
	} else if (offers_mech(p, "LOGIN")) {
		*ret_mech = "LOGIN";
		u = sasl_base64(srv->user, strlen(srv->user));
		enc = sasl_base64(secret, strlen(secret));
		code = say(p, "AUTH LOGIN %s", u);
		code = code < 0 ? code : reply(p, false);
		if (code == 334) {
			code = say(p, "%s", enc);
			code = code < 0 ? code : reply(p, false);
		}
	} else {
		*ret_mech = "none";
		set_last(p, "server offers no AUTH mechanism aliasgated speaks (PLAIN, LOGIN, "
		            "XOAUTH2)");
		return -EIO;
	}
	if (code >= 0 && code != 235)
		set_last(p, "%s", p->text);
	scrub(p, enc);
	scrub(p, secret);
	sasl_free(enc);
	free(u);
	if (code < 0)
		return code;
	return code == 235 ? 0 : -EIO;
}

const char *smtp_probe_challenge(const struct smtp_probe *p)
{
	return p->challenge;
}

const char *smtp_probe_last(const struct smtp_probe *p)
{
	return p && p->last[0] ? p->last : "no reply";
}

void smtp_probe_close(struct smtp_probe *p)
{
	if (!p)
		return;
	if (p->c && !p->broken) {
		p->cmd_timeout = p->cmd_timeout < 5 ? p->cmd_timeout : 5;
		if (say(p, "QUIT") == 0)
			(void) reply(p, false);
	}
	conn_close(p->c);
	buf_free(&p->line);
	free(p);
}
