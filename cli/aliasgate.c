/*
 * aliasgate - the command for people: check messages, lint rules, explain a verdict.
 *
 * Runs the middle of the pipeline (message -> normalize -> policy -> verdict) on files,
 * with no server and no state. The stdout of `check` is a contract other tools parse:
 * one line per file, text or JSON. Diagnostics go to stderr.
 */
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base.h"
#include "buf.h"
#include "diag.h"
#include "limit.h"
#include "message.h"
#include "lint.h"
#include "policy.h"
#include "ruleset.h"
#include "verdict.h"

#define EXIT_CLEAN   0
#define EXIT_FLAGGED 1
#define EXIT_TROUBLE 2

#define LOCAL_RULES_DIR     AG_SYSCONFDIR "/rules.d"
#define INSTALLED_RULES_DIR AG_DATADIR "/rules"

static void usage(FILE *f)
{
	fputs("Usage: aliasgate check [--rules DIR] [--format text|json] [ENVELOPE] FILE...\n"
	      "       aliasgate lint [DIR]\n"
	      "       aliasgate explain [--rules DIR] FILE\n"
	      "       aliasgate --help | --version\n"
	      "\n"
	      "check    print one verdict line per message file ('-' reads stdin);\n"
	      "         exit 0 when all pass, 1 when any is rejected or held, 2 on errors\n"
	      "lint     compile every rule and run every example line\n"
	      "explain  show the text each scope saw, the links, attachments and every hit\n"
	      "\n"
	      "ENVELOPE, as the daemon's account settings say (aliasgate.conf(5)):\n"
	      "  --alias-domain D              an alias domain (repeat; default Amazon's)\n"
	      "  --envelope-recipient-header H the alias is in the topmost header H\n"
	      "  --envelope-from               an envelope_from is configured\n"
	      "A message not addressed to a buyer alias is 'ignore' (exit 0): the daemon\n"
	      "leaves it where it is.\n"
	      "\n"
	      "Rules are taken from --rules DIR, else $ALIASGATE_RULES, else the source tree\n"
	      "when run from a build directory, else " INSTALLED_RULES_DIR " with\n" LOCAL_RULES_DIR
	      " overriding files of the same name.\n",
	      f);
}

/* is_build_tree - true when this binary runs from a meson build directory, so a
 * developer's `./build/cli/aliasgate check` sees the rules they are editing. */
static bool is_build_tree(void)
{
	char exe[PATH_MAX], probe[PATH_MAX + 16];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
	struct stat st;

	if (n <= 0)
		return false;
	exe[n] = '\0';
	char *slash = strrchr(exe, '/');
	if (!slash)
		return false;
	/* <builddir>/cli/aliasgate: meson leaves meson-private/ in <builddir>. */
	*slash = '\0';
	slash = strrchr(exe, '/');
	if (!slash)
		return false;
	*slash = '\0';
	snprintf(probe, sizeof(probe), "%s/meson-private", exe);
	return stat(probe, &st) == 0 && S_ISDIR(st.st_mode) && stat(AG_SOURCE_RULES, &st) == 0;
}

static size_t rules_dirs(const char *arg, const char *dirs[2])
{
	const char *env = getenv("ALIASGATE_RULES");

	if (arg) {
		dirs[0] = arg;
		return 1;
	}
	if (env && *env) {
		dirs[0] = env;
		return 1;
	}
	if (is_build_tree()) {
		dirs[0] = AG_SOURCE_RULES;
		return 1;
	}
	dirs[0] = INSTALLED_RULES_DIR;
	dirs[1] = LOCAL_RULES_DIR;
	return 2;
}

/* cache_dir - $XDG_CACHE_HOME/aliasgate, or ~/.cache/aliasgate; NULL when neither is
 * set or ALIASGATE_NO_CACHE=1 (lib/policy/cache.h). */
static char *cache_dir(void)
{
	const char *x = getenv("XDG_CACHE_HOME"), *home = getenv("HOME"),
	           *no = getenv("ALIASGATE_NO_CACHE");

	if (no && streq(no, "1"))
		return NULL;
	if (x && x[0] == '/')
		return xasprintf("%s/aliasgate", x);
	if (home && home[0] == '/')
		return xasprintf("%s/.cache/aliasgate", home);
	return NULL;
}

/* load_rules - with the compiled-rules cache, and the Hyperscan prefilter unless
 * ALIASGATE_NO_PREFILTER=1 (the corpus equivalence test runs both ways). */
