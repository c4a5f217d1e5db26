/*
 * journal - the per-account durable record of message states, and its in-memory
 * index. The file format, resynchronisation and torn-tail rules are documented at the
 * top of journal.h. A record is only acted on once it was completely on disk, like
 * Postfix discarding a queue file without its END record; damage in the middle of the
 * file is skipped record by record, never taken as the end of the file.
 * Never prints; never looks at anything but its own file and directory.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <openssl/evp.h>

#include "crc32c.h"
#include "fd.h"
#include "journal.h"

#define REC_MAGIC      0xA6
#define REC_HDR        8
#define REC_MAX        1024
#define T_HEADER       0
#define T_ENTRY        1
#define T_HIGHWATER    2
#define T_DAMAGE       3
#define T_RCPT_DONE    4
#define RCPT_PAYLOAD   24
#define ENTRY_PAYLOAD  102 /* format 2: the format-1 layout + the recipients digest */
#define ENTRY_V1       86
#define HEADER_PAYLOAD 12
#define DAMAGE_PAYLOAD 20
#define HEADER_MAGIC   "AGJOURNL"

struct slot {
	struct journal_entry e;
	uint64_t seq; /* order of the last append for this key: "latest" for content */
};

struct highwater {
	uint32_t uidvalidity, uid;
};

struct rcpt {
	uint32_t uidvalidity, uid;
	uint8_t d[16];
};

/* Where records were lost: keys whose latest record is older (seq) may have been
 * superseded by a lost record, and uids up to bound without any record may have had
 * one. Kept across compaction as T_DAMAGE records. */
struct mark {
	uint64_t seq, offset, length;
	uint32_t bound;
	uint32_t salv_uv, salv_uid; /* read from entry-shaped bytes in the damage, a hint */
};

struct journal {
	char *dir, *path;
	int fd;
	bool broken;      /* a write or fsync failed: the file state is unknown, refuse more */
	unsigned lazy;    /* records written since the last fdatasync (journal_append_lazy) */
	unsigned version; /* format read at open: 0 empty, 1 no header, else the header's */
	uint64_t dropped, seq;
	struct slot *slots;
	size_t n_slots, cap_slots;
	/* Open-addressing tables of slot index + 1 (0 = empty), power-of-two sizes. */
	/* by_content: (mid, rcpts, body); by_legacy: (mid, body) of format-1 entries,
	 * which have no recipients digest. */
	uint32_t *by_uid, *by_content, *by_legacy;
	size_t tab_size;
	struct highwater *hw;
	size_t n_hw;
	struct mark *marks;
	size_t n_marks;
	/* Recipients accepted: (uidvalidity, uid, rcpt digest), a set of index + 1. */
	struct rcpt *rcpts;
	size_t n_rcpts, cap_rcpts;
	uint32_t *by_rcpt;
	size_t rtab_size;
	struct journal_report report;
};

/* ---- little-endian encoding ---- */

static void put32(uint8_t *p, uint32_t v)
{
	for (int i = 0; i < 4; i++)
		p[i] = v >> (8 * i);
}

static void put64(uint8_t *p, uint64_t v)
{
	for (int i = 0; i < 8; i++)
		p[i] = v >> (8 * i);
}

static uint16_t get16(const uint8_t *p)
{
	return (uint16_t) (p[0] | p[1] << 8);
}

static uint32_t get32(const uint8_t *p)
{
	return (uint32_t) p[0] | (uint32_t) p[1] << 8 | (uint32_t) p[2] << 16 |
	       (uint32_t) p[3] << 24;
}

static uint64_t get64(const uint8_t *p)
{
	return (uint64_t) get32(p) | (uint64_t) get32(p + 4) << 32;
}

static size_t put_entry(uint8_t *p, const struct journal_entry *e)
{
	uint8_t *s = p;

	put32(p, e->key.uidvalidity), p += 4;
	put32(p, e->key.uid), p += 4;
	memcpy(p, e->key.mid, 16), p += 16;
	memcpy(p, e->key.body, 16), p += 16;
	*p++ = (uint8_t) e->state;
	*p++ = (uint8_t) e->outcome;
	put32(p, e->attempts), p += 4;
	put64(p, e->first_seen), p += 8;
	put64(p, e->next_try), p += 8;
	put64(p, e->updated), p += 8;
	memset(p, 0, 16);
	memcpy(p, e->ruleset, strnlen(e->ruleset, 16)), p += 16;
	memcpy(p, e->key.rcpts, 16), p += 16;
	return p - s;
}

static bool get_entry(const uint8_t *p, size_t n, struct journal_entry *e)
{
	if (n < ENTRY_V1)
		return false;
	memset(e, 0, sizeof(*e));
	e->key.uidvalidity = get32(p), p += 4;
	e->key.uid = get32(p), p += 4;
	memcpy(e->key.mid, p, 16), p += 16;
	memcpy(e->key.body, p, 16), p += 16;
	if (*p > JOURNAL_FILED || p[1] > JOURNAL_OUT_OVERRIDE)
		return false;
	e->state = *p++;
	e->outcome = *p++;
	e->attempts = get32(p), p += 4;
	e->first_seen = get64(p), p += 8;
	e->next_try = get64(p), p += 8;
	e->updated = get64(p), p += 8;
	memcpy(e->ruleset, p, 16), p += 16;
	e->ruleset[16] = 0;
	if (n >= ENTRY_PAYLOAD)
		memcpy(e->key.rcpts, p, 16); /* format 1: unknown, all zero */
	return true;
}

