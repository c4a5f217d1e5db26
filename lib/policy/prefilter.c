/*
 * prefilter - Hyperscan in front of PCRE2; see prefilter.h.
 *
 * Identifiers: every pattern line of the ruleset has one, numbered in rule, list
 * (LIST_MATCH, LIST_UNLESS, LIST_TAGS) and line order, reported once per text
 * (HS_FLAG_SINGLEMATCH). A list is "covered" in a scope when all its lines are in that
 * scope's database; an uncovered list runs whole, every time. A scan leaves one bit
 * per line and text: the lines whose own PCRE2 programs policy.c then runs.
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "prefilter.h"
#include "rule.h"
#include "utf8.h"

struct prefilter_scratch {
	void *hs;       /* hs_scratch_t */
	unsigned gen;   /* the prefilter the Hyperscan scratch was last sized for */
	uint64_t *bits; /* per text: one bit per pattern line that fired */
	uint8_t *all;   /* per text: 1 = not scanned, every list runs whole */
	size_t cap, cap_texts;
	const struct prefilter *pf;
	size_t off[SCOPE__MAX], n_texts[SCOPE__MAX];
	bool valid;
};

#ifdef AG_HAVE_HYPERSCAN
#include <hs/hs.h>
#include <sys/mman.h>

#define HUGE_PAGE (2u * 1024 * 1024)

struct prefilter {
	unsigned gen;
	size_t n_rules, n_lists, n_lines; /* lists: rule * LIST__MAX + list */
	size_t lwords, pwords;            /* words of a list bitset, of a line bitset */
	uint32_t *first;                  /* [n_lists]: id of the list's first line */
	uint32_t *count;                  /* [n_lists]: its lines */
	hs_database_t *dbs[SCOPE__MAX];
	size_t mapped[SCOPE__MAX]; /* bytes of our mapping (deserialize_db), 0: Hyperscan's */
	size_t n_dbs;
	int db_of[SCOPE__MAX]; /* index in dbs, or -1: nothing covered in this scope */
	uint64_t *covered;     /* [SCOPE__MAX][lwords]: lists whose every line is in db_of */
	uint64_t *forced;      /* [pwords]: lines run on every text (risky()) */
	size_t n_exact, n_prefiltered, n_always;
};

static unsigned next_gen;

bool prefilter_available(void)
{
	return hs_valid_platform() == HS_SUCCESS;
}

const char *prefilter_version(void)
{
	static char v[128];

	if (!v[0])
		snprintf(v, sizeof(v), "hyperscan %s", hs_version());
	return v;
}

/* The scopes in which policy.c runs list `list` of r over texts. Links and attachment
 * rules look at links and file names, not at scope texts: never prefiltered. */
static unsigned list_scopes(const struct rule *r, int list)
{
	switch (r->kind) {
	case RULE_MATCH:
		return list == LIST_TAGS ? 0 : r->scopes;
	case RULE_IMPORTANT_REQUIRED:
	case RULE_IMPORTANT_MISUSE:
		return list == LIST_TAGS ? 1u << SCOPE_SUBJECT : r->scopes;
	default:
		return 0;
	}
}

/* numbered - constructs whose meaning depends on group numbers or on the rest of the
 * rule's joined PCRE2 program (where the numbers are not the line's own, and a verb
 * acts on every alternative), so neither Hyperscan nor the line's own program can
 * stand for them: the list runs whole, every time. */
static bool numbered(const char *re, size_t len)
{
	if (memmem(re, len, "(*", 2))
		return true; /* verbs such as (*COMMIT) act on the whole joined program */
	for (size_t i = 0; i + 1 < len; i++) {
		if (re[i] == '\\') {
			char c = re[i + 1];
			if ((c >= '1' && c <= '9') || c == 'g' || c == 'k')
				return true;
			i++;
		} else if (re[i] == '(' && re[i + 1] == '?' && i + 2 < len) {
			char c = re[i + 2];
			if (c == 'R' || c == '&' || c == '(' || c == '|' || c == '+' || c == '-' ||
			    (c >= '0' && c <= '9') ||
			    (c == 'P' && i + 3 < len && (re[i + 3] == '=' || re[i + 3] == '>')))
				return true;
		}
	}
	return false;
}

/* skip_group - the index just past the ')' closing the group that opens at re[i]. */
static size_t skip_group(const char *re, size_t len, size_t i)
{
	int depth = 0;
	bool cls = false;

	for (; i < len; i++) {
		char c = re[i];
		if (c == '\\') {
			i++;
		} else if (cls) {
			if (c == ']')
				cls = false;
		} else if (c == '[') {
			cls = true;
			if (i + 1 < len && re[i + 1] == '^')
				i++;
			if (i + 1 < len && re[i + 1] == ']')
				i++;
		} else if (c == '(') {
			depth++;
		} else if (c == ')' && --depth == 0) {
			return i + 1;
		}
	}
	return 0;
}

