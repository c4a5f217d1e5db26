#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <time.h>

#include "clock.h"
#include "test.h"

static void test_imap_date(void)
{
	static const struct {
		const char *s;
		uint64_t want; /* 0: -EINVAL */
	} v[] = {
	        {"29-Nov-2026 21:31:32 +0000", 1795987892},
	        {"29-Nov-2026 22:31:32 +0100", 1795987892},
	        {"29-Nov-2026 16:31:32 -0500", 1795987892},
	        {" 1-Jan-2026 00:00:00 +0000", 1767225600}, /* space-padded day */
	        {"01-Jan-2026 00:00:00 +0000", 1767225600},
	        {"29-nov-2026 21:31:32 +0000", 1795987892}, /* ABNF strings: any case */
	        {"29-Foo-2026 21:31:32 +0000", 0},
	        {"32-Nov-2026 21:31:32 +0000", 0},
	        {"29-Nov-2026 24:31:32 +0000", 0},
	        {"29-Nov-2026 21:31:32", 0},
	        {"29-Nov-2026 21:31:32 +0000x", 0},
	        {"", 0},
	};
	test_begin("clock_parse_imap_date: RFC 3501 date-time with its zone");
	for (size_t i = 0; i < ELEMENTSOF(v); i++) {
		uint64_t got = 7;
		int r = clock_parse_imap_date(v[i].s, &got);
		if (v[i].want)
			test_assert_idx(r == 0 && got == v[i].want, i);
		else
			test_assert_idx(r == -EINVAL && got == 7, i);
	}
	test_end();
}

static void test_since(void)
{
	uint64_t t = 0;
	test_begin("clock_parse_since: a date or a number of days");
	test_assert(clock_parse_since("2026-11-29", &t) == 0 && t == 1795910400);
	test_assert(clock_parse_since("7d", &t) == 0 && t + 7 * 86400 >= (uint64_t) time(NULL) - 5);
	test_assert(clock_parse_since("-1", &t) == -EINVAL);
	test_assert(clock_parse_since("yesterday", &t) == -EINVAL);
	test_end();
}

int main(void)
{
	test_imap_date();
	test_since();
	return test_exit();
}
