/*
 * links - URLs and bare domains written in text; see links.h.
 *
 * Three shapes are found in one left-to-right pass: scheme://..., www.-led hosts, and
 * bare host names whose last label is a known top-level domain. The TLD list is what
 * keeps "8.5 mm", "v2.1.3", "U.S." and "manual.pdf" from being links; a bare TLD must
 * also be written in one case ("shop.com", "SHOP.COM"), so a missing space after a
 * full stop ("shipped.Do you...") is not a link either.
 */
#include <stdbool.h>
#include <stdio.h>
#include <strings.h>

#include "addr.h"
#include "base.h"
#include "buf.h"
#include "links.h"

/* Generic TLDs sellers and spammers use, and every ISO 3166 country code. */
static const char *const gtlds[] = {
        "com",    "net",    "org",     "info",    "biz",      "io",      "co",    "shop",
        "store",  "online", "site",    "app",     "xyz",      "top",     "me",    "tv",
        "cc",     "ly",     "gl",      "gd",      "to",       "link",    "club",  "live",
        "page",   "blog",   "web",     "website", "tech",     "store",   "sale",  "deals",
        "promo",  "gift",   "gifts",   "coupons", "discount", "market",  "world", "email",
        "news",   "click",  "buzz",    "icu",     "vip",      "pro",     "asia",  "mobi",
        "name",   "edu",    "gov",     "mil",     "int",      "amazon",  "cloud", "digital",
        "social", "review", "reviews", "best",    "fun",      "life",    "today", "space",
        "store",  "ltd",    "group",   "company", "help",     "support", "tokyo", "nyc",
        "london", "berlin", "paris",   "jobs",    "travel",
};

static const char *const cctlds =
        "ac ad ae af ag ai al am ao aq ar as at au aw ax az ba bb bd be bf bg bh bi bj bm bn bo "
        "br bs bt bw by bz ca cd cf cg ch ci ck cl cm cn co cr cu cv cw cx cy cz de dj dk dm do "
        "dz ec ee eg er es et eu fi fj fk fm fo fr ga gb gd ge gf gg gh gi gl gm gn gp gq gr gs "
        "gt gu gw gy hk hm hn hr ht hu id ie il im in io iq ir is it je jm jo jp ke kg kh ki km "
        "kn kp kr kw ky kz la lb lc li lk lr ls lt lu lv ly ma mc md me mg mh mk ml mm mn mo mp "
        "mq mr ms mt mu mv mw mx my mz na nc ne nf ng ni nl no np nr nu nz om pa pe pf pg ph pk "
        "pl pm pn pr ps pt pw py qa re ro rs ru rw sa sb sc sd se sg sh si sk sl sm sn so sr ss "
        "st sv sx sy sz tc td tf tg th tj tk tl tm tn to tr tt tv tw tz ua ug uk us uy uz va vc "
        "ve vg vi vn vu wf ws ye yt za zm zw";

static bool is_tld(const char *s, size_t n)
{
	char low[16];

	if (n < 2 || n >= sizeof(low))
		return false;
	for (size_t i = 0; i < n; i++) {
		char c = s[i];
		if (c >= 'A' && c <= 'Z')
			c = (char) (c - 'A' + 'a');
		if (c < 'a' || c > 'z')
			return false;
		low[i] = c;
	}
	low[n] = '\0';
	if (n == 2) {
		for (const char *p = cctlds;; p += 3) {
			if (p[0] == low[0] && p[1] == low[1])
				return true;
			if (p[2] == '\0')
				return false;
		}
	}
	for (size_t i = 0; i < ELEMENTSOF(gtlds); i++)
		if (streq(gtlds[i], low))
			return true;
	return false;
}

static bool one_case(const char *s, size_t n)
{
	bool lo = false, up = false;

	for (size_t i = 0; i < n; i++) {
		lo |= s[i] >= 'a' && s[i] <= 'z';
		up |= s[i] >= 'A' && s[i] <= 'Z';
	}
	return !(lo && up);
}

