#include "imap_utf7.h"
#include "test.h"

static void test_roundtrip(void)
{
	static const struct {
		const char *utf8, *utf7;
	} rows[] = {
		{ "Outbox", "Outbox" },
		{ "Tom & Jerry", "Tom &- Jerry" },
		{ "送信済み", "&kAFP4W4IMH8-" },
		{ "Entwürfe", "Entw&APw-rfe" },
		{ "~peter/mail/台北/日本語", "~peter/mail/&U,BTFw-/&ZeVnLIqe-" },
		{ "emoji \xf0\x9f\x98\x80", "emoji &2D3eAA-" },
	};
	test_begin("imap_utf7 encode/decode (RFC 3501 examples)");
	for (size_t i = 0; i < ELEMENTSOF(rows); i++) {
		struct buf e = BUF_INIT(0), d = BUF_INIT(0);
		test_assert_idx(imap_utf7_encode(rows[i].utf8, &e) == 0 && streq(e.data, rows[i].utf7), i);
		test_assert_idx(imap_utf7_decode(rows[i].utf7, &d) == 0 && streq(d.data, rows[i].utf8), i);
		buf_free(&e);
		buf_free(&d);
	}
	struct buf bad = BUF_INIT(0);
	test_assert(imap_utf7_decode("&AAA", &bad) == -EINVAL);
	test_assert(imap_utf7_decode("&*-", &bad) == -EINVAL);
	buf_free(&bad);
	test_end();
}

int main(void)
{
	test_roundtrip();
	return test_exit();
}