static size_t make_record(uint8_t *rec, uint8_t type, const uint8_t *payload, size_t len)
{
	rec[0] = REC_MAGIC;
	rec[1] = type;
	rec[2] = len & 0xff;
	rec[3] = len >> 8;
	memcpy(rec + REC_HDR, payload, len);
	uint32_t crc = crc32c(0, rec + 1, 3);
	crc = crc32c(crc, payload, len);
	put32(rec + 4, crc);
	return REC_HDR + len;
}

static size_t make_header(uint8_t *rec)
{
	uint8_t h[HEADER_PAYLOAD];
	memcpy(h, HEADER_MAGIC, 8);
	h[8] = JOURNAL_FORMAT & 0xff;
	h[9] = JOURNAL_FORMAT >> 8;
	h[10] = h[11] = 0;
	return make_record(rec, T_HEADER, h, sizeof(h));
}

/* ---- index ---- */

static uint64_t mix(uint64_t x)
{
	x ^= x >> 33;
	x *= 0xff51afd7ed558ccdULL;
	x ^= x >> 33;
	x *= 0xc4ceb9fe1a85ec53ULL;
	x ^= x >> 33;
	return x;
}

static uint64_t hash_uid(uint32_t uidvalidity, uint32_t uid)
{
	return mix((uint64_t) uidvalidity << 32 | uid);
}

static uint64_t hash_digest(const uint8_t d[16])
{
	uint64_t v;
	memcpy(&v, d, 8);
	return mix(v);
}

static bool is_zero(const uint8_t d[16])
{
	for (int i = 0; i < 16; i++)
		if (d[i])
			return false;
	return true;
}

static uint64_t hash_content(const struct journal_key *k)
{
	return mix(hash_digest(k->mid) ^ hash_digest(k->body) * 31 ^ hash_digest(k->rcpts) * 17);
}

static uint64_t hash_legacy(const struct journal_key *k)
{
	return mix(hash_digest(k->mid) ^ hash_digest(k->body) * 31);
}

/* Finds the bucket for a key: either the one holding a matching slot, or the empty
 * one where it would go. */
#define PROBE(tab, h, match)                                                                       \
	({                                                                                         \
		size_t m_ = j->tab_size - 1, i_ = (h) &m_;                                         \
		while ((tab)[i_]) {                                                                \
			const struct slot *s = &j->slots[(tab)[i_] - 1];                           \
			if (match)                                                                 \
				break;                                                             \
			i_ = (i_ + 1) & m_;                                                        \
		}                                                                                  \
		i_;                                                                                \
	})

static size_t probe_uid(const struct journal *j, uint32_t uv, uint32_t uid)
{
	return PROBE(j->by_uid, hash_uid(uv, uid),
	             s->e.key.uidvalidity == uv && s->e.key.uid == uid);
}

static size_t probe_content(const struct journal *j, const struct journal_key *k)
{
	return PROBE(j->by_content, hash_content(k),
	             !memcmp(s->e.key.mid, k->mid, 16) && !memcmp(s->e.key.body, k->body, 16) &&
	                     !memcmp(s->e.key.rcpts, k->rcpts, 16));
}

static size_t probe_legacy(const struct journal *j, const struct journal_key *k)
{
	return PROBE(j->by_legacy, hash_legacy(k),
	             !memcmp(s->e.key.mid, k->mid, 16) && !memcmp(s->e.key.body, k->body, 16) &&
	                     is_zero(s->e.key.rcpts));
}

/* Points the content tables at slot idx when it is the latest for its content. A slot
 * keeps its bucket when a key is re-used with other digests; lookups re-check the
 * digests, so such a stale bucket is only a miss. */
static void index_content(struct journal *j, uint32_t idx)
{
	const struct slot *s = &j->slots[idx];
	size_t b = probe_content(j, &s->e.key);
	if (!j->by_content[b] || j->slots[j->by_content[b] - 1].seq <= s->seq)
		j->by_content[b] = idx + 1;
	if (!is_zero(s->e.key.rcpts))
		return;
	b = probe_legacy(j, &s->e.key);
	if (!j->by_legacy[b] || j->slots[j->by_legacy[b] - 1].seq <= s->seq)
		j->by_legacy[b] = idx + 1;
}

static void rehash(struct journal *j, size_t size)
{
	free(j->by_uid);
	free(j->by_content);
	free(j->by_legacy);
	j->tab_size = size;
	j->by_uid = xcalloc(size, sizeof(uint32_t));
	j->by_content = xcalloc(size, sizeof(uint32_t));
	j->by_legacy = xcalloc(size, sizeof(uint32_t));
	for (size_t i = 0; i < j->n_slots; i++) {
		const struct slot *sl = &j->slots[i];
		j->by_uid[probe_uid(j, sl->e.key.uidvalidity, sl->e.key.uid)] = i + 1;
	}
	/* In seq order would be ideal; index_content keeps the highest seq anyway. */
	for (size_t i = 0; i < j->n_slots; i++)
		index_content(j, i);
}

