/*
 * ruleset - rule files (rules/README.md) compiled into PCRE2 JIT programs.
 *
 * Loading is all-or-nothing and reports every problem as file:line, because the people
 * who edit these files fix them from that list. JIT is required for every pattern: a
 * pattern the JIT cannot compile would run on the interpreter with different limits,
 * so it is an error rather than a silent slowdown. Reads only the files it is given.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <openssl/evp.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "buf.h"
#include "cache.h"
#include "prefilter.h"
#include "utf8.h"
#include "limit.h"
#include "rule.h"
#include "ruleset.h"

static int read_file(const char *path, char **ret, size_t *ret_len, char *emsg, size_t elen);

struct parse {
	struct ruleset *rs;
	const char *file;
	struct diag *d;
	size_t errors;
	struct rule *cur; /* rule being read, or NULL */
	/* Pattern sources of the current rule, joined at the end of the rule. */
	struct buf src[3][2]; /* [match|unless|tag][ascii|ucp] */
	size_t n_src[3];
};

static void err(struct parse *p, unsigned line, const char *fmt, ...) _printf_(3, 4);
static void err(struct parse *p, unsigned line, const char *fmt, ...)
{
	va_list ap;
	char *s;

	va_start(ap, fmt);
	s = xvasprintf(fmt, ap);
	va_end(ap);
	diag_add(p->d, p->file, line, "%s", s);
	free(s);
	p->errors++;
}

static void strv_add(char ***v, size_t *n, const char *s, size_t len)
{
	*v = xrealloc(*v, (*n + 1) * sizeof(char *));
	(*v)[(*n)++] = xstrndup(s, len);
}

static void strv_free(char **v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(v[i]);
	free(v);
}

static void patlist_free(struct patlist *pl)
{
	for (size_t i = 0; i < pl->n_code; i++) {
		pcre2_code_free(pl->code[i]);
		free(pl->code_src[i]);
	}
	free(pl->code);
	free(pl->code_src);
	for (size_t i = 0; i < pl->n_src; i++) {
		free(pl->pats[i].re);
		pcre2_code_free(pl->pats[i].code);
	}
	free(pl->pats);
	*pl = (struct patlist){0};
}

static pthread_mutex_t jit_lock = PTHREAD_MUTEX_INITIALIZER;

int patlist_ready(const struct patlist *pl)
{
	int rc = 0;

	if (__atomic_load_n(&pl->jitted, __ATOMIC_ACQUIRE))
		return 0;
	pthread_mutex_lock(&jit_lock);
	for (size_t i = 0; i < pl->n_code && rc == 0; i++) {
		if (!pl->code[i])
			rc = PCRE2_ERROR_NULL;
		else if (pcre2_jit_compile(pl->code[i], PCRE2_JIT_COMPLETE) != 0)
			rc = PCRE2_ERROR_JIT_BADOPTION;
	}
	for (size_t i = 0; i < pl->n_src && rc == 0; i++) {
		if (!pl->pats[i].code)
			rc = PCRE2_ERROR_NULL;
		else if (pcre2_jit_compile(pl->pats[i].code, PCRE2_JIT_COMPLETE) != 0)
			rc = PCRE2_ERROR_JIT_BADOPTION;
	}
	if (rc == 0)
		__atomic_store_n(&((struct patlist *) pl)->jitted, 1, __ATOMIC_RELEASE);
	pthread_mutex_unlock(&jit_lock);
	return rc;
}

static struct patlist *rule_list_mut(struct rule *r, int which)
{
	return which == LIST_MATCH ? &r->match : which == LIST_UNLESS ? &r->unless : &r->tags;
}

/* Every program of rs in the cache's order: per rule and list, the joined programs,
 * then the lines' own. */
static size_t programs(const struct ruleset *rs, pcre2_code ***ret)
{
	pcre2_code **v = NULL;
	size_t n = 0;

	for (size_t i = 0; i < rs->n_rules; i++)
		for (int l = 0; l < LIST__MAX; l++) {
			const struct patlist *pl = rule_list(&rs->rules[i], l);
			v = xrealloc(v, (n + pl->n_code + pl->n_src + 1) * sizeof(*v));
			for (size_t c = 0; c < pl->n_code; c++)
				v[n++] = pl->code[c];
			for (size_t c = 0; c < pl->n_src; c++)
				v[n++] = pl->pats[c].code;
		}
	*ret = v;
	return n;
}

int ruleset_programs_encode(const struct ruleset *rs, struct buf *out)
{
	pcre2_code **v;
	size_t n = programs(rs, &v);
	uint8_t *bytes = NULL;
	PCRE2_SIZE len = 0;
	uint64_t n64;
	int r = 0;

	for (size_t i = 0; i < n; i++)
		if (!v[i])
			r = -EINVAL;
	if (r == 0 && n &&
	    pcre2_serialize_encode((const pcre2_code **) v, (int32_t) n, &bytes, &len, NULL) < 0)
		r = -EINVAL;
	free(v);
	if (r < 0)
		return r;
	n64 = len;
	if (buf_append(out, &n64, sizeof(n64)) < 0 || (len && buf_append(out, bytes, len) < 0))
		r = -ENOMEM;
	if (bytes)
		pcre2_serialize_free(bytes);
	return r;
}

int ruleset_programs_decode(struct ruleset *rs, const void *data, size_t len)
{
	pcre2_code **v, **dec;
	size_t n = programs(rs, &v), k;
	int r = 0;

	if (n == 0) {
		free(v);
		return len == 0 ? 0 : -EINVAL;
	}
	if (len < 16 || n > INT32_MAX || pcre2_serialize_get_number_of_codes(data) != (int32_t) n) {
		free(v);
		return -EINVAL;
	}
	dec = xcalloc(n, sizeof(*dec));
	if (pcre2_serialize_decode(dec, (int32_t) n, data, NULL) != (int32_t) n)
		r = -EINVAL;
	for (k = 0; k < n && r == 0; k++)
		if (!dec[k] || v[k])
			r = -EINVAL;
	if (r < 0) {
		for (k = 0; k < n; k++)
			pcre2_code_free(dec[k]);
	} else {
		k = 0;
		for (size_t i = 0; i < rs->n_rules; i++)
			for (int l = 0; l < LIST__MAX; l++) {
				struct patlist *pl = rule_list_mut(&rs->rules[i], l);
				for (size_t c = 0; c < pl->n_code; c++)
					pl->code[c] = dec[k++];
				for (size_t c = 0; c < pl->n_src; c++)
					pl->pats[c].code = dec[k++];
			}
	}
	free(dec);
	free(v);
	return r;
}

