/*
 * seller_gate - approved senders and the per-order state for one account; see
 * seller_gate.h.
 */
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <syslog.h>
#include <time.h>

#include "account.h"
#include "log.h"
#include "orderid.h"
#include "seller.h"
#include "seller_gate.h"
#include "seller_watch.h"

struct seller_gate {
	pthread_mutex_t lock;
	struct envelope_approved *approved; /* views of the account's configuration */
	size_t n_approved;
	struct seller *state; /* NULL without seller_state */
	bool failed;          /* a state write failed: hold until restart */
	/* What seller_gate_judge() learned about the message it judged last, for
	 * seller_gate_sent() (the same message, relayed next on the same thread). */
	const struct message *pending;
	bool pending_neutral;
	char pending_categories[256];
};

static uint64_t now_wall(void)
{
	return (uint64_t) time(NULL);
}

static void log_report(const struct account *a, const struct seller *s)
{
	const struct seller_report *rep = seller_report(s);
	struct log_fields f = {.account = a->cfg->name};

	if (rep->n_damaged)
		log_msg(LOG_CRIT, &f,
		        "seller state %s: %zu damaged region(s), %llu bytes, first at offset %llu, "
		        "skipped: earlier review requests may be forgotten",
		        seller_path(s), rep->n_damaged, (unsigned long long) rep->damaged_bytes,
		        (unsigned long long) rep->first_damage);
	if (rep->tail_dropped)
		log_msg(LOG_WARNING, &f, "seller state %s: cut off a torn tail of %llu bytes",
		        seller_path(s), (unsigned long long) rep->tail_dropped);
}

static void request_done(const char *line, int result, size_t removed, void *userdata)
{
	const struct account *a = userdata;
	struct log_fields f = {.account = a->cfg->name};
	char what[64];

	/* never the alias or order itself in the log: only the verb */
	snprintf(what, sizeof(what), "%.*s", (int) strcspn(line, " \n"), line);
	if (result < 0)
		log_msg(LOG_ERR, &f, "seller state request \"%s\" failed: %s", what,
		        strerror(-result));
	else
		log_msg(LOG_NOTICE, &f,
		        "seller state request \"%s\" applied (%zu record%s deleted)", what, removed,
		        removed == 1 ? "" : "s");
}

int seller_gate_open(struct account *a, char *err, size_t errlen)
{
	const struct config_account *c = a->cfg;
	struct seller_gate *g = xcalloc(1, sizeof(*g));
	int r;

	pthread_mutex_init(&g->lock, NULL);
	g->approved = xcalloc(c->n_approved + 1, sizeof(*g->approved));
	for (size_t i = 0; i < c->n_approved; i++)
		g->approved[i] = (struct envelope_approved){
		        .marketplaces = (const char *const *) c->approved[i].marketplaces,
		        .n_marketplaces = c->approved[i].n_marketplaces,
		        .addresses = (const char *const *) c->approved[i].addresses,
		        .n_addresses = c->approved[i].n_addresses};
	g->n_approved = c->n_approved;
	a->seller = g;
	if (!c->seller_state)
		return 0;
	r = seller_open(a->sh->cfg->state_dir, c->name, &g->state, err, errlen);
	if (r < 0)
		return r;
	log_report(a, g->state);
	r = seller_compact(g->state, now_wall(), a->sh->cfg->state_keep, NULL);
	if (r < 0) {
		snprintf(err, errlen, "seller state %s: compaction: %s", seller_path(g->state),
		         strerror(-r));
		return r;
	}
	(void) seller_requests_apply(g->state, request_done, a);
	return seller_watch_open(a, err, errlen); /* Amazon's notices, the 24-hour clock */
}

void seller_gate_close(struct account *a)
{
	struct seller_gate *g = a->seller;

	if (!g)
		return;
	seller_watch_close(a);
	seller_close(g->state);
	free(g->approved);
	pthread_mutex_destroy(&g->lock);
	free(g);
	a->seller = NULL;
}

