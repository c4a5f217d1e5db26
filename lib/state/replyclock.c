/*
 * replyclock - pairing buyer messages with replies, and the response-time figures; see
 * replyclock.h.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "replyclock.h"

/* refs_name - refs (message IDs with or without <>, separated by spaces) names id. */
static bool refs_name(const char *refs, const char *id)
{
	size_t n = strlen(id);

	if (!n || !refs)
		return false;
	for (const char *p = refs; (p = strstr(p, id)); p++) {
		char before = p == refs ? ' ' : p[-1], after = p[n];
		if ((before == ' ' || before == '<' || before == ',') &&
		    (after == 0 || after == ' ' || after == '>' || after == ','))
			return true;
	}
	return false;
}

static bool same_thread(const struct replyclock_buyer *b, const struct replyclock_reply *r)
{
	if (b->msgid && *b->msgid && refs_name(r->refs, b->msgid))
		return true;
	return b->alias && r->alias && *b->alias && strcasecmp(b->alias, r->alias) == 0 &&
	       streq(b->order ? b->order : "", r->order ? r->order : "");
}

void replyclock_pair(const struct replyclock_buyer *b, size_t nb, const struct replyclock_reply *r,
                     size_t nr, long *out)
{
	for (size_t i = 0; i < nb; i++) {
		out[i] = -1;
		for (size_t k = 0; k < nr; k++)
			if (r[k].time >= b[i].time && same_thread(&b[i], &r[k]) &&
			    (out[i] < 0 || r[k].time < r[out[i]].time))
				out[i] = (long) k;
	}
}

static int cmp_u64(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *) a, y = *(const uint64_t *) b;
	return x < y ? -1 : x > y;
}

uint64_t replyclock_median(uint64_t *v, size_t n)
{
	if (!n)
		return 0;
	qsort(v, n, sizeof(*v), cmp_u64);
	return n % 2 ? v[n / 2] : v[n / 2 - 1] + (v[n / 2] - v[n / 2 - 1]) / 2;
}

uint64_t replyclock_percentile(uint64_t *v, size_t n, unsigned p)
{
	size_t rank;

	if (!n)
		return 0;
	if (p < 1)
		p = 1;
	if (p > 100)
		p = 100;
	qsort(v, n, sizeof(*v), cmp_u64);
	rank = ((size_t) p * n + 99) / 100; /* ceil(p/100 n) */
	return v[rank ? rank - 1 : 0];
}

/* ---- from the seller state ---- */

struct gather {
	struct replyclock_buyer *b;
	struct seller_event *be; /* the events, for replyclock_unanswered */
	size_t nb;
	struct replyclock_reply *r;
	const char **rmp; /* each reply's marketplace */
	size_t nr;
};

static void gather_one(const struct seller_event *e, void *userdata)
{
	struct gather *g = userdata;

	if (e->kind == SELLER_EV_BUYER) {
		g->b = xrealloc(g->b, (g->nb + 1) * sizeof(*g->b));
		g->be = xrealloc(g->be, (g->nb + 1) * sizeof(*g->be));
		g->b[g->nb] =
		        (struct replyclock_buyer){e->time, xstrdup(e->alias), xstrdup(e->order),
		                                  xstrdup(e->marketplace), xstrdup(e->ref)};
		g->be[g->nb] = *e;
		g->be[g->nb].alias = g->b[g->nb].alias;
		g->be[g->nb].order = g->b[g->nb].order;
		g->be[g->nb].marketplace = g->b[g->nb].marketplace;
		g->be[g->nb].ref = g->b[g->nb].msgid;
		g->be[g->nb].text = "";
		g->nb++;
	} else if (e->kind == SELLER_EV_REPLY) {
		g->r = xrealloc(g->r, (g->nr + 1) * sizeof(*g->r));
		g->rmp = xrealloc(g->rmp, (g->nr + 1) * sizeof(*g->rmp));
		g->r[g->nr] = (struct replyclock_reply){
		        e->time, xstrdup(e->alias), xstrdup(e->order), xstrdup(e->ref), e->value};
		g->rmp[g->nr] = xstrdup(e->marketplace);
		g->nr++;
	}
}

static void gather_free(struct gather *g)
{
	for (size_t i = 0; i < g->nb; i++) {
		free((char *) g->b[i].alias);
		free((char *) g->b[i].order);
		free((char *) g->b[i].marketplace);
		free((char *) g->b[i].msgid);
	}
	for (size_t i = 0; i < g->nr; i++) {
		free((char *) g->r[i].alias);
		free((char *) g->r[i].order);
		free((char *) g->r[i].refs);
		free((char *) g->rmp[i]);
	}
	free(g->b);
	free(g->be);
	free(g->r);
	free(g->rmp);
}

