/*
 * message - raw RFC 5322 bytes to struct message; see message.h.
 *
 * The only user of libetpan's MIME parser. The pre-scan (prescan.c) runs first, so
 * libetpan never sees input known to crash or stall it. The top-level header is split
 * here directly (it is small and we need every field, decoded, for the headers scope);
 * libetpan walks the MIME tree and decodes transfer encodings; charset.c converts;
 * html.c reduces HTML; links.c finds written links. Anything we cannot fully decode
 * sets hold_rule: a message we did not fully read is never a pass.
 */
#include <errno.h>
#include <libetpan/libetpan.h>
#include <stdbool.h>
#include <stdarg.h>
#include <stdio.h>
#include <strings.h>

#include "addr.h"
#include "buf.h"
#include "charset.h"
#include "html.h"
#include "links.h"
#include "message.h"
#include "normalize.h"
#include "prescan.h"
#include "quote.h"
#include "rfc5322.h"
#include "sniff.h"

static const char *const scope_names[SCOPE__MAX] = {
        "subject", "body", "links", "headers", "attachment-name", "attachment-text", "quoted",
};

const char *scope_name(enum scope s)
{
	return s < SCOPE__MAX ? scope_names[s] : "message";
}

int scope_from_name(const char *name)
{
	for (int i = 0; i < SCOPE__MAX; i++)
		if (streq(scope_names[i], name))
			return i;
	return -1;
}

struct message *message_new(void)
{
	struct message *m = xcalloc(1, sizeof(*m));
	m->subject = xstrdup("");
	m->max_links = LIMIT_LINKS;
	return m;
}

static void set_hold(struct message *m, const char *rule, const char *fmt, ...) _printf_(3, 4);
static void set_hold(struct message *m, const char *rule, const char *fmt, ...)
{
	va_list ap;

	if (m->hold_rule)
		return; /* the first reason is the one to fix first */
	m->hold_rule = rule;
	va_start(ap, fmt);
	m->hold_reason = xvasprintf(fmt, ap);
	va_end(ap);
}

struct message *message_free(struct message *m)
{
	if (!m)
		return NULL;
	for (int s = 0; s < SCOPE__MAX; s++) {
		for (size_t i = 0; i < m->n_texts[s]; i++) {
			free(m->texts[s][i].orig);
			free(m->texts[s][i].norm);
			free(m->texts[s][i].map);
			free(m->texts[s][i].origin);
		}
		free(m->texts[s]);
	}
	for (size_t i = 0; i < m->n_links; i++) {
		free(m->links[i].url);
		free(m->links[i].host);
	}
	free(m->links);
	for (size_t i = 0; i < m->n_attachments; i++) {
		free(m->attachments[i].filename);
		free(m->attachments[i].declared_type);
		free(m->attachments[i].part);
	}
	free(m->attachments);
	for (size_t i = 0; i < m->n_recipients; i++)
		free(m->recipients[i]);
	free(m->recipients);
	free(m->subject);
	free(m->from);
	free(m->message_id);
	free(m->hold_reason);
	free(m);
	return NULL;
}

void message_add_link(struct message *m, const char *url, size_t len, enum link_kind kind,
                      enum scope found_in)
{
	struct link *l;

	while (len && (url[len - 1] == ' ' || url[len - 1] == '\n' || url[len - 1] == '\r' ||
	               url[len - 1] == '\t'))
		len--;
	while (len && (*url == ' ' || *url == '\n' || *url == '\r' || *url == '\t'))
		url++, len--;
	if (!len)
		return;
	if (len > 7 && strncasecmp(url, "mailto:", 7) == 0) {
		const char *at = memchr(url, '@', len), *end;
		if (at) {
			end = at + 1;
			while (end < url + len && *end != '?' && *end != '>' && *end != '&')
				end++;
			if (addr_host_is_amazon_alias(at + 1, (size_t) (end - at - 1)))
				return;
		}
	}
	/* A Safe Links or Google redirect is judged by where it leads; nested wrappers
	 * are unwrapped a few levels deep, then judged as they are. */
	_cleanup_(freep) char *target = NULL;
	for (int depth = 0; depth < 4; depth++) {
		char *t = links_unwrap(url, len);
		if (!t)
			break;
		free(target);
		target = t;
		url = target;
		len = strlen(target);
	}
	if (m->n_links >= m->max_links) {
		if (!m->hold_rule)
			set_hold(m, "engine.links", "The message has more than %u links.",
			         m->max_links);
		return;
	}
	if ((m->n_links & (m->n_links - 1)) == 0)
		m->links =
		        xrealloc(m->links, (m->n_links ? m->n_links * 2 : 1) * sizeof(*m->links));
	l = &m->links[m->n_links++];
	l->url = xstrndup(url, len);
	l->host = links_host(url, len);
	l->kind = kind;
	l->found_in = found_in;
	message_add_text(m, SCOPE_LINKS, xstrndup(url, len), len,
	                 kind == LINK_IMAGE    ? "image"
	                 : kind == LINK_ANCHOR ? "href"
	                                       : "text");
}