void seller_gate_env(const struct account *a, struct envelope_env *env)
{
	const struct seller_gate *g = a->seller;

	env->envelope_from_address = a->cfg->smtp.envelope_from;
	env->approved = g && g->n_approved ? g->approved : NULL;
	env->n_approved = g ? g->n_approved : 0;
}

static bool has_hit(const struct verdict *v, const char *rule)
{
	for (size_t i = 0; v && i < v->n_hits; i++)
		if (streq(v->hits[i].rule, rule))
			return true;
	return false;
}

/* warned_categories - the distinct categories of v's warnings, "a,b". */
static void warned_categories(const struct verdict *v, char *buf, size_t len)
{
	size_t n = 0;

	buf[0] = 0;
	for (size_t i = 0; v && i < v->n_hits; i++) {
		const struct hit *h = &v->hits[i];
		size_t cl = strlen(h->category);
		bool seen = false;
		if (h->action != ACTION_WARN || streq(h->category, "engine"))
			continue;
		for (const char *p = buf; *p && !seen; p += strcspn(p, ","), p += *p == ',')
			seen = strncmp(p, h->category, cl) == 0 && (p[cl] == ',' || !p[cl]);
		if (seen || n + cl + 2 > len)
			continue;
		n += (size_t) snprintf(buf + n, len - n, "%s%s", n ? "," : "", h->category);
	}
}

static unsigned cap_of(const struct config_account *c, const char *marketplace)
{
	for (size_t i = 0; i < c->n_daily_orders; i++)
		if (strcasecmp(c->daily_orders[i].marketplace, marketplace) == 0)
			return 5 * c->daily_orders[i].orders + 600;
	return 0;
}

/* full_verdict - the rules' verdict for a message from the approved folder, whose own
 * verdict has the engine's holds only: the state needs to see its review request. */
static struct verdict *full_verdict(struct account *a, struct policy_scratch *scratch,
                                    const struct message *m)
{
	struct shared *sh = a->sh;
	struct envelope_env env = {
	        .alias_domains = (const char *const *) sh->cfg->alias_domains,
	        .n_alias_domains = sh->cfg->n_alias_domains,
	        .envelope_recipient_header = a->cfg->envelope_recipient_header,
	        .envelope_from = a->cfg->smtp.envelope_from != NULL,
	};
	struct verdict *v = NULL;

	seller_gate_env(a, &env);
	pthread_rwlock_rdlock(&sh->rules_lock);
	if (policy_eval(sh->rules, scratch, m, &env, 0, &v) < 0)
		v = verdict_free(v);
	pthread_rwlock_unlock(&sh->rules_lock);
	return v;
}

/* judge_notices - what Amazon's notices said (daemon/seller_watch.c): proactive mail
 * to an opted-out buyer, or to a restricted marketplace, is held. */
static void judge_notices(const struct seller *s, const char *order, char *const *rcpts,
                          size_t n_rcpts, uint64_t now, struct verdict *v)
{
	bool opted = false;

	for (size_t i = 0; i < n_rcpts && !opted; i++)
		opted = seller_opted_out(s, rcpts[i], *order ? order : NULL);
	if (opted)
		verdict_add(v, "state.opted-out", "optout", ACTION_HOLD, "message", NULL, 0, 0,
		            NULL,
		            "Amazon told you that this buyer opted out of unsolicited messages: a "
		            "proactive message would not be delivered.",
		            "Answer the buyer only on their own message thread (a reply), or use "
		            "Seller Central's templates for what the order requires.");
	for (size_t i = 0; i < n_rcpts; i++) {
		char mp[256];
		uint64_t until = 0;
		bool again = false;
		envelope_marketplace(rcpts[i], mp, sizeof(mp));
		for (size_t k = 0; k < i && !again; k++) {
			char o[256];
			again = streq(envelope_marketplace(rcpts[k], o, sizeof(o)), mp);
		}
		if (again || !seller_restricted(s, mp, now, &until))
			continue;
		char day[32] = "";
		if (until) {
			time_t t = (time_t) until;
			struct tm tm;
			gmtime_r(&t, &tm);
			strftime(day, sizeof(day), "%Y-%m-%d %H:%M UTC", &tm);
		}
		_cleanup_(freep) char *reason =
		        until ? xasprintf("Amazon restricted your proactive messages on %s until "
		                          "%s: this one would not be delivered.",
		                          mp, day)
		              : xasprintf("Amazon restricted your proactive messages on %s, with "
		                          "no end date: this one would not be delivered.",
		                          mp);
		verdict_add(
		        v, "state.restricted", "limits", ACTION_HOLD, "message", NULL, 0, 0, NULL,
		        reason,
		        "Only replies to buyers can be sent during the restriction. When Amazon "
		        "lifts it, run `aliasgate state lift MARKETPLACE`.");
	}
}