static void note_highwater(struct journal *j, uint32_t uv, uint32_t uid)
{
	for (size_t i = 0; i < j->n_hw; i++)
		if (j->hw[i].uidvalidity == uv) {
			if (uid > j->hw[i].uid)
				j->hw[i].uid = uid;
			return;
		}
	j->hw = xrealloc(j->hw, (j->n_hw + 1) * sizeof(*j->hw));
	j->hw[j->n_hw++] = (struct highwater){uv, uid};
}

static void index_entry(struct journal *j, const struct journal_entry *e)
{
	if ((j->n_slots + 1) * 2 > j->tab_size)
		rehash(j, j->tab_size ? j->tab_size * 2 : 1024);

	size_t b = probe_uid(j, e->key.uidvalidity, e->key.uid);
	uint32_t idx;
	if (j->by_uid[b]) {
		idx = j->by_uid[b] - 1;
	} else {
		if (j->n_slots == j->cap_slots) {
			j->cap_slots = j->cap_slots ? j->cap_slots * 2 : 256;
			j->slots = xrealloc(j->slots, j->cap_slots * sizeof(*j->slots));
		}
		idx = j->n_slots++;
		j->by_uid[b] = idx + 1;
	}
	j->slots[idx].e = *e;
	j->slots[idx].e.ruleset[16] = 0;
	j->slots[idx].seq = ++j->seq;
	index_content(j, idx);
	note_highwater(j, e->key.uidvalidity, e->key.uid);
}

/* ---- recipients done ---- */

static uint64_t hash_rcpt(uint32_t uv, uint32_t uid, const uint8_t d[16])
{
	return mix(hash_uid(uv, uid) ^ hash_digest(d));
}

static size_t probe_rcpt(const struct journal *j, uint32_t uv, uint32_t uid, const uint8_t d[16])
{
	size_t m = j->rtab_size - 1, i = hash_rcpt(uv, uid, d) & m;
	while (j->by_rcpt[i]) {
		const struct rcpt *r = &j->rcpts[j->by_rcpt[i] - 1];
		if (r->uidvalidity == uv && r->uid == uid && !memcmp(r->d, d, 16))
			break;
		i = (i + 1) & m;
	}
	return i;
}

static void rcpt_rehash(struct journal *j, size_t size)
{
	free(j->by_rcpt);
	j->rtab_size = size;
	j->by_rcpt = xcalloc(size, sizeof(uint32_t));
	for (size_t i = 0; i < j->n_rcpts; i++) {
		const struct rcpt *r = &j->rcpts[i];
		j->by_rcpt[probe_rcpt(j, r->uidvalidity, r->uid, r->d)] = i + 1;
	}
}

static void index_rcpt(struct journal *j, uint32_t uv, uint32_t uid, const uint8_t d[16])
{
	if ((j->n_rcpts + 1) * 2 > j->rtab_size)
		rcpt_rehash(j, j->rtab_size ? j->rtab_size * 2 : 64);
	size_t b = probe_rcpt(j, uv, uid, d);
	if (j->by_rcpt[b])
		return;
	if (j->n_rcpts == j->cap_rcpts) {
		j->cap_rcpts = j->cap_rcpts ? j->cap_rcpts * 2 : 64;
		j->rcpts = xrealloc(j->rcpts, j->cap_rcpts * sizeof(*j->rcpts));
	}
	struct rcpt *r = &j->rcpts[j->n_rcpts++];
	r->uidvalidity = uv;
	r->uid = uid;
	memcpy(r->d, d, 16);
	j->by_rcpt[b] = j->n_rcpts;
}

/* ---- replay ---- */

static bool is_final(enum journal_state st)
{
	return st == JOURNAL_SKIPPED || st == JOURNAL_RELAYED || st == JOURNAL_FILED;
}

static void note_mark(struct journal *j, uint64_t offset, uint64_t length, uint32_t bound)
{
	j->marks = xrealloc(j->marks, (j->n_marks + 1) * sizeof(*j->marks));
	j->marks[j->n_marks++] =
	        (struct mark){.seq = ++j->seq, .offset = offset, .length = length, .bound = bound};
}

static void note_damage(struct journal *j, const uint8_t *data, uint64_t offset, uint64_t length)
{
	struct journal_report *rep = &j->report;
	if (rep->n_damaged < JOURNAL_DAMAGE_MAX)
		rep->damaged[rep->n_damaged] = (struct journal_damage){offset, length};
	rep->n_damaged++;
	rep->damaged_bytes += length;
	note_mark(j, offset, length, 0); /* the bound is set once the whole file is read */
	/* The uid of an entry-shaped record in the damage: the lost record may be about a
	 * uid higher than any that survived. Only a hint, checked against the known
	 * uidvalidities after replay. */
	struct mark *m = &j->marks[j->n_marks - 1];
	for (uint64_t p = 0; p + REC_HDR + ENTRY_PAYLOAD <= length; p++) {
		const uint8_t *r = data + offset + p;
		if (r[0] == REC_MAGIC && r[1] == T_ENTRY && get16(r + 2) >= ENTRY_PAYLOAD &&
		    get32(r + REC_HDR + 4) > m->salv_uid) {
			m->salv_uv = get32(r + REC_HDR);
			m->salv_uid = get32(r + REC_HDR + 4);
		}
	}
}

