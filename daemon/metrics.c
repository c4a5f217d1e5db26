/*
 * metrics - counters for the Prometheus endpoint and the per-day stats file.
 *
 * The account threads call metrics_count() with the outcome they just decided; it
 * takes the counters' mutex for a few table operations, then (outside it) appends the
 * event to the stats file under the stats mutex. The libmicrohttpd thread renders the
 * whole exposition under the counters' mutex; account health, the ruleset digest and
 * the journal sizes are read where they live (atomics, the rules read lock, stat()).
 *
 * The relay latency runs from the message's INTERNALDATE (when the seller's client
 * appended it; fetched with the body, daemon/account.c since()) to the relay's 250, so
 * the wait in the folder, a restart's included, counts as Amazon would count it. A
 * server that sends no INTERNALDATE falls back to the journal's first_seen (the first
 * fetch by this daemon). Both have whole seconds: up to one second of rounding.
 */
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stddef.h>
#include <stdlib.h>
#include <netdb.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <syslog.h>
#include <time.h>
#include <unistd.h>

#include <microhttpd.h>

#include "addr.h"
#include "metrics.h"
#include "replyclock.h"
#include "seller_gate.h"
#include "ruleset.h"
#include "stats.h"

static const char *const outcome_names[METRICS_N_OUTCOMES] = {
        "relayed", "rejected", "held", "warned", "deferred", "review", "duplicate", "ignored",
};

/* Relay latency buckets, seconds: first_seen has whole seconds, so nothing finer. */
static const double buckets[] = {1, 2, 5, 10, 30, 60, 300, 900, 3600, 14400, 86400};
#define N_BUCKETS ELEMENTSOF(buckets)
#define OVERRIDE  0xff /* outcome slot of aliasgate_overrides_total */

struct series {
	uint16_t account;
	uint8_t outcome; /* enum metrics_outcome, or OVERRIDE */
	int16_t market;  /* index into cfg->alias_domains, -1: "" */
	char *rule;      /* "" for none */
	uint64_t count;
};

struct hist {
	uint64_t bucket[N_BUCKETS]; /* not cumulative; rendered cumulative */
	uint64_t count;
	double sum;
};

struct metrics {
	const struct config *cfg;
	pthread_mutex_t lock; /* series, hist */
	struct series *series;
	size_t n_series, cap;
	struct hist *hist; /* per account */
	atomic_uint_least64_t reload_ms;
	atomic_uint_least64_t stats_errors;
	pthread_mutex_t stats_lock;
	struct stats *stats;
	bool stats_error_logged;
	struct MHD_Daemon *mhd;
	int listen_fd;
	char *unix_path; /* socket file we created, unlinked at close */
	struct shared *sh;
	struct account *accts;
	size_t n_accts;
};

const char *metrics_outcome_name(enum metrics_outcome o)
{
	return (unsigned) o < METRICS_N_OUTCOMES ? outcome_names[o] : "?";
}

static uint64_t now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_REALTIME, &ts);
	return (uint64_t) ts.tv_sec * 1000 + (uint64_t) ts.tv_nsec / 1000000;
}

int metrics_open(const struct config *cfg, struct metrics **ret, char *err, size_t errlen)
{
	struct metrics *m = xcalloc(1, sizeof(*m));
	int r;

	m->cfg = cfg;
	m->listen_fd = -1;
	pthread_mutex_init(&m->lock, NULL);
	pthread_mutex_init(&m->stats_lock, NULL);
	m->hist = xcalloc(cfg->n_accounts ? cfg->n_accounts : 1, sizeof(*m->hist));
	atomic_store(&m->reload_ms, now_ms());
	r = stats_open(cfg->state_dir, cfg->stats_keep, &m->stats, err, errlen);
	if (r < 0) {
		metrics_close(m);
		return r;
	}
	*ret = m;
	return 0;
}

void metrics_rules_loaded(struct metrics *m)
{
	if (m)
		atomic_store(&m->reload_ms, now_ms());
}

/* ---- counting ---- */

static int market_of(const struct config *cfg, char *const *rcpts, size_t n)
{
	if (!rcpts || !n || !rcpts[0])
		return -1;
	return addr_domain_in(rcpts[0], (const char *const *) cfg->alias_domains,
	                      cfg->n_alias_domains);
}

