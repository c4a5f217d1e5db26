/*
 * test-notice - lib/policy/notice.c: every sample of tests/corpus/notices (listed in its
 * SOURCES with the kind, order and end expected) against the shipped
 * rules/notices.list; the file format's errors; the dates.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "message.h"
#include "notice.h"
#include "test.h"

#define CORPUS AG_SOURCE_RULES "/../tests/corpus/notices"
static const uint64_t NOW = 1795000000; /* the notice's time for "+Nd" */

static char *slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "re");
	char *buf = NULL;
	size_t cap = 0;

	*len = 0;
	if (!f)
		return NULL;
	for (;;) {
		buf = xrealloc(buf, cap + 4096 + 1);
		size_t n = fread(buf + cap, 1, 4096, f);
		cap += n;
		if (n < 4096)
			break;
	}
	fclose(f);
	buf[cap] = 0;
	*len = cap;
	return buf;
}

static struct notice_rules *load_text(const char *text, struct diag *d, int *r)
{
	char path[] = "/tmp/test-notice-XXXXXX";
	int fd = mkstemp(path);
	struct notice_rules *nr = NULL;
	const char *paths[] = {path, "/nonexistent/notices.list"};

	test_assert(fd >= 0);
	test_assert(write(fd, text, strlen(text)) == (ssize_t) strlen(text));
	close(fd);
	*r = notice_rules_load(paths, 2, d, &nr);
	unlink(path);
	return nr;
}

static void test_samples(void)
{
	const char *paths[] = {AG_SOURCE_RULES "/notices.list"};
	struct diag d = DIAG_INIT;
	_cleanup_(notice_rules_freep) struct notice_rules *nr = NULL;
	size_t len, n = 0;

	test_begin("notice every sample of tests/corpus/notices");
	test_assert(notice_rules_load(paths, 1, &d, &nr) == 0);
	for (size_t i = 0; i < d.n; i++)
		printf("  diag: %s\n", d.v[i].text);
	diag_clear(&d);
	_cleanup_(freep) char *sources = slurp(CORPUS "/SOURCES", &len);
	test_assert(sources != NULL);
	for (char *line = sources, *next; line && *line; line = next) {
		next = strchr(line, '\n');
		if (next)
			*next++ = 0;
		char file[128], kind[64], order[64], until[64];
		if (line[0] == '#' ||
		    sscanf(line, "%127s %63s %63s %63s", file, kind, order, until) != 4)
			continue;
		char path[512];
		snprintf(path, sizeof(path), "%s/%s", CORPUS, file);
		size_t rl;
		_cleanup_(freep) char *raw = slurp(path, &rl);
		test_assert_idx(raw != NULL, n);
		if (!raw)
			continue;
		_cleanup_(message_freep) struct message *m = NULL;
		(void) message_parse(raw, rl, NULL, &m);
		struct notice_match nm;
		bool hit = notice_match(nr, m, NOW, &nm);
		if (streq(kind, "unknown")) {
			test_assert_idx(!hit, n);
		} else {
			test_assert_idx(hit, n);
			if (!hit) {
				printf("  %s: no entry matched\n", file);
				continue;
			}
			test_assert_streq(notice_kind_name(nm.kind), kind);
			test_assert_streq(nm.order, streq(order, "-") ? "" : order);
			uint64_t want = 0;
			if (until[0] == '+')
				want = NOW + strtoull(until + 1, NULL, 10) * 86400;
			else if (!streq(until, "-"))
				test_assert_idx(notice_parse_date(until, strlen(until), &want) == 0,
				                n);
			test_assert_idx(nm.until == want, n);
			test_assert_idx(nm.source && *nm.source, n);
		}
		n++;
	}
	test_assert(n == 7);
	test_end();
}

