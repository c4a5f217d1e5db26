/*
 * aliasgate - the command for people: check messages, lint rules, explain a verdict;
 * `aliasgate doctor` execs aliasgate-doctor, which alone links the network and state.
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
#include "notice.h"
#include "policy.h"
#include "report.h"
#include "report_html.h"
#include "ruleset.h"
#include "utf8.h"
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
	      "       aliasgate explain [--rules DIR] [--format text|html] [--lang L] FILE\n"
	      "       aliasgate doctor -c FILE [--account NAME] [--create-folders]\n"
	      "       aliasgate stats -c CONF [--since DATE] [--format text|json]\n"
	      "       aliasgate replay --rules NEWDIR --account NAME -c CONF [--since DATE]\n"
	      "                        [--folders relayed,rejected,review] [--format text|json]\n"
	      "       aliasgate audit verify|show [-c CONF] [--since DATE]\n"
	      "       aliasgate state [-c CONF] show [--format text|json] | forget ALIAS|ORDER |\n"
	      "                       lift MARKETPLACE\n"
	      "       aliasgate --help | --version\n"
	      "\n"
	      "check    print one verdict line per message file ('-' reads stdin);\n"
	      "         exit 0 when all pass, 1 when any is rejected or held, 2 on errors\n"
	      "lint     compile every rule and run every example line\n"
	      "explain  show the text each scope saw, the links, attachments and every hit;\n"
	      "         --format html writes the seller's report view (highlighted text and\n"
	      "         hints) in the seller's language, or in --lang L\n"
	      "doctor   connect to each account's servers as aliasgated would and print a\n"
	      "         checklist; exit 0 when nothing failed, 1 otherwise, 78 when the\n"
	      "         configuration does not load\n"
	      "stats    rule hits, rejects, holds, warns and overrides from the daemon's\n"
	      "         state directory (runs aliasgate-stats; see --help there)\n"
	      "replay   judge the mail already in an account's Relayed and Rejected folders\n"
	      "         with the current and a candidate ruleset, read-only, and list what\n"
	      "         would change (runs aliasgate-replay; see --help there)\n"
	      "audit    verify or show the daemon's hash-chained audit log of rule reloads\n"
	      "         and overrides (runs aliasgate-audit; see --help there)\n"
	      "state    the seller state per order and marketplace day; forget a buyer's\n"
	      "         alias or an order, lift today's proactive cap (runs aliasgate-state)\n"
	      "\n"
	      "ENVELOPE, as the daemon's account settings say (aliasgate.conf(5)):\n"
	      "  --alias-domain D              an alias domain (repeat; default Amazon's)\n"
	      "  --envelope-recipient-header H the alias is in the topmost header H\n"
	      "  --envelope-from               an envelope_from is configured\n"
	      "  --approved-sender M=ADDRESS   ADDRESS is an approved sender for marketplace M\n"
	      "                                (repeat; as approved_senders: when given, other\n"
	      "                                From addresses are held)\n"
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
static int load_rules(const char *arg, int n_messages, struct ruleset **ret)
{
	const char *dirs[2];
	size_t n = rules_dirs(arg, dirs);
	struct diag d = DIAG_INIT;
	struct stat st;
	const char *nopf = getenv("ALIASGATE_NO_PREFILTER");
	_cleanup_(freep) char *cache = cache_dir();
	/* One or two messages: interpreting beats JIT-compiling every rule they meet
	 * (README, "Speed"; ruleset.h). */
	struct ruleset_opts o = {.cache_dir = cache,
	                         .no_prefilter = nopf && streq(nopf, "1"),
	                         .interpret = n_messages <= 2};
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

	if (buf_puts(&b, "{\"file\":") == 0 && buf_json_string(&b, file) == 0 &&
	    buf_puts(&b, ",\"error\":") == 0 && buf_json_string(&b, err) == 0 &&
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
	        {"approved-sender", required_argument, NULL, 'A'},
	        {"help", no_argument, NULL, 'h'},
	        {},
	};
	_cleanup_(freep) struct envelope_approved *approved =
	        xcalloc((size_t) argc + 1, sizeof(*approved));
	/* per --approved-sender: its marketplace and its address, views into argv */
	_cleanup_(freep) const char **approved_str = xcalloc(2 * (size_t) argc + 2, sizeof(char *));
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
		case 'A': {
			/* MARKETPLACE=ADDRESS, as one approved_senders entry */
			char *eq = strchr(optarg, '=');
			size_t k = env.n_approved;
			if (!eq || eq == optarg || !eq[1]) {
				fprintf(stderr,
				        "aliasgate: --approved-sender %s: not "
				        "MARKETPLACE=ADDRESS\n",
				        optarg);
				return EXIT_TROUBLE;
			}
			*eq = '\0';
			approved_str[2 * k] = optarg;
			approved_str[2 * k + 1] = eq + 1;
			approved[k] = (struct envelope_approved){approved_str + 2 * k, 1,
			                                         approved_str + 2 * k + 1, 1};
			env.approved = approved;
			env.n_approved = k + 1;
			break;
		}
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
	if (load_rules(rules, argc - optind, &rs) < 0)
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
	size_t n, failed, warned;
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
	/* Missing translations are warnings: the seller still gets the English reason. */
	warned = lint_translations(rs, &d);
	diag_print(&d, stdout);
	diag_clear(&d);
	if (warned)
		printf("%zu warning%s (not failures)\n", warned, warned == 1 ? "" : "s");
	/* notices.list (daemon/seller_watch.c reads it, rules/README.md "Notices") lives
	 * in the same directories and is edited by the same people. */
	_cleanup_(freep) char *n1 = xasprintf("%s/notices.list", dirs[0]);
	_cleanup_(freep) char *n2 = n > 1 ? xasprintf("%s/notices.list", dirs[1]) : NULL;
	const char *npaths[] = {n1, n2};
	_cleanup_(notice_rules_freep) struct notice_rules *nr = NULL;
	bool bad_notices = notice_rules_load(npaths, n, &d, &nr) < 0;
	diag_print(&d, stdout);
	diag_clear(&d);
	if (bad_notices)
		printf("notices.list does not load (the daemon would refuse it)\n");
	else if (notice_rules_count(nr))
		printf("notices.list: %zu wordings: ok\n", notice_rules_count(nr));
	if (failed)
		printf("%zu example%s failed\n", failed, failed == 1 ? "" : "s");
	if (failed || bad_notices)
		return EXIT_FLAGGED;
	printf("%zu rules, ruleset %s: ok\n", ruleset_count(rs), ruleset_digest(rs));
	return EXIT_CLEAN;
}

