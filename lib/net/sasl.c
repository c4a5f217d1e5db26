/*
 * sasl - SASL initial responses; see sasl.h.
 */
#include <openssl/evp.h>
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
