/*
 * aliasgate-replay - `aliasgate replay`: what a candidate ruleset would have decided
 * about the mail an account has already sent or stopped.
 *
 * Loads the current ruleset (rules_dir + local_rules_dir of the configuration) and the
 * candidate (--rules NEWDIR), logs in to the account's IMAP server exactly as
 * aliasgated does (config_endpoint, secret_fetch, imap_source_open), opens the relayed
 * and rejected folders (and review with --folders) with EXAMINE, read-only, lists
 * their messages (UID SEARCH SINCE with --since, which is the server's INTERNALDATE:
 * when the message was filed there), fetches each with BODY.PEEK[] and judges it with
 * both rulesets, under the account's envelope settings. It sends nothing, stores no
 * flag (\Seen included), moves and deletes nothing, and never opens the state
 * directory.
 *
 * Messages are judged as new mail (full rules): those relayed on override from the
 * approved folder were relayed without the rules and show as "stopped" under both.
 *
 * Output: the messages whose verdict or reasons change (newly stopped, newly passed,
 * changed reasons), each with its Date, Subject, folder and UID and the hits that
 * differ, then totals per folder. Exit 0 when every folder and message was read, 1
 * when something could not be (the lists are then incomplete), 2 on usage or rule
 * errors, 78 when the configuration does not load.
 */
#include <errno.h>
#include <getopt.h>
#include <inttypes.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "base.h"
#include "buf.h"
#include "config.h"
#include "diag.h"
#include "endpoint.h"
#include "imap_source.h"
#include "message.h"
#include "policy.h"
#include "rfc5322.h"
#include "ruleset.h"
#include "secret.h"
#include "str.h"
#include "verdict.h"

#define EXIT_OK      0
#define EXIT_PARTIAL 1
#define EXIT_USAGE   2
#define EXIT_CONFIG  78

enum change_kind {
	CHANGE_STOPPED, /* pass -> reject/hold */
	CHANGE_PASSED,  /* reject/hold -> pass */
	CHANGE_REASONS, /* same verdict (or reject <-> hold), other hits */
	N_CHANGE_KINDS,
};

static const char *const change_title[] = {
        "newly stopped (pass -> reject/hold)",
        "newly passed (reject/hold -> pass)",
        "changed reasons (same verdict, different rules)",
};
static const char *const change_key[] = {"newly_stopped", "newly_passed", "changed_reasons"};

struct dhit {
	char *rule, *scope, *excerpt;
	enum action action;
};

struct change {
	const char *folder;
	uint32_t uidvalidity, uid;
	char *date, *subject;
	enum verdict_kind before, after;
	struct dhit *added, *removed; /* hits only the candidate has / only the current has */
	size_t n_added, n_removed;
};

struct total {
	const char *key, *folder;
	size_t messages, unchanged, counts[N_CHANGE_KINDS], errors;
	bool unreadable;
};

static struct change *changes[N_CHANGE_KINDS];
static size_t n_changes[N_CHANGE_KINDS];

static void usage(FILE *f)
{
	fputs("Usage: aliasgate replay --rules NEWDIR --account NAME -c CONF [--since DATE]\n"
	      "                        [--folders relayed,rejected,review] [--format text|json]\n"
	      "\n"
	      "Judges the messages in the account's relayed and rejected folders with the\n"
	      "current ruleset (rules_dir + local_rules_dir) and the candidate NEWDIR, and\n"
	      "lists what would change: newly stopped, newly passed and changed reasons,\n"
	      "with each message's Date, Subject and folder and the hits that differ, then\n"
	      "totals per folder. Read-only: the folders are opened with EXAMINE and the\n"
	      "messages fetched with BODY.PEEK[]; nothing is sent, flagged or moved.\n"
	      "\n"
	      "  -r, --rules NEWDIR     the candidate rule directory (aliasgate lint it first)\n"
	      "  -a, --account NAME     the account whose folders are replayed\n"
	      "  -c, --config CONF      the daemon's configuration (aliasgate.conf(5))\n"
	      "  -s, --since DATE       only messages filed on or after DATE (YYYY-MM-DD; the\n"
	      "                         server's INTERNALDATE, IMAP SEARCH SINCE)\n"
	      "  -F, --folders LIST     which of relayed, rejected, review (default\n"
	      "                         relayed,rejected)\n"
	      "  -f, --format F         text (default) or json\n"
	      "\n"
	      "Exit status: 0 replayed, 1 a folder or message could not be read (output\n"
	      "incomplete), 2 usage or rule errors, 78 the configuration does not load.\n",
	      f);
}

