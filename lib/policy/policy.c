/*
 * policy - runs a compiled ruleset over a message; see policy.h.
 *
 * Every pattern list of a rule is one JIT program per text. With the Hyperscan
 * prefilter (prefilter.h), each text is first scanned once for all rules, and a list
 * runs on a text only when one of its patterns may match there; what it finds is the
 * same either way. A PCRE2 resource limit ends that rule with a HOLD naming it: a match we
 * could not finish is never "no match". Patterns see the normalized view; offsets go
 * back through the text's map so excerpts quote the original.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "addr.h"
#include "limit.h"
#include "policy.h"
#include "prefilter.h"
#include "rule.h"
#include "sniff.h"

struct policy_scratch {
	pcre2_match_data *md;
	pcre2_match_context *mctx;
	pcre2_jit_stack *jit;
	struct prefilter_scratch *pf; /* Hyperscan scratch and the last scan's result */
	const struct ruleset *pf_rs;  /* set while pf answers for the message in hand */
	uint64_t *prof;               /* [n_prof] ns per rule (policy_scratch_profile) */
	size_t n_prof;
	uint64_t prof_scan;
};

static uint64_t mono_ns(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t) ts.tv_sec * 1000000000u + (uint64_t) ts.tv_nsec;
}

void policy_scratch_profile(struct policy_scratch *s, size_t n_rules)
{
	free(s->prof);
	s->prof = xcalloc(n_rules ? n_rules : 1, sizeof(*s->prof));
	s->n_prof = n_rules;
	s->prof_scan = 0;
}

const uint64_t *policy_scratch_profile_ns(const struct policy_scratch *s, uint64_t *scan_ns)
{
	*scan_ns = s->prof_scan;
	return s->prof;
}

struct policy_scratch *policy_scratch_new(void)
{
	struct policy_scratch *s = xcalloc(1, sizeof(*s));

	s->md = pcre2_match_data_create(1, NULL);
	s->mctx = pcre2_match_context_create(NULL);
	s->jit = pcre2_jit_stack_create(32 * 1024, LIMIT_PCRE2_JIT_STACK, NULL);
	if (!s->md || !s->mctx || !s->jit)
		panic("PCRE2 match state allocation failed");
	/* Debian's built-in heap limit is ~19 GiB: set every limit explicitly. */
	pcre2_set_match_limit(s->mctx, LIMIT_PCRE2_MATCH);
	pcre2_set_depth_limit(s->mctx, LIMIT_PCRE2_DEPTH);
	pcre2_set_heap_limit(s->mctx, LIMIT_PCRE2_HEAP_KIB);
	pcre2_jit_stack_assign(s->mctx, NULL, s->jit);
	s->pf = prefilter_scratch_new();
	return s;
}

struct policy_scratch *policy_scratch_free(struct policy_scratch *s)
{
	if (!s)
		return NULL;
	pcre2_match_data_free(s->md);
	pcre2_match_context_free(s->mctx);
	pcre2_jit_stack_free(s->jit);
	prefilter_scratch_free(s->pf);
	free(s->prof);
	free(s);
	return NULL;
}

/* find - earliest match of any pattern in pl. Returns 1 with [*ms, *me) set, 0 for no
 * match, or a negative PCRE2 error (a limit) that the caller turns into a hold. */
static int find(const struct patlist *pl, struct policy_scratch *s, const char *text, size_t len,
                size_t *ms, size_t *me)
{
	int found = patlist_ready(pl);

	if (found < 0)
		return found;
	for (size_t i = 0; i < pl->n_code; i++) {
		int rc = pcre2_match(pl->code[i], (PCRE2_SPTR) text, len, 0, 0, s->md, s->mctx);
		if (rc == PCRE2_ERROR_NOMATCH)
			continue;
		if (rc < 0)
			return rc;
		PCRE2_SIZE *ov = pcre2_get_ovector_pointer(s->md);
		if (!found || ov[0] < *ms) {
			*ms = ov[0];
			*me = ov[1] < ov[0] ? ov[0] : ov[1];
		}
		found = 1;
	}
	return found;
}

