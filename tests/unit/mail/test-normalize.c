#include "normalize.h"
#include "test.h"

#include <stdint.h>

struct row {
	const char *in, *want;
};

/* char_starts - which offsets of s start a character (an invalid byte counting as a
 * character of its own, as normalize_text treats it). */
static bool *char_starts(const char *s, size_t len)
{
	const unsigned char *p = (const unsigned char *) s;
	bool *start = xcalloc(len + 1, sizeof(*start));
	size_t i = 0;

	while (i < len) {
		unsigned c = p[i];
		size_t n = c < 0x80                 ? 1
		           : c >= 0xc2 && c <= 0xdf ? 2
		           : c >= 0xe0 && c <= 0xef ? 3
		           : c >= 0xf0 && c <= 0xf4 ? 4
		                                    : 1;
		size_t k;

		for (k = 1; k < n && i + k < len && (p[i + k] & 0xc0) == 0x80; k++)
			;
		start[i] = true;
		i += k == n ? n : 1;
	}
	return start;
}

/* check_map - the map's contract, for any input: every view byte maps to the start of a
 * character of in, the map never decreases, the bytes of one view character share one
 * offset, and map[len] is the input length. */
static void check_map(const char *in, size_t in_len, const char *norm, size_t len,
                      const uint32_t *map, size_t idx)
{
	bool *start = char_starts(in, in_len), *view_start = char_starts(norm, len);

	for (size_t i = 0; i < len; i++) {
		test_assert_idx(map[i] < in_len && start[map[i]], idx);
		test_assert_idx(map[i] <= map[i + 1], idx);
		if (!view_start[i])
			test_assert_idx(i > 0 && map[i] == map[i - 1], idx);
	}
	test_assert_idx(map[len] == in_len, idx);
	free(start);
	free(view_start);
}

static void run_rows(const char *name, const struct row *rows, size_t n)
{
	test_begin(name);
	for (size_t i = 0; i < n; i++) {
		size_t in_len = strlen(rows[i].in), len;
		char *norm;
		uint32_t *map;

		test_assert_idx(normalize_text(rows[i].in, in_len, &norm, &len, &map) == 0, i);
		test_assert_idx(len == strlen(rows[i].want) && strcmp(norm, rows[i].want) == 0, i);
		if (strcmp(norm, rows[i].want) != 0)
			printf("     [%zu] got \"%s\", want \"%s\"\n", i, norm, rows[i].want);
		check_map(rows[i].in, in_len, norm, len, map, i);
		free(norm);
		free(map);
	}
	test_end();
}

static void test_folding(void)
{
	static const struct row rows[] = {
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
	        {"a\x80\xe2\x80"
	         "b",
	         "a\x80\xe2\x80"
	         "b"}, /* stray continuation, truncated sequence: copied byte by byte */
	        {"", ""},
	};
	run_rows("normalize folding", rows, ELEMENTSOF(rows));
}

/* NFKC, not a table: full-width, circled, ligatures, compatibility forms, composition. */
static void test_nfkc(void)
{
	static const struct row rows[] = {
	        /* ｃｏｕｐｏｎ */
	        {"\xef\xbd\x83\xef\xbd\x8f\xef\xbd\x95\xef\xbd\x90\xef\xbd\x8f\xef\xbd\x8e",
	         "coupon"},
	        {"\xe2\x91\xa0", "1"},                      /* ① */
	        {"\xef\xac\x81nd", "find"},                 /* ﬁ ligature */
	        {"\xf0\x9d\x90\x9c\xf0\x9d\x90\xa8", "co"}, /* mathematical bold co */
	        {"\xe2\x84\xa1", "TEL"},                    /* ℡ */
	        {"\xef\xbd\xb1", "\xe3\x82\xa2"},           /* half-width ｱ -> ア */
	        {"cafe\xcc\x81", "caf\xc3\xa9"},            /* e + combining acute */
	        {"caf\xc3\xa9", "caf\xc3\xa9"},             /* precomposed stays */
	        {"e\xe2\x80\x8b\xcc\x81", "\xc3\xa9"},      /* composes across ZWSP */
	        {"\xe3\x8d\xbf", "\xe6\xa0\xaa\xe5\xbc\x8f\xe4\xbc\x9a\xe7\xa4\xbe"}, /* ㍿ */
	};
	run_rows("normalize NFKC", rows, ELEMENTSOF(rows));
}

