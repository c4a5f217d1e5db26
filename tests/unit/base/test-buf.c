#include "buf.h"
#include "diag.h"
#include "test.h"

static void test_buf(void)
{
	struct buf b = BUF_INIT(8);
	char *s;

	test_begin("buf: appends, hard maximum, UTF-8, steal");
	test_assert(buf_puts(&b, "abc") == 0 && b.len == 3 && streq(b.data, "abc"));
	test_assert(buf_printf(&b, "%d", 1234) == 0 && streq(b.data, "abc1234"));
	test_assert(buf_puts(&b, "xy") == -E2BIG); /* 9 > 8: refused, unchanged */
	test_assert(b.len == 7 && streq(b.data, "abc1234"));
	test_assert(buf_putc(&b, '!') == 0 && b.len == 8);
	test_assert(buf_putc(&b, '!') == -E2BIG);
	buf_reset(&b);
	test_assert(b.len == 0 && streq(b.data, ""));
	b.max = 0;
	test_assert(buf_put_utf8(&b, 0xe9) == 0 && buf_put_utf8(&b, 0x1f600) == 0);
	test_assert(buf_put_utf8(&b, 0xd800) == 0); /* surrogate -> U+FFFD */
	test_assert(streq(b.data, "\xc3\xa9\xf0\x9f\x98\x80\xef\xbf\xbd"));
	s = buf_steal(&b);
	test_assert(b.data == NULL && b.len == 0);
	free(s);
	s = buf_steal(&b);
	test_assert(s && streq(s, ""));
	free(s);
	test_end();
}

static void test_diag(void)
{
	struct diag d = DIAG_INIT;
	char *s;

	test_begin("diag: file:line formats, all kept");
	for (int i = 0; i < 20; i++)
		diag_add(&d, "r.rules", (unsigned) i + 1, "problem %d", i);
	diag_add(&d, "r.rules", 0, "whole file");
	diag_add(&d, NULL, 0, "no file");
	test_assert(d.n == 22);
	s = diag_format(&d, 4);
	test_assert_streq(s, "r.rules:5: problem 4");
	free(s);
	s = diag_format(&d, 20);
	test_assert_streq(s, "r.rules: whole file");
	free(s);
	s = diag_format(&d, 21);
	test_assert_streq(s, "no file");
	free(s);
	diag_clear(&d);
	test_assert(d.n == 0 && d.v == NULL);
	test_end();
}

int main(void)
{
	test_buf();
	test_diag();
	return test_exit();
}