/*
 * Display width, for the columns of explain. printf's "%-20s" pads by bytes: a CJK
 * character is 3 bytes of UTF-8 but 2 columns on a terminal, an accent 2 bytes and
 * one column, a combining mark or zero-width space 3 bytes and no column, so a
 * Japanese subject or host pushes every later column out of line. The width of each
 * character comes from a small table of Unicode's East Asian Width (Wide and
 * Fullwidth) and zero-width ranges rather than mbrtowc()+wcwidth(): those depend on
 * the process locale, and explain runs under cron, CI and `LANG=C` shells where
 * mbrtowc() rejects every non-ASCII byte, so the output would change with the
 * caller's environment. The table is what wcwidth() in a UTF-8 locale reports for the
 * scripts mail is written in.
 */
static int cp_width(uint32_t cp)
{
	static const uint32_t zero[][2] = {
	        {0x0300, 0x036f},   {0x0483, 0x0489}, {0x0591, 0x05bd}, {0x0610, 0x061a},
	        {0x064b, 0x065f},   {0x0670, 0x0670}, {0x06d6, 0x06dc}, {0x06df, 0x06e4},
	        {0x0e31, 0x0e31},   {0x0e34, 0x0e3a}, {0x0e47, 0x0e4e}, {0x1160, 0x11ff},
	        {0x200b, 0x200f},   {0x202a, 0x202e}, {0x2060, 0x2064}, {0x20d0, 0x20ff},
	        {0x3099, 0x309a},   {0xfe00, 0xfe0f}, {0xfe20, 0xfe2f}, {0xfeff, 0xfeff},
	        {0xe0100, 0xe01ef},
	};
	static const uint32_t wide[][2] = {
	        {0x1100, 0x115f},   {0x231a, 0x231b},   {0x2329, 0x232a},   {0x23e9, 0x23ec},
	        {0x23f0, 0x23f0},   {0x23f3, 0x23f3},   {0x25fd, 0x25fe},   {0x2614, 0x2615},
	        {0x2648, 0x2653},   {0x267f, 0x267f},   {0x2693, 0x2693},   {0x26a1, 0x26a1},
	        {0x26aa, 0x26ab},   {0x26bd, 0x26be},   {0x26c4, 0x26c5},   {0x26ce, 0x26ce},
	        {0x26d4, 0x26d4},   {0x26ea, 0x26ea},   {0x26f2, 0x26f5},   {0x26fa, 0x26fd},
	        {0x2705, 0x2705},   {0x270a, 0x270b},   {0x2728, 0x2728},   {0x274c, 0x274c},
	        {0x2753, 0x2755},   {0x2757, 0x2757},   {0x2795, 0x2797},   {0x27b0, 0x27bf},
	        {0x2b1b, 0x2b1c},   {0x2b50, 0x2b55},   {0x2e80, 0x303e},   {0x3041, 0x33ff},
	        {0x3400, 0x4dbf},   {0x4e00, 0x9fff},   {0xa000, 0xa4cf},   {0xa960, 0xa97f},
	        {0xac00, 0xd7a3},   {0xf900, 0xfaff},   {0xfe10, 0xfe19},   {0xfe30, 0xfe6f},
	        {0xff00, 0xff60},   {0xffe0, 0xffe6},   {0x16fe0, 0x18aff}, {0x1b000, 0x1b2ff},
	        {0x1f004, 0x1f004}, {0x1f0cf, 0x1f0cf}, {0x1f18e, 0x1f18e}, {0x1f191, 0x1f19a},
	        {0x1f200, 0x1f251}, {0x1f300, 0x1f64f}, {0x1f680, 0x1f6ff}, {0x1f7e0, 0x1f7eb},
	        {0x1f90c, 0x1f9ff}, {0x1fa70, 0x1faff}, {0x20000, 0x3fffd},
	};

	if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0))
		return 0;
	for (size_t i = 0; i < ELEMENTSOF(zero); i++)
		if (cp >= zero[i][0] && cp <= zero[i][1])
			return 0;
	for (size_t i = 0; i < ELEMENTSOF(wide); i++)
		if (cp >= wide[i][0] && cp <= wide[i][1])
			return 2;
	return 1;
}

