/*
 * aliasgate-stats - `aliasgate stats`: what the rules did, from the per-day stats files
 * the daemon writes in its state directory (lib/state/stats.h). A program of its own,
 * exec'd by `aliasgate stats`, because it reads the configuration and the state
 * directory, which `aliasgate check`, `lint` and `explain` never touch.
 *
 * Per rule and per category: hits on watch-folder mail, split by the rule's action
 * (rejects, holds, warns), and overrides (a message relayed from the approved folder
 * that this rule would have stopped). Per account and per marketplace: messages
 * judged, rule hits, messages rejected, held and warned, and overrides.
 */
#include <errno.h>
#include <getopt.h>
#include <inttypes.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "base.h"
#include "clock.h"
#include "buf.h"
#include "config.h"
#include "diag.h"
#include "stats.h"

#define EXIT_TROUBLE 2
#define EXIT_CONFIG  78

struct row {
	char *name;
	uint64_t messages, hits, rejects, holds, warns, overrides;
	uint64_t blocked; /* relayed, then blocked by Amazon for its content */
};

struct table {
	const char *title, *key;
	bool messages; /* has a messages column */
	struct row *rows;
	size_t n;
};

struct agg {
	struct table t[4]; /* rule, category, account, marketplace */
};

static struct row *row_of(struct table *t, const char *name)
{
	for (size_t i = 0; i < t->n; i++)
		if (streq(t->rows[i].name, name))
			return &t->rows[i];
	t->rows = xrealloc(t->rows, (t->n + 1) * sizeof(*t->rows));
	t->rows[t->n] = (struct row){.name = xstrdup(name)};
	return &t->rows[t->n++];
}

static void add_hit(struct row *r, const struct stats_hit *h, bool override)
{
	if (override) {
		if (h->action != STATS_WARN)
			r->overrides++;
		return;
	}
	r->hits++;
	if (h->action == STATS_REJECT)
		r->rejects++;
	else if (h->action == STATS_HOLD)
		r->holds++;
	else
		r->warns++;
}

static void add_message(struct row *r, const struct stats_event *e)
{
	r->messages++;
	if (e->override) {
		r->overrides++;
		return;
	}
	r->hits += e->n_hits;
	if (streq(e->outcome, "rejected"))
		r->rejects++;
	else if (streq(e->outcome, "held"))
		r->holds++;
	else if (streq(e->outcome, "warned"))
		r->warns++;
}

static void on_event(const struct stats_event *e, void *userdata)
{
	struct agg *a = userdata;

	/* Amazon blocked a message the gate had relayed (daemon/seller_watch.c): no rule
	 * stopped it, and its hits name the categories it was warned for, if any. */
	if (streq(e->outcome, STATS_AMAZON_BLOCKED)) {
		row_of(&a->t[0], "(no rule stopped it)")->blocked++;
		for (size_t i = 0; i < e->n_hits; i++)
			row_of(&a->t[1], e->hits[i].category)->blocked++;
		if (!e->n_hits)
			row_of(&a->t[1], "(none)")->blocked++;
		row_of(&a->t[2], e->account)->blocked++;
		row_of(&a->t[3], e->marketplace[0] ? e->marketplace : "(none)")->blocked++;
		return;
	}

	for (size_t i = 0; i < e->n_hits; i++) {
		const struct stats_hit *h = &e->hits[i];
		add_hit(row_of(&a->t[0], h->rule), h, e->override);
		/* one message hitting two rules of a category is two hits of it */
		add_hit(row_of(&a->t[1], h->category), h, e->override);
	}
	add_message(row_of(&a->t[2], e->account), e);
	add_message(row_of(&a->t[3], e->marketplace[0] ? e->marketplace : "(none)"), e);
}

static int cmp_row(const void *x, const void *y)
{
	const struct row *a = x, *b = y;
	uint64_t ka = a->hits + a->overrides + a->messages + a->blocked,
	         kb = b->hits + b->overrides + b->messages + b->blocked;

	if (ka != kb)
		return ka > kb ? -1 : 1;
	return strcmp(a->name, b->name);
}

static void iso(uint64_t t, char *buf, size_t len)
{
	time_t tt = (time_t) t;
	struct tm tm;

	if (!t || !gmtime_r(&tt, &tm) || !strftime(buf, len, "%Y-%m-%dT%H:%M:%SZ", &tm))
		snprintf(buf, len, "-");
}

