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
	e = verdict_excerpt(text, 400, 201, 203, 120);
	test_assert(strlen(e) == 240);
	test_assert(((unsigned char) e[0] & 0xc0) != 0x80);
	free(e);
	e = verdict_excerpt("ab\xff"
	                    "cd",
	                    5, 0, 1, 120);
	test_assert_streq(e, "ab\xef\xbf\xbd"
	                     "cd");
	free(e);
	test_end();
}

int main(void)
{
	test_json();
	test_kind_order();
	test_excerpt();
	return test_exit();
}