/* put_cols - prints s in exactly `width` terminal columns: padded with spaces, or cut
 * on a character boundary with "…" when wider. */
static void put_cols(const char *s, size_t width)
{
	size_t w = 0, i = 0, n = strlen(s), total = 0;
	uint32_t cp;

	for (size_t j = 0; j < n;) {
		size_t k = utf8_decode(s + j, n - j, &cp);
		total += k ? (size_t) cp_width(cp) : 1;
		j += k ? k : 1;
	}
	while (i < n) {
		size_t k = utf8_decode(s + i, n - i, &cp);
		size_t cw = k ? (size_t) cp_width(cp) : 1;
		if (total > width && w + cw + 1 > width)
			break;
		if (w + cw > width)
			break;
		if (k == 0) {
			fputs("\xef\xbf\xbd", stdout);
			k = 1;
		} else if (cp < 0x20 || cp == 0x7f) {
			putchar(' ');
		} else {
			fwrite(s + i, 1, k, stdout);
		}
		w += cw;
		i += k;
	}
	if (i < n && w < width) {
		fputs("\xe2\x80\xa6", stdout);
		w++;
	}
	for (; w < width; w++)
		putchar(' ');
}

/* put_lines - text after a heading, every line (not only the first) indented with
 * prefix, so a multi-line text never runs into the next heading. */
static void put_lines(const char *prefix, const char *s)
{
	fputs(prefix, stdout);
	for (; s && *s; s++) {
		if (*s == '\r')
			continue;
		putchar(*s);
		if (*s == '\n' && s[1])
			fputs(prefix, stdout);
	}
	putchar('\n');
}