/* The first rejecting or holding rule, "" when none. */
static const char *stop_rule(const struct verdict *v)
{
	for (size_t i = 0; v && i < v->n_hits; i++)
		if (v->hits[i].action >= ACTION_REJECT)
			return v->hits[i].rule;
	return "";
}

/* Adds n to the series, creating it; past METRICS_MAX_SERIES the rule becomes
 * "other". Under m->lock. */
static void add_series(struct metrics *m, uint16_t account, uint8_t outcome, int16_t market,
                       const char *rule, uint64_t n)
{
	for (int pass = 0; pass < 2; pass++) {
		for (size_t i = 0; i < m->n_series; i++) {
			struct series *s = &m->series[i];
			if (s->account == account && s->outcome == outcome && s->market == market &&
			    streq(s->rule, rule)) {
				s->count += n;
				return;
			}
		}
		if (m->n_series < METRICS_MAX_SERIES || pass == 1)
			break;
		rule = "other";
	}
	if (m->n_series == m->cap) {
		m->cap = m->cap ? m->cap * 2 : 64;
		m->series = xrealloc(m->series, m->cap * sizeof(*m->series));
	}
	m->series[m->n_series++] = (struct series){account, outcome, market, xstrdup(rule), n};
}

static enum stats_action stats_action_of(enum action a)
{
	return a == ACTION_HOLD ? STATS_HOLD : a == ACTION_REJECT ? STATS_REJECT : STATS_WARN;
}

static void write_stats(struct metrics *m, const char *account, const char *market,
                        const char *outcome, const struct verdict *v, bool override)
{
	struct stats_hit hits[STATS_MAX_HITS];
	size_t n = 0;
	int r;

	for (size_t i = 0; v && i < v->n_hits && n < STATS_MAX_HITS; i++)
		hits[n++] = (struct stats_hit){v->hits[i].rule, v->hits[i].category,
		                               stats_action_of(v->hits[i].action)};
	struct stats_event e = {
	        .time = (uint64_t) time(NULL),
	        .override = override,
	        .outcome = outcome,
	        .account = account,
	        .marketplace = market,
	        .hits = hits,
	        .n_hits = n,
	};
	pthread_mutex_lock(&m->stats_lock);
	r = stats_add(m->stats, &e);
	if (r < 0) {
		atomic_fetch_add(&m->stats_errors, 1);
		if (!m->stats_error_logged)
			log_msg(LOG_ERR, NULL,
			        "stats: cannot append to %s/stats: %s (counting "
			        "goes on; logged once)",
			        m->cfg->state_dir, strerror(-r));
		m->stats_error_logged = true;
	}
	pthread_mutex_unlock(&m->stats_lock);
}

/* The full rules over a message a person relayed from the approved folder: a verdict
 * that stops it makes the relay an override. Only for counting; NULL when it passes. */
void metrics_amazon_blocked(struct metrics *m, const char *account, const char *marketplace,
                            const char *categories)
{
	struct stats_hit hits[STATS_MAX_HITS];
	char cats[256], *save = NULL;
	size_t n = 0;

	if (!m)
		return;
	snprintf(cats, sizeof(cats), "%s", categories ? categories : "");
	for (char *c = strtok_r(cats, ", ", &save); c && n < STATS_MAX_HITS;
	     c = strtok_r(NULL, ", ", &save))
		hits[n++] = (struct stats_hit){"", c, STATS_WARN};
	struct stats_event e = {
	        .time = (uint64_t) time(NULL),
	        .outcome = STATS_AMAZON_BLOCKED,
	        .account = account,
	        .marketplace = marketplace ? marketplace : "",
	        .hits = hits,
	        .n_hits = n,
	};
	pthread_mutex_lock(&m->stats_lock);
	int r = stats_add(m->stats, &e);
	if (r < 0)
		atomic_fetch_add(&m->stats_errors, 1);
	pthread_mutex_unlock(&m->stats_lock);
}

