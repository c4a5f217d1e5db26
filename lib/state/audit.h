/*
 * audit - an append-only, hash-chained log of what people did to the gate: rule
 * reloads (who sent the SIGHUP, which files changed) and messages relayed on override
 * from the approved folder. For `aliasgate audit verify|show`. Never prints.
 *
 * FILE FORMAT. <state_dir>/audit.log, UTF-8 text, one event per line:
 *
 *     SEQ TIME PREV_HASH EVENT JSON HASH
 *
 *   SEQ        decimal, 1 for the first line, each line one more than the last
 *   TIME       the event's UTC time, "YYYY-MM-DDTHH:MM:SSZ"
 *   PREV_HASH  the HASH of the line before, 64 '0' for the first line
 *   EVENT      [a-z-]+: "reload", "reload-failed", "override", "torn-tail",
 *              "tail-missing"
 *   JSON       one JSON object on one line (no CR, no LF); may contain blanks
 *   HASH       64 lower-case hex digits: SHA-256 over the line's bytes before the
 *              blank that precedes HASH, i.e. over "SEQ TIME PREV_HASH EVENT JSON";
 *              since PREV_HASH is part of that text, each line's hash covers every
 *              line before it
 *
 * Each line is written with one write() on an O_APPEND descriptor under flock(), then
 * fsync()ed; only then is <state_dir>/audit.head rewritten (temporary file, fsync,
 * rename) with "SEQ HASH\n" of that line. The head is what makes a cut-off tail
 * visible: a log that ends before the head's SEQ has lost lines.
 *
 * Recovery when the writer opens the log: a last line without its newline is a write
 * a crash interrupted (the head never named it): it is cut off and a "torn-tail" event
 * records how many bytes. A head naming a SEQ beyond the last line means complete lines
 * are gone: a "tail-missing" event records it, and `audit verify` fails on that line
 * from then on, since the evidence must outlive the next append.
 *
 * What the chain proves: any change, insertion or deletion of a line, and any cut of
 * the tail below the head, is found by audit_verify(). Someone who can write the
 * state directory can still rewrite the whole log and the head consistently; the
 * daemon also logs every line's SEQ and HASH to the system log, which is the copy to
 * compare against (or copy audit.head off the host).
 */
#ifndef AG_AUDIT_H
#define AG_AUDIT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base.h"

#define AUDIT_LOG      "audit.log"
#define AUDIT_HEAD     "audit.head"
#define AUDIT_HASH_HEX 64
#define AUDIT_LINE_MAX 65536 /* bytes per line, newline included */

struct audit;

/* Opens (creates, mode 0600) <state_dir>/audit.log for appending and recovers a torn
 * tail or a missing one as described above. Not thread-safe: the caller serialises
 * audit_append(). On error -errno, detail in err. */
int audit_open(const char *state_dir, struct audit **ret, char *err, size_t errlen);
/* Appends one event at unix time t. event is [a-z-]+, json one JSON object without CR
 * or LF. Durable (fsync) before it returns. The new line's SEQ and HASH in *ret_seq and
 * ret_hash (65 bytes) when not NULL. Returns 0, -EINVAL, -E2BIG or -errno. */
int audit_append(struct audit *a, uint64_t t, const char *event, const char *json,
                 uint64_t *ret_seq, char *ret_hash) _warn_unused_result_;
struct audit *audit_close(struct audit *a);
DEFINE_TRIVIAL_CLEANUP_FUNC(struct audit *, audit_close)

/* SHA-256 of data as 64 hex digits and a NUL. */
void audit_sha256_hex(const void *data, size_t len, char out[AUDIT_HASH_HEX + 1]);

/* One verified line; strings are not NUL-terminated where a length is given. */
struct audit_entry {
	unsigned line; /* 1-based */
	uint64_t seq;
	uint64_t time;         /* unix seconds */
	const char *time_text; /* "YYYY-MM-DDTHH:MM:SSZ", 20 bytes */
	const char *prev;      /* 64 bytes */
	const char *event;
	size_t event_len;
	const char *json;
	size_t json_len;
	const char *hash; /* 64 bytes */
};

struct audit_check {
	size_t lines;      /* complete lines read */
	unsigned bad_line; /* 1-based line of the first problem; 0 when none */
	char why[256];     /* what is wrong there */
	uint64_t last_seq; /* of the last good line, 0 when none */
	char last_hash[AUDIT_HASH_HEX + 1];
};

typedef void (*audit_fn)(const struct audit_entry *e, void *userdata);

/* Checks the chain of log[0..len) and, when head is not NULL, that the log reaches
 * the head's SEQ with the head's HASH. Calls fn (may be NULL) for every line up to the
 * first problem. Returns 0 when all is well, -EBADMSG with c->bad_line and c->why at
 * the first problem (bad_line is one past the last line for a tail cut off). */
int audit_verify_buf(const char *log, size_t len, const char *head, struct audit_check *c,
                     audit_fn fn, void *userdata);
/* The same on <state_dir>/audit.log and audit.head. A missing log with no head is an
 * empty, valid log. Returns 0, -EBADMSG (see above) or -errno reading the files. */
int audit_verify(const char *state_dir, struct audit_check *c, audit_fn fn, void *userdata);

#endif
