/*
 * seller_watch - with seller_state, two more folders read on the account's IMAP login,
 * never changed (BODY.PEEK, no MOVE, no flag):
 *
 *   notices.folder (default "AliasGate/Notices"): Amazon's notices, put there by the
 *     seller's own filter. Each is matched against notices.list (lib/policy/notice.h):
 *       opted-out             the order's aliases (from the seller state) are recorded
 *                             as opted out: proactive mail to them is held
 *                             (state.opted-out); an order whose alias the state does
 *                             not know is recorded by order ID;
 *       blocked-content       the message Amazon blocked is matched back (the last
 *                             SENT record of that order at or before the notice): a
 *                             `misses` EVENT and a report with aliasgate's own verdict
 *                             for it beside Amazon's;
 *       restricted-proactive  proactive mail to the marketplace (the notice's, else the
 *                             order's, else the notice's amazon.TLD sender domain) is
 *                             held until the notice's date, or until `aliasgate state
 *                             lift MARKETPLACE`.
 *     A message no entry matches is logged and reported once, and left alone. Every
 *     notice gets a report appended to the reports folder (and mailed, when `report`
 *     says so, to smtp.envelope_from).
 *
 *   buyer_mail.folder (default "INBOX"): messages From an alias address (a domain of
 *     alias_domains) are buyer messages for the 24-hour clock (lib/state/replyclock.h):
 *     time (Date:, else first seen), alias, order ID, Message-ID. The first pass of a
 *     folder (or after its UIDVALIDITY changed) reads only its last 500 UIDs.
 *
 * After each pass, buyer threads newly past a response_warn threshold are logged (by
 * count, never by alias) and, with response_digest, listed in one digest appended to
 * the reports folder (no links). Duplicates (the same Message-ID again) are skipped.
 */
#ifndef AG_SELLER_WATCH_H
#define AG_SELLER_WATCH_H

#include <stddef.h>
#include <stdint.h>

#include "message.h"

struct account;

/* Loads notices.list from rules_dir and local_rules_dir (account with seller_state
 * only). On error -errno, detail in err. */
int seller_watch_open(struct account *a, char *err, size_t errlen);
void seller_watch_close(struct account *a);

/* One pass over both folders on session mb (io.h). Returns <0 only when the session
 * is unusable (the caller reconnects); other problems are logged. */
int seller_watch_pass(struct account *a, void *mb);

/* m's In-Reply-To and References, space-separated, without <>, cut to len. */
void seller_watch_refs(const struct message *m, char *out, size_t len);

#endif