static struct verdict *full_verdict(const struct metrics_msg *mm)
{
	struct shared *sh = mm->a->sh;
	const struct config_account *c = mm->a->cfg;
	struct envelope_env env = {
	        .alias_domains = (const char *const *) sh->cfg->alias_domains,
	        .n_alias_domains = sh->cfg->n_alias_domains,
	        .envelope_recipient_header = c->envelope_recipient_header,
	        .envelope_from = c->smtp.envelope_from != NULL,
	};
	struct verdict *v = NULL;
	int r;

	if (!mm->msg || !mm->scratch)
		return NULL;
	pthread_rwlock_rdlock(&sh->rules_lock);
	r = policy_eval(sh->rules, mm->scratch, mm->msg, &env, 0, &v);
	pthread_rwlock_unlock(&sh->rules_lock);
	if (r < 0 || !v)
		return NULL;
	if (v->kind != VERDICT_REJECT && v->kind != VERDICT_HOLD)
		return verdict_free(v);
	return v;
}

void metrics_count(struct metrics *m, const struct metrics_msg *mm, enum metrics_outcome o,
                   struct log_fields *f)
{
	static _Thread_local char digest[33];
	const struct config *cfg;
	size_t acct;
	int market;
	const char *rule, *mname;

	if (!m || !mm->a || (unsigned) o >= METRICS_N_OUTCOMES)
		return;
	cfg = m->cfg;
	acct = (size_t) (mm->a->cfg - cfg->accounts);
	if (acct >= cfg->n_accounts)
		return;
	market = market_of(cfg, mm->rcpts, mm->n_rcpts);
	mname = market >= 0 ? cfg->alias_domains[market] : "";
	rule = stop_rule(mm->v);
	if (!mm->v && f && f->rule) /* an engine hold without a verdict (engine.fetch) */
		rule = f->rule;

	if (f) {
		static const uint8_t zero[16];
		digest[0] = 0;
		if (mm->key && memcmp(mm->key->body, zero, 16) != 0) {
			uint8_t id[48], d[16];
			memcpy(id, mm->key->mid, 16);
			memcpy(id + 16, mm->key->rcpts, 16);
			memcpy(id + 32, mm->key->body, 16);
			journal_digest((const char *) id, sizeof(id), d);
			for (int i = 0; i < 16; i++)
				snprintf(digest + 2 * i, 3, "%02x", d[i]);
		}
		f->digest = digest[0] ? digest : NULL;
		f->marketplace = market >= 0 ? mname : NULL;
	}

	_cleanup_(verdict_freep) struct verdict *full = NULL;
	if (mm->approved && (o == METRICS_RELAYED || o == METRICS_WARNED))
		full = full_verdict(mm);

	pthread_mutex_lock(&m->lock);
	add_series(m, (uint16_t) acct, (uint8_t) o, (int16_t) market, rule, 1);
	if (full)
		add_series(m, (uint16_t) acct, OVERRIDE, (int16_t) market, stop_rule(full), 1);
	if ((o == METRICS_RELAYED || o == METRICS_WARNED) && mm->first_seen) {
		double lat = (double) now_ms() / 1000.0 - (double) mm->first_seen;
		struct hist *h = &m->hist[acct];
		if (lat < 0)
			lat = 0;
		for (size_t i = 0; i < N_BUCKETS; i++)
			if (lat <= buckets[i]) {
				h->bucket[i]++;
				break;
			}
		h->count++;
		h->sum += lat;
	}
	pthread_mutex_unlock(&m->lock);

	if (o != METRICS_DEFERRED && o != METRICS_IGNORED)
		write_stats(m, mm->a->cfg->name, mname, outcome_names[o], full ? full : mm->v,
		            full != NULL);
}

/* ---- rendering ---- */

/* A label value: backslash, double quote and newline escaped (format 0.0.4). */
static int put_label(struct buf *b, const char *name, const char *v, bool first)
{
	int r = buf_printf(b, "%s%s=\"", first ? "" : ",", name);
	for (; r == 0 && *v; v++) {
		if (*v == '\\' || *v == '"')
			r = buf_printf(b, "\\%c", *v);
		else if (*v == '\n')
			r = buf_puts(b, "\\n");
		else
			r = buf_putc(b, *v);
	}
	return r ? r : buf_putc(b, '"');
}