/* The length of the valid record at data[off], or 0 when there is none: the magic, a
 * length that fits, the CRC, and a payload its type's decoder accepts. */
static size_t valid_record(const uint8_t *data, size_t len, size_t off)
{
	const uint8_t *r = data + off;
	if (len - off < REC_HDR || r[0] != REC_MAGIC)
		return 0;
	size_t plen = r[2] | (size_t) r[3] << 8;
	if (plen > REC_MAX || len - off - REC_HDR < plen)
		return 0;
	if (crc32c(crc32c(0, r + 1, 3), r + REC_HDR, plen) != get32(r + 4))
		return 0;
	struct journal_entry e;
	switch (r[1]) {
	case T_HEADER:
		if (plen < HEADER_PAYLOAD || memcmp(r + REC_HDR, HEADER_MAGIC, 8))
			return 0;
		break;
	case T_ENTRY:
		if (!get_entry(r + REC_HDR, plen, &e))
			return 0;
		break;
	case T_HIGHWATER:
		if (plen < 8)
			return 0;
		break;
	case T_DAMAGE:
		if (plen < DAMAGE_PAYLOAD)
			return 0;
		break;
	case T_RCPT_DONE:
		if (plen < RCPT_PAYLOAD)
			return 0;
		break;
	}
	return REC_HDR + plen; /* unknown types: valid, skipped (forward compatibility) */
}

/* Applies every valid record of data to j. A stretch that is not a valid record but is
 * followed by one is damage: noted, skipped, and replay goes on at the next valid
 * record. A stretch with no valid record after it is the torn tail. Returns where that
 * tail starts (len when there is none). Each step advances, so this ends. */
static size_t replay(struct journal *j, const uint8_t *data, size_t len)
{
	size_t off = 0, n_marks = j->n_marks;

	j->version = 0;
	while (off < len) {
		size_t n = valid_record(data, len, off);
		if (n == 0) {
			size_t next = off + 1;
			for (;;) {
				const uint8_t *m = memchr(data + next, REC_MAGIC, len - next);
				if (!m) {
					next = len;
					break;
				}
				next = m - data;
				if (valid_record(data, len, next))
					break;
				next++;
			}
			if (next >= len)
				break;
			note_damage(j, data, off, next - off);
			off = next;
			continue;
		}
		const uint8_t *r = data + off, *pl = r + REC_HDR;
		if (off == 0)
			j->version = r[1] == T_HEADER ? get16(pl + 8) : 1;
		if (r[1] == T_HEADER && off == 0 && j->version > JOURNAL_FORMAT) {
			/* A newer format may mean anything after the header: read nothing. */
			j->report.version = j->version;
			return 0;
		} else if (r[1] == T_ENTRY) {
			struct journal_entry e;
			(void) get_entry(pl, n - REC_HDR, &e);
			index_entry(j, &e);
		} else if (r[1] == T_HIGHWATER) {
			note_highwater(j, get32(pl), get32(pl + 4));
		} else if (r[1] == T_RCPT_DONE) {
			index_rcpt(j, get32(pl), get32(pl + 4), pl + 8);
		} else if (r[1] == T_DAMAGE) {
			note_mark(j, get64(pl), get64(pl + 8), get32(pl + 16));
		}
		off += n;
	}
	/* What a lost record may have been about: any uid up to the highest in the file. */
	uint32_t top = 0;
	for (size_t i = 0; i < j->n_hw; i++)
		if (j->hw[i].uid > top)
			top = j->hw[i].uid;
	for (size_t i = n_marks; i < j->n_marks; i++) {
		struct mark *m = &j->marks[i];
		if (m->bound)
			continue;
		m->bound = top;
		if (m->salv_uid > top && journal_max_uid(j, m->salv_uv))
			m->bound = m->salv_uid;
	}
	j->report.version = j->version;
	j->report.tail_dropped = len - off;
	return off;
}

static struct journal *journal_new(void)
{
	struct journal *j = xcalloc(1, sizeof(*j));
	j->fd = -1;
	rehash(j, 1024);
	return j;
}

size_t journal_parse(const uint8_t *data, size_t len, struct journal_report *report)
{
	struct journal *j = journal_new();
	size_t good = replay(j, data, len);
	if (report)
		*report = j->report;
	journal_close(j);
	return good;
}

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

/* Account names are [A-Za-z0-9._-]+ (config.c); '+' is allowed here too so the daemon
 * can name per-folder journals "<account>+approved" without colliding with any
 * account. Nothing else, so a name can never leave state_dir. */
static bool valid_account(const char *a)
{
	if (!*a || streq(a, ".") || streq(a, ".."))
		return false;
	for (; *a; a++)
		if (!((*a >= 'a' && *a <= 'z') || (*a >= 'A' && *a <= 'Z') ||
		      (*a >= '0' && *a <= '9') || *a == '.' || *a == '_' || *a == '-' || *a == '+'))
			return false;
	return true;
}

