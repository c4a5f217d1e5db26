#include <unistd.h>

#include "lint.h"
#include "policy.h"
#include "test.h"

static const char rules[] =
        "rule promo.coupon\n  category promotion\n  scope body subject\n"
        "  match /\\bcoupon\\s+code\\b/i\n  match /クーポン/\n  unless /\\brefund/i\n"
        "  action reject\n  reason no promos\n  hint remove it\n"
        "  example reject Use coupon code SAVE\n  example pass refund of the coupon code\n"
        "rule links.url\n  category links\n  kind links\n  allow ups.com\n  action reject\n"
        "  reason no links\n  hint remove\n"
        "rule style.http-image\n  category style\n  kind links\n  link-kind image\n"
        "  match /^http:/i\n  allow ups.com\n  action warn\n  reason r\n  hint h\n"
        "rule attach.types\n  category attachment\n  kind attachments\n"
        "  allow-type pdf jpeg png text\n  max-total 1KiB\n  action reject\n  reason r\n  hint h\n"
        "  example reject setup.exe exe 100\n  example pass invoice.pdf pdf 100\n"
        "rule imp.required\n  category important\n  kind important-required\n"
        "  tag /\\[\\s*important\\s*\\]/i\n  tag /\\[重要\\]/\n"
        "  match /\\b(shipping address|delivery date|customi[sz]ation)\\b/i\n"
        "  except-marketplaces marketplace.amazon.co.jp\n"
        "  action reject\n  reason r\n  hint add [Important] to the subject\n"
        "  example reject Question || Please confirm your shipping address\n"
        "  example pass [Important] Address || Please confirm your shipping address\n"
        "  example pass @marketplace.amazon.co.jp Question || Please confirm your shipping "
        "address\n"
        "rule imp.misuse\n  category important\n  kind important-misuse\n"
        "  tag /\\[\\s*important\\s*\\]/i\n  match /\\b(shipping address|delivery date)\\b/i\n"
        "  action reject\n  reason r\n  hint h\n"
        "  example reject [IMPORTANT] Thank you for your order\n"
        "  example pass [Important] Address || your shipping address is incomplete\n"
        "rule de.only\n  category test\n  scope body\n  match /Gutschein/\n"
        "  marketplaces marketplace.amazon.de\n  action reject\n  reason r\n  hint h\n"
        "  example reject @marketplace.amazon.de Ihr Gutschein\n  example pass Ihr Gutschein\n"
        "rule redos\n  category test\n  scope attachment-text\n  match /(a+)+$/\n"
        "  action reject\n  reason r\n  hint h\n";

static struct ruleset *rs;
static struct policy_scratch *scratch;

static struct verdict *judge(const char *raw)
{
	struct verdict *v = NULL;
	test_assert(policy_judge(rs, scratch, raw, strlen(raw), NULL, 0, &v) == 0 && v);
	return v;
}

static const struct hit *find_hit(const struct verdict *v, const char *rule)
{
	for (size_t i = 0; i < v->n_hits; i++)
		if (streq(v->hits[i].rule, rule))
			return &v->hits[i];
	return NULL;
}

#define HDR "From: s@x.example\nTo: 6bmcx2l1t7cwrwb@marketplace.amazon.com\n"

static void test_match_unless_excerpt(void)
{
	struct verdict *v;
	const struct hit *h;

	test_begin("policy match, unless, excerpt from the original");
	v = judge(HDR "Subject: hi\n\nUse \xef\xbd\x83oupon code SAVE20 today\n");
	h = find_hit(v, "promo.coupon");
	test_assert(v->kind == VERDICT_REJECT && h && streq(h->scope, "body"));
	test_assert(h && strstr(h->excerpt, "\xef\xbd\x83oupon code") != NULL);
	test_assert(h && h->start == 4);
	verdict_free(v);
	v = judge(HDR "Subject: hi\n\nWe refunded the coupon code charge.\n");
	test_assert(v->kind == VERDICT_PASS && v->n_hits == 0);
	verdict_free(v);
	test_end();
}

