/*
 * envelope - the buyer aliases of a message and the test for one; see envelope.h.
 */
#include <errno.h>
#include <strings.h>

#include "addr.h"
#include "base.h"
#include "envelope.h"

static bool domain_is(const char *dom, const char *d)
{
	return strcasecmp(dom, d) == 0 ||
	       (strncasecmp(dom, "m.", 2) == 0 && strcasecmp(dom + 2, d) == 0);
}

bool envelope_is_alias(const struct envelope_env *env, const char *a)
{
	const char *dom = addr_domain(a);

	if (!dom || !addr_valid(a))
		return false;
	if (!env || !env->alias_domains)
		return addr_host_is_amazon_alias(dom, strlen(dom));
	for (size_t i = 0; i < env->n_alias_domains; i++)
		if (domain_is(dom, env->alias_domains[i]))
			return true;
	return false;
}

/* header_value - the value of the topmost field named name in the decoded header
 * text ("Name: value\n" lines, message.h SCOPE_HEADERS), trimmed, or NULL. */
static char *header_value(const struct message *m, const char *name)
{
	size_t nl = strlen(name);

	for (size_t t = 0; t < m->n_texts[SCOPE_HEADERS]; t++) {
		const char *s = m->texts[SCOPE_HEADERS][t].orig;
		while (s && *s) {
			const char *e = strchr(s, '\n');
			size_t n = e ? (size_t) (e - s) : strlen(s);
			if (n > nl + 1 && strncasecmp(s, name, nl) == 0 && s[nl] == ':') {
				const char *v = s + nl + 1, *ve = s + n;
				while (v < ve && (*v == ' ' || *v == '\t' || *v == '<'))
					v++;
				while (ve > v && (ve[-1] == ' ' || ve[-1] == '\t' ||
				                  ve[-1] == '\r' || ve[-1] == '>'))
					ve--;
				return xstrndup(v, (size_t) (ve - v));
			}
			s = e ? e + 1 : NULL;
		}
	}
	return NULL;
}

int envelope_recipients(const struct envelope_env *env, const struct message *m, char ***ret,
                        size_t *ret_n)
{
	char **v = xcalloc(m->n_recipients + 2, sizeof(char *));
	size_t n = 0;

	*ret = NULL;
	*ret_n = 0;
	if (env && env->envelope_recipient_header) {
		char *a = header_value(m, env->envelope_recipient_header);
		if (!a || !addr_valid(a) || strchr(a, ',')) {
			free(a);
			free(v);
			return -EINVAL;
		}
		if (envelope_is_alias(env, a)) {
			/* the domain in lower case, as message.c stores recipients */
			for (char *p = strrchr(a, '@'); *p; p++)
				if (*p >= 'A' && *p <= 'Z')
					*p = (char) (*p - 'A' + 'a');
			v[n++] = a;
		} else {
			free(a);
		}
	} else {
		for (size_t i = 0; i < m->n_recipients; i++)
			if (envelope_is_alias(env, m->recipients[i]))
				v[n++] = xstrdup(m->recipients[i]);
	}
	*ret = v;
	*ret_n = n;
	return 0;
}

void envelope_free(char **v)
{
	if (!v)
		return;
	for (char **p = v; *p; p++)
		free(*p);
	free(v);
}

const char *envelope_marketplace(const char *a, char *buf, size_t len)
{
	const char *dom = a ? addr_domain(a) : NULL;
	size_t n = 0;

	if (!len)
		return buf;
	if (dom && strncasecmp(dom, "m.", 2) == 0 && strchr(dom + 2, '.'))
		dom += 2;
	for (; dom && dom[n] && n + 1 < len; n++)
		buf[n] = (char) (dom[n] >= 'A' && dom[n] <= 'Z' ? dom[n] - 'A' + 'a' : dom[n]);
	buf[n] = 0;
	return buf;
}

bool envelope_sender_approved(const struct envelope_env *env, const char *marketplace,
                              const char *sender)
{
	if (!env || !env->approved || !env->n_approved)
		return true;
	if (!sender)
		return false;
	for (size_t i = 0; i < env->n_approved; i++) {
		const struct envelope_approved *e = &env->approved[i];
		bool here = false;
		for (size_t k = 0; k < e->n_marketplaces && !here; k++)
			here = strcasecmp(e->marketplaces[k], marketplace) == 0;
		if (!here)
			continue;
		for (size_t k = 0; k < e->n_addresses; k++)
			if (strcasecmp(e->addresses[k], sender) == 0)
				return true;
	}
	return false;
}