int journal_open(const char *state_dir, const char *account, struct journal **ret, char *err,
                 size_t errlen)
{
	if (!valid_account(account))
		return fail(err, errlen, -EINVAL, "invalid account name for a journal file");

	_cleanup_(journal_closep) struct journal *j = journal_new();
	j->dir = xstrdup(state_dir);
	j->path = xasprintf("%s/%s.journal", state_dir, account);

	/* systemd's StateDirectory= normally makes it; create it for --once runs and
	 * tests, durably, since losing it after a crash would lose the journal. */
	if (mkdir(state_dir, 0700) == 0) {
		_cleanup_(freep) char *parent = xstrdup(state_dir);
		char *slash = strrchr(parent, '/');
		if (slash)
			*(slash == parent ? slash + 1 : slash) = 0;
		int r = fd_fsync_dir(slash ? parent : ".");
		if (r < 0)
			return fail(err, errlen, r, "%s: fsync: %s", parent, strerror(-r));
	} else if (errno != EEXIST) {
		return fail(err, errlen, -errno, "%s: %m", state_dir);
	}

	bool created = false;
	j->fd = open(j->path, O_RDWR | O_APPEND | O_CLOEXEC | O_NOFOLLOW);
	if (j->fd < 0 && errno == ENOENT) {
		j->fd = open(j->path, O_RDWR | O_APPEND | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW,
		             0600);
		created = true;
	}
	if (j->fd < 0)
		return fail(err, errlen, -errno, "%s: %m", j->path);
	if (flock(j->fd, LOCK_EX | LOCK_NB) < 0) {
		int r = -errno;
		if (r == -EWOULDBLOCK)
			return fail(err, errlen, r, "journal %s is locked by another aliasgated",
			            j->path);
		return fail(err, errlen, r, "%s: flock: %m", j->path);
	}
	if (created) {
		/* The file name must survive a crash as well as the records in it. */
		int r = fd_fsync_dir(state_dir);
		if (r < 0)
			return fail(err, errlen, r, "%s: fsync: %s", state_dir, strerror(-r));
	}

	struct stat st;
	if (fstat(j->fd, &st) < 0)
		return fail(err, errlen, -errno, "%s: %m", j->path);
	if (!S_ISREG(st.st_mode))
		return fail(err, errlen, -EINVAL, "%s: not a regular file", j->path);

	size_t size = st.st_size;
	_cleanup_(freep) uint8_t *data = xmalloc(size ? size : 1);
	size_t got = 0;
	while (got < size) {
		ssize_t n = pread(j->fd, data + got, size - got, got);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			return fail(err, errlen, -errno, "%s: read: %m", j->path);
		if (n == 0)
			break;
		got += n;
	}
	size_t good = replay(j, data, got);
	if (j->version > JOURNAL_FORMAT)
		return fail(err, errlen, -EPROTONOSUPPORT,
		            "%s: journal format version %u is newer than this aliasgated reads "
		            "(%u): run the newer aliasgate again; the file was left untouched "
		            "(moving it aside would forget which messages were relayed)",
		            j->path, j->version, JOURNAL_FORMAT);
	if (good == 0) {
		/* Empty (new, or everything torn): start with the header, durably. */
		uint8_t rec[REC_HDR + HEADER_PAYLOAD];
		size_t n = make_header(rec);
		int r = 0;
		if (ftruncate(j->fd, 0) < 0 || (r = fd_write_all(j->fd, rec, n)) < 0 ||
		    fdatasync(j->fd) < 0)
			return fail(err, errlen, r < 0 ? r : -errno, "%s: writing the header: %s",
			            j->path, strerror(r < 0 ? -r : errno));
		j->dropped = st.st_size;
		j->version = JOURNAL_FORMAT;
		j->report.version = 0;
	} else if (good < (size_t) st.st_size) {
		j->dropped = st.st_size - good;
		if (ftruncate(j->fd, good) < 0 || fsync(j->fd) < 0)
			return fail(err, errlen, -errno, "%s: truncating a torn tail: %m", j->path);
	}
	j->report.tail_dropped = j->dropped;
	*ret = TAKE_PTR(j);
	return 0;
}

const struct journal_report *journal_report(const struct journal *j)
{
	return &j->report;
}

bool journal_suspect(const struct journal *j, uint32_t uidvalidity, uint32_t uid)
{
	uint32_t v = j->n_marks ? j->by_uid[probe_uid(j, uidvalidity, uid)] : 0;
	const struct slot *s = v ? &j->slots[v - 1] : NULL;
	for (size_t i = 0; i < j->n_marks; i++) {
		const struct mark *m = &j->marks[i];
		if (uid <= m->bound && (!s || (s->seq < m->seq && !is_final(s->e.state))))
			return true;
	}
	return false;
}

uint64_t journal_dropped(const struct journal *j)
{
	return j->dropped;
}

const char *journal_path(const struct journal *j)
{
	return j->path;
}

size_t journal_count(const struct journal *j)
{
	return j->n_slots;
}

/* Writes one record and, when sync is set or JOURNAL_LAZY_MAX records wait, fdatasyncs
 * (which makes every earlier record durable too): durable on return 0 when synced. */
