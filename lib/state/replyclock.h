/*
 * replyclock - Amazon's 24-hour clock for answers to buyers (POLICY-FACTS 6): each
 * buyer message (an EVENT BUYER of the seller state) is paired with the first relayed
 * reply (EVENT REPLY) in its thread, sent at or after it: a reply whose In-Reply-To or
 * References names the buyer message's Message-ID, else a reply to the same alias
 * about the same order ID (both without an order ID counts as the same). One reply
 * may answer several buyer messages of its thread.
 *
 * Figures, per marketplace and for all of them together:
 *   answered          paired buyer messages; median and p90 of their response time
 *   within_24h        answered within 86400 s
 *   late              answered later, or unanswered for more than 86400 s
 *   share_24h         within_24h / (within_24h + late); NaN-free: 1 when both are 0
 *   pending           unanswered, younger than 24 h
 *   gate delay        of the relayed replies: median, p90 and largest of the gate's
 *                     own time (the seller's APPEND to the relay's 250), kept apart
 * The median of an even count is the mean of the two middle values (rounded down);
 * p90 is the nearest rank: the value at rank ceil(0.9 n) of the sorted values.
 *
 * Pure: no I/O, no clock; the caller passes now.
 */
#ifndef AG_REPLYCLOCK_H
#define AG_REPLYCLOCK_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "seller.h"

#define REPLYCLOCK_DAY 86400

struct replyclock_buyer {
	uint64_t time;
	const char *alias, *order, *marketplace, *msgid; /* "" when none */
};

struct replyclock_reply {
	uint64_t time;
	const char *alias, *order, *refs; /* refs: In-Reply-To and References */
	uint64_t gate_delay;
};

/* For each buyer message i, out[i] = index of its reply in r, or -1 when unanswered. */
void replyclock_pair(const struct replyclock_buyer *b, size_t nb, const struct replyclock_reply *r,
                     size_t nr, long *out);

/* Median (see above) and nearest-rank percentile p (1..100) of v[0..n); v is sorted in
 * place. 0 when n is 0. */
uint64_t replyclock_median(uint64_t *v, size_t n);
uint64_t replyclock_percentile(uint64_t *v, size_t n, unsigned p);

struct replyclock_figures {
	const char *marketplace; /* NULL: every marketplace together */
	size_t messages, answered, within_24h, late, pending;
	uint64_t median, p90; /* response time of the answered, seconds */
	double share_24h;
	size_t gate_n; /* relayed replies */
	uint64_t gate_median, gate_p90, gate_max;
};

/* The figures from the seller state at now: fn once per marketplace with buyer
 * messages or replies (in order of first appearance), then once for all together. */
typedef void (*replyclock_fn)(const struct replyclock_figures *f, void *userdata);
void replyclock_figures(const struct seller *s, uint64_t now, replyclock_fn fn, void *userdata);

/* The unanswered threads (alias + order) whose oldest unanswered buyer message is at
 * least warn[0] seconds old: fn with that message, its age and the index of the
 * largest threshold of warn[0..n_warn) it passed; oldest first. */
typedef void (*replyclock_open_fn)(const struct seller_event *buyer, uint64_t age, size_t level,
                                   void *userdata);
void replyclock_unanswered(const struct seller *s, uint64_t now, const unsigned *warn,
                           size_t n_warn, replyclock_open_fn fn, void *userdata);

#endif
