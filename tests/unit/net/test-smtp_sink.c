#include "smtp_sink.h"
#include "test.h"

static char *enc(const char *in, size_t len, bool *eight)
{
	struct buf out = BUF_INIT(0);
	test_assert(smtp_sink_encode(in, len, &out, eight) == 0);
	return buf_steal(&out);
}

/* wire_ok - only CRLF line endings, and exactly one CRLF.CRLF, at the very end. */
static bool wire_ok(const char *s)
{
	size_t n = strlen(s);

	for (size_t i = 0; i < n; i++) {
		if (s[i] == '\r' && (i + 1 >= n || s[i + 1] != '\n'))
			return false;
		if (s[i] == '\n' && (i == 0 || s[i - 1] != '\r'))
			return false;
	}
	const char *end = strstr(s, "\r\n.\r\n");
	if (n >= 3 && strcmp(s, ".\r\n") == 0)
		return true;
	return end && end + 5 == s + n;
}

static void test_encode_rows(void)
{
	static const struct {
		const char *in, *want;
	} rows[] = {
	        {"Subject: a\n\nbody\n", "Subject: a\r\n\r\nbody\r\n.\r\n"},
	        {"Subject: a\r\n\r\nbody", "Subject: a\r\n\r\nbody\r\n.\r\n"},
	        {"S: a\n\n.leading\n..two\n.\n", "S: a\r\n\r\n..leading\r\n...two\r\n..\r\n.\r\n"},
	        {"S: a\n\nbare\rcr\n", "S: a\r\n\r\nbare\r\ncr\r\n.\r\n"},
	        {"To: x\nBcc: a@b,\n c@d\nSubject: s\n\nBcc: stays in body\n",
	         "To: x\r\nSubject: s\r\n\r\nBcc: stays in body\r\n.\r\n"},
	        {"BCC: a@b\nS: s\n\nx\n", "S: s\r\n\r\nx\r\n.\r\n"},
	        {"S: s\n\n\n\n", "S: s\r\n\r\n\r\n\r\n.\r\n"},
	};
	test_begin("smtp_sink_encode: CRLF, dot-stuffing once, Bcc removed");
	for (size_t i = 0; i < ELEMENTSOF(rows); i++) {
		bool eight = true;
		char *s = enc(rows[i].in, strlen(rows[i].in), &eight);
		test_assert_idx(streq(s, rows[i].want), i);
		test_assert_idx(wire_ok(s), i);
		test_assert_idx(!eight, i);
		free(s);
	}
	test_end();
}

static void test_encode_property(void)
{
	/* Every mix of the dangerous bytes: the output never has a bare CR or LF and ends
	 * with exactly one end-of-data marker (no smuggling, RFC 5321 4.1.1.4). */
	static const char alphabet[] = {'\r', '\n', '.', 'a', ' '};
	char in[8];
	size_t cases = 0, bad = 0;
	bool eight;

	test_begin("smtp_sink_encode: no bare CR/LF for any input of 1..7 of CR LF . a SP");
	for (size_t len = 1; len <= 7; len++) {
		size_t total = 1;
		for (size_t k = 0; k < len; k++)
			total *= sizeof(alphabet);
		for (size_t code = 0; code < total; code++) {
			size_t c = code;
			for (size_t k = 0; k < len; k++, c /= sizeof(alphabet))
				in[k] = alphabet[c % sizeof(alphabet)];
			char *s = enc(in, len, &eight);
			bad += !wire_ok(s);
			free(s);
			cases++;
		}
	}
	test_assert(cases > 90000 && bad == 0);
	char *s = enc("S: \xc3\xa9\n\nx", 8, &eight);
	test_assert(eight);
	free(s);
	test_end();
}

static void test_encode_line_endings(void)
{
	/* Each line ending alone, and a line that is only a dot (RFC 5321 4.5.2). */
	static const struct {
		const char *in, *want;
	} rows[] = {
	        {"S: a\r\rb\rc", "S: a\r\n\r\nb\r\nc\r\n.\r\n"},
	        {"S: a\n\nb\nc", "S: a\r\n\r\nb\r\nc\r\n.\r\n"},
	        {"S: a\r\n\r\nb\r\nc\r\n", "S: a\r\n\r\nb\r\nc\r\n.\r\n"},
	        {"S: a\n\n.", "S: a\r\n\r\n..\r\n.\r\n"},
	        {"S: a\n\n.\r\n.\r.\n", "S: a\r\n\r\n..\r\n..\r\n..\r\n.\r\n"},
	        {"S: a\n\nx\n\r.\r\n", "S: a\r\n\r\nx\r\n\r\n..\r\n.\r\n"},
	        {"", ".\r\n"},
	};
	test_begin("smtp_sink_encode: CR alone, LF alone, CRLF, dot lines");
	for (size_t i = 0; i < ELEMENTSOF(rows); i++) {
		char *s = enc(rows[i].in, strlen(rows[i].in), NULL);
		test_assert_idx(streq(s, rows[i].want), i);
		test_assert_idx(wire_ok(s), i);
		free(s);
	}
	test_end();
}

static void test_encode_refuses(void)
{
	/* RFC 5322 2.1.1 and 2.3: no NUL anywhere, at most 998 octets per line. Such a
	 * message is refused before anything is sent, never silently changed. */
	struct buf out = BUF_INIT(0);
	char line[1200];

	test_begin("smtp_sink_encode: NUL and lines over 998 octets refused");
	test_assert(smtp_sink_encode("S: a\n\nx\0y\n", 10, &out, NULL) == -EINVAL);
	test_assert(smtp_sink_encode("S\0: a\n\nx\n", 9, &out, NULL) == -EINVAL);
	test_assert(smtp_sink_encode("S: a\n\nx\0", 8, &out, NULL) == -EINVAL);
	buf_free(&out);

	memset(line, 'a', sizeof(line));
	memcpy(line, "S: a\n\n", 6);
	/* 998 octets after the header: accepted, also when it starts with a dot */
	test_assert(smtp_sink_encode(line, 6 + 998, &out, NULL) == 0);
	buf_free(&out);
	line[6] = '.';
	test_assert(smtp_sink_encode(line, 6 + 998, &out, NULL) == 0);
	buf_free(&out);
	test_assert(smtp_sink_encode(line, 6 + 999, &out, NULL) == -EMSGSIZE);
	buf_free(&out);
	line[6 + 998] = '\r';
	line[6 + 999] = '\n';
	test_assert(smtp_sink_encode(line, 6 + 1000, &out, NULL) == 0);
	buf_free(&out);
	/* a header line, too */
	memcpy(line, "Subject: ", 9);
	memset(line + 9, 'b', 1000);
	test_assert(smtp_sink_encode(line, 1009, &out, NULL) == -EMSGSIZE);
	buf_free(&out);
	test_end();
}

int main(void)
{
	test_encode_rows();
	test_encode_property();
	test_encode_line_endings();
	test_encode_refuses();
	return test_exit();
}
