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
	size_t n_code;
	size_t n_src; /* how many pattern lines went in */
};

struct example {
	bool reject;
	bool reply; /* "[reply]" before the text: the synthetic message is a reply */
	char lang[8]; /* "en" for a plain `example` line */
	char *text; /* "\n" in the file is a line break here */
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
	bool own_only; /* `scope own`: body without the quoted part of a reply */
	char **languages; /* what the rule covers; lint wants examples in each */
	size_t n_languages;
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

struct ruleset {
	struct rule *rules;
	size_t n_rules;
	char **files;
	size_t n_files;
	struct ruleset_source *sources; /* every file read, rules and allow files */
	size_t n_sources;
	char digest[17];
};

/* Parses one rule file's bytes into rs (appending rules), reporting every problem in d
 * with file:line. Returns the number of problems found. Used by ruleset_load() and by
 * the fuzz target. */
size_t ruleset_parse(struct ruleset *rs, const char *file, const char *data, size_t len,
                     struct diag *d);

#endif
