/*
 * report_html - the highlighted view of the seller's text; see report_html.h.
 */
#include <errno.h>
#include <stdio.h>
#include <strings.h>

#include "report.h"
#include "report_html.h"
#include "utf8.h"

#define FONT                                                                                       \
	"font-family:Arial,'Noto Sans','Noto Sans CJK JP','Noto Sans Arabic','Hiragino Sans',"     \
	"'Yu Gothic','Microsoft YaHei','Malgun Gothic',Tahoma,sans-serif"

int report_html_escape(struct buf *out, const char *s, size_t n, bool br, bool defuse)
{
	int r = 0;

	for (size_t i = 0; i < n && r == 0;) {
		unsigned char c = (unsigned char) s[i];
		uint32_t cp;
		size_t k = utf8_decode(s + i, n - i, &cp);

		if (k == 0) {
			r = buf_puts(out, "\xef\xbf\xbd");
			i++;
			continue;
		}
		if (c == '&')
			r = buf_puts(out, "&amp;");
		else if (c == '<')
			r = buf_puts(out, "&lt;");
		else if (c == '>')
			r = buf_puts(out, "&gt;");
		else if (c == '"')
			r = buf_puts(out, "&quot;");
		else if (c == '\'')
			r = buf_puts(out, "&#39;");
		else if (c == '\r')
			r = 0;
		else if (c == '\n')
			r = buf_puts(out, br ? "<br>\n" : " ");
		else if (c < 0x20 || c == 0x7f || (cp >= 0x80 && cp < 0xa0))
			r = buf_putc(out, ' ');
		else if (defuse && c == ':' && n - i >= 3 && memcmp(s + i, "://", 3) == 0)
			r = buf_puts(out, "<span>:</span>");
		else if (defuse && c == '@')
			r = buf_puts(out, "<span>@</span>");
		else if (defuse && (c == 'w' || c == 'W') && n - i >= 4 &&
		         strncasecmp(s + i, "www.", 4) == 0) {
			r = buf_append(out, s + i, 3);
			r = r ? r : buf_puts(out, "<span>.</span>");
			k = 4;
		} else
			r = buf_append(out, s + i, k);
		i += k;
	}
	return r;
}

static int esc(struct buf *out, const char *s)
{
	return s ? report_html_escape(out, s, strlen(s), true, true) : 0;
}

/* A place in the message's text where a hit is. */
struct spot {
	const struct text *t;
	size_t start, end;
	size_t hit;
};

static bool char_start(const struct text *t, size_t i)
{
	return i >= t->orig_len || ((unsigned char) t->orig[i] & 0xc0) != 0x80;
}

/* locate - the text and byte range of hit h: text hits carry them (scope, origin,
 * start, end); a link found in text is looked up by its URL in the texts of the scope
 * it was found in. Anything else (attachments, engine holds) has no place. */
static bool locate(const struct message *m, const struct hit *h, size_t idx, struct spot *sp)
{
	int sc = scope_from_name(h->scope);

	if (!m)
		return false;
	if (sc >= 0 && sc != SCOPE_LINKS && h->origin) {
		for (size_t i = 0; i < m->n_texts[sc]; i++) {
			const struct text *t = &m->texts[sc][i];
			if (!t->origin || !streq(t->origin, h->origin) || h->end > t->orig_len ||
			    h->start > h->end || !char_start(t, h->start) || !char_start(t, h->end))
				continue;
			*sp = (struct spot){t, h->start, h->end, idx};
			return true;
		}
		return false;
	}
	if (sc == SCOPE_LINKS && h->origin && h->excerpt && *h->excerpt) {
		int found_in = scope_from_name(h->origin);
		size_t n = strlen(h->excerpt);
		/* A long URL's excerpt ends in "…": look for what precedes it. */
		if (n > 3 && memcmp(h->excerpt + n - 3, "\xe2\x80\xa6", 3) == 0)
			n -= 3;
		for (int s = 0; s < SCOPE__MAX && n; s++) {
			if (s != found_in && !(found_in == SCOPE_BODY && s == SCOPE_QUOTED))
				continue;
			for (size_t i = 0; i < m->n_texts[s]; i++) {
				const struct text *t = &m->texts[s][i];
				const char *p = memmem(t->orig, t->orig_len, h->excerpt, n);
				if (!p)
					continue;
				*sp = (struct spot){t, (size_t) (p - t->orig),
				                    (size_t) (p - t->orig) + n, idx};
				return true;
			}
		}
	}
	return false;
}