static void print_text(const struct agg *a, const struct stats_report *rep, const char *since)
{
	char first[32], last[32];

	iso(rep->first, first, sizeof(first));
	iso(rep->last, last, sizeof(last));
	if (rep->files)
		printf("period: %s .. %s (UTC days with a stats file: %zu; events %s .. %s)\n",
		       rep->first_day, rep->last_day, rep->files, first, last);
	else
		printf("period: none (no stats files)\n");
	printf("since: %s; events: %zu\n", since ? since : "everything kept", rep->events);
	for (size_t k = 0; k < 4; k++) {
		const struct table *t = &a->t[k];
		printf("\n%-40s %s%8s %8s %8s %8s %9s %8s\n", t->key,
		       t->messages ? "messages " : "", "hits", "rejects", "holds", "warns",
		       "overrides", "blocked");
		if (!t->n)
			printf("(none)\n");
		for (size_t i = 0; i < t->n; i++) {
			const struct row *r = &t->rows[i];
			printf("%-40s ", r->name);
			if (t->messages)
				printf("%8" PRIu64 " ", r->messages);
			printf("%8" PRIu64 " %8" PRIu64 " %8" PRIu64 " %8" PRIu64 " %9" PRIu64
			       " %8" PRIu64 "\n",
			       r->hits, r->rejects, r->holds, r->warns, r->overrides, r->blocked);
		}
	}
}

static int print_json(const struct agg *a, const struct stats_report *rep, const char *since)
{
	struct buf b = BUF_INIT(0);
	char first[32], last[32];
	int r;

	iso(rep->first, first, sizeof(first));
	iso(rep->last, last, sizeof(last));
	r = buf_puts(&b, "{\"period\":{\"from\":");
	if (r == 0)
		r = rep->files ? buf_json_string(&b, rep->first_day) : buf_puts(&b, "null");
	if (r == 0)
		r = buf_puts(&b, ",\"to\":");
	if (r == 0)
		r = rep->files ? buf_json_string(&b, rep->last_day) : buf_puts(&b, "null");
	if (r == 0)
		r = buf_puts(&b, ",\"first_event\":");
	if (r == 0)
		r = rep->first ? buf_json_string(&b, first) : buf_puts(&b, "null");
	if (r == 0)
		r = buf_puts(&b, ",\"last_event\":");
	if (r == 0)
		r = rep->last ? buf_json_string(&b, last) : buf_puts(&b, "null");
	if (r == 0)
		r = buf_puts(&b, ",\"since\":");
	if (r == 0)
		r = since ? buf_json_string(&b, since) : buf_puts(&b, "null");
	if (r == 0)
		r = buf_printf(&b,
		               ",\"files\":%zu,\"events\":%zu},\"damaged\":{\"regions\":%zu,"
		               "\"bytes\":%" PRIu64 ",\"torn_files\":%zu,\"torn_bytes\":%" PRIu64
		               "}",
		               rep->files, rep->events, rep->damaged, rep->damaged_bytes, rep->torn,
		               rep->torn_bytes);
	for (size_t k = 0; r == 0 && k < 4; k++) {
		const struct table *t = &a->t[k];
		r = buf_printf(&b, ",\"%s\":[", t->title);
		for (size_t i = 0; r == 0 && i < t->n; i++) {
			const struct row *row = &t->rows[i];
			r = buf_printf(&b, "%s{\"name\":", i ? "," : "");
			if (r == 0)
				r = buf_json_string(&b, row->name);
			if (r == 0 && t->messages)
				r = buf_printf(&b, ",\"messages\":%" PRIu64, row->messages);
			if (r == 0)
				r = buf_printf(&b,
				               ",\"hits\":%" PRIu64 ",\"rejects\":%" PRIu64
				               ",\"holds\":%" PRIu64 ",\"warns\":%" PRIu64
				               ",\"overrides\":%" PRIu64
				               ",\"amazon_blocked\":%" PRIu64 "}",
				               row->hits, row->rejects, row->holds, row->warns,
				               row->overrides, row->blocked);
		}
		if (r == 0)
			r = buf_putc(&b, ']');
	}
	if (r == 0)
		r = buf_puts(&b, "}\n");
	if (r == 0)
		fwrite(b.data, 1, b.len, stdout);
	buf_free(&b);
	return r;
}

/* "YYYY-MM-DD" (UTC midnight) or "N" days before now ("7", "7d"). */