static int append_record(struct journal *j, uint8_t type, const uint8_t *payload, size_t plen,
                         bool sync)
{
	uint8_t rec[REC_HDR + REC_MAX];

	if (j->broken || j->fd < 0)
		return -EIO;
	size_t len = make_record(rec, type, payload, plen);
	struct stat st;
	if (fstat(j->fd, &st) < 0)
		return -errno;
	int r = fd_write_all(j->fd, rec, len);
	if (r == 0 && !sync && ++j->lazy < JOURNAL_LAZY_MAX)
		return 0;
	if (r == 0 && fdatasync(j->fd) < 0)
		r = -errno;
	if (r == 0)
		j->lazy = 0;
	if (r < 0) {
		/* After a failed fsync the page cache state is unknown (Linux may have
		 * dropped the dirty pages), so never trust this descriptor again. Try to
		 * cut the partial record off; the next open would anyway. */
		j->broken = true;
		(void) !ftruncate(j->fd, st.st_size);
	}
	return r;
}

static int append_entry(struct journal *j, const struct journal_entry *e, bool sync)
{
	uint8_t payload[ENTRY_PAYLOAD];
	int r = append_record(j, T_ENTRY, payload, put_entry(payload, e), sync);
	if (r == 0)
		index_entry(j, e);
	return r;
}

int journal_append(struct journal *j, const struct journal_entry *e)
{
	return append_entry(j, e, true);
}

int journal_append_lazy(struct journal *j, const struct journal_entry *e)
{
	return append_entry(j, e, false);
}

static int sync_lazy(struct journal *j)
{
	if (!j || j->broken || j->fd < 0)
		return j && j->broken ? -EIO : 0;
	if (j->lazy == 0)
		return 0;
	if (fdatasync(j->fd) < 0) {
		j->broken = true; /* as in append_record: the page cache state is unknown */
		return -errno;
	}
	j->lazy = 0;
	return 0;
}

int journal_sync(struct journal *j)
{
	return sync_lazy(j);
}

int journal_rcpt_done(struct journal *j, const struct journal_key *key, const uint8_t rcpt[16])
{
	uint8_t payload[RCPT_PAYLOAD];

	if (journal_rcpt_is_done(j, key, rcpt))
		return j->broken ? -EIO : 0;
	put32(payload, key->uidvalidity);
	put32(payload + 4, key->uid);
	memcpy(payload + 8, rcpt, 16);
	int r = append_record(j, T_RCPT_DONE, payload, RCPT_PAYLOAD, true);
	if (r == 0)
		index_rcpt(j, key->uidvalidity, key->uid, rcpt);
	return r;
}

bool journal_rcpt_is_done(const struct journal *j, const struct journal_key *key,
                          const uint8_t rcpt[16])
{
	return j->n_rcpts && j->by_rcpt[probe_rcpt(j, key->uidvalidity, key->uid, rcpt)];
}

size_t journal_rcpt_count(const struct journal *j, const struct journal_key *key)
{
	size_t n = 0;
	for (size_t i = 0; i < j->n_rcpts; i++)
		n += j->rcpts[i].uidvalidity == key->uidvalidity && j->rcpts[i].uid == key->uid;
	return n;
}

const struct journal_entry *journal_find_uid(const struct journal *j, uint32_t uidvalidity,
                                             uint32_t uid)
{
	uint32_t v = j->by_uid[probe_uid(j, uidvalidity, uid)];
	return v ? &j->slots[v - 1].e : NULL;
}

const struct journal_entry *journal_find_content(const struct journal *j,
                                                 const struct journal_key *key)
{
	uint32_t v = j->by_content[probe_content(j, key)];
	/* A format-1 entry may be about the same recipients: count it as the same. */
	uint32_t l = j->by_legacy[probe_legacy(j, key)];
	if (l && (!v || j->slots[l - 1].seq > j->slots[v - 1].seq))
		v = l;
	return v ? &j->slots[v - 1].e : NULL;
}

enum journal_seen journal_lookup(const struct journal *j, const struct journal_key *key,
                                 const struct journal_entry **ret)
{
	const struct journal_entry *e = journal_find_content(j, key);
	if (ret)
		*ret = e;
	if (!e)
		return JOURNAL_SEEN_NEW;
	if (e->state == JOURNAL_RELAYED ||
	    (e->state == JOURNAL_FILED &&
	     (e->outcome == JOURNAL_OUT_RELAYED || e->outcome == JOURNAL_OUT_OVERRIDE)))
		return JOURNAL_SEEN_RELAYED;
	return JOURNAL_SEEN_OTHER;
}

uint32_t journal_max_uid(const struct journal *j, uint32_t uidvalidity)
{
	for (size_t i = 0; i < j->n_hw; i++)
		if (j->hw[i].uidvalidity == uidvalidity)
			return j->hw[i].uid;
	return 0;
}

void journal_foreach(const struct journal *j, void (*fn)(const struct journal_entry *, void *),
                     void *ctx)
{
	for (size_t i = 0; i < j->n_slots; i++)
		fn(&j->slots[i].e, ctx);
}

static int cmp_seq(const void *a, const void *b)
{
	const struct slot *x = a, *y = b;
	return x->seq < y->seq ? -1 : x->seq > y->seq;
}