static bool stops(enum verdict_kind k)
{
	return k == VERDICT_REJECT || k == VERDICT_HOLD;
}

/* header_value - the unfolded value of the first top-level field name, sanitized;
 * NULL when there is none. */
static char *header_value(const char *raw, size_t len, const char *name)
{
	size_t body = rfc5322_body_offset(raw, len), pos = 0, s, e;
	struct buf v = BUF_INIT(0);
	bool in = false;

	while (pos < body && rfc5322_next_line(raw, body, &pos, &s, &e)) {
		if (e == s)
			break;
		if (in && (raw[s] == ' ' || raw[s] == '\t')) {
			if (buf_append(&v, raw + s, e - s) < 0)
				break;
			continue;
		}
		if (in)
			break;
		if (rfc5322_field_is(raw + s, e - s, name)) {
			const char *colon = memchr(raw + s, ':', e - s);
			if (!colon)
				continue;
			size_t off = (size_t) (colon + 1 - raw);
			if (buf_append(&v, raw + off, e - off) < 0)
				break;
			in = true;
		}
	}
	if (!in) {
		buf_free(&v);
		return NULL;
	}
	char *out = buf_steal(&v);
	if (!out)
		return xstrdup("");
	str_sanitize(out, ' ');
	char *p = out;
	while (*p == ' ' || *p == '\t')
		p++;
	memmove(out, p, strlen(p) + 1);
	for (size_t n = strlen(out); n && out[n - 1] == ' '; n--)
		out[n - 1] = '\0';
	return out;
}

static bool same_hit(const struct hit *a, const struct hit *b)
{
	return streq(a->rule, b->rule) && streq(a->scope, b->scope) && a->action == b->action;
}

static bool has_hit(const struct verdict *v, const struct hit *h)
{
	for (size_t i = 0; i < v->n_hits; i++)
		if (same_hit(&v->hits[i], h))
			return true;
	return false;
}

/* only_in - the hits of a that b lacks (same rule, scope and action). */
static size_t only_in(const struct verdict *a, const struct verdict *b, struct dhit **ret)
{
	size_t n = 0;

	*ret = xcalloc(a->n_hits + 1, sizeof(**ret));
	for (size_t i = 0; i < a->n_hits; i++) {
		const struct hit *h = &a->hits[i];
		if (has_hit(b, h))
			continue;
		(*ret)[n++] = (struct dhit){xstrdup(h->rule), xstrdup(h->scope),
		                            h->excerpt ? xstrdup(h->excerpt) : NULL, h->action};
	}
	return n;
}

static void record_change(enum change_kind k, const char *folder, uint32_t uidvalidity,
                          uint32_t uid, const char *raw, size_t len, const struct message *m,
                          const struct verdict *cur, const struct verdict *cand)
{
	struct change *c;

	changes[k] = xrealloc(changes[k], (n_changes[k] + 1) * sizeof(struct change));
	c = &changes[k][n_changes[k]++];
	*c = (struct change){.folder = folder,
	                     .uidvalidity = uidvalidity,
	                     .uid = uid,
	                     .date = header_value(raw, len, "Date"),
	                     .subject = xstrdup(m && m->subject ? m->subject : ""),
	                     .before = cur->kind,
	                     .after = cand->kind};
	str_sanitize(c->subject, ' ');
	c->n_added = only_in(cand, cur, &c->added);
	c->n_removed = only_in(cur, cand, &c->removed);
}

static void change_free(struct change *c)
{
	for (size_t i = 0; i < c->n_added; i++) {
		free(c->added[i].rule);
		free(c->added[i].scope);
		free(c->added[i].excerpt);
	}
	for (size_t i = 0; i < c->n_removed; i++) {
		free(c->removed[i].rule);
		free(c->removed[i].scope);
		free(c->removed[i].excerpt);
	}
	free(c->added);
	free(c->removed);
	free(c->date);
	free(c->subject);
}

/* ---- judging ---------------------------------------------------------------- */

