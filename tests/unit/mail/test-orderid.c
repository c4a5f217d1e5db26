#include "message.h"
#include "orderid.h"
#include "test.h"

static void test_scan(void)
{
	static const struct {
		const char *in, *want;
	} rows[] = {
	        {"Order 028-1234567-7654321 shipped", "028-1234567-7654321"},
	        {"028-1234567-7654321", "028-1234567-7654321"},
	        {"(#302-0000001-9999999).", "302-0000001-9999999"},
	        {"1028-1234567-7654321", NULL}, /* longer run before */
	        {"028-1234567-76543210", NULL}, /* longer run after */
	        {"028-123456-7654321", NULL},   /* 3-6-7 */
	        {"028 1234567 7654321", NULL},
	        {"028-1234567-765432", NULL},
	        {"", NULL},
	        {"tel 12-1234567-7654321 and 111-2222222-3333333", "111-2222222-3333333"},
	};
	char out[ORDERID_LEN + 1];

	test_begin("orderid scan");
	for (size_t i = 0; i < ELEMENTSOF(rows); i++) {
		bool got = orderid_scan(rows[i].in, strlen(rows[i].in), out);
		test_assert_idx(got == (rows[i].want != NULL), i);
		if (got && rows[i].want)
			test_assert_idx(streq(out, rows[i].want), i);
	}
	test_end();
}

static struct message *parse(const char *raw)
{
	struct message *m = NULL;
	test_assert(message_parse(raw, strlen(raw), NULL, &m) == 0 && m);
	return m;
}

static void test_find(void)
{
	char out[ORDERID_LEN + 1];

	test_begin("orderid find: subject first, then own lines, then quote");
	struct message *m = parse("From: s@x.example\nTo: a@marketplace.amazon.de\n"
	                          "Subject: Re: order 111-1111111-1111111\n\n"
	                          "About 222-2222222-2222222.\n");
	test_assert(orderid_find(m, out) && streq(out, "111-1111111-1111111"));
	message_free(m);
	m = parse("From: s@x.example\nTo: a@marketplace.amazon.de\nSubject: Your parcel\n"
	          "In-Reply-To: <b@amazon.de>\n\nYour order 333-3333333-3333333 left.\n\n"
	          "On Monday the buyer wrote:\n> order 444-4444444-4444444?\n");
	test_assert(orderid_find(m, out) && streq(out, "333-3333333-3333333"));
	message_free(m);
	m = parse("From: s@x.example\nTo: a@marketplace.amazon.de\nSubject: Re: parcel\n"
	          "In-Reply-To: <b@amazon.de>\n\nIt left today.\n\n"
	          "On Monday the buyer wrote:\n> where is 444-4444444-4444444?\n");
	test_assert(orderid_find(m, out) && streq(out, "444-4444444-4444444"));
	message_free(m);
	m = parse("From: s@x.example\nTo: a@marketplace.amazon.de\nSubject: Hello\n\n"
	          "No number here, only 12-345.\n");
	test_assert(!orderid_find(m, out));
	message_free(m);
	test_assert(!orderid_find(NULL, out));
	test_end();
}

static void test_fullwidth(void)
{
	char out[ORDERID_LEN + 1];

	test_begin("orderid find: full-width digits through the normalized view");
	struct message *m = parse(
	        "From: s@x.example\nTo: a@marketplace.amazon.co.jp\n"
	        "Subject: =?UTF-8?B?"
	        "77yQ77yS77yYLe+8ke+8ku+8k++8lO+8le+8lu+8ly3vvJfvvJbvvJXvvJTvvJPvvJLvvJE=?=\n\n"
	        "x\n");
	test_assert(orderid_find(m, out) && streq(out, "028-1234567-7654321"));
	message_free(m);
	test_end();
}

int main(void)
{
	test_scan();
	test_find();
	test_fullwidth();
	return test_exit();
}
