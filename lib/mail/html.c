/*
 * html - HTML to the text a buyer reads, plus every link and image source; see html.h.
 *
 * One forward pass over tag soup; no tree, no backtracking. Text hidden by styling is
 * kept on purpose: it is still what the seller sent, and hiding text is how filters
 * are dodged. Script and style bodies are not text, but URLs in CSS are reported.
 * The input must be valid UTF-8 (message.c converts first); since every cut happens
 * at an ASCII '<' or '&', the output is valid UTF-8 too.
 */
#include <errno.h>
#include <stdbool.h>
#include <strings.h>

#include "html.h"

static const struct {
	const char *name;
	uint32_t cp;
} entities[] = {
        {"amp", '&'},      {"lt", '<'},        {"gt", '>'},       {"quot", '"'},
        {"apos", '\''},    {"nbsp", 0xa0},     {"copy", 0xa9},    {"reg", 0xae},
        {"trade", 0x2122}, {"hellip", 0x2026}, {"mdash", 0x2014}, {"ndash", 0x2013},
        {"laquo", 0xab},   {"raquo", 0xbb},    {"euro", 0x20ac},  {"yen", 0xa5},
        {"pound", 0xa3},   {"cent", 0xa2},     {"sect", 0xa7},    {"deg", 0xb0},
        {"middot", 0xb7},  {"bull", 0x2022},   {"lsquo", 0x2018}, {"rsquo", 0x2019},
        {"ldquo", 0x201c}, {"rdquo", 0x201d},  {"times", 0xd7},   {"divide", 0xf7},
        {"shy", 0xad},     {"zwj", 0x200d},    {"zwnj", 0x200c},  {"ensp", 0x2002},
        {"emsp", 0x2003},  {"thinsp", 0x2009}, {"star", 0x2606},  {"hearts", 0x2665},
        {"auml", 0xe4},    {"ouml", 0xf6},     {"uuml", 0xfc},    {"Auml", 0xc4},
        {"Ouml", 0xd6},    {"Uuml", 0xdc},     {"szlig", 0xdf},   {"eacute", 0xe9},
        {"egrave", 0xe8},  {"ecirc", 0xea},    {"agrave", 0xe0},  {"aacute", 0xe1},
        {"acirc", 0xe2},   {"ccedil", 0xe7},   {"iacute", 0xed},  {"oacute", 0xf3},
        {"uacute", 0xfa},  {"ntilde", 0xf1},   {"Ntilde", 0xd1},  {"Eacute", 0xc9},
        {"iexcl", 0xa1},   {"iquest", 0xbf},   {"ordf", 0xaa},    {"ordm", 0xba},
        {"commat", '@'},   {"period", '.'},    {"colon", ':'},    {"sol", '/'},
        {"lpar", '('},     {"rpar", ')'},      {"num", '#'},      {"percnt", '%'},
};

static const char *const blocks[] = {
        "p",          "div", "br",    "li",      "tr",      "td",     "th",     "h1",
        "h2",         "h3",  "h4",    "h5",      "h6",      "table",  "ul",     "ol",
        "blockquote", "hr",  "title", "section", "article", "header", "footer", "center",
        "pre",        "dd",  "dt",    "address", "form",    "tbody",  "thead",  "caption",
};

struct html {
	const char *p, *end;
	struct buf *out;
	html_link_fn link_fn;
	void *ctx;
	int r;
	bool space; /* last output was white space */
};

static bool name_eq(const char *s, size_t n, const char *name)
{
	return strlen(name) == n && strncasecmp(s, name, n) == 0;
}

static void put(struct html *h, const char *s, size_t n)
{
	if (h->r == 0 && n)
		h->r = buf_append(h->out, s, n);
}

