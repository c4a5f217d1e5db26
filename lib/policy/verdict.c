/*
 * verdict - the policy's decision and its renderings; see verdict.h. The text and JSON
 * forms are a contract read by other tools: change them only with the README.
 */
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>

#include "limit.h"
#include "utf8.h"
#include "verdict.h"

const char *verdict_kind_name(enum verdict_kind k)
{
	switch (k) {
	case VERDICT_PASS:
		return "pass";
	case VERDICT_REJECT:
		return "reject";
	case VERDICT_IGNORE:
		return "ignore";
	case VERDICT_HOLD:
		return "hold";
	}
	return "hold";
}

const char *action_name(enum action a)
{
	switch (a) {
	case ACTION_WARN:
		return "warn";
	case ACTION_REJECT:
		return "reject";
	case ACTION_HOLD:
		return "hold";
	}
	return "hold";
}

struct verdict *verdict_new(const char *ruleset_digest)
{
	struct verdict *v = xcalloc(1, sizeof(*v));

	if (ruleset_digest)
		snprintf(v->ruleset, sizeof(v->ruleset), "%s", ruleset_digest);
	return v;
}

static char *dup_or_null(const char *s)
{
	return s ? xstrdup(s) : NULL;
}

void verdict_add(struct verdict *v, const char *rule, const char *category, enum action action,
                 const char *scope, const char *origin, size_t start, size_t end,
                 const char *excerpt, const char *reason, const char *hint)
{
	struct hit *h;

	/* One allocation step per hit: verdicts have a handful of hits at most. */
	v->hits = xrealloc(v->hits, (v->n_hits + 1) * sizeof(*v->hits));
	h = &v->hits[v->n_hits++];
	*h = (struct hit){
	        .rule = xstrdup(rule),
	        .category = xstrdup(category ? category : "engine"),
	        .action = action,
	        .scope = xstrdup(scope ? scope : "message"),
	        .origin = dup_or_null(origin),
	        .start = start,
	        .end = end,
	        .excerpt = dup_or_null(excerpt),
	        .reason = dup_or_null(reason),
	        .hint = dup_or_null(hint),
	};
	if (action == ACTION_HOLD)
		v->kind = VERDICT_HOLD;
	else if (action == ACTION_REJECT && v->kind == VERDICT_PASS)
		v->kind = VERDICT_REJECT;
}

void verdict_hit_l10n(struct hit *h, const char *lang, const char *reason, const char *hint)
{
	struct hit_l10n *l;

	if (!lang || strlen(lang) >= sizeof(l->lang))
		return;
	h->l10n = xrealloc(h->l10n, (h->n_l10n + 1) * sizeof(*h->l10n));
	l = &h->l10n[h->n_l10n++];
	*l = (struct hit_l10n){.reason = dup_or_null(reason), .hint = dup_or_null(hint)};
	memcpy(l->lang, lang, strlen(lang) + 1);
}

static const struct hit_l10n *find_l10n(const struct hit *h, const char *lang)
{
	for (size_t i = 0; lang && i < h->n_l10n; i++)
		if (streq(h->l10n[i].lang, lang))
			return &h->l10n[i];
	return NULL;
}

const char *hit_reason(const struct hit *h, const char *lang)
{
	const struct hit_l10n *l = find_l10n(h, lang);
	return l && l->reason ? l->reason : h->reason;
}

const char *hit_hint(const struct hit *h, const char *lang)
{
	const struct hit_l10n *l = find_l10n(h, lang);
	return l && l->hint ? l->hint : h->hint;
}

const char *hit_title(const struct hit *h)
{
	if (h->action == ACTION_WARN)
		return "Warning";
	if (h->action == ACTION_HOLD)
		return "Held";
	return h->missing ? "Missing [Important] tag" : "Not allowed";
}

