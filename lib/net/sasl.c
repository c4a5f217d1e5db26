/*
 * sasl - SASL initial responses; see sasl.h.
 */
#include <ctype.h>
#include <errno.h>
#include <openssl/evp.h>
#include <stdio.h>
#include <string.h>

#include "base.h"
#include "buf.h"
#include "sasl.h"

char *sasl_base64(const void *p, size_t n)
{
	char *out = xmalloc(4 * ((n + 2) / 3) + 1);

	EVP_EncodeBlock((unsigned char *) out, p, (int) n);
	return out;
}

char *sasl_initial(bool xoauth2, const char *user, const char *secret)
{
	struct buf raw = BUF_INIT(0);
	char *enc;
	int r;

	if (xoauth2) {
		r = buf_printf(&raw,
		               "user=%s\x01"
		               "auth=Bearer %s\x01\x01",
		               user, secret);
	} else {
		/* authzid (empty) NUL authcid NUL passwd */
		r = buf_putc(&raw, '\0');
		r = r ? r : buf_puts(&raw, user);
		r = r ? r : buf_putc(&raw, '\0');
		r = r ? r : buf_puts(&raw, secret);
	}
	if (r < 0)
		panic("sasl: buffer without a maximum failed"); /* only OOM, which aborts first */
	enc = sasl_base64(raw.data, raw.len);
	explicit_bzero(raw.data, raw.len);
	buf_free(&raw);
	return enc;
}

void sasl_free(char *s)
{
	if (!s)
		return;
	explicit_bzero(s, strlen(s));
	free(s);
}

/* json_field - the value of "key" in a flat JSON object, string or bare, unescaped
 * only as far as a message needs; false when absent. */
static bool json_field(const char *json, const char *key, char *out, size_t outlen)
{
	char want[32];
	const char *p;
	size_t k = 0;

	snprintf(want, sizeof(want), "\"%s\"", key);
	p = strstr(json, want);
	if (!p)
		return false;
	p += strlen(want);
	while (isspace((unsigned char) *p))
		p++;
	if (*p++ != ':')
		return false;
	while (isspace((unsigned char) *p))
		p++;
	bool quoted = *p == '"';
	if (quoted)
		p++;
	for (; *p && k + 1 < outlen; p++) {
		if (quoted ? *p == '"' : (*p == ',' || *p == '}' || isspace((unsigned char) *p)))
			break;
		if (quoted && *p == '\\' && p[1])
			p++;
		out[k++] = *p;
	}
	out[k] = '\0';
	return true;
}

int sasl_xoauth2_error(const char *b64, char *out, size_t outlen)
{
	static const char *const keys[] = {"status", "schemes", "scope"};
	size_t n = strlen(b64), off = 0;
	unsigned char *raw;
	int k;

	if (!outlen)
		return -EINVAL;
	out[0] = '\0';
	while (n && isspace((unsigned char) b64[n - 1]))
		n--;
	if (n == 0 || n % 4 != 0 || n > 8192)
		return -EINVAL;
	raw = xmalloc(n / 4 * 3 + 1);
	k = EVP_DecodeBlock(raw, (const unsigned char *) b64, (int) n);
	if (k < 0) {
		free(raw);
		return -EINVAL;
	}
	/* EVP_DecodeBlock counts the padding's zero bytes too. */
	while (n && b64[n - 1] == '=' && k > 0) {
		k--;
		n--;
	}
	raw[k] = '\0';
	for (int i = 0; i < k; i++) /* one clean line */
		if (raw[i] < 0x20 || raw[i] == 0x7f)
			raw[i] = ' ';
	for (size_t i = 0; i < ELEMENTSOF(keys) && off < outlen; i++) {
		char v[512];
		if (json_field((const char *) raw, keys[i], v, sizeof(v)))
			off += (size_t) snprintf(out + off, outlen - off, "%s%s %s",
			                         off ? ", " : "", keys[i], v);
	}
	if (off == 0)
		snprintf(out, outlen, "%s", (const char *) raw);
	free(raw);
	return 0;
}