struct replay {
	const struct config *cfg;
	const struct config_account *acct;
	const struct ruleset *cur, *cand;
	struct policy_scratch *scratch;
	struct envelope_env env;
	struct imap_source *imap;
	bool since;
	int year, month, day;
};

static void judge_one(struct replay *rp, struct total *t, uint32_t uidvalidity, uint32_t uid)
{
	_cleanup_(freep) char *raw = NULL;
	_cleanup_(message_freep) struct message *m = NULL;
	_cleanup_(verdict_freep) struct verdict *cur = NULL;
	_cleanup_(verdict_freep) struct verdict *cand = NULL;
	size_t len = 0;
	int r;

	r = imap_source_fetch(rp->imap, uid, &raw, &len);
	if (r == -ENOENT)
		return; /* expunged meanwhile */
	t->messages++;
	if (r < 0) {
		fprintf(stderr, "aliasgate replay: %s uid %" PRIu32 ": fetch failed: %s\n",
		        t->folder, uid, imap_source_last_reply(rp->imap));
		t->errors++;
		return;
	}
	(void) message_parse(raw, len, NULL, &m);
	if (!m || policy_eval(rp->cur, rp->scratch, m, &rp->env, 0, &cur) < 0 ||
	    policy_eval(rp->cand, rp->scratch, m, &rp->env, 0, &cand) < 0) {
		fprintf(stderr, "aliasgate replay: %s uid %" PRIu32 ": could not be judged\n",
		        t->folder, uid);
		t->errors++;
		return;
	}
	enum change_kind k;
	if (!stops(cur->kind) && stops(cand->kind)) {
		k = CHANGE_STOPPED;
	} else if (stops(cur->kind) && !stops(cand->kind)) {
		k = CHANGE_PASSED;
	} else {
		bool differ = cur->kind != cand->kind || cur->n_hits != cand->n_hits;
		for (size_t i = 0; !differ && i < cur->n_hits; i++)
			differ = !has_hit(cand, &cur->hits[i]);
		for (size_t i = 0; !differ && i < cand->n_hits; i++)
			differ = !has_hit(cur, &cand->hits[i]);
		if (!differ) {
			t->unchanged++;
			return;
		}
		k = CHANGE_REASONS;
	}
	t->counts[k]++;
	record_change(k, t->folder, uidvalidity, uid, raw, len, m, cur, cand);
}

static int replay_folder(struct replay *rp, struct total *t)
{
	_cleanup_(freep) uint32_t *uids = NULL;
	uint32_t uidvalidity = 0, uidnext = 0;
	size_t n = 0;
	int r;

	r = imap_source_examine(rp->imap, t->folder, &uidvalidity, &uidnext);
	if (r < 0) {
		fprintf(stderr, "aliasgate replay: EXAMINE %s: %s\n", t->folder,
		        imap_source_last_reply(rp->imap));
		t->unreadable = true;
		return r;
	}
	if (rp->since)
		r = imap_source_search_since(rp->imap, rp->year, rp->month, rp->day, &uids, &n);
	else
		r = imap_source_search(rp->imap, 1, &uids, &n);
	if (r < 0) {
		fprintf(stderr, "aliasgate replay: SEARCH in %s: %s\n", t->folder,
		        imap_source_last_reply(rp->imap));
		t->unreadable = true;
		return r;
	}
	for (size_t i = 0; i < n; i++)
		judge_one(rp, t, uidvalidity, uids[i]);
	return 0;
}

/* ---- output ----------------------------------------------------------------- */

static void print_hits(const char *sign, const struct dhit *h, size_t n)
{
	for (size_t i = 0; i < n; i++)
		printf("      %s %s@%s (%s): %s\n", sign, h[i].rule, h[i].scope,
		       action_name(h[i].action), h[i].excerpt ? h[i].excerpt : "(no excerpt)");
}

