#include "smtp_reply.h"
#include "test.h"

/* feed_all - feeds "\n"-separated lines; returns the last feed's result. */
static int feed_all(struct smtp_reply *r, const char *lines)
{
	int ret = 0;

	smtp_reply_init(r);
	for (const char *p = lines;;) {
		const char *e = strchr(p, '\n');
		size_t n = e ? (size_t) (e - p) : strlen(p);
		ret = smtp_reply_feed(r, p, n);
		if (ret != 0 || !e)
			return ret;
		p = e + 1;
	}
}

static void test_reply_rows(void)
{
	static const struct {
		const char *lines;
		int ret, code;
		const char *text;
	} rows[] = {
	        {"250 ok", 1, 250, "250 ok"},
	        {"220", 1, 220, "220"},
	        {"250-mx.example\n250-PIPELINING\n250 8BITMIME", 1, 250,
	         "250-mx.example 250-PIPELINING 250 8BITMIME"},
	        {"550-5.1.1 no\n550 5.1.1 such user", 1, 550, "550-5.1.1 no 550 5.1.1 such user"},
	        {"250-x\n250-y", 0, 250, "250-x 250-y"},
	        /* RFC 5321 4.2.1: one code per reply; mixed codes are a protocol error,
	         * never judged by the last line. */
	        {"550-no\n250 ok", -EPROTO, 0, NULL},
	        {"250-ok\n550 no", -EPROTO, 0, NULL},
	        {"250-ok\n251 ok", -EPROTO, 0, NULL},
	        /* malformed lines */
	        {"", -EPROTO, 0, NULL},
	        {"25", -EPROTO, 0, NULL},
	        {"25x ok", -EPROTO, 0, NULL},
	        {"250:ok", -EPROTO, 0, NULL},
	        {"2500 ok", -EPROTO, 0, NULL},
	        {"150 ok", -EPROTO, 0, NULL},
	        {"650 ok", -EPROTO, 0, NULL},
	        {"260 ok", -EPROTO, 0, NULL},
	        {" 250 ok", -EPROTO, 0, NULL},
	        {"250-ok\nhello", -EPROTO, 0, NULL},
	        {"250-ok\n", -EPROTO, 0, NULL},
	        {"250 tab\there", 1, 250, "250 tab here"},
	};

	test_begin("smtp_reply_feed: single, multi-line, mixed codes, malformed");
	for (size_t i = 0; i < ELEMENTSOF(rows); i++) {
		struct smtp_reply r;
		int ret = feed_all(&r, rows[i].lines);
		test_assert_idx(ret == rows[i].ret, i);
		if (ret >= 0) {
			test_assert_idx(r.code == rows[i].code, i);
			test_assert_idx(r.done == (ret == 1), i);
			test_assert_idx(streq(r.text, rows[i].text), i);
		}
	}
	test_end();
}

static void test_reply_nul_and_after_done(void)
{
	struct smtp_reply r;

	test_begin("smtp_reply_feed: NUL in a line, a line after the last");
	smtp_reply_init(&r);
	test_assert(smtp_reply_feed(&r, "250 a\0b", 7) == -EPROTO);
	smtp_reply_init(&r);
	test_assert(smtp_reply_feed(&r, "250 ok", 6) == 1);
	test_assert(smtp_reply_feed(&r, "250 ok", 6) == -EALREADY);
	test_end();
}

static void test_reply_enhanced(void)
{
	static const struct {
		const char *lines;
		int cls, subject, detail;
	} rows[] = {
	        {"550 5.1.1 no such user", 5, 1, 1},
	        {"452 4.5.3 Too many recipients", 4, 5, 3},
	        {"250-2.0.0 ok\n250 2.1.5 other", 2, 0, 0},
	        {"250 2.123.456 x", 2, 123, 456},
	        {"250 2.1234.5 x", 0, 0, 0},
	        {"250 2.1. x", 0, 0, 0},
	        {"250 2.1.5x", 0, 0, 0},
	        {"250 2.1.5", 2, 1, 5},
	        {"550 4.1.1 class differs from the code", 0, 0, 0},
	        {"550 3.1.1 no such class", 0, 0, 0},
	        {"250 ok 2.1.5", 0, 0, 0},
	        {"250-first\n250 2.1.5 only later", 0, 0, 0},
	};

	test_begin("smtp_reply: enhanced status codes (RFC 3463)");
	for (size_t i = 0; i < ELEMENTSOF(rows); i++) {
		struct smtp_reply r;
		test_assert_idx(feed_all(&r, rows[i].lines) == 1, i);
		test_assert_idx(r.enh_class == rows[i].cls, i);
		test_assert_idx(r.enh_subject == rows[i].subject, i);
		test_assert_idx(r.enh_detail == rows[i].detail, i);
	}
	test_end();
}