struct link_ctx {
	struct message *m;
	enum scope s;
	const struct text *t;
};

static void on_text_link(void *ctx, const char *start, size_t len)
{
	struct link_ctx *c = ctx;
	message_add_link(c->m, start, len, LINK_TEXT, c->s);
}

static bool local_char(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
	       c == '.' || c == '_' || c == '+' || c == '-';
}

static bool host_char(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
	       c == '.' || c == '-';
}

/* blank_addresses - spaces over every "local@ALIAS-DOMAIN" in the view (or every
 * address at all, for a reply's header lines), so no contact rule sees the buyer's own
 * alias or the addresses a mail client writes into "To:"; the map is untouched,
 * lengths are kept. */
static void blank_addresses(char *v, size_t n, bool all)
{
	for (char *at = memchr(v, '@', n); at;
	     at = memchr(at + 1, '@', n - (size_t) (at + 1 - v))) {
		char *b = at, *e = at + 1;
		while (b > v && local_char(b[-1]))
			b--;
		while (e < v + n && host_char(*e))
			e++;
		while (e > at + 1 && e[-1] == '.')
			e--;
		if (b == at || e == at + 1 ||
		    (!all && !addr_host_is_amazon_alias(at + 1, (size_t) (e - at - 1))))
			continue;
		memset(b, ' ', (size_t) (e - b));
		at = e - 1;
		if (e >= v + n)
			break;
	}
}

static void add_one_text(struct message *m, enum scope s, char *orig, size_t len,
                         const char *origin, bool quote_header)
{
	struct text *t;
	size_t idx;

	if ((m->n_texts[s] & (m->n_texts[s] - 1)) == 0)
		m->texts[s] = xrealloc(m->texts[s], (m->n_texts[s] ? m->n_texts[s] * 2 : 1) *
		                                            sizeof(struct text));
	idx = m->n_texts[s]++;
	t = &m->texts[s][idx];
	*t = (struct text){.orig = orig, .orig_len = len, .origin = xstrdup(origin ? origin : "")};
	if (normalize_text(orig, len, &t->norm, &t->norm_len, &t->map) < 0) {
		t->norm = xstrdup("");
		t->norm_len = 0;
		t->map = xcalloc(1, sizeof(uint32_t));
		set_hold(m, "engine.text-size", "A text part is too large to examine.");
	}
	if (s != SCOPE_LINKS && s != SCOPE_HEADERS && t->norm_len)
		blank_addresses(t->norm, t->norm_len, quote_header);
	if (s == SCOPE_SUBJECT || s == SCOPE_BODY || s == SCOPE_QUOTED ||
	    s == SCOPE_ATTACHMENT_TEXT) {
		struct link_ctx c = {m, s, NULL};
		/* texts may move when links add SCOPE_LINKS texts, but s != SCOPE_LINKS. */
		links_find(m->texts[s][idx].norm, m->texts[s][idx].norm_len, on_text_link, &c);
	}
}

struct split_ctx {
	struct message *m;
	const char *text;
	const char *origin;
	size_t spans;
};

static void on_quote_span(void *ctx, size_t start, size_t len, enum quote_kind kind)
{
	struct split_ctx *c = ctx;
	char origin[256];

	c->spans++;
	snprintf(origin, sizeof(origin), "%s%s", c->origin,
	         kind == QUOTE_HEADER        ? " (quote header)"
	         : kind == QUOTE_ATTRIBUTION ? " (attribution)"
	                                     : "");
	add_one_text(c->m, kind == QUOTE_OWN ? SCOPE_BODY : SCOPE_QUOTED,
	             xstrndup(c->text + start, len), len, origin, kind == QUOTE_HEADER);
}

void message_add_text(struct message *m, enum scope s, char *orig, size_t len, const char *origin)
{
	struct split_ctx c = {m, orig, origin, 0};

	if (s != SCOPE_BODY) {
		add_one_text(m, s, orig, len, origin, false);
		return;
	}
	quote_split(orig, len, on_quote_span, &c);
	if (c.spans == 0) /* an empty text still counts as one */
		add_one_text(m, s, xstrdup(""), 0, origin, false);
	free(orig);
}

/* ---- the top-level header ---------------------------------------------------------- */

struct field {
	const char *name;
	size_t name_len;
	char *value; /* unfolded, raw */
};

