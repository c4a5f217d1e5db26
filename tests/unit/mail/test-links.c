#include "links.h"
#include "test.h"

struct found {
	char s[16][128];
	size_t n;
};

static void on_link(void *ctx, const char *start, size_t len)
{
	struct found *f = ctx;
	if (f->n < 16)
		snprintf(f->s[f->n++], sizeof(f->s[0]), "%.*s", (int) len, start);
}

static void test_find(void)
{
	static const struct {
		const char *text, *want; /* want: the first link, or NULL for none */
	} rows[] = {
	        {"Visit https://shop.example.com/sale?x=1.", "https://shop.example.com/sale?x=1"},
	        {"go to www.brightpeak.net today", "www.brightpeak.net"},
	        {"see shop.com/sale, thanks", "shop.com/sale"},
	        {"shop.co.uk/x", "shop.co.uk/x"},
	        {"amzn.to/3abc", "amzn.to/3abc"},
	        {"short: bit.ly/x1", "bit.ly/x1"},
	        {"(see a.co/d/123)", "a.co/d/123"},
	        {"访问shop.com了解", "shop.com"},
	        {"example\xe3\x80\x82"
	         "com",
	         "example\xe3\x80\x82"
	         "com"},
	        {"HTTP://EXAMPLE.COM", "HTTP://EXAMPLE.COM"},
	        {"Track: https://www.ups.com/track?tracknum=1Z999AA10123456784",
	         "https://www.ups.com/track?tracknum=1Z999AA10123456784"},
	        {"<https://x.example/a>", "https://x.example/a"},
	        /* not links */
	        {"Version 2.1.3 fixes it", NULL},
	        {"It is 8.5 mm wide and 2.1m long", NULL},
	        {"Made in the U.S. e.g. here, i.e. there", NULL},
	        {"See manual.pdf and photo.jpg", NULL},
	        {"order 123-1234567-1234567 ASIN B0ABCDEF12", NULL},
	        {"mail me at john@shop.com", NULL},
	        {"It shipped.Do you need anything?", NULL},
	        {"Visit example dot com", NULL},
	        {"the backup.zip file", NULL},
	        {"", NULL},
	};
	test_begin("links_find");
	for (size_t i = 0; i < ELEMENTSOF(rows); i++) {
		struct found f = {.n = 0};
		links_find(rows[i].text, strlen(rows[i].text), on_link, &f);
		if (rows[i].want)
			test_assert_idx(f.n >= 1 && streq(f.s[0], rows[i].want), i);
		else
			test_assert_idx(f.n == 0, i);
		if ((rows[i].want && (f.n < 1 || !streq(f.s[0], rows[i].want))) ||
		    (!rows[i].want && f.n))
			printf("  row %zu: got %zu, first \"%s\"\n", i, f.n, f.n ? f.s[0] : "");
	}
	test_end();
}

static void test_host(void)
{
	static const struct {
		const char *url, *host;
	} rows[] = {
	        {"HTTPS://User:pw@WWW.Shop.COM:8080/x?y#z", "www.shop.com"},
	        {"www.example.com/a", "www.example.com"},
	        {"shop.com.", "shop.com"},
	        {"//cdn.example.net/i.gif", "cdn.example.net"},
	        {"example\xe3\x80\x82"
	         "com/x",
	         "example.com"},
	        {"http://[::1]:25/", "[::1]"},
	        {"mailto:a@b.com", NULL},
	        {"tel:+1-555-0100", NULL},
	        {"cid:img1", NULL},
	        {"/relative/path", NULL},
	        {"#top", NULL},
	};
	test_begin("links_host");
	for (size_t i = 0; i < ELEMENTSOF(rows); i++) {
		char *h = links_host(rows[i].url, strlen(rows[i].url));
		if (rows[i].host)
			test_assert_idx(h && streq(h, rows[i].host), i);
		else
			test_assert_idx(h == NULL, i);
		free(h);
	}
	test_assert(links_host_in("www.ups.com", "ups.com"));
	test_assert(!links_host_in("notups.com", "ups.com"));
	test_end();
}

static void test_unwrap(void)
{
	static const struct {
		const char *in, *want;
	} v[] = {
	        {"https://eur01.safelinks.protection.outlook.com/"
	         "?url=https%3A%2F%2Fwww.ups.com%2Ftrack"
	         "%3Ftracknum%3D1Z9&data=05%7C01&reserved=0",
	         "https://www.ups.com/track?tracknum=1Z9"},
	        {"https://www.google.com/url?q=https://shop.example/sale&sa=D&source=editors",
	         "https://shop.example/sale"},
	        {"https://nam02.safelinks.protection.outlook.com/?url=javascript%3Aalert(1)", NULL},
	        {"https://www.google.com/search?q=https://x.example", NULL},
	        {"https://www.ups.com/track?url=https://x.example", NULL},
	};
	test_begin("links_unwrap: Safe Links and Google redirects lead to their target");
	for (size_t i = 0; i < ELEMENTSOF(v); i++) {
		char *t = links_unwrap(v[i].in, strlen(v[i].in));
		test_assert_idx(v[i].want ? t && streq(t, v[i].want) : t == NULL, i);
		free(t);
	}
	test_end();
}

int main(void)
{
	test_unwrap();
	test_find();
	test_host();
	return test_exit();
}