/* find_lines - find() over the lines of pl that fired in the prefilter, each with its
 * own program: the earliest match, ASCII lines before Unicode ones and each group in
 * file order on a tie, which is the match find() gets from the joined programs (an
 * alternation matches first where its earliest alternative does, with the first
 * alternative that matches there). */
static int find_lines(const struct patlist *pl, struct policy_scratch *s, size_t ri, int list,
                      int sc, size_t ti, const char *text, size_t len, size_t *ms, size_t *me)
{
	int found = patlist_ready(pl);

	if (found < 0)
		return found;
	for (unsigned ucp = 0; ucp < 2; ucp++)
		for (size_t k = 0; k < pl->n_src; k++) {
			PCRE2_SIZE *ov;
			int rc;

			if (!(pl->pats[k].flags & PATSRC_U) != !ucp ||
			    !prefilter_fired(s->pf, ri, list, sc, ti, k))
				continue;
			rc = pcre2_match(pl->pats[k].code, (PCRE2_SPTR) text, len, 0, 0, s->md,
			                 s->mctx);
			if (rc == PCRE2_ERROR_NOMATCH)
				continue;
			if (rc < 0)
				return rc;
			ov = pcre2_get_ovector_pointer(s->md);
			if (!found || ov[0] < *ms) {
				*ms = ov[0];
				*me = ov[1] < ov[0] ? ov[0] : ov[1];
			}
			found = 1;
		}
	return found;
}

/* find_text - find() for list `list` of r on text ti of scope sc, through the
 * prefilter when policy_eval() scanned the message: nothing runs where no line can
 * match, only the lines that fired where the list is covered. */
static int find_text(const struct rule *r, int list, struct policy_scratch *s, int sc, size_t ti,
                     const struct text *t, size_t *ms, size_t *me)
{
	const struct patlist *pl = rule_list(r, list);
	size_t ri;

	if (!s->pf_rs)
		return find(pl, s, t->norm, t->norm_len, ms, me);
	ri = (size_t) (r - s->pf_rs->rules);
	switch (prefilter_check(s->pf, ri, list, sc, ti)) {
	case PREFILTER_NO_MATCH:
		return 0;
	case PREFILTER_RUN_FIRED:
		return find_lines(pl, s, ri, list, sc, ti, t->norm, t->norm_len, ms, me);
	default:
		return find(pl, s, t->norm, t->norm_len, ms, me);
	}
}

static const char *limit_name(int rc)
{
	switch (rc) {
	case PCRE2_ERROR_MATCHLIMIT:
		return "match limit";
	case PCRE2_ERROR_HEAPLIMIT:
		return "heap limit";
	case PCRE2_ERROR_DEPTHLIMIT:
		return "depth limit";
	case PCRE2_ERROR_JIT_STACKLIMIT:
		return "JIT stack limit";
	default:
		return "matching error";
	}
}

static void hold_for_limit(const struct rule *r, struct verdict *v, const char *scope,
                           const char *origin, int rc)
{
	char reason[256];

	snprintf(reason, sizeof(reason),
	         "Rule %s could not finish checking this text (PCRE2 %s, error %d), so the "
	         "message was not passed.",
	         r->id, limit_name(rc), rc);
	verdict_add(v, r->id, r->category, ACTION_HOLD, scope, origin, 0, 0, NULL, reason,
	            "Ask compliance staff to simplify the rule, or shorten the message.");
}

/* add_text_hit - a hit in text t at normalized [ms, me), quoted from the original. */
static void add_text_hit(const struct rule *r, struct verdict *v, enum scope sc,
                         const struct text *t, size_t ms, size_t me)
{
	size_t os = t->map[ms], oe = t->map[me];
	char *ex = verdict_excerpt(t->orig, t->orig_len, os, oe, LIMIT_EXCERPT_CHARS);

	verdict_add(v, r->id, r->category, r->action, scope_name(sc), t->origin, os, oe, ex,
	            r->reason, r->hint);
	free(ex);
}

/* applies - marketplace scoping. With `marketplaces`, the rule needs a recipient in one
 * of them; with `except-marketplaces`, it is skipped when every recipient that looks
 * like a marketplace alias is in the excluded list (a message to aliases of two
 * marketplaces still gets the rule, for the one that wants it). */
