/*
 * stats - per-day verdict counts for `aliasgate stats` (format in stats.h). The writer
 * keeps the current day's file open with O_APPEND; each record is one write(), and an
 * fdatasync() follows per group (stats.h). Opening a day file that already exists cuts off a torn
 * tail first, so the next record never lands after garbage.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "record.h"
#include "fd.h"
#include "stats.h"

#define REC_MAGIC  0xA7
#define REC_HDR    RECORD_HDR
#define T_HEADER   0
#define T_EVENT    1
#define HEADER_LEN 10
#define DAY_SECS   86400

struct stats {
	char *dir; /* <state_dir>/stats */
	unsigned keep_days;
	int fd;
	char day[11];      /* of the open file */
	unsigned unsynced; /* records written since the last fdatasync */
	uint64_t synced;   /* event time (unix seconds) of the last fdatasync */
};

/* sync_day - makes the open day file's records durable. */
static int sync_day(struct stats *s)
{
	if (s->fd < 0 || s->unsynced == 0)
		return 0;
	if (fdatasync(s->fd) < 0)
		return -errno;
	s->unsynced = 0;
	return 0;
}

/* ---- writing (framing: record.h) ---- */

size_t stats_encode(const struct stats_event *e, uint8_t *out)
{
	uint8_t *p = out + REC_HDR;
	size_t n = e->n_hits > STATS_MAX_HITS ? STATS_MAX_HITS : e->n_hits;

	record_put64(p, e->time), p += 8;
	*p++ = e->override ? 1 : 0;
	p = record_put_str(p, e->outcome);
	p = record_put_str(p, e->account);
	p = record_put_str(p, e->marketplace);
	*p++ = (uint8_t) n;
	for (size_t i = 0; i < n; i++) {
		*p++ = (uint8_t) e->hits[i].action;
		p = record_put_str(p, e->hits[i].rule);
		p = record_put_str(p, e->hits[i].category);
	}
	/* 9 + 3 * 256 + 1 + 32 * 513 < STATS_REC_MAX + ... : checked by the static assert */
	return record_frame(out, REC_MAGIC, T_EVENT, (size_t) (p - out - REC_HDR));
}
_Static_assert(9 + 3 * 256 + 1 + STATS_MAX_HITS * 513 <= 65535, "payload fits u16");

/* ---- reading ---- */

/* Decodes an EVENT payload into e (strings in bufs); false when it is malformed. */
struct decoded {
	struct stats_event e;
	char outcome[256], account[256], marketplace[256];
	char rule[STATS_MAX_HITS][256], category[STATS_MAX_HITS][256];
	struct stats_hit hits[STATS_MAX_HITS];
};

static bool decode_event(const uint8_t *p, size_t n, struct decoded *d)
{
	struct record_cursor c = {p + 9, p + n};
	size_t nh;

	if (n < 9 + 4)
		return false;
	d->e = (struct stats_event){.time = record_get64(p), .override = p[8] & 1};
	if (!record_get_str(&c, d->outcome) || !record_get_str(&c, d->account) ||
	    !record_get_str(&c, d->marketplace) || c.p >= c.end)
		return false;
	nh = *c.p++;
	if (nh > STATS_MAX_HITS)
		return false;
	for (size_t i = 0; i < nh; i++) {
		if (c.p >= c.end || *c.p > STATS_HOLD)
			return false;
		d->hits[i].action = (enum stats_action) * c.p++;
		if (!record_get_str(&c, d->rule[i]) || !record_get_str(&c, d->category[i]))
			return false;
		d->hits[i].rule = d->rule[i];
		d->hits[i].category = d->category[i];
	}
	d->e.outcome = d->outcome;
	d->e.account = d->account;
	d->e.marketplace = d->marketplace;
	d->e.hits = d->hits;
	d->e.n_hits = nh;
	return true;
}