static void print_text(const struct replay *rp, const struct total *t, size_t nt, const char *since)
{
	printf("replay of account %s (%s@%s) since %s\n", rp->acct->name, rp->acct->imap.user,
	       rp->acct->imap.host, since ? since : "the beginning");
	printf("current ruleset   %s (%zu rules)\ncandidate ruleset %s (%zu rules)\n",
	       ruleset_digest(rp->cur), ruleset_count(rp->cur), ruleset_digest(rp->cand),
	       ruleset_count(rp->cand));
	for (int k = 0; k < N_CHANGE_KINDS; k++) {
		printf("\n%s: %zu\n", change_title[k], n_changes[k]);
		for (size_t i = 0; i < n_changes[k]; i++) {
			const struct change *c = &changes[k][i];
			printf("  %s uid %" PRIu32 ": %s -> %s\n", c->folder, c->uid,
			       verdict_kind_name(c->before), verdict_kind_name(c->after));
			printf("    Date: %s\n    Subject: %s\n", c->date ? c->date : "(none)",
			       c->subject);
			print_hits("+", c->added, c->n_added);
			print_hits("-", c->removed, c->n_removed);
		}
	}
	printf("\n%-28s %8s %9s %8s %8s %8s %6s\n", "folder", "messages", "unchanged", "stopped",
	       "passed", "changed", "errors");
	for (size_t i = 0; i < nt; i++)
		if (t[i].unreadable)
			printf("%-28s %s\n", t[i].folder, "(could not be read)");
		else
			printf("%-28s %8zu %9zu %8zu %8zu %8zu %6zu\n", t[i].folder, t[i].messages,
			       t[i].unchanged, t[i].counts[CHANGE_STOPPED],
			       t[i].counts[CHANGE_PASSED], t[i].counts[CHANGE_REASONS],
			       t[i].errors);
}

static int json_hits(struct buf *b, const char *key, const struct dhit *h, size_t n)
{
	int r = buf_printf(b, ",\"%s\":[", key);

	for (size_t i = 0; r == 0 && i < n; i++) {
		r = buf_puts(b, i ? ",{\"rule\":" : "{\"rule\":");
		r = r ? r : buf_json_string(b, h[i].rule);
		r = r ? r : buf_puts(b, ",\"scope\":");
		r = r ? r : buf_json_string(b, h[i].scope);
		r = r ? r
		      : buf_printf(b, ",\"action\":\"%s\",\"excerpt\":", action_name(h[i].action));
		r = r ? r : (h[i].excerpt ? buf_json_string(b, h[i].excerpt) : buf_puts(b, "null"));
		r = r ? r : buf_putc(b, '}');
	}
	return r ? r : buf_putc(b, ']');
}

static int print_json(const struct replay *rp, const struct total *t, size_t nt, const char *since)
{
	struct buf b = BUF_INIT(0);
	int r = buf_puts(&b, "{\"account\":");

	r = r ? r : buf_json_string(&b, rp->acct->name);
	r = r ? r : buf_puts(&b, ",\"since\":");
	r = r ? r : (since ? buf_json_string(&b, since) : buf_puts(&b, "null"));
	r = r ? r
	      : buf_printf(&b,
	                   ",\"current\":{\"ruleset\":\"%s\",\"rules\":%zu},\"candidate\":{"
	                   "\"ruleset\":\"%s\",\"rules\":%zu}",
	                   ruleset_digest(rp->cur), ruleset_count(rp->cur),
	                   ruleset_digest(rp->cand), ruleset_count(rp->cand));
	for (int k = 0; r == 0 && k < N_CHANGE_KINDS; k++) {
		r = buf_printf(&b, ",\"%s\":[", change_key[k]);
		for (size_t i = 0; r == 0 && i < n_changes[k]; i++) {
			const struct change *c = &changes[k][i];
			r = buf_puts(&b, i ? ",{\"folder\":" : "{\"folder\":");
			r = r ? r : buf_json_string(&b, c->folder);
			r = r ? r
			      : buf_printf(&b,
			                   ",\"uidvalidity\":%" PRIu32 ",\"uid\":%" PRIu32
			                   ",\"date\":",
			                   c->uidvalidity, c->uid);
			r = r ? r : (c->date ? buf_json_string(&b, c->date) : buf_puts(&b, "null"));
			r = r ? r : buf_puts(&b, ",\"subject\":");
			r = r ? r : buf_json_string(&b, c->subject);
			r = r ? r
			      : buf_printf(&b, ",\"before\":\"%s\",\"after\":\"%s\"",
			                   verdict_kind_name(c->before),
			                   verdict_kind_name(c->after));
			r = r ? r : json_hits(&b, "added", c->added, c->n_added);
			r = r ? r : json_hits(&b, "removed", c->removed, c->n_removed);
			r = r ? r : buf_putc(&b, '}');
		}
		r = r ? r : buf_putc(&b, ']');
	}
	r = r ? r : buf_puts(&b, ",\"totals\":[");
	for (size_t i = 0; r == 0 && i < nt; i++) {
		r = buf_puts(&b, i ? ",{\"folder\":" : "{\"folder\":");
		r = r ? r : buf_json_string(&b, t[i].folder);
		r = r ? r
		      : buf_printf(&b,
		                   ",\"readable\":%s,\"messages\":%zu,\"unchanged\":%zu,"
		                   "\"newly_stopped\":%zu,\"newly_passed\":%zu,"
		                   "\"changed_reasons\":%zu,\"errors\":%zu}",
		                   t[i].unreadable ? "false" : "true", t[i].messages,
		                   t[i].unchanged, t[i].counts[CHANGE_STOPPED],
		                   t[i].counts[CHANGE_PASSED], t[i].counts[CHANGE_REASONS],
		                   t[i].errors);
	}
	r = r ? r : buf_puts(&b, "]}\n");
	if (r == 0)
		fwrite(b.data, 1, b.len, stdout);
	buf_free(&b);
	return r;
}