static bool is_alnum(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

static bool is_label(unsigned char c)
{
	return is_alnum(c) || c == '-' || c == '_';
}

/* dot_at - length of a label separator at p: '.', U+3002 '。' or U+FF61 '｡'. */
static size_t dot_at(const char *p, const char *end)
{
	if (p < end && *p == '.')
		return 1;
	if (end - p >= 3 && memcmp(p, "\xe3\x80\x82", 3) == 0)
		return 3;
	if (end - p >= 3 && memcmp(p, "\xef\xbd\xa1", 3) == 0)
		return 3;
	return 0;
}

/* url_end - where a URL that started at p ends: at white space, at characters that
 * cannot be in one, or at CJK punctuation; then trailing punctuation is given back. */
static const char *url_end(const char *p, const char *end)
{
	const char *q = p;

	while (q < end) {
		unsigned char c = (unsigned char) *q;
		if (c <= 0x20 || c == '<' || c == '>' || c == '"' || c == '`' || c == '{' ||
		    c == '}' || c == '|' || c == '\\' || c == '^' || c == 0x7f)
			break;
		if (c == 0xe3 && end - q >= 3 && (unsigned char) q[1] == 0x80 &&
		    (unsigned char) q[2] <= 0xbf && (unsigned char) q[2] != 0x82)
			break; /* U+3000..U+303F CJK punctuation, except the full stop */
		if (c == 0xe3 && end - q >= 3 && (unsigned char) q[1] == 0x80 &&
		    (unsigned char) q[2] == 0x82 &&
		    (q + 3 >= end || (unsigned char) q[3] >= 0x80 ||
		     !is_label((unsigned char) q[3])))
			break; /* 。 ending a sentence */
		if (c == 0xef && end - q >= 3 && (unsigned char) q[1] == 0xbc)
			break; /* full-width punctuation left after folding */
		q++;
	}
	while (q > p && strchr(".,;:!?)]}'*", q[-1]))
		q--;
	return q;
}

/* host_end - scans a host of labels and separators from p; sets *last and *last_len
 * to the final label. Returns p when there is no host with at least one separator. */
static const char *host_end(const char *p, const char *end, const char **last, size_t *last_len)
{
	const char *q = p, *lbl = p;
	size_t dots = 0;

	for (;;) {
		const char *s = q;
		while (q < end && is_label((unsigned char) *q))
			q++;
		if (q == s)
			return p; /* cannot happen: we only continue before a label character */
		lbl = s;
		size_t d = dot_at(q, end);
		if (!d || q + d >= end || !is_label((unsigned char) q[d]))
			break;
		q += d;
		dots++;
	}
	if (!dots)
		return p;
	*last = lbl;
	*last_len = (size_t) (q - lbl);
	return q;
}

void links_find(const char *text, size_t len, links_fn fn, void *ctx)
{
	const char *p = text, *end = text + len;

	while (p < end) {
		unsigned char prev = p > text ? (unsigned char) p[-1] : ' ';
		const char *e;

		if (!is_alnum((unsigned char) *p) || is_label(prev) || prev == '.' || prev == '@' ||
		    prev == '/' || prev == ':' || prev == '%' || prev == '&' || prev == '=') {
			p++;
			continue;
		}
		/* scheme://... */
		const char *s = p;
		while (s < end &&
		       (is_alnum((unsigned char) *s) || *s == '+' || *s == '-' || *s == '.'))
			s++;
		if (end - s >= 3 && s[0] == ':' && s[1] == '/' && s[2] == '/' && s - p <= 32) {
			e = url_end(s + 3, end);
			if (e > s + 3) {
				fn(ctx, p, (size_t) (e - p));
				p = e;
				continue;
			}
		}
		/* www.host or host.tld */
		const char *last = NULL;
		size_t last_len = 0;
		const char *h = host_end(p, end, &last, &last_len);
		bool www = end - p > 4 && strncasecmp(p, "www", 3) == 0 && dot_at(p + 3, end);
		if (h > p && (www || (is_tld(last, last_len) && one_case(last, last_len))) &&
		    (h >= end || (*h != '@' && !is_label((unsigned char) *h)))) {
			/* a file name is not a site: manual.pdf, photo.jpg (but www.x.zip is). */
			static const char *const files[] = {"zip", "mov", "py", "sh", "pl", "rs"};
			bool file = false;
			for (size_t i = 0; !www && i < ELEMENTSOF(files); i++)
				file |= last_len == strlen(files[i]) &&
				        strncasecmp(last, files[i], last_len) == 0 &&
				        (h >= end || *h != '/');
			if (!file) {
				e = h;
				if (e < end && (*e == '/' || *e == ':' || *e == '?' || *e == '#'))
					e = url_end(e, end);
				if (e < h)
					e = h;
				fn(ctx, p, (size_t) (e - p));
				p = e;
				continue;
			}
		}
		p = h > p ? h : p + 1;
	}
}

char *links_host(const char *url, size_t len)
{
	const char *p = url, *end = url + len, *h, *he;
	struct buf b = BUF_INIT(1024);

	/* scheme:// or protocol-relative //; "mailto:", "tel:", "cid:" have no host. */
	for (const char *s = p; s < end && s - p < 33; s++) {
		if (*s == ':') {
			if (end - s >= 3 && s[1] == '/' && s[2] == '/') {
				p = s + 3;
				goto host;
			}
			if (s > p && is_alnum((unsigned char) *p) &&
			    !(end - s > 1 && s[1] >= '0' && s[1] <= '9'))
				return NULL; /* mailto:, tel:, data:, javascript: */
			break;
		}
		if (!(is_alnum((unsigned char) *s) || *s == '+' || *s == '-' || *s == '.'))
			break;
	}
	if (end - p >= 2 && p[0] == '/' && p[1] == '/')
		p += 2;
	else if (p < end && (*p == '/' || *p == '#' || *p == '?' || *p == '.'))
		return NULL; /* relative */
host:
	h = p;
	he = h;
	while (he < end && *he != '/' && *he != '?' && *he != '#' && *he != '\\')
		he++;
	/* user:pass@host */
	for (const char *a = he; a > h; a--)
		if (a[-1] == '@') {
			h = a;
			break;
		}
	if (h < he && *h == '[') {
		const char *rb = memchr(h, ']', (size_t) (he - h));
		if (rb)
			he = rb + 1;
	} else if (he > h) {
		const char *colon = memchr(h, ':', (size_t) (he - h));
		if (colon)
			he = colon;
	}
	for (const char *c = h; c < he; c++) {
		size_t d = dot_at(c, he);
		int r;
		if (d) {
			r = buf_putc(&b, '.');
			c += d - 1;
		} else {
			char ch = *c;
			if (ch >= 'A' && ch <= 'Z')
				ch = (char) (ch - 'A' + 'a');
			r = buf_putc(&b, ch);
		}
		if (r < 0)
			break;
	}
	while (b.len && b.data[b.len - 1] == '.')
		b.data[--b.len] = '\0';
	if (!b.len) {
		buf_free(&b);
		return NULL;
	}
	return buf_steal(&b);
}

bool links_host_in(const char *host, const char *d)
{
	return addr_host_is(host, strlen(host), d);
}

static int hexval(char c)
{
	return c >= '0' && c <= '9'   ? c - '0'
	       : c >= 'a' && c <= 'f' ? c - 'a' + 10
	       : c >= 'A' && c <= 'F' ? c - 'A' + 10
	                              : -1;
}

/* param - the value of ?name= or &name= in the query of url, percent-decoded. */
static char *param(const char *url, size_t len, const char *name)
{
	const char *q = memchr(url, '?', len), *end = url + len;
	size_t nl = strlen(name);
	struct buf b = BUF_INIT(len + 1);

	while (q && q < end) {
		q++;
		if ((size_t) (end - q) > nl && strncmp(q, name, nl) == 0 && q[nl] == '=') {
			for (const char *p = q + nl + 1; p < end && *p != '&'; p++) {
				int hi, lo;
				char c = *p;
				if (c == '%' && end - p > 2 && (hi = hexval(p[1])) >= 0 &&
				    (lo = hexval(p[2])) >= 0) {
					c = (char) (hi * 16 + lo);
					p += 2;
				} else if (c == '+') {
					c = ' ';
				}
				if (buf_putc(&b, c) < 0)
					break;
			}
			if (buf_putc(&b, '\0') < 0) {
				buf_free(&b);
				return NULL;
			}
			return buf_steal(&b);
		}
		q = memchr(q, '&', (size_t) (end - q));
	}
	buf_free(&b);
	return NULL;
}

char *links_unwrap(const char *url, size_t len)
{
	char *host = links_host(url, len), *target = NULL;

	if (!host)
		return NULL;
	if (links_host_in(host, "safelinks.protection.outlook.com"))
		target = param(url, len, "url");
	else if (streq(host, "www.google.com") || streq(host, "google.com"))
		target = strstr(url, "/url?") && (size_t) (strstr(url, "/url?") - url) < len
		                 ? param(url, len, "q")
		                 : NULL;
	free(host);
	if (target && strncasecmp(target, "http://", 7) != 0 &&
	    strncasecmp(target, "https://", 8) != 0) {
		free(target);
		target = NULL;
	}
	return target;
}