/* split_header - the header block into unfolded fields; returns the body offset. */
static size_t split_header(const char *raw, size_t len, struct field **ret, size_t *ret_n)
{
	struct field *v = NULL;
	size_t n = 0, pos = 0, s, e;

	while (rfc5322_next_line(raw, len, &pos, &s, &e)) {
		const char *l = raw + s;
		size_t ll = e - s, name;

		if (ll == 0)
			break;
		if ((l[0] == ' ' || l[0] == '\t') && n) {
			struct buf b = BUF_INIT(0);
			if (buf_puts(&b, v[n - 1].value) == 0 && buf_append(&b, l, ll) == 0) {
				free(v[n - 1].value);
				v[n - 1].value = buf_steal(&b);
			} else {
				buf_free(&b);
			}
		} else if ((name = rfc5322_field_name(l, ll)) > 0) {
			const char *val = memchr(l, ':', ll) + 1;
			while (val < l + ll && (*val == ' ' || *val == '\t'))
				val++;
			v = xrealloc(v, (n + 1) * sizeof(*v));
			v[n].name = l;
			v[n].name_len = name;
			v[n].value = xstrndup(val, (size_t) (l + ll - val));
			n++;
		}
	}
	*ret = v;
	*ret_n = n;
	return pos;
}

static bool field_is(const struct field *f, const char *name)
{
	return f->name_len == strlen(name) && strncasecmp(f->name, name, f->name_len) == 0;
}

/* decode_words - RFC 2047 encoded words to UTF-8; raw 8-bit is taken as UTF-8
 * (RFC 6532) and repaired to valid UTF-8. */
static char *decode_words(const char *value)
{
	char *res = NULL;
	size_t idx = 0;
	struct buf b = BUF_INIT(0);

	if (mailmime_encoded_phrase_parse("utf-8", value, strlen(value), &idx, "utf-8", &res) !=
	            MAILIMF_NO_ERROR ||
	    !res)
		res = xstrdup(value);
	if (charset_utf8_sanitize(res, strlen(res), &b) < 0) {
		free(res);
		buf_free(&b);
		return xstrdup("");
	}
	free(res);
	return buf_steal(&b);
}

static void bad_recipient(struct message *m, const char *why, const char *value)
{
	if (!m->hold_rule)
		set_hold(m, "engine.recipients", "A recipient list could not be read (%s): %.200s",
		         why, value);
}

static void add_recipient(struct message *m, const char *addr)
{
	char *a = xstrdup(addr);
	char *at = strrchr(a, '@');

	/* A route ("@relay:x@y", RFC 5322 4.4 obs-route) or a broken spec is not a
	 * recipient we may guess at: the message is held, never relayed to a part of it. */
	if (!addr_valid(a) || a[0] == '@' || strchr(a, ':')) {
		bad_recipient(m, "not an address", addr);
		free(a);
		return;
	}
	for (char *p = at ? at : a + strlen(a); *p; p++)
		if (*p >= 'A' && *p <= 'Z')
			*p = (char) (*p - 'A' + 'a');
	for (size_t i = 0; i < m->n_recipients; i++)
		if (strcasecmp(m->recipients[i], a) == 0) {
			free(a);
			return;
		}
	m->recipients = xrealloc(m->recipients, (m->n_recipients + 1) * sizeof(char *));
	m->recipients[m->n_recipients++] = a;
}

static void add_mailbox_list(struct message *m, struct mailimf_mailbox_list *ml)
{
	for (clistiter *it = clist_begin(ml->mb_list); it; it = clist_next(it)) {
		struct mailimf_mailbox *mb = clist_content(it);
		if (mb->mb_addr_spec)
			add_recipient(m, mb->mb_addr_spec);
	}
}

static bool blank(const char *s)
{
	for (; *s; s++)
		if (*s != ' ' && *s != '\t' && *s != '\r' && *s != '\n')
			return false;
	return true;
}

/* has_empty_element - "a@x, , b@y": libetpan skips the empty element, but a list
 * that lost a member is one we cannot trust (RFC 5322 3.4 allows it only as obs-). */
static bool has_empty_element(const char *v)
{
	bool quoted = false, seen = false;
	int angle = 0;

	for (const char *p = v; *p; p++) {
		if (*p == '"' && (p == v || p[-1] != '\\'))
			quoted = !quoted;
		else if (!quoted && *p == '<')
			angle++;
		else if (!quoted && *p == '>' && angle)
			angle--;
		else if (!quoted && !angle && *p == ',') {
			if (!seen)
				return true;
			seen = false;
		} else if (*p != ' ' && *p != '\t' && *p != '\r' && *p != '\n')
			seen = true;
	}
	return !seen;
}