static bool applies(const struct rule *r, const struct message *m)
{
	if ((r->when == RULE_WHEN_PROACTIVE && m->reply) ||
	    (r->when == RULE_WHEN_REPLY && !m->reply))
		return false;
	if (r->n_markets) {
		for (size_t i = 0; i < m->n_recipients; i++)
			if (addr_domain_in(m->recipients[i], (const char *const *) r->markets,
			                   r->n_markets) >= 0)
				return true;
		return false;
	}
	if (r->n_except_markets) {
		bool any_excluded = false;
		for (size_t i = 0; i < m->n_recipients; i++) {
			if (addr_domain_in(m->recipients[i],
			                   (const char *const *) r->except_markets,
			                   r->n_except_markets) >= 0)
				any_excluded = true;
			else if (addr_domain(m->recipients[i]) &&
			         addr_host_is_amazon_alias(addr_domain(m->recipients[i]),
			                                   strlen(addr_domain(m->recipients[i]))))
				return true;
		}
		return !any_excluded;
	}
	return true;
}

/* eval_match - plain patterns over every text of every scope the rule names. */
static void eval_match(const struct rule *r, struct policy_scratch *s, const struct message *m,
                       struct verdict *v)
{
	for (int sc = 0; sc < SCOPE__MAX; sc++) {
		if (!(r->scopes & (1u << sc)))
			continue;
		for (size_t i = 0; i < m->n_texts[sc]; i++) {
			const struct text *t = &m->texts[sc][i];
			size_t ms = 0, me = 0, us, ue;
			int rc = find_text(r, LIST_MATCH, s, sc, i, t, &ms, &me);

			if (rc == 1)
				rc = find_text(r, LIST_UNLESS, s, sc, i, t, &us, &ue) == 1 ? 0 : rc;
			if (rc < 0) {
				hold_for_limit(r, v, scope_name(sc), t->origin, rc);
				return;
			}
			if (rc == 1) {
				add_text_hit(r, v, sc, t, ms, me);
				break; /* one hit per rule and scope */
			}
		}
	}
}

static bool host_allowed(const struct rule *r, const char *host)
{
	for (size_t i = 0; i < r->n_allow; i++)
		if (addr_host_is(host, strlen(host), r->allow[i]))
			return true;
	return false;
}

/* eval_links - every extracted link whose host is not allow-listed. */
static void eval_links(const struct rule *r, struct policy_scratch *s, const struct message *m,
                       struct verdict *v)
{
	unsigned where = r->scopes & ~(1u << SCOPE_LINKS);

	for (size_t i = 0; i < m->n_links; i++) {
		const struct link *l = &m->links[i];
		size_t len = strlen(l->url), ms, me;
		int rc;

		if (r->link_kind >= 0 && (int) l->kind != r->link_kind)
			continue;
		if (where && !(where & (1u << l->found_in)))
			continue;
		if (l->host && host_allowed(r, l->host))
			continue;
		if (r->match.n_src) {
			rc = find(&r->match, s, l->url, len, &ms, &me);
			if (rc < 0) {
				hold_for_limit(r, v, "links", scope_name(l->found_in), rc);
				return;
			}
			if (rc == 0)
				continue;
		} else if (!l->host) {
			continue; /* mailto:, cid:, relative: not a site; other rules judge */
		}
		rc = find(&r->unless, s, l->url, len, &ms, &me);
		if (rc < 0) {
			hold_for_limit(r, v, "links", scope_name(l->found_in), rc);
			return;
		}
		if (rc == 1)
			continue;
		char *ex = verdict_excerpt(l->url, len, 0, len, LIMIT_EXCERPT_CHARS);
		verdict_add(v, r->id, r->category, r->action, "links", scope_name(l->found_in), 0,
		            len, ex, r->reason, r->hint);
		free(ex);
		return;
	}
}

static bool type_allowed(const struct rule *r, const char *type)
{
	if (!r->n_allow_types)
		return true;
	for (size_t i = 0; i < r->n_allow_types; i++)
		if (type && streq(r->allow_types[i], type))
			return true;
	return false;
}