/* put_field - "    label:   value" with every further line of value under the first. */
static void put_field(const char *label, const char *s)
{
	size_t w = strlen(label) < 14 ? 14 : strlen(label) + 1;

	printf("    %-*s", (int) w, label);
	for (; s && *s; s++) {
		if (*s == '\r')
			continue;
		putchar(*s);
		if (*s == '\n' && s[1])
			printf("    %*s", (int) w, "");
	}
	putchar('\n');
}

/* print_text - one scope text for explain: original, and the normalized view only
 * when it differs, so the officer sees what the patterns actually ran on. */
static void print_text(const struct text *t)
{
	printf("  [%s] %zu bytes\n", t->origin ? t->origin : "?", t->orig_len);
	put_lines("    | ", t->orig);
	if (t->norm_len != t->orig_len || memcmp(t->norm, t->orig, t->orig_len) != 0) {
		printf("    normalized:\n");
		put_lines("    | ", t->norm);
	}
}

/* explain_html - `explain --format html`: the seller's report view (report_html.h). */
static int explain_html(const char *file, const struct message *m, const struct verdict *v,
                        const char *lang)
{
	struct buf out = BUF_INIT(0), meta = BUF_INIT(0);
	const char *title;
	int r;

	switch (v->kind) {
	case VERDICT_REJECT:
		title = report_text(lang, RT_TITLE + REPORT_REJECTED);
		break;
	case VERDICT_HOLD:
		title = report_text(lang, RT_TITLE + REPORT_HELD);
		break;
	default:
		title = v->n_hits ? report_text(lang, RT_TITLE + REPORT_WARNED)
		                  : verdict_kind_name(v->kind);
		break;
	}
	r = buf_printf(&meta, "%s \xc2\xb7 verdict %s \xc2\xb7 language %s", file,
	               verdict_kind_name(v->kind), lang);
	if (r == 0) {
		struct report_view rv = {
		        .lang = lang, .title = title, .meta = meta.data, .v = v, .m = m};
		r = report_html(&rv, &out);
	}
	if (r == 0)
		fwrite(out.data, 1, out.len, stdout);
	buf_free(&out);
	buf_free(&meta);
	return r;
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
	        {"format", required_argument, NULL, 'f'},
	        {"lang", required_argument, NULL, 'l'},
	        {"help", no_argument, NULL, 'h'},
	        {},
	};
	_cleanup_(ruleset_freep) struct ruleset *rs = NULL;
	_cleanup_(policy_scratch_freep) struct policy_scratch *scratch = NULL;
	_cleanup_(message_freep) struct message *m = NULL;
	_cleanup_(verdict_freep) struct verdict *v = NULL;
	_cleanup_(freep) char *raw = NULL;
	const char *rules = NULL, *lang = NULL;
	bool html = false;
	size_t len;
	int c, r;

	optind = 1;
	while ((c = getopt_long(argc, argv, "r:f:l:h", opts, NULL)) >= 0) {
		switch (c) {
		case 'r':
			rules = optarg;
			break;
		case 'f':
			if (streq(optarg, "html"))
				html = true;
			else if (!streq(optarg, "text")) {
				fprintf(stderr, "aliasgate: unknown format '%s' (text or html)\n",
				        optarg);
				return EXIT_TROUBLE;
			}
			break;
		case 'l':
			if (!report_has_language(optarg)) {
				fprintf(stderr,
				        "aliasgate: unknown language '%s' (en ja zh zh-Hant ko de "
				        "es fr "
				        "it id nl pl sv tr pt ar)\n",
				        optarg);
				return EXIT_TROUBLE;
			}
			lang = optarg;
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
	if (load_rules(rules, 1, &rs) < 0)
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
	if (!lang)
		lang = report_language(m, raw, len);
	if (html) {
		if (explain_html(argv[optind], m, v, lang) < 0 || fflush(stdout) != 0)
			return EXIT_TROUBLE;
		return v->kind == VERDICT_PASS ? EXIT_CLEAN : EXIT_FLAGGED;
	}

	printf("file:       %s\n", argv[optind]);
	printf("ruleset:    %s (%zu rules)\n", ruleset_digest(rs), ruleset_count(rs));
	printf("from:       %s\n", m->from ? m->from : "(none)");
	printf("message-id: %s\n", m->message_id ? m->message_id : "(none)");
	put_lines("subject:    ", m->subject ? m->subject : "");
	printf("language:   %s (of the seller's report)\n", lang);
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
	for (size_t i = 0; i < m->n_links; i++) {
		printf("  %-5s in %-15s host ", link_kind_name(m->links[i].kind),
		       scope_name(m->links[i].found_in));
		put_cols(m->links[i].host ? m->links[i].host : "-", 30);
		printf(" %s\n", m->links[i].url);
	}
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
	if (v->n_hits) {
		/* One line per hit, in columns of display width (cp_width()). */
		printf("  #  ");
		put_cols("title", 24);
		printf(" ");
		put_cols("rule", 24);
		printf(" ");
		put_cols("scope", 16);
		printf(" found\n");
	}
	for (size_t i = 0; i < v->n_hits; i++) {
		const struct hit *h = &v->hits[i];
		printf("  %-2zu ", i + 1);
		put_cols(hit_title(h), 24);
		printf(" ");
		put_cols(h->rule, 24);
		printf(" ");
		put_cols(h->scope, 16);
		printf(" ");
		put_cols(h->excerpt ? h->excerpt : "", 40);
		printf("\n");
	}
	for (size_t i = 0; i < v->n_hits; i++) {
		const struct hit *h = &v->hits[i];
		printf("\n  %zu. %s: %s %s [%s] in %s", i + 1, hit_title(h), action_name(h->action),
		       h->rule, h->category, h->scope);
		if (h->origin)
			printf(" (%s, bytes %zu-%zu)", h->origin, h->start, h->end);
		printf("\n");
		put_field("excerpt:", h->excerpt);
		put_field("reason:", h->reason);
		put_field("hint:", h->hint);
		if (hit_reason(h, lang) != h->reason || hit_hint(h, lang) != h->hint) {
			char label[32];
			snprintf(label, sizeof(label), "reason.%s:", lang);
			put_field(label, hit_reason(h, lang));
			snprintf(label, sizeof(label), "hint.%s:", lang);
			put_field(label, hit_hint(h, lang));
		}
	}
	printf("\nverdict: %s\n", verdict_kind_name(v->kind));
	return v->kind == VERDICT_PASS ? EXIT_CLEAN : EXIT_FLAGGED;
}

/* exec_helper - `aliasgate NAME ARGS...` becomes the program aliasgate-NAME with ARGS:
 * the one next to this binary when there is one (a build tree), else the installed
 * one in AG_LIBEXECDIR. Such programs may read the configuration and the state
 * directory, which this one never does. Returns only when the exec failed. */
static int exec_helper(const char *name, char **argv)
{
	char exe[PATH_MAX], path[PATH_MAX + 64];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
	char *slash;

	path[0] = '\0';
	if (n > 0) {
		exe[n] = '\0';
		slash = strrchr(exe, '/');
		if (slash) {
			*slash = '\0';
			snprintf(path, sizeof(path), "%s/aliasgate-%s", exe, name);
			if (access(path, X_OK) != 0)
				path[0] = '\0';
		}
	}
	if (!path[0])
		snprintf(path, sizeof(path), "%s/aliasgate-%s", AG_LIBEXECDIR, name);
	argv[0] = path;
	execv(path, argv);
	fprintf(stderr, "aliasgate: %s: %s\n", path, strerror(errno));
	return EXIT_TROUBLE;
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
	if (streq(argv[1], "doctor"))
		return exec_helper("doctor", argv + 1);
	if (streq(argv[1], "stats"))
		return exec_helper("stats", argv + 1);
	if (streq(argv[1], "replay"))
		return exec_helper("replay", argv + 1);
	if (streq(argv[1], "audit"))
		return exec_helper("audit", argv + 1);
	if (streq(argv[1], "state"))
		return exec_helper("state", argv + 1);
	fprintf(stderr, "aliasgate: unknown command '%s'\n", argv[1]);
	usage(stderr);
	return EXIT_TROUBLE;
}