static int load_rules(const char *arg, struct ruleset **ret)
{
	const char *dirs[2];
	size_t n = rules_dirs(arg, dirs);
	struct diag d = DIAG_INIT;
	struct stat st;
	const char *nopf = getenv("ALIASGATE_NO_PREFILTER");
	_cleanup_(freep) char *cache = cache_dir();
	struct ruleset_opts o = {.cache_dir = cache, .no_prefilter = nopf && streq(nopf, "1")};
	int r;

	if (stat(dirs[0], &st) < 0 || !S_ISDIR(st.st_mode)) {
		fprintf(stderr, "aliasgate: %s: %s\n", dirs[0],
		        stat(dirs[0], &st) < 0 ? strerror(errno) : "not a directory");
		return -ENOENT;
	}
	r = ruleset_load_opts(dirs, n, &o, &d, ret);
	diag_print(&d, stderr);
	diag_clear(&d);
	if (r < 0)
		fprintf(stderr, "aliasgate: rules not loaded (%s)\n", dirs[0]);
	return r;
}

/* read_input - the whole file, or LIMIT_RAW_SIZE + 1 bytes of it: one byte over the
 * limit is enough for message_parse() to hold the message as too big. */
static int read_input(const char *path, char **ret, size_t *ret_len)
{
	FILE *f = streq(path, "-") ? stdin : fopen(path, "rbe");
	struct buf b = BUF_INIT(0);
	char chunk[65536];
	size_t n;
	int r = 0;

	struct stat st;

	if (!f)
		return -errno;
	if (f != stdin && fstat(fileno(f), &st) == 0 && S_ISDIR(st.st_mode)) {
		fclose(f);
		return -EISDIR;
	}
	while (b.len <= LIMIT_RAW_SIZE && (n = fread(chunk, 1, sizeof(chunk), f)) > 0) {
		if (n > LIMIT_RAW_SIZE + 1 - b.len)
			n = LIMIT_RAW_SIZE + 1 - b.len;
		r = buf_append(&b, chunk, n);
		if (r < 0)
			break;
	}
	if (r == 0 && ferror(f))
		r = -EIO;
	if (f != stdin)
		fclose(f);
	if (r < 0) {
		buf_free(&b);
		return r;
	}
	*ret_len = b.len;
	*ret = buf_steal(&b);
	return 0;
}

static void print_error_json(const char *file, const char *err)
{
	struct buf b = BUF_INIT(0);

	if (buf_puts(&b, "{\"file\":") == 0 && verdict_json_string(&b, file) == 0 &&
	    buf_puts(&b, ",\"error\":") == 0 && verdict_json_string(&b, err) == 0 &&
	    buf_puts(&b, "}\n") == 0)
		fputs(b.data, stdout);
	buf_free(&b);
}

static int cmd_check(int argc, char **argv)
{
	static const struct option opts[] = {
	        {"rules", required_argument, NULL, 'r'},
	        {"format", required_argument, NULL, 'f'},
	        {"alias-domain", required_argument, NULL, 'a'},
	        {"envelope-recipient-header", required_argument, NULL, 'H'},
	        {"envelope-from", no_argument, NULL, 'F'},
	        {"help", no_argument, NULL, 'h'},
	        {},
	};
	_cleanup_(ruleset_freep) struct ruleset *rs = NULL;
	_cleanup_(policy_scratch_freep) struct policy_scratch *scratch = NULL;
	_cleanup_(freep) const char **domains = xcalloc((size_t) argc + 1, sizeof(char *));
	struct envelope_env env = {0};
	const char *rules = NULL;
	bool json = false;
	int c, rc = EXIT_CLEAN;

	optind = 1;
	while ((c = getopt_long(argc, argv, "r:f:h", opts, NULL)) >= 0) {
		switch (c) {
		case 'a':
			domains[env.n_alias_domains++] = optarg;
			env.alias_domains = domains;
			break;
		case 'H':
			env.envelope_recipient_header = optarg;
			break;
		case 'F':
			env.envelope_from = true;
			break;
		case 'r':
			rules = optarg;
			break;
		case 'f':
			if (streq(optarg, "json"))
				json = true;
			else if (!streq(optarg, "text")) {
				fprintf(stderr, "aliasgate: unknown format '%s' (text or json)\n",
				        optarg);
				return EXIT_TROUBLE;
			}
			break;
		case 'h':
			usage(stdout);
			return EXIT_CLEAN;
		default:
			usage(stderr);
			return EXIT_TROUBLE;
		}
	}
	if (optind >= argc) {
		fprintf(stderr, "aliasgate check: no message file given ('-' reads stdin)\n");
		return EXIT_TROUBLE;
	}
	if (load_rules(rules, &rs) < 0)
		return EXIT_TROUBLE;
	scratch = policy_scratch_new();

	for (int i = optind; i < argc; i++) {
		_cleanup_(verdict_freep) struct verdict *v = NULL;
		_cleanup_(freep) char *raw = NULL;
		struct buf out = BUF_INIT(0);
		size_t len;
		int r;

		r = read_input(argv[i], &raw, &len);
		if (r < 0) {
			fprintf(stderr, "aliasgate: %s: %s\n", argv[i], strerror(-r));
			if (json)
				print_error_json(argv[i], strerror(-r));
			else
				printf("%s: error %s\n", argv[i], strerror(-r));
			rc = EXIT_TROUBLE;
			continue;
		}
		r = policy_judge(rs, scratch, raw, len, &env, 0, &v);
		if (r < 0) {
			fprintf(stderr, "aliasgate: %s: cannot judge: %s\n", argv[i], strerror(-r));
			rc = EXIT_TROUBLE;
			continue;
		}
		r = json ? verdict_format_json(v, argv[i], &out)
		         : verdict_format_text(v, argv[i], &out);
		if (r == 0)
			fputs(out.data, stdout);
		buf_free(&out);
		if (v->kind != VERDICT_PASS && v->kind != VERDICT_IGNORE && rc == EXIT_CLEAN)
			rc = EXIT_FLAGGED;
	}
	if (fflush(stdout) != 0)
		return EXIT_TROUBLE;
	return rc;
}

