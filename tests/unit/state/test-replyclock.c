/*
 * test-replyclock - lib/state/replyclock.c: pairing buyer messages with replies, the
 * median and percentile maths, and the figures and unanswered threads from a seller
 * state with EVENT records (lib/state/seller.c).
 */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "replyclock.h"
#include "seller.h"
#include "test.h"

static const uint64_t T0 = 1795000000;

static void test_maths(void)
{
	test_begin("replyclock median and nearest-rank percentile");
	test_assert(replyclock_median(NULL, 0) == 0);
	test_assert(replyclock_percentile(NULL, 0, 90) == 0);
	uint64_t a[] = {5};
	test_assert(replyclock_median(a, 1) == 5 && replyclock_percentile(a, 1, 90) == 5);
	uint64_t b[] = {40, 10, 30, 20};
	test_assert(replyclock_median(b, 4) == 25);
	test_assert(b[0] == 10 && b[3] == 40);              /* sorted in place */
	test_assert(replyclock_percentile(b, 4, 90) == 40); /* rank ceil(3.6) = 4 */
	test_assert(replyclock_percentile(b, 4, 50) == 20); /* rank 2 */
	uint64_t c[10];
	for (size_t i = 0; i < 10; i++)
		c[i] = 100 - 10 * i;                         /* 100 .. 10 */
	test_assert(replyclock_percentile(c, 10, 90) == 90); /* rank 9 */
	test_assert(replyclock_percentile(c, 10, 100) == 100);
	test_assert(replyclock_percentile(c, 10, 1) == 10);
	test_assert(replyclock_median(c, 10) == 55);
	uint64_t d[] = {1, 2, 3, 4, 1000};
	test_assert(replyclock_median(d, 5) == 3);
	test_assert(replyclock_percentile(d, 5, 90) == 1000); /* rank ceil(4.5) = 5 */
	uint64_t e[] = {UINT64_MAX - 1, UINT64_MAX};          /* no overflow in the mean */
	test_assert(replyclock_median(e, 2) == UINT64_MAX - 1);
	test_end();
}

static void test_pairing(void)
{
	const struct replyclock_buyer b[] = {
	        /* 0: answered by reference (reply 1, not the earlier reply 0 of another
	         * thread) */
	        {T0, "a@marketplace.amazon.de", "111-1111111-1111111", "marketplace.amazon.de",
	         "b0@amazon.de"},
	        /* 1: no reference: alias + order (reply 2) */
	        {T0 + 10, "b@marketplace.amazon.de", "222-2222222-2222222", "marketplace.amazon.de",
	         "b1@amazon.de"},
	        /* 2: same alias, other order: unanswered */
	        {T0 + 20, "b@marketplace.amazon.de", "333-3333333-3333333", "marketplace.amazon.de",
	         "b2@amazon.de"},
	        /* 3: a reply before the message does not answer it */
	        {T0 + 1000, "c@marketplace.amazon.de", "", "marketplace.amazon.de", ""},
	        /* 4: alias compared without case, both without order */
	        {T0 + 30, "D@Marketplace.Amazon.de", "", "marketplace.amazon.de", ""},
	        /* 5: a second message of thread 0: the same reply answers it */
	        {T0 + 40, "a@marketplace.amazon.de", "111-1111111-1111111", "marketplace.amazon.de",
	         "b5@amazon.de"},
	};
	const struct replyclock_reply r[] = {
	        {T0 + 5, "x@marketplace.amazon.de", "999-9999999-9999999", "zzz b0@amazon.de.x", 1},
	        {T0 + 50, "a@marketplace.amazon.de", "111-1111111-1111111", "older@x b0@amazon.de",
	         2},
	        {T0 + 70, "b@marketplace.amazon.de", "222-2222222-2222222", "", 3},
	        {T0 + 500, "c@marketplace.amazon.de", "", "", 4},
	        {T0 + 90, "d@marketplace.amazon.de", "", "", 5},
	        {T0 + 60, "b@marketplace.amazon.de", "222-2222222-2222222", "", 6},
	};
	long out[ELEMENTSOF(b)];

	test_begin("replyclock pairing: reference, else alias + order, first in time");
	replyclock_pair(b, ELEMENTSOF(b), r, ELEMENTSOF(r), out);
	test_assert(out[0] == 1);
	test_assert(out[1] == 5); /* the first in time, not the first written */
	test_assert(out[2] == -1);
	test_assert(out[3] == -1);
	test_assert(out[4] == 4);
	test_assert(out[5] == 1);
	test_end();
}

