/*
 * ruleset - rule files (rules/README.md describes the language) compiled into a
 * read-only set of PCRE2 JIT patterns. Loading is all-or-nothing: every problem in
 * every file is added to the diag as file:line, and no ruleset is returned if there
 * was any. A loaded ruleset is immutable and may be shared by threads; each thread
 * evaluating it needs its own struct ruleset_scratch (match data, JIT stack).
 */
#ifndef AG_RULESET_H
#define AG_RULESET_H

#include <stdbool.h>
#include <stddef.h>

#include "base.h"
#include "diag.h"

struct ruleset;

/*
 * Loads every "*.rules" file of dirs[0..n) in name order. A file in a later directory
 * replaces the file of the same name in an earlier one (local_rules_dir overrides
 * rules_dir); a new name adds rules. Missing later directories are not errors; a
 * missing dirs[0] is. Returns 0 and *ret, or -errno with every problem in d.
 */
int ruleset_load(const char *const *dirs, size_t n_dirs, struct diag *d, struct ruleset **ret);

struct ruleset_opts {
	/* Directory of the compiled-rules cache (cache.h), or NULL for none. A cache
	 * problem is never an error: the rules are compiled from the files instead. */
	const char *cache_dir;
	/* PCRE2 alone, without the Hyperscan prefilter (prefilter.h). */
	bool no_prefilter;
	/* Programs read from the cache run in PCRE2's interpreter and are never
	 * JIT-compiled: for a process that judges one or two messages, where compiling
	 * the JIT code of each rule it meets costs more than the interpreter's slower
	 * match (`aliasgate check FILE`). Same verdicts (pcre2jit(3)); the match, depth
	 * and heap limits of policy.c apply to the interpreter. */
	bool interpret;
};
/* ruleset_load() with options; o may be NULL (the same as ruleset_load()). */
int ruleset_load_opts(const char *const *dirs, size_t n_dirs, const struct ruleset_opts *o,
                      struct diag *d, struct ruleset **ret);
/* True when rs runs behind the Hyperscan prefilter. */
bool ruleset_prefiltered(const struct ruleset *rs);
/* True when ruleset_load_opts() took the compiled programs from the cache. */
bool ruleset_from_cache(const struct ruleset *rs);
/* How many pattern lines Hyperscan took exactly, took widened (a superset, confirmed by
 * PCRE2), or left to PCRE2 on every text (prefilter.h). All 0 without the prefilter. */
void ruleset_prefilter_stats(const struct ruleset *rs, size_t *exact, size_t *widened,
                             size_t *always);
struct ruleset *ruleset_free(struct ruleset *rs);
DEFINE_TRIVIAL_CLEANUP_FUNC(struct ruleset *, ruleset_free)

/* Short hex digest of every loaded file's name and bytes, in load order. */
const char *ruleset_digest(const struct ruleset *rs);
size_t ruleset_count(const struct ruleset *rs);
/* The files that were loaded, in order (absolute or as given). */
size_t ruleset_files(const struct ruleset *rs, const char *const **ret);

/* Every file the ruleset was compiled from (the *.rules files in load order, then the
 * allow files they name, each once) with the SHA-256 of the bytes that were read: what
 * an audit record names, so a change between two loads is known by file. */
struct ruleset_source {
	char *path;      /* as read: "DIR/NAME" */
	char sha256[65]; /* lower-case hex */
};
size_t ruleset_sources(const struct ruleset *rs, const struct ruleset_source **ret);

#endif