struct verdict *verdict_free(struct verdict *v)
{
	if (!v)
		return NULL;
	for (size_t i = 0; i < v->n_hits; i++) {
		struct hit *h = &v->hits[i];
		free(h->rule);
		free(h->category);
		free(h->scope);
		free(h->origin);
		free(h->excerpt);
		free(h->reason);
		free(h->hint);
		for (size_t k = 0; k < h->n_l10n; k++) {
			free(h->l10n[k].reason);
			free(h->l10n[k].hint);
		}
		free(h->l10n);
	}
	free(v->hits);
	free(v);
	return NULL;
}

int verdict_format_text(const struct verdict *v, const char *file, struct buf *out)
{
	int r = buf_printf(out, "%s: %s", file, verdict_kind_name(v->kind));
	bool first = true;

	/* Rejects and holds name what decided; a pass names its warnings. */
	if (r == 0 && v->kind == VERDICT_PASS && v->n_hits)
		r = buf_puts(out, " warn");
	for (size_t i = 0; i < v->n_hits && r == 0; i++) {
		r = buf_printf(out, "%s%s@%s", first ? " " : ",", v->hits[i].rule,
		               v->hits[i].scope);
		first = false;
	}
	return r ? r : buf_putc(out, '\n');
}

/* utf8_len - length of a valid UTF-8 character at p, or 0 (base/utf8.c decides). */
static size_t utf8_len(const unsigned char *p, size_t n)
{
	uint32_t cp;
	return utf8_decode((const char *) p, n, &cp);
}

static int json_field(struct buf *out, const char *name, const char *value, bool comma)
{
	int r = buf_printf(out, "%s\"%s\":", comma ? "," : "", name);
	return r ? r : buf_json_string(out, value);
}

int verdict_format_json(const struct verdict *v, const char *file, struct buf *out)
{
	int r = buf_putc(out, '{');

	r = r ? r : json_field(out, "file", file, false);
	r = r ? r : json_field(out, "verdict", verdict_kind_name(v->kind), true);
	r = r ? r : json_field(out, "ruleset", v->ruleset, true);
	r = r ? r : buf_puts(out, ",\"hits\":[");
	for (size_t i = 0; i < v->n_hits && r == 0; i++) {
		const struct hit *h = &v->hits[i];
		r = buf_puts(out, i ? ",{" : "{");
		r = r ? r : json_field(out, "rule", h->rule, false);
		r = r ? r : json_field(out, "category", h->category, true);
		r = r ? r : json_field(out, "action", action_name(h->action), true);
		r = r ? r : json_field(out, "scope", h->scope, true);
		r = r ? r : json_field(out, "excerpt", h->excerpt ? h->excerpt : "", true);
		r = r ? r : json_field(out, "reason", h->reason ? h->reason : "", true);
		r = r ? r : json_field(out, "hint", h->hint ? h->hint : "", true);
		r = r ? r : buf_putc(out, '}');
	}
	return r ? r : buf_puts(out, "]}\n");
}

int verdict_format_report(const struct verdict *v, struct buf *out)
{
	int r = 0;

	for (size_t i = 0; i < v->n_hits && r == 0; i++) {
		const struct hit *h = &v->hits[i];
		r = buf_printf(out, "%zu. %s (%s, %s, in the %s)\n", i + 1, hit_title(h), h->rule,
		               h->category, h->scope);
		if (r == 0 && h->excerpt && *h->excerpt)
			r = buf_printf(out, "   Found: \"%s\"\n", h->excerpt);
		if (r == 0 && h->reason)
			r = buf_printf(out, "   Why:   %s\n", h->reason);
		if (r == 0 && h->hint)
			r = buf_printf(out, "   Fix:   %s\n", h->hint);
		if (r == 0)
			r = buf_putc(out, '\n');
	}
	if (r == 0 && v->ruleset[0])
		r = buf_printf(out, "Ruleset: %s\n", v->ruleset);
	return r;
}