static int head(struct buf *b, const char *name, const char *type, const char *help)
{
	return buf_printf(b, "# HELP %s %s\n# TYPE %s %s\n", name, help, name, type);
}

static uint64_t journal_size(const struct config *cfg, const char *account)
{
	static const char *const suffix[] = {".journal", "+approved.journal"};
	uint64_t total = 0;

	for (size_t i = 0; i < ELEMENTSOF(suffix); i++) {
		_cleanup_(freep) char *p = xasprintf("%s/%s%s", cfg->state_dir, account, suffix[i]);
		struct stat st;
		if (stat(p, &st) == 0)
			total += (uint64_t) st.st_size;
	}
	return total;
}

static int render_series(struct metrics *m, struct buf *b, bool overrides)
{
	const struct config *cfg = m->cfg;
	int r = 0;

	for (size_t i = 0; r == 0 && i < m->n_series; i++) {
		const struct series *s = &m->series[i];
		if ((s->outcome == OVERRIDE) != overrides)
			continue;
		r = buf_puts(b, overrides ? "aliasgate_overrides_total{"
		                          : "aliasgate_messages_total{");
		if (r == 0)
			r = put_label(b, "account", cfg->accounts[s->account].name, true);
		if (r == 0 && !overrides)
			r = put_label(b, "outcome", outcome_names[s->outcome], false);
		if (r == 0)
			r = put_label(b, "marketplace",
			              s->market >= 0 ? cfg->alias_domains[s->market] : "", false);
		if (r == 0)
			r = put_label(b, "rule", s->rule, false);
		if (r == 0)
			r = buf_printf(b, "} %" PRIu64 "\n", s->count);
	}
	return r;
}

/* ---- the 24-hour clock (lib/state/replyclock.h) ---- */

/* One account's clock figures, copied out under the seller-state mutex so the
 * families can be rendered one after another (format 0.0.4 keeps a family's samples
 * together). */
struct clock_row {
	const char *account;
	char *marketplace; /* "all": every marketplace together */
	struct replyclock_figures f;
};

struct clock_rows {
	struct clock_row *row;
	size_t n, cap;
	const char *account;
	size_t *past; /* per response_warn threshold: threads unanswered at least that long */
};

static void clock_row(const struct replyclock_figures *f, void *userdata)
{
	struct clock_rows *c = userdata;

	if (c->n == c->cap) {
		c->cap = c->cap ? 2 * c->cap : 8;
		c->row = xrealloc(c->row, c->cap * sizeof(*c->row));
	}
	c->row[c->n++] =
	        (struct clock_row){.account = c->account,
	                           .marketplace = xstrdup(f->marketplace ? f->marketplace : "all"),
	                           .f = *f};
	c->row[c->n - 1].f.marketplace = NULL;
}

static void clock_open(const struct seller_event *buyer, uint64_t age, size_t level, void *userdata)
{
	size_t *past = userdata;
	(void) buyer;
	(void) age;
	for (size_t i = 0; i <= level; i++)
		past[i]++;
}

static int clock_gauge(struct buf *b, const struct clock_rows *c, const char *name,
                       const char *help, size_t off, bool is_size)
{
	int r = head(b, name, "gauge", help);
	for (size_t i = 0; r == 0 && i < c->n; i++) {
		const char *p = (const char *) &c->row[i].f + off;
		r = buf_printf(b, "%s{", name);
		if (r == 0)
			r = put_label(b, "account", c->row[i].account, true);
		if (r == 0)
			r = put_label(b, "marketplace", c->row[i].marketplace, false);
		if (r == 0 && is_size)
			r = buf_printf(b, "} %zu\n", *(const size_t *) (const void *) p);
		else if (r == 0)
			r = buf_printf(b, "} %g\n", *(const double *) (const void *) p);
	}
	return r;
}