static char dir[] = "/tmp/ag-replyclock-XXXXXX";

static void ev(struct seller *s, unsigned kind, uint64_t t, const char *alias, const char *order,
               const char *ref, uint64_t value)
{
	struct seller_event e = {.time = t,
	                         .kind = kind,
	                         .value = value,
	                         .order = order,
	                         .alias = alias,
	                         .marketplace = "marketplace.amazon.de",
	                         .ref = ref};
	test_assert(seller_event_add(s, &e) == 0);
}

struct got {
	struct replyclock_figures all;
	size_t n_mp;
	size_t open;
	uint64_t age[4];
	size_t level[4];
};

static void fig(const struct replyclock_figures *f, void *u)
{
	struct got *g = u;
	if (f->marketplace)
		g->n_mp++;
	else
		g->all = *f;
}

static void opened(const struct seller_event *b, uint64_t age, size_t level, void *u)
{
	struct got *g = u;
	if (g->open < 4) {
		g->age[g->open] = age;
		g->level[g->open] = level;
	}
	g->open++;
}

static void test_from_state(void)
{
	struct seller *s = NULL;
	char err[256];
	uint64_t now = T0 + 3 * 86400;
	static const unsigned warn[] = {43200, 72000, 86400};

	test_begin("replyclock figures and unanswered threads from the seller state");
	test_assert(mkdtemp(dir) != NULL);
	test_assert(seller_open(dir, "acct", &s, err, sizeof(err)) == 0);
	/* answered in 100 s, 200 s, 2 days (late); one unanswered 3 days (late), one
	 * unanswered 13 h (pending, past 43200), one 1 h (pending, not listed) */
	ev(s, SELLER_EV_BUYER, T0, "a@marketplace.amazon.de", "111-1111111-1111111", "m1", 0);
	ev(s, SELLER_EV_REPLY, T0 + 100, "a@marketplace.amazon.de", "111-1111111-1111111", "m1", 2);
	ev(s, SELLER_EV_BUYER, T0 + 1000, "b@marketplace.amazon.de", "", "m2", 0);
	ev(s, SELLER_EV_REPLY, T0 + 1200, "b@marketplace.amazon.de", "", "", 4);
	ev(s, SELLER_EV_BUYER, T0 + 2000, "c@marketplace.amazon.de", "", "m3", 0);
	ev(s, SELLER_EV_REPLY, T0 + 2000 + 2 * 86400, "c@marketplace.amazon.de", "", "m3", 6);
	ev(s, SELLER_EV_BUYER, T0, "d@marketplace.amazon.de", "444-4444444-4444444", "m4", 0);
	ev(s, SELLER_EV_BUYER, T0 + 10, "d@marketplace.amazon.de", "444-4444444-4444444", "m4b", 0);
	ev(s, SELLER_EV_BUYER, now - 13 * 3600, "e@marketplace.amazon.de", "", "m5", 0);
	ev(s, SELLER_EV_BUYER, now - 3600, "f@marketplace.amazon.de", "", "m6", 0);
	struct got g = {0};
	replyclock_figures(s, now, fig, &g);
	test_assert(g.n_mp == 1);
	test_assert(g.all.messages == 7 && g.all.answered == 3);
	test_assert(g.all.within_24h == 2 && g.all.late == 3 && g.all.pending == 2);
	test_assert(g.all.median == 200 && g.all.p90 == 2 * 86400);
	test_assert(g.all.share_24h > 0.39 && g.all.share_24h < 0.41);
	test_assert(g.all.gate_n == 3 && g.all.gate_median == 4 && g.all.gate_p90 == 6 &&
	            g.all.gate_max == 6);
	replyclock_unanswered(s, now, warn, 3, opened, &g);
	test_assert(g.open == 2); /* thread d once (its oldest), e; not f */
	test_assert(g.age[0] == 3 * 86400 && g.level[0] == 2);
	test_assert(g.age[1] == 13 * 3600 && g.level[1] == 0);
	/* survives a reopen, and forget removes the alias's events */
	seller_close(s);
	test_assert(seller_open(dir, "acct", &s, err, sizeof(err)) == 0);
	size_t removed = 0;
	test_assert(seller_forget(s, "d@marketplace.amazon.de", &removed) == 0 && removed == 2);
	g = (struct got){0};
	replyclock_unanswered(s, now, warn, 3, opened, &g);
	test_assert(g.open == 1);
	seller_close(s);
	test_end();
}

