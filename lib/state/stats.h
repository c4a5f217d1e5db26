/*
 * stats - the per-day record of verdicts, for `aliasgate stats`: which rules hit, how
 * often they rejected, held or warned, and how often a person overrode them. One file
 * per UTC day, <state_dir>/stats/YYYY-MM-DD.stats, append-only, made durable
 * (fdatasync) in groups: after STATS_SYNC_MAX records, or with the first record of a
 * later second than the last sync, and on close and at the change of day, so a crash
 * loses at most the counts of the last second and a draining daemon pays one
 * fdatasync per group, not one per message; files older than keep_days are deleted
 * when a new day's file is started. Never prints: it returns the facts. Not
 * thread-safe: the caller serialises stats_add() (the daemon holds one lock).
 *
 * Stats are counts, not the exactly-once journal: a kill between stats_add() and the
 * journal record counts that message again when it is judged again.
 *
 * FILE FORMAT (version 1). Integers little-endian. A sequence of records framed as the
 * journal's (journal.h):
 *
 *     off  size
 *       0     1  magic 0xA7
 *       1     1  type
 *       2     2  payload length n (at most STATS_REC_MAX)
 *       4     4  CRC32C (Castagnoli) over bytes 1..3 and the payload
 *       8     n  payload
 *
 * A str is u8 length + that many bytes (no NUL; longer strings are cut at 255 bytes).
 * A valid record of an unknown type is skipped; a longer payload than its type needs
 * is valid. Types:
 *
 *   0 HEADER, first record of every file: 0 "AGSTATS\0" | 8 u16 version (1)
 *   1 EVENT, one judged message:
 *       0 u64 time (unix seconds) | 8 u8 flags (bit 0: override, a message relayed
 *       from the approved folder that the full rules would have stopped)
 *       | 9 str outcome | str account | str marketplace | u8 n_hits
 *       | n_hits x (u8 action (0 warn, 1 reject, 2 hold) | str rule | str category)
 *
 * Reading: a stretch that is not a valid record but is followed by one is damage (a
 * flipped bit): skipped and counted, the records after it are kept. A stretch with no
 * valid record after it is a torn tail (a crash while appending): ignored, and cut off
 * when the writer next opens that file.
 */
#ifndef AG_STATS_H
#define AG_STATS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base.h"

#define STATS_FORMAT   1
#define STATS_REC_MAX  16384 /* payload bytes */
#define STATS_MAX_HITS 32    /* hits kept per event; more are dropped */
#define STATS_SYNC_MAX 16    /* records written before an fdatasync at the latest */

enum stats_action {
	STATS_WARN,
	STATS_REJECT,
	STATS_HOLD,
};

struct stats_hit {
	const char *rule, *category;
	enum stats_action action;
};

/* The outcome of an event written when Amazon's notice says a relayed message was
 * blocked for its content (daemon/seller_watch.c); its hits carry the categories it
 * was warned for, with action STATS_WARN and rule "". */
#define STATS_AMAZON_BLOCKED "amazon-blocked"

struct stats_event {
	uint64_t time;
	bool override;
	const char *outcome; /* "relayed", "rejected", "held", ... (metrics.h) */
	const char *account;
	const char *marketplace; /* the alias domain, "" when none */
	const struct stats_hit *hits;
	size_t n_hits;
};

/* What reading found, summed over the files read. */
struct stats_report {
	size_t files;                     /* day files read */
	size_t events;                    /* valid EVENT records passed to the callback */
	size_t damaged;                   /* damaged regions skipped */
	uint64_t damaged_bytes;           /* their size */
	size_t torn;                      /* files that ended in a torn record */
	uint64_t torn_bytes;              /* bytes ignored there */
	uint64_t first, last;             /* times of the first and last event read, 0 when none */
	char first_day[11], last_day[11]; /* "YYYY-MM-DD" of the first and last file read */
};

struct stats;

/* Opens the writer: creates <state_dir>/stats if needed (state_dir must exist).
 * keep_days 0: keep forever.
 * On error -errno, detail in err. */
int stats_open(const char *state_dir, unsigned keep_days, struct stats **ret, char *err,
               size_t errlen);
/* Appends e to the file of e->time's UTC day, durably. Returns 0 or -errno. */
int stats_add(struct stats *s, const struct stats_event *e) _warn_unused_result_;
struct stats *stats_close(struct stats *s);
/* Records written and not yet fdatasynced (for tests). */
unsigned stats_unsynced(const struct stats *s);

/* Encodes e as one record into out (at least STATS_REC_MAX + 8 bytes); returns its
 * length. For tests and for stats_add(). */
size_t stats_encode(const struct stats_event *e, uint8_t *out);

/* e and its strings are valid only during the call. */
typedef void (*stats_fn)(const struct stats_event *e, void *userdata);
/* Reads one file's bytes, calling fn for each valid event and adding to rep. */
void stats_parse(const uint8_t *data, size_t len, stats_fn fn, void *userdata,
                 struct stats_report *rep);
/* Reads every day file of state_dir whose day is on or after since's UTC day, in
 * order, calling fn for each event at or after since. rep is zeroed first. Returns 0
 * (also when there is no stats directory yet) or -errno. */
int stats_read(const char *state_dir, uint64_t since, stats_fn fn, void *userdata,
               struct stats_report *rep);
/* Deletes day files older than keep_days before now; returns how many, or -errno. */
int stats_prune(const char *state_dir, unsigned keep_days, uint64_t now);

/* "YYYY-MM-DD" of t in UTC; buf has at least 11 bytes. */
void stats_day(uint64_t t, char *buf);

#endif