static int clock_quantiles(struct buf *b, const struct clock_rows *c, const char *name,
                           const char *help, bool gate)
{
	int r = head(b, name, "gauge", help);
	for (size_t i = 0; r == 0 && i < c->n; i++) {
		const struct replyclock_figures *f = &c->row[i].f;
		const struct {
			const char *q;
			uint64_t v;
		} qs[] = {{"0.5", gate ? f->gate_median : f->median},
		          {"0.9", gate ? f->gate_p90 : f->p90},
		          {"1", f->gate_max}};
		if ((gate ? f->gate_n : f->answered) == 0)
			continue; /* no value is not a zero */
		for (size_t k = 0; r == 0 && k < (gate ? 3u : 2u); k++) {
			r = buf_printf(b, "%s{", name);
			if (r == 0)
				r = put_label(b, "account", c->row[i].account, true);
			if (r == 0)
				r = put_label(b, "marketplace", c->row[i].marketplace, false);
			if (r == 0)
				r = put_label(b, "quantile", qs[k].q, false);
			if (r == 0)
				r = buf_printf(b, "} %" PRIu64 "\n", qs[k].v);
		}
	}
	return r;
}

static int render_clock(struct metrics *m, struct buf *b)
{
	struct clock_rows c = {0};
	size_t **past = xcalloc(m->n_accts ? m->n_accts : 1, sizeof(*past));
	uint64_t now = (uint64_t) time(NULL);
	int r = 0;

	for (size_t a = 0; a < m->n_accts; a++) {
		const struct config_account *ca = m->accts[a].cfg;
		struct seller *s = seller_gate_lock(&m->accts[a]);
		if (!s)
			continue;
		c.account = ca->name;
		replyclock_figures(s, now, clock_row, &c);
		past[a] = xcalloc(ca->n_response_warn ? ca->n_response_warn : 1, sizeof(size_t));
		if (ca->n_response_warn)
			replyclock_unanswered(s, now, ca->response_warn, ca->n_response_warn,
			                      clock_open, past[a]);
		seller_gate_unlock(&m->accts[a]);
	}

#define SZ(field) offsetof(struct replyclock_figures, field), true
	r = clock_gauge(b, &c, "aliasgate_buyer_messages", "Buyer messages in the seller state.",
	                SZ(messages));
	if (r == 0)
		r = clock_gauge(b, &c, "aliasgate_buyer_answered",
		                "Buyer messages paired with a relayed reply in their thread.",
		                SZ(answered));
	if (r == 0)
		r = clock_gauge(b, &c, "aliasgate_buyer_answered_within_24h",
		                "Buyer messages answered within 86400 s.", SZ(within_24h));
	if (r == 0)
		r = clock_gauge(b, &c, "aliasgate_buyer_late",
		                "Buyer messages answered after 24 h, or unanswered for more.",
		                SZ(late));
	if (r == 0)
		r = clock_gauge(b, &c, "aliasgate_buyer_pending",
		                "Buyer messages unanswered and younger than 24 h.", SZ(pending));
#undef SZ
	if (r == 0)
		r = clock_gauge(b, &c, "aliasgate_buyer_answered_24h_ratio",
		                "within_24h / (within_24h + late); 1 when both are 0.",
		                offsetof(struct replyclock_figures, share_24h), false);
	if (r == 0)
		r = clock_quantiles(b, &c, "aliasgate_response_seconds",
		                    "Response time of the answered buyer messages (median and "
		                    "nearest-rank p90).",
		                    false);
	if (r == 0)
		r = clock_quantiles(
		        b, &c, "aliasgate_gate_delay_seconds",
		        "The gate's own delay on relayed replies, the seller's APPEND to "
		        "the relay's 250 (median, p90, largest).",
		        true);
	if (r == 0)
		r = head(b, "aliasgate_unanswered_threads", "gauge",
		         "Threads whose oldest unanswered buyer message is at least threshold "
		         "seconds old (the account's response_warn).");
	for (size_t a = 0; r == 0 && a < m->n_accts; a++) {
		const struct config_account *ca = m->accts[a].cfg;
		for (size_t i = 0; r == 0 && past[a] && i < ca->n_response_warn; i++) {
			r = buf_puts(b, "aliasgate_unanswered_threads{");
			if (r == 0)
				r = put_label(b, "account", ca->name, true);
			if (r == 0)
				r = buf_printf(b, ",threshold=\"%u\"} %zu\n", ca->response_warn[i],
				               past[a][i]);
		}
	}

	for (size_t i = 0; i < c.n; i++)
		free(c.row[i].marketplace);
	free(c.row);
	for (size_t a = 0; a < m->n_accts; a++)
		free(past[a]);
	free(past);
	return r;
}

