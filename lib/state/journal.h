/*
 * journal - the per-account record of what happened to every message, so nothing is
 * lost or sent twice across crashes (DESIGN.md "No loss, no duplicates"). One file
 * <state_dir>/<account>.journal, append-only, typed length-prefixed CRC32C-checked
 * records, each made durable (fdatasync) before the call that wrote it returns.
 * Opening replays it into an in-memory index. The file is flock()ed, so a second
 * daemon on the same state_dir cannot open it. Never prints: it returns the facts.
 * Not thread-safe: one account thread owns one journal.
 *
 * FILE FORMAT (version 2). All integers little-endian. The file is a sequence of
 * records, each framed as
 *
 *     off  size
 *       0     1  magic 0xA6
 *       1     1  type
 *       2     2  payload length n (at most 1024)
 *       4     4  CRC32C (Castagnoli) over bytes 1..3 and the payload
 *       8     n  payload
 *
 * A payload longer than its type needs is valid (the extra bytes are for later
 * versions); a valid record of an unknown type is skipped. Types:
 *
 *   0 HEADER, n >= 12, only as the first record of the file:
 *       0 "AGJOURNL" | 8 u16 format version (2) | 10 u16 flags (0)
 *     It is framed as a record so that aliasgate before version 2 (which skips
 *     records of unknown type and truncated the file at anything else) still reads
 *     a version-2 file instead of cutting it to nothing. A reader refuses a file
 *     whose version is newer than it knows, and leaves it untouched.
 *   1 ENTRY, the whole state of one message (uidvalidity, uid), latest wins:
 *       0 u32 uidvalidity | 4 u32 uid | 8 [16] Message-ID digest (zero: none)
 *       | 24 [16] body digest | 40 u8 state | 41 u8 outcome | 42 u32 attempts
 *       | 46 u64 first_seen | 54 u64 next_try | 62 u64 updated (unix seconds)
 *       | 70 [16] ruleset id, NUL-padded | 86 [16] alias-recipients digest
 *     n = 102; format 1 wrote n = 86, without the recipients digest.
 *   2 HIGHWATER: 0 u32 uidvalidity | 4 u32 highest uid seen (compaction writes it)
 *   3 DAMAGE, written by compaction where damage was found, so suspicion
 *     (journal_suspect) survives the rewrite:
 *       0 u64 offset | 8 u64 length (in the file where it was found)
 *       | 16 u32 highest uid the lost records may be about
 *   4 RCPT_DONE, the server accepted this recipient of this message:
 *       0 u32 uidvalidity | 4 u32 uid | 8 [16] journal_rcpt_digest() of the address
 *
 * Format 1 (aliasgate before the header) is the same framing without the header and
 * with 86-byte entries; it is read as such, appended to in the new entry layout
 * (which format-1 readers also accept), and rewritten as format 2 by the next
 * journal_compact().
 *
 * Replay: a stretch of bytes that is not a valid record but is followed by one is
 * damage (a flipped bit, a bad sector): it is skipped, every later record is kept,
 * and journal_report() lists it. A stretch with no valid record after it is a torn
 * tail (a crash while appending; that record was never acted on): it is cut off and
 * reported. Digests are the first 16 bytes of SHA-256.
 */
#ifndef AG_JOURNAL_H
#define AG_JOURNAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base.h"

#define JOURNAL_FORMAT 2 /* the format this code writes; it reads 1 and 2 */

enum journal_state {
	JOURNAL_NONE,
	JOURNAL_SKIPPED,   /* not addressed to an alias: leave alone, never fetch again */
	JOURNAL_DEFERRED,  /* SMTP 4xx; retry at next_try */
	JOURNAL_RELAYING,  /* fsynced BEFORE DATA */
	JOURNAL_RELAYED,   /* after 250 */
	JOURNAL_AMBIGUOUS, /* crash or lost reply after the dot: never resend automatically */
	JOURNAL_FILED,     /* moved out of the watch folder; outcome says where */
};

enum journal_outcome {
	JOURNAL_OUT_NONE,
	JOURNAL_OUT_RELAYED,
	JOURNAL_OUT_REJECTED,
	JOURNAL_OUT_REVIEW,
	JOURNAL_OUT_RELAY_REJECTED, /* 5xx */
	JOURNAL_OUT_OVERRIDE,       /* relayed from approved */
};

