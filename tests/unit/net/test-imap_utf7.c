#include "imap_utf7.h"
#include "test.h"

static void test_roundtrip(void)
{
	static const struct {
		const char *utf8, *utf7;
	} rows[] = {
	        {"Outbox", "Outbox"},
	        {"Tom & Jerry", "Tom &- Jerry"},
	        {"送信済み", "&kAFP4W4IMH8-"},
	        {"Entwürfe", "Entw&APw-rfe"},
	        {"~peter/mail/台北/日本語", "~peter/mail/&U,BTFw-/&ZeVnLIqe-"},
	        {"emoji \xf0\x9f\x98\x80", "emoji &2D3eAA-"},
	};
	test_begin("imap_utf7 encode/decode (RFC 3501 examples)");
	for (size_t i = 0; i < ELEMENTSOF(rows); i++) {
		struct buf e = BUF_INIT(0), d = BUF_INIT(0);
		test_assert_idx(
		        imap_utf7_encode(rows[i].utf8, &e) == 0 && streq(e.data, rows[i].utf7), i);
		test_assert_idx(
		        imap_utf7_decode(rows[i].utf7, &d) == 0 && streq(d.data, rows[i].utf8), i);
		buf_free(&e);
		buf_free(&d);
	}
	struct buf bad = BUF_INIT(0);
	test_assert(imap_utf7_decode("&AAA", &bad) == -EINVAL);
	test_assert(imap_utf7_decode("&*-", &bad) == -EINVAL);
	buf_free(&bad);
	test_end();
}

static void test_invalid_utf8(void)
{
	static const struct {
		const char *utf8, *utf7;
	} rows[] = {
	        {"a\xff"
	         "b",
	         "a&,,0-b"},         /* not a lead byte */
	        {"a\xc3", "a&,,0-"}, /* truncated at the end */
	        /* One U+FFFD per byte that starts no valid character (base/utf8.c; the
	         * Unicode "maximal subpart" practice gives the same for these). */
	        {"\xc1\x81", "&,,3,,Q-"},       /* overlong 'A': not a second spelling of "A" */
	        {"\xed\xa0\x80", "&,,3,,f,9-"}, /* UTF-8 encoded surrogate U+D800 */
	        {"\xf4\x90\x80\x80", "&,,3,,f,9,,0-"},        /* past U+10FFFF */
	        {"\xf8\x88\x80\x80\x80", "&,,3,,f,9,,3,,Q-"}, /* 5-byte form: 5 x U+FFFD */
	};
	test_begin("imap_utf7_encode: invalid UTF-8 becomes U+FFFD");
	for (size_t i = 0; i < ELEMENTSOF(rows); i++) {
		struct buf e = BUF_INIT(0);
		test_assert_idx(imap_utf7_encode(rows[i].utf8, &e) == 0, i);
		test_assert_idx(e.data && streq(e.data, rows[i].utf7), i);
		buf_free(&e);
	}
	/* Surrogates without their pair, and unterminated shifts, are refused rather than
	 * turned into broken UTF-8. */
	static const char *const bad[] = {"&2D3-", "&3gA-", "&2D3YPQ-", "&AGEA", "&-&"};
	for (size_t i = 0; i < ELEMENTSOF(bad); i++) {
		struct buf d = BUF_INIT(0);
		int r = imap_utf7_decode(bad[i], &d);
		test_assert_idx(r == -EINVAL, i);
		buf_free(&d);
	}
	test_end();
}

/* put_utf8 - cp as UTF-8 at p; returns the length. */
static size_t put_utf8(char *p, uint32_t cp)
{
	if (cp < 0x80) {
		p[0] = (char) cp;
		return 1;
	}
	if (cp < 0x800) {
		p[0] = (char) (0xc0 | (cp >> 6));
		p[1] = (char) (0x80 | (cp & 0x3f));
		return 2;
	}
	if (cp < 0x10000) {
		p[0] = (char) (0xe0 | (cp >> 12));
		p[1] = (char) (0x80 | ((cp >> 6) & 0x3f));
		p[2] = (char) (0x80 | (cp & 0x3f));
		return 3;
	}
	p[0] = (char) (0xf0 | (cp >> 18));
	p[1] = (char) (0x80 | ((cp >> 12) & 0x3f));
	p[2] = (char) (0x80 | ((cp >> 6) & 0x3f));
	p[3] = (char) (0x80 | (cp & 0x3f));
	return 4;
}

static void test_property(void)
{
	/* Random names from every plane: the encoding is printable ASCII only, '&' only
	 * as a shift, and decodes back to the same UTF-8. */
	static const uint32_t pool[] = {'a',    '&',    '-',     '/',     ' ',     '~',    0x1,
	                                0x7f,   0xe9,   0x7ff,   0x800,   0x3042,  0xd7ff, 0xe000,
	                                0xfffd, 0xffff, 0x10000, 0x1f600, 0x10ffff};
	uint32_t seed = 12345;
	size_t bad = 0;

	test_begin("imap_utf7: random names round-trip, output printable ASCII");
	for (int n = 0; n < 5000; n++) {
		char in[64 * 4 + 1];
		size_t len = 0;
		seed = seed * 1103515245u + 12345u;
		size_t k = 1 + (seed >> 16) % 12;
		for (size_t j = 0; j < k; j++) {
			seed = seed * 1103515245u + 12345u;
			len += put_utf8(in + len, pool[(seed >> 16) % ELEMENTSOF(pool)]);
		}
		in[len] = '\0';
		struct buf e = BUF_INIT(0), d = BUF_INIT(0);
		bool ok = imap_utf7_encode(in, &e) == 0 && imap_utf7_decode(e.data, &d) == 0 &&
		          d.data && streq(d.data, in);
		for (size_t j = 0; ok && j < e.len; j++)
			ok = e.data[j] >= 0x20 && e.data[j] < 0x7f;
		bad += !ok;
		buf_free(&e);
		buf_free(&d);
	}
	test_assert(bad == 0);
	test_end();
}

int main(void)
{
	test_roundtrip();
	test_invalid_utf8();
	test_property();
	return test_exit();
}