static int cmd_lint(int argc, char **argv)
{
	_cleanup_(ruleset_freep) struct ruleset *rs = NULL;
	_cleanup_(policy_scratch_freep) struct policy_scratch *scratch = NULL;
	const char *dirs[2];
	struct diag d = DIAG_INIT;
	struct stat st;
	size_t n, failed;
	int r;

	if (argc > 2 || (argc == 2 && argv[1][0] == '-')) {
		if (argc == 2 && (streq(argv[1], "--help") || streq(argv[1], "-h"))) {
			usage(stdout);
			return EXIT_CLEAN;
		}
		usage(stderr);
		return EXIT_TROUBLE;
	}
	n = rules_dirs(argc == 2 ? argv[1] : NULL, dirs);
	if (stat(dirs[0], &st) < 0 || !S_ISDIR(st.st_mode)) {
		fprintf(stderr, "aliasgate lint: %s: %s\n", dirs[0],
		        stat(dirs[0], &st) < 0 ? strerror(errno) : "not a directory");
		return EXIT_TROUBLE;
	}
	/* Examples run rule by rule (lint.c): the prefilter would only cost its compile. */
	r = ruleset_load_opts(dirs, n, &(struct ruleset_opts){.no_prefilter = true}, &d, &rs);
	if (r < 0) {
		diag_print(&d, stdout);
		diag_clear(&d);
		/* An unreadable file is an I/O problem; anything else is a rule problem. */
		return r == -EIO || r == -EACCES ? EXIT_TROUBLE : EXIT_FLAGGED;
	}
	diag_print(&d, stdout);
	diag_clear(&d);
	scratch = policy_scratch_new();
	failed = lint_ruleset(rs, scratch, &d);
	diag_print(&d, stdout);
	diag_clear(&d);
	if (failed) {
		printf("%zu example%s failed\n", failed, failed == 1 ? "" : "s");
		return EXIT_FLAGGED;
	}
	printf("%zu rules, ruleset %s: ok\n", ruleset_count(rs), ruleset_digest(rs));
	return EXIT_CLEAN;
}

/* print_text - one scope text for explain: original, and the normalized view only
 * when it differs, so the officer sees what the patterns actually ran on. */
static void print_text(const struct text *t)
{
	printf("  [%s] %zu bytes\n", t->origin ? t->origin : "?", t->orig_len);
	printf("    | %s\n", t->orig);
	if (t->norm_len != t->orig_len || memcmp(t->norm, t->orig, t->orig_len) != 0)
		printf("    normalized:\n    | %s\n", t->norm);
}

static const char *link_kind_name(enum link_kind k)
{
	switch (k) {
	case LINK_ANCHOR:
		return "href";
	case LINK_IMAGE:
		return "image";
	case LINK_TEXT:
		return "text";
	}
	return "?";
}