static bool quantifier_at(const char *re, size_t len, size_t i, size_t *end, unsigned *lo,
                          unsigned *hi, bool *open)
{
	size_t j = i + 1;
	unsigned a = 0, b = 0;

	if (i >= len || re[i] != '{' || j >= len || re[j] < '0' || re[j] > '9')
		return false;
	while (j < len && re[j] >= '0' && re[j] <= '9' && a < 100000)
		a = a * 10 + (unsigned) (re[j++] - '0');
	*open = false;
	b = a;
	if (j < len && re[j] == ',') {
		j++;
		if (j < len && re[j] == '}') {
			*open = true;
		} else {
			b = 0;
			if (j >= len || re[j] < '0' || re[j] > '9')
				return false;
			while (j < len && re[j] >= '0' && re[j] <= '9' && b < 100000)
				b = b * 10 + (unsigned) (re[j++] - '0');
		}
	}
	if (j >= len || re[j] != '}')
		return false;
	*end = j + 1;
	*lo = a;
	*hi = b;
	return true;
}

/* relax - a pattern that matches wherever re matches, and maybe more, written so that
 * Hyperscan compiles it exactly and fast: lookarounds and, in Unicode mode, \b and \B
 * are dropped (an assertion removed only allows more); a bounded repeat above
 * RELAX_REPEAT becomes open ({m,n} to {min(m, RELAX_REPEAT),}); atomic groups become
 * plain groups and possessive quantifiers greedy ones; \K goes. Large bounded repeats
 * of UTF-8 classes are what makes Hyperscan compile for minutes. Returns NULL for
 * what it does not know how to widen safely ((*VERB), a quantified assertion). */
#define RELAX_REPEAT   8
#define ANY_CODE_POINT "(?s:.)"

/* unicode_class - a bracket class naming a Unicode property or class escape. */
static bool unicode_class(const char *c, size_t n)
{
	for (size_t i = 0; i + 1 < n; i++) {
		if (c[i] == '\\') {
			if (strchr("wWdDsSpP", c[i + 1]))
				return true;
			i++;
		} else if (c[i] == '[' && c[i + 1] == ':') {
			return true;
		}
	}
	return false;
}

static char *relax(const char *re, size_t len, bool ucp)
{
	struct buf b = BUF_INIT(0);
	bool atom = false;
	int r = 0;

	for (size_t i = 0; i < len && r == 0;) {
		char c = re[i];
		bool quant = false;
		size_t end;
		unsigned lo, hi;
		bool open;

		if (c == '\\' && i + 1 < len) {
			char e = re[i + 1];
			if (e == 'Q') {
				const char *q = memmem(re + i, len - i, "\\E", 2);
				size_t stop = q ? (size_t) (q - re) + 2 : len;
				r |= buf_append(&b, re + i, stop - i);
				i = stop;
			} else if ((e == 'b' || e == 'B') && ucp) {
				i += 2;
				if (i < len && strchr("*+?{", re[i]))
					goto fail;
				continue;
			} else if (e == 'K') {
				i += 2;
				continue;
			} else if (ucp && strchr("wWdDsSpP", e)) {
				/* A Unicode class is one code point: any code point. */
				i += 2;
				if ((e == 'p' || e == 'P') && i < len) {
					const char *q =
					        re[i] == '{' ? memchr(re + i, '}', len - i) : NULL;
					i = q ? (size_t) (q - re) + 1 : i + 1;
				}
				r |= buf_puts(&b, ANY_CODE_POINT);
			} else if (strchr("xpPNo", e) && i + 2 < len && re[i + 2] == '{') {
				const char *q = memchr(re + i, '}', len - i);
				size_t stop = q ? (size_t) (q - re) + 1 : len;
				r |= buf_append(&b, re + i, stop - i);
				i = stop;
			} else {
				r |= buf_append(&b, re + i, 2);
				i += 2;
			}
			atom = true;
		} else if (c == '[') {
			size_t j = i + 1;
			if (j < len && re[j] == '^')
				j++;
			if (j < len && re[j] == ']')
				j++;
			for (; j < len && re[j] != ']'; j++) {
				if (re[j] == '\\')
					j++;
				else if (re[j] == '[' && j + 1 < len && re[j + 1] == ':') {
					const char *q = memmem(re + j, len - j, ":]", 2);
					if (q)
						j = (size_t) (q - re) + 1;
				}
			}
			if (j >= len)
				goto fail;
			if (ucp && unicode_class(re + i, j + 1 - i))
				r |= buf_puts(&b, ANY_CODE_POINT);
			else
				r |= buf_append(&b, re + i, j + 1 - i);
			i = j + 1;
			atom = true;
		} else if (c == '(' && i + 1 < len && re[i + 1] == '*') {
			goto fail;
		} else if (c == '(' && i + 2 < len && re[i + 1] == '?' &&
		           (re[i + 2] == '=' || re[i + 2] == '!' ||
		            (re[i + 2] == '<' && i + 3 < len &&
		             (re[i + 3] == '=' || re[i + 3] == '!')))) {
			size_t stop = skip_group(re, len, i);
			if (!stop || (stop < len && strchr("*+?{", re[stop])))
				goto fail;
			i = stop;
			continue;
		} else if (c == '(' && i + 2 < len && re[i + 1] == '?' && re[i + 2] == '>') {
			r |= buf_puts(&b, "(?:");
			i += 3;
			atom = false;
		} else if (quantifier_at(re, len, i, &end, &lo, &hi, &open) && atom) {
			if (!open && hi <= RELAX_REPEAT)
				r |= buf_append(&b, re + i, end - i);
			else if (lo > RELAX_REPEAT)
				r |= buf_printf(&b, "{%u,}", RELAX_REPEAT);
			else if (lo == 0)
				r |= buf_putc(&b, '*');
			else if (lo == 1)
				r |= buf_putc(&b, '+');
			else
				r |= buf_printf(&b, "{%u,}", lo);
			i = end;
			quant = true;
		} else if ((c == '*' || c == '+' || c == '?') && atom) {
			r |= buf_putc(&b, c);
			i++;
			quant = true;
		} else {
			r |= buf_putc(&b, c);
			i++;
			atom = c != '(' && c != '|';
		}
		if (quant) {
			/* lazy stays; possessive becomes greedy, which matches at least as
			 * much */
			if (i < len && re[i] == '?')
				r |= buf_putc(&b, re[i++]);
			else if (i < len && re[i] == '+')
				i++;
			atom = false;
		}
	}
	if (r)
		goto fail;
	return buf_steal(&b);
fail:
	buf_free(&b);
	return NULL;
}