/* Default_Ignorable_Code_Point, also those no hand-written list had. */
static void test_ignorables(void)
{
	static const struct row rows[] = {
	        {"re\xe2\x80\x8bview", "review"},     /* U+200B zero-width space */
	        {"re\xe2\x80\x8cview", "review"},     /* U+200C ZWNJ */
	        {"re\xe2\x80\x8dview", "review"},     /* U+200D ZWJ */
	        {"re\xc2\xadview", "review"},         /* U+00AD soft hyphen */
	        {"re\xe2\x81\xa0view", "review"},     /* U+2060 word joiner */
	        {"re\xef\xbb\xbfview", "review"},     /* U+FEFF BOM */
	        {"re\xe2\x80\xaeview", "review"},     /* U+202E RLO */
	        {"re\xe1\xa0\x8bview", "review"},     /* U+180B Mongolian FVS1 */
	        {"re\xf3\xa0\x84\x80view", "review"}, /* U+E0100 variation selector 17 */
	        {"re\xf3\xa0\x87\xafview", "review"}, /* U+E01EF variation selector 256 */
	        {"re\xf0\x9d\x85\xb3view", "review"}, /* U+1D173 musical begin beam */
	        {"\xe2\x80\x8b\xe2\x80\x8b", ""},     /* nothing but ignorables */
	};
	run_rows("normalize default ignorables", rows, ELEMENTSOF(rows));
}