void ruleset_pcre2_version(char *out, size_t n)
{
	char v[64] = "", jt[64] = "";

	pcre2_config(PCRE2_CONFIG_VERSION, v);
	if (pcre2_config(PCRE2_CONFIG_JITTARGET, NULL) > 0 &&
	    pcre2_config(PCRE2_CONFIG_JITTARGET, NULL) <= (int) sizeof(jt))
		pcre2_config(PCRE2_CONFIG_JITTARGET, jt);
	snprintf(out, n, "%s jit %s", v, jt);
}

static void rule_clear(struct rule *r)
{
	free(r->id);
	free(r->category);
	free(r->reason);
	free(r->hint);
	patlist_free(&r->match);
	patlist_free(&r->unless);
	patlist_free(&r->tags);
	strv_free(r->markets, r->n_markets);
	strv_free(r->except_markets, r->n_except_markets);
	strv_free(r->allow, r->n_allow);
	strv_free(r->allow_types, r->n_allow_types);
	for (size_t i = 0; i < r->n_examples; i++)
		free(r->examples[i].text);
	free(r->examples);
	strv_free(r->languages, r->n_languages);
	strv_free(r->unless_hit, r->n_unless_hit);
	for (size_t i = 0; i < RULE_MAX_LANGUAGES; i++) {
		free(r->reason_l10n[i]);
		free(r->hint_l10n[i]);
	}
	free(r->allow_file);
}

const char *const rule_languages[] = {"en", "ja", "zh", "zh-Hant", "ko", "de", "es", "fr",
                                      "it", "id", "nl", "pl",      "sv", "tr", "pt", "ar"};
const size_t rule_n_languages = ELEMENTSOF(rule_languages);
_Static_assert(ELEMENTSOF(rule_languages) == RULE_MAX_LANGUAGES,
               "RULE_MAX_LANGUAGES must match rule_languages[]");

static int language_index(const char *w, size_t n)
{
	for (size_t i = 0; i < rule_n_languages; i++)
		if (strlen(rule_languages[i]) == n && memcmp(rule_languages[i], w, n) == 0)
			return (int) i;
	return -1;
}

/* add_unless_hit - a rule named by `unless-hit`: it must be loaded before this one,
 * since rules run in load order and only an earlier rule's hit can be seen. */
static void add_unless_hit(struct parse *p, unsigned line, const char *w, size_t n)
{
	struct ruleset *rs = p->rs;
	struct rule *r = p->cur;
	bool found = false;

	for (size_t i = 0; i + 1 < rs->n_rules && !found; i++)
		found = strlen(rs->rules[i].id) == n && strncmp(rs->rules[i].id, w, n) == 0;
	if (!found) {
		err(p, line,
		    "unless-hit %.*s: no such rule before this one (rules run in load order)",
		    (int) n, w);
		return;
	}
	strv_add(&r->unless_hit, &r->n_unless_hit, w, n);
}

static void add_language(struct parse *p, unsigned line, const char *w, size_t n)
{
	struct rule *r = p->cur;

	if (language_index(w, n) < 0) {
		err(p, line,
		    "unknown language '%.*s' (en ja zh zh-Hant ko de es fr it id nl pl sv tr pt "
		    "ar)",
		    (int) n, w);
		return;
	}
	for (size_t i = 0; i < r->n_languages; i++)
		if (strlen(r->languages[i]) == n && memcmp(r->languages[i], w, n) == 0) {
			err(p, line, "language %.*s named twice", (int) n, w);
			return;
		}
	strv_add(&r->languages, &r->n_languages, w, n);
}

/* unescape_example - "\n" is a line break, "\\" a backslash; nothing else changes, so
 * patterns quoted in examples keep their backslashes. */
static char *unescape_example(const char *v, size_t n)
{
	char *out = xmalloc(n + 1), *o = out;

	for (size_t i = 0; i < n; i++) {
		if (v[i] == '\\' && i + 1 < n && v[i + 1] == 'n') {
			*o++ = '\n';
			i++;
		} else if (v[i] == '\\' && i + 1 < n && v[i + 1] == '\\') {
			*o++ = '\\';
			i++;
		} else {
			*o++ = v[i];
		}
	}
	*o = '\0';
	return out;
}

/* compile - PCRE2 in UTF mode with JIT. MATCH_INVALID_UTF keeps a stray invalid byte in
 * a decoded text from being undefined behaviour; JIT supports it. */
static pcre2_code *compile(const char *src, size_t len, uint32_t opts, char *emsg, size_t elen)
{
	int errcode;
	PCRE2_SIZE erroff;
	pcre2_code *code;

	code = pcre2_compile((PCRE2_SPTR) src, len, opts | PCRE2_UTF | PCRE2_MATCH_INVALID_UTF,
	                     &errcode, &erroff, NULL);
	if (!code) {
		PCRE2_UCHAR m[256];
		pcre2_get_error_message(errcode, m, sizeof(m));
		snprintf(emsg, elen, "bad pattern at offset %zu: %s", (size_t) erroff, m);
		return NULL;
	}
	if (pcre2_jit_compile(code, PCRE2_JIT_COMPLETE) != 0) {
		snprintf(emsg, elen, "the pattern cannot be JIT-compiled (required)");
		pcre2_code_free(code);
		return NULL;
	}
	return code;
}

/* add_pattern - checks "/re/flags" on its own (for an exact error line), then queues
 * it for the rule's joined program with its flags written inline. */