static void put_space(struct html *h, char c)
{
	if (c == '\n') {
		/* Block boundaries: one line break, never a blank run. */
		if (h->out->len && h->out->data[h->out->len - 1] == ' ')
			h->out->data[--h->out->len] = '\0';
		if (h->out->len && h->out->data[h->out->len - 1] != '\n')
			put(h, "\n", 1);
		h->space = true;
	} else if (!h->space) {
		put(h, " ", 1);
		h->space = true;
	}
}

/* entity - decodes the entity at s (after '&'); returns its length or 0. */
static size_t entity(const char *s, const char *end, uint32_t *cp)
{
	const char *q = s;

	if (q < end && *q == '#') {
		uint32_t v = 0;
		bool hex = q + 1 < end && (q[1] == 'x' || q[1] == 'X');
		size_t digits = 0;
		q += hex ? 2 : 1;
		for (; q < end && digits < 8; q++, digits++) {
			int d = *q >= '0' && *q <= '9'          ? *q - '0'
			        : hex && *q >= 'a' && *q <= 'f' ? *q - 'a' + 10
			        : hex && *q >= 'A' && *q <= 'F' ? *q - 'A' + 10
			                                        : -1;
			if (d < 0)
				break;
			v = v * (hex ? 16 : 10) + (uint32_t) d;
		}
		if (!digits)
			return 0;
		if (q < end && *q == ';')
			q++;
		*cp = v == 0 || v > 0x10ffff ? 0xfffd : v;
		return (size_t) (q - s);
	}
	while (q < end && q - s < 10 && ((*q >= 'a' && *q <= 'z') || (*q >= 'A' && *q <= 'Z')))
		q++;
	for (size_t i = 0; i < ELEMENTSOF(entities); i++) {
		if ((size_t) (q - s) == strlen(entities[i].name) &&
		    strncmp(s, entities[i].name, (size_t) (q - s)) == 0) {
			*cp = entities[i].cp;
			return (size_t) (q - s) + (q < end && *q == ';' ? 1 : 0);
		}
	}
	return 0;
}

/* decode_into - s[0..n) with entities decoded, appended to b. */
static int decode_into(struct buf *b, const char *s, size_t n)
{
	const char *p = s, *end = s + n;
	int r = 0;

	while (p < end && r == 0) {
		const char *amp = memchr(p, '&', (size_t) (end - p));
		uint32_t cp;
		size_t k;
		if (!amp)
			return buf_append(b, p, (size_t) (end - p));
		r = buf_append(b, p, (size_t) (amp - p));
		k = r ? 0 : entity(amp + 1, end, &cp);
		if (r == 0 && k) {
			r = buf_put_utf8(b, cp);
			p = amp + 1 + k;
		} else if (r == 0) {
			r = buf_putc(b, '&');
			p = amp + 1;
		}
	}
	return r;
}

static void text(struct html *h, const char *s, size_t n)
{
	struct buf t = BUF_INIT(0);

	if (decode_into(&t, s, n) < 0) {
		h->r = -E2BIG;
		buf_free(&t);
		return;
	}
	/* HTML rendering collapses white space; non-breaking spaces stay visible text. */
	for (size_t i = 0; i < t.len && h->r == 0; i++) {
		char c = t.data[i];
		if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
			put_space(h, ' ');
		} else {
			size_t j = i;
			while (j < t.len && t.data[j] != ' ' && t.data[j] != '\t' &&
			       t.data[j] != '\n' && t.data[j] != '\r' && t.data[j] != '\f')
				j++;
			put(h, t.data + i, j - i);
			h->space = false;
			i = j - 1;
		}
	}
	buf_free(&t);
}

/* message_url - a mid: URL (RFC 2392) names a message in the reader's own mail store,
 * as Thunderbird's <blockquote cite="mid:..."> and Outlook's reply headers do: it leads
 * nowhere on the web, so it is no link the buyer is sent to. */
static bool message_url(const char *u, size_t n)
{
	while (n && (*u == ' ' || *u == '\t' || *u == '\n' || *u == '\r')) {
		u++;
		n--;
	}
	return n >= 4 && strncasecmp(u, "mid:", 4) == 0;
}