/* ---- setup ------------------------------------------------------------------ */

static int load(const char *const *dirs, size_t n, const char *what, struct ruleset **ret)
{
	struct diag d = DIAG_INIT;
	int r = ruleset_load(dirs, n, &d, ret);

	if (r < 0) {
		diag_print(&d, stderr);
		fprintf(stderr, "aliasgate replay: %s ruleset not loaded from %s%s%s\n", what,
		        dirs[0], n > 1 ? " + " : "", n > 1 ? dirs[1] : "");
	}
	diag_clear(&d);
	return r;
}

static int parse_folders(const char *arg, struct total *t, size_t *nt,
                         const struct config_account *a)
{
	_cleanup_(freep) char *copy = xstrdup(arg);
	char *save = NULL;

	*nt = 0;
	for (char *w = strtok_r(copy, ",", &save); w; w = strtok_r(NULL, ",", &save)) {
		const char *folder = streq(w, "relayed")    ? a->folders.relayed
		                     : streq(w, "rejected") ? a->folders.rejected
		                     : streq(w, "review")   ? a->folders.review
		                                            : NULL;
		if (!folder) {
			fprintf(stderr,
			        "aliasgate replay: --folders: '%s' is not relayed, rejected or "
			        "review\n",
			        w);
			return -EINVAL;
		}
		bool dup = false;
		for (size_t i = 0; i < *nt; i++)
			dup |= streq(t[i].folder, folder);
		if (!dup && *nt < 3)
			t[(*nt)++] = (struct total){.key = streq(w, "relayed")    ? "relayed"
			                                   : streq(w, "rejected") ? "rejected"
			                                                          : "review",
			                            .folder = folder};
	}
	return *nt ? 0 : -EINVAL;
}