static void add_pattern(struct parse *p, unsigned line, int which, const char *v, size_t len)
{
	char delim, emsg[320];
	const char *end;
	uint32_t opts = 0;
	bool ucp = false;
	char inl[8];
	size_t n_inl = 0;
	pcre2_code *code;
	struct buf *b;
	int r = 0;

	if (len < 2) {
		err(p, line, "a pattern is written between delimiters, like /coupon/i");
		return;
	}
	delim = v[0];
	if ((unsigned char) delim < 0x21 || (unsigned char) delim > 0x7e || delim == '\\' ||
	    (delim >= '0' && delim <= '9') || (delim >= 'a' && delim <= 'z') ||
	    (delim >= 'A' && delim <= 'Z')) {
		err(p, line, "a pattern must start with a delimiter such as / or |, not '%c'",
		    delim);
		return;
	}
	end = v + len - 1;
	while (end > v && *end != delim)
		end--;
	if (end == v) {
		err(p, line, "pattern has no closing '%c'", delim);
		return;
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
			ucp = true;
			break;
		default:
			err(p, line, "unknown pattern flag '%c' (flags are i x s m u)", *f);
			return;
		}
		if (*f != 'u' && !memchr(inl, *f, n_inl))
			inl[n_inl++] = *f;
	}
	if (end == v + 1) {
		err(p, line, "empty pattern");
		return;
	}
	/* A ruleset read back from the cache (cache.c) compiled once already. */
	if (!p->rs->defer_compile) {
		code = compile(v + 1, (size_t) (end - v - 1), opts | (ucp ? PCRE2_UCP : 0), emsg,
		               sizeof(emsg));
		if (!code) {
			err(p, line, "%s", emsg);
			return;
		}
	} else {
		code = NULL; /* from the cache */
	}
	{
		struct patlist *pl = rule_list_mut(p->cur, which);
		struct patsrc *ps;
		pl->pats = xrealloc(pl->pats, (p->n_src[which] + 1) * sizeof(*pl->pats));
		ps = &pl->pats[p->n_src[which]];
		ps->re = xstrndup(v + 1, (size_t) (end - v - 1));
		ps->len = (size_t) (end - v - 1);
		ps->flags = (opts & PCRE2_CASELESS ? PATSRC_I : 0u) |
		            (opts & PCRE2_EXTENDED ? PATSRC_X : 0u) |
		            (opts & PCRE2_DOTALL ? PATSRC_S : 0u) |
		            (opts & PCRE2_MULTILINE ? PATSRC_M : 0u) | (ucp ? PATSRC_U : 0u);
		ps->code = code; /* kept: policy.c runs it alone after the prefilter */
	}
	/* (?flags:...) scopes the flags to this alternative; in x mode a newline ends a
	 * trailing comment before the group closes (elsewhere it would be a literal). */
	b = &p->src[which][ucp];
	r |= buf_puts(b, b->len ? "|(?" : "(?");
	r |= buf_append(b, inl, n_inl);
	r |= buf_putc(b, ':');
	r |= buf_append(b, v + 1, (size_t) (end - v - 1));
	r |= buf_puts(b, memchr(inl, 'x', n_inl) ? "\n)" : ")");
	if (r)
		err(p, line, "pattern too long");
	p->n_src[which]++;
}

static void join_patterns(struct parse *p, int which, struct patlist *pl)
{
	char emsg[320];

	for (int ucp = 0; ucp < 2; ucp++) {
		struct buf *b = &p->src[which][ucp];
		pcre2_code *code = NULL;

		if (!b->len)
			continue;
		/* Deferred: the program comes from the cache (cache.c). */
		if (!p->rs->defer_compile) {
			code = compile(b->data, b->len, ucp ? PCRE2_UCP : 0, emsg, sizeof(emsg));
			if (!code) {
				/* Each part compiled alone; together they can still fail, e.g.
				 * on an unbalanced group that closed ours. */
				err(p, p->cur->line, "rule %s: patterns do not combine: %s",
				    p->cur->id, emsg);
				buf_free(b);
				continue;
			}
		}
		pl->code = xrealloc(pl->code, (pl->n_code + 1) * sizeof(*pl->code));
		pl->code_src = xrealloc(pl->code_src, (pl->n_code + 1) * sizeof(*pl->code_src));
		pl->code_src[pl->n_code] = xstrndup(b->data, b->len);
		pl->code[pl->n_code++] = code;
		buf_free(b);
	}
	pl->jitted = !p->rs->defer_compile;
	pl->n_src = p->n_src[which];
	p->n_src[which] = 0;
}

static const char *const known_types[] = {
        "text", "html", "pdf",  "doc", "docx", "xlsx",   "pptx", "odt",
        "rtf",  "jpeg", "png",  "gif", "bmp",  "tiff",   "webp", "zip",
        "rar",  "7z",   "gzip", "tar", "exe",  "script", "ole2", "unknown",
};

static bool known_type(const char *t, size_t n)
{
	for (size_t i = 0; i < ELEMENTSOF(known_types); i++)
		if (strlen(known_types[i]) == n && strncmp(known_types[i], t, n) == 0)
			return true;
	return false;
}

/* words - calls fn for each space-separated word of v. */
static void words(const char *v, size_t len,
                  void (*fn)(struct parse *, unsigned, const char *, size_t), struct parse *p,
                  unsigned line)
{
	size_t i = 0;

	while (i < len) {
		size_t s;
		while (i < len && (v[i] == ' ' || v[i] == '\t'))
			i++;
		s = i;
		while (i < len && v[i] != ' ' && v[i] != '\t')
			i++;
		if (i > s)
			fn(p, line, v + s, i - s);
	}
}