static void link(struct html *h, const char *v, size_t n, enum link_kind kind)
{
	struct buf b = BUF_INIT(64 * 1024);

	if (h->link_fn && decode_into(&b, v, n) == 0 && b.len && !message_url(b.data, b.len))
		h->link_fn(h->ctx, b.data, b.len, kind);
	buf_free(&b);
}

/* css_urls - url(...) in a style attribute or <style> body. */
static void css_urls(struct html *h, const char *s, size_t n)
{
	const char *p = s, *end = s + n;

	while (p + 4 <= end) {
		const char *u = NULL;
		for (const char *q = p; q + 4 <= end; q++)
			if (strncasecmp(q, "url(", 4) == 0) {
				u = q;
				break;
			}
		if (!u)
			return;
		const char *v = u + 4, *ve;
		while (v < end && (*v == ' ' || *v == '"' || *v == '\''))
			v++;
		ve = v;
		while (ve < end && *ve != ')' && *ve != '"' && *ve != '\'')
			ve++;
		if (ve > v)
			link(h, v, (size_t) (ve - v), LINK_IMAGE);
		p = ve;
	}
}

static void srcset(struct html *h, const char *v, size_t n)
{
	const char *p = v, *end = v + n;

	while (p < end) {
		while (p < end && (*p == ' ' || *p == ','))
			p++;
		const char *s = p;
		while (p < end && *p != ' ' && *p != ',')
			p++;
		if (p > s)
			link(h, s, (size_t) (p - s), LINK_IMAGE);
		while (p < end && *p != ',')
			p++;
	}
}

static void attribute(struct html *h, const char *tag, size_t tn, const char *an, size_t anl,
                      const char *v, size_t vn)
{
	if (name_eq(an, anl, "href") || name_eq(an, anl, "action") ||
	    name_eq(an, anl, "formaction") || name_eq(an, anl, "cite"))
		link(h, v, vn, LINK_ANCHOR);
	else if (name_eq(an, anl, "src") || name_eq(an, anl, "background") ||
	         name_eq(an, anl, "poster") || name_eq(an, anl, "data-src") ||
	         name_eq(an, anl, "lowsrc") || name_eq(an, anl, "dynsrc"))
		link(h, v, vn,
		     name_eq(tag, tn, "iframe") || name_eq(tag, tn, "frame") ? LINK_ANCHOR
		                                                             : LINK_IMAGE);
	else if (name_eq(an, anl, "srcset"))
		srcset(h, v, vn);
	else if (name_eq(an, anl, "style"))
		css_urls(h, v, vn);
	else if (name_eq(an, anl, "alt") || name_eq(an, anl, "title")) {
		/* Shown when images are blocked or on hover: the buyer can read it. */
		put_space(h, ' ');
		text(h, v, vn);
		put_space(h, ' ');
	}
}

/* skip_raw - to the end of a <script>/<style> element; returns the body end. */
static const char *skip_raw(struct html *h, const char *name)
{
	size_t n = strlen(name);

	for (const char *q = h->p; q + n + 2 <= h->end; q++)
		if (q[0] == '<' && q[1] == '/' && strncasecmp(q + 2, name, n) == 0) {
			const char *body_end = q;
			const char *gt = memchr(q, '>', (size_t) (h->end - q));
			h->p = gt ? gt + 1 : h->end;
			return body_end;
		}
	h->p = h->end;
	return h->end;
}