static void test_links_rules(void)
{
	struct verdict *v;

	test_begin("policy links allow-list and image rule");
	v = judge(HDR "Subject: hi\n\nTrack it at https://www.ups.com/track?n=1Z\n");
	test_assert(v->kind == VERDICT_PASS);
	verdict_free(v);
	v = judge(HDR "Subject: hi\n\nTrack it at https://notups.com/track\n");
	test_assert(v->kind == VERDICT_REJECT && find_hit(v, "links.url"));
	verdict_free(v);
	v = judge(HDR "Subject: hi\nContent-Type: text/html\n\n<p>hi<img "
	              "src=\"http://www.ups.com/p.gif\"></p>\n");
	test_assert(v->kind == VERDICT_PASS && !find_hit(v, "links.url"));
	verdict_free(v);
	v = judge(HDR "Subject: hi\nContent-Type: text/html\n\n<p>hi<img "
	              "src=\"http://t.example/p.gif\"></p>\n");
	test_assert(find_hit(v, "style.http-image") && find_hit(v, "links.url"));
	verdict_free(v);
	test_end();
}

static void test_attachments_rule(void)
{
	struct verdict *v;
	const struct hit *h;

	test_begin("policy attachments: type, mismatch, size");
	v = judge(HDR
	          "Subject: hi\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=B\n\n"
	          "--B\nContent-Type: text/plain\n\nsee attached\n--B\n"
	          "Content-Type: application/pdf; name=invoice.pdf\nContent-Transfer-Encoding: "
	          "base64\n\n"
	          "UEsDBA==\n--B--\n");
	h = find_hit(v, "attach.types");
	test_assert(v->kind == VERDICT_REJECT && h && strstr(h->excerpt, "invoice.pdf"));
	verdict_free(v);
	v = judge(HDR
	          "Subject: hi\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=B\n\n"
	          "--B\nContent-Type: text/plain\n\nsee attached\n--B\n"
	          "Content-Type: application/pdf; name=invoice.pdf\nContent-Transfer-Encoding: "
	          "base64\n\n"
	          "JVBERi0xLjQK\n--B--\n");
	test_assert(v->kind == VERDICT_PASS);
	verdict_free(v);
	test_end();
}

static void test_limit_hold(void)
{
	char raw[9000];
	struct verdict *v;
	const struct hit *h;
	int n = snprintf(
	        raw, sizeof(raw),
	        HDR "Subject: hi\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=B\n\n"
	            "--B\nContent-Type: text/plain\n\nhello\n--B\n"
	            "Content-Type: text/plain; name=a.txt\nContent-Disposition: attachment\n\n");
	/* 5000 a's in lines of 100 (a wire line may not exceed 998 characters): they
	 * one text the ReDoS pattern must give up on. */
	for (int k = 0; k < 50; k++) {
		memset(raw + n, 'a', 100);
		n += 100;
		raw[n++] = k == 49 ? 'b' : '\n';
	}
	snprintf(raw + n, sizeof(raw) - (size_t) n, "\n--B--\n");
	test_begin("policy: a PCRE2 limit is a hold naming the rule");
	v = judge(raw);
	h = find_hit(v, "redos");
	test_assert(v->kind == VERDICT_HOLD && h && h->action == ACTION_HOLD);
	test_assert(h && strstr(h->reason, "could not finish"));
	verdict_free(v);
	test_end();
}

static void test_engine_hold_and_override(void)
{
	struct verdict *v = NULL;
	const char *raw =
	        HDR "Subject: hi\nContent-Type: text/plain; charset=x-bogus\n\ncoupon code X\n";

	test_begin("policy engine hold; engine-only flag");
	v = judge(raw);
	test_assert(v->kind == VERDICT_HOLD && find_hit(v, "engine.charset") &&
	            find_hit(v, "promo.coupon"));
	verdict_free(v);
	test_assert(policy_judge(rs, scratch, raw, strlen(raw), NULL, POLICY_ENGINE_ONLY, &v) == 0);
	test_assert(v->kind == VERDICT_HOLD && v->n_hits == 1);
	verdict_free(v);
	raw = HDR "Subject: hi\n\ncoupon code X\n";
	test_assert(policy_judge(rs, scratch, raw, strlen(raw), NULL, POLICY_ENGINE_ONLY, &v) == 0);
	test_assert(v->kind == VERDICT_PASS);
	verdict_free(v);
	test_end();
}