static void add_scope(struct parse *p, unsigned line, const char *w, size_t n)
{
	char name[32];
	int s;

	snprintf(name, sizeof(name), "%.*s", (int) (n < 31 ? n : 31), w);
	if (streq(name, "own")) {
		/* the seller's own lines only: body without the quoted part of a reply */
		p->cur->scopes |= 1u << SCOPE_BODY;
		p->cur->own_only = true;
		return;
	}
	s = scope_from_name(name);
	if (s < 0)
		err(p, line,
		    "unknown scope '%s' (subject body own quoted links headers attachment-name "
		    "attachment-text)",
		    name);
	else
		p->cur->scopes |= 1u << s;
}

static void add_domain(char ***v, size_t *nv, struct parse *p, unsigned line, const char *w,
                       size_t n)
{
	for (size_t i = 0; i < n; i++) {
		char c = w[i];
		if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
		      c == '-' || c == '.' || (unsigned char) c >= 0x80)) {
			err(p, line, "'%.*s' is not a domain name", (int) n, w);
			return;
		}
	}
	strv_add(v, nv, w, n);
}

static void add_market(struct parse *p, unsigned line, const char *w, size_t n)
{
	add_domain(&p->cur->markets, &p->cur->n_markets, p, line, w, n);
}

static void add_except_market(struct parse *p, unsigned line, const char *w, size_t n)
{
	add_domain(&p->cur->except_markets, &p->cur->n_except_markets, p, line, w, n);
}

static void add_allow(struct parse *p, unsigned line, const char *w, size_t n)
{
	add_domain(&p->cur->allow, &p->cur->n_allow, p, line, w, n);
}

static void add_type(struct parse *p, unsigned line, const char *w, size_t n)
{
	if (!known_type(w, n))
		err(p, line, "unknown content type '%.*s' (see rules/README.md)", (int) n, w);
	else
		strv_add(&p->cur->allow_types, &p->cur->n_allow_types, w, n);
}

static int parse_size(const char *v, size_t len, size_t *ret)
{
	unsigned long long n = 0, mul = 1;
	size_t i = 0;

	if (len == 0 || v[0] < '0' || v[0] > '9')
		return -EINVAL;
	for (; i < len && v[i] >= '0' && v[i] <= '9'; i++) {
		n = n * 10 + (unsigned) (v[i] - '0');
		if (n > (1ULL << 40))
			return -ERANGE;
	}
	if (i < len) {
		const char *u = v + i;
		size_t ul = len - i;
		if (ul == 3 && strncasecmp(u, "KiB", 3) == 0)
			mul = 1024;
		else if (ul == 3 && strncasecmp(u, "MiB", 3) == 0)
			mul = 1024 * 1024;
		else if (ul == 3 && strncasecmp(u, "GiB", 3) == 0)
			mul = 1024ULL * 1024 * 1024;
		else if (ul == 2 && strncasecmp(u, "KB", 2) == 0)
			mul = 1000;
		else if (ul == 2 && strncasecmp(u, "MB", 2) == 0)
			mul = 1000 * 1000;
		else
			return -EINVAL;
	}
	*ret = (size_t) (n * mul);
	return 0;
}

static bool valid_id(const char *v, size_t n)
{
	if (n == 0 || n > 128)
		return false;
	for (size_t i = 0; i < n; i++)
		if (!((v[i] >= 'a' && v[i] <= 'z') || (v[i] >= 'A' && v[i] <= 'Z') ||
		      (v[i] >= '0' && v[i] <= '9') || v[i] == '.' || v[i] == '-' || v[i] == '_'))
			return false;
	return true;
}

/* finish_rule - joins the patterns and checks what each kind requires. */
static void finish_rule(struct parse *p)
{
	struct rule *r = p->cur;
	size_t before = p->errors;

	if (!r)
		return;
	join_patterns(p, 0, &r->match);
	join_patterns(p, 1, &r->unless);
	join_patterns(p, 2, &r->tags);
	if (!r->category)
		err(p, r->line, "rule %s has no category", r->id);
	if (!r->has_action)
		err(p, r->line, "rule %s has no action (reject, hold or warn)", r->id);
	if (!r->reason)
		err(p, r->line, "rule %s has no reason", r->id);
	if (!r->hint)
		err(p, r->line, "rule %s has no hint", r->id);
	switch (r->kind) {
	case RULE_MATCH:
		if (!r->scopes)
			err(p, r->line, "rule %s has no scope", r->id);
		if (!r->match.n_src)
			err(p, r->line, "rule %s has no match pattern", r->id);
		break;
	case RULE_LINKS:
		if (r->scopes &
		    ~((1u << SCOPE_SUBJECT) | (1u << SCOPE_BODY) | (1u << SCOPE_QUOTED) |
		      (1u << SCOPE_ATTACHMENT_TEXT) | (1u << SCOPE_LINKS)))
			err(p, r->line,
			    "rule %s: a links rule's scope may name only subject, body, "
			    "attachment-text or links",
			    r->id);
		break;
	case RULE_ATTACHMENTS:
		break;
	case RULE_IMPORTANT_REQUIRED:
	case RULE_IMPORTANT_MISUSE:
		if (!r->tags.n_src)
			err(p, r->line, "rule %s needs at least one tag pattern", r->id);
		if (!r->match.n_src)
			err(p, r->line, "rule %s needs match patterns for the critical topics",
			    r->id);
		if (!r->scopes)
			r->scopes = (1u << SCOPE_SUBJECT) | (1u << SCOPE_BODY);
		break;
	}
	/* Quoted text is checked like the seller's own (a fake quote must not hide
	 * anything); only important-required looks at the seller's own words, since a
	 * buyer's quoted question about an address does not make the answer critical. */
	if ((r->scopes & (1u << SCOPE_BODY)) && r->kind != RULE_IMPORTANT_REQUIRED && !r->own_only)
		r->scopes |= 1u << SCOPE_QUOTED;
	if (r->own_only && (r->scopes & (1u << SCOPE_QUOTED)))
		err(p, r->line, "rule %s: scope own and quoted exclude each other", r->id);
	if (r->allow_file && r->kind != RULE_LINKS)
		err(p, r->allow_file_line, "rule %s: allow-file is for links rules", r->id);
	if (r->n_markets && r->n_except_markets)
		err(p, r->line, "rule %s: use marketplaces or except-marketplaces, not both",
		    r->id);
	(void) before;
	p->cur = NULL;
}

