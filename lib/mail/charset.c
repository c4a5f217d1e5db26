/*
 * charset - conversion to UTF-8 with iconv; see charset.h. Never fails on bad input:
 * a byte iconv cannot convert becomes U+FFFD and conversion resumes after it.
 */
#include <errno.h>
#include <iconv.h>
#include <strings.h>

#include "charset.h"
#include "utf8.h"

static const struct {
	const char *label, *iconv;
} supersets[] = {
        {"shift_jis", "CP932"},
        {"shift-jis", "CP932"},
        {"sjis", "CP932"},
        {"x-sjis", "CP932"},
        {"ms_kanji", "CP932"},
        {"windows-31j", "CP932"},
        {"cp932", "CP932"},
        {"euc-kr", "CP949"},
        {"euckr", "CP949"},
        {"ks_c_5601-1987", "CP949"},
        {"ks_c_5601", "CP949"},
        {"x-windows-949", "CP949"},
        {"gb2312", "GB18030"},
        {"gbk", "GB18030"},
        {"euc-cn", "GB18030"},
        {"x-gbk", "GB18030"},
        {"cp936", "GB18030"},
        {"gb_2312-80", "GB18030"},
        {"big5", "BIG5-HKSCS"},
        {"x-big5", "BIG5-HKSCS"},
        {"iso-8859-1", "WINDOWS-1252"},
        {"latin1", "WINDOWS-1252"},
        {"us-ascii", "WINDOWS-1252"},
        {"ascii", "WINDOWS-1252"},
        {"iso-2022-jp", "ISO-2022-JP-3"},
        {"unicode-1-1-utf-7", "UTF-7"},
        {"utf8", "UTF-8"},
        {"iso-8859-8-i", "ISO-8859-8"},
};

bool charset_is_utf8(const char *in, size_t len)
{
	return utf8_valid(in, len, NULL);
}

int charset_utf8_sanitize(const char *in, size_t len, struct buf *out)
{
	size_t i = 0, run = 0;
	int r = 0;

	/* Copy valid runs in one append each; a bad byte becomes U+FFFD. */
	while (i < len && r == 0) {
		uint32_t cp;
		size_t n = utf8_decode(in + i, len - i, &cp);
		if (n == 0) {
			r = buf_append(out, in + run, i - run);
			if (r == 0)
				r = buf_puts(out, "\xef\xbf\xbd");
			i++;
			run = i;
			continue;
		}
		i += n;
	}
	if (r == 0)
		r = buf_append(out, in + run, i - run);
	return r;
}

static const char *iconv_name(const char *label)
{
	for (size_t i = 0; i < sizeof(supersets) / sizeof(supersets[0]); i++)
		if (strcasecmp(label, supersets[i].label) == 0)
			return supersets[i].iconv;
	return label;
}

int charset_to_utf8(const char *label, const char *in, size_t len, struct buf *out,
                    bool *ret_unknown)
{
	char chunk[4096];
	iconv_t cd;
	char *ip = (char *) in;
	size_t il = len;
	int r = 0;

	if (!label || !*label || strcasecmp(label, "utf-8") == 0 ||
	    strcasecmp(label, "utf8") == 0) {
		if (!label || !*label) {
			if (!charset_is_utf8(in, len))
				return charset_to_utf8("windows-1252", in, len, out, ret_unknown);
		}
		return charset_utf8_sanitize(in, len, out);
	}
	cd = iconv_open("UTF-8", iconv_name(label));
	if (cd == (iconv_t) -1) {
		if (ret_unknown)
			*ret_unknown = true;
		cd = iconv_open("UTF-8", "WINDOWS-1252");
		if (cd == (iconv_t) -1)
			return charset_utf8_sanitize(in, len, out);
	}
	while (il > 0 && r == 0) {
		char *op = chunk;
		size_t ol = sizeof(chunk);
		size_t rc = iconv(cd, &ip, &il, &op, &ol);
		int e = errno;

		r = buf_append(out, chunk, (size_t) (op - chunk));
		if (rc != (size_t) -1 || r)
			continue;
		if (e == E2BIG)
			continue;
		/* EILSEQ or EINVAL (truncated tail): one U+FFFD, skip a byte, go on. */
		r = buf_puts(out, "\xef\xbf\xbd");
		ip++;
		il--;
	}
	if (r == 0) {
		char *op = chunk;
		size_t ol = sizeof(chunk);
		(void) iconv(cd, NULL, NULL, &op, &ol);
		r = buf_append(out, chunk, (size_t) (op - chunk));
	}
	iconv_close(cd);
	return r;
}
