/*
 * aliasgate-state - `aliasgate state`: the seller state the daemon keeps per account
 * (lib/state/seller.h): what was relayed per order, today's proactive count per
 * marketplace against its cap; and the two changes a person makes to it:
 *
 *   forget ALIAS|ORDER  a buyer's data-deletion request: every record of that alias
 *                       or order ID is deleted from the file;
 *   lift MARKETPLACE    today's proactive count for that marketplace starts again,
 *                       and a restriction Amazon's notice put on it ends.
 *
 * `show` also gives what Amazon's notices said (opted-out buyers, restrictions) and
 * the 24-hour clock (lib/state/replyclock.h); `misses` lists the messages Amazon
 * blocked for their content that the gate had passed.
 *
 * A program of its own, exec'd by `aliasgate state`, because it reads the
 * configuration and the state directory. While aliasgated holds an account's state
 * it cannot be written from here: a request file is left in state_dir, which the
 * daemon applies within a second (inotify, or its main loop's 1 s wake-up); this
 * program waits for that and says so.
 */
#include <errno.h>
#include <getopt.h>
#include <inttypes.h>
#include <limits.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>

#include "base.h"
#include "buf.h"
#include "config.h"
#include "diag.h"
#include "replyclock.h"
#include "seller.h"

#define EXIT_QUEUED  1
#define EXIT_TROUBLE 2
#define EXIT_CONFIG  78
#define DEFAULT_CONF "/etc/aliasgate/aliasgate.conf"
#define WAIT_MS      5000

static void usage(FILE *f)
{
	fputs("Usage: aliasgate state [-c CONF] [--account NAME] show [--format text|json]\n"
	      "       aliasgate state [-c CONF] [--account NAME] misses [--format text|json]\n"
	      "       aliasgate state [-c CONF] [--account NAME] forget ALIAS|ORDER\n"
	      "       aliasgate state [-c CONF] [--account NAME] lift MARKETPLACE\n"
	      "\n"
	      "The daemon's seller state (accounts with seller_state = true):\n"
	      "show    what was relayed per order (proactive or reply, the categories that\n"
	      "        warned, neutral review requests) and today's proactive count per\n"
	      "        marketplace against its cap (5 x average_daily_orders + 600); the\n"
	      "        buyers Amazon said opted out, its restrictions, and the 24-hour\n"
	      "        clock: response times (median, p90), the share answered within\n"
	      "        24 h, unanswered threads past response_warn, the gate's own delay\n"
	      "misses  messages Amazon blocked for their content that aliasgate had\n"
	      "        passed, with aliasgate's verdict for each\n"
	      "forget  delete every record of a buyer alias or an order ID (a buyer's\n"
	      "        data-deletion request)\n"
	      "lift    start today's proactive count for a marketplace again, and end a\n"
	      "        restriction of its proactive messages\n"
	      "\n"
	      "While aliasgated runs, forget and lift are handed to it (a request file in\n"
	      "state_dir) and applied within a second; exit 0 when applied, 1 when still\n"
	      "queued (applied when the daemon next runs), 2 on errors, 78 when the\n"
	      "configuration does not load.\n"
	      "\n"
	      "  -c, --config CONF   the daemon's configuration (default " DEFAULT_CONF ")\n"
	      "  -a, --account NAME  only this account (default: every account)\n"
	      "  -f, --format F      text (default) or json, for show\n",
	      f);
}