/* eval_attachments - types by sniffed content, name/content agreement, total size. */
static void eval_attachments(const struct rule *r, struct policy_scratch *s,
                             const struct message *m, struct verdict *v)
{
	char ex[512];

	for (size_t i = 0; i < m->n_attachments; i++) {
		const struct attachment *a = &m->attachments[i];
		const char *name = a->filename ? a->filename : "(no name)";
		const char *why = NULL;
		size_t ms, me;

		if (!type_allowed(r, a->sniffed_type))
			why = "content type not allowed";
		else if (r->n_allow_types && a->filename &&
		         !sniff_ext_fits(a->filename, a->sniffed_type))
			why = "file name does not match its content";
		else if (r->match.n_src && a->filename) {
			int rc = find(&r->match, s, a->filename, strlen(a->filename), &ms, &me);
			if (rc < 0) {
				hold_for_limit(r, v, "attachment-name", a->part, rc);
				return;
			}
			if (rc == 1)
				why = "file name not allowed";
		}
		if (!why)
			continue;
		snprintf(ex, sizeof(ex), "%s (%s, contains %s, %zu bytes): %s", name,
		         a->declared_type ? a->declared_type : "no type",
		         a->sniffed_type ? a->sniffed_type : "unknown", a->size, why);
		verdict_add(v, r->id, r->category, r->action, "attachment-name", a->part, 0, 0, ex,
		            r->reason, r->hint);
		return;
	}
	if (r->n_allow_types && m->attachment_bytes > r->max_total) {
		snprintf(ex, sizeof(ex), "%zu attachments, %zu bytes in total (at most %zu)",
		         m->n_attachments, m->attachment_bytes, r->max_total);
		verdict_add(v, r->id, r->category, r->action, "attachment-name", NULL, 0, 0, ex,
		            r->reason, r->hint);
	}
}

/* find_in_scopes - first match of pl in any text of the rule's scopes; *where gets
 * the scope and text. Returns like find(). */
static int find_in_scopes(const struct rule *r, int list, struct policy_scratch *s,
                          const struct message *m, unsigned scopes, int *ret_sc,
                          const struct text **ret_t, size_t *ms, size_t *me)
{
	for (int sc = 0; sc < SCOPE__MAX; sc++) {
		if (!(scopes & (1u << sc)))
			continue;
		for (size_t i = 0; i < m->n_texts[sc]; i++) {
			const struct text *t = &m->texts[sc][i];
			int rc = find_text(r, list, s, sc, i, t, ms, me);

			if (rc != 0) {
				*ret_sc = sc;
				*ret_t = t;
				return rc;
			}
		}
	}
	return 0;
}

/* eval_important - the [Important] pair. The tag is looked for in the subject only;
 * the critical topics (match) in the rule's scopes. */
static void eval_important(const struct rule *r, struct policy_scratch *s, const struct message *m,
                           struct verdict *v)
{
	const struct text *tt = NULL, *ct = NULL, *ut = NULL;
	int tsc = 0, csc = 0, usc = 0, tag, topic, excuse;
	size_t tms = 0, tme = 0, cms = 0, cme = 0, ums, ume;

	tag = find_in_scopes(r, LIST_TAGS, s, m, 1u << SCOPE_SUBJECT, &tsc, &tt, &tms, &tme);
	if (tag < 0)
		goto limit;
	if (r->kind == RULE_IMPORTANT_REQUIRED && tag == 1)
		return;
	if (r->kind == RULE_IMPORTANT_MISUSE && tag == 0)
		return;
	topic = find_in_scopes(r, LIST_MATCH, s, m, r->scopes, &csc, &ct, &cms, &cme);
	if (topic < 0) {
		tag = topic;
		goto limit;
	}
	excuse = find_in_scopes(r, LIST_UNLESS, s, m, r->scopes, &usc, &ut, &ums, &ume);
	if (excuse < 0) {
		tag = excuse;
		goto limit;
	}
	if (excuse == 1)
		return;
	if (r->kind == RULE_IMPORTANT_REQUIRED && topic == 1)
		add_text_hit(r, v, (enum scope) csc, ct, cms, cme);
	else if (r->kind == RULE_IMPORTANT_MISUSE && topic == 0)
		add_text_hit(r, v, (enum scope) tsc, tt, tms, tme);
	return;
limit:
	hold_for_limit(r, v, "subject", NULL, tag);
}

