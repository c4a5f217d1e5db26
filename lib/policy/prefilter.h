/*
 * prefilter - one Hyperscan pass per scope text tells which rules could match it.
 *
 * Every pattern line of every rule goes into one Hyperscan block-mode database per
 * scope, tagged with its rule and list (match, unless, tag). A pattern Hyperscan takes
 * exactly is compiled as it is; one it cannot (lookarounds, backreferences...) with
 * HS_FLAG_PREFILTER, which may match more but never less; one it refuses even so makes
 * its list "always run". policy.c then runs PCRE2 JIT, exactly as without the
 * prefilter, only for the lists that fired on a text: Hyperscan decides nothing, it
 * only skips PCRE2 runs that cannot match. Without Hyperscan (-Dhyperscan=disabled, or
 * not amd64) prefilter_build() returns NULL and every list runs, as before.
 */
#ifndef AG_PREFILTER_H
#define AG_PREFILTER_H

#include <stdbool.h>
#include <stddef.h>

#include "buf.h"
#include "message.h"

struct ruleset;
struct prefilter;
struct prefilter_scratch;

/* True when Hyperscan is built in (and the CPU can run it). */
bool prefilter_available(void);
/* "hyperscan 5.4.0 ..." or "none": part of the cache key. */
const char *prefilter_version(void);

/* Builds the databases for rs. Returns 0 with *ret (NULL when Hyperscan is absent or
 * no rule has a pattern it could take), or a negative errno. */
int prefilter_build(const struct ruleset *rs, struct prefilter **ret);
struct prefilter *prefilter_free(struct prefilter *pf);

/* For cache.c: the databases and tables as bytes, and back. deserialize checks that the
 * bytes fit rs (rule count, Hyperscan's own checks) and returns -EINVAL if not. */
int prefilter_serialize(const struct prefilter *pf, struct buf *out);
int prefilter_deserialize(const struct ruleset *rs, const void *data, size_t len,
                          struct prefilter **ret);

/* How the pattern lines went in: exactly, as prefilters, or not at all (always run). */
void prefilter_stats(const struct prefilter *pf, size_t *exact, size_t *prefiltered,
                     size_t *always);

/* Per-thread state: Hyperscan scratch and the result of the last scan. */
struct prefilter_scratch *prefilter_scratch_new(void);
struct prefilter_scratch *prefilter_scratch_free(struct prefilter_scratch *ps);

/* Scans every text of every scope of m once. Returns 0, after which prefilter_may()
 * answers for m, or a negative errno (then the caller runs every rule). */
int prefilter_scan(const struct prefilter *pf, struct prefilter_scratch *ps,
                   const struct message *m);
/* After prefilter_scan(), what to run of list `list` (LIST_*) of rule number `rule` on
 * text `text` of scope `sc`: */
enum {
	PREFILTER_NO_MATCH,  /* nothing: no line of the list can match this text */
	PREFILTER_RUN_ALL,   /* the whole list, as without the prefilter */
	PREFILTER_RUN_FIRED, /* only the lines for which prefilter_fired() */
};
int prefilter_check(const struct prefilter_scratch *ps, size_t rule, int list, int sc, size_t text);
/* After PREFILTER_RUN_FIRED: whether line `line` of that list may match the text. */
bool prefilter_fired(const struct prefilter_scratch *ps, size_t rule, int list, int sc, size_t text,
                     size_t line);

#endif