static void test_quoted_marked(void)
{
	const char *paths[] = {AG_SOURCE_RULES "/notices.list"};
	struct diag d = DIAG_INIT;
	_cleanup_(notice_rules_freep) struct notice_rules *nr = NULL;
	_cleanup_(message_freep) struct message *m = NULL;
	static const char raw[] = "From: a@amazon.com\nSubject: x\n\nWe were unable to deliver the "
	                          "message you sent for order 028-1234567-7654321 because the "
	                          "buyer has chosen to opt out of receiving unsolicited "
	                          "messages.\n";
	struct notice_match nm;

	test_begin("notice quoted wording, order without brackets");
	test_assert(notice_rules_load(paths, 1, &d, &nr) == 0);
	diag_clear(&d);
	(void) message_parse(raw, sizeof(raw) - 1, NULL, &m);
	test_assert(notice_match(nr, m, NOW, &nm));
	test_assert(nm.kind == NOTICE_OPTED_OUT && nm.quoted);
	test_assert_streq(nm.id, "optout.bounce-2017");
	test_assert_streq(nm.order, "028-1234567-7654321");
	test_end();
}

static void test_format(void)
{
	struct diag d = DIAG_INIT;
	int r;

	test_begin("notice file format: substring, marketplace, captures");
	_cleanup_(notice_rules_freep) struct notice_rules *nr =
	        load_text("# comment\n\nnotice a.b\n  kind restricted-proactive\n"
	                  "  subject-has RESTRICTED\n  body /for (?<days>\\d+) days/\n"
	                  "  marketplace Marketplace.Amazon.DE\n  source constructed here\n",
	                  &d, &r);
	test_assert(r == 0 && notice_rules_count(nr) == 1);
	_cleanup_(message_freep) struct message *m = NULL;
	static const char raw[] = "From: a@amazon.de\nSubject: You are restricted\n\nfor 5 days\n";
	(void) message_parse(raw, sizeof(raw) - 1, NULL, &m);
	struct notice_match nm;
	test_assert(notice_match(nr, m, NOW, &nm));
	test_assert(!nm.quoted && nm.until == NOW + 5 * 86400);
	test_assert_streq(nm.marketplace, "marketplace.amazon.de");
	diag_clear(&d);
	test_end();

	static const char *const bad[] = {
	        "notice\n  kind opted-out\n",                                   /* no id */
	        "  kind opted-out\n",                                           /* outside */
	        "notice x\n  kind nope\n  body-has a\n  source quoted y\n",     /* kind */
	        "notice x\n  kind opted-out\n  source quoted y\n",              /* no pattern */
	        "notice x\n  kind opted-out\n  body-has a\n",                   /* no source */
	        "notice x\n  kind opted-out\n  body-has a\n  source maybe y\n", /* source word */
	        "notice x\n  kind opted-out\n  body /(/\n  source quoted y\n",  /* pattern */
	        "notice x\n  kind opted-out\n  body /a/q\n  source quoted y\n", /* flag */
	        "notice x\n  kind opted-out\n  frobnicate a\n  body-has a\n  source quoted y\n",
	        ("notice x\n  kind opted-out\n  body-has a\n  source quoted y\nnotice x\n  kind "
	         "opted-out\n  body-has a\n  source quoted y\n"), /* twice */
	};
	test_begin("notice file format errors");
	for (size_t i = 0; i < ELEMENTSOF(bad); i++) {
		struct diag dd = DIAG_INIT;
		struct notice_rules *x = load_text(bad[i], &dd, &r);
		test_assert_idx(r == -EINVAL && !x && dd.n >= 1, i);
		test_assert_idx(dd.n == 0 || dd.v[0].line >= 1, i);
		notice_rules_free(x);
		diag_clear(&dd);
	}
	test_end();
}

static void test_dates(void)
{
	static const struct {
		const char *s;
		uint64_t want; /* 0: invalid */
	} rows[] = {
	        {"2026-12-24", 1798070400},
	        {"24.12.2026", 1798070400},
	        {"December 24, 2026", 1798070400},
	        {"24 December 2026", 1798070400},
	        {"Dec 24, 2026", 1798070400},
	        {"2026-13-01", 0},
	        {"yesterday", 0},
	        {"24 Smarch 2026", 0},
	};
	test_begin("notice dates");
	for (size_t i = 0; i < ELEMENTSOF(rows); i++) {
		uint64_t t = 0;
		int r = notice_parse_date(rows[i].s, strlen(rows[i].s), &t);
		test_assert_idx(rows[i].want ? r == 0 && t == rows[i].want : r < 0, i);
	}
	test_end();
}

int main(void)
{
	test_samples();
	test_quoted_marked();
	test_format();
	test_dates();
	return test_exit();
}
