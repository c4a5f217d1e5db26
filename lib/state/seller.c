/*
 * seller - per-order and per-day seller state (format in seller.h). The writer keeps
 * the file open with O_APPEND; each record is one write() and one fdatasync(). The
 * whole state is also kept in memory: a seller's 90 days are thousands of records,
 * not millions. Changes that delete (forget, compaction) write a new file next to the
 * old one, fsync it, rename it over and fsync the directory.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <strings.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "record.h"
#include "seller.h"

#define REC_MAGIC  0xA5
#define REC_HDR    RECORD_HDR
#define T_HEADER   0
#define T_SENT     1
#define T_LIFT     2
#define T_EVENT    3
#define HEADER_LEN 10
#define DAY_SECS   86400

void (*seller_test_mid_record)(void);

/* seq: the order records were written in, so a LIFT counts what came after it even
 * within one second. */
struct entry {
	uint64_t seq;
	uint64_t time;
	unsigned flags;
	char *order, *alias, *marketplace, *categories;
};

struct lift {
	uint64_t seq;
	uint64_t time;
	char *marketplace;
};

struct event {
	uint64_t seq;
	uint64_t time, until, value;
	unsigned kind;
	char *order, *alias, *marketplace, *ref, *text;
};

struct seller {
	char *dir, *account, *path;
	int fd;      /* the data file, O_APPEND; -1 when read-only */
	int lock_fd; /* <account>.seller.lock, flocked; -1 when read-only */
	bool broken; /* a write failed: the file state is unknown */
	struct entry *e;
	size_t n, cap;
	struct lift *l;
	size_t n_l, cap_l;
	struct event *ev;
	size_t n_ev, cap_ev;
	uint64_t seq; /* of the last record */
	struct seller_report rep;
};

static int fail(char *err, size_t errlen, int r, const char *fmt, ...) _printf_(4, 5);
static int fail(char *err, size_t errlen, int r, const char *fmt, ...)
{
	va_list ap;

	if (err && errlen) {
		va_start(ap, fmt);
		vsnprintf(err, errlen, fmt, ap);
		va_end(ap);
	}
	return r;
}

static int fsync_dir(const char *dir)
{
	int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (fd < 0)
		return -errno;
	int r = fsync(fd) < 0 ? -errno : 0;
	close(fd);
	return r;
}

/* ---- encoding ---- */

_Static_assert(9 + 4 * 256 <= SELLER_REC_MAX, "a SENT record fits");

size_t seller_encode(const struct seller_sent *e, uint8_t *out)
{
	uint8_t *p = out + REC_HDR;

	record_put64(p, e->time), p += 8;
	*p++ = (uint8_t) (e->flags & 0xff);
	p = record_put_str(p, e->order);
	p = record_put_str(p, e->alias);
	p = record_put_str(p, e->marketplace);
	p = record_put_str(p, e->categories);
	return record_frame(out, REC_MAGIC, T_SENT, (size_t) (p - out - REC_HDR));
}

static size_t encode_lift(uint64_t time, const char *marketplace, uint8_t *out)
{
	uint8_t *p = out + REC_HDR;

	record_put64(p, time), p += 8;
	p = record_put_str(p, marketplace);
	return record_frame(out, REC_MAGIC, T_LIFT, (size_t) (p - out - REC_HDR));
}

_Static_assert(25 + 5 * 256 <= SELLER_REC_MAX, "an EVENT record fits");

static size_t encode_event(const struct seller_event *e, uint8_t *out)
{
	uint8_t *p = out + REC_HDR;

	record_put64(p, e->time), p += 8;
	*p++ = (uint8_t) (e->kind & 0xff);
	record_put64(p, e->until), p += 8;
	record_put64(p, e->value), p += 8;
	p = record_put_str(p, e->order);
	p = record_put_str(p, e->alias);
	p = record_put_str(p, e->marketplace);
	p = record_put_str(p, e->ref);
	p = record_put_str(p, e->text);
	return record_frame(out, REC_MAGIC, T_EVENT, (size_t) (p - out - REC_HDR));
}

static size_t encode_header(uint8_t *out)
{
	memcpy(out + REC_HDR, "AGSELLER", 8);
	out[REC_HDR + 8] = SELLER_FORMAT & 0xff;
	out[REC_HDR + 9] = SELLER_FORMAT >> 8;
	return record_frame(out, REC_MAGIC, T_HEADER, HEADER_LEN);
}

