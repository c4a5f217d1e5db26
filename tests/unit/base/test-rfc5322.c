#include "rfc5322.h"
#include "test.h"

static void test_fields(void)
{
	test_begin("rfc5322 field names, the obsolete blank before the colon");
	test_assert(rfc5322_field_name("Bcc: x", 6) == 3);
	test_assert(rfc5322_field_name("Bcc : x", 7) == 3);
	test_assert(rfc5322_field_name("Bcc\t: x", 7) == 3);
	test_assert(rfc5322_field_name("Resent-Bcc:x", 12) == 10);
	test_assert(rfc5322_field_name(": x", 3) == 0);
	test_assert(rfc5322_field_name("From me: x", 10) == 0); /* a space inside a name */
	test_assert(rfc5322_field_name("no colon", 8) == 0);
	test_assert(rfc5322_field_is("BCC :x", 6, "bcc"));
	test_assert(!rfc5322_field_is("Bccx: x", 7, "bcc"));
	test_end();
}

static void test_body_offset(void)
{
	test_begin("rfc5322 body offset with CRLF, LF and no body");
	test_assert(rfc5322_body_offset("A: 1\r\n\r\nbody", 13) == 8);
	test_assert(rfc5322_body_offset("A: 1\n\nbody", 10) == 6);
	test_assert(rfc5322_body_offset("A: 1\n", 5) == 5);
	test_end();
}

static void test_smtp_data(void)
{
	static const struct {
		const char *in, *out;
	} v[] = {
	        {"A: 1\nBcc: x@y\n  z@w\nB: 2\n\n.dot\nend",
	         "A: 1\r\nB: 2\r\n\r\n..dot\r\nend\r\n.\r\n"},
	        {"Bcc : h@x\r\nResent-Bcc: h2@x\r\nTo: t@x\r\n\r\nBcc: not a field here\r\n",
	         "To: t@x\r\n\r\nBcc: not a field here\r\n.\r\n"},
	        {"A: 1\rB: 2\r\rx", "A: 1\r\nB: 2\r\n\r\nx\r\n.\r\n"},
	        {"", ".\r\n"},
	};
	struct buf b = BUF_INIT(0);
	bool eight = true;

	test_begin("rfc5322 SMTP DATA form: CRLF only, dots doubled, Bcc and Resent-Bcc gone");
	for (size_t i = 0; i < ELEMENTSOF(v); i++) {
		b.len = 0;
		test_assert_idx(rfc5322_smtp_data(v[i].in, strlen(v[i].in), &b, &eight) == 0, i);
		test_assert_idx(b.len == strlen(v[i].out) && memcmp(b.data, v[i].out, b.len) == 0,
		                i);
		test_assert_idx(!eight, i);
	}
	b.len = 0;
	test_assert(rfc5322_smtp_data("A\0B", 3, &b, &eight) == -EINVAL);
	char big[1200];
	memset(big, 'a', sizeof(big));
	test_assert(rfc5322_smtp_data(big, 999, &b, &eight) == -EMSGSIZE);
	b.len = 0;
	test_assert(rfc5322_smtp_data(big, 998, &b, &eight) == 0);
	b.len = 0;
	test_assert(rfc5322_smtp_data("x: \xc3\xa9", 5, &b, &eight) == 0 && eight);
	buf_free(&b);
	test_end();
}

int main(void)
{
	test_fields();
	test_body_offset();
	test_smtp_data();
	return test_exit();
}