static void parse_recipients(struct message *m, const char *value)
{
	struct mailimf_address_list *al = NULL;
	size_t idx = 0;

	if (blank(value))
		return;
	if (has_empty_element(value)) {
		bad_recipient(m, "an empty list element", value);
		return;
	}
	if (mailimf_address_list_parse(value, strlen(value), &idx, &al) != MAILIMF_NO_ERROR) {
		/* Delivered-To and friends are often a bare address without <>. */
		char buf[512];
		if ((sscanf(value, " <%511[^>]>", buf) == 1 || sscanf(value, " %511s", buf) == 1) &&
		    strchr(buf, '@') && !strchr(value, '<') == !strchr(value, '>'))
			add_recipient(m, buf);
		else
			bad_recipient(m, "unreadable", value);
		return;
	}
	if (!blank(value + idx))
		bad_recipient(m, "text after the last address", value);
	for (clistiter *it = clist_begin(al->ad_list); it; it = clist_next(it)) {
		struct mailimf_address *a = clist_content(it);
		if (a->ad_type == MAILIMF_ADDRESS_MAILBOX && a->ad_data.ad_mailbox->mb_addr_spec)
			add_recipient(m, a->ad_data.ad_mailbox->mb_addr_spec);
		else if (a->ad_type == MAILIMF_ADDRESS_GROUP && a->ad_data.ad_group->grp_mb_list)
			add_mailbox_list(m, a->ad_data.ad_group->grp_mb_list);
	}
	mailimf_address_list_free(al);
}

static void parse_from(struct message *m, const char *value)
{
	struct mailimf_mailbox_list *ml = NULL;
	size_t idx = 0;

	if (mailimf_mailbox_list_parse(value, strlen(value), &idx, &ml) == MAILIMF_NO_ERROR) {
		if (clist_begin(ml->mb_list)) {
			struct mailimf_mailbox *mb = clist_content(clist_begin(ml->mb_list));
			if (mb->mb_addr_spec)
				m->from = xstrdup(mb->mb_addr_spec);
		}
		mailimf_mailbox_list_free(ml);
	}
}

static void parse_message_id(struct message *m, const char *value)
{
	const char *s = value, *e;

	while (*s == ' ' || *s == '\t' || *s == '<')
		s++;
	e = s + strlen(s);
	while (e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '>'))
		e--;
	if (e > s)
		m->message_id = xstrndup(s, (size_t) (e - s));
}

/* top_header - fills subject, from, message-id, recipients and the headers scope. */
static void top_header(struct message *m, const struct field *f, size_t n)
{
	static const char *const rcpt_fields[] = {
	        "to", "cc", "bcc", "delivered-to", "x-original-to", "resent-to", "resent-cc"};
	struct buf h = BUF_INIT(LIMIT_HEADER_BLOCK * 2);
	bool thread = false;

	for (size_t i = 0; i < n; i++) {
		char *dec = decode_words(f[i].value);

		if (field_is(&f[i], "subject") && !*m->subject) {
			free(m->subject);
			m->subject = xstrdup(dec);
		} else if (field_is(&f[i], "from") && !m->from) {
			parse_from(m, f[i].value);
		} else if (field_is(&f[i], "message-id") && !m->message_id) {
			parse_message_id(m, f[i].value);
		} else if (field_is(&f[i], "in-reply-to") || field_is(&f[i], "references")) {
			thread = true;
		}
		for (size_t k = 0; k < ELEMENTSOF(rcpt_fields); k++)
			if (field_is(&f[i], rcpt_fields[k]))
				parse_recipients(m, f[i].value);
		if (charset_utf8_sanitize(f[i].name, f[i].name_len, &h) < 0 ||
		    buf_puts(&h, ": ") < 0 || buf_puts(&h, dec) < 0 || buf_putc(&h, '\n') < 0)
			set_hold(m, "engine.header-length", "The message header is too long.");
		free(dec);
	}
	m->reply = thread && quote_subject_is_reply(m->subject);
	message_add_text(m, SCOPE_SUBJECT, xstrdup(m->subject), strlen(m->subject), "Subject");
	if (h.len) {
		size_t hl = h.len;
		message_add_text(m, SCOPE_HEADERS, buf_steal(&h), hl, "header");
	}
	buf_free(&h);
}

/* ---- the MIME walk ------------------------------------------------------------------ */

struct walk {
	struct message *m;
	const struct limits *lim;
	const char *raw; /* the buffer libetpan parsed */
	size_t raw_len;
	size_t decoded; /* bytes decoded so far, against lim->decoded_size */
	unsigned parts;
};

static void lower(char *s)
{
	for (; s && *s; s++)
		if (*s >= 'A' && *s <= 'Z')
			*s = (char) (*s - 'A' + 'a');
}

