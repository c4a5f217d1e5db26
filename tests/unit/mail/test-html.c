#include "html.h"
#include "test.h"

struct links {
	char url[8][128];
	enum link_kind kind[8];
	size_t n;
};

static void on_link(void *ctx, const char *url, size_t len, enum link_kind kind)
{
	struct links *l = ctx;
	if (l->n < 8) {
		snprintf(l->url[l->n], sizeof(l->url[0]), "%.*s", (int) len, url);
		l->kind[l->n++] = kind;
	}
}

static char *reduce(const char *html, struct links *l)
{
	struct buf out = BUF_INIT(0);
	test_assert(html_reduce(html, strlen(html), 1000, &out, on_link, l) == 0);
	return buf_steal(&out);
}

static void test_text(void)
{
	static const struct {
		const char *html, *want;
	} rows[] = {
	        {"<p>Hello<br>world</p>", "Hello\nworld\n"},
	        {"a&amp;b &lt;c&gt; &#x41;&#66; &copy; &nbsp;x", "a&b <c> AB \xc2\xa9 \xc2\xa0x"},
	        {"<span style=\"display:none\">hidden</span> shown", "hidden shown"},
	        {"<script>var x='<p>no</p>';</script>yes", "yes"},
	        {"<!-- comment <b>x</b> -->after", "after"},
	        {"a < b and <3", "a < b and <3"},
	        {"<div>one</div><div>two</div>", "one\ntwo\n"},
	        {"<img src=\"x.png\" alt=\"Coupon inside\">", "Coupon inside "},
	        {"&bogus; &#xZZ; &#99999999;", "&bogus; &#xZZ; \xef\xbf\xbd"},
	        {"<p unterminated attr=\"x", ""},
	        {"w<span></span>w<b>w</b>.shop.com", "www.shop.com"},
	};
	test_begin("html visible text");
	for (size_t i = 0; i < ELEMENTSOF(rows); i++) {
		struct links l = {.n = 0};
		char *t = reduce(rows[i].html, &l);
		test_assert_idx(streq(t, rows[i].want), i);
		if (!streq(t, rows[i].want))
			printf("  row %zu: \"%s\"\n", i, t);
		free(t);
	}
	test_end();
}

static void test_links(void)
{
	struct links l = {.n = 0};
	char *t = reduce("<a href='https://a.example/?x=1&amp;y=2'>A</a>"
	                 "<img src=http://b.example/p.gif>"
	                 "<div style=\"background:url('https://c.example/bg.png')\"></div>"
	                 "<style>.x{background:url(d.example/s.gif)}</style>"
	                 "<img srcset=\"e1.png 1x, e2.png 2x\">",
	                 &l);
	test_begin("html links and images");
	test_assert(l.n == 6);
	test_assert(streq(l.url[0], "https://a.example/?x=1&y=2") && l.kind[0] == LINK_ANCHOR);
	test_assert(streq(l.url[1], "http://b.example/p.gif") && l.kind[1] == LINK_IMAGE);
	test_assert(streq(l.url[2], "https://c.example/bg.png") && l.kind[2] == LINK_IMAGE);
	test_assert(streq(l.url[3], "d.example/s.gif") && l.kind[3] == LINK_IMAGE);
	test_assert(streq(l.url[4], "e1.png") && streq(l.url[5], "e2.png"));
	free(t);
	test_end();

	/* Thunderbird quotes with cite="mid:..." (RFC 2392): a message, not a web page */
	struct links m = {.n = 0};
	t = reduce("<blockquote type=\"cite\" cite=\"mid:0100018c@email.amazonses.com\">q"
	           "</blockquote><a href=\" MID:x@marketplace.amazon.com\">m</a>"
	           "<blockquote cite=\"https://cite.example/\">r</blockquote>",
	           &m);
	test_begin("html: mid: URLs are not links, other cite URLs are");
	test_assert(m.n == 1 && streq(m.url[0], "https://cite.example/"));
	free(t);
	test_end();
}

static void test_limits(void)
{
	struct buf out = BUF_INIT(0), small = BUF_INIT(4);
	test_begin("html limits");
	test_assert(html_reduce("<b><b><b><b>", 12, 3, &out, NULL, NULL) == -ELOOP);
	test_assert(html_reduce("hello world", 11, 10, &small, NULL, NULL) == -E2BIG);
	buf_free(&out);
	buf_free(&small);
	test_end();
}

int main(void)
{
	test_text();
	test_links();
	test_limits();
	return test_exit();
}
