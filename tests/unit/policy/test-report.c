#include <time.h>

#include "report.h"
#include "test.h"

static void test_report_shape(void)
{
	static const char raw[] =
	        "From: seller@example.net\nTo: 6bmcx2l1t7cwrwb@marketplace.amazon.com\n"
	        "Subject: Thanks\r\n\nVisit www.shop.com\n.\nbye";
	struct verdict *v = verdict_new("0123456789abcdef");
	struct report_info info = {
	        .kind = REPORT_REJECTED,
	        .account = "brightpeak",
	        .to = "seller@example.net",
	        .from = "seller@example.net",
	        .folder = "Outbox/Rejected",
	        .now = 1700000000,
	};
	struct buf out = BUF_INIT(0);

	verdict_add(v, "links.url", "links", ACTION_REJECT, "body", "part 1 text/plain", 6, 18,
	            "Visit www.shop.com", "Links are not allowed.", "Remove the link.");
	test_begin("report shape");
	test_assert(report_build(&info, v, "Thanks\r\nBcc: evil@example.com", raw, sizeof(raw) - 1,
	                         &out) == 0);
	test_assert(strstr(out.data, "Subject: [aliasgate] Rejected: Thanks  Bcc: evil") != NULL);
	test_assert(strstr(out.data, "\r\nBcc:") == NULL);
	test_assert(strstr(out.data, "links.url") != NULL);
	test_assert(strstr(out.data, "Visit www.shop.com") != NULL);
	test_assert(strstr(out.data, "Remove the link.") != NULL);
	test_assert(strstr(out.data, "0123456789abcdef") != NULL);
	test_assert(strstr(out.data, "Content-Type: message/rfc822") != NULL);
	test_assert(strstr(out.data, "To: <seller@example.net>") != NULL);
	/* Every line ending is CRLF, including the attached original's bare LFs. */
	for (size_t i = 0; i < out.len; i++) {
		if (out.data[i] == '\n')
			test_assert_idx(i > 0 && out.data[i - 1] == '\r', i);
		if (out.data[i] == '\r')
			test_assert_idx(i + 1 < out.len && out.data[i + 1] == '\n', i);
	}
	test_end();
	buf_free(&out);
	verdict_free(v);
}

static void test_report_8bit_subject(void)
{
	struct report_info info = {.kind = REPORT_AMBIGUOUS, .account = "a", .now = 0};
	struct buf out = BUF_INIT(0);

	test_begin("report 8-bit subject not copied into header");
	test_assert(report_build(&info, NULL, "ご注文", "X: y\n\nbody", 10, &out) == 0);
	test_assert(strstr(out.data, "(see attached message)") != NULL);
	test_assert(strstr(out.data, "may or may not have been delivered") != NULL);
	test_end();
	buf_free(&out);
}

int main(void)
{
	test_report_shape();
	test_report_8bit_subject();
	return test_exit();
}
