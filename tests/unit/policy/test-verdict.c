#include "verdict.h"
#include "test.h"

static void test_json(void)
{
	struct verdict *v = verdict_new("abcdef0123456789");
	struct buf out = BUF_INIT(0);

	test_begin("verdict json");
	verdict_add(v, "links.url", "links", ACTION_REJECT, "body", "part 1", 3, 9,
	            "a \"q\" \\ \x01 \xff é", "r", "h");
	test_assert(v->kind == VERDICT_REJECT);
	test_assert(verdict_format_json(v, "dir/a.eml", &out) == 0);
	test_assert_streq(
	        out.data,
	        "{\"file\":\"dir/a.eml\",\"verdict\":\"reject\",\"ruleset\":\"abcdef0123456789\","
	        "\"hits\":[{\"rule\":\"links.url\",\"category\":\"links\",\"action\":\"reject\","
	        "\"scope\":\"body\",\"excerpt\":\"a \\\"q\\\" \\\\ \\u0001 \xef\xbf\xbd é\","
	        "\"reason\":\"r\",\"hint\":\"h\"}]}\n");
	buf_reset(&out);
	verdict_add(v, "engine.mime-depth", NULL, ACTION_HOLD, NULL, NULL, 0, 0, NULL, "deep",
	            NULL);
	test_assert(v->kind == VERDICT_HOLD);
	test_assert(verdict_format_text(v, "a.eml", &out) == 0);
	test_assert_streq(out.data, "a.eml: hold links.url@body,engine.mime-depth@message\n");
	test_end();
	buf_free(&out);
	verdict_free(v);
}

static void test_kind_order(void)
{
	struct verdict *v = verdict_new(NULL);
	struct buf out = BUF_INIT(0);

	test_begin("verdict kind: warn passes, hold beats reject");
	verdict_add(v, "contact.phone-warranty", "contact", ACTION_WARN, "body", NULL, 0, 1, "x",
	            NULL, NULL);
	test_assert(v->kind == VERDICT_PASS);
	test_assert(verdict_format_text(v, "-", &out) == 0);
	test_assert_streq(out.data, "-: pass warn contact.phone-warranty@body\n");
	verdict_add(v, "h", "c", ACTION_HOLD, "body", NULL, 0, 1, NULL, NULL, NULL);
	verdict_add(v, "r", "c", ACTION_REJECT, "body", NULL, 0, 1, NULL, NULL, NULL);
	test_assert(v->kind == VERDICT_HOLD);
	test_end();
	buf_free(&out);
	verdict_free(v);
}

static void test_excerpt(void)
{
	char text[400];
	char *e;

	test_begin("verdict excerpt");
	e = verdict_excerpt("hello\r\n\tworld", 13, 7, 12, 120);
	test_assert_streq(e, "hello world");
	free(e);
	/* 200 three-byte characters: the excerpt is cut on character boundaries. */
	for (size_t i = 0; i < 200; i++)
		memcpy(text + 2 * i, "\xc3\xa9", 2);
	/* One 200-letter "word": no boundary in reach, so both cuts are marked with "…"
	 * and the marks count towards the 120 code points. */
	e = verdict_excerpt(text, 400, 201, 203, 120);
	test_assert(strlen(e) == 3 + 118 * 2 + 3);
	test_assert(strncmp(e, "\xe2\x80\xa6", 3) == 0);
	test_assert(strcmp(e + strlen(e) - 3, "\xe2\x80\xa6") == 0);
	free(e);
	e = verdict_excerpt("ab\xff"
	                    "cd",
	                    5, 0, 1, 120);
	test_assert_streq(e, "ab\xef\xbf\xbd"
	                     "cd");
	free(e);
	test_end();
}

static void test_excerpt_words(void)
{
	static const char t[] = "Dear customer, thank you for the order. If you love it, please "
	                        "leave us a 5-star review on the product page, it helps a lot "
	                        "and we read every single one of them carefully.";
	const char *m = strstr(t, "5-star review");
	char *e;

	test_begin("verdict excerpt starts and ends at word boundaries");
	e = verdict_excerpt(t, strlen(t), (size_t) (m - t), (size_t) (m - t) + 13, 40);
	/* 13 characters before the match would cut "please": the excerpt starts at the
	 * next word instead, and ends after a whole word. */
	test_assert_streq(e, "leave us a 5-star review on the product");
	free(e);
	/* The budget ends inside "product": back to the end of "the". */
	e = verdict_excerpt(t, strlen(t), (size_t) (m - t), (size_t) (m - t) + 13, 36);
	test_assert_streq(e, "leave us a 5-star review on the");
	free(e);
	/* The text fits: no marks, nothing cut. */
	e = verdict_excerpt("short text", 10, 0, 5, 120);
	test_assert_streq(e, "short text");
	free(e);
	/* A match at the very start of a long word is never cut into. */
	e = verdict_excerpt("abcdefghijklmnopqrstuvwxyz", 26, 0, 26, 10);
	test_assert(strncmp(e, "abcdefghi", 9) == 0);
	test_assert(strcmp(e + strlen(e) - 3, "\xe2\x80\xa6") == 0);
	free(e);
	/* CJK has no spaces: the cuts are marked. */
	e = verdict_excerpt("ご注文ありがとうございます。レビューを書いてください。よろしく", 93,
	                    42, 54, 9);
	test_assert(strncmp(e, "\xe2\x80\xa6", 3) == 0);
	test_assert(strstr(e, "レビュー") != NULL);
	free(e);
	test_end();
}

int main(void)
{
	test_json();
	test_kind_order();
	test_excerpt();
	test_excerpt_words();
	return test_exit();
}
