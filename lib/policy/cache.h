/*
 * cache - the compiled ruleset on disk, so that a process started for one message
 * does not compile every pattern again.
 *
 * One file per ruleset, DIR/rules-DIGEST.cache, holding the PCRE2 programs
 * (pcre2_serialize_encode) and the prefilter's Hyperscan databases
 * (hs_serialize_database), keyed by the ruleset digest, the PCRE2 and Hyperscan
 * versions and our format version, and checked with a 256-bit checksum of its contents
 * (cache.c). A file that is missing, stale, truncated, corrupt or from another version
 * is never used: the caller compiles from the rule files and writes a fresh one
 * (temporary file, then rename). A cache problem never fails a load. Programs read
 * back are JIT-compiled on first use (patlist_ready()), or never (ruleset_opts's
 * interpret). A directory keeps the few most recently used files (CACHE_KEEP).
 */
#ifndef AG_CACHE_H
#define AG_CACHE_H

#include <stdbool.h>

struct ruleset;

/* Files kept per directory: the ruleset in use, a reload's candidate, recent ones to
 * go back to, the few a test run or an admin's --rules experiments use. Each is 10-15
 * MB with the shipped rules and every rules edit makes a new one, so the rest are
 * removed, least recently used first. */
#define CACHE_KEEP 8

/* The file for rs in dir (malloc'd). */
char *cache_path(const struct ruleset *rs, const char *dir);

/* Fills the programs of rs, parsed with defer_compile, from dir. With want_prefilter,
 * a cache written without prefilter databases is a miss when Hyperscan is available.
 * Returns 0, or a negative errno (rs must then be discarded). */
int cache_load(struct ruleset *rs, const char *dir, bool want_prefilter);

/* Writes rs (compiled, with or without its prefilter) to dir, creating dir, then
 * removes all but the CACHE_KEEP most recently used files there. Returns 0 or a
 * negative errno; callers ignore failures. */
int cache_store(const struct ruleset *rs, const char *dir);

/* The key that a cache file must carry for rs: digest and library versions. */
char *cache_key(const struct ruleset *rs);

#endif