static void test_lint(void)
{
	struct diag d = DIAG_INIT;

	test_begin("policy lint runs examples");
	test_assert(lint_ruleset(rs, scratch, &d) == 0);
	diag_print(&d, stdout);
	test_end();
	diag_clear(&d);
}

static void test_lint_failure(void)
{
	char dir[] = "/tmp/ag-policy-XXXXXX", path[64];
	struct ruleset *bad = NULL;
	struct diag d = DIAG_INIT;
	const char *dirs[1] = {dir};
	FILE *f;

	test_begin("policy lint reports a broken example at its line");
	test_assert(mkdtemp(dir) != NULL);
	snprintf(path, sizeof(path), "%s/x.rules", dir);
	f = fopen(path, "w");
	fputs("rule x\n  category c\n  scope body\n  match /foo/\n  action reject\n  reason r\n"
	      "  hint h\n  example reject no such word\n  example pass foo\n",
	      f);
	fclose(f);
	test_assert(ruleset_load(dirs, 1, &d, &bad) == 0);
	test_assert(lint_ruleset(bad, scratch, &d) == 2);
	test_assert(d.n == 2 && d.v[0].line == 8 && d.v[1].line == 9);
	ruleset_free(bad);
	unlink(path);
	rmdir(dir);
	diag_clear(&d);
	test_end();
}

/* load_one - a ruleset from one rule file (and an optional second file beside it). */
static struct ruleset *load_one(const char *text, const char *other, const char *other_text,
                                struct diag *d, char *dir)
{
	char path[128];
	struct ruleset *r = NULL;
	const char *dirs[1] = {dir};
	FILE *f;

	test_assert(mkdtemp(dir) != NULL);
	snprintf(path, sizeof(path), "%s/x.rules", dir);
	f = fopen(path, "w");
	fputs(text, f);
	fclose(f);
	if (other) {
		snprintf(path, sizeof(path), "%s/%s", dir, other);
		f = fopen(path, "w");
		fputs(other_text, f);
		fclose(f);
	}
	(void) ruleset_load(dirs, 1, d, &r);
	return r;
}

static void rm_dir(const char *dir)
{
	char cmd[160];
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	test_assert(system(cmd) == 0);
}

