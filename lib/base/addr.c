/*
 * addr - addr-spec checks and alias-domain matching; see addr.h.
 */
#include <strings.h>

#include "addr.h"
#include "base.h"

bool addr_valid(const char *a)
{
	size_t n = 0, at = 0, ats = 0;

	for (const unsigned char *p = (const unsigned char *) a; *p; p++, n++) {
		if (*p < 0x21 || *p == 0x7f || *p == '<' || *p == '>')
			return false;
		if (*p == '@') {
			ats++;
			at = n;
		}
	}
	if (n == 0 || n > ADDR_MAX || ats == 0)
		return false;
	/* Quoted local parts may contain '@'; the domain is after the last one. */
	return at > 0 && at + 1 < n;
}

const char *addr_domain(const char *a)
{
	const char *at = strrchr(a, '@');
	return at && at[1] ? at + 1 : NULL;
}

bool addr_host_is(const char *host, size_t len, const char *d)
{
	size_t dl = strlen(d);

	while (len && host[len - 1] == '.')
		len--; /* a fully qualified "example.com." is the same host */
	if (len < dl || dl == 0)
		return false;
	if (strncasecmp(host + len - dl, d, dl) != 0)
		return false;
	return len == dl || host[len - dl - 1] == '.';
}

bool addr_domain_is(const char *a, const char *d)
{
	const char *dom = addr_domain(a);
	return dom && addr_host_is(dom, strlen(dom), d);
}

int addr_domain_in(const char *a, const char *const *domains, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (addr_domain_is(a, domains[i]))
			return (int) i;
	return -1;
}

bool addr_is_utf8(const char *a)
{
	for (const unsigned char *p = (const unsigned char *) a; *p; p++)
		if (*p >= 0x80)
			return true;
	return false;
}

char *addr_mask(const char *a)
{
	const char *at = strrchr(a, '@');
	size_t local = at ? (size_t) (at - a) : strlen(a);

	/* Aliases are the buyer's pseudonym; logs keep enough to correlate, not to mail. */
	if (local <= 6)
		return xasprintf("…%s", at ? at : "");
	return xasprintf("%.3s…%.3s%s", a, a + local - 3, at ? at : "");
}

bool addr_host_is_amazon_alias(const char *host, size_t len)
{
	static const char base[] = "marketplace.amazon.";
	size_t b = sizeof(base) - 1, tld = 0;

	if (len > 2 && strncasecmp(host, "m.", 2) == 0 && len > 2 + b &&
	    strncasecmp(host + 2, base, b) == 0)
		host += 2, len -= 2;
	if (len <= b || strncasecmp(host, base, b) != 0)
		return false;
	for (size_t i = b; i < len; i++, tld++) {
		char c = host[i];
		if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '.'))
			return false;
	}
	return tld >= 2 && tld <= 10 && host[len - 1] != '.' && host[b] != '.';
}