static char *content_type(const struct mailmime_content *ct)
{
	const char *type = "text";

	if (!ct)
		return xstrdup("text/plain");
	if (ct->ct_type->tp_type == MAILMIME_TYPE_DISCRETE_TYPE) {
		switch (ct->ct_type->tp_data.tp_discrete_type->dt_type) {
		case MAILMIME_DISCRETE_TYPE_TEXT:
			type = "text";
			break;
		case MAILMIME_DISCRETE_TYPE_IMAGE:
			type = "image";
			break;
		case MAILMIME_DISCRETE_TYPE_AUDIO:
			type = "audio";
			break;
		case MAILMIME_DISCRETE_TYPE_VIDEO:
			type = "video";
			break;
		case MAILMIME_DISCRETE_TYPE_APPLICATION:
			type = "application";
			break;
		case MAILMIME_DISCRETE_TYPE_EXTENSION:
			type = ct->ct_type->tp_data.tp_discrete_type->dt_extension;
			break;
		}
	} else {
		type = ct->ct_type->tp_data.tp_composite_type->ct_type ==
		                       MAILMIME_COMPOSITE_TYPE_MESSAGE
		               ? "message"
		       : ct->ct_type->tp_data.tp_composite_type->ct_type ==
		                       MAILMIME_COMPOSITE_TYPE_MULTIPART
		               ? "multipart"
		               : ct->ct_type->tp_data.tp_composite_type->ct_token;
	}
	char *s = xasprintf("%s/%s", type ? type : "application",
	                    ct->ct_subtype ? ct->ct_subtype : "octet-stream");
	lower(s);
	return s;
}

static const char *param(clist *params, const char *name)
{
	if (!params)
		return NULL;
	for (clistiter *it = clist_begin(params); it; it = clist_next(it)) {
		struct mailmime_parameter *p = clist_content(it);
		if (p->pa_name && strcasecmp(p->pa_name, name) == 0)
			return p->pa_value;
	}
	return NULL;
}

static int hexval(char c)
{
	return c >= '0' && c <= '9'   ? c - '0'
	       : c >= 'a' && c <= 'f' ? c - 'a' + 10
	       : c >= 'A' && c <= 'F' ? c - 'A' + 10
	                              : -1;
}

/* rfc2231 - a parameter written as name*=charset'lang'%xx or split into name*0*,
 * name*1, ... (RFC 2231 3-4), joined and decoded to UTF-8. NULL when absent. */
static char *rfc2231(clist *params, const char *name)
{
	size_t nl = strlen(name);
	struct buf raw = BUF_INIT(64 * 1024);
	char charset[64] = "";
	bool extended = false, found = false;

	if (!params)
		return NULL;
	for (unsigned idx = 0; idx < 64; idx++) {
		bool got = false;
		for (clistiter *it = clist_begin(params); it; it = clist_next(it)) {
			struct mailmime_parameter *p = clist_content(it);
			const char *pn = p->pa_name, *v = p->pa_value;
			unsigned k = 0;
			int used = 0;
			bool ext;

			if (!pn || !v || strncasecmp(pn, name, nl) != 0 || pn[nl] != '*')
				continue;
			if (pn[nl + 1] == '\0') {
				if (idx != 0)
					continue;
				ext = true;
			} else if (sscanf(pn + nl + 1, "%u%n", &k, &used) == 1 && k == idx) {
				ext = pn[nl + 1 + used] == '*';
			} else {
				continue;
			}
			if (idx == 0 && ext) {
				const char *q1 = strchr(v, '\''),
				           *q2 = q1 ? strchr(q1 + 1, '\'') : NULL;
				if (q1 && q2) {
					snprintf(charset, sizeof(charset), "%.*s",
					         (int) (q1 - v < 63 ? q1 - v : 63), v);
					v = q2 + 1;
				}
				extended = true;
			}
			for (const char *c = v; *c; c++) {
				if (ext && *c == '%' && hexval(c[1]) >= 0 && hexval(c[2]) >= 0) {
					char ch = (char) (hexval(c[1]) * 16 + hexval(c[2]));
					(void) !buf_putc(&raw, ch);
					c += 2;
				} else {
					(void) !buf_putc(&raw, *c);
				}
			}
			got = found = true;
			break;
		}
		if (!got)
			break;
	}
	if (!found) {
		buf_free(&raw);
		return NULL;
	}
	struct buf out = BUF_INIT(0);
	(void) charset_to_utf8(extended && *charset ? charset : NULL, raw.data ? raw.data : "",
	                       raw.len, &out, NULL);
	buf_free(&raw);
	return buf_steal(&out);
}

