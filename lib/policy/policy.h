/*
 * policy - runs a ruleset over a message and returns the verdict. One pass over each
 * scope text per pattern, JIT-compiled; a PCRE2 resource limit is not "no match" but a
 * HOLD naming the rule. Also runs the rules' example lines for `aliasgate lint`.
 */
#ifndef AG_POLICY_H
#define AG_POLICY_H

#include <stddef.h>

#include "diag.h"
#include "envelope.h"
#include "message.h"
#include "ruleset.h"
#include "verdict.h"

/* Per-thread matching state (match data, JIT stack, match context with limits). */
struct policy_scratch;
struct policy_scratch *policy_scratch_new(void);
struct policy_scratch *policy_scratch_free(struct policy_scratch *s);
DEFINE_TRIVIAL_CLEANUP_FUNC(struct policy_scratch *, policy_scratch_free)

enum policy_flags {
	/* Engine holds only (limits, undecodable parts): the override path for mail a
	 * person moved to the approved folder. */
	POLICY_ENGINE_ONLY = 1 << 0,
	/* Run every rule on every text with PCRE2, without the prefilter: the same
	 * verdict, slower (the corpus equivalence test compares the two). */
	POLICY_NO_PREFILTER = 1 << 1,
};

/* Evaluates rs over msg: the one verdict the daemon acts on and `aliasgate check`
 * prints. Before any rule, the engine decides what is not the rules' to judge, in
 * this order, each a HOLD hit "engine.*" in scope "message":
 *   - msg->hold_rule: the message could not be fully examined (limits, decoding);
 *   - engine.no-recipient: no recipient at all (nothing says it is for a buyer);
 *   - engine.envelope-recipient: env names an envelope_recipient_header the message
 *     lacks, or whose value is not one address;
 * then VERDICT_IGNORE when no recipient is a buyer alias (the daemon leaves such mail
 * alone; no rule runs), then engine.no-sender when there is no usable From and env
 * sets no envelope_from, else engine.sender-not-approved when env has an `approved`
 * list and the From (or env's envelope_from_address) is not approved for the
 * marketplace of an alias recipient. env may be NULL (Amazon's alias domains, nothing else).
 * Returns 0 and *ret. */
int policy_eval(const struct ruleset *rs, struct policy_scratch *s, const struct message *msg,
                const struct envelope_env *env, unsigned flags, struct verdict **ret);

/* Profiling, for tests/bench/bench: once enabled for a ruleset of n_rules rules, every
 * policy_eval() with s adds each rule's wall time (CLOCK_MONOTONIC, nanoseconds) to
 * ns[rule index], and the prefilter scan's to *scan_ns. Off by default: no clock is
 * read. */
void policy_scratch_profile(struct policy_scratch *s, size_t n_rules);
const uint64_t *policy_scratch_profile_ns(const struct policy_scratch *s, uint64_t *scan_ns);

/* message_parse() + policy_eval(): the whole middle of the pipeline on raw bytes. */
int policy_judge(const struct ruleset *rs, struct policy_scratch *s, const char *raw, size_t len,
                 const struct envelope_env *env, unsigned flags, struct verdict **ret);

#endif
