/*
 * notice - Amazon's notices matched against notices.list; see notice.h.
 */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <ctype.h>
#include <errno.h>
#include <pcre2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "notice.h"

struct pat {
	pcre2_code *re; /* NULL: a plain substring */
	char *text;     /* the substring, or the pattern as written */
};

struct entry {
	char *id;
	int kind; /* enum notice_kind, -1 unset */
	bool quoted;
	char *source;
	char *marketplace;
	struct pat *subj, *body;
	size_t n_subj, n_body;
	char *file;
	unsigned line;
};

struct notice_rules {
	struct entry *e;
	size_t n;
};

static const char *const kind_names[] = {"opted-out", "blocked-content", "restricted-proactive"};

const char *notice_kind_name(enum notice_kind k)
{
	return (size_t) k < ELEMENTSOF(kind_names) ? kind_names[k] : "?";
}

static void pats_free(struct pat *p, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		pcre2_code_free(p[i].re);
		free(p[i].text);
	}
	free(p);
}

struct notice_rules *notice_rules_free(struct notice_rules *nr)
{
	if (!nr)
		return NULL;
	for (size_t i = 0; i < nr->n; i++) {
		struct entry *e = &nr->e[i];
		free(e->id);
		free(e->source);
		free(e->marketplace);
		free(e->file);
		pats_free(e->subj, e->n_subj);
		pats_free(e->body, e->n_body);
	}
	free(nr->e);
	free(nr);
	return NULL;
}

size_t notice_rules_count(const struct notice_rules *nr)
{
	return nr ? nr->n : 0;
}

/* compile_delimited - "/re/flags" as rule files write it (rules/README.md). */
static pcre2_code *compile_delimited(const char *v, size_t len, char *emsg, size_t elen)
{
	uint32_t opts = PCRE2_UTF | PCRE2_MATCH_INVALID_UTF;
	const char *end;
	char delim;
	int errcode;
	PCRE2_SIZE erroff;
	pcre2_code *code;

	if (len < 2) {
		snprintf(emsg, elen, "a pattern is written between delimiters, like /opt out/i");
		return NULL;
	}
	delim = v[0];
	if (!ispunct((unsigned char) delim) || delim == '\\') {
		snprintf(emsg, elen, "a pattern must start with a delimiter such as / or |");
		return NULL;
	}
	end = v + len - 1;
	while (end > v && *end != delim)
		end--;
	if (end == v) {
		snprintf(emsg, elen, "pattern has no closing '%c'", delim);
		return NULL;
	}
	for (const char *f = end + 1; f < v + len; f++) {
		switch (*f) {
		case 'i':
			opts |= PCRE2_CASELESS;
			break;
		case 'x':
			opts |= PCRE2_EXTENDED;
			break;
		case 's':
			opts |= PCRE2_DOTALL;
			break;
		case 'm':
			opts |= PCRE2_MULTILINE;
			break;
		case 'u':
			opts |= PCRE2_UCP;
			break;
		default:
			snprintf(emsg, elen, "unknown pattern flag '%c' (i x s m u)", *f);
			return NULL;
		}
	}
	code = pcre2_compile((PCRE2_SPTR) (v + 1), (size_t) (end - v - 1), opts, &errcode, &erroff,
	                     NULL);
	if (!code) {
		PCRE2_UCHAR m[256];
		pcre2_get_error_message(errcode, m, sizeof(m));
		snprintf(emsg, elen, "bad pattern at offset %zu: %s", (size_t) erroff, m);
		return NULL;
	}
	(void) pcre2_jit_compile(code, PCRE2_JIT_COMPLETE); /* the interpreter is fine too */
	return code;
}

static void add_pat(struct pat **v, size_t *n, pcre2_code *re, const char *text, size_t len)
{
	*v = xrealloc(*v, (*n + 1) * sizeof(**v));
	(*v)[(*n)++] = (struct pat){re, xstrndup(text, len)};
}

struct parse {
	struct notice_rules *nr;
	struct diag *d;
	const char *file;
	struct entry *cur;
	size_t errors;
};

