/*
 * test - a tiny table-friendly test harness in the manner of Dovecot's test-common:
 * test_begin(name) ... test_assert(expr) / test_assert_idx(expr, i) ... test_end(),
 * and test_exit() as main's return value. Failures print file:line and the row index.
 */
#ifndef AG_TEST_H
#define AG_TEST_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <errno.h>
#include <stdbool.h>

#include "base.h"

static const char *test_name_;
static int test_failed_, test_total_fail_, test_count_;

/* Failures asserted outside a test_begin()/test_end() pair (setup code) are never
 * dropped: the next test_begin() or test_exit() counts them as a failed test. */
static inline void test_flush_(void)
{
	if (test_failed_) {
		printf("%-60s FAIL\n", test_name_ ? test_name_ : "(outside a test)");
		test_total_fail_++;
		test_failed_ = 0;
	}
}

static inline void test_begin(const char *name)
{
	test_flush_();
	test_name_ = name;
}

#define test_assert(expr)                                                                          \
	do {                                                                                       \
		if (!(expr)) {                                                                     \
			printf("%s:%d: %s: assertion failed: %s\n", __FILE__, __LINE__,            \
			       test_name_, #expr);                                                 \
			test_failed_++;                                                            \
		}                                                                                  \
	} while (0)

#define test_assert_idx(expr, idx)                                                                 \
	do {                                                                                       \
		if (!(expr)) {                                                                     \
			printf("%s:%d: %s[%zu]: assertion failed: %s\n", __FILE__, __LINE__,       \
			       test_name_, (size_t) (idx), #expr);                                 \
			test_failed_++;                                                            \
		}                                                                                  \
	} while (0)

#define test_assert_streq(a, b)                                                                    \
	do {                                                                                       \
		const char *a_ = (a), *b_ = (b);                                                   \
		if (!a_ || !b_ || strcmp(a_, b_) != 0) {                                           \
			printf("%s:%d: %s: \"%s\" != \"%s\"\n", __FILE__, __LINE__, test_name_,    \
			       a_ ? a_ : "(null)", b_ ? b_ : "(null)");                            \
			test_failed_++;                                                            \
		}                                                                                  \
	} while (0)

static inline void test_end(void)
{
	printf("%-60s %s\n", test_name_, test_failed_ ? "FAIL" : "ok");
	test_count_++;
	if (test_failed_)
		test_total_fail_++;
	test_failed_ = 0;
	test_name_ = "(after a test)";
}

static inline int test_exit(void)
{
	test_flush_();
	printf("%d tests, %d failed\n", test_count_, test_total_fail_);
	return test_total_fail_ ? 1 : 0;
}

#endif