int metrics_render(struct metrics *m, struct buf *b)
{
	const struct config *cfg = m->cfg;
	char digest[64] = "";
	int r;

	if (m->sh) {
		pthread_rwlock_rdlock(&m->sh->rules_lock);
		snprintf(digest, sizeof(digest), "%s", ruleset_digest(m->sh->rules));
		pthread_rwlock_unlock(&m->sh->rules_lock);
	}

	r = head(b, "aliasgate_up", "gauge", "1 while aliasgated serves this endpoint.");
	if (r == 0)
		r = buf_puts(b, "aliasgate_up 1\n");

	pthread_mutex_lock(&m->lock);
	if (r == 0)
		r = head(b, "aliasgate_messages_total", "counter",
		         "Messages by outcome, the alias domain of the first alias recipient, "
		         "and the first rejecting or holding rule (\"\" when none).");
	if (r == 0)
		r = render_series(m, b, false);
	if (r == 0)
		r = head(b, "aliasgate_overrides_total", "counter",
		         "Messages relayed from the approved folder that the full rules would "
		         "have stopped, by the first stopping rule.");
	if (r == 0)
		r = render_series(m, b, true);
	if (r == 0)
		r = head(b, "aliasgate_relay_latency_seconds", "histogram",
		         "From the seller's APPEND (IMAP INTERNALDATE; else the first fetch), "
		         "whole seconds, to the relay's 250.");
	for (size_t a = 0; r == 0 && a < cfg->n_accounts; a++) {
		const struct hist *h = &m->hist[a];
		uint64_t cum = 0;
		for (size_t i = 0; r == 0 && i < N_BUCKETS; i++) {
			cum += h->bucket[i];
			r = buf_puts(b, "aliasgate_relay_latency_seconds_bucket{");
			if (r == 0)
				r = put_label(b, "account", cfg->accounts[a].name, true);
			if (r == 0)
				r = buf_printf(b, ",le=\"%g\"} %" PRIu64 "\n", buckets[i], cum);
		}
		if (r == 0)
			r = buf_puts(b, "aliasgate_relay_latency_seconds_bucket{");
		if (r == 0)
			r = put_label(b, "account", cfg->accounts[a].name, true);
		if (r == 0)
			r = buf_printf(b, ",le=\"+Inf\"} %" PRIu64 "\n", h->count);
		if (r == 0)
			r = buf_puts(b, "aliasgate_relay_latency_seconds_sum{");
		if (r == 0)
			r = put_label(b, "account", cfg->accounts[a].name, true);
		if (r == 0)
			r = buf_printf(b, "} %.3f\n", h->sum);
		if (r == 0)
			r = buf_puts(b, "aliasgate_relay_latency_seconds_count{");
		if (r == 0)
			r = put_label(b, "account", cfg->accounts[a].name, true);
		if (r == 0)
			r = buf_printf(b, "} %" PRIu64 "\n", h->count);
	}
	pthread_mutex_unlock(&m->lock);

	if (r == 0)
		r = head(b, "aliasgate_imap_connected", "gauge",
		         "1 while the account has a working IMAP session.");
	for (size_t a = 0; r == 0 && a < cfg->n_accounts; a++) {
		int h = a < m->n_accts ? atomic_load(&m->accts[a].health) : ACCOUNT_STARTING;
		r = buf_puts(b, "aliasgate_imap_connected{");
		if (r == 0)
			r = put_label(b, "account", cfg->accounts[a].name, true);
		if (r == 0)
			r = buf_printf(b, "} %d\n", h == ACCOUNT_WORKING || h == ACCOUNT_WAITING);
	}
	if (r == 0)
		r = head(b, "aliasgate_journal_bytes", "gauge",
		         "Size of the account's journals (watch and approved folder).");
	for (size_t a = 0; r == 0 && a < cfg->n_accounts; a++) {
		r = buf_puts(b, "aliasgate_journal_bytes{");
		if (r == 0)
			r = put_label(b, "account", cfg->accounts[a].name, true);
		if (r == 0)
			r = buf_printf(b, "} %" PRIu64 "\n",
			               journal_size(cfg, cfg->accounts[a].name));
	}
	if (r == 0)
		r = head(b, "aliasgate_ruleset_info", "gauge", "The digest of the ruleset in use.");
	if (r == 0 && digest[0]) {
		r = buf_puts(b, "aliasgate_ruleset_info{");
		if (r == 0)
			r = put_label(b, "digest", digest, true);
		if (r == 0)
			r = buf_puts(b, "} 1\n");
	}
	if (r == 0)
		r = head(b, "aliasgate_ruleset_reload_timestamp_seconds", "gauge",
		         "When the ruleset in use was loaded (unix time).");
	if (r == 0)
		r = buf_printf(b, "aliasgate_ruleset_reload_timestamp_seconds %.3f\n",
		               (double) atomic_load(&m->reload_ms) / 1000.0);
	if (r == 0)
		r = head(b, "aliasgate_stats_write_errors_total", "counter",
		         "Events that could not be appended to the stats file.");
	if (r == 0)
		r = buf_printf(b, "aliasgate_stats_write_errors_total %" PRIu64 "\n",
		               (uint64_t) atomic_load(&m->stats_errors));
	if (r == 0)
		r = render_clock(m, b);
	return r;
}