/* quant_after - the quantifier at re[i], if any: its length, and whether its maximum is
 * above one or unbounded. */
static size_t quant_after(const char *re, size_t len, size_t i, bool *multi, bool *unbounded)
{
	size_t end;
	unsigned lo, hi;
	bool open;

	*multi = *unbounded = false;
	if (i >= len)
		return 0;
	if (re[i] == '*' || re[i] == '+') {
		*multi = *unbounded = true;
		return 1;
	}
	if (re[i] == '?')
		return 1;
	if (quantifier_at(re, len, i, &end, &lo, &hi, &open)) {
		*unbounded = open;
		*multi = open || hi > 1;
		return end - i;
	}
	return 0;
}

/* delimited - a group body that starts with a punctuation literal (\\. , ; : @ / =)
 * which nothing else in it can match (no other occurrence, no dot, no negated or
 * complemented class, no group options): each repetition then begins at that
 * character and no text splits into repetitions in two ways, as in (\\.[a-z0-9-]+)*. */
static bool delimited(const char *g, size_t n)
{
	char c;
	size_t i;

	if (n >= 2 && g[0] == '\\' && strchr(".,;:@/=", g[1]))
		c = g[1], i = 2;
	else if (n >= 1 && strchr(",;:@/=", g[0]))
		c = g[0], i = 1;
	else
		return false;
	for (; i < n; i++) {
		if (g[i] == c || g[i] == '.' || g[i] == '?' || g[i] == '|' || g[i] == '(' ||
		    (g[i] == '[' && i + 1 < n && g[i + 1] == '^'))
			return false;
		if (g[i] == '\\' && i + 1 < n) {
			if (!strchr("dwsbB", g[i + 1]) && g[i + 1] != '-')
				return false;
			i++;
		}
	}
	return true;
}

/* risky - a group repeated without bound that holds a repeat or an alternation
 * ((a+)+, (a|ab)*, (\.[a-z]+)*): the shapes where PCRE2 backtracks without end and hits
 * a limit, which policy.c turns into a hold. Such a line is "forced": its own program
 * runs on every text, so that hold still happens where Hyperscan would know there is
 * no match; the other lines of its list still run only where they fired. */
static bool risky(const char *re, size_t len)
{
	struct {
		bool multi, alt;
		size_t start;
	} st[64] = {{false, false, 0}};
	int depth = 0;

	for (size_t i = 0; i < len;) {
		bool multi, unbounded, inner_multi = false, inner_alt = false;
		size_t q;

		if (re[i] == '\\') {
			if (i + 1 < len && re[i + 1] == 'Q') {
				const char *e = memmem(re + i, len - i, "\\E", 2);
				i = e ? (size_t) (e - re) + 2 : len;
				continue;
			}
			i += 2;
			if (i <= len && strchr("xpPNo", re[i - 1]) && i < len && re[i] == '{') {
				const char *e = memchr(re + i, '}', len - i);
				i = e ? (size_t) (e - re) + 1 : len;
			}
		} else if (re[i] == '[') {
			size_t j = i + 1;
			if (j < len && re[j] == '^')
				j++;
			if (j < len && re[j] == ']')
				j++;
			for (; j < len && re[j] != ']'; j++)
				if (re[j] == '\\')
					j++;
			i = j + 1;
		} else if (re[i] == '(') {
			if (++depth >= 64)
				return true;
			st[depth].multi = st[depth].alt = false;
			st[depth].start = ++i;
			continue;
		} else if (re[i] == '|') {
			st[depth].alt = true;
			i++;
			continue;
		} else if (re[i] == ')') {
			if (depth == 0)
				return true;
			inner_multi = st[depth].multi;
			inner_alt = st[depth].alt;
			if (delimited(re + st[depth].start, i - st[depth].start))
				inner_multi = inner_alt = false;
			depth--;
			i++;
		} else {
			i++;
		}
		q = quant_after(re, len, i, &multi, &unbounded);
		if (q && unbounded && (inner_multi || inner_alt))
			return true;
		st[depth].multi |= multi || inner_multi;
		i += q;
		if (q && i < len && (re[i] == '?' || re[i] == '+'))
			i++;
	}
	return false;
}