/* Length of the valid record at data[off], or 0. */
static size_t valid_record(const uint8_t *data, size_t len, size_t off, struct decoded *d,
                           bool *is_event)
{
	const uint8_t *r = data + off;
	size_t plen;

	*is_event = false;
	long got = record_check(data, len, off, REC_MAGIC, STATS_REC_MAX);
	if (got < 0)
		return 0;
	plen = (size_t) got;
	switch (r[1]) {
	case T_HEADER:
		if (plen < HEADER_LEN || memcmp(r + REC_HDR, "AGSTATS", 8) != 0)
			return 0;
		break;
	case T_EVENT:
		if (!decode_event(r + REC_HDR, plen, d))
			return 0;
		*is_event = true;
		break;
	}
	return REC_HDR + plen;
}

/* Walks data; returns where the torn tail starts (len when none). */
static size_t walk(const uint8_t *data, size_t len, stats_fn fn, void *userdata,
                   struct stats_report *rep)
{
	_cleanup_(freep) struct decoded *d = xmalloc(sizeof(*d));
	size_t off = 0;

	while (off < len) {
		bool ev;
		size_t n = valid_record(data, len, off, d, &ev);
		if (n) {
			if (ev) {
				if (fn)
					fn(&d->e, userdata);
				if (rep) {
					rep->events++;
					if (!rep->first || d->e.time < rep->first)
						rep->first = d->e.time;
					if (d->e.time > rep->last)
						rep->last = d->e.time;
				}
			}
			off += n;
			continue;
		}
		/* Not a record: find the next valid one. None: torn tail. */
		size_t next = off + 1;
		while (next < len && !valid_record(data, len, next, d, &ev))
			next++;
		if (next >= len) {
			if (rep) {
				rep->torn++;
				rep->torn_bytes += len - off;
			}
			return off;
		}
		if (rep) {
			rep->damaged++;
			rep->damaged_bytes += next - off;
		}
		off = next;
	}
	return len;
}

void stats_parse(const uint8_t *data, size_t len, stats_fn fn, void *userdata,
                 struct stats_report *rep)
{
	(void) walk(data, len, fn, userdata, rep);
}

static int read_fd(int fd, uint8_t **ret, size_t *ret_len)
{
	struct stat st;
	uint8_t *buf;
	size_t got = 0;

	if (fstat(fd, &st) < 0)
		return -errno;
	buf = xmalloc((size_t) st.st_size + 1);
	while (got < (size_t) st.st_size) {
		ssize_t r = read(fd, buf + got, (size_t) st.st_size - got);
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0) {
			int e = -errno;
			free(buf);
			return e;
		}
		if (r == 0)
			break;
		got += (size_t) r;
	}
	*ret = buf;
	*ret_len = got;
	return 0;
}

void stats_day(uint64_t t, char *buf)
{
	time_t tt = (time_t) t;
	struct tm tm;

	if (!gmtime_r(&tt, &tm) || tm.tm_year + 1900 > 9999 || tm.tm_year + 1900 < 0) {
		memcpy(buf, "9999-12-31", 11);
		return;
	}
	strftime(buf, 11, "%Y-%m-%d", &tm);
}

/* "YYYY-MM-DD.stats" -> true and the day in day[11]. */
static bool day_file(const char *name, char *day)
{
	if (strlen(name) != 16 || strcmp(name + 10, ".stats") != 0)
		return false;
	for (int i = 0; i < 10; i++) {
		bool dash = i == 4 || i == 7;
		if (dash ? name[i] != '-' : (name[i] < '0' || name[i] > '9'))
			return false;
	}
	memcpy(day, name, 10);
	day[10] = 0;
	return true;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *) a, *(char *const *) b);
}