static void test_languages_when_allow_file(void)
{
	char dir[] = "/tmp/ag-policy-XXXXXX";
	struct diag d = DIAG_INIT;
	struct ruleset *r;

	test_begin("rule languages, example.LANG, [reply], when proactive");
	r = load_one("rule t.thanks\n  category proactive\n  scope body\n  when proactive\n"
	             "  languages en de\n  match /thank you|danke/i\n  action reject\n"
	             "  reason r\n  hint h\n"
	             "  example reject Thank you for your order!\n"
	             "  example reject Thank you so much.\n"
	             "  example reject Just to say thank you.\n"
	             "  example pass [reply] Thank you, it ships today.\n"
	             "  example pass [reply] Thank you for asking.\n"
	             "  example pass It ships today.\n"
	             "  example.de reject Danke für Ihre Bestellung.\n"
	             "  example.de reject Vielen Dank, danke!\n"
	             "  example.de reject Danke schön.\n"
	             "  example.de pass [reply] Danke, er ist unterwegs.\n"
	             "  example.de pass Er ist unterwegs.\n"
	             "  example.de pass [reply] Danke.\\n> Wo ist mein Paket?\n",
	             NULL, NULL, &d, dir);
	test_assert(r != NULL);
	diag_print(&d, stdout);
	test_assert(r && lint_ruleset(r, scratch, &d) == 0);
	diag_print(&d, stdout);
	ruleset_free(r);
	rm_dir(dir);
	diag_clear(&d);
	test_end();

	test_begin("lint wants 3 reject and 3 pass examples per language");
	strcpy(dir, "/tmp/ag-policy-XXXXXX");
	r = load_one("rule t.x\n  category c\n  scope body\n  languages en nl\n"
	             "  match /foo|bar/\n  action reject\n  reason r\n  hint h\n"
	             "  example reject foo\n  example reject foo 2\n  example reject foo 3\n"
	             "  example pass a\n  example pass b\n  example pass c\n"
	             "  example.nl reject bar\n  example.sv pass x\n",
	             NULL, NULL, &d, dir);
	test_assert(r != NULL);
	/* nl has 1 reject and 0 pass; sv is not among the languages */
	test_assert(r && lint_ruleset(r, scratch, &d) == 2);
	test_assert(d.n == 2 && d.v[0].line == 16 && d.v[1].line == 1 &&
	            strstr(d.v[1].text, "covers nl"));
	ruleset_free(r);
	rm_dir(dir);
	diag_clear(&d);
	test_end();

	test_begin("allow-file: hosts as data, checked line by line");
	strcpy(dir, "/tmp/ag-policy-XXXXXX");
	r = load_one("rule l.url\n  category links\n  kind links\n  allow-file carriers.list\n"
	             "  action reject\n  reason r\n  hint h\n"
	             "  example pass https://www.indiapost.gov.in/track\n"
	             "  example reject https://shop.example/x\n",
	             "carriers.list",
	             "# host country source\nindiapost.gov.in IN https://www.indiapost.gov.in\n"
	             "postnord.se  SE  postnord.se tracking page\n",
	             &d, dir);
	test_assert(r != NULL && d.n == 0);
	test_assert(r && lint_ruleset(r, scratch, &d) == 0);
	ruleset_free(r);
	rm_dir(dir);
	diag_clear(&d);
	strcpy(dir, "/tmp/ag-policy-XXXXXX");
	r = load_one("rule l.url\n  category links\n  kind links\n  allow-file carriers.list\n"
	             "  action reject\n  reason r\n  hint h\n",
	             "carriers.list", "ok.example US src\nBAD_HOST US src\nnocountry.example\n", &d,
	             dir);
	test_assert(r == NULL && d.n == 2 && d.v[0].line == 2 && d.v[1].line == 3);
	rm_dir(dir);
	diag_clear(&d);
	strcpy(dir, "/tmp/ag-policy-XXXXXX");
	r = load_one("rule m.x\n  category c\n  scope body\n  match /x/\n  allow-file a.list\n"
	             "  languages en xx\n  when sometimes\n  action reject\n  reason r\n  hint h\n",
	             "a.list", "", &d, dir);
	test_assert(r == NULL && d.n == 3);
	rm_dir(dir);
	diag_clear(&d);
	test_end();
}

/* unless-hit: a later rule stands down when a named earlier rule hit the message; a
 * name that is unknown, or of a rule loaded later, is an error at its line. */