static int cmd_explain(int argc, char **argv)
{
	static const struct option opts[] = {
	        {"rules", required_argument, NULL, 'r'},
	        {"help", no_argument, NULL, 'h'},
	        {},
	};
	_cleanup_(ruleset_freep) struct ruleset *rs = NULL;
	_cleanup_(policy_scratch_freep) struct policy_scratch *scratch = NULL;
	_cleanup_(message_freep) struct message *m = NULL;
	_cleanup_(verdict_freep) struct verdict *v = NULL;
	_cleanup_(freep) char *raw = NULL;
	const char *rules = NULL;
	size_t len;
	int c, r;

	optind = 1;
	while ((c = getopt_long(argc, argv, "r:h", opts, NULL)) >= 0) {
		switch (c) {
		case 'r':
			rules = optarg;
			break;
		case 'h':
			usage(stdout);
			return EXIT_CLEAN;
		default:
			usage(stderr);
			return EXIT_TROUBLE;
		}
	}
	if (optind != argc - 1) {
		fprintf(stderr, "aliasgate explain: exactly one message file expected\n");
		return EXIT_TROUBLE;
	}
	if (load_rules(rules, &rs) < 0)
		return EXIT_TROUBLE;
	r = read_input(argv[optind], &raw, &len);
	if (r < 0) {
		fprintf(stderr, "aliasgate: %s: %s\n", argv[optind], strerror(-r));
		return EXIT_TROUBLE;
	}
	(void) message_parse(raw, len, NULL, &m);
	scratch = policy_scratch_new();
	r = policy_eval(rs, scratch, m, NULL, 0, &v);
	if (r < 0) {
		fprintf(stderr, "aliasgate: %s: cannot judge: %s\n", argv[optind], strerror(-r));
		return EXIT_TROUBLE;
	}

	printf("file:       %s\n", argv[optind]);
	printf("ruleset:    %s (%zu rules)\n", ruleset_digest(rs), ruleset_count(rs));
	printf("from:       %s\n", m->from ? m->from : "(none)");
	printf("message-id: %s\n", m->message_id ? m->message_id : "(none)");
	printf("recipients:");
	for (size_t i = 0; i < m->n_recipients; i++)
		printf(" %s", m->recipients[i]);
	printf("%s\n", m->n_recipients ? "" : " (none)");
	if (m->hold_rule)
		printf("engine:     %s: %s\n", m->hold_rule, m->hold_reason ? m->hold_reason : "");
	for (int s = 0; s < SCOPE__MAX; s++) {
		if (s == SCOPE_LINKS)
			continue; /* listed with their kind below */
		printf("\n== %s (%zu text%s)\n", scope_name(s), m->n_texts[s],
		       m->n_texts[s] == 1 ? "" : "s");
		for (size_t i = 0; i < m->n_texts[s]; i++)
			print_text(&m->texts[s][i]);
	}
	printf("\n== links (%zu)\n", m->n_links);
	for (size_t i = 0; i < m->n_links; i++)
		printf("  %-5s in %-15s host %-30s %s\n", link_kind_name(m->links[i].kind),
		       scope_name(m->links[i].found_in), m->links[i].host ? m->links[i].host : "-",
		       m->links[i].url);
	printf("\n== attachments (%zu, %zu bytes decoded)\n", m->n_attachments,
	       m->attachment_bytes);
	for (size_t i = 0; i < m->n_attachments; i++) {
		const struct attachment *a = &m->attachments[i];
		printf("  part %s: %s  declared %s  sniffed %s  %zu bytes%s\n",
		       a->part ? a->part : "?", a->filename ? a->filename : "(no name)",
		       a->declared_type ? a->declared_type : "-",
		       a->sniffed_type ? a->sniffed_type : "-", a->size,
		       a->inline_image ? "  (shown inline)" : "");
	}
	printf("\n== hits (%zu)\n", v->n_hits);
	for (size_t i = 0; i < v->n_hits; i++) {
		const struct hit *h = &v->hits[i];
		printf("  %s %s [%s] in %s", action_name(h->action), h->rule, h->category,
		       h->scope);
		if (h->origin)
			printf(" (%s, bytes %zu-%zu)", h->origin, h->start, h->end);
		printf("\n    excerpt: %s\n    reason:  %s\n    hint:    %s\n",
		       h->excerpt ? h->excerpt : "", h->reason ? h->reason : "",
		       h->hint ? h->hint : "");
	}
	printf("\nverdict: %s\n", verdict_kind_name(v->kind));
	return v->kind == VERDICT_PASS ? EXIT_CLEAN : EXIT_FLAGGED;
}

int main(int argc, char **argv)
{
	if (argc < 2) {
		usage(stderr);
		return EXIT_TROUBLE;
	}
	if (streq(argv[1], "--help") || streq(argv[1], "-h") || streq(argv[1], "help")) {
		usage(stdout);
		return EXIT_CLEAN;
	}
	if (streq(argv[1], "--version") || streq(argv[1], "-V")) {
		printf("aliasgate %s\n", AG_VERSION);
		return EXIT_CLEAN;
	}
	if (streq(argv[1], "check"))
		return cmd_check(argc - 1, argv + 1);
	if (streq(argv[1], "lint"))
		return cmd_lint(argc - 1, argv + 1);
	if (streq(argv[1], "explain"))
		return cmd_explain(argc - 1, argv + 1);
	fprintf(stderr, "aliasgate: unknown command '%s'\n", argv[1]);
	usage(stderr);
	return EXIT_TROUBLE;
}