/* Look-alike letters, only in words that mix scripts. */
static void test_confusables(void)
{
	static const struct row rows[] = {
	        /* stаr rеview with Cyrillic а, е */
	        {"st\xd0\xb0r r\xd0\xb5view", "star review"},
	        /* "Аmazоn" with a Cyrillic capital А and small о */
	        {"\xd0\x90maz\xd0\xben", "Amazon"},
	        /* Greek α in Latin "Amαzon" */
	        {"Am\xce\xb1zon", "Amazon"},
	        /* full-width Latin with a Cyrillic о: NFKC first, then the word mixes */
	        {"c\xd0\xbe\xef\xbd\x95pon", "coupon"},
	        /* Привет, маркетинг: pure Cyrillic stays */
	        {"\xd0\x9f\xd1\x80\xd0\xb8\xd0\xb2\xd0\xb5\xd1\x82",
	         "\xd0\x9f\xd1\x80\xd0\xb8\xd0\xb2\xd0\xb5\xd1\x82"},
	        {"\xd0\xbc\xd0\xb0\xd1\x80\xd0\xba\xd0\xb5\xd1\x82\xd0\xb8\xd0\xbd\xd0\xb3",
	         "\xd0\xbc\xd0\xb0\xd1\x80\xd0\xba\xd0\xb5\xd1\x82\xd0\xb8\xd0\xbd\xd0\xb3"},
	        /* a Russian word next to an English one: separate words, both stay */
	        {"\xd0\x9f\xd1\x80\xd0\xb8\xd0\xb2\xd0\xb5\xd1\x82 marketing",
	         "\xd0\x9f\xd1\x80\xd0\xb8\xd0\xb2\xd0\xb5\xd1\x82 marketing"},
	        {"marketing", "marketing"}, /* skeleton: "rnarketing" */
	        {"0800", "0800"},           /* skeleton: "O8OO" */
	        {"Inc. l1 I", "Inc. l1 I"}, /* skeleton: "lnc. ll l" */
	        /* レビューをお願いします: Han + Hiragana + Katakana is one writing system */
	        {"\xe3\x83\xac\xe3\x83\x93\xe3\x83\xa5\xe3\x83\xbc\xe3\x82\x92\xe3\x81\x8a\xe9\xa1"
	         "\x98\xe3\x81\x84\xe3\x81\x97\xe3\x81\xbe\xe3\x81\x99",
	         "\xe3\x83\xac\xe3\x83\x93\xe3\x83\xa5\xe3\x83\xbc\xe3\x82\x92\xe3\x81\x8a\xe9\xa1"
	         "\x98\xe3\x81\x84\xe3\x81\x97\xe3\x81\xbe\xe3\x81\x99"},
	        /* مراجعة */
	        {"\xd9\x85\xd8\xb1\xd8\xa7\xd8\xac\xd8\xb9\xd8\xa9",
	         "\xd9\x85\xd8\xb1\xd8\xa7\xd8\xac\xd8\xb9\xd8\xa9"},
	        /* 리뷰 부탁드립니다 (Hangul), 韓國語 (Han) */
	        {"\xeb\xa6\xac\xeb\xb7\xb0 \xeb\xb6\x80\xed\x83\x81\xeb\x93\x9c\xeb\xa6\xbd\xeb\x8b"
	         "\x88\xeb\x8b\xa4",
	         "\xeb\xa6\xac\xeb\xb7\xb0 \xeb\xb6\x80\xed\x83\x81\xeb\x93\x9c\xeb\xa6\xbd\xeb\x8b"
	         "\x88\xeb\x8b\xa4"},
	        /* 请给我们好评 (Chinese) */
	        {"\xe8\xaf\xb7\xe7\xbb\x99\xe6\x88\x91\xe4\xbb\xac\xe5\xa5\xbd\xe8\xaf\x84",
	         "\xe8\xaf\xb7\xe7\xbb\x99\xe6\x88\x91\xe4\xbb\xac\xe5\xa5\xbd\xe8\xaf\x84"},
	        /* 〇をつけて, 〇표: Han 〇 (skeleton "O") with Hiragana, with Hangul */
	        {"\xe3\x80\x87\xe3\x82\x92\xe3\x81\xa4\xe3\x81\x91\xe3\x81\xa6",
	         "\xe3\x80\x87\xe3\x82\x92\xe3\x81\xa4\xe3\x81\x91\xe3\x81\xa6"},
	        {"\xe3\x80\x87\xed\x91\x9c", "\xe3\x80\x87\xed\x91\x9c"},
	        /* Amazonレビュー: mixed, but no Katakana letter looks Latin */
	        {"Amazon\xe3\x83\xac\xe3\x83\x93\xe3\x83\xa5\xe3\x83\xbc",
	         "Amazon\xe3\x83\xac\xe3\x83\x93\xe3\x83\xa5\xe3\x83\xbc"},
	        /* Ελληνικά (Greek) stays */
	        {"\xce\x95\xce\xbb\xce\xbb\xce\xb7\xce\xbd\xce\xb9\xce\xba\xce\xac",
	         "\xce\x95\xce\xbb\xce\xbb\xce\xb7\xce\xbd\xce\xb9\xce\xba\xce\xac"},
	};
	run_rows("normalize confusables in mixed-script words", rows, ELEMENTSOF(rows));
}