static void test_unless_hit(void)
{
	char dir[] = "/tmp/ag-policy-XXXXXX";
	struct diag d = DIAG_INIT;
	struct ruleset *r, *saved = rs;
	struct verdict *v;

	test_begin("unless-hit: an earlier rule's hit makes a later rule moot");
	r = load_one(
	        "rule t.specific\n  category review\n  scope body\n  match /five stars/i\n"
	        "  action reject\n  reason r\n  hint h\n"
	        "rule t.broad\n  category review\n  scope body\n  match /\\bstars?\\b|review/i\n"
	        "  unless-hit t.specific\n  action hold\n  reason r\n  hint h\n",
	        NULL, NULL, &d, dir);
	diag_print(&d, stdout);
	test_assert(r != NULL);
	rs = r;
	v = judge("From: s@x.example\nTo: a@marketplace.amazon.com\nSubject: s\n\n"
	          "Give us five stars in your review.\n");
	test_assert(find_hit(v, "t.specific") && !find_hit(v, "t.broad"));
	verdict_free(v);
	v = judge("From: s@x.example\nTo: a@marketplace.amazon.com\nSubject: s\n\n"
	          "A review of any kind would help.\n");
	test_assert(!find_hit(v, "t.specific") && find_hit(v, "t.broad"));
	verdict_free(v);
	/* the earlier rule hits only in the quoted part: no say over the seller's text */
	v = judge("From: s@x.example\nTo: a@marketplace.amazon.com\nSubject: Re: s\n"
	          "In-Reply-To: <1@x>\n\nA review of any kind would help.\n\n"
	          "On Mon, Buyer <a@marketplace.amazon.com> wrote:\n> Give us five stars.\n");
	test_assert(find_hit(v, "t.specific") && find_hit(v, "t.broad"));
	verdict_free(v);
	rs = saved;
	ruleset_free(r);
	rm_dir(dir);
	diag_clear(&d);
	test_end();

	test_begin("unless-hit names an earlier rule, else an error at its line");
	strcpy(dir, "/tmp/ag-policy-XXXXXX");
	r = load_one("rule t.a\n  category c\n  scope body\n  match /a/\n  unless-hit t.b\n"
	             "  action hold\n  reason r\n  hint h\n"
	             "rule t.b\n  category c\n  scope body\n  match /b/\n  unless-hit t.nope\n"
	             "  action hold\n  reason r\n  hint h\n",
	             NULL, NULL, &d, dir);
	test_assert(r == NULL);
	test_assert(d.n == 2 && d.v[0].line == 5 && strstr(d.v[0].text, "t.b") &&
	            d.v[1].line == 13 && strstr(d.v[1].text, "t.nope"));
	ruleset_free(r);
	rm_dir(dir);
	diag_clear(&d);
	test_end();
}

static struct verdict *judge_env(const char *raw, const struct envelope_env *env, unsigned flags)
{
	struct verdict *v = NULL;
	test_assert(policy_judge(rs, scratch, raw, strlen(raw), env, flags, &v) == 0 && v);
	return v;
}

