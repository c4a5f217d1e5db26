/* Unit tests for lib/state/stats.c: round trip, torn tail, CRC damage, pruning. */
#include <fcntl.h>
#include <stdint.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "stats.h"
#include "test.h"

#define DAY 86400

static char dir[64];

struct seen {
	size_t n, hits, overrides;
	char last_rule[64], last_account[64], last_market[64], last_outcome[32];
};

static void count(const struct stats_event *e, void *userdata)
{
	struct seen *s = userdata;

	s->n++;
	s->hits += e->n_hits;
	s->overrides += e->override;
	snprintf(s->last_account, sizeof(s->last_account), "%s", e->account);
	snprintf(s->last_market, sizeof(s->last_market), "%s", e->marketplace);
	snprintf(s->last_outcome, sizeof(s->last_outcome), "%s", e->outcome);
	snprintf(s->last_rule, sizeof(s->last_rule), "%s", e->n_hits ? e->hits[0].rule : "");
}

static struct stats_event ev(uint64_t t, const char *rule)
{
	static const struct stats_hit hits[2] = {
	        {"promo.coupon", "promotion", STATS_REJECT},
	        {"style.caps", "style", STATS_WARN},
	};
	static struct stats_hit one;
	one = (struct stats_hit){rule, "links", STATS_HOLD};
	return (struct stats_event){
	        .time = t,
	        .outcome = rule ? "held" : "rejected",
	        .account = "shop",
	        .marketplace = "marketplace.amazon.de",
	        .hits = rule ? &one : hits,
	        .n_hits = rule ? 1 : 2,
	};
}

static char *day_path(uint64_t t)
{
	char day[11];
	stats_day(t, day);
	return xasprintf("%s/stats/%s.stats", dir, day);
}

static off_t file_size(const char *p)
{
	struct stat st;
	return stat(p, &st) == 0 ? st.st_size : -1;
}

static void test_round_trip(uint64_t now)
{
	struct stats *s = NULL;
	struct stats_report rep;
	struct seen seen = {0};
	char err[256] = "";

	test_begin("stats round trip");
	test_assert(stats_open(dir, 400, &s, err, sizeof(err)) == 0);
	struct stats_event e = ev(now, NULL);
	test_assert(stats_add(s, &e) == 0);
	e = ev(now + 1, "links.shortener");
	e.override = true;
	test_assert(stats_add(s, &e) == 0);
	s = stats_close(s);
	test_assert(stats_read(dir, now - DAY, count, &seen, &rep) == 0);
	test_assert(seen.n == 2);
	test_assert(seen.hits == 3);
	test_assert(seen.overrides == 1);
	test_assert_streq(seen.last_rule, "links.shortener");
	test_assert_streq(seen.last_account, "shop");
	test_assert_streq(seen.last_market, "marketplace.amazon.de");
	test_assert_streq(seen.last_outcome, "held");
	test_assert(rep.files == 1 && rep.events == 2 && rep.damaged == 0 && rep.torn == 0);
	test_assert(rep.first == now && rep.last == now + 1);
	/* since filters by time, not only by day */
	seen = (struct seen){0};
	test_assert(stats_read(dir, now + 1, count, &seen, &rep) == 0);
	test_assert(seen.n == 1);
	test_end();
}

static void test_torn_tail(uint64_t now)
{
	_cleanup_(freep) char *p = day_path(now);
	struct stats *s = NULL;
	struct stats_report rep;
	struct seen seen = {0};
	char err[256] = "";
	int fd;

	test_begin("stats torn last record is ignored, then cut off by the writer");
	off_t before = file_size(p);
	/* half a record, as a crash in the middle of the write would leave */
	uint8_t rec[STATS_REC_MAX + 8];
	struct stats_event e = ev(now, NULL);
	size_t n = stats_encode(&e, rec);
	fd = open(p, O_WRONLY | O_APPEND);
	test_assert(fd >= 0);
	test_assert(write(fd, rec, n / 2) == (ssize_t) (n / 2));
	close(fd);
	test_assert(stats_read(dir, now - DAY, count, &seen, &rep) == 0);
	test_assert(seen.n == 2);
	test_assert(rep.torn == 1 && rep.torn_bytes == n / 2 && rep.damaged == 0);
	/* the writer cuts the tail off before it appends */
	test_assert(stats_open(dir, 400, &s, err, sizeof(err)) == 0);
	test_assert(stats_add(s, &e) == 0);
	s = stats_close(s);
	test_assert(file_size(p) == before + (off_t) n);
	seen = (struct seen){0};
	test_assert(stats_read(dir, now - DAY, count, &seen, &rep) == 0);
	test_assert(seen.n == 3 && rep.torn == 0 && rep.damaged == 0);
	test_end();
}