/* What NFKC leaves: dashes, minus, digits of other scripts, tatweel, other spaces. */
static void test_extra_folds(void)
{
	static const struct row rows[] = {
	        /* +1‑555‑123‑4567 with U+2011 non-breaking hyphens */
	        {"+1\xe2\x80\x91"
	         "555\xe2\x80\x91"
	         "123\xe2\x80\x91"
	         "4567",
	         "+1-555-123-4567"},
	        {"a\xe2\x80\x90"
	         "b\xe2\x80\x92"
	         "c\xe2\x80\x93"
	         "d\xe2\x80\x94"
	         "e\xe2\x80\x95"
	         "f",
	         "a-b-c-d-e-f"}, /* U+2010, U+2012..U+2015 */
	        {"\xe2\x88\x92"
	         "5",
	         "-5"},                /* U+2212 minus */
	        {"\xef\xb9\x98", "-"}, /* U+FE58 small em dash, via NFKC */
	        /* ٠١٢٣٤٥٦٧٨٩ Arabic-Indic */
	        {"\xd9\xa0\xd9\xa1\xd9\xa2\xd9\xa3\xd9\xa4\xd9\xa5\xd9\xa6\xd9\xa7\xd9\xa8\xd9\xa9",
	         "0123456789"},
	        /* ۰۱۲۳۴۵۶۷۸۹ extended Arabic-Indic */
	        {"\xdb\xb0\xdb\xb1\xdb\xb2\xdb\xb3\xdb\xb4\xdb\xb5\xdb\xb6\xdb\xb7\xdb\xb8\xdb\xb9",
	         "0123456789"},
	        {"\xe0\xa5\xa6\xe0\xa5\xaf", "09"}, /* Devanagari ०९ */
	        {"\xe0\xb9\x95", "5"},              /* Thai ๕ */
	        {"\xef\xbc\x97", "7"},              /* full-width ７, via NFKC */
	        /* مـــراجعة with tatweels -> مراجعة */
	        {"\xd9\x85\xd9\x80\xd9\x80\xd9\x80\xd8\xb1\xd8\xa7\xd8\xac\xd8\xb9\xd8\xa9",
	         "\xd9\x85\xd8\xb1\xd8\xa7\xd8\xac\xd8\xb9\xd8\xa9"},
	        {"a\xc2\xa0"
	         "b",
	         "a b"}, /* U+00A0 no-break space */
	        {"a\xe2\x80\xaf"
	         "b",
	         "a b"}, /* U+202F narrow no-break space */
	        {"a\xe1\x9a\x80"
	         "b",
	         "a b"},                 /* U+1680 Ogham space mark */
	        {"\xe2\x85\xab", "XII"}, /* Roman numeral Ⅻ: a letter, not a digit */
	};
	run_rows("normalize dashes, digits, tatweel, spaces", rows, ELEMENTSOF(rows));
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

	/* "cafe\u0301!": the segment "e\u0301" at 3 makes both bytes of é; ! at 6 */
	in = "cafe\xcc\x81!";
	test_assert(normalize_text(in, strlen(in), &norm, &len, &map) == 0);
	test_assert_streq(norm, "caf\xc3\xa9!");
	test_assert(len == 6 && map[3] == 3 && map[4] == 3 && map[5] == 6 && map[6] == 7);
	free(norm);
	free(map);

	/* "①x": one segment becomes "1" */
	in = "\xe2\x91\xa0x";
	test_assert(normalize_text(in, strlen(in), &norm, &len, &map) == 0);
	test_assert_streq(norm, "1x");
	test_assert(len == 2 && map[0] == 0 && map[1] == 3 && map[2] == 4);
	free(norm);
	free(map);

	/* "㍿!": one segment of four Han characters, all at 0 */
	in = "\xe3\x8d\xbf!";
	test_assert(normalize_text(in, strlen(in), &norm, &len, &map) == 0);
	test_assert(len == 13);
	for (size_t i = 0; i < 12 && len == 13; i++)
		test_assert(map[i] == 0);
	test_assert(map[12] == 3 && map[13] == 4);
	free(norm);
	free(map);

	/* "stаr": s t at 0, 1; the Cyrillic а (2 bytes at 2) becomes 'a' at 2; r at 4 */
	in = "st\xd0\xb0r";
	test_assert(normalize_text(in, strlen(in), &norm, &len, &map) == 0);
	test_assert_streq(norm, "star");
	test_assert(len == 4 && map[0] == 0 && map[1] == 1 && map[2] == 2 && map[3] == 4 &&
	            map[4] == 5);
	free(norm);
	free(map);

	/* "1‑2": the hyphen (3 bytes at 1) becomes '-' at 1 */
	in = "1\xe2\x80\x91"
	     "2";
	test_assert(normalize_text(in, strlen(in), &norm, &len, &map) == 0);
	test_assert_streq(norm, "1-2");
	test_assert(len == 3 && map[1] == 1 && map[2] == 4 && map[3] == 5);
	free(norm);
	free(map);
	test_end();
}