/* ---- decoding ---- */

struct decoded {
	int type; /* T_SENT, T_LIFT, T_EVENT, T_HEADER, or -1 for an unknown type */
	unsigned version;
	uint64_t time, until, value;
	unsigned flags; /* an EVENT's kind */
	char order[256], alias[256], marketplace[256], categories[256], ref[256], text[256];
};

static bool decode(uint8_t type, const uint8_t *p, size_t n, struct decoded *d)
{
	struct record_cursor c;

	d->type = -1;
	switch (type) {
	case T_HEADER:
		if (n < HEADER_LEN || memcmp(p, "AGSELLER", 8) != 0)
			return false;
		d->type = T_HEADER;
		d->version = p[8] | (unsigned) p[9] << 8;
		return true;
	case T_SENT:
		if (n < 9 + 4)
			return false;
		d->time = record_get64(p);
		d->flags = p[8];
		c = (struct record_cursor){p + 9, p + n};
		if (!record_get_str(&c, d->order) || !record_get_str(&c, d->alias) ||
		    !record_get_str(&c, d->marketplace) || !record_get_str(&c, d->categories))
			return false;
		d->type = T_SENT;
		return true;
	case T_LIFT:
		if (n < 9)
			return false;
		d->time = record_get64(p);
		c = (struct record_cursor){p + 8, p + n};
		if (!record_get_str(&c, d->marketplace))
			return false;
		d->type = T_LIFT;
		return true;
	case T_EVENT:
		if (n < 25 + 5)
			return false;
		d->time = record_get64(p);
		d->flags = p[8];
		d->until = record_get64(p + 9);
		d->value = record_get64(p + 17);
		c = (struct record_cursor){p + 25, p + n};
		if (!record_get_str(&c, d->order) || !record_get_str(&c, d->alias) ||
		    !record_get_str(&c, d->marketplace) || !record_get_str(&c, d->ref) ||
		    !record_get_str(&c, d->text))
			return false;
		d->type = T_EVENT;
		return true;
	}
	return true; /* unknown type: valid, skipped */
}

/* Length of the valid record at data[off], or 0. */
static size_t valid_record(const uint8_t *data, size_t len, size_t off, struct decoded *d)
{
	const uint8_t *r = data + off;
	size_t plen;

	long got = record_check(data, len, off, REC_MAGIC, SELLER_REC_MAX);
	if (got < 0)
		return 0;
	plen = (size_t) got;
	if (!decode(r[1], r + REC_HDR, plen, d))
		return 0;
	return REC_HDR + plen;
}

typedef void (*walk_fn)(const struct decoded *d, void *userdata);

/* Walks data; returns where the torn tail starts (len when none). */
static size_t walk(const uint8_t *data, size_t len, walk_fn fn, void *userdata,
                   struct seller_report *rep)
{
	_cleanup_(freep) struct decoded *d = xmalloc(sizeof(*d));
	size_t off = 0;

	while (off < len) {
		size_t n = valid_record(data, len, off, d);
		if (n) {
			if (d->type == T_SENT || d->type == T_LIFT || d->type == T_EVENT) {
				if (d->type == T_EVENT)
					rep->events++;
				else
					rep->records++;
				if (fn)
					fn(d, userdata);
			} else if (d->type == T_HEADER && fn) {
				fn(d, userdata);
			}
			off += n;
			continue;
		}
		/* not a record here: damage if a valid one follows, else a torn tail */
		size_t next = off + 1;
		while (next < len && !valid_record(data, len, next, d))
			next++;
		if (next >= len) {
			rep->tail_dropped = len - off;
			return off;
		}
		if (!rep->n_damaged)
			rep->first_damage = off;
		rep->n_damaged++;
		rep->damaged_bytes += next - off;
		off = next;
	}
	return len;
}

struct parse_ctx {
	seller_fn fn;
	void *userdata;
};

static void parse_one(const struct decoded *d, void *userdata)
{
	struct parse_ctx *c = userdata;

	if (d->type != T_SENT || !c->fn)
		return;
	struct seller_sent e = {.time = d->time,
	                        .flags = d->flags,
	                        .order = d->order,
	                        .alias = d->alias,
	                        .marketplace = d->marketplace,
	                        .categories = d->categories};
	c->fn(&e, c->userdata);
}

