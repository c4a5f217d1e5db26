/*
 * notice - reading Amazon's notices to the seller back: which kind of notice a message
 * is (the buyer opted out, a message blocked for its content, proactive messaging
 * restricted), the order it is about, and until when a restriction lasts. The
 * wordings are data, not code: `notices.list` in the rules directory (and in the local
 * rules directory), which compliance staff extend; its format is in rules/README.md
 * ("Notices").
 *
 *   notice ID
 *     kind      opted-out | blocked-content | restricted-proactive
 *     subject   /PCRE2/flags          any number; one of them must match the subject
 *     subject-has TEXT                a plain substring, case ignored (same group)
 *     body      /PCRE2/flags          any number; one must match a text of the body
 *     body-has  TEXT                  a plain substring, case ignored (same group)
 *     marketplace D                   optional: the marketplace, when the wording
 *                                     cannot name it (restrictions)
 *     source    quoted|constructed TEXT   where the wording comes from
 *
 * An entry needs a kind, a source and at least one subject or body line; every group
 * it has must match. Named groups carry data: (?<order>...) the order ID (else the
 * first order ID in the subject, then the body), (?<until>...) a date ("2026-12-24",
 * "December 24, 2026", "24 December 2026", "24.12.2026"), (?<days>...) a number of
 * days from the notice, (?<marketplace>...) a marketplace. Patterns run on the
 * normalized texts (rules/README.md "Patterns"). Entries are tried in file order; the
 * first that matches decides. A message no entry matches is unknown: the caller
 * reports it and never guesses.
 */
#ifndef AG_NOTICE_H
#define AG_NOTICE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base.h"
#include "diag.h"
#include "message.h"
#include "orderid.h"

enum notice_kind {
	NOTICE_OPTED_OUT,
	NOTICE_BLOCKED_CONTENT,
	NOTICE_RESTRICTED_PROACTIVE,
};

struct notice_match {
	const char *id; /* the entry's ID (valid while the rules are) */
	enum notice_kind kind;
	bool quoted;                 /* source says "quoted" (else constructed) */
	const char *source;          /* the rest of the source line */
	char order[ORDERID_LEN + 1]; /* "" when none */
	uint64_t until;        /* restriction end (unix seconds, 00:00 UTC of the date), 0 none */
	char marketplace[256]; /* "" when the notice does not say */
};

struct notice_rules;

/* Loads each existing file of paths in order (a missing file is no error). Every
 * problem goes to d as file:line; returns -EINVAL when there was any, else 0. */
int notice_rules_load(const char *const *paths, size_t n, struct diag *d,
                      struct notice_rules **ret);
struct notice_rules *notice_rules_free(struct notice_rules *nr);
DEFINE_TRIVIAL_CLEANUP_FUNC(struct notice_rules *, notice_rules_free)
size_t notice_rules_count(const struct notice_rules *nr);

/* Matches m; now is the notice's time, for (?<days>). False when no entry matches. */
bool notice_match(const struct notice_rules *nr, const struct message *m, uint64_t now,
                  struct notice_match *out);

const char *notice_kind_name(enum notice_kind k);

/* A date as (?<until>) takes it, 00:00 UTC; -EINVAL when it is none of the forms. */
int notice_parse_date(const char *s, size_t len, uint64_t *ret);

#endif
