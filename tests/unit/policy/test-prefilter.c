/*
 * test-prefilter - the Hyperscan prefilter changes nothing but speed: every verdict,
 * hit and excerpt is the one PCRE2 alone gives, for patterns Hyperscan takes exactly,
 * takes widened (lookarounds, Unicode \b, long bounded repeats), cannot take at all
 * (backreferences, unknown properties), and for backtracking bombs, whose PCRE2 limit
 * must still be a hold. Also every example line of the shipped rules, judged as a
 * whole message both ways.
 */
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "policy.h"
#include "prefilter.h"
#include "rule.h"
#include "ruleset.h"
#include "test.h"

static char dir[64];

static const char rules[] =
        "rule t.lookbehind\n  category test\n  scope body subject\n"
        "  match /(?<![\\w.-])\\+\\d{1,3}[\\s.-]?\\d{3,4}[\\s.-]?\\d{4}(?![\\w-])/\n"
        "  action reject\n  reason r\n  hint h\n"
        "rule t.ucp-word\n  category test\n  scope body\n"
        "  match /\\b(Bewertung|Rezension)\\b[^\\n]{0,40}\\b(ändern|löschen)\\b/iu\n"
        "  unless /\\bnicht\\b/iu\n  action reject\n  reason r\n  hint h\n"
        "rule t.backref\n  category test\n  scope body\n  match /(\\w)\\1{3}/\n"
        "  match /never-matches-xyz/\n  action warn\n  reason r\n  hint h\n"
        "rule t.property\n  category test\n  scope body subject\n"
        "  match /[\\p{Emoji_Presentation}]/\n  action warn\n  reason r\n  hint h\n"
        "rule t.tie\n  category test\n  scope body\n  match /coupon/i\n  match /coupon code "
        "\\w+/i\n"
        "  match /code/u\n  action reject\n  reason r\n  hint h\n"
        "rule t.redos\n  category test\n  scope attachment-text\n  match /(a+)+$/\n"
        "  action reject\n  reason r\n  hint h\n"
        "rule t.lines\n  category test\n  scope body\n  match /^total: \\d+$/m\n"
        "  match /start.+end/s\n  action hold\n  reason r\n  hint h\n"
        "rule t.important\n  kind important-required\n  category test\n"
        "  tag /\\[\\s*important\\s*\\]/i\n  match /\\b(address|engrav\\w*)\\b/i\n"
        "  action hold\n  reason r\n  hint h\n"
        "rule t.link\n  category test\n  scope links\n  match /^(mailto|tel):/i\n"
        "  action reject\n  reason r\n  hint h\n";

#define HDR "From: s@x.example\nTo: 6bmcx2l1t7cwrwb@marketplace.amazon.com\n"

static const char *const msgs[] = {
        HDR "Subject: hi\n\nCall +49 171 2345678 now.\n",
        HDR "Subject: hi\n\nOrder 123-1234567-1234567, tracking +1Z999.\n",
        HDR "Subject: hi\n\nBitte die Bewertung ÄNDERN, danke.\n",
        HDR "Subject: hi\n\nBitte die Bewertung nicht ändern.\n",
        HDR "Subject: hi\n\nBewertungändern ohne Wortgrenze.\n",
        HDR "Subject: hi\n\nsoooo good, aaaa\n",
        HDR "Subject: =?UTF-8?B?8J+YgA==?=\n\nplain\n",
        HDR "Subject: hi\n\nUse coupon code SAVE20 today; the code works.\n",
        HDR "Subject: hi\n\nThe code is below: coupon.\n",
        HDR "Subject: hi\n\nline\ntotal: 42\nstart here\nand end there\n",
        HDR "Subject: Your engraving\n\nPlease confirm the address.\n",
        HDR "Subject: [Important] engraving\n\nPlease confirm the address.\n",
        HDR "Subject: hi\nContent-Type: text/html\n\n<a href=\"mailto:a@b.example\">x</a> "
            "<a href=\"https://ok.example/\">y</a>\n",
        HDR "Subject: hi\n\nnothing to see here\n",
        HDR "Subject: hi\nContent-Type: text/plain; charset=iso-8859-1\n\nBewertung \xe4ndern\n",
};

static void write_rules(void)
{
	char path[128];
	FILE *f;

	snprintf(path, sizeof(path), "%s/10-t.rules", dir);
	f = fopen(path, "w");
	fputs(rules, f);
	fclose(f);
}

static char *json(const struct ruleset *rs, struct policy_scratch *s, const char *raw, size_t len,
                  unsigned flags)
{
	struct verdict *v = NULL;
	struct buf b = BUF_INIT(0);

	test_assert(policy_judge(rs, s, raw, len, NULL, flags, &v) == 0 && v);
	if (!v)
		return xstrdup("");
	test_assert(verdict_format_json(v, "m", &b) == 0);
	verdict_free(v);
	return buf_steal(&b);
}

