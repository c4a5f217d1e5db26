#include "normalize.h"
#include "test.h"

static void test_folding(void)
{
	static const struct {
		const char *in, *want;
	} rows[] = {
	        {"coupon", "coupon"},
	        {"\xef\xbd\x83oupon", "coupon"},                              /* full-width c */
	        {"cou\xe2\x80\x8bpon", "coupon"},                             /* zero-width space */
	        {"cou\xc2\xadpon", "coupon"},                                 /* soft hyphen */
	        {"w\xe2\x81\xa0w\xef\xbb\xbfw", "www"},                       /* word joiner, BOM */
	        {"\xef\xbd\x97\xef\xbd\x97\xef\xbd\x97\xef\xbc\x8e", "www."}, /* ｗｗｗ． */
	        {"a\xe3\x80\x80"
	         "b",
	         "a b"},                                                  /* ideographic space */
	        {"\xe9\x87\x8d\xe8\xa6\x81", "\xe9\x87\x8d\xe8\xa6\x81"}, /* 重要 kept */
	        {"\xe2\x98\x86\xe2\x80\xbb", "\xe2\x98\x86\xe2\x80\xbb"}, /* ☆※ kept */
	        {"\xff"
	         "a",
	         "\xff"
	         "a"}, /* invalid byte copied */
	        {"", ""},
	};
	test_begin("normalize folding");
	for (size_t i = 0; i < ELEMENTSOF(rows); i++) {
		char *norm;
		size_t len;
		uint32_t *map;
		test_assert_idx(
		        normalize_text(rows[i].in, strlen(rows[i].in), &norm, &len, &map) == 0, i);
		test_assert_idx(len == strlen(rows[i].want) && strcmp(norm, rows[i].want) == 0, i);
		test_assert_idx(map[len] == strlen(rows[i].in), i);
		free(norm);
		free(map);
	}
	test_end();
}

static void test_map(void)
{
	/* "ｃo\u200bu": c(3 bytes) o(1) ZWSP(3) u(1) -> "cou" */
	const char *in = "\xef\xbd\x83o\xe2\x80\x8bu";
	char *norm;
	size_t len;
	uint32_t *map;

	test_begin("normalize offset map");
	test_assert(normalize_text(in, strlen(in), &norm, &len, &map) == 0);
	test_assert_streq(norm, "cou");
	test_assert(map[0] == 0);
	test_assert(map[1] == 3);
	test_assert(map[2] == 7);
	test_assert(map[3] == 8);
	free(norm);
	free(map);
	test_end();
}

int main(void)
{
	test_folding();
	test_map();
	return test_exit();
}
