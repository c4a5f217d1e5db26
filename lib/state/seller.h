/*
 * seller - what the gate relayed per Amazon order and per marketplace day, for the
 * checks no single message can make: one neutral review request per order
 * (POLICY-FACTS 7), the daily proactive cap (5 x average daily orders + 600), and for
 * `aliasgate state`. One file per account, <state_dir>/<account>.seller, append-only
 * between compactions, each record made durable (fdatasync) before seller_add()
 * returns. The writer holds an exclusive flock on <state_dir>/<account>.seller.lock
 * (a file of its own, so a compaction's rename never leaves the lock behind); a
 * second writer gets -EAGAIN. Never prints: it returns the facts. Not thread-safe:
 * the caller serialises (the daemon holds one mutex per account).
 *
 * The records name buyers' aliases and order IDs: personal data. Compaction deletes
 * what is older than keep_days, and seller_forget() deletes an alias's or an order's
 * records at once (a buyer's deletion request), by rewriting the file.
 *
 * FILE FORMAT (version 1). Integers little-endian. A sequence of records framed as the
 * journal's and the stats files' (journal.h, stats.h):
 *
 *     off  size
 *       0     1  magic 0xA5
 *       1     1  type
 *       2     2  payload length n (at most SELLER_REC_MAX)
 *       4     4  CRC32C (Castagnoli) over bytes 1..3 and the payload
 *       8     n  payload
 *
 * A str is u8 length + that many bytes (no NUL; cut at 255 bytes). A valid record of
 * an unknown type is skipped; a longer payload than its type needs is valid. Types:
 *
 *   0 HEADER, first record of the file: 0 "AGSELLER" | 8 u16 version (1)
 *   1 SENT, one relayed message to one alias recipient:
 *       0 u64 time (unix seconds) | 8 u8 flags (bit 0: proactive, i.e. not a reply;
 *       bit 1: it carried a neutral review request, the hit review.neutral)
 *       | 9 str order ID ("" when none) | str alias | str marketplace
 *       | str categories of the rules that warned, comma-separated ("" when none)
 *   2 LIFT, `aliasgate state lift`: 0 u64 time | 8 str marketplace; the proactive
 *       count of that marketplace's UTC day starts again after it.
 *
 * Reading: a stretch that is not a valid record but is followed by one is damage (a
 * flipped bit): skipped and reported, the records after it are kept. A stretch with
 * no valid record after it is a torn tail (a crash while appending): cut off by the
 * writer at open, and reported.
 *
 * REQUESTS. While a daemon holds the lock, `aliasgate state forget|lift` cannot write
 * the file: it leaves a request, <state_dir>/<account>.seller-req.<unique> (written
 * as a ".tmp" name, fsynced, renamed), holding one line "forget ALIAS-OR-ORDER" or
 * "lift MARKETPLACE". The writer applies and deletes requests (seller_requests_apply):
 * the daemon within a second, or at its next start.
 */
#ifndef AG_SELLER_H
#define AG_SELLER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base.h"

#define SELLER_FORMAT  1
#define SELLER_REC_MAX 4096 /* payload bytes */

enum seller_flags {
	SELLER_PROACTIVE = 1 << 0,
	SELLER_NEUTRAL_REVIEW = 1 << 1,
};

/* One relayed message to one alias. */
struct seller_sent {
	uint64_t time;
	unsigned flags;          /* enum seller_flags */
	const char *order;       /* "ddd-ddddddd-ddddddd", "" when none */
	const char *alias;       /* the buyer alias it went to */
	const char *marketplace; /* the alias's marketplace ("marketplace.amazon.de") */
	const char *categories;  /* of the rules that warned, "a,b", "" when none */
};

/* What opening found. */
struct seller_report {
	size_t records;         /* valid SENT and LIFT records */
	size_t n_damaged;       /* damaged regions skipped */
	uint64_t damaged_bytes; /* their size */
	uint64_t first_damage;  /* offset of the first, when n_damaged */
	uint64_t tail_dropped;  /* bytes of a torn tail (cut off by a writer) */
};