/* ---- HTTP ---- */

static enum MHD_Result reply(struct MHD_Connection *c, unsigned status, const char *type,
                             char *body, size_t len)
{
	struct MHD_Response *resp =
	        MHD_create_response_from_buffer(len, body, MHD_RESPMEM_MUST_FREE);
	enum MHD_Result ret;

	if (!resp) {
		free(body);
		return MHD_NO;
	}
	MHD_add_response_header(resp, MHD_HTTP_HEADER_CONTENT_TYPE, type);
	ret = MHD_queue_response(c, status, resp);
	MHD_destroy_response(resp);
	return ret;
}

static enum MHD_Result handle(void *cls, struct MHD_Connection *c, const char *url,
                              const char *method, const char *version, const char *upload,
                              size_t *upload_size, void **con_cls)
{
	struct metrics *m = cls;
	static const char *const plain = "text/plain; charset=utf-8";

	if (!streq(method, MHD_HTTP_METHOD_GET) && !streq(method, MHD_HTTP_METHOD_HEAD))
		return reply(c, MHD_HTTP_METHOD_NOT_ALLOWED, plain, xstrdup("GET only\n"), 9);
	if (*upload_size) /* a GET with a body: ignore it */
		*upload_size = 0;
	if (!streq(url, "/metrics")) {
		char *s = xstrdup("aliasgated: see /metrics\n");
		return reply(c, MHD_HTTP_NOT_FOUND, plain, s, strlen(s));
	}
	struct buf b = BUF_INIT(64 << 20);
	if (metrics_render(m, &b) < 0) {
		buf_free(&b);
		char *s = xstrdup("too many series\n");
		return reply(c, MHD_HTTP_INTERNAL_SERVER_ERROR, plain, s, strlen(s));
	}
	size_t len = b.len;
	return reply(c, MHD_HTTP_OK, "text/plain; version=0.0.4; charset=utf-8", buf_steal(&b),
	             len);
}

/* libmicrohttpd hands us its own format string: checked as printf's by the compiler. */
static void mhd_log(void *cls, const char *fmt, va_list ap) _printf_(2, 0);
static void mhd_log(void *cls, const char *fmt, va_list ap)
{
	char *s = xvasprintf(fmt, ap);
	size_t n = strlen(s);

	while (n && s[n - 1] == '\n')
		s[--n] = 0;
	log_msg(LOG_WARNING, NULL, "metrics: %s", s);
	free(s);
}

