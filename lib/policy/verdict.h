/*
 * verdict - what the policy decided about one message, and its renderings: the
 * one-line text and JSON forms of `aliasgate check` (a contract other tools parse),
 * and the seller's report. Pure values; nothing here reads rules or mail.
 */
#ifndef AG_VERDICT_H
#define AG_VERDICT_H

#include <stdbool.h>
#include <stddef.h>

#include "base.h"
#include "buf.h"

enum verdict_kind {
	VERDICT_PASS,
	VERDICT_REJECT,
	VERDICT_HOLD,
	VERDICT_IGNORE, /* not addressed to a buyer alias: the daemon leaves it alone */
};

enum action {
	ACTION_WARN, /* relay, but report */
	ACTION_REJECT,
	ACTION_HOLD,
};

const char *verdict_kind_name(enum verdict_kind k); /* "pass" "reject" "hold" "ignore" */
const char *action_name(enum action a);             /* "warn" "reject" "hold" */

/* One translation of a hit's reason and hint (rule files: `reason.LANG`, `hint.LANG`). */
struct hit_l10n {
	char lang[8]; /* "ja", "zh-Hant", ... */
	char *reason; /* NULL: the English reason */
	char *hint;   /* NULL: the English hint */
};

struct hit {
	char *rule;     /* rule id, or "engine.<what>" for holds no rule caused */
	char *category; /* "engine" for engine holds */
	enum action action;
	char *scope;       /* "subject", "body", ..., or "message" for engine holds */
	char *origin;      /* which text: "part 1.2 text/html"; NULL for engine holds */
	size_t start, end; /* byte range of the first match in the original text */
	char *excerpt;     /* <= LIMIT_EXCERPT_CHARS code points of original text, valid UTF-8 */
	char *reason;
	char *hint;
	/* The hit is about something absent (important-required: the [Important] tag),
	 * so the seller reads "Missing [Important] tag", not "Not allowed". */
	bool missing;
	struct hit_l10n *l10n;
	size_t n_l10n;
};

struct verdict {
	enum verdict_kind kind; /* HOLD if any hold hit, else REJECT if any reject, else PASS */
	struct hit *hits;
	size_t n_hits;
	char ruleset[17]; /* digest of the rules that decided, "" for none */
};

struct verdict *verdict_new(const char *ruleset_digest);
/* Appends a hit (strings are copied; NULL allowed for origin/excerpt/reason/hint)
 * and raises kind as the action demands. */
void verdict_add(struct verdict *v, const char *rule, const char *category, enum action action,
                 const char *scope, const char *origin, size_t start, size_t end,
                 const char *excerpt, const char *reason, const char *hint);
/* Adds the reason and hint of h in lang (either may be NULL: English is used). */
void verdict_hit_l10n(struct hit *h, const char *lang, const char *reason, const char *hint);
/* h's reason / hint in lang, else the English one (which may be NULL). */
const char *hit_reason(const struct hit *h, const char *lang);
const char *hit_hint(const struct hit *h, const char *lang);
/* "Warning", "Held", "Missing [Important] tag" or "Not allowed": how a hit is titled. */
const char *hit_title(const struct hit *h);
struct verdict *verdict_free(struct verdict *v);
DEFINE_TRIVIAL_CLEANUP_FUNC(struct verdict *, verdict_free)

/* "FILE: pass" | "FILE: reject rule@scope[,rule@scope...]" | "FILE: pass warn rule@scope"
 * followed by a newline. */
int verdict_format_text(const struct verdict *v, const char *file, struct buf *out);
/* One JSON object and a newline, in the `aliasgate check --format json` shape. */
int verdict_format_json(const struct verdict *v, const char *file, struct buf *out);
/* Plain-text explanation for the seller: one paragraph per hit naming the rule,
 * quoting the excerpt, the reason and the hint, then the ruleset digest. */
int verdict_format_report(const struct verdict *v, struct buf *out);

/* Returns a newly allocated excerpt of at most max_chars code points of text around
 * [start, end) (a third of the budget before it), on UTF-8 boundaries, with control
 * characters replaced by spaces and invalid bytes by U+FFFD. An excerpt that would
 * start or end inside a word moves to the nearest word boundary outside the match
 * when there is one in reach, else marks the cut with U+2026 "…" (which counts
 * towards max_chars). */
char *verdict_excerpt(const char *text, size_t len, size_t start, size_t end, size_t max_chars);

#endif