static int badge(struct buf *out, size_t n)
{
	return buf_printf(out,
	                  "<span style=\"display:inline-block;min-width:16px;padding:0 4px;"
	                  "margin:0 2px;border-radius:8px;background:#b3261e;color:#ffffff;"
	                  "font-size:11px;font-weight:bold;line-height:16px;text-align:center;"
	                  "font-family:Arial,sans-serif\">%zu</span>",
	                  n);
}

static int hint_box(struct buf *out, const struct hit *h, const char *lang)
{
	const char *hint = hit_hint(h, lang);
	int r;

	if (!hint)
		return 0;
	r = buf_puts(out, "<span dir=\"auto\" style=\"background:#fff4e5;color:#5f370e;border:1px "
	                  "solid #f0c36d;border-radius:3px;padding:1px 4px;margin:0 2px;"
	                  "font-size:12px\">");
	r = r ? r : esc(out, hint);
	return r ? r : buf_puts(out, "</span>");
}

/* show_text - one text of the message with its spots (sorted by start) marked. A very
 * long text is shown from a little before its first spot, up to 20000 bytes. */
static int show_text(struct buf *out, const struct spot *sp, size_t n, const struct verdict *v,
                     const char *lang)
{
	const struct text *t = sp[0].t;
	size_t ws = 0, we = t->orig_len, pos;
	int r;

	if (we > 20000) {
		ws = sp[0].start > 2000 ? sp[0].start - 2000 : 0;
		while (ws > 0 && !char_start(t, ws))
			ws--;
		we = ws + 20000 < t->orig_len ? ws + 20000 : t->orig_len;
		while (we < t->orig_len && !char_start(t, we))
			we--;
	}
	r = buf_puts(out, "<div style=\"color:#57606a;font-size:12px;margin:12px 0 4px\">"
	                  "<span dir=\"ltr\">");
	r = r ? r : esc(out, t->origin ? t->origin : "");
	r = r ? r
	      : buf_puts(out, "</span></div>\n<div dir=\"auto\" style=\"border:1px solid #d0d7de;"
	                      "border-radius:6px;background:#f6f8fa;padding:12px;"
	                      "font-size:14px;line-height:1.8;word-wrap:break-word\">");
	if (r == 0 && ws > 0)
		r = buf_puts(out, "\xe2\x80\xa6");
	pos = ws;
	for (size_t i = 0; i < n && r == 0; i++) {
		size_t s = sp[i].start, e = sp[i].end;
		if (s < ws || e > we)
			continue; /* outside the window: listed below only */
		if (s >= pos) {
			r = report_html_escape(out, t->orig + pos, s - pos, true, true);
			pos = s;
		}
		if (r == 0 && e > pos) {
			r = buf_puts(out, "<mark style=\"background:#ffe066;color:#000000;"
			                  "padding:0 1px;border-radius:2px\">");
			r = r ? r : report_html_escape(out, t->orig + pos, e - pos, true, true);
			r = r ? r : buf_puts(out, "</mark>");
			pos = e;
		}
		r = r ? r : badge(out, sp[i].hit + 1);
		r = r ? r : hint_box(out, &v->hits[sp[i].hit], lang);
	}
	if (r == 0 && we > pos)
		r = report_html_escape(out, t->orig + pos, we - pos, true, true);
	if (r == 0 && we < t->orig_len)
		r = buf_puts(out, "\xe2\x80\xa6");
	return r ? r : buf_puts(out, "</div>\n");
}