struct seller;

/* Opens the writer for account under state_dir (which must exist): takes the lock
 * (-EAGAIN when another writer has it), reads the file, cuts a torn tail, writes the
 * header of a new file. On error -errno, detail in err. */
int seller_open(const char *state_dir, const char *account, struct seller **ret, char *err,
                size_t errlen);
/* Reads the file without the lock and without changing it (`aliasgate state show`);
 * a missing file is an empty state. The result refuses every change (-EBADF). */
int seller_read(const char *state_dir, const char *account, struct seller **ret, char *err,
                size_t errlen);
struct seller *seller_close(struct seller *s);
DEFINE_TRIVIAL_CLEANUP_FUNC(struct seller *, seller_close)

const struct seller_report *seller_report(const struct seller *s);
const char *seller_path(const struct seller *s);

/* Appends e, durably. Returns 0 or -errno (after a failed write the state refuses
 * more: -EIO). */
int seller_add(struct seller *s, const struct seller_sent *e) _warn_unused_result_;
/* Appends a LIFT for marketplace at now. */
int seller_lift(struct seller *s, const char *marketplace, uint64_t now) _warn_unused_result_;
/* Deletes every record of an alias (what contains '@', compared without case) or of an
 * order ID, by rewriting the file; *removed counts them (may be NULL). */
int seller_forget(struct seller *s, const char *what, size_t *removed) _warn_unused_result_;
/* Deletes records older than keep_days days before now (LIFTs older than a day), by
 * rewriting the file when there is any; *removed counts them (may be NULL). */
int seller_compact(struct seller *s, uint64_t now, unsigned keep_days,
                   size_t *removed) _warn_unused_result_;

/* True when a message with a neutral review request was relayed for order before. */
bool seller_neutral_sent(const struct seller *s, const char *order);
/* Proactive messages relayed to marketplace on now's UTC day, after its last LIFT. */
unsigned seller_proactive_today(const struct seller *s, const char *marketplace, uint64_t now);

/* Every SENT record, oldest first; e is valid only during the call. */
typedef void (*seller_fn)(const struct seller_sent *e, void *userdata);
void seller_foreach(const struct seller *s, seller_fn fn, void *userdata);
/* Marketplaces with proactive mail on now's UTC day: calls fn for each with its count
 * (after its last LIFT). */
typedef void (*seller_day_fn)(const char *marketplace, unsigned count, void *userdata);
void seller_foreach_today(const struct seller *s, uint64_t now, seller_day_fn fn, void *userdata);

/* Parses bytes as the file's content (tests): calls fn per SENT record, fills rep. */
void seller_parse(const uint8_t *data, size_t len, seller_fn fn, void *userdata,
                  struct seller_report *rep);
/* Encodes e as one record into out (at least SELLER_REC_MAX + 8 bytes); returns its
 * length. */
size_t seller_encode(const struct seller_sent *e, uint8_t *out);

/* Leaves a request line ("forget X", "lift M") for the writer of account. Returns 0
 * and the request file's path in path (PATH_MAX bytes), or -errno. */
int seller_request_write(const char *state_dir, const char *account, const char *line, char *path,
                         size_t pathlen);
/* Applies and deletes the account's pending requests, calling fn (may be NULL) with
 * each line and its result (0, or -errno; -EINVAL for a line it does not know).
 * Returns how many were applied, or -errno when the directory cannot be read. */
typedef void (*seller_req_fn)(const char *line, int result, size_t removed, void *userdata);
int seller_requests_apply(struct seller *s, seller_req_fn fn, void *userdata);

/* Tests only: called between the two halves of a record's write(), so a test can kill
 * the writer in the middle of one. NULL in production. */
extern void (*seller_test_mid_record)(void);

#endif
