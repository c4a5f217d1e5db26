/* Unit tests for lib/net/sasl.c: initial responses and the XOAUTH2 error challenge. */
#include "sasl.h"
#include "test.h"

static void test_initial(void)
{
	test_begin("sasl initial PLAIN and XOAUTH2");
	char *p = sasl_initial(false, "u", "pw");
	test_assert_streq(p, "AHUAcHc=");
	sasl_free(p);
	p = sasl_initial(true, "u", "t");
	test_assert_streq(p, "dXNlcj11AWF1dGg9QmVhcmVyIHQBAQ==");
	sasl_free(p);
	test_end();
}

static void test_xoauth2_error(void)
{
	char out[256];

	test_begin("sasl xoauth2 error challenge");
	/* {"status":"401","schemes":"Bearer","scope":"https://mail.google.com/"} */
	test_assert(sasl_xoauth2_error("eyJzdGF0dXMiOiI0MDEiLCJzY2hlbWVzIjoiQmVhcmVyIiwic2NvcGUi"
	                               "OiJodHRwczovL21haWwuZ29vZ2xlLmNvbS8ifQ==",
	                               out, sizeof(out)) == 0);
	test_assert_streq(out, "status 401, schemes Bearer, scope https://mail.google.com/");
	/* {"status":"400"} with padding */
	test_assert(sasl_xoauth2_error("eyJzdGF0dXMiOiI0MDAifQ==", out, sizeof(out)) == 0);
	test_assert_streq(out, "status 400");
	/* no known field: the decoded text itself ("hello\n" -> "hello ") */
	test_assert(sasl_xoauth2_error("aGVsbG8K", out, sizeof(out)) == 0);
	test_assert_streq(out, "hello ");
	test_assert(sasl_xoauth2_error("not base64!", out, sizeof(out)) == -EINVAL);
	test_assert(sasl_xoauth2_error("", out, sizeof(out)) == -EINVAL);
	test_end();
}

int main(void)
{
	test_initial();
	test_xoauth2_error();
	return test_exit();
}