static void test_limits(void)
{
	char *norm = NULL, *in;
	size_t len, n;
	uint32_t *map = NULL;

	test_begin("normalize limits");
	/* Over UINT32_MAX bytes cannot be mapped; orig is not read. */
	test_assert(normalize_text("", (size_t) UINT32_MAX, &norm, &len, &map) == -E2BIG);
	test_assert(norm == NULL && map == NULL);

	/* One U+FDFA (3 bytes, 33 after NFKC) is fine ... */
	test_assert(normalize_text("\xef\xb7\xba", 3, &norm, &len, &map) == 0);
	test_assert(len == 33 && map[len] == 3);
	free(norm);
	free(map);
	norm = NULL;
	map = NULL;

	/* ... a thousand of them would make the view eleven times the input. */
	n = 1000;
	in = xmalloc(3 * n);
	for (size_t i = 0; i < n; i++)
		memcpy(in + 3 * i, "\xef\xb7\xba", 3);
	test_assert(normalize_text(in, 3 * n, &norm, &len, &map) == -E2BIG);
	test_assert(norm == NULL && map == NULL);
	free(in);

	/* A run of combining marks of mixed classes is cut into segments (linear time); the
	 * view still holds every mark and the map stays monotonic. */
	n = 100000;
	in = xmalloc(1 + 2 * n);
	in[0] = 'a';
	for (size_t i = 0; i < n; i++)
		memcpy(in + 1 + 2 * i, i % 2 ? "\xcc\x81" : "\xcc\xa3", 2); /* U+0301, U+0323 */
	test_assert(normalize_text(in, 1 + 2 * n, &norm, &len, &map) == 0);
	test_assert(len >= 2 * n - 1 && len <= 2 * n + 1);
	check_map(in, 1 + 2 * n, norm, len, map, 0);
	free(norm);
	free(map);
	free(in);
	test_end();
}

/* A megabyte of mixed text, and a megabyte-long mixed-script word: run, not timed. */
static void test_large(void)
{
	static const char *const pieces[] = {
	        "Please leave a st\xd0\xb0r r\xd0\xb5view! ",
	        "\xef\xbd\x83\xef\xbd\x8f\xef\xbd\x95\xef\xbd\x90\xef\xbd\x8f\xef\xbd\x8e ",
	        "\xd0\x9f\xd1\x80\xd0\xb8\xd0\xb2\xd0\xb5\xd1\x82 ",
	        "\xe3\x83\xac\xe3\x83\x93\xe3\x83\xa5\xe3\x83\xbc ",
	        "\xd9\xa0\xd9\xa1\xe2\x80\x91\xd9\x85\xd9\x80\xd8\xb1 ",
	        "re\xe2\x80\x8bview cafe\xcc\x81\n",
	};
	size_t size = 1024 * 1024, n = 0, len;
	char *in = xmalloc(size), *norm;
	uint32_t *map;

	test_begin("normalize 1 MB");
	for (size_t k = 0;; k++) {
		const char *piece = pieces[k % ELEMENTSOF(pieces)];

		if (n + strlen(piece) > size)
			break;
		memcpy(in + n, piece, strlen(piece));
		n += strlen(piece);
	}
	test_assert(normalize_text(in, n, &norm, &len, &map) == 0);
	test_assert(len > n / 2 && map[len] == n);
	check_map(in, n, norm, len, map, 0);
	test_assert(strstr(norm, "leave a star review!") != NULL);
	free(norm);
	free(map);

	/* one word: Latin and Cyrillic letters alternating */
	for (n = 0; n + 3 <= size; n += 3)
		memcpy(in + n, "a\xd0\xb0", 3);
	test_assert(normalize_text(in, n, &norm, &len, &map) == 0);
	test_assert(len == 2 * (n / 3) && map[len] == n);
	test_assert(len >= 4 && memcmp(norm, "aaaa", 4) == 0);
	free(norm);
	free(map);
	free(in);
	test_end();
}

int main(void)
{
	test_folding();
	test_nfkc();
	test_ignorables();
	test_confusables();
	test_extra_folds();
	test_map();
	test_limits();
	test_large();
	return test_exit();
}
