/*
 * seller_gate - the daemon's side of the seller checks that need configuration or
 * state: the approved senders for policy_eval() (envelope_env.approved), and the
 * per-order and per-day state (lib/state/seller.h) that turns a second neutral review
 * request for one order into a rejection, and warns about proactive mail without an
 * order ID or over the daily cap.
 *
 * State only ever adds: a hold, a rejection or a warning on top of the verdict, never
 * a relay of what the verdict stops. It applies to mail from the approved folder too.
 * In monitor mode the repeated review request is a HOLD, so monitor mode (which
 * relays rejections) never sends it.
 *
 * Engine hits it adds, category in parentheses:
 *   state.review-repeat (review)  reject (hold in monitor mode): a neutral review
 *                                 request (the hit review.neutral) for an order that
 *                                 already had one relayed;
 *   state.no-order-id (order)     warn: a proactive message (not a reply) without an
 *                                 order ID;
 *   state.proactive-cap (limits)  warn: the day's proactive mail to a marketplace
 *                                 reaches 5 x average_daily_orders + 600;
 *   state.unavailable (engine)    hold: the state file could not be written, so the
 *                                 checks above cannot be trusted;
 *   state.opted-out (optout)      hold: a proactive message to an alias whose buyer
 *                                 opted out (Amazon's notice, daemon/seller_watch.c);
 *                                 replies in the buyer's thread still pass;
 *   state.restricted (limits)     hold: proactive mail to a marketplace Amazon
 *                                 restricted, until the notice's date or `aliasgate
 *                                 state lift MARKETPLACE`.
 *
 * Thread use: every function locks the account's own mutex, so the main thread may
 * apply `aliasgate state` requests while the account thread judges.
 */
#ifndef AG_SELLER_GATE_H
#define AG_SELLER_GATE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "envelope.h"
#include "message.h"
#include "policy.h"
#include "verdict.h"

struct account;

/* Builds the account's approved list and, with seller_state, opens (and compacts)
 * its state file and applies pending requests. On error -errno, detail in err. */
int seller_gate_open(struct account *a, char *err, size_t errlen);
void seller_gate_close(struct account *a);

/* Sets env's approved list and envelope_from_address from the account. */
void seller_gate_env(const struct account *a, struct envelope_env *env);

/* Adds the state's hits to v (see above) for message m to alias recipients rcpts.
 * override: judged for the approved folder (v holds engine hits only; the rules are
 * run again here to see the review request). */
void seller_gate_judge(struct account *a, struct policy_scratch *scratch, const struct message *m,
                       char *const *rcpts, size_t n_rcpts, bool override, struct verdict *v);

/* Records a relayed message (after its RELAYED journal record); for a reply also an
 * EVENT REPLY for the 24-hour clock, with the gate's own delay since first_seen (the
 * seller's APPEND, else the first fetch; unix seconds). */
void seller_gate_sent(struct account *a, const struct message *m, char *const *rcpts,
                      size_t n_rcpts, const struct verdict *v, uint64_t first_seen);

/* The account's seller state under its mutex, for daemon/seller_watch.c; NULL (and
 * nothing locked) without seller_state or after a failed write. */
struct seller *seller_gate_lock(struct account *a);
void seller_gate_unlock(struct account *a);

/* Deletes state older than state_keep days; once a day from the account thread. */
void seller_gate_compact(struct account *a, uint64_t now);

/* Applies pending `aliasgate state` requests of every account (main thread). */
void seller_gate_requests(struct account *accts, size_t n);

#endif