/* The listening socket for cfg->metrics.listen (validated by config.c). */
static int open_listen(struct metrics *m, const char *spec, char *err, size_t errlen)
{
	int fd, one = 1;

	if (strncmp(spec, "unix:", 5) == 0) {
		const char *path = spec + 5;
		struct sockaddr_un sa = {.sun_family = AF_UNIX};
		struct stat st;
		if (strlen(path) >= sizeof(sa.sun_path)) {
			snprintf(err, errlen, "%s: path too long", path);
			return -ENAMETOOLONG;
		}
		memcpy(sa.sun_path, path, strlen(path) + 1);
		/* a socket left by an earlier run; never anything else */
		if (lstat(path, &st) == 0 && S_ISSOCK(st.st_mode))
			(void) unlink(path);
		fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
		if (fd < 0 || bind(fd, (struct sockaddr *) &sa, sizeof(sa)) < 0 ||
		    chmod(path, 0660) < 0 || listen(fd, 16) < 0) {
			int e = errno;
			snprintf(err, errlen, "%s: %s", path, strerror(e));
			if (fd >= 0)
				close(fd);
			return -e;
		}
		m->unix_path = xstrdup(path);
		return fd;
	}

	const char *colon = strrchr(spec, ':');
	_cleanup_(freep) char *host = xstrndup(spec, (size_t) (colon - spec));
	struct addrinfo hints = {.ai_flags = AI_NUMERICHOST | AI_NUMERICSERV | AI_PASSIVE,
	                         .ai_socktype = SOCK_STREAM};
	struct addrinfo *ai = NULL;
	const char *h = host;
	size_t l = strlen(host);
	if (!strcasecmp(host, "localhost"))
		h = "127.0.0.1";
	else if (l > 2 && host[0] == '[') {
		host[l - 1] = 0;
		h = host + 1;
	}
	int g = getaddrinfo(h, colon + 1, &hints, &ai);
	if (g != 0) {
		snprintf(err, errlen, "%s: %s", spec, gai_strerror(g));
		return -EINVAL;
	}
	fd = socket(ai->ai_family, SOCK_STREAM | SOCK_CLOEXEC, 0);
	if (fd >= 0)
		(void) setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
	if (fd < 0 || bind(fd, ai->ai_addr, ai->ai_addrlen) < 0 || listen(fd, 16) < 0) {
		int e = errno;
		snprintf(err, errlen, "%s: %s", spec, strerror(e));
		if (fd >= 0)
			close(fd);
		freeaddrinfo(ai);
		return -e;
	}
	freeaddrinfo(ai);
	return fd;
}

int metrics_start(struct metrics *m, struct shared *sh, struct account *accts, size_t n, char *err,
                  size_t errlen)
{
	const char *spec = m->cfg->metrics.listen;
	int fd;

	m->sh = sh;
	m->accts = accts;
	m->n_accts = n;
	if (!spec)
		return 0;
	fd = open_listen(m, spec, err, errlen);
	if (fd < 0)
		return fd;
	m->listen_fd = fd;
	m->mhd = MHD_start_daemon(
	        MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_ERROR_LOG, 0, NULL, NULL, handle, m,
	        /* first, so that no message takes MHD's own stderr logger */
	        MHD_OPTION_EXTERNAL_LOGGER, mhd_log, NULL, MHD_OPTION_LISTEN_SOCKET, fd,
	        MHD_OPTION_CONNECTION_LIMIT, (unsigned) 32, MHD_OPTION_CONNECTION_TIMEOUT,
	        (unsigned) 10, MHD_OPTION_END);
	if (!m->mhd) {
		snprintf(err, errlen, "%s: cannot start the HTTP server", spec);
		return -EIO;
	}
	m->listen_fd = -1; /* MHD_stop_daemon() closes it */
	return 0;
}

struct metrics *metrics_close(struct metrics *m)
{
	if (!m)
		return NULL;
	if (m->mhd)
		MHD_stop_daemon(m->mhd);
	if (m->listen_fd >= 0)
		close(m->listen_fd);
	if (m->unix_path) {
		(void) unlink(m->unix_path);
		free(m->unix_path);
	}
	for (size_t i = 0; i < m->n_series; i++)
		free(m->series[i].rule);
	free(m->series);
	free(m->hist);
	stats_close(m->stats);
	pthread_mutex_destroy(&m->lock);
	pthread_mutex_destroy(&m->stats_lock);
	free(m);
	return NULL;
}