static void test_events(void)
{
	struct seller *s = NULL;
	char err[256];
	uint32_t v = 0, u = 0;
	uint64_t until = 1;

	test_begin("seller events: opt-out, restriction and lift, cursor, compaction");
	test_assert(seller_open(dir, "ev", &s, err, sizeof(err)) == 0);
	struct seller_event o = {.time = T0,
	                         .kind = SELLER_EV_OPTOUT,
	                         .order = "111-1111111-1111111",
	                         .alias = "A@marketplace.amazon.de",
	                         .ref = "optout.x"};
	test_assert(seller_event_add(s, &o) == 0);
	struct seller_event o2 = {.time = T0,
	                          .kind = SELLER_EV_OPTOUT,
	                          .order = "222-2222222-2222222",
	                          .ref = "optout.x"};
	test_assert(seller_event_add(s, &o2) == 0);
	test_assert(seller_opted_out(s, "a@marketplace.amazon.de", NULL));
	test_assert(!seller_opted_out(s, "b@marketplace.amazon.de", "111-1111111-1111111"));
	test_assert(seller_opted_out(s, "b@marketplace.amazon.de", "222-2222222-2222222"));
	struct seller_event r1 = {.time = T0,
	                          .kind = SELLER_EV_RESTRICT,
	                          .until = T0 + 100,
	                          .marketplace = "marketplace.amazon.de"};
	struct seller_event r2 = {
	        .time = T0, .kind = SELLER_EV_RESTRICT, .marketplace = "marketplace.amazon.fr"};
	test_assert(seller_event_add(s, &r1) == 0 && seller_event_add(s, &r2) == 0);
	test_assert(seller_restricted(s, "marketplace.amazon.de", T0 + 50, &until) &&
	            until == T0 + 100);
	test_assert(!seller_restricted(s, "marketplace.amazon.de", T0 + 100, NULL));
	test_assert(seller_restricted(s, "marketplace.amazon.fr", T0 + 999999, &until) &&
	            until == 0);
	test_assert(seller_lift(s, "marketplace.amazon.fr", T0 + 10) == 0);
	test_assert(!seller_restricted(s, "marketplace.amazon.fr", T0 + 20, NULL));
	struct seller_event c1 = {
	        .time = T0, .kind = SELLER_EV_CURSOR, .value = (7ull << 32) | 5, .ref = "INBOX"};
	struct seller_event c2 = {
	        .time = T0, .kind = SELLER_EV_CURSOR, .value = (7ull << 32) | 9, .ref = "INBOX"};
	test_assert(seller_event_add(s, &c1) == 0 && seller_event_add(s, &c2) == 0);
	test_assert(seller_cursor(s, "INBOX", &v, &u) && v == 7 && u == 9);
	test_assert(seller_event_seen(s, SELLER_EV_CURSOR, "INBOX"));
	test_assert(!seller_event_seen(s, SELLER_EV_NOTICE, "INBOX"));
	/* 100 days later: the opt-outs, both restrictions (ended) and the first cursor go */
	size_t removed = 0;
	test_assert(seller_compact(s, T0 + 100 * 86400, 90, &removed) == 0);
	test_assert(removed == 2 + 2 + 1 + 1); /* + the LIFT */
	test_assert(seller_cursor(s, "INBOX", &v, &u) && u == 9);
	test_assert(!seller_opted_out(s, "a@marketplace.amazon.de", NULL));
	seller_close(s);
	test_assert(seller_read(dir, "ev", &s, err, sizeof(err)) == 0);
	test_assert(seller_cursor(s, "INBOX", &v, &u) && u == 9);
	test_assert(seller_report(s)->records == 0 && seller_report(s)->events == 1);
	seller_close(s);
	test_end();
}

int main(void)
{
	test_maths();
	test_pairing();
	test_from_state();
	test_events();
	char cmd[PATH_MAX];
	snprintf(cmd, sizeof(cmd), "rm -rf %s", dir);
	if (dir[0] == '/' && strstr(dir, "ag-replyclock"))
		(void) !system(cmd);
	return test_exit();
}