/* extended - x mode, given as a flag or inline: relax() does not read comments. */
static bool extended(const struct patsrc *ps)
{
	if (ps->flags & PATSRC_X)
		return true;
	for (size_t i = 0; i + 1 < ps->len; i++) {
		if (ps->re[i] == '\\') {
			i++;
			continue;
		}
		if (ps->re[i] != '(' || ps->re[i + 1] != '?')
			continue;
		for (size_t j = i + 2; j < ps->len && ps->re[j] != ':' && ps->re[j] != ')'; j++)
			if (ps->re[j] == 'x')
				return true;
	}
	return false;
}

static unsigned hs_flags(unsigned f)
{
	unsigned hf = HS_FLAG_UTF8 | HS_FLAG_SINGLEMATCH | HS_FLAG_ALLOWEMPTY;

	if (f & PATSRC_U)
		hf |= HS_FLAG_UCP;
	if (f & PATSRC_I)
		hf |= HS_FLAG_CASELESS;
	if (f & PATSRC_S)
		hf |= HS_FLAG_DOTALL;
	if (f & PATSRC_M)
		hf |= HS_FLAG_MULTILINE;
	return hf;
}

static bool takes(const char *expr, unsigned flags)
{
	hs_expr_info_t *info = NULL;
	hs_compile_error_t *cerr = NULL;

	if (hs_expression_info(expr, flags, &info, &cerr) != HS_SUCCESS) {
		hs_free_compile_error(cerr);
		return false;
	}
	free(info);
	return true;
}

#define BIT_SET(w, i) ((w)[(i) / 64] |= UINT64_C(1) << ((i) % 64))
#define BIT_GET(w, i) (((w)[(i) / 64] >> ((i) % 64)) & 1)

static struct prefilter *pf_new(const struct ruleset *rs)
{
	struct prefilter *pf = xcalloc(1, sizeof(*pf));

	pf->n_rules = rs->n_rules;
	pf->n_lists = rs->n_rules * LIST__MAX;
	pf->first = xcalloc(pf->n_lists, sizeof(uint32_t));
	pf->count = xcalloc(pf->n_lists, sizeof(uint32_t));
	for (size_t ri = 0; ri < rs->n_rules; ri++)
		for (int l = 0; l < LIST__MAX; l++) {
			size_t li = ri * LIST__MAX + (size_t) l;
			pf->first[li] = (uint32_t) pf->n_lines;
			pf->count[li] = (uint32_t) rule_list(&rs->rules[ri], l)->n_src;
			pf->n_lines += pf->count[li];
		}
	pf->lwords = (pf->n_lists + 63) / 64;
	pf->pwords = (pf->n_lines + 63) / 64;
	pf->covered = xcalloc(SCOPE__MAX * pf->lwords, sizeof(uint64_t));
	pf->forced = xcalloc(pf->pwords ? pf->pwords : 1, sizeof(uint64_t));
	for (int sc = 0; sc < SCOPE__MAX; sc++)
		pf->db_of[sc] = -1;
	pf->gen = __atomic_add_fetch(&next_gen, 1, __ATOMIC_RELAXED);
	return pf;
}

static void pf_drop_dbs(struct prefilter *pf)
{
	for (size_t i = 0; i < pf->n_dbs; i++) {
		if (pf->mapped[i])
			munmap(pf->dbs[i], pf->mapped[i]);
		else
			hs_free_database(pf->dbs[i]);
		pf->mapped[i] = 0;
	}
	pf->n_dbs = 0;
	for (int sc = 0; sc < SCOPE__MAX; sc++)
		pf->db_of[sc] = -1;
	memset(pf->covered, 0, SCOPE__MAX * pf->lwords * sizeof(uint64_t));
}

struct pat {
	unsigned id; /* line id */
	size_t list;
	char *expr;
	unsigned flags;
	int mode; /* 0 exact, 1 widened (relax() or HS_FLAG_PREFILTER), 2 left out (its list
	           * runs whole), 3 forced (the line runs on every text, risky()) */
};

