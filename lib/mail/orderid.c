/*
 * orderid - the 3-7-7 Amazon order ID; see orderid.h.
 */
#include <string.h>

#include "orderid.h"

static bool is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* digits - true when s[at..at+n) are n ASCII digits. */
static bool digits(const char *s, size_t at, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!is_digit(s[at + i]))
			return false;
	return true;
}

bool orderid_scan(const char *s, size_t len, char out[ORDERID_LEN + 1])
{
	if (!s || len < ORDERID_LEN)
		return false;
	for (size_t i = 0; i + ORDERID_LEN <= len; i++) {
		if (i > 0 && is_digit(s[i - 1]))
			continue;
		if (!digits(s, i, 3) || s[i + 3] != '-' || !digits(s, i + 4, 7) ||
		    s[i + 11] != '-' || !digits(s, i + 12, 7))
			continue;
		if (i + ORDERID_LEN < len && is_digit(s[i + ORDERID_LEN]))
			continue;
		memcpy(out, s + i, ORDERID_LEN);
		out[ORDERID_LEN] = 0;
		return true;
	}
	return false;
}

bool orderid_find(const struct message *m, char out[ORDERID_LEN + 1])
{
	static const enum scope order[] = {SCOPE_SUBJECT, SCOPE_BODY, SCOPE_QUOTED,
	                                   SCOPE_ATTACHMENT_TEXT};

	if (!m)
		return false;
	for (size_t k = 0; k < sizeof(order) / sizeof(order[0]); k++)
		for (size_t t = 0; t < m->n_texts[order[k]]; t++) {
			const struct text *x = &m->texts[order[k]][t];
			if (orderid_scan(x->norm, x->norm_len, out) ||
			    orderid_scan(x->orig, x->orig_len, out))
				return true;
		}
	if (m->subject && orderid_scan(m->subject, strlen(m->subject), out))
		return true;
	return false;
}