/* Buffered writing of a whole new file; the first error sticks. */
struct wbuf {
	int fd, r;
	size_t used;
	uint8_t buf[64 * 1024];
};

static int wbuf_flush(struct wbuf *w)
{
	if (w->r == 0 && w->used)
		w->r = fd_write_all(w->fd, w->buf, w->used);
	w->used = 0;
	return w->r;
}

static void wbuf_record(struct wbuf *w, uint8_t type, const uint8_t *payload, size_t len)
{
	if (w->used + REC_HDR + len > sizeof(w->buf))
		(void) wbuf_flush(w);
	w->used += make_record(w->buf + w->used, type, payload, len);
}

static void wbuf_header(struct wbuf *w)
{
	w->used += make_header(w->buf + w->used);
}

/* A RCPT_DONE record stays as long as its entry does. */
static bool rcpt_kept(const struct journal *j, const bool *kept, const struct rcpt *rc)
{
	uint32_t v = j->by_uid[probe_uid(j, rc->uidvalidity, rc->uid)];
	return v && kept[v - 1];
}

static int cmp_u32(const void *a, const void *b)
{
	uint32_t x = *(const uint32_t *) a, y = *(const uint32_t *) b;
	return x < y ? -1 : x > y;
}

static bool is_present(const struct journal_present *present, const uint32_t *sorted,
                       uint32_t uidvalidity, uint32_t uid)
{
	return uidvalidity == present->uidvalidity && present->n &&
	       bsearch(&uid, sorted, present->n, sizeof(uint32_t), cmp_u32);
}

/* Whether a present uid is still suspect because of mark m: then m must stay. */
static bool mark_needed(const struct journal *j, const struct mark *m,
                        const struct journal_present *present)
{
	if (!present)
		return true;
	for (size_t i = 0; i < present->n; i++) {
		uint32_t uid = present->uids[i];
		if (uid > m->bound)
			continue;
		uint32_t v = j->by_uid[probe_uid(j, present->uidvalidity, uid)];
		const struct slot *s = v ? &j->slots[v - 1] : NULL;
		if (!s || (s->seq < m->seq && !is_final(s->e.state)))
			return true;
	}
	return false;
}

int journal_compact(struct journal *j, uint64_t now, uint64_t keep_seconds,
                    const struct journal_present *present)
{
	if (j->broken || j->fd < 0)
		return -EIO;

	_cleanup_(freep) uint32_t *sorted = NULL;
	if (present && present->n) {
		sorted = xmalloc(present->n * sizeof(uint32_t));
		memcpy(sorted, present->uids, present->n * sizeof(uint32_t));
		qsort(sorted, present->n, sizeof(uint32_t), cmp_u32);
	}
	/* Keep the append order, so "latest for this content" stays the same. */
	struct slot *keep = xmalloc((j->n_slots + 1) * sizeof(*keep));
	_cleanup_(freep) bool *kept = xcalloc(j->n_slots + 1, sizeof(bool));
	size_t n = 0;
	for (size_t i = 0; i < j->n_slots; i++) {
		const struct journal_entry *e = &j->slots[i].e;
		/* Finished: nothing more will happen to it, unless it is still in the
		 * watch folder (a MOVE that never happened): then whatever its age. */
		bool old = now > keep_seconds && e->updated < now - keep_seconds;
		if (is_final(e->state) && old && present &&
		    !is_present(present, sorted, e->key.uidvalidity, e->key.uid))
			continue;
		kept[i] = true;
		keep[n++] = j->slots[i];
	}
	/* Damage marks stay while a message in the folder is suspect because of them. */
	_cleanup_(freep) struct mark *marks = xmalloc((j->n_marks + 1) * sizeof(*marks));
	size_t n_mk = 0;
	for (size_t i = 0; i < j->n_marks; i++)
		if (mark_needed(j, &j->marks[i], present))
			marks[n_mk++] = j->marks[i];
	qsort(keep, n, sizeof(*keep), cmp_seq);

	_cleanup_(freep) char *tmp = xasprintf("%s.tmp", j->path);
	int r = 0;
	(void) unlink(tmp);
	int fd = open(tmp, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC | O_APPEND, 0600);
	if (fd < 0) {
		free(keep);
		return -errno;
	}
	/* Lock the new inode before it takes the name, so there is no instant at which
	 * the journal path names an unlocked file. */
	if (flock(fd, LOCK_EX | LOCK_NB) < 0)
		r = -errno;

	_cleanup_(freep) struct wbuf *w = xcalloc(1, sizeof(*w));
	uint8_t payload[REC_MAX];
	w->fd = fd;
	w->r = r;
	wbuf_header(w);
	size_t m = 0;
	for (size_t i = 0; i <= n; i++) {
		/* Damage marks in their place among the entries, by seq. */
		for (; m < n_mk && (i == n || marks[m].seq < keep[i].seq); m++) {
			const struct mark *k = &marks[m];
			put64(payload, k->offset);
			put64(payload + 8, k->length);
			put32(payload + 16, k->bound);
			wbuf_record(w, T_DAMAGE, payload, DAMAGE_PAYLOAD);
		}
		if (i < n)
			wbuf_record(w, T_ENTRY, payload, put_entry(payload, &keep[i].e));
	}
	for (size_t i = 0; i < j->n_hw; i++) {
		put32(payload, j->hw[i].uidvalidity);
		put32(payload + 4, j->hw[i].uid);
		wbuf_record(w, T_HIGHWATER, payload, 8);
	}
	/* Recipients done, for the entries kept. */
	for (size_t i = 0; i < j->n_rcpts; i++) {
		const struct rcpt *rc = &j->rcpts[i];
		if (!rcpt_kept(j, kept, rc))
			continue;
		put32(payload, rc->uidvalidity);
		put32(payload + 4, rc->uid);
		memcpy(payload + 8, rc->d, 16);
		wbuf_record(w, T_RCPT_DONE, payload, RCPT_PAYLOAD);
	}
	r = wbuf_flush(w);
	if (r == 0 && fsync(fd) < 0)
		r = -errno;
	if (r == 0 && rename(tmp, j->path) < 0)
		r = -errno;
	if (r < 0) {
		(void) unlink(tmp);
		close(fd);
		free(keep);
		return r;
	}
	r = fd_fsync_dir(j->dir);
	close(j->fd);
	j->fd = fd;
	if (r < 0) {
		/* The rename may not be durable; the old content is a superset, so
		 * either file is correct, but stop writing to be safe. */
		j->broken = true;
		free(keep);
		return r;
	}

	j->version = JOURNAL_FORMAT;
	/* Rebuild the index from what was kept. */
	size_t n_rk = 0;
	for (size_t i = 0; i < j->n_rcpts; i++)
		if (rcpt_kept(j, kept, &j->rcpts[i]))
			j->rcpts[n_rk++] = j->rcpts[i];
	j->n_rcpts = n_rk;
	if (j->rtab_size)
		rcpt_rehash(j, j->rtab_size);
	/* Seq numbers now count from the start of the new file, as a reopen would. */
	uint64_t seq = 0;
	m = 0;
	for (size_t i = 0; i <= n; i++) {
		for (; m < n_mk && (i == n || marks[m].seq < keep[i].seq); m++)
			marks[m].seq = ++seq;
		if (i < n)
			keep[i].seq = ++seq;
	}
	j->seq = seq;
	free(j->marks);
	j->marks = TAKE_PTR(marks);
	j->n_marks = n_mk;
	free(j->slots);
	j->slots = keep;
	j->n_slots = n;
	j->cap_slots = n + 1;
	size_t size = 1024;
	while ((n + 1) * 2 > size)
		size *= 2;
	rehash(j, size);
	return 0;
}