/* A message's identity is (mid, rcpts, body), never the body alone: a templated reply
 * without Message-ID to another buyer is another message. */
struct journal_key {
	uint32_t uidvalidity, uid;
	uint8_t mid[16];   /* digest of Message-ID, zero when none */
	uint8_t body[16];  /* digest of the body */
	uint8_t rcpts[16]; /* journal_rcpts_digest() of the alias recipients; zero in
	                    * records of format 1, which did not have it */
};

struct journal_entry {
	struct journal_key key;
	enum journal_state state;
	enum journal_outcome outcome;
	uint32_t attempts;
	uint64_t first_seen, next_try, updated; /* unix seconds */
	char ruleset[17]; /* first 16 hex digits of the ruleset digest, NUL-terminated */
};

struct journal;

#define JOURNAL_DAMAGE_MAX 8

struct journal_damage {
	uint64_t offset, length; /* bytes of the file that were not a valid record */
};

/* What journal_open() found, for the daemon to log; the library never prints. */
struct journal_report {
	unsigned version;       /* format read: 1 (no header) or 2; 0 new/empty or header lost */
	size_t n_damaged;       /* damaged regions in the middle, skipped by resynchronising */
	uint64_t damaged_bytes; /* their total size */
	struct journal_damage damaged[JOURNAL_DAMAGE_MAX]; /* the first n_damaged of them */
	uint64_t tail_dropped; /* bytes of torn tail cut off the end (journal_dropped()) */
};

/* Opens (creating if needed, state_dir too) <state_dir>/<account>.journal, locks it
 * and replays it. account is [A-Za-z0-9._+-]+ (else -EINVAL).
 * Returns -EWOULDBLOCK when another process holds the lock; the daemon then says
 * "journal X is locked by another aliasgated". A torn/corrupt tail is truncated and
 * its size can be read back with journal_dropped(). Other errors: -errno, detail in
 * err. */
int journal_open(const char *state_dir, const char *account, struct journal **ret, char *err,
                 size_t errlen);

/* What open found: format version, damaged regions skipped, torn tail cut off. Damage
 * in the middle means records may be lost: the daemon must log it loudly and file to
 * review, never relay, every message journal_suspect() names. */
const struct journal_report *journal_report(const struct journal *j);

/* True when records about (uidvalidity, uid) may have been lost to damage, found at
 * this or an earlier open (the knowledge survives compaction): the uid has no record
 * and is not above the highest uid the damaged file held, or its latest record is
 * older than the damage and not final (SKIPPED, RELAYED, FILED), so a lost later
 * record may have superseded it. Recording a new state for the uid clears it. */
bool journal_suspect(const struct journal *j, uint32_t uidvalidity, uint32_t uid);

/* Bytes cut off the end of the file at open (0 when the file was clean). */
uint64_t journal_dropped(const struct journal *j);
/* Path of the journal file, for messages. */
const char *journal_path(const struct journal *j);
/* Number of distinct keys in the index. */
size_t journal_count(const struct journal *j);

/* Appends e, fdatasyncs, then updates the index. Durable on return 0; on -errno the
 * index is unchanged and the caller must stop this account (the file is left as it
 * was, or with a torn tail the next open cuts off). */
int journal_append(struct journal *j, const struct journal_entry *e) _warn_unused_result_;

/* Group commit: appends e without waiting for the disk; the next journal_append(),
 * journal_rcpt_done() or journal_sync() makes it durable, and so does the
 * JOURNAL_LAZY_MAX-th lazy record in a row. Only for records whose loss in a power
 * failure is safe: losing one leaves the record before it as the last word (RELAYED
 * lost: RELAYING, so review; FILED lost: the move or the verdict is repeated). A kill
 * of the process loses nothing (the page cache survives it). */
#define JOURNAL_LAZY_MAX 16
int journal_append_lazy(struct journal *j, const struct journal_entry *e) _warn_unused_result_;
/* Makes every lazy record durable; 0 when there is none. */
int journal_sync(struct journal *j) _warn_unused_result_;