static struct rule *new_rule(struct parse *p, unsigned line, const char *id, size_t n)
{
	struct ruleset *rs = p->rs;
	struct rule *r;

	for (size_t i = 0; i < rs->n_rules; i++)
		if (strlen(rs->rules[i].id) == n && strncmp(rs->rules[i].id, id, n) == 0)
			err(p, line, "rule %.*s is already defined at %s:%u", (int) n, id,
			    rs->rules[i].file, rs->rules[i].line);
	if (rs->n_rules >= LIMIT_RULES) {
		err(p, line, "more than %u rules", LIMIT_RULES);
		return NULL;
	}
	rs->rules = xrealloc(rs->rules, (rs->n_rules + 1) * sizeof(*rs->rules));
	r = &rs->rules[rs->n_rules++];
	*r = (struct rule){.id = xstrndup(id, n),
	                   .file = p->file,
	                   .line = line,
	                   .max_total = LIMIT_ATTACHMENT_TOTAL,
	                   .link_kind = -1};
	return r;
}

static char *dup_text(const char *v, size_t n)
{
	return xstrndup(v, n);
}

static void set_once(struct parse *p, unsigned line, char **field, const char *key, const char *v,
                     size_t n)
{
	if (*field) {
		err(p, line, "%s given twice", key);
		return;
	}
	if (n == 0) {
		err(p, line, "%s needs a value", key);
		return;
	}
	*field = dup_text(v, n);
}

/* parse_translation - `reason.LANG TEXT` or `hint.LANG TEXT`: the seller-facing text in
 * one of rule_languages[] other than English (the plain key is the English text). */
static void parse_translation(struct parse *p, unsigned line, const char *k, size_t kn,
                              const char *v, size_t vn)
{
	bool reason = k[0] == 'r';
	size_t pre = reason ? 7 : 5;
	int li = language_index(k + pre, kn - pre);
	char key[32];

	if (li < 0) {
		err(p, line,
		    "unknown language '%.*s' in %.*s (ja zh zh-Hant ko de es fr it id nl pl sv tr "
		    "pt ar)",
		    (int) (kn - pre), k + pre, (int) kn, k);
		return;
	}
	if (li == 0) {
		err(p, line, "%.*s: the plain '%s' is the English text", (int) kn, k,
		    reason ? "reason" : "hint");
		return;
	}
	snprintf(key, sizeof(key), "%.*s", (int) kn, k);
	set_once(p, line, reason ? &p->cur->reason_l10n[li] : &p->cur->hint_l10n[li], key, v, vn);
}

static void parse_key(struct parse *p, unsigned line, const char *k, size_t kn, const char *v,
                      size_t vn)
{
	struct rule *r = p->cur;

#define KEY(s) (kn == sizeof(s) - 1 && memcmp(k, s, kn) == 0)
	if (KEY("category")) {
		set_once(p, line, &r->category, "category", v, vn);
	} else if (KEY("reason")) {
		set_once(p, line, &r->reason, "reason", v, vn);
	} else if (KEY("hint")) {
		set_once(p, line, &r->hint, "hint", v, vn);
	} else if (KEY("kind")) {
		static const char *const kinds[] = {"match", "links", "attachments",
		                                    "important-required", "important-misuse"};
		size_t i;
		for (i = 0; i < ELEMENTSOF(kinds); i++)
			if (strlen(kinds[i]) == vn && memcmp(kinds[i], v, vn) == 0)
				break;
		if (i == ELEMENTSOF(kinds))
			err(p, line,
			    "unknown kind '%.*s' (match, links, attachments, important-required, "
			    "important-misuse)",
			    (int) vn, v);
		else
			r->kind = (enum rule_kind) i;
	} else if (KEY("scope")) {
		words(v, vn, add_scope, p, line);
	} else if (KEY("match")) {
		add_pattern(p, line, 0, v, vn);
	} else if (KEY("unless")) {
		add_pattern(p, line, 1, v, vn);
	} else if (KEY("tag")) {
		add_pattern(p, line, 2, v, vn);
	} else if (KEY("action")) {
		if (vn == 6 && memcmp(v, "reject", 6) == 0)
			r->action = ACTION_REJECT;
		else if (vn == 4 && memcmp(v, "hold", 4) == 0)
			r->action = ACTION_HOLD;
		else if (vn == 4 && memcmp(v, "warn", 4) == 0)
			r->action = ACTION_WARN;
		else {
			err(p, line, "unknown action '%.*s' (reject, hold or warn)", (int) vn, v);
			return;
		}
		if (r->has_action)
			err(p, line, "action given twice");
		r->has_action = true;
	} else if (KEY("marketplaces")) {
		words(v, vn, add_market, p, line);
	} else if (KEY("except-marketplaces")) {
		words(v, vn, add_except_market, p, line);
	} else if (KEY("allow")) {
		words(v, vn, add_allow, p, line);
	} else if (KEY("allow-type")) {
		words(v, vn, add_type, p, line);
	} else if (KEY("max-total")) {
		if (parse_size(v, vn, &r->max_total) < 0)
			err(p, line, "bad size '%.*s' (e.g. 10MiB, 512KiB, 2000000)", (int) vn, v);
	} else if (KEY("link-kind")) {
		if (vn == 5 && memcmp(v, "image", 5) == 0)
			r->link_kind = LINK_IMAGE;
		else if (vn == 6 && memcmp(v, "anchor", 6) == 0)
			r->link_kind = LINK_ANCHOR;
		else if (vn == 4 && memcmp(v, "text", 4) == 0)
			r->link_kind = LINK_TEXT;
		else if (vn == 3 && memcmp(v, "any", 3) == 0)
			r->link_kind = -1;
		else
			err(p, line, "unknown link-kind '%.*s' (image, anchor, text, any)",
			    (int) vn, v);
	} else if ((kn > 7 && memcmp(k, "reason.", 7) == 0) ||
	           (kn > 5 && memcmp(k, "hint.", 5) == 0)) {
		parse_translation(p, line, k, kn, v, vn);
	} else if (kn >= 7 && memcmp(k, "example", 7) == 0 && (kn == 7 || k[7] == '.')) {
		struct example e = {.line = line};
		size_t i = 0;

		if (kn == 7) {
			memcpy(e.lang, "en", 3);
		} else if (language_index(k + 8, kn - 8) < 0) {
			err(p, line, "unknown example language '%.*s'", (int) (kn - 8), k + 8);
			return;
		} else {
			memcpy(e.lang, k + 8, kn - 8);
		}
		if (vn >= 6 && memcmp(v, "reject", 6) == 0 &&
		    (vn == 6 || v[6] == ' ' || v[6] == '\t'))
			e.reject = true, i = 6;
		else if (vn >= 4 && memcmp(v, "pass", 4) == 0 &&
		         (vn == 4 || v[4] == ' ' || v[4] == '\t'))
			e.reject = false, i = 4;
		else {
			err(p, line, "an example starts with 'reject' or 'pass'");
			return;
		}
		while (i < vn && (v[i] == ' ' || v[i] == '\t'))
			i++;
		if (vn - i >= 7 && memcmp(v + i, "[reply]", 7) == 0) {
			e.reply = true;
			i += 7;
			while (i < vn && (v[i] == ' ' || v[i] == '\t'))
				i++;
		}
		if (i == vn) {
			err(p, line, "example has no text");
			return;
		}
		e.text = unescape_example(v + i, vn - i);
		r->examples = xrealloc(r->examples, (r->n_examples + 1) * sizeof(*r->examples));
		r->examples[r->n_examples++] = e;
	} else if (KEY("languages")) {
		words(v, vn, add_language, p, line);
	} else if (KEY("unless-hit")) {
		words(v, vn, add_unless_hit, p, line);
	} else if (KEY("when")) {
		if (vn == 9 && memcmp(v, "proactive", 9) == 0)
			r->when = RULE_WHEN_PROACTIVE;
		else if (vn == 5 && memcmp(v, "reply", 5) == 0)
			r->when = RULE_WHEN_REPLY;
		else
			err(p, line, "unknown condition 'when %.*s' (proactive or reply)", (int) vn,
			    v);
	} else if (KEY("allow-file")) {
		const char *slash = strrchr(p->file, '/');
		if (vn == 0 || memchr(v, '/', vn) || (vn >= 1 && v[0] == '.')) {
			err(p, line,
			    "allow-file names a file beside the rule file (no '/', no leading "
			    "'.')");
			return;
		}
		if (r->allow_file) {
			err(p, line, "allow-file given twice");
			return;
		}
		r->allow_file = slash ? xasprintf("%.*s/%.*s", (int) (slash - p->file), p->file,
		                                  (int) vn, v)
		                      : xstrndup(v, vn);
		r->allow_file_line = line;
	} else {
		err(p, line, "unknown key '%.*s'", (int) kn, k);
	}
#undef KEY
}

