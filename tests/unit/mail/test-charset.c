#include "charset.h"
#include "test.h"

static char *conv(const char *label, const char *in, size_t len, bool *unknown)
{
	struct buf b = BUF_INIT(0);
	test_assert(charset_to_utf8(label, in, len, &b, unknown) == 0);
	return buf_steal(&b);
}

static void test_convert(void)
{
	bool unknown = false;
	char *s;

	test_begin("charset conversion and supersets");
	/* ① (0x8740) exists only in CP932: a Shift_JIS label must still decode it. */
	s = conv("Shift_JIS", "\x87\x40", 2, &unknown);
	test_assert_streq(s, "\xe2\x91\xa0");
	free(s);
	/* 0x8141 is a CP949 extension of EUC-KR. */
	s = conv("euc-kr", "\x81\x41", 2, &unknown);
	test_assert(charset_is_utf8(s, strlen(s)) && strcmp(s, "\xef\xbf\xbd") != 0);
	free(s);
	/* ISO-8859-1 label, Windows-1252 bytes: smart quotes. */
	s = conv("iso-8859-1", "\x93hi\x94", 4, &unknown);
	test_assert_streq(s, "\xe2\x80\x9chi\xe2\x80\x9d");
	free(s);
	s = conv("gb2312", "\xb8\xd0\xd0\xbb", 4, &unknown);
	test_assert_streq(s, "感谢");
	free(s);
	test_assert(!unknown);
	s = conv("x-nonsense", "abc\xe9", 4, &unknown);
	test_assert(unknown);
	test_assert_streq(s, "abc\xc3\xa9");
	free(s);
	unknown = false;
	s = conv(NULL, "caf\xe9", 4, &unknown); /* no label, not UTF-8: Windows-1252 */
	test_assert_streq(s, "caf\xc3\xa9");
	free(s);
	s = conv("utf-8", "ok\xff\xc3", 4, &unknown); /* invalid bytes -> U+FFFD each */
	test_assert_streq(s, "ok\xef\xbf\xbd\xef\xbf\xbd");
	free(s);
	s = conv("shift_jis", "\x82", 1, &unknown); /* truncated sequence */
	test_assert_streq(s, "\xef\xbf\xbd");
	free(s);
	test_end();
}

static void test_is_utf8(void)
{
	test_begin("charset_is_utf8");
	test_assert(charset_is_utf8("héllo 重要", strlen("héllo 重要")));
	test_assert(!charset_is_utf8("\xc0\xaf", 2));     /* overlong */
	test_assert(!charset_is_utf8("\xed\xa0\x80", 3)); /* surrogate */
	test_assert(!charset_is_utf8("\xe3\x81", 2));     /* truncated */
	test_end();
}

int main(void)
{
	test_convert();
	test_is_utf8();
	return test_exit();
}