void seller_gate_judge(struct account *a, struct policy_scratch *scratch, const struct message *m,
                       char *const *rcpts, size_t n_rcpts, bool override, struct verdict *v)
{
	struct seller_gate *g = a->seller;
	const struct config_account *c = a->cfg;
	_cleanup_(verdict_freep) struct verdict *full = NULL;
	char order[ORDERID_LEN + 1] = "";
	bool has_order, proactive, neutral;
	uint64_t now = now_wall();

	if (!g || !g->state || v->kind == VERDICT_IGNORE || !n_rcpts)
		return;
	if (override)
		full = full_verdict(a, scratch, m);
	has_order = orderid_find(m, order);
	proactive = !m->reply;
	neutral = has_hit(override ? full : v, "review.neutral");

	pthread_mutex_lock(&g->lock);
	g->pending = m;
	g->pending_neutral = neutral;
	warned_categories(override ? full : v, g->pending_categories,
	                  sizeof(g->pending_categories));
	if (g->failed) {
		verdict_add(v, "state.unavailable", "engine", ACTION_HOLD, "message", NULL, 0, 0,
		            NULL,
		            "The gate could not write its seller state, so it cannot tell whether "
		            "this order already had a review request or how much was sent today.",
		            "A person should check the daemon's log; the message can be sent after "
		            "the state directory is fixed and the daemon restarted.");
	}
	if (neutral && has_order && seller_neutral_sent(g->state, order)) {
		_cleanup_(freep) char *reason =
		        xasprintf("A review request for order %s was already sent: Amazon allows "
		                  "one per order "
		                  "(\"Asking for the same review repeatedly\" restricts proactive "
		                  "messaging).",
		                  order);
		verdict_add(v, "state.review-repeat", "review",
		            c->mode == CONFIG_MODE_MONITOR ? ACTION_HOLD : ACTION_REJECT, "message",
		            NULL, 0, 0, NULL, reason,
		            "Do not ask again for this order. If the earlier request never reached "
		            "the buyer, use Seller Central's Request a Review button instead.");
	}
	if (proactive && !has_order)
		verdict_add(v, "state.no-order-id", "order", ACTION_WARN, "message", NULL, 0, 0,
		            NULL,
		            "A proactive message (not a reply to the buyer) without an order ID: "
		            "Amazon's messaging templates require the order it is about.",
		            "Write the order ID (123-1234567-1234567) in the subject or the text.");
	for (size_t i = 0; proactive && i < n_rcpts; i++) {
		char mp[256];
		bool again = false;
		envelope_marketplace(rcpts[i], mp, sizeof(mp));
		for (size_t k = 0; k < i && !again; k++) {
			char o[256];
			again = streq(envelope_marketplace(rcpts[k], o, sizeof(o)), mp);
		}
		unsigned cap = cap_of(c, mp);
		if (again || !cap)
			continue;
		unsigned sent = seller_proactive_today(g->state, mp, now);
		if (sent + 1 < cap)
			continue;
		_cleanup_(freep) char *reason = xasprintf("This is proactive message %u today to "
		                                          "%s; Amazon's daily cap is 5 x average "
		                                          "daily orders (%u) + 600 = %u.",
		                                          sent + 1, mp, (cap - 600) / 5, cap);
		verdict_add(v, "state.proactive-cap", "limits", ACTION_WARN, "message", NULL, 0, 0,
		            NULL, reason,
		            "Send only what the order needs until tomorrow (UTC); `aliasgate state "
		            "lift` restarts today's count once you have checked.");
	}
	if (proactive)
		judge_notices(g->state, order, rcpts, n_rcpts, now, v);
	pthread_mutex_unlock(&g->lock);
}