static void err(struct parse *p, unsigned line, const char *fmt, ...) _printf_(3, 4);
static void err(struct parse *p, unsigned line, const char *fmt, ...)
{
	char text[512];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(text, sizeof(text), fmt, ap);
	va_end(ap);
	diag_add(p->d, p->file, line, "%s", text);
	p->errors++;
}

static void finish(struct parse *p)
{
	struct entry *e = p->cur;

	if (!e)
		return;
	if (e->kind < 0)
		err(p, e->line,
		    "notice %s has no kind (opted-out, blocked-content, "
		    "restricted-proactive)",
		    e->id);
	if (!e->source)
		err(p, e->line, "notice %s has no source (quoted|constructed WHERE)", e->id);
	if (!e->n_subj && !e->n_body)
		err(p, e->line, "notice %s has no subject or body line", e->id);
	p->cur = NULL;
}

static bool valid_id(const char *s, size_t n)
{
	if (!n)
		return false;
	for (size_t i = 0; i < n; i++)
		if (!isalnum((unsigned char) s[i]) && s[i] != '.' && s[i] != '-' && s[i] != '_')
			return false;
	return true;
}

static void parse_line(struct parse *p, unsigned line, const char *l, size_t len)
{
	bool indented = len && (l[0] == ' ' || l[0] == '\t');
	size_t i = 0, kl;
	const char *k, *v;
	size_t vl;
	char emsg[320];

	while (i < len && (l[i] == ' ' || l[i] == '\t'))
		i++;
	if (i == len || l[i] == '#')
		return;
	k = l + i;
	kl = strcspn(k, " \t");
	if (kl > len - i)
		kl = len - i;
	v = k + kl;
	while (v < l + len && (*v == ' ' || *v == '\t'))
		v++;
	vl = (size_t) (l + len - v);
	while (vl && (v[vl - 1] == ' ' || v[vl - 1] == '\t' || v[vl - 1] == '\r'))
		vl--;

	if (!indented) {
		finish(p);
		if (kl != 6 || memcmp(k, "notice", 6) != 0 || !valid_id(v, vl)) {
			err(p, line, "expected \"notice ID\" (ID of letters, digits, . - _)");
			return;
		}
		for (size_t n = 0; n < p->nr->n; n++)
			if (strlen(p->nr->e[n].id) == vl && memcmp(p->nr->e[n].id, v, vl) == 0)
				err(p, line, "notice %.*s defined twice (also %s:%u)", (int) vl, v,
				    p->nr->e[n].file, p->nr->e[n].line);
		p->nr->e = xrealloc(p->nr->e, (p->nr->n + 1) * sizeof(*p->nr->e));
		p->cur = &p->nr->e[p->nr->n++];
		*p->cur = (struct entry){
		        .id = xstrndup(v, vl), .kind = -1, .file = xstrdup(p->file), .line = line};
		return;
	}
	if (!p->cur) {
		err(p, line, "an indented line outside a notice");
		return;
	}
	struct entry *e = p->cur;
#define KEY(s) (kl == sizeof(s) - 1 && memcmp(k, s, kl) == 0)
	if (!vl) {
		err(p, line, "%.*s needs a value", (int) kl, k);
	} else if (KEY("kind")) {
		e->kind = -1;
		for (size_t n = 0; n < ELEMENTSOF(kind_names); n++)
			if (strlen(kind_names[n]) == vl && memcmp(kind_names[n], v, vl) == 0)
				e->kind = (int) n;
		if (e->kind < 0)
			err(p, line,
			    "unknown kind '%.*s' (opted-out, blocked-content, "
			    "restricted-proactive)",
			    (int) vl, v);
	} else if (KEY("subject") || KEY("body")) {
		pcre2_code *re = compile_delimited(v, vl, emsg, sizeof(emsg));
		if (!re)
			err(p, line, "%s", emsg);
		else if (KEY("subject"))
			add_pat(&e->subj, &e->n_subj, re, v, vl);
		else
			add_pat(&e->body, &e->n_body, re, v, vl);
	} else if (KEY("subject-has")) {
		add_pat(&e->subj, &e->n_subj, NULL, v, vl);
	} else if (KEY("body-has")) {
		add_pat(&e->body, &e->n_body, NULL, v, vl);
	} else if (KEY("marketplace")) {
		free(e->marketplace);
		e->marketplace = xstrndup(v, vl);
		for (char *c = e->marketplace; *c; c++)
			*c = (char) tolower((unsigned char) *c);
	} else if (KEY("source")) {
		size_t wl = strcspn(v, " \t");
		if (wl > vl)
			wl = vl;
		bool q = wl == 6 && memcmp(v, "quoted", 6) == 0;
		bool c = wl == 11 && memcmp(v, "constructed", 11) == 0;
		const char *rest = v + wl;
		while (rest < v + vl && (*rest == ' ' || *rest == '\t'))
			rest++;
		if ((!q && !c) || rest == v + vl) {
			err(p, line, "source is \"quoted WHERE\" or \"constructed WHERE\"");
		} else {
			free(e->source);
			e->source = xstrndup(rest, (size_t) (v + vl - rest));
			e->quoted = q;
		}
	} else {
		err(p, line,
		    "unknown key '%.*s' (kind subject subject-has body body-has "
		    "marketplace source)",
		    (int) kl, k);
	}
#undef KEY
}