static void iso_time(uint64_t t, char buf[32])
{
	time_t tt = (time_t) t;
	struct tm tm;

	gmtime_r(&tt, &tm);
	strftime(buf, 32, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

static unsigned cap_of(const struct config_account *c, const char *marketplace)
{
	for (size_t i = 0; i < c->n_daily_orders; i++)
		if (strcasecmp(c->daily_orders[i].marketplace, marketplace) == 0)
			return 5 * c->daily_orders[i].orders + 600;
	return 0;
}

struct show {
	struct buf *b;
	const struct config_account *acc;
	bool json, first;
	int r;
};

static void show_sent(const struct seller_sent *e, void *userdata)
{
	struct show *s = userdata;
	char t[32];

	iso_time(e->time, t);
	if (!s->json) {
		printf("  %s  %-19s  %-9s%s  %s  %s%s%s\n", t, *e->order ? e->order : "(no order)",
		       e->flags & SELLER_PROACTIVE ? "proactive" : "reply",
		       e->flags & SELLER_NEUTRAL_REVIEW ? " +review" : "", e->alias, e->marketplace,
		       *e->categories ? "  warned: " : "", e->categories);
		return;
	}
	if (s->r)
		return;
	s->r = buf_puts(s->b, s->first ? "\n      {\"time\": " : ",\n      {\"time\": ");
	s->first = false;
	if (!s->r)
		s->r = buf_json_string(s->b, t);
	if (!s->r)
		s->r = buf_puts(s->b, ", \"order\": ");
	if (!s->r)
		s->r = *e->order ? buf_json_string(s->b, e->order) : buf_puts(s->b, "null");
	if (!s->r)
		s->r = buf_printf(s->b, ", \"proactive\": %s, \"neutral_review\": %s, \"alias\": ",
		                  e->flags & SELLER_PROACTIVE ? "true" : "false",
		                  e->flags & SELLER_NEUTRAL_REVIEW ? "true" : "false");
	if (!s->r)
		s->r = buf_json_string(s->b, e->alias);
	if (!s->r)
		s->r = buf_puts(s->b, ", \"marketplace\": ");
	if (!s->r)
		s->r = buf_json_string(s->b, e->marketplace);
	if (!s->r)
		s->r = buf_puts(s->b, ", \"warned\": [");
	for (const char *p = e->categories; !s->r && *p;) {
		size_t n = strcspn(p, ",");
		char cat[256];
		snprintf(cat, sizeof(cat), "%.*s", (int) n, p);
		s->r = buf_puts(s->b, p == e->categories ? "" : ", ");
		if (!s->r)
			s->r = buf_json_string(s->b, cat);
		p += n;
		p += *p == ',';
	}
	if (!s->r)
		s->r = buf_puts(s->b, "]}");
}

static void show_day(const char *marketplace, unsigned count, void *userdata)
{
	struct show *s = userdata;
	unsigned cap = cap_of(s->acc, marketplace);

	if (!s->json) {
		if (cap)
			printf("  today %s: %u proactive of a cap of %u\n", marketplace, count,
			       cap);
		else
			printf("  today %s: %u proactive (no average_daily_orders: no cap)\n",
			       marketplace, count);
		return;
	}
	if (s->r)
		return;
	s->r = buf_puts(s->b,
	                s->first ? "\n      {\"marketplace\": " : ",\n      {\"marketplace\": ");
	s->first = false;
	if (!s->r)
		s->r = buf_json_string(s->b, marketplace);
	if (!s->r)
		s->r = cap ? buf_printf(s->b, ", \"proactive\": %u, \"cap\": %u}", count, cap)
		           : buf_printf(s->b, ", \"proactive\": %u, \"cap\": null}", count);
}

/* ---- notices and the 24-hour clock ---- */

static void show_notice(const struct seller_event *e, void *userdata)
{
	struct show *s = userdata;
	uint64_t now = (uint64_t) time(NULL);
	char t[32], u[32] = "";

	iso_time(e->time, t);
	if (e->kind == SELLER_EV_RESTRICT) {
		if (e->until && e->until <= now)
			return;
		if (e->until)
			iso_time(e->until, u);
	}
	if (!s->json) {
		if (e->kind == SELLER_EV_OPTOUT)
			printf("  opted out (Amazon, %s): %s%s%s\n", t,
			       *e->alias ? e->alias : "order ", *e->alias ? " order " : "",
			       e->order);
		else if (e->kind == SELLER_EV_RESTRICT)
			printf("  restricted (Amazon, %s): proactive mail to %s held %s%s\n", t,
			       e->marketplace, e->until ? "until " : "until lifted", u);
		return;
	}
	if (s->r)
		return;
	s->r = buf_puts(s->b, s->first ? "\n      {" : ",\n      {");
	s->first = false;
	if (!s->r)
		s->r = buf_puts(s->b, "\"time\": ");
	if (!s->r)
		s->r = buf_json_string(s->b, t);
	if (e->kind == SELLER_EV_OPTOUT) {
		if (!s->r)
			s->r = buf_puts(s->b, ", \"alias\": ");
		if (!s->r)
			s->r = *e->alias ? buf_json_string(s->b, e->alias) : buf_puts(s->b, "null");
		if (!s->r)
			s->r = buf_puts(s->b, ", \"order\": ");
		if (!s->r)
			s->r = buf_json_string(s->b, e->order);
	} else {
		if (!s->r)
			s->r = buf_puts(s->b, ", \"marketplace\": ");
		if (!s->r)
			s->r = buf_json_string(s->b, e->marketplace);
		if (!s->r)
			s->r = buf_puts(s->b, ", \"until\": ");
		if (!s->r)
			s->r = e->until ? buf_json_string(s->b, u) : buf_puts(s->b, "null");
	}
	if (!s->r)
		s->r = buf_puts(s->b, ", \"notice\": ");
	if (!s->r)
		s->r = buf_json_string(s->b, e->ref);
	if (!s->r)
		s->r = buf_puts(s->b, "}");
}

/* restrictions: only those in force (a later LIFT ends one) */
struct restr {
	const struct seller *st;
	struct show *sh;
};

static void show_restriction(const struct seller_event *e, void *userdata)
{
	struct restr *r = userdata;
	uint64_t until;

	if (seller_restricted(r->st, e->marketplace, (uint64_t) time(NULL), &until))
		show_notice(e, r->sh);
}

static void show_clock(const struct replyclock_figures *f, void *userdata)
{
	struct show *s = userdata;

	if (!s->json) {
		printf("  clock %s: %zu buyer message%s, %zu answered (median %llu s, p90 %llu s), "
		       "%.0f%% within 24 h, %zu late, %zu pending; gate delay median %llu s, p90 "
		       "%llu s, max %llu s over %zu repl%s\n",
		       f->marketplace ? f->marketplace : "(all)", f->messages,
		       f->messages == 1 ? "" : "s", f->answered, (unsigned long long) f->median,
		       (unsigned long long) f->p90, f->share_24h * 100, f->late, f->pending,
		       (unsigned long long) f->gate_median, (unsigned long long) f->gate_p90,
		       (unsigned long long) f->gate_max, f->gate_n, f->gate_n == 1 ? "y" : "ies");
		return;
	}
	if (s->r)
		return;
	s->r = buf_puts(s->b,
	                s->first ? "\n      {\"marketplace\": " : ",\n      {\"marketplace\": ");
	s->first = false;
	if (!s->r)
		s->r = f->marketplace ? buf_json_string(s->b, f->marketplace)
		                      : buf_puts(s->b, "null");
	if (!s->r)
		s->r = buf_printf(
		        s->b,
		        ", \"messages\": %zu, \"answered\": %zu, \"median_s\": %llu, "
		        "\"p90_s\": %llu, \"within_24h\": %zu, \"late\": %zu, \"pending\": "
		        "%zu, \"share_24h\": %.4f, \"gate\": {\"replies\": %zu, "
		        "\"median_s\": %llu, \"p90_s\": %llu, \"max_s\": %llu}}",
		        f->messages, f->answered, (unsigned long long) f->median,
		        (unsigned long long) f->p90, f->within_24h, f->late, f->pending,
		        f->share_24h, f->gate_n, (unsigned long long) f->gate_median,
		        (unsigned long long) f->gate_p90, (unsigned long long) f->gate_max);
}

static void show_open(const struct seller_event *b, uint64_t age, size_t level, void *userdata)
{
	struct show *s = userdata;
	char t[32];
	unsigned past = s->acc->response_warn[level];

	iso_time(b->time, t);
	if (!s->json) {
		printf("  unanswered since %s (%llu s, past %u s): %s order %s\n", t,
		       (unsigned long long) age, past, b->alias, *b->order ? b->order : "(none)");
		return;
	}
	if (s->r)
		return;
	s->r = buf_puts(s->b, s->first ? "\n      {\"since\": " : ",\n      {\"since\": ");
	s->first = false;
	if (!s->r)
		s->r = buf_json_string(s->b, t);
	if (!s->r)
		s->r = buf_printf(s->b, ", \"age_s\": %llu, \"past_s\": %u, \"alias\": ",
		                  (unsigned long long) age, past);
	if (!s->r)
		s->r = buf_json_string(s->b, b->alias);
	if (!s->r)
		s->r = buf_puts(s->b, ", \"order\": ");
	if (!s->r)
		s->r = *b->order ? buf_json_string(s->b, b->order) : buf_puts(s->b, "null");
	if (!s->r)
		s->r = buf_puts(s->b, ", \"marketplace\": ");
	if (!s->r)
		s->r = buf_json_string(s->b, b->marketplace);
	if (!s->r)
		s->r = buf_puts(s->b, "}");
}

static void show_miss(const struct seller_event *e, void *userdata)
{
	struct show *s = userdata;
	char t[32], sent[32];

	iso_time(e->time, t);
	iso_time(e->value, sent);
	if (!s->json) {
		printf("  %s  %s  %s  relayed %s  Amazon blocked it; aliasgate had %s  (%s)\n", t,
		       e->order, e->alias, sent, e->text, e->ref);
		return;
	}
	if (s->r)
		return;
	s->r = buf_puts(s->b, s->first ? "\n      {\"time\": " : ",\n      {\"time\": ");
	s->first = false;
	if (!s->r)
		s->r = buf_json_string(s->b, t);
	if (!s->r)
		s->r = buf_puts(s->b, ", \"order\": ");
	if (!s->r)
		s->r = buf_json_string(s->b, e->order);
	if (!s->r)
		s->r = buf_puts(s->b, ", \"alias\": ");
	if (!s->r)
		s->r = buf_json_string(s->b, e->alias);
	if (!s->r)
		s->r = buf_puts(s->b, ", \"marketplace\": ");
	if (!s->r)
		s->r = buf_json_string(s->b, e->marketplace);
	if (!s->r)
		s->r = buf_puts(s->b, ", \"relayed\": ");
	if (!s->r)
		s->r = buf_json_string(s->b, sent);
	if (!s->r)
		s->r = buf_puts(s->b, ", \"amazon\": \"blocked\", \"aliasgate\": ");
	if (!s->r)
		s->r = buf_json_string(s->b, e->text);
	if (!s->r)
		s->r = buf_puts(s->b, ", \"notice\": ");
	if (!s->r)
		s->r = buf_json_string(s->b, e->ref);
	if (!s->r)
		s->r = buf_puts(s->b, "}");
}

static int misses_account(const struct config *cfg, const struct config_account *acc, bool json,
                          struct buf *b, bool first)
{
	_cleanup_(seller_closep) struct seller *s = NULL;
	char err[512] = "";
	struct show sh = {.b = b, .acc = acc, .json = json, .first = true};
	int r = seller_read(cfg->state_dir, acc->name, &s, err, sizeof(err));

	if (r < 0) {
		fprintf(stderr, "aliasgate state: account %s: %s\n", acc->name, err);
		return r;
	}
	if (!json) {
		printf("account %s: messages Amazon blocked that aliasgate had passed\n",
		       acc->name);
		seller_foreach_event(s, SELLER_EV_MISS, show_miss, &sh);
		return 0;
	}
	r = buf_puts(b, first ? "\n    {\"account\": " : ",\n    {\"account\": ");
	if (!r)
		r = buf_json_string(b, acc->name);
	if (!r)
		r = buf_puts(b, ", \"misses\": [");
	sh.r = r;
	seller_foreach_event(s, SELLER_EV_MISS, show_miss, &sh);
	if (!sh.r)
		sh.r = buf_puts(b, "]}");
	return sh.r;
}

static int show_account(const struct config *cfg, const struct config_account *acc, bool json,
                        struct buf *b, bool first)
{
	_cleanup_(seller_closep) struct seller *s = NULL;
	char err[512] = "";
	uint64_t now = (uint64_t) time(NULL);
	struct show sh = {.b = b, .acc = acc, .json = json};
	int r = seller_read(cfg->state_dir, acc->name, &s, err, sizeof(err));

	if (r < 0) {
		fprintf(stderr, "aliasgate state: account %s: %s\n", acc->name, err);
		return r;
	}
	const struct seller_report *rep = seller_report(s);
	if (rep->n_damaged)
		fprintf(stderr,
		        "aliasgate state: %s: %zu damaged region(s), %" PRIu64 " bytes, skipped\n",
		        seller_path(s), rep->n_damaged, rep->damaged_bytes);
	if (!json) {
		printf("account %s (seller_state %s): %s, %zu record%s\n", acc->name,
		       acc->seller_state ? "on" : "off", seller_path(s), rep->records,
		       rep->records == 1 ? "" : "s");
		seller_foreach_today(s, now, show_day, &sh);
		seller_foreach_event(s, SELLER_EV_OPTOUT, show_notice, &sh);
		struct restr rs = {s, &sh};
		seller_foreach_event(s, SELLER_EV_RESTRICT, show_restriction, &rs);
		replyclock_figures(s, now, show_clock, &sh);
		replyclock_unanswered(s, now, acc->response_warn, acc->n_response_warn, show_open,
		                      &sh);
		seller_foreach(s, show_sent, &sh);
		return 0;
	}
	r = buf_puts(b, first ? "\n    {\"account\": " : ",\n    {\"account\": ");
	if (!r)
		r = buf_json_string(b, acc->name);
	if (!r)
		r = buf_printf(b, ", \"seller_state\": %s, \"file\": ",
		               acc->seller_state ? "true" : "false");
	if (!r)
		r = buf_json_string(b, seller_path(s));
	if (!r)
		r = buf_printf(b,
		               ", \"records\": %zu, \"events\": %zu, \"damaged_regions\": %zu, "
		               "\"damaged_bytes\": %" PRIu64 ", \"torn_bytes\": %" PRIu64
		               ",\n     \"today\": [",
		               rep->records, rep->events, rep->n_damaged, rep->damaged_bytes,
		               rep->tail_dropped);
	sh.first = true;
	sh.r = r;
	seller_foreach_today(s, now, show_day, &sh);
	if (!sh.r)
		sh.r = buf_puts(b, "],\n     \"sent\": [");
	sh.first = true;
	seller_foreach(s, show_sent, &sh);
	if (!sh.r)
		sh.r = buf_puts(b, "],\n     \"opted_out\": [");
	sh.first = true;
	seller_foreach_event(s, SELLER_EV_OPTOUT, show_notice, &sh);
	if (!sh.r)
		sh.r = buf_puts(b, "],\n     \"restrictions\": [");
	sh.first = true;
	struct restr rs = {s, &sh};
	seller_foreach_event(s, SELLER_EV_RESTRICT, show_restriction, &rs);
	if (!sh.r)
		sh.r = buf_puts(b, "],\n     \"clock\": [");
	sh.first = true;
	replyclock_figures(s, now, show_clock, &sh);
	if (!sh.r)
		sh.r = buf_puts(b, "],\n     \"unanswered\": [");
	sh.first = true;
	replyclock_unanswered(s, now, acc->response_warn, acc->n_response_warn, show_open, &sh);
	if (!sh.r)
		sh.r = buf_puts(b, "]}");
	return sh.r;
}

static bool is_order(const char *s)
{
	static const char shape[] = "ddd-ddddddd-ddddddd";

	if (strlen(s) != sizeof(shape) - 1)
		return false;
	for (size_t i = 0; shape[i]; i++)
		if (shape[i] == 'd' ? !(s[i] >= '0' && s[i] <= '9') : s[i] != '-')
			return false;
	return true;
}

/* change - forget or lift for one account: directly when no daemon holds its state,
 * else through a request the daemon applies. Returns 0 applied, 1 queued, <0 error. */
static int change(const struct config *cfg, const struct config_account *acc, const char *line,
                  bool forget, const char *what)
{
	_cleanup_(seller_closep) struct seller *s = NULL;
	_cleanup_(freep) char *file = xasprintf("%s/%s.seller", cfg->state_dir, acc->name);
	char err[512] = "", req[PATH_MAX];
	size_t removed = 0;
	int r;

	if (forget && access(file, F_OK) != 0) {
		printf("account %s: no seller state\n", acc->name);
		return 0;
	}
	r = seller_open(cfg->state_dir, acc->name, &s, err, sizeof(err));
	if (r == 0) {
		(void) seller_requests_apply(s, NULL, NULL); /* older ones first */
		r = forget ? seller_forget(s, what, &removed)
		           : seller_lift(s, what, (uint64_t) time(NULL));
		if (r < 0) {
			fprintf(stderr, "aliasgate state: %s: %s\n", seller_path(s), strerror(-r));
			return r;
		}
		if (forget)
			printf("account %s: %zu record%s deleted\n", acc->name, removed,
			       removed == 1 ? "" : "s");
		else
			printf("account %s: today's proactive count for %s lifted\n", acc->name,
			       what);
		return 0;
	}
	if (r != -EAGAIN) {
		fprintf(stderr, "aliasgate state: account %s: %s\n", acc->name, err);
		return r;
	}
	/* aliasgated holds it: hand the change over and wait for it to be applied */
	r = seller_request_write(cfg->state_dir, acc->name, line, req, sizeof(req));
	if (r < 0) {
		fprintf(stderr, "aliasgate state: %s: request: %s\n", cfg->state_dir, strerror(-r));
		return r;
	}
	for (int waited = 0; waited < WAIT_MS; waited += 50) {
		if (access(req, F_OK) != 0) {
			printf("account %s: %s applied by the running aliasgated\n", acc->name,
			       forget ? "forget" : "lift");
			return 0;
		}
		usleep(50 * 1000);
	}
	printf("account %s: the running aliasgated has not applied the request yet; it stays "
	       "queued in %s\n",
	       acc->name, req);
	return 1;
}

int main(int argc, char **argv)
{
	static const struct option opts[] = {
	        {"config", required_argument, NULL, 'c'},
	        {"account", required_argument, NULL, 'a'},
	        {"format", required_argument, NULL, 'f'},
	        {"help", no_argument, NULL, 'h'},
	        {},
	};
	const char *conf = DEFAULT_CONF, *only = NULL;
	bool json = false;
	struct diag d = DIAG_INIT;
	_cleanup_(config_freep) struct config *cfg = NULL;
	int c, r, rc = 0;
	size_t matched = 0;

	while ((c = getopt_long(argc, argv, "c:a:f:h", opts, NULL)) >= 0) {
		switch (c) {
		case 'c':
			conf = optarg;
			break;
		case 'a':
			only = optarg;
			break;
		case 'f':
			if (!streq(optarg, "text") && !streq(optarg, "json")) {
				fprintf(stderr, "aliasgate state: --format is text or json\n");
				return EXIT_TROUBLE;
			}
			json = streq(optarg, "json");
			break;
		case 'h':
			usage(stdout);
			return 0;
		default:
			usage(stderr);
			return EXIT_TROUBLE;
		}
	}
	const char *cmd = optind < argc ? argv[optind] : NULL;
	const char *arg = optind + 1 < argc ? argv[optind + 1] : NULL;
	bool show = cmd && streq(cmd, "show"), forget = cmd && streq(cmd, "forget"),
	     lift = cmd && streq(cmd, "lift"), misses = cmd && streq(cmd, "misses");
	if (!show && !forget && !lift && !misses) {
		fprintf(stderr, "aliasgate state: %s\n",
		        cmd ? "unknown command (show, misses, forget or lift)"
		            : "a command is required");
		usage(stderr);
		return EXIT_TROUBLE;
	}
	if (((show || misses) && arg) || (!show && !misses && (!arg || optind + 2 < argc))) {
		fprintf(stderr, "aliasgate state: %s\n",
		        show     ? "show takes no argument"
		        : misses ? "misses takes no argument"
		        : forget ? "forget takes one ALIAS or ORDER ID"
		                 : "lift takes one MARKETPLACE");
		return EXIT_TROUBLE;
	}
	if (forget && !strchr(arg, '@') && !is_order(arg)) {
		fprintf(stderr,
		        "aliasgate state: forget %s: neither an alias (x@marketplace.amazon.de) "
		        "nor "
		        "an order ID (123-1234567-1234567)\n",
		        arg);
		return EXIT_TROUBLE;
	}
	if (lift && (!strchr(arg, '.') || strchr(arg, '@') || strchr(arg, ' '))) {
		fprintf(stderr,
		        "aliasgate state: lift %s: not a marketplace (marketplace.amazon.de)\n",
		        arg);
		return EXIT_TROUBLE;
	}
	r = config_load(conf, &d, &cfg);
	if (r < 0) {
		diag_print(&d, stderr);
		diag_clear(&d);
		fprintf(stderr, "aliasgate state: %s: configuration not loaded\n", conf);
		return EXIT_CONFIG;
	}
	diag_clear(&d);

	_cleanup_(freep) char *what = arg ? xstrdup(arg) : NULL;
	if (lift)
		for (char *p = what; *p; p++)
			*p = (char) (*p >= 'A' && *p <= 'Z' ? *p - 'A' + 'a' : *p);
	_cleanup_(freep) char *line =
	        arg ? xasprintf("%s %s", forget ? "forget" : "lift", what) : NULL;
	struct buf b = BUF_INIT(0);
	if ((show || misses) && json) {
		r = buf_puts(&b, "{\"state_dir\": ");
		if (!r)
			r = buf_json_string(&b, cfg->state_dir);
		if (!r)
			r = buf_puts(&b, ",\n  \"accounts\": [");
		if (r)
			rc = EXIT_TROUBLE;
	}
	for (size_t i = 0; i < cfg->n_accounts && rc != EXIT_TROUBLE; i++) {
		const struct config_account *acc = &cfg->accounts[i];
		if (only && !streq(only, acc->name))
			continue;
		if (show) {
			r = show_account(cfg, acc, json, &b, matched == 0);
		} else if (misses) {
			r = misses_account(cfg, acc, json, &b, matched == 0);
		} else {
			r = change(cfg, acc, line, forget, what);
			if (r == 1)
				rc = EXIT_QUEUED;
		}
		matched++;
		if (r < 0)
			rc = EXIT_TROUBLE;
	}
	if (only && !matched) {
		fprintf(stderr, "aliasgate state: no account named %s in %s\n", only, conf);
		rc = EXIT_TROUBLE;
	}
	if ((show || misses) && json && rc == 0) {
		if (buf_puts(&b, "\n  ]}\n") < 0 || fwrite(b.data, 1, b.len, stdout) != b.len)
			rc = EXIT_TROUBLE;
	}
	buf_free(&b);
	if (fflush(stdout) != 0)
		return EXIT_TROUBLE;
	return rc;
}