static char *part_filename(const struct mailmime *mm)
{
	clist *dparams = NULL;
	const char *v = NULL;
	char *s;

	if (mm->mm_mime_fields)
		for (clistiter *it = clist_begin(mm->mm_mime_fields->fld_list); it;
		     it = clist_next(it)) {
			struct mailmime_field *f = clist_content(it);
			if (f->fld_type == MAILMIME_FIELD_DISPOSITION &&
			    f->fld_data.fld_disposition)
				dparams = f->fld_data.fld_disposition->dsp_parms;
		}
	/* libetpan keeps disposition parameters typed; the filename one is special. */
	if (dparams)
		for (clistiter *it = clist_begin(dparams); it; it = clist_next(it)) {
			struct mailmime_disposition_parm *p = clist_content(it);
			if (p->pa_type == MAILMIME_DISPOSITION_PARM_FILENAME)
				v = p->pa_data.pa_filename;
		}
	if (!v && dparams) {
		/* RFC 2231 forms arrive as generic parameters. */
		clist *generic = clist_new();
		for (clistiter *it = clist_begin(dparams); it; it = clist_next(it)) {
			struct mailmime_disposition_parm *p = clist_content(it);
			if (p->pa_type == MAILMIME_DISPOSITION_PARM_PARAMETER)
				clist_append(generic, p->pa_data.pa_parameter);
		}
		s = rfc2231(generic, "filename");
		clist_free(generic);
		if (s)
			return s;
	}
	if (!v && mm->mm_content_type) {
		s = rfc2231(mm->mm_content_type->ct_parameters, "name");
		if (s)
			return s;
		v = param(mm->mm_content_type->ct_parameters, "name");
	}
	return v ? decode_words(v) : NULL;
}

static int part_encoding(const struct mailmime *mm)
{
	if (mm->mm_mime_fields)
		for (clistiter *it = clist_begin(mm->mm_mime_fields->fld_list); it;
		     it = clist_next(it)) {
			struct mailmime_field *f = clist_content(it);
			if (f->fld_type == MAILMIME_FIELD_TRANSFER_ENCODING &&
			    f->fld_data.fld_encoding)
				return f->fld_data.fld_encoding->enc_type;
		}
	return MAILMIME_MECHANISM_8BIT;
}

static bool is_attachment_disposition(const struct mailmime *mm, bool *ret_inline)
{
	*ret_inline = false;
	if (mm->mm_mime_fields)
		for (clistiter *it = clist_begin(mm->mm_mime_fields->fld_list); it;
		     it = clist_next(it)) {
			struct mailmime_field *f = clist_content(it);
			if (f->fld_type == MAILMIME_FIELD_ID)
				*ret_inline = true;
			if (f->fld_type == MAILMIME_FIELD_DISPOSITION &&
			    f->fld_data.fld_disposition && f->fld_data.fld_disposition->dsp_type) {
				int t = f->fld_data.fld_disposition->dsp_type->dsp_type;
				if (t == MAILMIME_DISPOSITION_TYPE_INLINE)
					*ret_inline = true;
				if (t == MAILMIME_DISPOSITION_TYPE_ATTACHMENT)
					return true;
			}
		}
	return false;
}

/* base64_ok - libetpan skips characters outside the alphabet without a word; a part
 * that has them was not fully decoded, and may hide what a reader's client shows. */
static bool base64_ok(const char *p, size_t n)
{
	size_t pad = 0;

	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char) p[i];
		if (c == '=') {
			pad++;
			continue;
		}
		if (c == '\r' || c == '\n' || c == ' ' || c == '\t')
			continue;
		if (pad)
			return false; /* data after padding */
		if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
		      c == '+' || c == '/'))
			return false;
	}
	return pad <= 2;
}

struct html_ctx {
	struct message *m;
};

static void on_html_link(void *ctx, const char *url, size_t len, enum link_kind kind)
{
	struct html_ctx *c = ctx;
	message_add_link(c->m, url, len, kind, SCOPE_BODY);
}

static void add_decoded_text(struct walk *w, enum scope s, const char *ctype, const char *charset,
                             const char *data, size_t len, const char *origin)
{
	struct buf u = BUF_INIT(w->lim->text_size);
	bool unknown = false;
	int r;

	r = charset_to_utf8(charset, data, len, &u, &unknown);
	if (unknown)
		set_hold(w->m, "engine.charset",
		         "Part %s declares the unknown charset \"%s\"; it was read as Windows-1252 "
		         "and cannot be trusted.",
		         origin, charset);
	if (r < 0) {
		set_hold(w->m, "engine.text-size", "Part %s is too large to examine.", origin);
		buf_free(&u);
		return;
	}
	if (streq(ctype, "text/html")) {
		struct buf t = BUF_INIT(w->lim->text_size);
		struct html_ctx hc = {w->m};
		r = html_reduce(u.data ? u.data : "", u.len, w->lim->html_tags, &t, on_html_link,
		                &hc);
		if (r < 0)
			set_hold(w->m, "engine.html",
			         "The HTML of part %s is too large or complex.", origin);
		buf_free(&u);
		u = t;
	}
	size_t ul = u.len;
	char *desc = xasprintf("%s %s", origin, ctype);
	message_add_text(w->m, s, buf_steal(&u), ul, desc);
	free(desc);
}