static void tag(struct html *h)
{
	const char *q = h->p + 1, *name;
	size_t nl;
	bool closing = false;

	if (q < h->end && *q == '/') {
		closing = true;
		q++;
	}
	name = q;
	while (q < h->end && ((*q >= 'a' && *q <= 'z') || (*q >= 'A' && *q <= 'Z') ||
	                      (*q >= '0' && *q <= '9') || *q == ':' || *q == '-'))
		q++;
	nl = (size_t) (q - name);
	/* attributes */
	while (q < h->end && *q != '>') {
		const char *an, *v = NULL;
		size_t anl, vn = 0;

		while (q < h->end && (*q == ' ' || *q == '\t' || *q == '\n' || *q == '\r' ||
		                      *q == '/' || *q == '\f'))
			q++;
		an = q;
		while (q < h->end && *q != '=' && *q != '>' && *q != ' ' && *q != '\t' &&
		       *q != '\n' && *q != '\r' && *q != '/')
			q++;
		anl = (size_t) (q - an);
		while (q < h->end && (*q == ' ' || *q == '\t' || *q == '\n' || *q == '\r'))
			q++;
		if (q < h->end && *q == '=') {
			q++;
			while (q < h->end && (*q == ' ' || *q == '\t' || *q == '\n' || *q == '\r'))
				q++;
			if (q < h->end && (*q == '"' || *q == '\'')) {
				char quote = *q++;
				v = q;
				while (q < h->end && *q != quote)
					q++;
				vn = (size_t) (q - v);
				if (q < h->end)
					q++;
			} else {
				v = q;
				while (q < h->end && *q != '>' && *q != ' ' && *q != '\t' &&
				       *q != '\n' && *q != '\r')
					q++;
				vn = (size_t) (q - v);
			}
		}
		if (anl && v && !closing)
			attribute(h, name, nl, an, anl, v, vn);
		if (!anl && q < h->end && *q != '>')
			q++; /* stray character: make progress */
	}
	h->p = q < h->end ? q + 1 : h->end;
	for (size_t i = 0; i < ELEMENTSOF(blocks); i++)
		if (name_eq(name, nl, blocks[i])) {
			put_space(h, '\n');
			return;
		}
	if (!closing && (name_eq(name, nl, "script") || name_eq(name, nl, "style"))) {
		const char *body = h->p;
		const char *body_end =
		        skip_raw(h, name_eq(name, nl, "script") ? "script" : "style");
		if (name_eq(name, nl, "style"))
			css_urls(h, body, (size_t) (body_end - body));
		return;
	}
	/* Inline elements (a, span, b, img...) add no space: "w<b>w</b>w.shop.com" is one
	 * word on screen, and splitting a link with tags is a way to hide it. */
	if (name_eq(name, nl, "td") || name_eq(name, nl, "th"))
		put_space(h, ' ');
}

int html_reduce(const char *html, size_t len, unsigned max_tags, struct buf *out,
                html_link_fn link_fn, void *ctx)
{
	struct html h = {.p = html,
	                 .end = html + len,
	                 .out = out,
	                 .link_fn = link_fn,
	                 .ctx = ctx,
	                 .space = true};
	unsigned tags = 0;

	while (h.p < h.end && h.r == 0) {
		const char *lt = memchr(h.p, '<', (size_t) (h.end - h.p));
		if (!lt) {
			text(&h, h.p, (size_t) (h.end - h.p));
			break;
		}
		text(&h, h.p, (size_t) (lt - h.p));
		h.p = lt;
		if (h.end - lt >= 4 && memcmp(lt, "<!--", 4) == 0) {
			const char *c = memmem(lt + 4, (size_t) (h.end - lt - 4), "-->", 3);
			h.p = c ? c + 3 : h.end;
			continue;
		}
		if (h.end - lt >= 2 && (lt[1] == '!' || lt[1] == '?')) {
			const char *gt = memchr(lt, '>', (size_t) (h.end - lt));
			h.p = gt ? gt + 1 : h.end;
			continue;
		}
		if (h.end - lt < 2 || !((lt[1] >= 'a' && lt[1] <= 'z') ||
		                        (lt[1] >= 'A' && lt[1] <= 'Z') || lt[1] == '/')) {
			text(&h, "<", 1); /* a lone '<' is text */
			h.p = lt + 1;
			continue;
		}
		if (++tags > max_tags)
			return -ELOOP;
		tag(&h);
	}
	return h.r;
}