int main(int argc, char **argv)
{
	static const struct option opts[] = {
	        {"rules", required_argument, NULL, 'r'},
	        {"account", required_argument, NULL, 'a'},
	        {"config", required_argument, NULL, 'c'},
	        {"since", required_argument, NULL, 's'},
	        {"folders", required_argument, NULL, 'F'},
	        {"format", required_argument, NULL, 'f'},
	        {"help", no_argument, NULL, 'h'},
	        {},
	};
	_cleanup_(config_freep) struct config *cfg = NULL;
	_cleanup_(ruleset_freep) struct ruleset *cur = NULL;
	_cleanup_(ruleset_freep) struct ruleset *cand = NULL;
	const char *conf = NULL, *newdir = NULL, *account = NULL, *since = NULL;
	const char *folders = "relayed,rejected";
	struct replay rp = {0};
	struct total totals[3];
	size_t nt = 0;
	struct diag d = DIAG_INIT;
	bool json = false, partial = false;
	char *secret = NULL, err[512] = "";
	struct endpoint ep;
	int c, r;

	while ((c = getopt_long(argc, argv, "r:a:c:s:F:f:h", opts, NULL)) >= 0) {
		switch (c) {
		case 'r':
			newdir = optarg;
			break;
		case 'a':
			account = optarg;
			break;
		case 'c':
			conf = optarg;
			break;
		case 's': {
			struct tm tm = {0};
			char *end = strptime(optarg, "%Y-%m-%d", &tm);
			if (!end || *end) {
				fprintf(stderr, "aliasgate replay: --since %s: not YYYY-MM-DD\n",
				        optarg);
				return EXIT_USAGE;
			}
			since = optarg;
			rp.since = true;
			rp.year = tm.tm_year + 1900;
			rp.month = tm.tm_mon + 1;
			rp.day = tm.tm_mday;
			break;
		}
		case 'F':
			folders = optarg;
			break;
		case 'f':
			if (!streq(optarg, "text") && !streq(optarg, "json")) {
				fprintf(stderr, "aliasgate replay: --format is text or json\n");
				return EXIT_USAGE;
			}
			json = streq(optarg, "json");
			break;
		case 'h':
			usage(stdout);
			return EXIT_OK;
		default:
			usage(stderr);
			return EXIT_USAGE;
		}
	}
	if (optind < argc || !conf || !newdir || !account) {
		fprintf(stderr, "aliasgate replay: %s\n",
		        optind < argc ? "unexpected argument"
		                      : "--rules NEWDIR, --account NAME and -c CONF are required");
		usage(stderr);
		return EXIT_USAGE;
	}
	signal(SIGPIPE, SIG_IGN);
	r = config_load(conf, &d, &cfg);
	if (r < 0) {
		diag_print(&d, stderr);
		diag_clear(&d);
		fprintf(stderr, "aliasgate replay: %s: configuration not loaded\n", conf);
		return EXIT_CONFIG;
	}
	diag_clear(&d);
	for (size_t i = 0; i < cfg->n_accounts; i++)
		if (streq(cfg->accounts[i].name, account))
			rp.acct = &cfg->accounts[i];
	if (!rp.acct) {
		fprintf(stderr, "aliasgate replay: %s: no account named \"%s\"\n", conf, account);
		return EXIT_USAGE;
	}
	if (parse_folders(folders, totals, &nt, rp.acct) < 0)
		return EXIT_USAGE;
	{
		const char *dirs[2] = {cfg->rules_dir, cfg->local_rules_dir};
		const char *nd[1] = {newdir};
		if (load(dirs, 2, "current", &cur) < 0 || load(nd, 1, "candidate", &cand) < 0)
			return EXIT_USAGE;
	}
	rp.cfg = cfg;
	rp.cur = cur;
	rp.cand = cand;
	rp.env = (struct envelope_env){
	        .alias_domains = (const char *const *) cfg->alias_domains,
	        .n_alias_domains = cfg->n_alias_domains,
	        .envelope_recipient_header = rp.acct->envelope_recipient_header,
	        .envelope_from = rp.acct->smtp.envelope_from != NULL,
	};

	/* The daemon's way in (daemon/account.c, connect_imap()), minus CREATE. */
	config_endpoint(cfg, &rp.acct->imap, &ep);
	r = secret_fetch(&ep, cfg->timeouts.command, &secret, err, sizeof(err));
	if (r < 0) {
		fprintf(stderr, "aliasgate replay: imap credentials: %s\n", err);
		return EXIT_PARTIAL;
	}
	r = imap_source_open(&ep, secret, -1, &rp.imap);
	secret_free(secret);
	if (r < 0) {
		fprintf(stderr, "aliasgate replay: imap %s:%u: %s\n", rp.acct->imap.host,
		        rp.acct->imap.port,
		        rp.imap ? imap_source_last_reply(rp.imap) : strerror(-r));
		imap_source_close(rp.imap);
		return EXIT_PARTIAL;
	}
	rp.scratch = policy_scratch_new();
	for (size_t i = 0; i < nt; i++) {
		if (replay_folder(&rp, &totals[i]) < 0)
			partial = true;
		partial |= totals[i].errors > 0;
	}
	rp.imap = imap_source_close(rp.imap);
	policy_scratch_free(rp.scratch);

	r = json ? print_json(&rp, totals, nt, since) : (print_text(&rp, totals, nt, since), 0);
	for (int k = 0; k < N_CHANGE_KINDS; k++) {
		for (size_t i = 0; i < n_changes[k]; i++)
			change_free(&changes[k][i]);
		free(changes[k]);
	}
	if (fflush(stdout) != 0 || r < 0)
		return EXIT_USAGE;
	return partial ? EXIT_PARTIAL : EXIT_OK;
}