static int show_texts(struct buf *out, const struct report_view *rv)
{
	const struct verdict *v = rv->v;
	struct spot *sp = xcalloc(v->n_hits + 1, sizeof(*sp));
	size_t n = 0;
	bool *done;
	int r = 0;

	for (size_t i = 0; i < v->n_hits; i++)
		if (locate(rv->m, &v->hits[i], i, &sp[n]))
			n++;
	if (n == 0) {
		free(sp);
		return 0;
	}
	/* Group by text, in the order the texts are first hit; by start within a text. */
	for (size_t i = 1; i < n; i++)
		for (size_t j = i; j > 0 && sp[j - 1].t == sp[j].t && sp[j - 1].start > sp[j].start;
		     j--) {
			struct spot tmp = sp[j];
			sp[j] = sp[j - 1];
			sp[j - 1] = tmp;
		}
	r = buf_puts(out, "<h2 style=\"font-size:16px;margin:20px 0 4px\">");
	r = r ? r : esc(out, report_text(rv->lang, RT_YOUR_TEXT));
	r = r ? r : buf_puts(out, "</h2>\n");
	done = xcalloc(n, sizeof(*done));
	for (size_t i = 0; i < n && r == 0; i++) {
		struct spot *group;
		size_t g = 0;
		if (done[i])
			continue;
		group = xcalloc(n, sizeof(*group));
		for (size_t j = i; j < n; j++)
			if (!done[j] && sp[j].t == sp[i].t) {
				group[g++] = sp[j];
				done[j] = true;
			}
		/* Insertion sort by start: a handful of hits. */
		for (size_t a = 1; a < g; a++)
			for (size_t b = a; b > 0 && group[b - 1].start > group[b].start; b--) {
				struct spot tmp = group[b];
				group[b] = group[b - 1];
				group[b - 1] = tmp;
			}
		r = show_text(out, group, g, v, rv->lang);
		free(group);
	}
	free(done);
	free(sp);
	return r;
}

static int labelled(struct buf *out, const char *label, const char *value, bool quote)
{
	int r;

	if (!value || !*value)
		return 0;
	r = buf_puts(out, "<div><span style=\"color:#57606a\">");
	r = r ? r : esc(out, label);
	r = r ? r : buf_puts(out, "</span> <span dir=\"auto\">");
	r = r ? r : buf_puts(out, quote ? "&#8220;" : "");
	r = r ? r : esc(out, value);
	r = r ? r : buf_puts(out, quote ? "&#8221;" : "");
	return r ? r : buf_puts(out, "</span></div>\n");
}

static int show_hits(struct buf *out, const struct report_view *rv)
{
	const struct verdict *v = rv->v;
	const char *lang = rv->lang;
	int r;

	r = buf_puts(out, "<h2 style=\"font-size:16px;margin:20px 0 4px\">");
	r = r ? r : esc(out, report_text(lang, RT_PROBLEMS));
	r = r ? r : buf_puts(out, "</h2>\n<ol style=\"padding:0 24px;margin:0\">\n");
	for (size_t i = 0; i < v->n_hits && r == 0; i++) {
		const struct hit *h = &v->hits[i];
		r = buf_puts(out, "<li style=\"margin:0 0 12px\">");
		r = r ? r : badge(out, i + 1);
		r = r ? r : buf_puts(out, " <strong>");
		r = r ? r : esc(out, report_hit_title(h, lang));
		r = r ? r
		      : buf_puts(out, "</strong> <span dir=\"ltr\" style=\"color:#57606a;"
		                      "font-size:12px\">(");
		r = r ? r : esc(out, h->rule);
		r = r ? r : buf_puts(out, ", ");
		r = r ? r : esc(out, h->category);
		r = r ? r : buf_puts(out, ", ");
		r = r ? r : esc(out, h->scope);
		r = r ? r : buf_puts(out, ")</span>\n");
		r = r ? r : labelled(out, report_text(lang, RT_FOUND), h->excerpt, true);
		r = r ? r : labelled(out, report_text(lang, RT_WHY), hit_reason(h, lang), false);
		r = r ? r : labelled(out, report_text(lang, RT_FIX), hit_hint(h, lang), false);
		r = r ? r : buf_puts(out, "</li>\n");
	}
	return r ? r : buf_puts(out, "</ol>\n");
}