static void test_crc_damage(uint64_t now)
{
	_cleanup_(freep) char *p = day_path(now);
	struct stats_report rep;
	struct seen seen = {0};
	int fd;

	test_begin("stats CRC error is skipped and reported, later records kept");
	/* flip one byte in the payload of the second record (after the 18-byte header
	 * record and the first event) */
	uint8_t rec[STATS_REC_MAX + 8];
	struct stats_event e = ev(now, NULL);
	size_t n = stats_encode(&e, rec);
	off_t at = 18 + (off_t) n + 20;
	fd = open(p, O_RDWR);
	test_assert(fd >= 0);
	uint8_t b;
	test_assert(pread(fd, &b, 1, at) == 1);
	b ^= 0x10;
	test_assert(pwrite(fd, &b, 1, at) == 1);
	close(fd);
	test_assert(stats_read(dir, now - DAY, count, &seen, &rep) == 0);
	test_assert(seen.n == 2);
	test_assert(rep.damaged == 1 && rep.damaged_bytes > 0 && rep.torn == 0);
	test_end();
}

static void test_garbage_and_encode(void)
{
	struct stats_report rep = {0};
	struct seen seen = {0};
	uint8_t junk[100];

	test_begin("stats parse of garbage finds nothing and never overruns");
	for (size_t i = 0; i < sizeof(junk); i++)
		junk[i] = (uint8_t) (i * 37 + 0xA7);
	junk[0] = 0xA7;
	stats_parse(junk, sizeof(junk), count, &seen, &rep);
	test_assert(seen.n == 0 && rep.torn == 1 && rep.torn_bytes == sizeof(junk));
	/* strings longer than 255 bytes are cut, not overflowed */
	char long_rule[600];
	memset(long_rule, 'r', sizeof(long_rule) - 1);
	long_rule[sizeof(long_rule) - 1] = 0;
	struct stats_event e = ev(1, long_rule);
	uint8_t rec[STATS_REC_MAX + 8];
	size_t n = stats_encode(&e, rec);
	rep = (struct stats_report){0};
	seen = (struct seen){0};
	stats_parse(rec, n, count, &seen, &rep);
	test_assert(seen.n == 1 && strlen(seen.last_rule) == 63);
	test_end();
}

static void test_prune(uint64_t now)
{
	struct stats *s = NULL;
	struct stats_report rep;
	char err[256] = "";

	test_begin("stats files older than stats_keep days are deleted");
	test_assert(stats_open(dir, 3, &s, err, sizeof(err)) == 0);
	for (int d = 10; d >= 5; d--) {
		struct stats_event e = ev(now - (uint64_t) d * DAY, NULL);
		test_assert(stats_add(s, &e) == 0);
	}
	s = stats_close(s);
	/* starting each day's file pruned the days 3 and more before it */
	test_assert(stats_read(dir, 0, NULL, NULL, &rep) == 0);
	test_assert(rep.files == 4);
	/* the newest of those days is 5 days ago: all go, today's file stays */
	test_assert(stats_prune(dir, 3, now) == 3);
	test_assert(stats_read(dir, 0, NULL, NULL, &rep) == 0);
	test_assert(rep.files == 1);
	test_assert(stats_prune(dir, 0, now) == 0);
	test_end();
}

/* Group commit: within one second, records wait for an fdatasync until
 * STATS_SYNC_MAX of them are written; a record of a later second syncs at once; every
 * record is readable before it is synced (one write() each). */
static void test_group_sync(uint64_t now)
{
	struct stats *s = NULL;
	struct stats_report rep;
	struct seen seen = {0};
	char err[256] = "";
	struct stats_event e = ev(now + 7, "links.shortener");

	test_begin("stats sync in groups of STATS_SYNC_MAX within a second");
	test_assert(stats_open(dir, 400, &s, err, sizeof(err)) == 0);
	test_assert(stats_add(s, &e) == 0); /* a new second: synced */
	test_assert(stats_unsynced(s) == 0);
	for (unsigned i = 1; i < STATS_SYNC_MAX; i++) {
		test_assert(stats_add(s, &e) == 0);
		test_assert(stats_unsynced(s) == i);
	}
	test_assert(stats_add(s, &e) == 0); /* the STATS_SYNC_MAX-th: synced */
	test_assert(stats_unsynced(s) == 0);
	test_assert(stats_add(s, &e) == 0);
	test_assert(stats_unsynced(s) == 1);
	test_assert(stats_read(dir, now, count, &seen, &rep) == 0);
	test_assert(seen.n >= STATS_SYNC_MAX + 2);
	e.time++; /* a later second */
	test_assert(stats_add(s, &e) == 0);
	test_assert(stats_unsynced(s) == 0);
	s = stats_close(s);
	test_end();
}

int main(void)
{
	uint64_t now = (uint64_t) time(NULL);

	snprintf(dir, sizeof(dir), "/tmp/test-stats-XXXXXX");
	if (!mkdtemp(dir))
		abort();
	test_round_trip(now);
	test_torn_tail(now);
	test_crc_damage(now);
	test_garbage_and_encode();
	test_prune(now);
	test_group_sync(now);
	_cleanup_(freep) char *cmd = xasprintf("rm -rf '%s'", dir);
	if (system(cmd) != 0)
		printf("cannot remove %s\n", dir);
	return test_exit();
}