static int load_file(struct parse *p, const char *path)
{
	FILE *f = fopen(path, "re");
	char *line = NULL;
	size_t cap = 0;
	ssize_t n;
	unsigned ln = 0;

	if (!f)
		return errno == ENOENT ? 0 : -errno;
	p->file = path;
	while ((n = getline(&line, &cap, f)) >= 0) {
		ln++;
		while (n && (line[n - 1] == '\n' || line[n - 1] == '\r'))
			line[--n] = 0;
		parse_line(p, ln, line, (size_t) n);
	}
	finish(p);
	free(line);
	fclose(f);
	return 0;
}

int notice_rules_load(const char *const *paths, size_t n, struct diag *d, struct notice_rules **ret)
{
	struct notice_rules *nr = xcalloc(1, sizeof(*nr));
	struct parse p = {.nr = nr, .d = d};

	*ret = NULL;
	for (size_t i = 0; i < n; i++) {
		int r = load_file(&p, paths[i]);
		if (r < 0) {
			diag_add(d, paths[i], 0, "%s", strerror(-r));
			p.errors++;
		}
	}
	if (p.errors) {
		notice_rules_free(nr);
		return -EINVAL;
	}
	*ret = nr;
	return 0;
}

/* ---- dates ---- */

static const char *const months[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                     "jul", "aug", "sep", "oct", "nov", "dec"};

static int month_of(const char *w, size_t n)
{
	if (n < 3)
		return -1;
	for (int i = 0; i < 12; i++)
		if (strncasecmp(w, months[i], 3) == 0)
			return i;
	return -1;
}

int notice_parse_date(const char *s, size_t len, uint64_t *ret)
{
	char buf[64], word[32] = "";
	int y = 0, m = -1, d = 0, consumed = 0;
	struct tm tm = {0};

	if (len >= sizeof(buf))
		return -EINVAL;
	memcpy(buf, s, len);
	buf[len] = 0;
	if (sscanf(buf, "%4d-%2d-%2d%n", &y, &m, &d, &consumed) == 3 && consumed == (int) len) {
		m--;
	} else if (sscanf(buf, "%2d.%2d.%4d%n", &d, &m, &y, &consumed) == 3 &&
	           consumed == (int) len) {
		m--;
	} else if (sscanf(buf, "%31[A-Za-z] %2d, %4d%n", word, &d, &y, &consumed) == 3 &&
	           consumed == (int) len) {
		m = month_of(word, strlen(word));
	} else if (sscanf(buf, "%2d %31[A-Za-z] %4d%n", &d, word, &y, &consumed) == 3 &&
	           consumed == (int) len) {
		m = month_of(word, strlen(word));
	} else {
		return -EINVAL;
	}
	if (y < 2000 || y > 2200 || m < 0 || m > 11 || d < 1 || d > 31)
		return -EINVAL;
	tm.tm_year = y - 1900;
	tm.tm_mon = m;
	tm.tm_mday = d;
	time_t t = timegm(&tm);
	if (t < 0)
		return -EINVAL;
	*ret = (uint64_t) t;
	return 0;
}