int report_html(const struct report_view *rv, struct buf *out)
{
	const char *lang = rv->lang ? rv->lang : "en";
	const char *dir = streq(lang, "ar") ? "rtl" : "ltr";
	int r;

	r = buf_printf(out,
	               "<!DOCTYPE html>\n<html lang=\"%s\" dir=\"%s\">\n<head>\n"
	               "<meta charset=\"utf-8\">\n"
	               "<meta name=\"viewport\" content=\"width=device-width\">\n<title>",
	               lang, dir);
	r = r ? r : esc(out, rv->title);
	r = r ? r
	      : buf_printf(out,
	                   "</title>\n</head>\n<body style=\"margin:0;padding:0;"
	                   "background:#ffffff\">\n<div dir=\"%s\" style=\"max-width:760px;"
	                   "margin:0 auto;padding:16px;" FONT ";font-size:14px;"
	                   "line-height:1.5;color:#1f2328;background:#ffffff\">\n"
	                   "<h1 style=\"font-size:20px;margin:0 0 8px;color:#b3261e\">",
	                   dir);
	r = r ? r : esc(out, rv->title);
	r = r ? r : buf_puts(out, "</h1>\n");
	if (r == 0 && rv->explanation && *rv->explanation) {
		r = buf_puts(out, "<p style=\"margin:0 0 8px\">");
		r = r ? r : esc(out, rv->explanation);
		r = r ? r : buf_puts(out, "</p>\n");
	}
	if (r == 0 && rv->meta) {
		r = buf_puts(out, "<p style=\"margin:0 0 8px;color:#57606a;font-size:12px\">");
		r = r ? r : esc(out, rv->meta);
		r = r ? r : buf_puts(out, "</p>\n");
	}
	if (r == 0 && rv->server_reply) {
		r = buf_puts(out, "<p style=\"margin:8px 0 4px\">");
		r = r ? r : esc(out, report_text(lang, RT_SERVER_SAID));
		r = r ? r
		      : buf_puts(out, "</p>\n<div dir=\"ltr\" style=\"font-family:monospace;"
		                      "background:#f6f8fa;padding:8px;border-radius:4px\">");
		r = r ? r : esc(out, rv->server_reply);
		r = r ? r : buf_puts(out, "</div>\n");
	}
	if (r == 0 && rv->note) {
		r = buf_puts(out, "<p style=\"margin:8px 0\">");
		r = r ? r : esc(out, rv->note);
		r = r ? r : buf_puts(out, "</p>\n");
	}
	if (r == 0 && rv->v && rv->v->n_hits) {
		r = show_texts(out, rv);
		r = r ? r : show_hits(out, rv);
	}
	if (r == 0 && rv->v && rv->v->ruleset[0]) {
		r = buf_puts(out, "<p style=\"margin:16px 0 0;color:#57606a;font-size:12px\">");
		r = r ? r : esc(out, report_text(lang, RT_RULESET));
		r = r ? r : buf_puts(out, " <span dir=\"ltr\">");
		r = r ? r : esc(out, rv->v->ruleset);
		r = r ? r : buf_puts(out, "</span></p>\n");
	}
	return r ? r : buf_puts(out, "</div>\n</body>\n</html>\n");
}