struct journal *journal_close(struct journal *j)
{
	if (!j)
		return NULL;
	sync_lazy(j); /* a clean stop leaves nothing to the page cache */
	if (j->fd >= 0)
		close(j->fd);
	free(j->slots);
	free(j->by_uid);
	free(j->by_content);
	free(j->by_legacy);
	free(j->hw);
	free(j->marks);
	free(j->rcpts);
	free(j->by_rcpt);
	free(j->dir);
	free(j->path);
	free(j);
	return NULL;
}

void journal_digest(const char *data, size_t len, uint8_t out[16])
{
	uint8_t md[EVP_MAX_MD_SIZE];
	unsigned mdlen = 0;

	if (!EVP_Digest(data, len, md, &mdlen, EVP_sha256(), NULL) || mdlen < 16)
		abort(); /* SHA-256 is always available; failing here is not an input */
	memcpy(out, md, 16);
}

void journal_rcpt_digest(const char *addr, uint8_t out[16])
{
	/* The domain is case-insensitive (RFC 5321 2.4), the local part is not. */
	_cleanup_(freep) char *a = xstrdup(addr);
	char *at = strrchr(a, '@');
	for (char *p = at; p && *p; p++)
		if (*p >= 'A' && *p <= 'Z')
			*p += 'a' - 'A';
	journal_digest(a, strlen(a), out);
}

static int cmp_digest(const void *a, const void *b)
{
	return memcmp(a, b, 16);
}

void journal_rcpts_digest(const char *const *rcpts, size_t n, uint8_t out[16])
{
	_cleanup_(freep) uint8_t *d = xmalloc(n ? n * 16 : 1);
	size_t k = 0;
	for (size_t i = 0; i < n; i++)
		journal_rcpt_digest(rcpts[i], d + 16 * i);
	qsort(d, n, 16, cmp_digest);
	for (size_t i = 0; i < n; i++)
		if (k == 0 || memcmp(d + 16 * (k - 1), d + 16 * i, 16))
			memmove(d + 16 * k++, d + 16 * i, 16);
	journal_digest((const char *) d, 16 * k, out);
}

const char *journal_state_name(enum journal_state s)
{
	static const char *const names[] = {"none",    "skipped",   "deferred", "relaying",
	                                    "relayed", "ambiguous", "filed"};
	return (unsigned) s < ELEMENTSOF(names) ? names[s] : "?";
}

const char *journal_outcome_name(enum journal_outcome o)
{
	static const char *const names[] = {"none",   "relayed",        "rejected",
	                                    "review", "relay-rejected", "override"};
	return (unsigned) o < ELEMENTSOF(names) ? names[o] : "?";
}
