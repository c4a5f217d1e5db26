/*
 * aliasgate-audit - `aliasgate audit verify|show`: checks and prints the daemon's
 * hash-chained audit log, <state_dir>/audit.log (format in lib/state/audit.h).
 *
 *   verify  walks the chain; prints "FILE: ok: ..." and exits 0, or names the first
 *           broken line as FILE:LINE with what is wrong there and exits 1
 *   show    prints the events (from --since on) as "SEQ TIME EVENT JSON", or one JSON
 *           object per line; the lines after a break in the chain are not shown, and
 *           the break is named on stderr (exit 1)
 *
 * Exit 2 on usage or I/O errors, 78 when the configuration does not load. A program of
 * its own, as aliasgate-stats, so that `aliasgate` never links conf or state.
 */
#include <errno.h>
#include <getopt.h>
#include <inttypes.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "audit.h"
#include "base.h"
#include "clock.h"
#include "config.h"
#include "diag.h"

#define EXIT_OK      0
#define EXIT_BROKEN  1
#define EXIT_TROUBLE 2
#define EXIT_CONFIG  78

#define DEFAULT_CONFIG AG_SYSCONFDIR "/aliasgate.conf"

static void usage(FILE *f)
{
	fputs("Usage: aliasgate audit verify [-c CONF | --state-dir DIR]\n"
	      "       aliasgate audit show [-c CONF | --state-dir DIR] [--since DATE]\n"
	      "                            [--format text|json]\n"
	      "\n"
	      "The daemon's audit log, state_dir/audit.log: rule reloads (who sent the\n"
	      "SIGHUP, which rule files changed) and messages relayed on override from the\n"
	      "approved folder, each line hash-chained to the one before.\n"
	      "\n"
	      "verify  check the chain: exit 0 when intact, 1 with FILE:LINE of the first\n"
	      "        line that was changed, inserted or deleted, or of a cut-off tail\n"
	      "show    print the events as SEQ TIME EVENT JSON (or JSON lines)\n"
	      "\n"
	      "  -c, --config CONF    the daemon's configuration (default " DEFAULT_CONFIG ")\n"
	      "  -d, --state-dir DIR  read DIR/audit.log instead of the configuration's\n"
	      "  -s, --since DATE     show: from DATE (YYYY-MM-DD, UTC) or N days ago (7, 7d)\n"
	      "  -f, --format F       show: text (default) or json\n",
	      f);
}

struct show {
	uint64_t since;
	bool json;
	size_t shown;
};

static void show_line(const struct audit_entry *e, void *userdata)
{
	struct show *s = userdata;

	if (e->time < s->since)
		return;
	s->shown++;
	if (s->json)
		printf("{\"seq\":%" PRIu64
		       ",\"time\":\"%.20s\",\"event\":\"%.*s\",\"data\":%.*s}\n",
		       e->seq, e->time_text, (int) e->event_len, e->event, (int) e->json_len,
		       e->json);
	else
		printf("%" PRIu64 " %.20s %.*s %.*s\n", e->seq, e->time_text, (int) e->event_len,
		       e->event, (int) e->json_len, e->json);
}

static void say_problem(const char *dir, const struct audit_check *c)
{
	if (c->bad_line)
		fprintf(stderr, "%s/%s:%u: %s\n", dir, AUDIT_LOG, c->bad_line, c->why);
	else
		fprintf(stderr, "%s/%s: %s\n", dir, AUDIT_HEAD, c->why);
}

int main(int argc, char **argv)
{
	static const struct option opts[] = {
	        {"config", required_argument, NULL, 'c'},
	        {"state-dir", required_argument, NULL, 'd'},
	        {"since", required_argument, NULL, 's'},
	        {"format", required_argument, NULL, 'f'},
	        {"help", no_argument, NULL, 'h'},
	        {},
	};
	_cleanup_(config_freep) struct config *cfg = NULL;
	const char *conf = NULL, *dir = NULL, *cmd;
	struct show sh = {0};
	struct audit_check c;
	struct diag d = DIAG_INIT;
	int ch, r;

	if (argc < 2 || streq(argv[1], "--help") || streq(argv[1], "-h")) {
		usage(argc < 2 ? stderr : stdout);
		return argc < 2 ? EXIT_TROUBLE : EXIT_OK;
	}
	cmd = argv[1];
	if (!streq(cmd, "verify") && !streq(cmd, "show")) {
		fprintf(stderr, "aliasgate audit: unknown command '%s'\n", cmd);
		usage(stderr);
		return EXIT_TROUBLE;
	}
	optind = 2;
	while ((ch = getopt_long(argc, argv, "c:d:s:f:h", opts, NULL)) >= 0) {
		switch (ch) {
		case 'c':
			conf = optarg;
			break;
		case 'd':
			dir = optarg;
			break;
		case 's':
			if (clock_parse_since(optarg, &sh.since) < 0) {
				fprintf(stderr,
				        "aliasgate audit: --since %s: not YYYY-MM-DD or a number "
				        "of "
				        "days\n",
				        optarg);
				return EXIT_TROUBLE;
			}
			break;
		case 'f':
			if (!streq(optarg, "text") && !streq(optarg, "json")) {
				fprintf(stderr, "aliasgate audit: --format is text or json\n");
				return EXIT_TROUBLE;
			}
			sh.json = streq(optarg, "json");
			break;
		case 'h':
			usage(stdout);
			return EXIT_OK;
		default:
			usage(stderr);
			return EXIT_TROUBLE;
		}
	}
	if (optind < argc || (conf && dir)) {
		fprintf(stderr, "aliasgate audit: %s\n",
		        optind < argc ? "unexpected argument"
		                      : "-c and --state-dir exclude each other");
		return EXIT_TROUBLE;
	}
	if (!dir) {
		if (!conf)
			conf = DEFAULT_CONFIG;
		r = config_load(conf, &d, &cfg);
		if (r < 0) {
			diag_print(&d, stderr);
			diag_clear(&d);
			fprintf(stderr, "aliasgate audit: %s: configuration not loaded\n", conf);
			return EXIT_CONFIG;
		}
		diag_clear(&d);
		dir = cfg->state_dir;
	}
	r = audit_verify(dir, &c, streq(cmd, "show") ? show_line : NULL, &sh);
	if (fflush(stdout) != 0)
		return EXIT_TROUBLE;
	if (r < 0 && r != -EBADMSG) {
		fprintf(stderr, "aliasgate audit: %s/%s: %s\n", dir, AUDIT_LOG, strerror(-r));
		return EXIT_TROUBLE;
	}
	if (r == -EBADMSG) {
		say_problem(dir, &c);
		if (streq(cmd, "verify"))
			printf("%s/%s: BROKEN: first problem at line %u\n", dir, AUDIT_LOG,
			       c.bad_line);
		return EXIT_BROKEN;
	}
	if (streq(cmd, "verify"))
		printf("%s/%s: ok: %zu line%s, last seq %" PRIu64 ", hash %s\n", dir, AUDIT_LOG,
		       c.lines, c.lines == 1 ? "" : "s", c.last_seq, c.last_hash);
	return EXIT_OK;
}