/* SMALL_SCOPE - a scope needing at most this share of the lines gets a database of its
 * own (links: one rule's patterns over many short URLs); the others share one with
 * every line. Measured on the shipped rules: five databases, one per distinct scope
 * set, took 8.2 s to compile; one shared database 1.7 s, and scans no slower, since
 * the scopes' sets overlap by 65-100%. */
#define SMALL_SCOPE 4

static int compile_db(struct prefilter *pf, struct pat *pats, size_t n_pats,
                      const uint64_t *left_out, const unsigned *scopes_of, unsigned scopes)
{
	const char **exprs = xcalloc(n_pats ? n_pats : 1, sizeof(char *));
	unsigned *flags = xcalloc(n_pats ? n_pats : 1, sizeof(unsigned));
	unsigned *ids = xcalloc(n_pats ? n_pats : 1, sizeof(unsigned));
	size_t *which = xcalloc(n_pats ? n_pats : 1, sizeof(size_t));
	hs_database_t *db = NULL;
	hs_compile_error_t *cerr = NULL;
	size_t n = 0;
	int rc = 0;

	for (size_t k = 0; k < n_pats; k++) {
		if (BIT_GET(left_out, pats[k].list) || !(scopes_of[pats[k].list] & scopes) ||
		    pats[k].mode == 3)
			continue;
		exprs[n] = pats[k].expr;
		flags[n] = pats[k].flags;
		ids[n] = pats[k].id;
		which[n++] = k;
	}
	if (n && hs_compile_multi(exprs, flags, ids, (unsigned) n, HS_MODE_BLOCK, NULL, &db,
	                          &cerr) != HS_SUCCESS) {
		rc = cerr && cerr->expression >= 0 && (size_t) cerr->expression < n
		             ? (int) which[cerr->expression] + 1
		             : -1;
		hs_free_compile_error(cerr);
	} else if (n) {
		for (int sc = 0; sc < SCOPE__MAX; sc++) {
			if (!(scopes & (1u << sc)))
				continue;
			pf->db_of[sc] = (int) pf->n_dbs;
			for (size_t li = 0; li < pf->n_lists; li++)
				if (!BIT_GET(left_out, li) && (scopes_of[li] & (1u << sc)))
					BIT_SET(pf->covered + (size_t) sc * pf->lwords, li);
		}
		pf->dbs[pf->n_dbs++] = db;
	}
	free(exprs);
	free(flags);
	free(ids);
	free(which);
	return rc;
}

/* compile_all - the databases. Returns 0, the index of a pattern Hyperscan refused
 * (> 0, as index + 1), or -1 for a refusal that names no pattern. */
static int compile_all(struct prefilter *pf, struct pat *pats, size_t n_pats,
                       const uint64_t *left_out, const unsigned *scopes_of)
{
	size_t per[SCOPE__MAX] = {0}, all = 0;
	unsigned shared = 0;
	int rc = 0;

	pf_drop_dbs(pf);
	for (size_t k = 0; k < n_pats; k++) {
		if (BIT_GET(left_out, pats[k].list) || pats[k].mode == 3)
			continue;
		all++;
		for (int sc = 0; sc < SCOPE__MAX; sc++)
			if (scopes_of[pats[k].list] & (1u << sc))
				per[sc]++;
	}
	for (int sc = 0; sc < SCOPE__MAX && rc == 0; sc++) {
		if (!per[sc])
			continue;
		if (per[sc] * SMALL_SCOPE <= all)
			rc = compile_db(pf, pats, n_pats, left_out, scopes_of, 1u << sc);
		else
			shared |= 1u << sc;
	}
	if (rc == 0 && shared)
		rc = compile_db(pf, pats, n_pats, left_out, scopes_of, shared);
	return rc;
}