void seller_parse(const uint8_t *data, size_t len, seller_fn fn, void *userdata,
                  struct seller_report *rep)
{
	struct parse_ctx c = {fn, userdata};

	*rep = (struct seller_report){0};
	(void) walk(data, len, parse_one, &c, rep);
}

/* ---- memory ---- */

static void entry_add(struct seller *s, uint64_t time, unsigned flags, const char *order,
                      const char *alias, const char *marketplace, const char *categories)
{
	if (s->n == s->cap) {
		s->cap = s->cap ? 2 * s->cap : 64;
		s->e = xrealloc(s->e, s->cap * sizeof(*s->e));
	}
	s->e[s->n++] = (struct entry){++s->seq,
	                              time,
	                              flags,
	                              xstrdup(order ? order : ""),
	                              xstrdup(alias ? alias : ""),
	                              xstrdup(marketplace ? marketplace : ""),
	                              xstrdup(categories ? categories : "")};
}

static void entry_free(struct entry *e)
{
	free(e->order);
	free(e->alias);
	free(e->marketplace);
	free(e->categories);
}

static void lift_add(struct seller *s, uint64_t time, const char *marketplace)
{
	if (s->n_l == s->cap_l) {
		s->cap_l = s->cap_l ? 2 * s->cap_l : 8;
		s->l = xrealloc(s->l, s->cap_l * sizeof(*s->l));
	}
	s->l[s->n_l++] = (struct lift){++s->seq, time, xstrdup(marketplace ? marketplace : "")};
}

static void event_add(struct seller *s, const struct seller_event *e)
{
	if (s->n_ev == s->cap_ev) {
		s->cap_ev = s->cap_ev ? 2 * s->cap_ev : 16;
		s->ev = xrealloc(s->ev, s->cap_ev * sizeof(*s->ev));
	}
	s->ev[s->n_ev++] =
	        (struct event){.seq = ++s->seq,
	                       .time = e->time,
	                       .until = e->until,
	                       .value = e->value,
	                       .kind = e->kind,
	                       .order = xstrdup(e->order ? e->order : ""),
	                       .alias = xstrdup(e->alias ? e->alias : ""),
	                       .marketplace = xstrdup(e->marketplace ? e->marketplace : ""),
	                       .ref = xstrdup(e->ref ? e->ref : ""),
	                       .text = xstrdup(e->text ? e->text : "")};
}

static void event_free(struct event *e)
{
	free(e->order);
	free(e->alias);
	free(e->marketplace);
	free(e->ref);
	free(e->text);
}

static struct seller_event event_view(const struct event *v)
{
	return (struct seller_event){v->time,  v->kind,        v->until, v->value, v->order,
	                             v->alias, v->marketplace, v->ref,   v->text};
}

struct load_ctx {
	struct seller *s;
	bool header;
	unsigned version;
};

static void load_one(const struct decoded *d, void *userdata)
{
	struct load_ctx *c = userdata;

	if (d->type == T_HEADER) {
		if (!c->header)
			c->version = d->version;
		c->header = true;
	} else if (d->type == T_SENT) {
		entry_add(c->s, d->time, d->flags, d->order, d->alias, d->marketplace,
		          d->categories);
	} else if (d->type == T_LIFT) {
		lift_add(c->s, d->time, d->marketplace);
	} else if (d->type == T_EVENT) {
		struct seller_event e = {d->time,  d->flags,       d->until, d->value, d->order,
		                         d->alias, d->marketplace, d->ref,   d->text};
		event_add(c->s, &e);
	}
}

static int read_all(int fd, uint8_t **ret, size_t *ret_len)
{
	struct stat st;
	uint8_t *data;
	size_t got = 0;

	*ret = NULL;
	*ret_len = 0;
	if (fstat(fd, &st) < 0)
		return -errno;
	data = xmalloc((size_t) st.st_size + 1);
	while (got < (size_t) st.st_size) {
		ssize_t n = pread(fd, data + got, (size_t) st.st_size - got, (off_t) got);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0) {
			int r = -errno;
			free(data);
			return r;
		}
		if (n == 0)
			break;
		got += (size_t) n;
	}
	*ret = data;
	*ret_len = got;
	return 0;
}

static struct seller *seller_new(const char *state_dir, const char *account)
{
	struct seller *s = xcalloc(1, sizeof(*s));

