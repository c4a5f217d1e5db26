/*
 * rule - the compiled form of one rule, shared by ruleset.c (which builds it) and
 * policy.c (which runs it). Not part of the public API: nothing else includes this.
 */
#ifndef AG_RULE_H
#define AG_RULE_H

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdbool.h>
#include <stddef.h>

#include "buf.h"
#include "diag.h"
#include "message.h"
#include "verdict.h"

enum rule_kind {
	RULE_MATCH,
	RULE_LINKS,
	RULE_ATTACHMENTS,
	RULE_IMPORTANT_REQUIRED,
	RULE_IMPORTANT_MISUSE,
};

/* A list of patterns compiled as few PCRE2 programs as their flags allow: all
 * patterns of a list are joined into one alternation per distinct Unicode flag, so a
 * rule with five `match` lines still scans each text once. */
struct patlist {
	pcre2_code **code;
	char **code_src; /* the joined source of each program (the cache checks it) */
	size_t n_code;
	size_t n_src;        /* how many pattern lines went in */
	struct patsrc *pats; /* each pattern line on its own, for the prefilter */
	int jitted;          /* 1 once every program is JIT-compiled (read with __atomic) */
};

/* One pattern line as written, for prefilter.c: the text between the delimiters, its
 * flags (PATSRC_*) and its own program. The joined programs above find the same match
 * as running every line's program and keeping the leftmost, ASCII lines first, each
 * in file order on a tie (policy.c, find_lines()). */
enum {
	PATSRC_I = 1 << 0,
	PATSRC_X = 1 << 1,
	PATSRC_S = 1 << 2,
	PATSRC_M = 1 << 3,
	PATSRC_U = 1 << 4,
};
struct patsrc {
	char *re;
	size_t len;
	unsigned flags;
	pcre2_code *code; /* the line alone, for policy.c after the prefilter */
};

/* Makes sure every program of pl is JIT-compiled: programs decoded from the cache are
 * compiled on first use, once, under a lock (ruleset.c). Returns 0 or a negative
 * PCRE2 error. */
int patlist_ready(const struct patlist *pl);

/* The three pattern lists of a rule, as the prefilter numbers them. */
enum { LIST_MATCH, LIST_UNLESS, LIST_TAGS, LIST__MAX };

struct example {
	bool reject;
	bool reply;   /* "[reply]" before the text: the synthetic message is a reply */
	char lang[8]; /* "en" for a plain `example` line */
	char *text;   /* "\n" in the file is a line break here */
	unsigned line;
};

enum rule_when {
	RULE_WHEN_ANY,
	RULE_WHEN_PROACTIVE, /* only mail that is not a reply (message.h, reply) */
	RULE_WHEN_REPLY,
};

/* How many languages rule_languages[] lists. */
#define RULE_MAX_LANGUAGES 16

struct rule {
	char *id;
	char *category;
	char *reason;
	char *hint;
	const char *file; /* owned by the ruleset */
	unsigned line;
	enum rule_kind kind;
	unsigned scopes; /* bit (1 << enum scope) */
	enum action action;
	bool has_action;
	struct patlist match, unless, tags;
	char **markets, **except_markets, **allow, **allow_types;
	size_t n_markets, n_except_markets, n_allow, n_allow_types;
	size_t max_total;
	int link_kind; /* enum link_kind, or -1 for every kind */
	struct example *examples;
	size_t n_examples;
	enum rule_when when;
	bool own_only;    /* `scope own`: body without the quoted part of a reply */
	char **languages; /* what the rule covers; lint wants examples in each */
	size_t n_languages;
	char **unless_hit; /* `unless-hit`: earlier rules whose hit makes this one moot */
	size_t n_unless_hit;
	char *allow_file; /* `allow-file`, resolved next to the rule file */
	unsigned allow_file_line;
	/* `reason.LANG` / `hint.LANG`: translations shown to sellers writing in LANG,
	 * indexed like rule_languages[]; NULL where the file has none. Index 0 ("en")
	 * stays NULL: the plain `reason` and `hint` are the English texts. */
	char *reason_l10n[RULE_MAX_LANGUAGES];
	char *hint_l10n[RULE_MAX_LANGUAGES];
};

struct policy_scratch;
/* Evaluates one rule over m, adding its hits to v (policy.c; used by lint.c). */
void policy_eval_rule(const struct rule *r, struct policy_scratch *s, const struct message *m,
                      struct verdict *v);

/* The languages a rule may name: every marketplace's (rules/README.md). */
extern const char *const rule_languages[];
extern const size_t rule_n_languages;

struct prefilter;
struct ruleset {
	struct rule *rules;
	size_t n_rules;
	char **files;
	size_t n_files;
	struct ruleset_source *sources; /* every file read, rules and allow files */
	size_t n_sources;
	char digest[17];
	struct prefilter *pf; /* NULL: every rule runs on every text (prefilter.h) */
	bool defer_compile;   /* parse only; the programs come from the cache */
	bool from_cache;      /* the programs (and prefilter) were read from the cache */
};

static inline const struct patlist *rule_list(const struct rule *r, int list)
{
	return list == LIST_MATCH ? &r->match : list == LIST_UNLESS ? &r->unless : &r->tags;
}

/* For cache.c: every PCRE2 program of rs (per rule and list, the joined ones, then the
 * lines') appended to out as a u64 length and PCRE2's serialization; and back into a
 * ruleset parsed with defer_compile (-EINVAL unless the count and bytes fit). */
int ruleset_programs_encode(const struct ruleset *rs, struct buf *out);
int ruleset_programs_decode(struct ruleset *rs, const void *data, size_t len);
/* PCRE2's version and JIT target, for the cache key. */
void ruleset_pcre2_version(char *out, size_t n);

/* Parses one rule file's bytes into rs (appending rules), reporting every problem in d
 * with file:line. Returns the number of problems found. Used by ruleset_load() and by
 * the fuzz target. */
size_t ruleset_parse(struct ruleset *rs, const char *file, const char *data, size_t len,
                     struct diag *d);

#endif