size_t ruleset_parse(struct ruleset *rs, const char *file, const char *data, size_t len,
                     struct diag *d)
{
	struct parse p = {.rs = rs, .file = file, .d = d};
	size_t pos = 0;
	unsigned line = 0;

	while (pos < len) {
		const char *l = data + pos, *nl = memchr(l, '\n', len - pos);
		size_t n = nl ? (size_t) (nl - l) : len - pos, bad, i = 0, ks, vs, ve;

		pos += n + (nl ? 1 : 0);
		line++;
		if (n && l[n - 1] == '\r')
			n--;
		if (n > LIMIT_RULE_LINE) {
			err(&p, line, "line longer than %u bytes", LIMIT_RULE_LINE);
			continue;
		}
		if (!utf8_valid(l, n, &bad)) {
			err(&p, line, "invalid UTF-8 at column %zu (save the file as UTF-8)",
			    bad + 1);
			continue;
		}
		while (i < n && (l[i] == ' ' || l[i] == '\t'))
			i++;
		if (i == n || l[i] == '#')
			continue;
		if (i == 0) {
			/* "rule ID" starts a rule; nothing else may start a line. */
			finish_rule(&p);
			if (n < 5 || memcmp(l, "rule", 4) != 0 || (l[4] != ' ' && l[4] != '\t')) {
				err(&p, line, "expected 'rule ID' (rule settings are indented)");
				continue;
			}
			i = 5;
			while (i < n && (l[i] == ' ' || l[i] == '\t'))
				i++;
			ve = n;
			while (ve > i && (l[ve - 1] == ' ' || l[ve - 1] == '\t'))
				ve--;
			if (!valid_id(l + i, ve - i)) {
				err(&p, line, "bad rule id '%.*s' (letters, digits, . - _)",
				    (int) (ve - i), l + i);
				continue;
			}
			p.cur = new_rule(&p, line, l + i, ve - i);
			continue;
		}
		if (!p.cur) {
			err(&p, line, "setting outside a rule (start one with 'rule ID')");
			continue;
		}
		ks = i;
		while (i < n && l[i] != ' ' && l[i] != '\t')
			i++;
		vs = i;
		while (vs < n && (l[vs] == ' ' || l[vs] == '\t'))
			vs++;
		ve = n;
		while (ve > vs && (l[ve - 1] == ' ' || l[ve - 1] == '\t'))
			ve--;
		parse_key(&p, line, l + ks, i - ks, l + vs, ve - vs);
	}
	finish_rule(&p);
	for (int w = 0; w < 3; w++)
		for (int u = 0; u < 2; u++)
			buf_free(&p.src[w][u]);
	return p.errors;
}

struct ruleset *ruleset_free(struct ruleset *rs)
{
	if (!rs)
		return NULL;
	for (size_t i = 0; i < rs->n_rules; i++)
		rule_clear(&rs->rules[i]);
	free(rs->rules);
	strv_free(rs->files, rs->n_files);
	for (size_t i = 0; i < rs->n_sources; i++)
		free(rs->sources[i].path);
	free(rs->sources);
	prefilter_free(rs->pf);
	free(rs);
	return NULL;
}