static void add_attachment(struct walk *w, const struct mailmime *mm, const char *ctype,
                           const char *charset, const char *data, size_t len, const char *part,
                           char *filename, bool inline_image)
{
	struct message *m = w->m;
	struct attachment *a;

	if (m->n_attachments >= w->lim->attachments) {
		set_hold(m, "engine.attachments", "The message has more than %u attachments.",
		         w->lim->attachments);
		free(filename);
		return;
	}
	m->attachments = xrealloc(m->attachments, (m->n_attachments + 1) * sizeof(*a));
	a = &m->attachments[m->n_attachments++];
	*a = (struct attachment){
	        .filename = filename,
	        .declared_type = xstrdup(ctype),
	        .sniffed_type = sniff_type(data, len),
	        .size = len,
	        .inline_image = inline_image,
	        .part = xstrdup(part),
	};
	m->attachment_bytes += len;
	if (filename) {
		char *o = xasprintf("part %s", part);
		message_add_text(m, SCOPE_ATTACHMENT_NAME, xstrdup(filename), strlen(filename), o);
		free(o);
	}
	if (streq(a->sniffed_type, "text") || streq(a->sniffed_type, "html")) {
		char *o = xasprintf("part %s %s", part, filename ? filename : "");
		add_decoded_text(w, SCOPE_ATTACHMENT_TEXT,
		                 streq(a->sniffed_type, "html") ? "text/html" : "text/plain",
		                 charset, data, len, o);
		free(o);
	}
	(void) mm;
}

static void walk(struct walk *w, struct mailmime *mm, unsigned depth, const char *part);

static void walk_single(struct walk *w, struct mailmime *mm, const char *part)
{
	struct mailmime_data *d = mm->mm_data.mm_single;
	char *ctype = content_type(mm->mm_content_type);
	const char *charset =
	        mm->mm_content_type ? param(mm->mm_content_type->ct_parameters, "charset") : NULL;
	int enc = part_encoding(mm);
	char *dec = NULL, *origin;
	size_t declen = 0, idx = 0;
	bool inl, attach = is_attachment_disposition(mm, &inl);
	char *filename = part_filename(mm);

	if (strncmp(ctype, "multipart/", 10) == 0 || strncmp(ctype, "message/", 8) == 0)
		/* libetpan fell back to a single part: the structure is broken (no
		 * boundary, or a body that is not a message). A client may show more. */
		set_hold(w->m, "engine.malformed", "Part %s declares %s but is not one.",
		         *part ? part : "1", ctype);
	if (!d || d->dt_type != MAILMIME_DATA_TEXT) {
		free(ctype);
		free(filename);
		return;
	}
	if (enc == MAILMIME_MECHANISM_BASE64 &&
	    !base64_ok(d->dt_data.dt_text.dt_data, d->dt_data.dt_text.dt_length))
		set_hold(w->m, "engine.undecodable",
		         "Part %s is not valid base64, so its content cannot be read reliably.",
		         part);
	if (mailmime_part_parse(d->dt_data.dt_text.dt_data, d->dt_data.dt_text.dt_length, &idx, enc,
	                        &dec, &declen) != MAILIMF_NO_ERROR) {
		set_hold(w->m, "engine.undecodable", "Part %s could not be decoded.", part);
		free(ctype);
		free(filename);
		return;
	}
	w->decoded += declen;
	if (w->decoded > w->lim->decoded_size) {
		set_hold(w->m, "engine.decoded-size",
		         "The decoded content is larger than %zu bytes.", w->lim->decoded_size);
		mmap_string_unref(dec);
		free(ctype);
		free(filename);
		return;
	}
	origin = xasprintf("part %s", part);
	if (!attach && !filename && (streq(ctype, "text/plain") || streq(ctype, "text/html"))) {
		add_decoded_text(w, SCOPE_BODY, ctype, charset, dec, declen, origin);
		free(filename);
	} else {
		add_attachment(w, mm, ctype, charset, dec, declen, part, filename,
		               inl && strncmp(ctype, "image/", 6) == 0);
	}
	free(origin);
	mmap_string_unref(dec);
	free(ctype);
}

/* nested_header - a message/rfc822 part's own header: its subject and senders are text
 * the buyer sees, so they are body text. */
static void nested_header(struct walk *w, struct mailimf_fields *fields, const char *part)
{
	struct buf b = BUF_INIT(LIMIT_HEADER_BLOCK);

	if (!fields)
		return;
	for (clistiter *it = clist_begin(fields->fld_list); it; it = clist_next(it)) {
		struct mailimf_field *f = clist_content(it);
		if (f->fld_type == MAILIMF_FIELD_SUBJECT && f->fld_data.fld_subject) {
			char *dec = decode_words(f->fld_data.fld_subject->sbj_value);
			(void) !buf_printf(&b, "Subject: %s\n", dec);
			free(dec);
		}
	}
	if (b.len) {
		size_t l = b.len;
		char *o = xasprintf("part %s header", part);
		message_add_text(w->m, SCOPE_BODY, buf_steal(&b), l, o);
		free(o);
	}
	buf_free(&b);
}