static void test_approved_senders(void)
{
	static const char *const de_mp[] = {"marketplace.amazon.de", "marketplace.amazon.fr"};
	static const char *const de_addr[] = {"Seller@Example.de", "team@example.de"};
	static const char *const com_mp[] = {"marketplace.amazon.com"};
	static const char *const com_addr[] = {"us@example.com"};
	const struct envelope_approved ap[] = {{de_mp, 2, de_addr, 2}, {com_mp, 1, com_addr, 1}};
	struct envelope_env env = {.approved = ap, .n_approved = 2};
	struct verdict *v;
	const struct hit *h;

	test_begin("approved senders: unset checks nothing");
	v = judge_env("From: anyone@else.example\nTo: a1@marketplace.amazon.de\n\nHello\n", NULL,
	              0);
	test_assert(v->kind == VERDICT_PASS && !find_hit(v, "engine.sender-not-approved"));
	verdict_free(v);
	test_end();

	test_begin("approved senders: approved From passes, case folded, m. alias too");
	v = judge_env("From: seller@example.DE\nTo: a1@m.marketplace.amazon.de\n\nHello\n", &env,
	              0);
	test_assert(v->kind == VERDICT_PASS);
	verdict_free(v);
	v = judge_env("From: team@example.de\nTo: a1@marketplace.amazon.fr\n\nHello\n", &env, 0);
	test_assert(v->kind == VERDICT_PASS);
	verdict_free(v);
	test_end();

	test_begin("approved senders: other address, other marketplace, unlisted one held");
	v = judge_env("From: other@example.de\nTo: a1@marketplace.amazon.de\n\nHello\n", &env, 0);
	h = find_hit(v, "engine.sender-not-approved");
	test_assert(v->kind == VERDICT_HOLD && h && h->action == ACTION_HOLD);
	test_assert(h && strstr(h->hint, "Messaging Permissions") && strstr(h->hint, "201054220"));
	test_assert(h && strstr(h->reason, "other@example.de"));
	verdict_free(v);
	/* approved for .de, not for .com */
	v = judge_env("From: seller@example.de\nTo: a1@marketplace.amazon.com\n\nHello\n", &env, 0);
	test_assert(v->kind == VERDICT_HOLD && find_hit(v, "engine.sender-not-approved"));
	verdict_free(v);
	/* a marketplace no entry names: nobody is approved there */
	v = judge_env("From: seller@example.de\nTo: a1@marketplace.amazon.co.uk\n\nHi\n", &env, 0);
	test_assert(v->kind == VERDICT_HOLD && find_hit(v, "engine.sender-not-approved"));
	verdict_free(v);
	/* two aliases: one marketplace not approved holds the whole message */
	v = judge_env("From: seller@example.de\nTo: a1@marketplace.amazon.de, "
	              "b2@marketplace.amazon.com\n\nHi\n",
	              &env, 0);
	test_assert(v->kind == VERDICT_HOLD);
	verdict_free(v);
	/* the override path (engine holds only) holds too */
	v = judge_env("From: other@example.de\nTo: a1@marketplace.amazon.de\n\nHello\n", &env,
	              POLICY_ENGINE_ONLY);
	test_assert(v->kind == VERDICT_HOLD && find_hit(v, "engine.sender-not-approved"));
	verdict_free(v);
	test_end();

	test_begin("approved senders: the envelope sender is checked as well");
	env.envelope_from = true;
	env.envelope_from_address = "bounce@relay.example";
	v = judge_env("From: seller@example.de\nTo: a1@marketplace.amazon.de\n\nHello\n", &env, 0);
	h = find_hit(v, "engine.sender-not-approved");
	test_assert(v->kind == VERDICT_HOLD && h && strstr(h->reason, "bounce@relay.example"));
	verdict_free(v);
	env.envelope_from_address = "team@example.de";
	v = judge_env("From: seller@example.de\nTo: a1@marketplace.amazon.de\n\nHello\n", &env, 0);
	test_assert(v->kind == VERDICT_PASS);
	verdict_free(v);
	/* no From of its own: the envelope sender alone decides */
	v = judge_env("To: a1@marketplace.amazon.de\n\nHello\n", &env, 0);
	test_assert(v->kind == VERDICT_PASS);
	verdict_free(v);
	test_end();

	test_begin("approved senders: not for a buyer stays ignored");
	v = judge_env("From: other@example.de\nTo: friend@example.org\n\nHello\n", &env, 0);
	test_assert(v->kind == VERDICT_IGNORE);
	verdict_free(v);
	test_end();
}

static void test_marketplace_of(void)
{
	char b[64];

	test_begin("envelope_marketplace");
	test_assert(streq(envelope_marketplace("x@M.Marketplace.Amazon.DE", b, sizeof(b)),
	                  "marketplace.amazon.de"));
	test_assert(streq(envelope_marketplace("x@marketplace.amazon.com", b, sizeof(b)),
	                  "marketplace.amazon.com"));
	test_assert(streq(envelope_marketplace("nodomain", b, sizeof(b)), ""));
	test_end();
}

int main(void)
{
	char dir[] = "/tmp/ag-policy-XXXXXX", path[64];
	struct diag d = DIAG_INIT;
	const char *dirs[1] = {dir};
	FILE *f;

	if (!mkdtemp(dir))
		return 1;
	snprintf(path, sizeof(path), "%s/10-test.rules", dir);
	f = fopen(path, "w");
	fputs(rules, f);
	fclose(f);
	if (ruleset_load(dirs, 1, &d, &rs) < 0) {
		diag_print(&d, stdout);
		return 1;
	}
	scratch = policy_scratch_new();
	test_match_unless_excerpt();
	test_links_rules();
	test_attachments_rule();
	test_limit_hold();
	test_engine_hold_and_override();
	test_lint();
	test_lint_failure();
	test_languages_when_allow_file();
	test_unless_hit();
	test_approved_senders();
	test_marketplace_of();
	policy_scratch_free(scratch);
	ruleset_free(rs);
	unlink(path);
	rmdir(dir);
	return test_exit();
}
