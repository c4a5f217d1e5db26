#include "test.h"
#include "utf8.h"

static void test_decode(void)
{
	static const struct {
		const char *s;
		size_t len;
		uint32_t cp;
	} v[] = {
	        {"A", 1, 'A'},
	        {"\xc3\xa9", 2, 0xe9},
	        {"\xe2\x80\x91", 3, 0x2011},
	        {"\xf0\x9f\x98\x80", 4, 0x1f600},
	        {"\xf4\x8f\xbf\xbf", 4, 0x10ffff},
	        {"\xef\xbf\xbd", 3, 0xfffd},
	        {"\xc0\x80", 0, 0},         /* overlong NUL */
	        {"\xc1\x81", 0, 0},         /* overlong 'A' */
	        {"\xe0\x80\xaf", 0, 0},     /* overlong '/' */
	        {"\xf0\x80\x80\xaf", 0, 0}, /* overlong '/' */
	        {"\xed\xa0\x80", 0, 0},     /* surrogate U+D800 */
	        {"\xed\xbf\xbf", 0, 0},     /* surrogate U+DFFF */
	        {"\xf4\x90\x80\x80", 0, 0}, /* past U+10FFFF */
	        {"\xf8\x88\x80\x80\x80", 0, 0},
	        {"\x80", 0, 0},
	        {"\xc3", 0, 0},     /* truncated */
	        {"\xe2\x80", 0, 0}, /* truncated */
	        {"\xc3\x28", 0, 0}, /* bad continuation */
	};
	test_begin("utf8_decode: RFC 3629 well-formed sequences only");
	for (size_t i = 0; i < ELEMENTSOF(v); i++) {
		uint32_t cp = 0;
		size_t k = utf8_decode(v[i].s, strlen(v[i].s), &cp);
		test_assert_idx(k == v[i].len, i);
		test_assert_idx(k == 0 || cp == v[i].cp, i);
	}
	test_end();
}

static void test_valid(void)
{
	size_t bad = 99;
	test_begin("utf8_valid reports the first bad offset");
	test_assert(utf8_valid("plain", 5, &bad) && bad == 99);
	test_assert(utf8_valid("", 0, NULL));
	test_assert(!utf8_valid("ab\xc3\xa9\xff", 5, &bad) && bad == 4);
	test_assert(!utf8_valid("x\xed\xa0\x80", 4, &bad) && bad == 1);
	test_end();
}

int main(void)
{
	test_decode();
	test_valid();
	return test_exit();
}
