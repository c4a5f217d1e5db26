#include "prescan.h"
#include "test.h"

static const char *scan(const char *raw, const struct limits *lim, struct prescan_result *res)
{
	prescan_run(raw, strlen(raw), lim, res);
	return res->rule;
}

static void test_limits_at_and_over(void)
{
	struct limits lim = LIMITS_DEFAULT;
	struct prescan_result res;
	char buf[4096];
	size_t n = 0;

	test_begin("prescan: each limit at and over its value");
	lim.mime_depth = 3;
	lim.mime_parts = 4;
	lim.header_field = 40;
	lim.header_block = 200;
	lim.raw_size = 4000;
	/* 3 composites: at the limit, allowed; a 4th is over. */
	n = (size_t) snprintf(buf, sizeof(buf),
	                      "Content-Type: multipart/mixed\n\nContent-Type: message/rfc822\n\n"
	                      "Content-Type:\n multipart/alternative\n\n");
	test_assert(scan(buf, &lim, &res) == NULL && res.composites == 3);
	snprintf(buf + n, sizeof(buf) - n, "Content-Type: message/rfc822\n");
	test_assert(scan(buf, &lim, &res) && streq(res.rule, "engine.mime-depth"));
	test_assert(scan("A: b\n\nContent-Type: text/plain\nContent-Type: text/plain\n"
	                 "Content-Type: text/plain\nContent-Type: text/plain\n",
	                 &lim, &res) == NULL);
	test_assert(scan("A: b\n\nContent-Type: text/plain\nContent-Type: text/plain\n"
	                 "Content-Type: text/plain\nContent-Type: text/plain\nContent-Type: x/y\n",
	                 &lim, &res) &&
	            streq(res.rule, "engine.mime-parts"));
	/* a folded field counts unfolded */
	test_assert(scan("Subject: 0123456789\n 0123456789\n 0123456789\n\nx\n", &lim, &res) &&
	            streq(res.rule, "engine.header-length"));
	test_assert(scan("Subject: 0123456789\n 01234567\n\nx\n", &lim, &res) == NULL);
	memset(buf, 'a', 4001);
	buf[4001] = '\0';
	test_assert(scan(buf, &lim, &res) && streq(res.rule, "engine.size"));
	test_end();
}

static void test_line_endings(void)
{
	struct limits lim = LIMITS_DEFAULT;
	struct prescan_result res;

	test_begin("prescan: line endings");
	test_assert(scan("A: b\n\nbody\n", &lim, &res) == NULL && res.bare_lf && !res.crlf);
	test_assert(scan("A: b\r\n\r\nbody\r\n", &lim, &res) == NULL && res.crlf && !res.bare_lf);
	test_assert(scan("A: b\r\n\r\nbo\ndy\r\n", &lim, &res) &&
	            streq(res.rule, "engine.line-endings"));
	test_assert(scan("A: b\r\n\r\nbo\rdy\r\n", &lim, &res) &&
	            streq(res.rule, "engine.line-endings"));
	test_end();
}

int main(void)
{
	test_limits_at_and_over();
	test_line_endings();
	return test_exit();
}