int prefilter_build(const struct ruleset *rs, struct prefilter **ret)
{
	struct prefilter *pf;
	struct pat *pats = NULL;
	size_t n_pats = 0;
	uint64_t *left_out;
	unsigned *scopes_of;
	int rc = 0;

	*ret = NULL;
	if (!prefilter_available() || rs->n_rules == 0 || rs->n_rules > UINT32_MAX / LIST__MAX)
		return 0;
	pf = pf_new(rs);
	if (pf->n_lines >= UINT32_MAX) {
		prefilter_free(pf);
		return 0;
	}
	left_out = xcalloc(pf->lwords ? pf->lwords : 1, sizeof(uint64_t));
	scopes_of = xcalloc(pf->n_lists, sizeof(unsigned));
	for (size_t ri = 0; ri < rs->n_rules; ri++) {
		const struct rule *r = &rs->rules[ri];
		for (int l = 0; l < LIST__MAX; l++) {
			const struct patlist *pl = rule_list(r, l);
			size_t li = ri * LIST__MAX + (size_t) l;

			scopes_of[li] = list_scopes(r, l);
			if (!scopes_of[li] || !pl->n_src) {
				BIT_SET(left_out, li);
				continue;
			}
			size_t first_pat = n_pats, n_untaken = 0;
			bool any_numbered = false;

			for (size_t k = 0; k < pl->n_src; k++) {
				const struct patsrc *ps = &pl->pats[k];
				struct pat p = {.id = pf->first[li] + (unsigned) k,
				                .list = li,
				                .flags = hs_flags(ps->flags),
				                .mode = 2};

				any_numbered |= numbered(ps->re, ps->len);

				if (risky(ps->re, ps->len) && !numbered(ps->re, ps->len)) {
					p.mode = 3;
					BIT_SET(pf->forced, p.id);
				} else if (!memchr(ps->re, '\0', ps->len) &&
				           !numbered(ps->re, ps->len)) {
					char *orig = xasprintf("%s%.*s",
					                       ps->flags & PATSRC_X ? "(?x)" : "",
					                       (int) ps->len, ps->re);
					char *wide = extended(ps) ? NULL
					                          : relax(ps->re, ps->len,
					                                  ps->flags & PATSRC_U);
					if (wide && takes(wide, p.flags)) {
						p.expr = wide;
						p.mode = strcmp(wide, orig) == 0 ? 0 : 1;
						free(orig);
					} else if (takes(orig, p.flags | HS_FLAG_PREFILTER)) {
						p.expr = orig;
						p.mode = 1;
						p.flags |= HS_FLAG_PREFILTER;
						free(wide);
					} else {
						free(orig);
						free(wide);
					}
				}
				pats = xrealloc(pats, (n_pats + 1) * sizeof(*pats));
				pats[n_pats++] = p;
				n_untaken += p.mode == 2;
			}
			/* A few lines Hyperscan cannot take run alone on every text, as forced
			 * lines do, and the rest of the list stays behind the prefilter; with
			 * more of them, one pass of the joined program is cheaper than a pass
			 * per line, and the list runs whole. A list with a numbered line always
			 * runs whole (numbered()). Measured on the shipped rules: promo.coupon
			 * (1 line of 17), style.opt-out (2 of 13) and contact.channel (1 of 10)
			 * no longer run every line on every text. */
			if (n_untaken && (any_numbered || 2 * n_untaken > pl->n_src)) {
				BIT_SET(left_out, li);
			} else if (n_untaken) {
				for (size_t k = first_pat; k < n_pats; k++)
					if (pats[k].mode == 2) {
						pats[k].mode = 3;
						BIT_SET(pf->forced, pats[k].id);
					}
			}
		}
	}
	/* Hyperscan can still refuse a whole set (a pattern too large with the others):
	 * the list of the pattern it names then runs every time; try again. */
	for (size_t tries = 0; tries <= n_pats; tries++) {
		rc = compile_all(pf, pats, n_pats, left_out, scopes_of);
		if (rc <= 0)
			break;
		BIT_SET(left_out, pats[rc - 1].list);
	}
	for (size_t k = 0; k < n_pats; k++) {
		if (BIT_GET(left_out, pats[k].list) || pats[k].mode == 3)
			pf->n_always++;
		else if (pats[k].mode == 0)
			pf->n_exact++;
		else
			pf->n_prefiltered++;
		free(pats[k].expr);
	}
	free(pats);
	free(left_out);
	free(scopes_of);
	if (rc != 0 || pf->n_dbs == 0) {
		/* No database: every list runs, exactly as without Hyperscan. */
		prefilter_free(pf);
		return 0;
	}
	*ret = pf;
	return 0;
}

struct prefilter *prefilter_free(struct prefilter *pf)
{
	if (!pf)
		return NULL;
	pf_drop_dbs(pf);
	free(pf->covered);
	free(pf->forced);
	free(pf->first);
	free(pf->count);
	free(pf);
	return NULL;
}

void prefilter_stats(const struct prefilter *pf, size_t *exact, size_t *prefiltered, size_t *always)
{
	*exact = pf ? pf->n_exact : 0;
	*prefiltered = pf ? pf->n_prefiltered : 0;
	*always = pf ? pf->n_always : 0;
}

static int put_u64(struct buf *b, uint64_t v)
{
	return buf_append(b, &v, sizeof(v));
}

int prefilter_serialize(const struct prefilter *pf, struct buf *out)
{
	int r = 0;

	r |= put_u64(out, pf->n_rules);
	r |= put_u64(out, pf->n_lines);
	r |= put_u64(out, pf->n_exact);
	r |= put_u64(out, pf->n_prefiltered);
	r |= put_u64(out, pf->n_always);
	r |= put_u64(out, pf->n_dbs);
	for (int sc = 0; sc < SCOPE__MAX; sc++)
		r |= put_u64(out, (uint64_t) (int64_t) pf->db_of[sc]);
	r |= buf_append(out, pf->covered, SCOPE__MAX * pf->lwords * sizeof(uint64_t));
	r |= buf_append(out, pf->forced, pf->pwords * sizeof(uint64_t));
	for (size_t i = 0; i < pf->n_dbs && r == 0; i++) {
		char *bytes = NULL;
		size_t len = 0;
		if (hs_serialize_database(pf->dbs[i], &bytes, &len) != HS_SUCCESS)
			return -ENOMEM;
		r |= put_u64(out, len);
		r |= buf_append(out, bytes, len);
		free(bytes);
	}
	return r ? -ENOMEM : 0;
}

