/*
 * make-report - writes the report aliasgated would file for one message, for the
 * report tests (test_mime.py, test_render.py): make-report RULES_DIR MESSAGE [LANG].
 * The same calls as the daemon's deliver_report(): ruleset_load, policy_judge,
 * report_build (REPORT_REJECTED, or REPORT_WARNED for a pass with warnings).
 */
#include <stdio.h>
#include <string.h>

#include "buf.h"
#include "diag.h"
#include "message.h"
#include "policy.h"
#include "report.h"
#include "ruleset.h"

int main(int argc, char **argv)
{
	const char *dirs[1];
	struct ruleset *rs = NULL;
	struct policy_scratch *s;
	struct verdict *v = NULL;
	struct message *m = NULL;
	struct diag d = DIAG_INIT;
	struct buf raw = BUF_INIT(0), out = BUF_INIT(0);
	char chunk[65536];
	size_t n;
	FILE *f;

	if (argc < 3 || argc > 4) {
		fprintf(stderr, "usage: make-report RULES_DIR MESSAGE [LANG]\n");
		return 2;
	}
	dirs[0] = argv[1];
	if (ruleset_load(dirs, 1, &d, &rs) < 0) {
		diag_print(&d, stderr);
		return 2;
	}
	f = fopen(argv[2], "rb");
	if (!f) {
		perror(argv[2]);
		return 2;
	}
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0)
		if (buf_append(&raw, chunk, n) < 0)
			return 2;
	fclose(f);
	s = policy_scratch_new();
	(void) message_parse(raw.data, raw.len, NULL, &m);
	if (policy_eval(rs, s, m, NULL, 0, &v) < 0)
		return 2;
	struct report_info info = {
	        .kind = v->kind == VERDICT_PASS ? REPORT_WARNED : REPORT_REJECTED,
	        .account = "brightpeak",
	        .to = m->from,
	        .from = "aliasgate@gate.example",
	        .folder = "Outbox/Rejected",
	        .now = 1764000000,
	        .lang = argc == 4 ? argv[3] : NULL,
	};
	if (report_build(&info, v, m->subject, raw.data, raw.len, &out) < 0)
		return 2;
	fwrite(out.data, 1, out.len, stdout);
	buf_free(&out);
	buf_free(&raw);
	verdict_free(v);
	message_free(m);
	policy_scratch_free(s);
	ruleset_free(rs);
	diag_clear(&d);
	return fflush(stdout) == 0 ? 0 : 2;
}