/* add_source - remembers a file read and the SHA-256 of its bytes (once per path). */
static void add_source(struct ruleset *rs, const char *path, const char *data, size_t len)
{
	unsigned char dig[EVP_MAX_MD_SIZE];
	unsigned dl = 0;
	struct ruleset_source *src;

	for (size_t i = 0; i < rs->n_sources; i++)
		if (strcmp(rs->sources[i].path, path) == 0)
			return;
	if (!EVP_Digest(data, len, dig, &dl, EVP_sha256(), NULL) || dl != 32)
		panic("SHA-256 failed");
	rs->sources = xrealloc(rs->sources, (rs->n_sources + 1) * sizeof(*rs->sources));
	src = &rs->sources[rs->n_sources++];
	src->path = xstrdup(path);
	for (unsigned i = 0; i < 32; i++)
		snprintf(src->sha256 + 2 * i, 3, "%02x", dig[i]);
}

static int read_file(const char *path, char **ret, size_t *ret_len, char *emsg, size_t elen)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	struct stat st;
	char *data;
	size_t got = 0;

	if (fd < 0 || fstat(fd, &st) < 0) {
		snprintf(emsg, elen, "%s", strerror(errno));
		if (fd >= 0)
			close(fd);
		return -EIO;
	}
	if ((size_t) st.st_size > LIMIT_RULE_FILE_SIZE) {
		snprintf(emsg, elen, "larger than %u bytes", LIMIT_RULE_FILE_SIZE);
		close(fd);
		return -EFBIG;
	}
	data = xmalloc((size_t) st.st_size + 1);
	while (got < (size_t) st.st_size) {
		ssize_t k = read(fd, data + got, (size_t) st.st_size - got);
		if (k <= 0) {
			snprintf(emsg, elen, "%s", k < 0 ? strerror(errno) : "file shrank");
			free(data);
			close(fd);
			return -EIO;
		}
		got += (size_t) k;
	}
	close(fd);
	data[got] = '\0';
	*ret = data;
	*ret_len = got;
	return 0;
}

static int cmp_base(const void *a, const void *b)
{
	const char *x = strrchr(*(char *const *) a, '/'), *y = strrchr(*(char *const *) b, '/');
	return strcmp(x ? x + 1 : *(char *const *) a, y ? y + 1 : *(char *const *) b);
}

/* collect - the *.rules files of dir, replacing same-named ones already in the list. */
static int collect(const char *dir, char ***files, size_t *n, struct diag *d, bool required)
{
	DIR *dh = opendir(dir);
	struct dirent *de;

	if (!dh) {
		if (!required && errno == ENOENT)
			return 0;
		diag_add(d, dir, 0, "cannot read rules directory: %s", strerror(errno));
		return -errno;
	}
	while ((de = readdir(dh))) {
		size_t l = strlen(de->d_name);
		size_t i;
		if (l <= 6 || strcmp(de->d_name + l - 6, ".rules") != 0 || de->d_name[0] == '.')
			continue;
		for (i = 0; i < *n; i++) {
			const char *b = strrchr((*files)[i], '/');
			if (strcmp(b ? b + 1 : (*files)[i], de->d_name) == 0)
				break;
		}
		if (i < *n) {
			free((*files)[i]);
			(*files)[i] = xasprintf("%s/%s", dir, de->d_name);
		} else {
			*files = xrealloc(*files, (*n + 1) * sizeof(char *));
			(*files)[(*n)++] = xasprintf("%s/%s", dir, de->d_name);
		}
	}
	closedir(dh);
	return 0;
}

static bool host_valid(const char *w, size_t n)
{
	if (n == 0 || n > 253 || w[0] == '.' || w[0] == '-' || w[n - 1] == '.' ||
	    !memchr(w, '.', n))
		return false;
	for (size_t i = 0; i < n; i++) {
		char c = w[i];
		if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.'))
			return false;
	}
	return true;
}

/* load_allow_file - a links rule's host list kept as data (rules/README.md, "Allow
 * files"): one "HOST COUNTRY SOURCE..." line each, '#' comments. COUNTRY is an ISO 3166
 * code or "XX" for a carrier that crosses borders; SOURCE says where the host was
 * checked, so the next person can check it again. Returns the number of problems. */
static size_t load_allow_file(struct ruleset *rs, struct rule *r, EVP_MD_CTX *md, struct diag *d)
{
	char *data, emsg[256];
	size_t len, pos = 0, errors = 0;
	unsigned line = 0;

	if (read_file(r->allow_file, &data, &len, emsg, sizeof(emsg)) < 0) {
		diag_add(d, r->file, r->allow_file_line, "allow-file %s: %s", r->allow_file, emsg);
		return 1;
	}
	EVP_DigestUpdate(md, r->allow_file, strlen(r->allow_file) + 1);
	EVP_DigestUpdate(md, data, len);
	add_source(rs, r->allow_file, data, len);
	while (pos < len) {
		const char *l = data + pos, *nl = memchr(l, '\n', len - pos);
		size_t n = nl ? (size_t) (nl - l) : len - pos, i = 0, hs, he, cs, ce, bad;

		pos += n + (nl ? 1 : 0);
		line++;
		if (n && l[n - 1] == '\r')
			n--;
		if (!utf8_valid(l, n, &bad)) {
			diag_add(d, r->allow_file, line, "invalid UTF-8 at column %zu", bad + 1);
			errors++;
			continue;
		}
		while (i < n && (l[i] == ' ' || l[i] == '\t'))
			i++;
		if (i == n || l[i] == '#')
			continue;
		hs = i;
		while (i < n && l[i] != ' ' && l[i] != '\t')
			i++;
		he = i;
		while (i < n && (l[i] == ' ' || l[i] == '\t'))
			i++;
		cs = i;
		while (i < n && l[i] != ' ' && l[i] != '\t')
			i++;
		ce = i;
		while (i < n && (l[i] == ' ' || l[i] == '\t'))
			i++;
		if (ce - cs != 2 || !(l[cs] >= 'A' && l[cs] <= 'Z') ||
		    !(l[cs + 1] >= 'A' && l[cs + 1] <= 'Z') || i == n) {
			diag_add(d, r->allow_file, line,
			         "expected 'HOST COUNTRY SOURCE' (COUNTRY two capitals, XX for "
			         "cross-border)");
			errors++;
			continue;
		}
		if (!host_valid(l + hs, he - hs)) {
			diag_add(d, r->allow_file, line, "'%.*s' is not a host name",
			         (int) (he - hs), l + hs);
			errors++;
			continue;
		}
		strv_add(&r->allow, &r->n_allow, l + hs, he - hs);
	}
	free(data);
	return errors;
}