struct reader {
	const unsigned char *p;
	size_t left;
};

static int get(struct reader *rd, void *dst, size_t n)
{
	if (rd->left < n)
		return -EINVAL;
	memcpy(dst, rd->p, n);
	rd->p += n;
	rd->left -= n;
	return 0;
}

/* deserialize_db - a database from the cache into memory of our own, asking for
 * transparent huge pages: the shipped rules make a database of about 10 MB, which in
 * 4 KiB pages cost a `check` process some 2,500 page faults, a third of its time
 * (perf, README "Speed"). hs_deserialize_database_at() wants 8-byte alignment; a
 * mapping is page-aligned. Falls back to Hyperscan's allocator. */
static int deserialize_db(struct prefilter *pf, size_t i, const char *bytes, size_t n)
{
	size_t size = 0, len;
	void *mem;

	if (hs_serialized_database_size(bytes, n, &size) != HS_SUCCESS || size == 0)
		return -EINVAL;
	len = (size + HUGE_PAGE - 1) / HUGE_PAGE * HUGE_PAGE;
	mem = mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (mem != MAP_FAILED) {
		(void) madvise(mem, len, MADV_HUGEPAGE);
		if (hs_deserialize_database_at(bytes, n, mem) == HS_SUCCESS) {
			pf->dbs[i] = mem;
			pf->mapped[i] = len;
			return 0;
		}
		munmap(mem, len);
		return -EINVAL;
	}
	return hs_deserialize_database(bytes, n, &pf->dbs[i]) == HS_SUCCESS ? 0 : -EINVAL;
}

int prefilter_deserialize(const struct ruleset *rs, const void *data, size_t len,
                          struct prefilter **ret)
{
	struct reader rd = {data, len};
	struct prefilter *pf;
	uint64_t v[6];

	*ret = NULL;
	if (!prefilter_available())
		return -EOPNOTSUPP;
	if (get(&rd, v, sizeof(v)) < 0 || v[0] != rs->n_rules || v[0] == 0 || v[5] == 0 ||
	    v[5] > SCOPE__MAX)
		return -EINVAL;
	pf = pf_new(rs);
	if (v[1] != pf->n_lines)
		goto bad;
	pf->n_exact = v[2];
	pf->n_prefiltered = v[3];
	pf->n_always = v[4];
	for (int sc = 0; sc < SCOPE__MAX; sc++) {
		int64_t d;
		if (get(&rd, &d, sizeof(d)) < 0 || d < -1 || d >= (int64_t) v[5])
			goto bad;
		pf->db_of[sc] = (int) d;
	}
	if (get(&rd, pf->covered, SCOPE__MAX * pf->lwords * sizeof(uint64_t)) < 0 ||
	    get(&rd, pf->forced, pf->pwords * sizeof(uint64_t)) < 0)
		goto bad;
	for (size_t i = 0; i < v[5]; i++) {
		uint64_t n;
		if (get(&rd, &n, sizeof(n)) < 0 || n > rd.left ||
		    deserialize_db(pf, i, (const char *) rd.p, n) < 0)
			goto bad;
		pf->n_dbs++;
		rd.p += n;
		rd.left -= n;
	}
	if (rd.left != 0)
		goto bad;
	*ret = pf;
	return 0;
bad:
	prefilter_free(pf);
	return -EINVAL;
}

struct prefilter_scratch *prefilter_scratch_new(void)
{
	return xcalloc(1, sizeof(struct prefilter_scratch));
}

struct prefilter_scratch *prefilter_scratch_free(struct prefilter_scratch *ps)
{
	if (!ps)
		return NULL;
	hs_free_scratch(ps->hs);
	free(ps->bits);
	free(ps->all);
	free(ps);
	return NULL;
}

static int on_match(unsigned id, unsigned long long from, unsigned long long to, unsigned flags,
                    void *ctx)
{
	uint64_t *w = ctx;

	(void) from, (void) to, (void) flags;
	BIT_SET(w, id);
	return 0;
}

