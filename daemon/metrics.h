/*
 * metrics - what the daemon counts, for two readers: a Prometheus text endpoint
 * (libmicrohttpd on its own thread, off unless `metrics { listen }` is configured) and
 * the per-day stats files `aliasgate stats` reads (lib/state/stats.h). Account
 * threads call metrics_count() once per outcome; the HTTP thread renders. One mutex
 * guards the counters; account state (health) is read through its atomics.
 *
 * Series (text format 0.0.4):
 *   aliasgate_messages_total{account,outcome,marketplace,rule}   counter
 *   aliasgate_overrides_total{account,marketplace,rule}          counter
 *   aliasgate_relay_latency_seconds{account}                     histogram
 *   aliasgate_imap_connected{account}                            gauge
 *   aliasgate_journal_bytes{account}                             gauge
 *   aliasgate_ruleset_info{digest}                               gauge, always 1
 *   aliasgate_ruleset_reload_timestamp_seconds                   gauge
 *   aliasgate_stats_write_errors_total                           counter
 *   aliasgate_up                                                 gauge, always 1
 * and with seller_state the 24-hour clock (lib/state/replyclock.h), marketplace "all"
 * for every marketplace together:
 *   aliasgate_buyer_{messages,answered,answered_within_24h,late,pending}
 *                                            {account,marketplace}  gauge
 *   aliasgate_buyer_answered_24h_ratio{account,marketplace}      gauge
 *   aliasgate_response_seconds{account,marketplace,quantile}     gauge, 0.5 0.9
 *   aliasgate_gate_delay_seconds{account,marketplace,quantile}   gauge, 0.5 0.9 1
 *   aliasgate_unanswered_threads{account,threshold}              gauge
 *
 * Label bounds: account is a configured account; outcome one of metrics_outcome_name();
 * marketplace a configured alias domain or ""; rule a rule id of the ruleset, an
 * "engine.*" hold, or "". Distinct label sets are capped at METRICS_MAX_SERIES; past
 * that the rule label becomes "other". Aliases never appear, only their domain.
 */
#ifndef AG_METRICS_H
#define AG_METRICS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "account.h"
#include "buf.h"
#include "config.h"
#include "journal.h"
#include "log.h"
#include "message.h"
#include "policy.h"
#include "verdict.h"

#define METRICS_MAX_SERIES 4096

enum metrics_outcome {
	METRICS_RELAYED,   /* relayed clean, or relayed from the approved folder */
	METRICS_REJECTED,  /* rules rejected it (enforce mode), or the relay said 5xx */
	METRICS_HELD,      /* a hold rule or an engine hold: review */
	METRICS_WARNED,    /* relayed with warn hits, or a reject in monitor mode */
	METRICS_DEFERRED,  /* the relay said 4xx (each attempt) */
	METRICS_REVIEW,    /* filed in review unsent: may have been delivered */
	METRICS_DUPLICATE, /* the same message was relayed before */
	METRICS_IGNORED,   /* not addressed to a buyer alias */
	METRICS_N_OUTCOMES,
};

const char *metrics_outcome_name(enum metrics_outcome o);

struct metrics;

/* One outcome of one message, as account.c knows it. Anything may be NULL/0 when not
 * known (a message the server would not hand over has no msg, key body or verdict). */
struct metrics_msg {
	struct account *a;
	bool approved;                 /* from the approved folder (an override) */
	const struct journal_key *key; /* identity: DIGEST= */
	char *const *rcpts;            /* alias recipients: the marketplace */
	size_t n_rcpts;
	const struct message *msg; /* for the full rules on an override */
	const struct verdict *v;
	uint64_t first_seen; /* the APPEND (or first fetch), unix seconds: relay latency */
	struct policy_scratch *scratch;
};

/* Creates the counters and opens the stats writer under cfg->state_dir. */
int metrics_open(const struct config *cfg, struct metrics **ret, char *err, size_t errlen);
/* Starts the HTTP endpoint when cfg->metrics.listen is set (else does nothing). The
 * accounts must outlive metrics_close(). */
int metrics_start(struct metrics *m, struct shared *sh, struct account *accts, size_t n, char *err,
                  size_t errlen);
/* The ruleset was (re)loaded now. */
void metrics_rules_loaded(struct metrics *m);
/* Counts one outcome, appends it to the stats file (except deferred and ignored), and
 * sets f->digest and f->marketplace for the verdict's log line (the strings stay
 * valid until the next call on this thread). m may be NULL. */
void metrics_count(struct metrics *m, const struct metrics_msg *mm, enum metrics_outcome o,
                   struct log_fields *f);
/* Amazon blocked for its content a message relayed for account to marketplace,
 * which was warned for categories ("a, b"; "" none): a stats event for `aliasgate
 * stats` (STATS_AMAZON_BLOCKED). m may be NULL. */
void metrics_amazon_blocked(struct metrics *m, const char *account, const char *marketplace,
                            const char *categories);
/* The exposition text (for the endpoint and for tests). */
int metrics_render(struct metrics *m, struct buf *out);
struct metrics *metrics_close(struct metrics *m);

#endif