/* ---- matching ---- */

struct found {
	char order[ORDERID_LEN + 1];
	uint64_t until;
	char marketplace[256];
};

static bool group(pcre2_code *re, pcre2_match_data *md, const char *subj, const char *name,
                  const char **s, size_t *len)
{
	int n = pcre2_substring_number_from_name(re, (PCRE2_SPTR) name);
	PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);

	if (n <= 0 || (uint32_t) n >= pcre2_get_ovector_count(md) || ov[2 * n] == PCRE2_UNSET)
		return false;
	*s = subj + ov[2 * n];
	*len = ov[2 * n + 1] - ov[2 * n];
	return true;
}

static bool pat_match(const struct pat *p, const char *text, size_t len, uint64_t now,
                      struct found *f)
{
	if (!p->re) {
		size_t pl = strlen(p->text);
		for (size_t i = 0; pl <= len && i + pl <= len; i++)
			if (strncasecmp(text + i, p->text, pl) == 0)
				return true;
		return false;
	}
	pcre2_match_data *md = pcre2_match_data_create_from_pattern(p->re, NULL);
	int rc = pcre2_match(p->re, (PCRE2_SPTR) text, len, 0, 0, md, NULL);
	const char *s;
	size_t sl;

	if (rc >= 0) {
		char o[ORDERID_LEN + 1];
		if (group(p->re, md, text, "order", &s, &sl) && orderid_scan(s, sl, o))
			memcpy(f->order, o, sizeof(o));
		if (group(p->re, md, text, "until", &s, &sl))
			(void) notice_parse_date(s, sl, &f->until);
		if (group(p->re, md, text, "days", &s, &sl) && sl && sl < 5) {
			char num[8];
			memcpy(num, s, sl);
			num[sl] = 0;
			f->until = now + strtoull(num, NULL, 10) * 86400;
		}
		if (group(p->re, md, text, "marketplace", &s, &sl) && sl < sizeof(f->marketplace)) {
			for (size_t i = 0; i < sl; i++)
				f->marketplace[i] = (char) tolower((unsigned char) s[i]);
			f->marketplace[sl] = 0;
		}
	}
	pcre2_match_data_free(md);
	return rc >= 0;
}

static bool group_match(const struct pat *pats, size_t n, const struct message *m,
                        const enum scope *scopes, size_t n_scopes, uint64_t now, struct found *f)
{
	for (size_t i = 0; i < n; i++)
		for (size_t s = 0; s < n_scopes; s++)
			for (size_t t = 0; t < m->n_texts[scopes[s]]; t++) {
				const struct text *x = &m->texts[scopes[s]][t];
				if (x->norm && pat_match(&pats[i], x->norm, x->norm_len, now, f))
					return true;
			}
	return false;
}

bool notice_match(const struct notice_rules *nr, const struct message *m, uint64_t now,
                  struct notice_match *out)
{
	static const enum scope subj[] = {SCOPE_SUBJECT};
	static const enum scope body[] = {SCOPE_BODY, SCOPE_QUOTED, SCOPE_ATTACHMENT_TEXT};

	for (size_t i = 0; nr && m && i < nr->n; i++) {
		const struct entry *e = &nr->e[i];
		struct found f = {.order = ""};
		if (e->n_subj && !group_match(e->subj, e->n_subj, m, subj, 1, now, &f))
			continue;
		if (e->n_body &&
		    !group_match(e->body, e->n_body, m, body, ELEMENTSOF(body), now, &f))
			continue;
		*out = (struct notice_match){.id = e->id,
		                             .kind = (enum notice_kind) e->kind,
		                             .quoted = e->quoted,
		                             .source = e->source,
		                             .until = f.until};
		if (f.order[0])
			memcpy(out->order, f.order, sizeof(f.order));
		else
			(void) orderid_find(m, out->order);
		snprintf(out->marketplace, sizeof(out->marketplace), "%s",
		         f.marketplace[0] ? f.marketplace
		         : e->marketplace ? e->marketplace
		                          : "");
		return true;
	}
	return false;
}