/* The day files of dir, sorted; *ret NULL-terminated. */
static int list_days(const char *dir, char ***ret, size_t *ret_n)
{
	DIR *dp = opendir(dir);
	struct dirent *de;
	char **v = NULL;
	size_t n = 0;
	char day[11];

	*ret = NULL;
	*ret_n = 0;
	if (!dp)
		return errno == ENOENT ? 0 : -errno;
	while ((de = readdir(dp))) {
		if (!day_file(de->d_name, day))
			continue;
		v = xrealloc(v, (n + 2) * sizeof(*v));
		v[n++] = xstrdup(day);
		v[n] = NULL;
	}
	closedir(dp);
	if (n)
		qsort(v, n, sizeof(*v), cmp_str);
	*ret = v;
	*ret_n = n;
	return 0;
}

static void free_list(char **v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(v[i]);
	free(v);
}

struct since_filter {
	uint64_t since;
	stats_fn fn;
	void *userdata;
	struct stats_report *rep;
};

static void filter_cb(const struct stats_event *e, void *userdata)
{
	struct since_filter *f = userdata;

	if (e->time < f->since)
		return;
	f->rep->events++;
	if (!f->rep->first || e->time < f->rep->first)
		f->rep->first = e->time;
	if (e->time > f->rep->last)
		f->rep->last = e->time;
	if (f->fn)
		f->fn(e, f->userdata);
}

int stats_read(const char *state_dir, uint64_t since, stats_fn fn, void *userdata,
               struct stats_report *rep)
{
	_cleanup_(freep) char *dir = xasprintf("%s/stats", state_dir);
	char **days;
	size_t n;
	char since_day[11];
	int r;

	*rep = (struct stats_report){0};
	r = list_days(dir, &days, &n);
	if (r < 0)
		return r;
	stats_day(since, since_day);
	for (size_t i = 0; i < n; i++) {
		if (strcmp(days[i], since_day) < 0)
			continue;
		_cleanup_(freep) char *path = xasprintf("%s/%s.stats", dir, days[i]);
		int fd = open(path, O_RDONLY | O_CLOEXEC);
		uint8_t *data;
		size_t len;
		if (fd < 0) {
			if (errno == ENOENT) /* pruned meanwhile */
				continue;
			r = -errno;
			break;
		}
		r = read_fd(fd, &data, &len);
		close(fd);
		if (r < 0)
			break;
		/* events are counted by the filter, the rest of the report by walk() */
		struct stats_report one = {0};
		struct since_filter flt = {since, fn, userdata, rep};
		(void) walk(data, len, filter_cb, &flt, &one);
		free(data);
		rep->files++;
		rep->damaged += one.damaged;
		rep->damaged_bytes += one.damaged_bytes;
		rep->torn += one.torn;
		rep->torn_bytes += one.torn_bytes;
		if (!rep->first_day[0])
			memcpy(rep->first_day, days[i], 11);
		memcpy(rep->last_day, days[i], 11);
	}
	free_list(days, n);
	return r;
}

int stats_prune(const char *state_dir, unsigned keep_days, uint64_t now)
{
	_cleanup_(freep) char *dir = xasprintf("%s/stats", state_dir);
	char **days;
	size_t n;
	char oldest[11];
	int r, pruned = 0;

	if (keep_days == 0)
		return 0;
	r = list_days(dir, &days, &n);
	if (r < 0)
		return r;
	/* keep today and the keep_days - 1 days before it */
	stats_day(now - (uint64_t) (keep_days - 1) * DAY_SECS, oldest);
	for (size_t i = 0; i < n; i++) {
		if (strcmp(days[i], oldest) >= 0)
			continue;
		_cleanup_(freep) char *path = xasprintf("%s/%s.stats", dir, days[i]);
		if (unlink(path) < 0 && errno != ENOENT) {
			r = -errno;
			break;
		}
		pruned++;
	}
	free_list(days, n);
	return r < 0 ? r : pruned;
}

/* ---- writing ---- */