int prefilter_scan(const struct prefilter *pf, struct prefilter_scratch *ps,
                   const struct message *m)
{
	size_t total = 0;

	ps->valid = false;
	if (!pf)
		return -EINVAL;
	if (ps->gen != pf->gen || !ps->hs) {
		for (size_t i = 0; i < pf->n_dbs; i++)
			if (hs_alloc_scratch(pf->dbs[i], (hs_scratch_t **) &ps->hs) != HS_SUCCESS)
				return -ENOMEM;
		ps->gen = pf->gen;
	}
	for (int sc = 0; sc < SCOPE__MAX; sc++) {
		ps->off[sc] = total;
		ps->n_texts[sc] = m->n_texts[sc];
		total += m->n_texts[sc];
	}
	if (total * pf->pwords > ps->cap) {
		free(ps->bits);
		ps->cap = total * pf->pwords;
		ps->bits = xmalloc(ps->cap * sizeof(uint64_t));
	}
	if (total > ps->cap_texts) {
		free(ps->all);
		ps->cap_texts = total;
		ps->all = xmalloc(total);
	}
	ps->pf = pf;
	for (int sc = 0; sc < SCOPE__MAX; sc++) {
		for (size_t i = 0; i < m->n_texts[sc]; i++) {
			const struct text *t = &m->texts[sc][i];
			size_t at = ps->off[sc] + i, bad;
			uint64_t *w = ps->bits + at * pf->pwords;
			bool ok = pf->db_of[sc] >= 0 && t->norm && t->norm_len <= UINT32_MAX &&
			          utf8_valid(t->norm, t->norm_len, &bad);

			memcpy(w, pf->forced, pf->pwords * sizeof(uint64_t));
			ps->all[at] = !ok;
			if (ok && hs_scan(pf->dbs[pf->db_of[sc]], t->norm, (unsigned) t->norm_len,
			                  0, ps->hs, on_match, w) != HS_SUCCESS)
				ps->all[at] = 1;
		}
	}
	ps->valid = true;
	return 0;
}

int prefilter_check(const struct prefilter_scratch *ps, size_t rule, int list, int sc, size_t text)
{
	const struct prefilter *pf = ps ? ps->pf : NULL;
	size_t li, at;

	if (!pf || !ps->valid || rule >= pf->n_rules || list < 0 || list >= LIST__MAX || sc < 0 ||
	    sc >= SCOPE__MAX || text >= ps->n_texts[sc])
		return PREFILTER_RUN_ALL;
	li = rule * LIST__MAX + (size_t) list;
	at = ps->off[sc] + text;
	if (ps->all[at] || !BIT_GET(pf->covered + (size_t) sc * pf->lwords, li))
		return PREFILTER_RUN_ALL;
	for (uint32_t k = 0; k < pf->count[li]; k++)
		if (BIT_GET(ps->bits + at * pf->pwords, pf->first[li] + k))
			return PREFILTER_RUN_FIRED;
	return PREFILTER_NO_MATCH;
}

bool prefilter_fired(const struct prefilter_scratch *ps, size_t rule, int list, int sc, size_t text,
                     size_t line)
{
	const struct prefilter *pf = ps->pf;
	size_t li = rule * LIST__MAX + (size_t) list, at = ps->off[sc] + text;

	return line < pf->count[li] && BIT_GET(ps->bits + at * pf->pwords, pf->first[li] + line);
}

#else /* !AG_HAVE_HYPERSCAN */

struct prefilter {
	int unused;
};

bool prefilter_available(void)
{
	return false;
}

const char *prefilter_version(void)
{
	return "none";
}

int prefilter_build(const struct ruleset *rs, struct prefilter **ret)
{
	(void) rs;
	*ret = NULL;
	return 0;
}

struct prefilter *prefilter_free(struct prefilter *pf)
{
	free(pf);
	return NULL;
}

int prefilter_serialize(const struct prefilter *pf, struct buf *out)
{
	(void) pf, (void) out;
	return -EOPNOTSUPP;
}

int prefilter_deserialize(const struct ruleset *rs, const void *data, size_t len,
                          struct prefilter **ret)
{
	(void) rs, (void) data, (void) len;
	*ret = NULL;
	return -EOPNOTSUPP;
}

void prefilter_stats(const struct prefilter *pf, size_t *exact, size_t *prefiltered, size_t *always)
{
	(void) pf;
	*exact = *prefiltered = *always = 0;
}

struct prefilter_scratch *prefilter_scratch_new(void)
{
	return xcalloc(1, sizeof(struct prefilter_scratch));
}

struct prefilter_scratch *prefilter_scratch_free(struct prefilter_scratch *ps)
{
	free(ps);
	return NULL;
}

int prefilter_scan(const struct prefilter *pf, struct prefilter_scratch *ps,
                   const struct message *m)
{
	(void) pf, (void) m;
	ps->valid = false;
	return -EOPNOTSUPP;
}

int prefilter_check(const struct prefilter_scratch *ps, size_t rule, int list, int sc, size_t text)
{
	(void) ps, (void) rule, (void) list, (void) sc, (void) text;
	return PREFILTER_RUN_ALL;
}

bool prefilter_fired(const struct prefilter_scratch *ps, size_t rule, int list, int sc, size_t text,
                     size_t line)
{
	(void) ps, (void) rule, (void) list, (void) sc, (void) text, (void) line;
	return true;
}

#endif