	s->dir = xstrdup(state_dir);
	s->account = xstrdup(account);
	s->path = xasprintf("%s/%s.seller", state_dir, account);
	s->fd = -1;
	s->lock_fd = -1;
	return s;
}

/* load - reads fd into s; returns where the torn tail starts, or -errno. */
static ssize_t load(struct seller *s, int fd, char *err, size_t errlen)
{
	_cleanup_(freep) uint8_t *data = NULL;
	struct load_ctx c = {.s = s};
	size_t len, good;
	int r;

	r = read_all(fd, &data, &len);
	if (r < 0)
		return fail(err, errlen, r, "%s: read: %s", s->path, strerror(-r));
	good = walk(data, len, load_one, &c, &s->rep);
	if (c.header && c.version > SELLER_FORMAT)
		return fail(err, errlen, -EPROTONOSUPPORT,
		            "%s: format version %u, newer than this program's %u", s->path,
		            c.version, SELLER_FORMAT);
	return (ssize_t) good;
}

int seller_read(const char *state_dir, const char *account, struct seller **ret, char *err,
                size_t errlen)
{
	struct seller *s = seller_new(state_dir, account);
	int fd = open(s->path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
	ssize_t r;

	*ret = NULL;
	if (fd < 0 && errno == ENOENT) {
		*ret = s;
		return 0;
	}
	if (fd < 0) {
		int e = -errno;
		fail(err, errlen, e, "%s: %s", s->path, strerror(-e));
		seller_close(s);
		return e;
	}
	r = load(s, fd, err, errlen);
	close(fd);
	if (r < 0) {
		seller_close(s);
		return (int) r;
	}
	*ret = s;
	return 0;
}

static int write_all(int fd, const uint8_t *p, size_t n)
{
	while (n) {
		ssize_t w = write(fd, p, n);
		if (w < 0 && errno == EINTR)
			continue;
		if (w < 0)
			return -errno;
		p += w;
		n -= (size_t) w;
	}
	return 0;
}

int seller_open(const char *state_dir, const char *account, struct seller **ret, char *err,
                size_t errlen)
{
	struct seller *s = seller_new(state_dir, account);
	_cleanup_(freep) char *lock = xasprintf("%s.lock", s->path);
	ssize_t good;
	struct stat st;
	int r;

	*ret = NULL;
	s->lock_fd = open(lock, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
	if (s->lock_fd < 0) {
		r = fail(err, errlen, -errno, "%s: %m", lock);
		goto bad;
	}
	if (flock(s->lock_fd, LOCK_EX | LOCK_NB) < 0) {
		r = errno == EWOULDBLOCK ? -EAGAIN : -errno;
		fail(err, errlen, r, "%s: held by another process (a running aliasgated?)", lock);
		goto bad;
	}
	s->fd = open(s->path, O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
	if (s->fd < 0) {
		r = fail(err, errlen, -errno, "%s: %m", s->path);
		goto bad;
	}
	good = load(s, s->fd, err, errlen);
	if (good < 0) {
		r = (int) good;
		goto bad;
	}
	if (fstat(s->fd, &st) < 0) {
		r = fail(err, errlen, -errno, "%s: fstat: %m", s->path);
		goto bad;
	}
	if ((off_t) good < st.st_size && (ftruncate(s->fd, (off_t) good) < 0 || fsync(s->fd) < 0)) {
		r = fail(err, errlen, -errno, "%s: cutting the torn tail: %m", s->path);
		goto bad;
	}
	if (good == 0) {
		uint8_t h[REC_HDR + HEADER_LEN];
		size_t n = encode_header(h);
		r = write_all(s->fd, h, n);
		if (r == 0 && fdatasync(s->fd) < 0)
			r = -errno;
		if (r == 0)
			r = fsync_dir(state_dir);
		if (r < 0) {
			fail(err, errlen, r, "%s: %s", s->path, strerror(-r));
			goto bad;
		}
	}
	*ret = s;
	return 0;
bad:
	seller_close(s);
	return r;
}

struct seller *seller_close(struct seller *s)
{
	if (!s)
		return NULL;
	if (s->fd >= 0)
		close(s->fd);
	if (s->lock_fd >= 0)
		close(s->lock_fd);
	for (size_t i = 0; i < s->n; i++)
		entry_free(&s->e[i]);
	for (size_t i = 0; i < s->n_l; i++)
		free(s->l[i].marketplace);
	for (size_t i = 0; i < s->n_ev; i++)
		event_free(&s->ev[i]);
	free(s->e);
	free(s->l);
	free(s->ev);
	free(s->dir);
	free(s->account);
	free(s->path);
	free(s);
	return NULL;
}

const struct seller_report *seller_report(const struct seller *s)
{
	return &s->rep;
}

const char *seller_path(const struct seller *s)
{
	return s->path;
}

/* append - one record, durably; the test hook splits the write in two. */
static int append(struct seller *s, const uint8_t *rec, size_t n)
{
	int r;

	if (s->fd < 0)
		return -EBADF;
	if (s->broken)
		return -EIO;
	if (seller_test_mid_record) {
		r = write_all(s->fd, rec, n / 2);
		if (r == 0 && fdatasync(s->fd) < 0)
			r = -errno;
		if (r == 0)
			seller_test_mid_record();
		if (r == 0)
			r = write_all(s->fd, rec + n / 2, n - n / 2);
	} else {
		r = write_all(s->fd, rec, n);
	}
	if (r == 0 && fdatasync(s->fd) < 0)
		r = -errno;
	if (r < 0)
		s->broken = true;
	return r;
}

int seller_add(struct seller *s, const struct seller_sent *e)
{
	uint8_t rec[REC_HDR + SELLER_REC_MAX];
	size_t n = seller_encode(e, rec);
	int r = append(s, rec, n);

	if (r < 0)
		return r;
	entry_add(s, e->time, e->flags, e->order, e->alias, e->marketplace, e->categories);
	return 0;
}

int seller_lift(struct seller *s, const char *marketplace, uint64_t now)
{
	uint8_t rec[REC_HDR + SELLER_REC_MAX];
	size_t n = encode_lift(now, marketplace, rec);
	int r = append(s, rec, n);

	if (r < 0)
		return r;
	lift_add(s, now, marketplace);
	return 0;
}

/* rewrite - the file anew from keep_*[]: tmp, fsync, rename, fsync the directory.
 * The memory is changed only when the new file is in place. */
static int rewrite(struct seller *s, const bool *keep_e, const bool *keep_l, const bool *keep_v)
{
	_cleanup_(freep) char *tmp = xasprintf("%s.tmp", s->path);
	uint8_t rec[REC_HDR + SELLER_REC_MAX];
	size_t n, k;
	int fd, r = 0;

	if (s->fd < 0)
		return -EBADF;
	if (s->broken)
		return -EIO;
	(void) unlink(tmp);
	fd = open(tmp, O_RDWR | O_CREAT | O_EXCL | O_APPEND | O_CLOEXEC | O_NOFOLLOW, 0600);
	if (fd < 0)
		return -errno;
	n = encode_header(rec);
	r = write_all(fd, rec, n);
	/* every kind in the order it was written (seq), so LIFTs keep their place */
	for (size_t i = 0, l = 0, v = 0; (i < s->n || l < s->n_l || v < s->n_ev) && r == 0;) {
		uint64_t se = i < s->n ? s->e[i].seq : UINT64_MAX;
		uint64_t sl = l < s->n_l ? s->l[l].seq : UINT64_MAX;
		uint64_t sv = v < s->n_ev ? s->ev[v].seq : UINT64_MAX;
		n = 0;
		if (se < sl && se < sv) {
			if (keep_e[i]) {
				struct seller_sent e = {s->e[i].time,        s->e[i].flags,
				                        s->e[i].order,       s->e[i].alias,
				                        s->e[i].marketplace, s->e[i].categories};
				n = seller_encode(&e, rec);
			}
			i++;
		} else if (sl < sv) {
			if (keep_l[l])
				n = encode_lift(s->l[l].time, s->l[l].marketplace, rec);
			l++;
		} else {
			if (keep_v[v]) {
				struct seller_event e = event_view(&s->ev[v]);
				n = encode_event(&e, rec);
			}
			v++;
		}
		if (n)
			r = write_all(fd, rec, n);
	}
	if (r == 0 && fsync(fd) < 0)
		r = -errno;
	if (r == 0 && rename(tmp, s->path) < 0)
		r = -errno;
	if (r < 0) {
		close(fd);
		(void) unlink(tmp);
		return r;
	}
	r = fsync_dir(s->dir);
	close(s->fd);
	s->fd = fd;
	if (r < 0)
		s->broken = true; /* the rename may not be durable: refuse more */
	k = 0;
	for (size_t i = 0; i < s->n; i++)
		if (keep_e[i])
			s->e[k++] = s->e[i];
		else
			entry_free(&s->e[i]);
	s->n = k;
	k = 0;
	for (size_t i = 0; i < s->n_l; i++)
		if (keep_l[i])
			s->l[k++] = s->l[i];
		else
			free(s->l[i].marketplace);
	s->n_l = k;
	k = 0;
	for (size_t i = 0; i < s->n_ev; i++)
		if (keep_v[i])
			s->ev[k++] = s->ev[i];
		else
			event_free(&s->ev[i]);
	s->n_ev = k;
	return r;
}

/* restrict_active - RESTRICT event i is in force at now. */
static bool restrict_active(const struct seller *s, size_t i, uint64_t now)
{
	const struct event *v = &s->ev[i];

	if (v->until && v->until <= now)
		return false;
	for (size_t l = 0; l < s->n_l; l++)
		if (s->l[l].seq > v->seq && strcasecmp(s->l[l].marketplace, v->marketplace) == 0)
			return false;
	return true;
}

int seller_forget(struct seller *s, const char *what, size_t *removed)
{
	bool alias = strchr(what, '@') != NULL;
	_cleanup_(freep) bool *keep_e = xcalloc(s->n + 1, sizeof(bool));
	_cleanup_(freep) bool *keep_l = xcalloc(s->n_l + 1, sizeof(bool));
	_cleanup_(freep) bool *keep_v = xcalloc(s->n_ev + 1, sizeof(bool));
	size_t gone = 0;

	if (removed)
		*removed = 0;
	if (s->fd < 0)
		return -EBADF;
	for (size_t i = 0; i < s->n; i++) {
		bool hit =
		        alias ? strcasecmp(s->e[i].alias, what) == 0 : streq(s->e[i].order, what);
		keep_e[i] = !hit;
		gone += hit;
	}
	for (size_t i = 0; i < s->n_l; i++)
		keep_l[i] = true;
	for (size_t i = 0; i < s->n_ev; i++) {
		bool hit =
		        alias ? strcasecmp(s->ev[i].alias, what) == 0 : streq(s->ev[i].order, what);
		keep_v[i] = !hit;
		gone += hit;
	}
	if (removed)
		*removed = gone;
	return gone ? rewrite(s, keep_e, keep_l, keep_v) : 0;
}

int seller_compact(struct seller *s, uint64_t now, unsigned keep_days, size_t *removed)
{
	uint64_t keep = (uint64_t) keep_days * DAY_SECS;
	_cleanup_(freep) bool *keep_e = xcalloc(s->n + 1, sizeof(bool));
	_cleanup_(freep) bool *keep_l = xcalloc(s->n_l + 1, sizeof(bool));
	_cleanup_(freep) bool *keep_v = xcalloc(s->n_ev + 1, sizeof(bool));
	size_t gone = 0;

	if (removed)
		*removed = 0;
	if (s->fd < 0)
		return -EBADF;
	for (size_t i = 0; i < s->n; i++) {
		keep_e[i] = s->e[i].time + keep > now;
		gone += !keep_e[i];
	}
	for (size_t i = 0; i < s->n_l; i++) {
		keep_l[i] = s->l[i].time + DAY_SECS > now;
		gone += !keep_l[i];
	}
	for (size_t i = 0; i < s->n_ev; i++) {
		const struct event *v = &s->ev[i];
		if (v->kind == SELLER_EV_RESTRICT) {
			keep_v[i] = restrict_active(s, i, now);
		} else if (v->kind == SELLER_EV_CURSOR) {
			keep_v[i] = true; /* only the last of each folder */
			for (size_t k = i + 1; k < s->n_ev && keep_v[i]; k++)
				keep_v[i] = !(s->ev[k].kind == SELLER_EV_CURSOR &&
				              streq(s->ev[k].ref, v->ref));
		} else {
			keep_v[i] = v->time + keep > now;
		}
		gone += !keep_v[i];
	}
	if (removed)
		*removed = gone;
	return gone ? rewrite(s, keep_e, keep_l, keep_v) : 0;
}

bool seller_neutral_sent(const struct seller *s, const char *order)
{
	if (!order || !*order)
		return false;
	for (size_t i = 0; i < s->n; i++)
		if ((s->e[i].flags & SELLER_NEUTRAL_REVIEW) && streq(s->e[i].order, order))
			return true;
	return false;
}

unsigned seller_proactive_today(const struct seller *s, const char *marketplace, uint64_t now)
{
	uint64_t midnight = now - now % DAY_SECS, after = 0;
	unsigned n = 0;

	/* the last LIFT of the day for this marketplace: only what was written after it */
	for (size_t i = 0; i < s->n_l; i++)
		if (s->l[i].time >= midnight && s->l[i].time <= now &&
		    strcasecmp(s->l[i].marketplace, marketplace) == 0 && s->l[i].seq > after)
			after = s->l[i].seq;
	for (size_t i = 0; i < s->n; i++)
		if ((s->e[i].flags & SELLER_PROACTIVE) && s->e[i].seq > after &&
		    s->e[i].time >= midnight && s->e[i].time <= now &&
		    strcasecmp(s->e[i].marketplace, marketplace) == 0)
			n++;
	return n;
}

void seller_foreach(const struct seller *s, seller_fn fn, void *userdata)
{
	for (size_t i = 0; i < s->n; i++) {
		struct seller_sent e = {s->e[i].time,  s->e[i].flags,       s->e[i].order,
		                        s->e[i].alias, s->e[i].marketplace, s->e[i].categories};
		fn(&e, userdata);
	}
}

void seller_foreach_today(const struct seller *s, uint64_t now, seller_day_fn fn, void *userdata)
{
	uint64_t midnight = now - now % DAY_SECS;

	for (size_t i = 0; i < s->n; i++) {
		bool first = true;
		if (!(s->e[i].flags & SELLER_PROACTIVE) || s->e[i].time < midnight)
			continue;
		for (size_t k = 0; k < i && first; k++)
			if ((s->e[k].flags & SELLER_PROACTIVE) && s->e[k].time >= midnight &&
			    strcasecmp(s->e[k].marketplace, s->e[i].marketplace) == 0)
				first = false;
		if (first)
			fn(s->e[i].marketplace, seller_proactive_today(s, s->e[i].marketplace, now),
			   userdata);
	}
}

/* ---- events ---- */

int seller_event_add(struct seller *s, const struct seller_event *e)
{
	uint8_t rec[REC_HDR + SELLER_REC_MAX];
	size_t n = encode_event(e, rec);
	int r = append(s, rec, n);

	if (r < 0)
		return r;
	event_add(s, e);
	return 0;
}

void seller_foreach_event(const struct seller *s, unsigned kind, seller_event_fn fn, void *userdata)
{
	for (size_t i = 0; i < s->n_ev; i++)
		if (!kind || s->ev[i].kind == kind) {
			struct seller_event e = event_view(&s->ev[i]);
			fn(&e, userdata);
		}
}

bool seller_opted_out(const struct seller *s, const char *alias, const char *order)
{
	for (size_t i = 0; i < s->n_ev; i++) {
		const struct event *v = &s->ev[i];
		if (v->kind != SELLER_EV_OPTOUT)
			continue;
		if (*v->alias && alias && strcasecmp(v->alias, alias) == 0)
			return true;
		if (!*v->alias && *v->order && order && streq(v->order, order))
			return true;
	}
	return false;
}

bool seller_restricted(const struct seller *s, const char *marketplace, uint64_t now,
                       uint64_t *until)
{
	bool any = false;

	if (until)
		*until = 0;
	for (size_t i = 0; i < s->n_ev; i++) {
		const struct event *v = &s->ev[i];
		if (v->kind != SELLER_EV_RESTRICT || strcasecmp(v->marketplace, marketplace) != 0 ||
		    !restrict_active(s, i, now))
			continue;
		if (until && (!any || (*until && (!v->until || v->until > *until))))
			*until = v->until;
		any = true;
	}
	return any;
}

bool seller_event_seen(const struct seller *s, unsigned kind, const char *ref)
{
	for (size_t i = 0; ref && i < s->n_ev; i++)
		if (s->ev[i].kind == kind && streq(s->ev[i].ref, ref))
			return true;
	return false;
}

bool seller_cursor(const struct seller *s, const char *folder, uint32_t *uidvalidity, uint32_t *uid)
{
	for (size_t i = s->n_ev; i-- > 0;)
		if (s->ev[i].kind == SELLER_EV_CURSOR && streq(s->ev[i].ref, folder)) {
			*uidvalidity = (uint32_t) (s->ev[i].value >> 32);
			*uid = (uint32_t) s->ev[i].value;
			return true;
		}
	return false;
}

bool seller_last_sent(const struct seller *s, const char *order, uint64_t t,
                      struct seller_sent *out)
{
	for (size_t i = s->n; order && *order && i-- > 0;)
		if (streq(s->e[i].order, order) && s->e[i].time <= t) {
			*out = (struct seller_sent){s->e[i].time,        s->e[i].flags,
			                            s->e[i].order,       s->e[i].alias,
			                            s->e[i].marketplace, s->e[i].categories};
			return true;
		}
	return false;
}

/* ---- requests ---- */

int seller_request_write(const char *state_dir, const char *account, const char *line, char *path,
                         size_t pathlen)
{
	struct timespec ts;
	char tmp[PATH_MAX + 8];
	int fd, r = 0;

	clock_gettime(CLOCK_REALTIME, &ts);
	snprintf(path, pathlen, "%s/%s.seller-req.%lld.%09ld.%d", state_dir, account,
	         (long long) ts.tv_sec, ts.tv_nsec, (int) getpid());
	snprintf(tmp, sizeof(tmp), "%s.tmp", path);
	fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
	if (fd < 0)
		return -errno;
	r = write_all(fd, (const uint8_t *) line, strlen(line));
	if (r == 0)
		r = write_all(fd, (const uint8_t *) "\n", 1);
	if (r == 0 && fsync(fd) < 0)
		r = -errno;
	close(fd);
	if (r == 0 && rename(tmp, path) < 0)
		r = -errno;
	if (r < 0) {
		(void) unlink(tmp);
		return r;
	}
	return fsync_dir(state_dir);
}

static int apply_line(struct seller *s, char *line, size_t *removed)
{
	size_t n = strlen(line);

	*removed = 0;
	while (n && (line[n - 1] == '\n' || line[n - 1] == '\r' || line[n - 1] == ' '))
		line[--n] = 0;
	if (strncmp(line, "forget ", 7) == 0 && line[7])
		return seller_forget(s, line + 7, removed);
	if (strncmp(line, "lift ", 5) == 0 && line[5])
		return seller_lift(s, line + 5, (uint64_t) time(NULL));
	return -EINVAL;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *) a, *(char *const *) b);
}

int seller_requests_apply(struct seller *s, seller_req_fn fn, void *userdata)
{
	_cleanup_(freep) char *prefix = xasprintf("%s.seller-req.", s->account);
	size_t pl = strlen(prefix), n = 0, cap = 0;
	char **names = NULL;
	struct dirent *de;
	int applied = 0;
	DIR *d;

	if (s->fd < 0)
		return -EBADF;
	d = opendir(s->dir);
	if (!d)
		return -errno;
	while ((de = readdir(d))) {
		size_t len = strlen(de->d_name);
		if (strncmp(de->d_name, prefix, pl) != 0 ||
		    (len > 4 && streq(de->d_name + len - 4, ".tmp")))
			continue;
		if (n == cap) {
			cap = cap ? 2 * cap : 8;
			names = xrealloc(names, cap * sizeof(*names));
		}
		names[n++] = xstrdup(de->d_name);
	}
	closedir(d);
	if (n)
		qsort(names, n, sizeof(*names), cmp_str); /* oldest first */
	for (size_t i = 0; i < n; i++) {
		_cleanup_(freep) char *p = xasprintf("%s/%s", s->dir, names[i]);
		char line[600] = "";
		size_t removed = 0;
		int fd = open(p, O_RDONLY | O_CLOEXEC | O_NOFOLLOW), r;
		if (fd >= 0) {
			ssize_t got = read(fd, line, sizeof(line) - 1);
			line[got > 0 ? got : 0] = 0;
			close(fd);
			r = apply_line(s, line, &removed);
		} else {
			r = -errno;
		}
		/* A request that failed for the file's sake stays for the next try; one
		 * that cannot be understood is dropped (and reported). */
		if (r == 0 || r == -EINVAL) {
			(void) unlink(p);
			applied++;
		}
		if (fn)
			fn(line, r, removed, userdata);
		free(names[i]);
	}
	free(names);
	if (applied)
		(void) fsync_dir(s->dir);
	return applied;
}