static int load(const char *const *dirs, size_t n_dirs, bool defer, struct diag *d,
                struct ruleset **ret)
{
	struct ruleset *rs = xcalloc(1, sizeof(*rs));
	EVP_MD_CTX *md = EVP_MD_CTX_new();
	unsigned char dig[EVP_MAX_MD_SIZE];
	unsigned dlen = 0;
	size_t errors = 0;
	int r = 0;

	if (!md)
		panic("EVP_MD_CTX_new failed");
	rs->defer_compile = defer;
	for (size_t i = 0; i < n_dirs && r == 0; i++)
		r = collect(dirs[i], &rs->files, &rs->n_files, d, i == 0);
	if (r < 0)
		goto fail;
	if (rs->n_files == 0) {
		diag_add(d, dirs[0], 0, "no *.rules files");
		r = -ENOENT;
		goto fail;
	}
	qsort(rs->files, rs->n_files, sizeof(char *), cmp_base);
	EVP_DigestInit_ex(md, EVP_sha256(), NULL);
	for (size_t i = 0; i < rs->n_files; i++) {
		const char *base = strrchr(rs->files[i], '/');
		char *data, emsg[256];
		size_t len;

		base = base ? base + 1 : rs->files[i];
		if (read_file(rs->files[i], &data, &len, emsg, sizeof(emsg)) < 0) {
			diag_add(d, rs->files[i], 0, "%s", emsg);
			if (r == 0)
				r = -EIO;
			continue;
		}
		/* The digest names the rules that decided a verdict: file names and bytes. */
		EVP_DigestUpdate(md, base, strlen(base) + 1);
		EVP_DigestUpdate(md, data, len);
		add_source(rs, rs->files[i], data, len);
		size_t first = rs->n_rules;
		errors += ruleset_parse(rs, rs->files[i], data, len, d);
		free(data);
		for (size_t k = first; k < rs->n_rules; k++)
			if (rs->rules[k].allow_file)
				errors += load_allow_file(rs, &rs->rules[k], md, d);
	}
	EVP_DigestFinal_ex(md, dig, &dlen);
	for (unsigned i = 0; i < 8; i++)
		snprintf(rs->digest + 2 * i, 3, "%02x", dig[i]);
	if (r == 0 && errors)
		r = -EINVAL;
	if (r < 0)
		goto fail;
	EVP_MD_CTX_free(md);
	*ret = rs;
	return 0;
fail:
	EVP_MD_CTX_free(md);
	ruleset_free(rs);
	return r;
}

int ruleset_load_opts(const char *const *dirs, size_t n_dirs, const struct ruleset_opts *o,
                      struct diag *d, struct ruleset **ret)
{
	bool want_pf = !(o && o->no_prefilter);
	struct ruleset *rs = NULL;
	int r;

	/* Cache first: parse without compiling (the digest needs the files anyway), then
	 * take the programs from the cache if it holds exactly these. Any problem with the
	 * cache, or in the files, and the ordinary load below decides and reports. */
	if (o && o->cache_dir) {
		struct diag quiet = DIAG_INIT;
		if (load(dirs, n_dirs, true, &quiet, &rs) == 0 &&
		    cache_load(rs, o->cache_dir, want_pf) == 0) {
			diag_clear(&quiet);
			if (o->interpret)
				for (size_t i = 0; i < rs->n_rules; i++)
					for (int l = 0; l < LIST__MAX; l++) /* ready as they are */
						rule_list_mut(&rs->rules[i], l)->jitted = 1;
			rs->defer_compile = false;
			rs->from_cache = true;
			*ret = rs;
			return 0;
		}
		diag_clear(&quiet);
		rs = ruleset_free(rs);
	}
	r = load(dirs, n_dirs, false, d, &rs);
	if (r < 0)
		return r;
	if (want_pf && prefilter_build(rs, &rs->pf) < 0)
		rs->pf = NULL;
	if (o && o->cache_dir)
		(void) cache_store(rs, o->cache_dir);
	*ret = rs;
	return 0;
}

int ruleset_load(const char *const *dirs, size_t n_dirs, struct diag *d, struct ruleset **ret)
{
	return ruleset_load_opts(dirs, n_dirs, NULL, d, ret);
}

bool ruleset_prefiltered(const struct ruleset *rs)
{
	return rs && rs->pf;
}

bool ruleset_from_cache(const struct ruleset *rs)
{
	return rs && rs->from_cache;
}

void ruleset_prefilter_stats(const struct ruleset *rs, size_t *exact, size_t *widened,
                             size_t *always)
{
	prefilter_stats(rs ? rs->pf : NULL, exact, widened, always);
}

const char *ruleset_digest(const struct ruleset *rs)
{
	return rs ? rs->digest : "";
}

size_t ruleset_count(const struct ruleset *rs)
{
	return rs ? rs->n_rules : 0;
}

size_t ruleset_files(const struct ruleset *rs, const char *const **ret)
{
	*ret = (const char *const *) rs->files;
	return rs->n_files;
}

size_t ruleset_sources(const struct ruleset *rs, const struct ruleset_source **ret)
{
	*ret = rs->sources;
	return rs->n_sources;
}