static void test_reply_limits(void)
{
	struct smtp_reply r;
	char line[2048];
	size_t i;
	int ret = 0;

	test_begin("smtp_reply: bounded lines and size");
	smtp_reply_init(&r);
	for (i = 0; i < SMTP_REPLY_MAX_LINES - 1; i++)
		test_assert_idx(smtp_reply_feed(&r, "250-x", 5) == 0, i);
	test_assert(smtp_reply_feed(&r, "250-x", 5) == -E2BIG);

	smtp_reply_init(&r);
	test_assert(smtp_reply_feed(&r, "250-x", 5) == 0);
	for (i = 0; i < SMTP_REPLY_MAX_LINES - 2; i++)
		(void) smtp_reply_feed(&r, "250-x", 5);
	test_assert(smtp_reply_feed(&r, "250 last", 8) == 1);
	test_assert(r.lines == SMTP_REPLY_MAX_LINES);

	memset(line, 'a', sizeof(line));
	memcpy(line, "250-", 4);
	smtp_reply_init(&r);
	for (i = 0; i < SMTP_REPLY_MAX_LINES && ret == 0; i++)
		ret = smtp_reply_feed(&r, line, sizeof(line));
	test_assert(ret == -E2BIG);
	test_assert(i * (sizeof(line) + 2) > SMTP_REPLY_MAX_SIZE);
	test_assert(i * (sizeof(line) + 2) <= SMTP_REPLY_MAX_SIZE + sizeof(line) + 2);
	test_assert(strlen(r.text) < sizeof(r.text));
	test_end();
}

static void test_reply_parse(void)
{
	static const char in[] = "250-a\r\n250 b\r\n354 next";
	struct smtp_reply r;
	size_t used = 99;

	test_begin("smtp_reply_parse: whole replies from a buffer");
	test_assert(smtp_reply_parse(in, strlen(in), &r, &used) == 1);
	test_assert(used == 14 && r.code == 250 && r.lines == 2 && r.size == 14);
	test_assert(smtp_reply_parse(in + used, strlen(in) - used, &r, &used) == 0);
	test_assert(smtp_reply_parse("250-a\n250 b\n", 12, &r, &used) == 1 && used == 12);
	test_assert(smtp_reply_parse("250-a\r\n550 b\r\n", 14, &r, &used) == -EPROTO);
	test_end();
}

static void test_reply_too_many(void)
{
	static const struct {
		const char *line;
		bool want;
	} rows[] = {
	        {"452 4.5.3 Too many recipients", true},
	        {"452 too many", true},
	        {"552 5.5.3 Too many recipients", true},
	        {"552 5.2.2 mailbox full", false},
	        {"450 4.2.1 busy", false},
	        {"550 5.5.3 x", false},
	};

	test_begin("smtp_reply_too_many_rcpts (RFC 5321 4.5.3.1.10)");
	for (size_t i = 0; i < ELEMENTSOF(rows); i++) {
		struct smtp_reply r;
		test_assert_idx(feed_all(&r, rows[i].line) == 1, i);
		test_assert_idx(smtp_reply_too_many_rcpts(&r) == rows[i].want, i);
	}
	test_end();
}

int main(void)
{
	test_reply_rows();
	test_reply_nul_and_after_done();
	test_reply_enhanced();
	test_reply_limits();
	test_reply_parse();
	test_reply_too_many();
	return test_exit();
}