int stats_open(const char *state_dir, unsigned keep_days, struct stats **ret, char *err,
               size_t errlen)
{
	struct stats *s;
	int r;

	*ret = NULL;
	s = xcalloc(1, sizeof(*s));
	s->dir = xasprintf("%s/stats", state_dir);
	s->keep_days = keep_days;
	s->fd = -1;
	/* state_dir itself is made by journal_open(); stats/ is ours, made durably */
	if (mkdir(s->dir, 0700) == 0) {
		r = fd_fsync_dir(state_dir);
		if (r < 0) {
			snprintf(err, errlen, "%s: fsync: %s", state_dir, strerror(-r));
			stats_close(s);
			return r;
		}
	} else if (errno != EEXIST) {
		r = -errno;
		snprintf(err, errlen, "%s: %s", s->dir, strerror(errno));
		stats_close(s);
		return r;
	}
	*ret = s;
	return 0;
}

/* Opens the file for day, creating it with a header, or cutting off a torn tail. */
static int open_day(struct stats *s, const char *day, bool *created)
{
	_cleanup_(freep) char *path = xasprintf("%s/%s.stats", s->dir, day);
	int fd, r;

	*created = false;
	fd = open(path, O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC, 0640);
	if (fd < 0)
		return -errno;
	uint8_t *data;
	size_t len;
	r = read_fd(fd, &data, &len);
	if (r < 0) {
		close(fd);
		return r;
	}
	size_t good = len ? walk(data, len, NULL, NULL, NULL) : 0;
	free(data);
	if (good < len && ftruncate(fd, (off_t) good) < 0) {
		r = -errno;
		close(fd);
		return r;
	}
	if (good == 0) {
		uint8_t rec[REC_HDR + HEADER_LEN];
		memcpy(rec + REC_HDR, "AGSTATS", 8);
		rec[REC_HDR + 8] = STATS_FORMAT;
		rec[REC_HDR + 9] = 0;
		r = fd_write_all(fd, rec, record_frame(rec, REC_MAGIC, T_HEADER, HEADER_LEN));
		if (r == 0 && fdatasync(fd) < 0)
			r = -errno;
		if (r == 0)
			r = fd_fsync_dir(s->dir);
		if (r < 0) {
			close(fd);
			return r;
		}
		*created = true;
	}
	return fd;
}

int stats_add(struct stats *s, const struct stats_event *e)
{
	_cleanup_(freep) uint8_t *rec = xmalloc(STATS_REC_MAX + REC_HDR);
	char day[11];
	size_t n;
	int r;

	stats_day(e->time, day);
	if (s->fd < 0 || strcmp(day, s->day) != 0) {
		bool created;
		int fd = open_day(s, day, &created);
		if (fd < 0)
			return fd;
		if (s->fd >= 0) {
			(void) sync_day(s); /* yesterday's last group: best effort */
			close(s->fd);
		}
		s->unsynced = 0;
		s->fd = fd;
		memcpy(s->day, day, sizeof(day));
		if (created) {
			/* a new day: the oldest files go; a failure here loses nothing */
			char *state_dir = xstrndup(s->dir, strlen(s->dir) - strlen("/stats"));
			(void) stats_prune(state_dir, s->keep_days, e->time);
			free(state_dir);
		}
	}
	n = stats_encode(e, rec);
	r = fd_write_all(s->fd, rec, n);
	if (r == 0 && (++s->unsynced >= STATS_SYNC_MAX || e->time != s->synced)) {
		r = sync_day(s);
		s->synced = e->time;
	}
	if (r < 0) {
		/* maybe half a record: the next call reopens and cuts it off */
		close(s->fd);
		s->fd = -1;
	}
	return r;
}

unsigned stats_unsynced(const struct stats *s)
{
	return s->unsynced;
}

struct stats *stats_close(struct stats *s)
{
	if (!s)
		return NULL;
	if (s->fd >= 0) {
		(void) sync_day(s);
		close(s->fd);
	}
	free(s->dir);
	free(s);
	return NULL;
}