static void walk(struct walk *w, struct mailmime *mm, unsigned depth, const char *part)
{
	if (!mm)
		return;
	if (depth > w->lim->mime_depth) {
		set_hold(w->m, "engine.mime-depth", "MIME nesting deeper than %u levels.",
		         w->lim->mime_depth);
		return;
	}
	if (++w->parts > w->lim->mime_parts) {
		set_hold(w->m, "engine.mime-parts", "More than %u MIME parts.", w->lim->mime_parts);
		return;
	}
	switch (mm->mm_type) {
	case MAILMIME_SINGLE:
		walk_single(w, mm, part);
		break;
	case MAILMIME_MULTIPLE: {
		const char *boundary =
		        mm->mm_content_type ? param(mm->mm_content_type->ct_parameters, "boundary")
		                            : NULL;
		unsigned k = 1;
		if (boundary) {
			/* An unterminated multipart: libetpan takes what is there, but a mail
			 * client may show something else. Do not guess. */
			char *close = xasprintf("--%s--", boundary);
			if (!memmem(w->raw, w->raw_len, close, strlen(close)))
				set_hold(w->m, "engine.malformed",
				         "Multipart %s has no closing boundary.", part);
			free(close);
		} else {
			set_hold(w->m, "engine.malformed", "Multipart %s has no boundary.", part);
		}
		for (clistiter *it = clist_begin(mm->mm_data.mm_multipart.mm_mp_list); it;
		     it = clist_next(it), k++) {
			char *sub = depth == 0 || !*part ? xasprintf("%u", k)
			                                 : xasprintf("%s.%u", part, k);
			walk(w, clist_content(it), depth + 1, sub);
			free(sub);
		}
		break;
	}
	case MAILMIME_MESSAGE:
		if (depth > 0)
			nested_header(w, mm->mm_data.mm_message.mm_fields, part);
		walk(w, mm->mm_data.mm_message.mm_msg_mime, depth + 1, *part ? part : "1");
		break;
	}
}

/* crlf_copy - libetpan's parser wants CRLF; mail on disk often has bare LF. */
static char *crlf_copy(const char *raw, size_t len, size_t *ret_len)
{
	struct buf b = BUF_INIT(0);

	for (size_t i = 0; i < len; i++) {
		const char *nl = memchr(raw + i, '\n', len - i);
		size_t n = nl ? (size_t) (nl - (raw + i)) : len - i;
		size_t keep = n && raw[i + n - 1] == '\r' ? n - 1 : n;
		(void) !buf_append(&b, raw + i, keep);
		if (nl)
			(void) !buf_append(&b, "\r\n", 2);
		i += n;
	}
	*ret_len = b.len;
	return buf_steal(&b);
}

int message_parse(const char *raw, size_t len, const struct limits *lim_arg, struct message **ret)
{
	struct limits deflim = LIMITS_DEFAULT;
	const struct limits *lim = lim_arg ? lim_arg : &deflim;
	struct message *m = message_new();
	struct prescan_result pre;
	struct field *fields = NULL;
	size_t n_fields = 0;
	char *copy = NULL;
	const char *text = raw;
	size_t text_len = len, idx = 0;
	struct mailmime *mime = NULL;

	m->max_links = lim->links;
	prescan_run(raw, len, lim, &pre);
	if (pre.rule && streq(pre.rule, "engine.size")) {
		set_hold(m, pre.rule, "%s", pre.reason);
		*ret = m;
		return 0;
	}
	if (pre.bare_lf) {
		copy = crlf_copy(raw, len, &text_len);
		text = copy;
	}
	(void) split_header(text, text_len, &fields, &n_fields);
	top_header(m, fields, n_fields);
	for (size_t i = 0; i < n_fields; i++)
		free(fields[i].value);
	free(fields);

	if (pre.rule) {
		/* Headers are safe to read; the body structure is what hurts libetpan. */
		set_hold(m, pre.rule, "%s", pre.reason);
	} else if (mailmime_parse(text, text_len, &idx, &mime) != MAILIMF_NO_ERROR) {
		set_hold(m, "engine.malformed", "The MIME structure could not be parsed.");
	} else {
		struct walk w = {.m = m, .lim = lim, .raw = text, .raw_len = text_len};
		walk(&w, mime, 0, "");
		mailmime_free(mime);
	}
	free(copy);
	*ret = m;
	return 0;
}