void seller_gate_sent(struct account *a, const struct message *m, char *const *rcpts,
                      size_t n_rcpts, const struct verdict *v, uint64_t first_seen)
{
	char refs[256] = "";
	uint64_t now = now_wall();

	struct seller_gate *g = a->seller;
	char order[ORDERID_LEN + 1] = "";
	struct log_fields f = {.account = a->cfg->name};
	unsigned flags;

	if (!g || !g->state || !m)
		return;
	(void) orderid_find(m, order);
	pthread_mutex_lock(&g->lock);
	flags = (m->reply ? 0 : SELLER_PROACTIVE);
	if (g->pending != m) {
		/* not judged here (cannot happen): what the verdict itself says */
		g->pending_neutral = has_hit(v, "review.neutral");
		warned_categories(v, g->pending_categories, sizeof(g->pending_categories));
	}
	if (g->pending_neutral)
		flags |= SELLER_NEUTRAL_REVIEW;
	for (size_t i = 0; i < n_rcpts; i++) {
		char mp[256];
		struct seller_sent e = {.time = now_wall(),
		                        .flags = flags,
		                        .order = order,
		                        .alias = rcpts[i],
		                        .marketplace =
		                                envelope_marketplace(rcpts[i], mp, sizeof(mp)),
		                        .categories = g->pending_categories};
		int r = seller_add(g->state, &e);
		if (r == 0 && m->reply) {
			if (!refs[0])
				seller_watch_refs(m, refs, sizeof(refs));
			struct seller_event ev = {
			        .time = now,
			        .kind = SELLER_EV_REPLY,
			        .value = first_seen && first_seen <= now ? now - first_seen : 0,
			        .order = order,
			        .alias = rcpts[i],
			        .marketplace = e.marketplace,
			        .ref = refs};
			r = seller_event_add(g->state, &ev);
		}
		if (r < 0) {
			if (!g->failed)
				log_msg(LOG_CRIT, &f,
				        "seller state %s: write failed (%s): holding mail that "
				        "needs it "
				        "until restart",
				        seller_path(g->state), strerror(-r));
			g->failed = true;
			break;
		}
	}
	g->pending = NULL;
	pthread_mutex_unlock(&g->lock);
}

struct seller *seller_gate_lock(struct account *a)
{
	struct seller_gate *g = a->seller;

	if (!g || !g->state)
		return NULL;
	pthread_mutex_lock(&g->lock);
	if (g->failed) {
		pthread_mutex_unlock(&g->lock);
		return NULL;
	}
	return g->state;
}

void seller_gate_unlock(struct account *a)
{
	pthread_mutex_unlock(&a->seller->lock);
}

void seller_gate_compact(struct account *a, uint64_t now)
{
	struct seller_gate *g = a->seller;
	struct log_fields f = {.account = a->cfg->name};
	size_t removed = 0;
	int r;

	if (!g || !g->state)
		return;
	pthread_mutex_lock(&g->lock);
	r = seller_compact(g->state, now, a->sh->cfg->state_keep, &removed);
	pthread_mutex_unlock(&g->lock);
	if (r < 0)
		log_msg(LOG_ERR, &f, "seller state %s: compaction failed: %s",
		        seller_path(g->state), strerror(-r));
	else if (removed)
		log_msg(LOG_INFO, &f, "seller state: %zu record%s older than %u days deleted",
		        removed, removed == 1 ? "" : "s", a->sh->cfg->state_keep);
}

void seller_gate_requests(struct account *accts, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		struct seller_gate *g = accts[i].seller;
		if (!g || !g->state)
			continue;
		pthread_mutex_lock(&g->lock);
		(void) seller_requests_apply(g->state, request_done, &accts[i]);
		pthread_mutex_unlock(&g->lock);
	}
}