/* localize - gives the hits rule r just added its translations (`reason.LANG`,
 * `hint.LANG`) and marks a missing [Important] tag as such. Engine holds for the rule
 * (hold_for_limit) have their own reason and are left as they are. */
static void localize(const struct rule *r, struct verdict *v, size_t first)
{
	for (size_t i = first; i < v->n_hits; i++) {
		struct hit *h = &v->hits[i];
		if (!h->reason || !r->reason || !streq(h->reason, r->reason))
			continue;
		h->missing = r->kind == RULE_IMPORTANT_REQUIRED;
		for (size_t l = 1; l < rule_n_languages; l++)
			if (r->reason_l10n[l] || r->hint_l10n[l])
				verdict_hit_l10n(h, rule_languages[l], r->reason_l10n[l],
				                 r->hint_l10n[l]);
	}
}

/* moot - an earlier rule named in r's `unless-hit` has hit this message already,
 * outside the quoted part of a reply: a quote, real or forged, must not switch a rule
 * off (rules/README.md, "Replies and quotes"). */
static bool moot(const struct rule *r, const struct verdict *v)
{
	for (size_t i = 0; i < r->n_unless_hit; i++)
		for (size_t k = 0; k < v->n_hits; k++)
			if (v->hits[k].rule && streq(v->hits[k].rule, r->unless_hit[i]) &&
			    !(v->hits[k].scope && streq(v->hits[k].scope, "quoted")))
				return true;
	return false;
}

void policy_eval_rule(const struct rule *r, struct policy_scratch *s, const struct message *m,
                      struct verdict *v)
{
	size_t first = v->n_hits;

	if (!applies(r, m) || moot(r, v))
		return;
	switch (r->kind) {
	case RULE_MATCH:
		eval_match(r, s, m, v);
		break;
	case RULE_LINKS:
		eval_links(r, s, m, v);
		break;
	case RULE_ATTACHMENTS:
		eval_attachments(r, s, m, v);
		break;
	case RULE_IMPORTANT_REQUIRED:
	case RULE_IMPORTANT_MISUSE:
		eval_important(r, s, m, v);
		break;
	}
	localize(r, v, first);
}

/* engine_hint - how to fix what made the engine hold a message. */
static const char *engine_hint(const char *rule)
{
	static const struct {
		const char *rule, *hint;
	} hints[] = {
	        {"engine.line-length", "Break the long line (mail allows 998 characters a line), "
	                               "or send the text as an attachment."},
	        {"engine.nul", "Remove the NUL byte: send the text from a normal mail client."},
	        {"engine.line-endings", "Send it again from a normal mail client; the line endings "
	                                "were mixed."},
	        {"engine.recipients", "Write each recipient as a plain address, separated by "
	                              "commas."},
	        {"engine.charset", "Send it in UTF-8 or another common character set."},
	        {"engine.size", "Send a smaller message: attachments may total 10 MB."},
	};

	for (size_t i = 0; i < ELEMENTSOF(hints); i++)
		if (streq(rule, hints[i].rule))
			return hints[i].hint;
	return "Send a simpler message: fewer, smaller parts in a common format.";
}

static void engine_hold(struct verdict *v, const char *rule, const char *reason, const char *hint)
{
	verdict_add(v, rule, "engine", ACTION_HOLD, "message", NULL, 0, 0, NULL, reason, hint);
}

/* check_approved - Amazon rejects mail to buyers from an address that is not on the
 * seller's Messaging Permissions page (POLICY-FACTS 5.1): hold it here, before any
 * SMTP, naming the page. The From is checked, and the envelope sender when one is
 * configured; each alias's marketplace once. */