static void usage(FILE *f)
{
	fputs("Usage: aliasgate stats -c CONF [--since DATE] [--format text|json]\n"
	      "\n"
	      "What the rules did, from the daemon's per-day stats files in state_dir/stats/:\n"
	      "per rule and category the hits (rejects, holds, warns) and overrides (mail a\n"
	      "person relayed from the approved folder that the rule would have stopped);\n"
	      "per account and marketplace the messages, hits, rejected, held, warned and\n"
	      "overridden messages; everywhere the messages it relayed that Amazon then\n"
	      "blocked for their content (blocked, from Amazon's notices with seller_state).\n"
	      "States the period the files cover.\n"
	      "\n"
	      "  -c, --config CONF   the daemon's configuration (aliasgate.conf(5))\n"
	      "  -s, --since DATE    from DATE (YYYY-MM-DD, UTC) or N days ago (7, 7d)\n"
	      "  -f, --format F      text (default) or json\n",
	      f);
}

int main(int argc, char **argv)
{
	static const struct option opts[] = {
	        {"config", required_argument, NULL, 'c'},
	        {"since", required_argument, NULL, 's'},
	        {"format", required_argument, NULL, 'f'},
	        {"help", no_argument, NULL, 'h'},
	        {},
	};
	const char *conf = NULL, *since_arg = NULL;
	bool json = false;
	uint64_t since = 0;
	struct diag d = DIAG_INIT;
	_cleanup_(config_freep) struct config *cfg = NULL;
	struct agg a = {{
	        {"rules", "rule", false, NULL, 0},
	        {"categories", "category", false, NULL, 0},
	        {"accounts", "account", true, NULL, 0},
	        {"marketplaces", "marketplace", true, NULL, 0},
	}};
	struct stats_report rep;
	int c, r;

	while ((c = getopt_long(argc, argv, "c:s:f:h", opts, NULL)) >= 0) {
		switch (c) {
		case 'c':
			conf = optarg;
			break;
		case 's':
			since_arg = optarg;
			if (clock_parse_since(optarg, &since) < 0) {
				fprintf(stderr,
				        "aliasgate stats: --since %s: not YYYY-MM-DD or a "
				        "number of days\n",
				        optarg);
				return EXIT_TROUBLE;
			}
			break;
		case 'f':
			if (!streq(optarg, "text") && !streq(optarg, "json")) {
				fprintf(stderr, "aliasgate stats: --format is text or json\n");
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
	if (!conf || optind < argc) {
		fprintf(stderr, "aliasgate stats: %s\n",
		        conf ? "unexpected argument" : "-c CONF is required");
		usage(stderr);
		return EXIT_TROUBLE;
	}
	r = config_load(conf, &d, &cfg);
	if (r < 0) {
		diag_print(&d, stderr);
		diag_clear(&d);
		fprintf(stderr, "aliasgate stats: %s: configuration not loaded\n", conf);
		return EXIT_CONFIG;
	}
	diag_clear(&d);
	r = stats_read(cfg->state_dir, since, on_event, &a, &rep);
	if (r < 0) {
		fprintf(stderr, "aliasgate stats: %s/stats: %s\n", cfg->state_dir, strerror(-r));
		return EXIT_TROUBLE;
	}
	if (rep.damaged)
		fprintf(stderr,
		        "aliasgate stats: %zu damaged region(s), %" PRIu64
		        " bytes, skipped in %s/stats: those events are not counted\n",
		        rep.damaged, rep.damaged_bytes, cfg->state_dir);
	if (rep.torn)
		fprintf(stderr,
		        "aliasgate stats: %zu file(s) end in a torn record (%" PRIu64
		        " bytes, a crash while writing): ignored\n",
		        rep.torn, rep.torn_bytes);
	for (size_t k = 0; k < 4; k++)
		if (a.t[k].n)
			qsort(a.t[k].rows, a.t[k].n, sizeof(struct row), cmp_row);
	r = json ? print_json(&a, &rep, since_arg) : (print_text(&a, &rep, since_arg), 0);
	for (size_t k = 0; k < 4; k++) {
		for (size_t i = 0; i < a.t[k].n; i++)
			free(a.t[k].rows[i].name);
		free(a.t[k].rows);
	}
	if (fflush(stdout) != 0 || r < 0)
		return EXIT_TROUBLE;
	return 0;
}