static void test_same_verdicts(void)
{
	const char *dirs[1] = {dir};
	struct ruleset *pf = NULL, *plain = NULL;
	struct diag d = DIAG_INIT;
	struct policy_scratch *s = policy_scratch_new();
	size_t exact, widened, always;

	test_begin("prefilter: the same verdicts, hits and excerpts as PCRE2 alone");
	test_assert(ruleset_load_opts(dirs, 1, NULL, &d, &pf) == 0);
	test_assert(ruleset_load_opts(dirs, 1, &(struct ruleset_opts){.no_prefilter = true}, &d,
	                              &plain) == 0);
	diag_print(&d, stdout);
	diag_clear(&d);
	test_assert(!ruleset_prefiltered(plain));
	if (prefilter_available()) {
		test_assert(ruleset_prefiltered(pf));
		ruleset_prefilter_stats(pf, &exact, &widened, &always);
		/* the lookbehind, \b in Unicode mode and {0,40} are widened; the
		 * backreference, the unknown property and (a+)+ always run. */
		test_assert(widened >= 2);
		test_assert(always >= 3);
		test_assert(exact >= 3);
	}
	for (size_t i = 0; pf && plain && i < ELEMENTSOF(msgs); i++) {
		char *a = json(pf, s, msgs[i], strlen(msgs[i]), 0);
		char *b = json(plain, s, msgs[i], strlen(msgs[i]), 0);
		char *c = json(pf, s, msgs[i], strlen(msgs[i]), POLICY_NO_PREFILTER);
		test_assert_idx(streq(a, b), i);
		test_assert_idx(streq(a, c), i);
		if (!streq(a, b))
			printf("  with:    %s  without: %s", a, b);
		free(a);
		free(b);
		free(c);
	}
	/* The tie: "coupon" and "coupon code SAVE20" start together; the first line
	 * wins, as in the joined program. */
	{
		char *a = json(pf, s, msgs[7], strlen(msgs[7]), 0);
		test_assert(strstr(a, "\"t.tie\""));
		free(a);
	}
	policy_scratch_free(s);
	ruleset_free(pf);
	ruleset_free(plain);
	test_end();
}

static void test_limit_still_holds(void)
{
	const char *dirs[1] = {dir};
	struct ruleset *pf = NULL;
	struct diag d = DIAG_INIT;
	struct policy_scratch *s = policy_scratch_new();
	char raw[9000];
	int n = snprintf(raw, sizeof(raw),
	                 HDR "Subject: hi\nMIME-Version: 1.0\nContent-Type: multipart/mixed; "
	                     "boundary=B\n\n--B\nContent-Type: text/plain\n\nhello\n--B\n"
	                     "Content-Type: text/plain; name=a.txt\n"
	                     "Content-Disposition: attachment\n\n");
	char *a;

	for (int k = 0; k < 50; k++) {
		memset(raw + n, 'a', 100);
		n += 100;
		raw[n++] = k == 49 ? 'b' : '\n';
	}
	snprintf(raw + n, sizeof(raw) - (size_t) n, "\n--B--\n");
	test_begin("prefilter: a backtracking bomb Hyperscan rules out is still a PCRE2 hold");
	test_assert(ruleset_load_opts(dirs, 1, NULL, &d, &pf) == 0);
	diag_clear(&d);
	a = json(pf, s, raw, strlen(raw), 0);
	test_assert(strstr(a, "\"t.redos\"") && strstr(a, "could not finish"));
	free(a);
	policy_scratch_free(s);
	ruleset_free(pf);
	test_end();
}

/* Every example of the shipped rules as a message (subject and body), both ways. */
static void test_shipped_examples(void)
{
	const char *dirs[1] = {AG_SOURCE_RULES};
	struct ruleset *pf = NULL, *plain = NULL;
	struct diag d = DIAG_INIT;
	struct policy_scratch *s = policy_scratch_new();
	size_t n = 0, differ = 0;

	test_begin("prefilter: every shipped example judged the same both ways");
	test_assert(ruleset_load_opts(dirs, 1, NULL, &d, &pf) == 0);
	test_assert(ruleset_load_opts(dirs, 1, &(struct ruleset_opts){.no_prefilter = true}, &d,
	                              &plain) == 0);
	diag_clear(&d);
	for (size_t i = 0; pf && i < pf->n_rules; i++)
		for (size_t k = 0; k < pf->rules[i].n_examples; k++) {
			const char *t = pf->rules[i].examples[k].text;
			struct buf raw = BUF_INIT(0);
			char *subj = xstrdup(t), *a, *b;

			for (char *c = subj; *c; c++)
				if (*c == '\n')
					*c = ' ';
			test_assert(buf_printf(&raw,
			                       HDR
			                       "Subject: %s\nMIME-Version: 1.0\n"
			                       "Content-Type: text/plain; charset=utf-8\n\n%s\n",
			                       subj, t) == 0);
			a = json(pf, s, raw.data, raw.len, 0);
			b = json(plain, s, raw.data, raw.len, 0);
			if (!streq(a, b)) {
				printf("  differ: %s\n  with:    %s  without: %s", t, a, b);
				differ++;
			}
			n++;
			free(a);
			free(b);
			free(subj);
			buf_free(&raw);
		}
	test_assert(n > 100);
	test_assert(differ == 0);
	policy_scratch_free(s);
	ruleset_free(pf);
	ruleset_free(plain);
	test_end();
}

int main(void)
{
	char path[128];

	snprintf(dir, sizeof(dir), "/tmp/ag-test-prefilter.XXXXXX");
	if (!mkdtemp(dir))
		return 2;
	write_rules();
	test_same_verdicts();
	test_limit_still_holds();
	test_shipped_examples();
	snprintf(path, sizeof(path), "%s/10-t.rules", dir);
	unlink(path);
	rmdir(dir);
	return test_exit();
}