static void figures_for(const struct gather *g, const long *pair, const char *mp, uint64_t now,
                        struct replyclock_figures *f)
{
	_cleanup_(freep) uint64_t *t = xcalloc(g->nb + 1, sizeof(uint64_t));
	_cleanup_(freep) uint64_t *d = xcalloc(g->nr + 1, sizeof(uint64_t));
	size_t nt = 0, nd = 0;

	*f = (struct replyclock_figures){.marketplace = mp};
	for (size_t i = 0; i < g->nb; i++) {
		if (mp && strcasecmp(g->b[i].marketplace, mp) != 0)
			continue;
		f->messages++;
		if (pair[i] >= 0) {
			uint64_t rt = g->r[pair[i]].time - g->b[i].time;
			t[nt++] = rt;
			f->answered++;
			if (rt <= REPLYCLOCK_DAY)
				f->within_24h++;
			else
				f->late++;
		} else if (now >= g->b[i].time && now - g->b[i].time > REPLYCLOCK_DAY) {
			f->late++;
		} else {
			f->pending++;
		}
	}
	for (size_t k = 0; k < g->nr; k++)
		if (!mp || strcasecmp(g->rmp[k], mp) == 0)
			d[nd++] = g->r[k].gate_delay;
	f->median = replyclock_median(t, nt);
	f->p90 = replyclock_percentile(t, nt, 90);
	f->share_24h = f->within_24h + f->late
	                       ? (double) f->within_24h / (double) (f->within_24h + f->late)
	                       : 1.0;
	f->gate_n = nd;
	f->gate_median = replyclock_median(d, nd);
	f->gate_p90 = replyclock_percentile(d, nd, 90);
	f->gate_max = nd ? d[nd - 1] : 0; /* sorted by the calls above */
}

void replyclock_figures(const struct seller *s, uint64_t now, replyclock_fn fn, void *userdata)
{
	struct gather g = {0};
	struct replyclock_figures f;

	seller_foreach_event(s, 0, gather_one, &g);
	_cleanup_(freep) long *pair = xcalloc(g.nb + 1, sizeof(long));
	replyclock_pair(g.b, g.nb, g.r, g.nr, pair);
	/* marketplaces in order of first appearance, buyer messages first */
	size_t total = g.nb + g.nr;
	for (size_t i = 0; i < total; i++) {
		const char *mp = i < g.nb ? g.b[i].marketplace : g.rmp[i - g.nb];
		bool seen = false;
		for (size_t k = 0; k < i && !seen; k++)
			seen = strcasecmp(k < g.nb ? g.b[k].marketplace : g.rmp[k - g.nb], mp) == 0;
		if (seen || !*mp)
			continue;
		figures_for(&g, pair, mp, now, &f);
		fn(&f, userdata);
	}
	figures_for(&g, pair, NULL, now, &f);
	fn(&f, userdata);
	gather_free(&g);
}

void replyclock_unanswered(const struct seller *s, uint64_t now, const unsigned *warn,
                           size_t n_warn, replyclock_open_fn fn, void *userdata)
{
	struct gather g = {0};

	if (!n_warn)
		return;
	seller_foreach_event(s, 0, gather_one, &g);
	_cleanup_(freep) long *pair = xcalloc(g.nb + 1, sizeof(long));
	replyclock_pair(g.b, g.nb, g.r, g.nr, pair);
	/* buyer events are in the order written, which is close to time order; the
	 * oldest unanswered message of each thread speaks for it */
	_cleanup_(freep) size_t *order = xcalloc(g.nb + 1, sizeof(size_t));
	size_t n = 0;
	for (size_t i = 0; i < g.nb; i++) {
		bool first = true;
		if (pair[i] >= 0 || now < g.b[i].time || now - g.b[i].time < warn[0])
			continue;
		for (size_t k = 0; k < g.nb && first; k++)
			if (k != i && pair[k] < 0 && strcasecmp(g.b[k].alias, g.b[i].alias) == 0 &&
			    streq(g.b[k].order, g.b[i].order) &&
			    (g.b[k].time < g.b[i].time || (g.b[k].time == g.b[i].time && k < i)))
				first = false;
		if (!first)
			continue;
		size_t at = n++;
		while (at && g.b[order[at - 1]].time > g.b[i].time) {
			order[at] = order[at - 1];
			at--;
		}
		order[at] = i;
	}
	for (size_t j = 0; j < n; j++) {
		size_t i = order[j];
		uint64_t age = now - g.b[i].time;
		size_t level = 0;
		while (level + 1 < n_warn && age >= warn[level + 1])
			level++;
		fn(&g.be[i], age, level, userdata);
	}
	gather_free(&g);
}