/* back_to_char - move i back to the start of the UTF-8 character containing it. */
static size_t back_to_char(const char *t, size_t i)
{
	while (i > 0 && ((unsigned char) t[i] & 0xc0) == 0x80)
		i--;
	return i;
}

/* is_space - where a word may end: ASCII space and controls (excerpts are one line, so
 * line breaks are spaces too), and the ideographic space. */
static bool is_space(const char *t, size_t len, size_t i)
{
	unsigned char c = (unsigned char) t[i];
	return c <= 0x20 || c == 0x7f || (len - i >= 3 && memcmp(t + i, "\xe3\x80\x80", 3) == 0);
}

/* mid_word - true when position i (a character start, 0 < i < len) lies between two
 * characters that are not spaces: cutting there splits a word (or, in CJK text that
 * has no spaces, a sentence). */
static bool mid_word(const char *t, size_t len, size_t i)
{
	return i > 0 && i < len && !is_space(t, len, i) &&
	       !is_space(t, len, back_to_char(t, i - 1));
}

char *verdict_excerpt(const char *text, size_t len, size_t start, size_t end, size_t max_chars)
{
	struct buf out = BUF_INIT(0);
	size_t before, chars = 0, i, stop;
	bool cut_before = false, cut_after = false;

	if (start > len)
		start = len;
	if (end < start)
		end = start;
	if (end > len)
		end = len;
	if (max_chars == 0)
		max_chars = LIMIT_EXCERPT_CHARS;
	if (max_chars < 8)
		max_chars = 8;
	/* Context: up to a third of the budget before the match, the rest from its start. */
	before = max_chars / 3;
	i = back_to_char(text, start);
	for (size_t k = 0; k < before && i > 0; k++)
		i = back_to_char(text, i - 1);
	if (mid_word(text, len, i)) {
		/* Forward to the next word start, when there is one before the match. */
		size_t j = i;
		while (j < start && !is_space(text, len, j))
			j++;
		while (j < start && is_space(text, len, j))
			j++;
		if (j < start || (j == start && !mid_word(text, len, j)))
			i = back_to_char(text, j);
		else
			cut_before = true;
	}
	while (i < start && is_space(text, len, i))
		i += (unsigned char) text[i] == 0xe3 ? 3 : 1;
	/* Where the budget ends, counting "…" marks; then back to a word end when that
	 * does not cut into the match. */
	stop = i;
	for (size_t n = cut_before ? 1 : 0; stop < len && n < max_chars; n++) {
		size_t k = utf8_len((const unsigned char *) text + stop, len - stop);
		stop += k ? k : 1;
	}
	if (stop < len && mid_word(text, len, stop)) {
		size_t j = stop;
		while (j > end && j > i && !is_space(text, len, back_to_char(text, j - 1)))
			j = back_to_char(text, j - 1);
		if (j > end && j > i) {
			stop = j;
		} else {
			cut_after = true;
			stop = back_to_char(text, stop - 1); /* room for the mark */
		}
	}
	if (cut_before && buf_puts(&out, "\xe2\x80\xa6") == 0)
		chars++;
	while (i < stop) {
		const unsigned char *p = (const unsigned char *) text + i;
		size_t k = utf8_len(p, len - i);
		int r;

		if (k == 0) {
			r = buf_puts(&out, "\xef\xbf\xbd");
			k = 1;
		} else if (*p < 0x20 || *p == 0x7f) {
			/* Runs of line breaks and tabs become one space: excerpts are one line. */
			r = out.len && out.data[out.len - 1] == ' ' ? 0 : buf_putc(&out, ' ');
		} else {
			r = buf_append(&out, p, k);
		}
		if (r < 0)
			break;
		i += k;
	}
	while (out.len && out.data[out.len - 1] == ' ')
		out.data[--out.len] = '\0';
	if (cut_after) {
		if (buf_puts(&out, "\xe2\x80\xa6") < 0)
			chars = 0; /* the excerpt stays without its mark */
	}
	return buf_steal(&out);
}