static void check_approved(struct verdict *v, const struct message *msg,
                           const struct envelope_env *env, const char *const *rcpts, size_t n)
{
	const char *senders[2] = {msg->from && addr_valid(msg->from) ? msg->from : NULL,
	                          env && env->envelope_from ? env->envelope_from_address : NULL};

	if (!env || !env->approved || !env->n_approved)
		return;
	for (size_t i = 0; i < n; i++) {
		char mp[256];
		envelope_marketplace(rcpts[i], mp, sizeof(mp));
		for (size_t k = 0; k < 2; k++) {
			if (!senders[k] || envelope_sender_approved(env, mp, senders[k]))
				continue;
			_cleanup_(freep) char *reason = xasprintf(
			        "The %s address %s is not an approved sender for %s: Amazon "
			        "rejects mail to buyers from addresses not on the seller's "
			        "Messaging "
			        "Permissions page.",
			        k == 0 ? "From" : "envelope sender", senders[k], mp);
			_cleanup_(freep) char *hint = xasprintf(
			        "Send from an approved address, or approve %s in Seller Central: "
			        "Settings > Notification Preferences > Messaging Permissions (help "
			        "item 201054220), then add it to approved_senders for %s.",
			        senders[k], mp);
			engine_hold(v, "engine.sender-not-approved", reason, hint);
			return;
		}
	}
}

int policy_eval(const struct ruleset *rs, struct policy_scratch *s, const struct message *msg,
                const struct envelope_env *env, unsigned flags, struct verdict **ret)
{
	struct verdict *v = verdict_new(ruleset_digest(rs));
	char **rcpts = NULL;
	size_t n_rcpts = 0;

	*ret = v;
	if (msg->hold_rule)
		engine_hold(v, msg->hold_rule,
		            msg->hold_reason ? msg->hold_reason
		                             : "the message could not be examined",
		            engine_hint(msg->hold_rule));
	if (msg->n_recipients == 0 && !msg->hold_rule) {
		engine_hold(v, "engine.no-recipient", "The message has no recipient.",
		            "Address it to the buyer's alias.");
		return 0;
	}
	if (envelope_recipients(env, msg, &rcpts, &n_rcpts) < 0) {
		engine_hold(
		        v, "engine.envelope-recipient",
		        "The delivery agent's envelope-recipient header is missing or unreadable, "
		        "so the buyer it was delivered for is unknown.",
		        "Check the mail host's delivery to the gate folder "
		        "(envelope_recipient_header).");
		return 0;
	}
	if (n_rcpts == 0) {
		envelope_free(rcpts);
		if (v->kind == VERDICT_PASS)
			v->kind = VERDICT_IGNORE;
		return 0;
	}
	if ((!msg->from || !addr_valid(msg->from)) && !(env && env->envelope_from))
		engine_hold(v, "engine.no-sender",
		            "The message has no usable From address for the envelope.",
		            "Send it from your approved seller address.");
	else
		check_approved(v, msg, env, (const char *const *) rcpts, n_rcpts);
	envelope_free(rcpts);
	if (!(flags & POLICY_ENGINE_ONLY)) {
		bool prof = s->prof && s->n_prof == rs->n_rules;
		uint64_t t = prof ? mono_ns() : 0;

		/* One Hyperscan pass over every text; a failed scan just runs every rule. */
		if (rs->pf && !(flags & POLICY_NO_PREFILTER) &&
		    prefilter_scan(rs->pf, s->pf, msg) == 0)
			s->pf_rs = rs;
		if (prof)
			s->prof_scan += mono_ns() - t;
		for (size_t i = 0; i < rs->n_rules; i++) {
			if (prof)
				t = mono_ns();
			policy_eval_rule(&rs->rules[i], s, msg, v);
			if (prof)
				s->prof[i] += mono_ns() - t;
		}
		s->pf_rs = NULL;
	}
	return 0;
}

int policy_judge(const struct ruleset *rs, struct policy_scratch *s, const char *raw, size_t len,
                 const struct envelope_env *env, unsigned flags, struct verdict **ret)
{
	_cleanup_(message_freep) struct message *m = NULL;
	int r = message_parse(raw, len, NULL, &m);

	if (r < 0)
		return r;
	return policy_eval(rs, s, m, env, flags, ret);
}