/* Records, durably (fdatasync) before returning 0, that the SMTP server accepted
 * recipient rcpt (journal_rcpt_digest()) for the message key names (by uidvalidity and
 * uid): call it after the 250 of each transaction, for each recipient it accepted, so
 * a retry after a crash or a recipients cap never sends to that recipient again.
 * Idempotent. On -errno stop the account, as for journal_append(). */
int journal_rcpt_done(struct journal *j, const struct journal_key *key,
                      const uint8_t rcpt[16]) _warn_unused_result_;
/* Whether journal_rcpt_done() was recorded for this recipient of this message. */
bool journal_rcpt_is_done(const struct journal *j, const struct journal_key *key,
                          const uint8_t rcpt[16]);
/* How many recipients of this message are recorded as done. */
size_t journal_rcpt_count(const struct journal *j, const struct journal_key *key);

/* Latest entry for (uidvalidity, uid), or NULL. The pointer is valid until the next
 * journal_append/journal_compact/journal_close. */
const struct journal_entry *journal_find_uid(const struct journal *j, uint32_t uidvalidity,
                                             uint32_t uid);

/* Latest entry for this message (key's mid, rcpts and body) under ANY uidvalidity/uid:
 * used when UIDVALIDITY changed or a message reappeared under a new UID. A format-1
 * entry (rcpts all zero) matches on (mid, body) as it did then, so that upgrading never
 * makes an old relay look new. */
const struct journal_entry *journal_find_content(const struct journal *j,
                                                 const struct journal_key *key);

enum journal_seen {
	JOURNAL_SEEN_NEW,     /* no record of this message to these recipients */
	JOURNAL_SEEN_RELAYED, /* RELAYED, or FILED as relayed/override: never send again */
	JOURNAL_SEEN_OTHER,   /* recorded in another state: *ret says which */
};

/* journal_find_content() as a verdict; *ret (when not NULL) gets the entry or NULL. */
enum journal_seen journal_lookup(const struct journal *j, const struct journal_key *key,
                                 const struct journal_entry **ret);

/* Highest uid seen under uidvalidity (0 if none), for the next UID SEARCH. */
uint32_t journal_max_uid(const struct journal *j, uint32_t uidvalidity);

/* Calls fn for the latest state of every key, e.g. to find RELAYING left by a crash. */
void journal_foreach(const struct journal *j, void (*fn)(const struct journal_entry *, void *),
                     void *ctx);

/* The UIDs a UID SEARCH ALL of the folder returned, under its current uidvalidity. */
struct journal_present {
	uint32_t uidvalidity;
	const uint32_t *uids; /* any order */
	size_t n;
};

/* Rewrites the file (temp file + fsync + rename + fsync dir) as format 2 with the
 * latest entry of every key and the recipients done of the entries kept. A finished
 * entry (SKIPPED, RELAYED, FILED) is dropped when its updated time is more than
 * keep_seconds before now AND its uid is not in present: a message still in the
 * folder keeps its records whatever their age. present NULL means the folder's
 * content is unknown (e.g. before connecting): then no finished entry is dropped.
 * Damage marks stay while a present uid is suspect. The high-water marks always
 * stay. Caveat: a message copied back into the folder under a new UID after its old
 * records were dropped is new to the journal. */
int journal_compact(struct journal *j, uint64_t now, uint64_t keep_seconds,
                    const struct journal_present *present) _warn_unused_result_;

/* Closes and unlocks; returns NULL. */
struct journal *journal_close(struct journal *j);
DEFINE_TRIVIAL_CLEANUP_FUNC(struct journal *, journal_close)

/* First 16 bytes of SHA-256(data). */
void journal_digest(const char *data, size_t len, uint8_t out[16]);
/* Digest of one recipient address, its domain lower-cased. */
void journal_rcpt_digest(const char *addr, uint8_t out[16]);
/* Digest of a recipient set: order and duplicates do not matter; never all zero. */
void journal_rcpts_digest(const char *const *rcpts, size_t n, uint8_t out[16]);

/* Replays data into a scratch index and returns where its torn tail starts (len when
 * none): what journal_open() keeps of a file, and the fuzz target's entry point.
 * Fills *report (when not NULL) as journal_report() would. */
size_t journal_parse(const uint8_t *data, size_t len, struct journal_report *report);

const char *journal_state_name(enum journal_state s);
const char *journal_outcome_name(enum journal_outcome o);

#endif
