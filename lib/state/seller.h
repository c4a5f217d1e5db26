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
 *       count of that marketplace's UTC day starts again after it, and a restriction
 *       (EVENT RESTRICT) of that marketplace written before it ends.
 *   3 EVENT, what Amazon's notices and the buyers' mail said (seller_event below):
 *       0 u64 time | 8 u8 kind | 9 u64 until | 17 u64 value | 25 str order
 *       | str alias | str marketplace | str ref | str text
 *       Readers before this type skip it (a valid record of an unknown type).
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

/* What Amazon's notices and the buyers' mail said (EVENT records). */
enum seller_event_kind {
	/* Amazon: the buyer opted out. alias ("" when the order's alias is not in the
	 * state: then the order is what is matched), order. */
	SELLER_EV_OPTOUT = 1,
	/* Amazon blocked a message for its content that the gate had relayed: order,
	 * alias, value = the SENT time of that message, text = the gate's verdict for it
	 * ("passed" or "passed, warned: a,b"), ref = the notice's rule id. */
	SELLER_EV_MISS = 2,
	/* Amazon restricted proactive messages: marketplace, until (unix seconds; 0 = until
	 * `aliasgate state lift MARKETPLACE`), ref = the notice's rule id. */
	SELLER_EV_RESTRICT = 3,
	/* A notice read from the notices folder: ref = its Message-ID (or "uid:V:U"),
	 * text = the kind it was read as, or "unknown" (reported once). */
	SELLER_EV_NOTICE = 4,
	/* A buyer message in the buyer_mail folder: time = when it was sent (Date:, else
	 * first seen), alias = its From, order, marketplace, ref = its Message-ID. */
	SELLER_EV_BUYER = 5,
	/* A relayed reply: time = the relay's 250, alias, order, marketplace, ref = its
	 * In-Reply-To and References (space-separated, cut at 255 bytes), value = the
	 * gate's own delay in seconds (journal first_seen to the 250). */
	SELLER_EV_REPLY = 6,
	/* How far a folder was read: ref = folder, value = uidvalidity << 32 | last uid. */
	SELLER_EV_CURSOR = 7,
	/* A buyer message passed a response_warn threshold unanswered: ref = its
	 * Message-ID, value = the threshold in seconds. */
	SELLER_EV_OVERDUE = 8,
};

struct seller_event {
	uint64_t time;
	unsigned kind; /* enum seller_event_kind */
	uint64_t until, value;
	const char *order, *alias, *marketplace, *ref, *text; /* "" when none */
};

/* What opening found. */
struct seller_report {
	size_t records;         /* valid SENT and LIFT records */
	size_t events;          /* valid EVENT records */
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
 * order ID, EVENTs included, by rewriting the file; *removed counts them (may be NULL). */
int seller_forget(struct seller *s, const char *what, size_t *removed) _warn_unused_result_;
/* Deletes records older than keep_days days before now (LIFTs older than a day), by
 * rewriting the file when there is any; *removed counts them (may be NULL). EVENTs
 * too, except the last CURSOR of each folder and a RESTRICT still in force; a
 * RESTRICT that ended (its date passed, or lifted) goes at once. */
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

/* Appends an EVENT, durably. */
int seller_event_add(struct seller *s, const struct seller_event *e) _warn_unused_result_;
/* Every EVENT of kind (0: every kind), oldest first; e valid only during the call. */
typedef void (*seller_event_fn)(const struct seller_event *e, void *userdata);
void seller_foreach_event(const struct seller *s, unsigned kind, seller_event_fn fn,
                          void *userdata);
/* True when Amazon said the buyer behind alias opted out, or (for an opt-out whose
 * alias was not known) the buyer of order. */
bool seller_opted_out(const struct seller *s, const char *alias, const char *order);
/* True when proactive mail to marketplace is restricted at now: a RESTRICT with
 * until 0 or after now, and no LIFT of that marketplace written after it; *until is
 * the latest end (0: until lifted). */
bool seller_restricted(const struct seller *s, const char *marketplace, uint64_t now,
                       uint64_t *until);
/* True when an EVENT of kind with this ref exists (ref compared exactly). */
bool seller_event_seen(const struct seller *s, unsigned kind, const char *ref);
/* The last CURSOR of folder: false when none. */
bool seller_cursor(const struct seller *s, const char *folder, uint32_t *uidvalidity,
                   uint32_t *uid);
/* The last SENT record for order at or before t (any alias) into *out (its strings
 * valid until the next change); false when none. */
bool seller_last_sent(const struct seller *s, const char *order, uint64_t t,
                      struct seller_sent *out);

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
