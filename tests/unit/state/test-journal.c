/* Unit tests for lib/journal.c: durability format, torn tails, locking, compaction. */
#include <errno.h>
#include <fcntl.h>
#include <stdbool.h>
#include <stdint.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "journal.h"
#include "test.h"

static char dir[64];

static void make_dir(void)
{
	strcpy(dir, "/tmp/test-journal-XXXXXX");
	if (!mkdtemp(dir))
		abort();
}

static char *jpath(void)
{
	return xasprintf("%s/acct.journal", dir);
}

static void clean(void)
{
	_cleanup_(freep) char *p = jpath();
	unlink(p);
}

static struct journal_entry mk(uint32_t uv, uint32_t uid, enum journal_state st)
{
	struct journal_entry e = {0};
	char buf[64];
	e.key.uidvalidity = uv;
	e.key.uid = uid;
	snprintf(buf, sizeof(buf), "<%u.%u@example.net>", uv, uid);
	journal_digest(buf, strlen(buf), e.key.mid);
	snprintf(buf, sizeof(buf), "body %u", uid);
	journal_digest(buf, strlen(buf), e.key.body);
	snprintf(buf, sizeof(buf), "b%u@marketplace.amazon.de", uid);
	const char *to[] = {buf};
	journal_rcpts_digest(to, 1, e.key.rcpts);
	e.state = st;
	e.outcome = st == JOURNAL_FILED ? JOURNAL_OUT_RELAYED : JOURNAL_OUT_NONE;
	e.attempts = uid % 7;
	e.first_seen = 1000 + uid;
	e.next_try = 2000 + uid;
	e.updated = 3000 + uid;
	snprintf(e.ruleset, sizeof(e.ruleset), "%016x", uid * 2654435761u);
	return e;
}

static bool same(const struct journal_entry *a, const struct journal_entry *b)
{
	return a && b && !memcmp(&a->key, &b->key, sizeof(a->key)) && a->state == b->state &&
	       a->outcome == b->outcome && a->attempts == b->attempts &&
	       a->first_seen == b->first_seen && a->next_try == b->next_try &&
	       a->updated == b->updated && streq(a->ruleset, b->ruleset);
}

static off_t file_size(void)
{
	_cleanup_(freep) char *p = jpath();
	struct stat st;
	return stat(p, &st) < 0 ? -1 : st.st_size;
}

/* ---- an independent encoder of the on-disk format, as journal.h documents it ---- */

static uint32_t t_crc32c(uint32_t crc, const uint8_t *p, size_t n)
{
	crc = ~crc;
	while (n--) {
		crc ^= *p++;
		for (int k = 0; k < 8; k++)
			crc = crc & 1 ? (crc >> 1) ^ 0x82F63B78u : crc >> 1;
	}
	return ~crc;
}

static void t_put32(uint8_t *p, uint32_t v)
{
	for (int i = 0; i < 4; i++)
		p[i] = v >> (8 * i);
}

static void t_put64(uint8_t *p, uint64_t v)
{
	for (int i = 0; i < 8; i++)
		p[i] = v >> (8 * i);
}

/* Appends one framed record to buf at *off. */
static void t_record(uint8_t *buf, size_t *off, uint8_t type, const uint8_t *payload, size_t len)
{
	uint8_t *r = buf + *off;
	r[0] = 0xA6;
	r[1] = type;
	r[2] = len & 0xff;
	r[3] = len >> 8;
	memcpy(r + 8, payload, len);
	t_put32(r + 4, t_crc32c(t_crc32c(0, r + 1, 3), payload, len));
	*off += 8 + len;
}

/* The 86-byte entry payload of format 1 (aliasgate before the file header). */
static size_t t_v1_entry(uint8_t *p, const struct journal_entry *e)
{
	t_put32(p, e->key.uidvalidity);
	t_put32(p + 4, e->key.uid);
	memcpy(p + 8, e->key.mid, 16);
	memcpy(p + 24, e->key.body, 16);
	p[40] = (uint8_t) e->state;
	p[41] = (uint8_t) e->outcome;
	t_put32(p + 42, e->attempts);
	t_put64(p + 46, e->first_seen);
	t_put64(p + 54, e->next_try);
	t_put64(p + 62, e->updated);
	memset(p + 70, 0, 16);
	memcpy(p + 70, e->ruleset, strnlen(e->ruleset, 16));
	return 86;
}

static void t_header(uint8_t *buf, size_t *off, uint16_t version)
{
	uint8_t h[12] = "AGJOURNL";
	h[8] = version & 0xff;
	h[9] = version >> 8;
	h[10] = h[11] = 0;
	t_record(buf, off, 0, h, sizeof(h));
}

static void write_file(const uint8_t *data, size_t len)
{
	_cleanup_(freep) char *p = jpath();
	int fd = open(p, O_WRONLY | O_CREAT | O_TRUNC, 0600);
	if (fd < 0 || write(fd, data, len) != (ssize_t) len)
		abort();
	close(fd);
}

static size_t read_file(uint8_t *data, size_t cap)
{
	_cleanup_(freep) char *p = jpath();
	int fd = open(p, O_RDONLY);
	if (fd < 0)
		return 0;
	ssize_t n = read(fd, data, cap);
	close(fd);
	return n < 0 ? 0 : (size_t) n;
}

static bool starts_with_header(uint16_t version)
{
	uint8_t got[64], want[64];
	size_t n = read_file(got, sizeof(got)), off = 0;
	t_header(want, &off, version);
	return n >= off && !memcmp(got, want, off);
}

static void test_round_trip(void)
{
	test_begin("journal append/replay round trip");
	clean();
	struct journal *j;
	char err[256];
	test_assert(journal_open(dir, "acct", &j, err, sizeof(err)) == 0);
	for (uint32_t uid = 1; uid <= 50; uid++) {
		struct journal_entry e = mk(7, uid, JOURNAL_RELAYING);
		test_assert(journal_append(j, &e) == 0);
	}
	for (uint32_t uid = 1; uid <= 50; uid += 2) {
		struct journal_entry e = mk(7, uid, JOURNAL_FILED);
		test_assert(journal_append(j, &e) == 0);
	}
	test_assert(journal_count(j) == 50);
	j = journal_close(j);

	test_assert(journal_open(dir, "acct", &j, err, sizeof(err)) == 0);
	test_assert(journal_dropped(j) == 0);
	test_assert(journal_count(j) == 50);
	for (uint32_t uid = 1; uid <= 50; uid++) {
		struct journal_entry want = mk(7, uid, uid % 2 ? JOURNAL_FILED : JOURNAL_RELAYING);
		test_assert_idx(same(journal_find_uid(j, 7, uid), &want), uid);
	}
	test_assert(journal_find_uid(j, 7, 51) == NULL);
	test_assert(journal_find_uid(j, 8, 1) == NULL);
	test_assert(journal_max_uid(j, 7) == 50);
	test_assert(journal_max_uid(j, 8) == 0);
	journal_close(j);
	test_end();
}

static void test_lazy(void)
{
	test_begin("journal group commit: lazy records written and indexed at once, synced, read "
	           "back");
	clean();
	struct journal *j;
	char err[256];
	uint8_t buf[65536];
	test_assert(journal_open(dir, "acct", &j, err, sizeof(err)) == 0);
	struct journal_entry e = mk(7, 1, JOURNAL_RELAYING);
	test_assert(journal_append(j, &e) == 0);
	size_t size = read_file(buf, sizeof(buf));
	/* more than JOURNAL_LAZY_MAX in a row: the write never waits for a sync */
	for (uint32_t uid = 1; uid <= JOURNAL_LAZY_MAX + 3; uid++) {
		e = mk(7, uid, uid == 1 ? JOURNAL_RELAYED : JOURNAL_FILED);
		test_assert_idx(journal_append_lazy(j, &e) == 0, uid);
		test_assert_idx(same(journal_find_uid(j, 7, uid), &e), uid);
		size_t now = read_file(buf, sizeof(buf));
		test_assert_idx(now > size, uid); /* in the file (page cache) already */
		size = now;
	}
	test_assert(journal_sync(j) == 0);
	test_assert(journal_sync(j) == 0); /* nothing left: still fine */
	j = journal_close(j);
	test_assert(journal_open(dir, "acct", &j, err, sizeof(err)) == 0);
	test_assert(journal_dropped(j) == 0);
	test_assert(journal_count(j) == JOURNAL_LAZY_MAX + 3);
	struct journal_entry want = mk(7, 1, JOURNAL_RELAYED);
	test_assert(same(journal_find_uid(j, 7, 1), &want));
	journal_close(j);
	test_assert(journal_sync(NULL) == 0);
	test_end();
}

static void count_relaying(const struct journal_entry *e, void *ctx)
{
	if (e->state == JOURNAL_RELAYING)
		++*(size_t *) ctx;
}

static void test_foreach(void)
{
	test_begin("journal foreach sees latest state per key");
	struct journal *j;
	char err[256];
	test_assert(journal_open(dir, "acct", &j, err, sizeof(err)) == 0);
	size_t n = 0;
	journal_foreach(j, count_relaying, &n);
	test_assert(n == 25);
	journal_close(j);
	test_end();
}

/* Cut the last record at every length: replay keeps all earlier records and
 * truncates the file back to them. */
static void test_torn_tail(void)
{
	test_begin("journal torn tail truncated at every cut");
	clean();
	struct journal *j;
	char err[256];
	test_assert(journal_open(dir, "acct", &j, err, sizeof(err)) == 0);
	for (uint32_t uid = 1; uid <= 3; uid++) {
		struct journal_entry e = mk(1, uid, JOURNAL_RELAYED);
		test_assert(journal_append(j, &e) == 0);
	}
	off_t good = file_size();
	struct journal_entry last = mk(1, 4, JOURNAL_RELAYING);
	test_assert(journal_append(j, &last) == 0);
	off_t full = file_size();
	journal_close(j);
	test_assert(full > good);

	_cleanup_(freep) char *p = jpath();
	int fd = open(p, O_RDONLY);
	_cleanup_(freep) uint8_t *data = xmalloc(full);
	test_assert(read(fd, data, full) == full);
	close(fd);

	for (off_t cut = good; cut <= full; cut++) {
		fd = open(p, O_WRONLY | O_TRUNC);
		test_assert(write(fd, data, cut) == cut);
		close(fd);
		test_assert_idx(journal_open(dir, "acct", &j, err, sizeof(err)) == 0, cut);
		bool whole = cut == full;
		test_assert_idx(journal_count(j) == (whole ? 4u : 3u), cut);
		test_assert_idx(journal_dropped(j) == (uint64_t) (whole ? 0 : cut - good), cut);
		test_assert_idx((journal_find_uid(j, 1, 4) != NULL) == whole, cut);
		test_assert_idx(journal_find_uid(j, 1, 3) != NULL, cut);
		journal_close(j);
		test_assert_idx(file_size() == (whole ? full : good), cut);
	}
	test_end();
}

static void flip(off_t at, uint8_t mask)
{
	_cleanup_(freep) char *p = jpath();
	int fd = open(p, O_RDWR);
	uint8_t b;
	if (fd < 0 || pread(fd, &b, 1, at) != 1)
		abort();
	b ^= mask;
	if (pwrite(fd, &b, 1, at) != 1)
		abort();
	close(fd);
}

/* Five records for uid 1..5 (uid 4 left DEFERRED); offs[i] is where record i starts,
 * offs[5] the end. */
static void five(off_t offs[6])
{
	clean();
	struct journal *j;
	char err[256];
	test_assert(journal_open(dir, "acct", &j, err, sizeof(err)) == 0);
	for (uint32_t uid = 1; uid <= 5; uid++) {
		offs[uid - 1] = file_size();
		struct journal_entry e = mk(1, uid, uid == 4 ? JOURNAL_DEFERRED : JOURNAL_FILED);
		test_assert(journal_append(j, &e) == 0);
	}
	offs[5] = file_size();
	journal_close(j);
}

/* One flipped byte in the middle is not a torn tail: replay skips that record only,
 * keeps every later one, leaves the file alone and says what it skipped. */
static void test_flipped_byte(void)
{
	test_begin("journal resynchronises after a corrupt record");
	struct journal *j;
	char err[256];
	off_t offs[6];
	/* In the payload, the CRC, the length and the magic of record 3. */
	const off_t where[] = {20, 5, 2, 0};
	for (size_t w = 0; w < ELEMENTSOF(where); w++) {
		five(offs);
		flip(offs[2] + where[w], where[w] == 2 ? 0x80 : 0x10);
		test_assert_idx(journal_open(dir, "acct", &j, err, sizeof(err)) == 0, w);
		const struct journal_report *rep = journal_report(j);
		test_assert_idx(journal_count(j) == 4, w);
		for (uint32_t uid = 1; uid <= 5; uid++)
			test_assert_idx((journal_find_uid(j, 1, uid) != NULL) == (uid != 3),
			                w * 10 + uid);
		test_assert_idx(journal_dropped(j) == 0, w);
		test_assert_idx(rep->tail_dropped == 0, w);
		test_assert_idx(rep->version == 2, w);
		test_assert_idx(rep->n_damaged == 1, w);
		test_assert_idx(rep->damaged_bytes == (uint64_t) (offs[3] - offs[2]), w);
		test_assert_idx(rep->damaged[0].offset == (uint64_t) offs[2], w);
		test_assert_idx(rep->damaged[0].length == (uint64_t) (offs[3] - offs[2]), w);
		test_assert_idx(file_size() == offs[5], w);
		/* What may have been lost: uid 3 (no record) is suspect; finished uid 1 is
		 * not; uid 4 and 5 have records after the damage, which are whole states. */
		test_assert_idx(journal_suspect(j, 1, 3), w);
		test_assert_idx(!journal_suspect(j, 1, 1), w);
		test_assert_idx(!journal_suspect(j, 1, 4), w);
		test_assert_idx(!journal_suspect(j, 1, 5), w);
		test_assert_idx(!journal_suspect(j, 1, 6), w); /* new mail is not */
		j = journal_close(j);
	}

	/* Appending after a damaged region works; compaction rewrites the file without
	 * it, and the suspicion survives compaction and reopening. */
	test_assert(journal_open(dir, "acct", &j, err, sizeof(err)) == 0);
	struct journal_entry e = mk(1, 9, JOURNAL_DEFERRED);
	test_assert(journal_append(j, &e) == 0);
	test_assert(journal_compact(j, 10000, 100000, NULL) == 0);
	j = journal_close(j);
	test_assert(journal_open(dir, "acct", &j, err, sizeof(err)) == 0);
	test_assert(journal_report(j)->n_damaged == 0);
	test_assert(journal_count(j) == 5);
	test_assert(same(journal_find_uid(j, 1, 9), &e));
	test_assert(journal_suspect(j, 1, 3));
	test_assert(!journal_suspect(j, 1, 9));
	/* Once the daemon recorded what it did with uid 3, it is no longer suspect. */
	struct journal_entry r3 = mk(1, 3, JOURNAL_FILED);
	r3.outcome = JOURNAL_OUT_REVIEW;
	test_assert(journal_append(j, &r3) == 0);
	test_assert(!journal_suspect(j, 1, 3));
	journal_close(j);

	/* A non-final state recorded before the damage may have been superseded by a
	 * lost record: suspect. */
	five(offs);
	flip(offs[4] + 20, 1); /* damage after uid 4's DEFERRED: uid 5's record */
	/* ... with a valid record after it, so it is not the tail. */
	uint8_t buf[4096], payload[128];
	size_t len = read_file(buf, sizeof(buf));
	e = mk(1, 2, JOURNAL_FILED);
	t_record(buf, &len, 1, payload, t_v1_entry(payload, &e));
	write_file(buf, len);
	test_assert(journal_open(dir, "acct", &j, err, sizeof(err)) == 0);
	test_assert(journal_report(j)->n_damaged == 1);
	test_assert(journal_suspect(j, 1, 4));
	test_assert(journal_suspect(j, 1, 5));
	test_assert(!journal_suspect(j, 1, 1));
	journal_close(j);
	test_end();
}

/* A damaged header is a damaged region like any other; damage in the middle and a
 * torn tail are both reported. */
static void test_damaged_header_and_tail(void)
{
	test_begin("journal damaged header, damage plus torn tail");
	struct journal *j;
	char err[256];
	off_t offs[6];
	five(offs);
	flip(12, 0x01); /* inside the header's magic */
	test_assert(journal_open(dir, "acct", &j, err, sizeof(err)) == 0);
	test_assert(journal_count(j) == 5);
	test_assert(journal_report(j)->n_damaged == 1);
	test_assert(journal_report(j)->damaged[0].offset == 0);
	test_assert(journal_report(j)->damaged[0].length == (uint64_t) offs[0]);
	j = journal_close(j);

	five(offs);
	flip(offs[1] + 30, 0x04);
	_cleanup_(freep) char *p = jpath();
	test_assert(truncate(p, offs[5] - 7) == 0);
	test_assert(journal_open(dir, "acct", &j, err, sizeof(err)) == 0);
	const struct journal_report *rep = journal_report(j);
	test_assert(journal_count(j) == 3); /* 1, 3, 4 */
	test_assert(journal_find_uid(j, 1, 3) && journal_find_uid(j, 1, 4));
	test_assert(rep->n_damaged == 1 && rep->damaged[0].offset == (uint64_t) offs[1]);
	test_assert(rep->tail_dropped == (uint64_t) (offs[5] - 7 - offs[4]));
	test_assert(journal_dropped(j) == rep->tail_dropped);
	test_assert(file_size() == offs[4]);
	j = journal_close(j);

	/* Only garbage: everything is a torn tail, the file starts afresh. */
	uint8_t junk[300];
	for (size_t i = 0; i < sizeof(junk); i++)
		junk[i] = (uint8_t) (i * 37 + 11) | (i % 8 == 0 ? 0xA6 : 0);
	write_file(junk, sizeof(junk));
	test_assert(journal_open(dir, "acct", &j, err, sizeof(err)) == 0);
	test_assert(journal_count(j) == 0);
	test_assert(journal_report(j)->tail_dropped == sizeof(junk));
	journal_close(j);
	test_assert(starts_with_header(2));
	test_end();
}

static void test_lock(void)
{
	test_begin("journal lock refuses a second opener");
	clean();
	struct journal *j;
	char err[256];
	test_assert(journal_open(dir, "acct", &j, err, sizeof(err)) == 0);
	pid_t pid = fork();
	if (pid == 0) {
		struct journal *j2 = NULL;
		char e2[256] = "";
		int r = journal_open(dir, "acct", &j2, e2, sizeof(e2));
		_exit(r == -EWOULDBLOCK && strstr(e2, "locked by another aliasgated") ? 0 : 1);
	}
	int status;
	test_assert(waitpid(pid, &status, 0) == pid);
	test_assert(WIFEXITED(status) && WEXITSTATUS(status) == 0);

	/* After compaction the renamed file must still be locked. */
	struct journal_entry e = mk(1, 1, JOURNAL_RELAYED);
	test_assert(journal_append(j, &e) == 0);
	test_assert(journal_compact(j, 10000, 100, NULL) == 0);
	pid = fork();
	if (pid == 0) {
		struct journal *j2 = NULL;
		_exit(journal_open(dir, "acct", &j2, NULL, 0) == -EWOULDBLOCK ? 0 : 1);
	}
	test_assert(waitpid(pid, &status, 0) == pid);
	test_assert(WIFEXITED(status) && WEXITSTATUS(status) == 0);
	j = journal_close(j);

	pid = fork();
	if (pid == 0) {
		struct journal *j2 = NULL;
		int r = journal_open(dir, "acct", &j2, NULL, 0);
		_exit(r == 0 ? 0 : 1);
	}
	test_assert(waitpid(pid, &status, 0) == pid);
	test_assert(WIFEXITED(status) && WEXITSTATUS(status) == 0);
	test_assert(journal_open(dir, "../x", &j, err, sizeof(err)) == -EINVAL);
	test_end();
}

static void test_compact(void)
{
	test_begin("journal compaction keeps live, drops old finished");
	clean();
	struct journal *j;
	char err[256];
	const uint64_t now = 1000000, keep = 1000;
	const struct journal_present none = {.uidvalidity = 5};
	test_assert(journal_open(dir, "acct", &j, err, sizeof(err)) == 0);
	/* uid 1..6: old entries in each state; uid 7: recent FILED. */
	enum journal_state st[] = {JOURNAL_SKIPPED, JOURNAL_DEFERRED,  JOURNAL_RELAYING,
	                           JOURNAL_RELAYED, JOURNAL_AMBIGUOUS, JOURNAL_FILED,
	                           JOURNAL_FILED};
	for (uint32_t i = 0; i < ELEMENTSOF(st); i++) {
		struct journal_entry e = mk(5, i + 1, st[i]);
		e.updated = i == 6 ? now - 10 : now - keep - 1;
		test_assert(journal_append(j, &e) == 0);
		e.attempts++; /* a second record for the same key, superseded */
		test_assert(journal_append(j, &e) == 0);
	}
	off_t before = file_size();
	test_assert(journal_compact(j, now, keep, &none) == 0);
	for (int round = 0; round < 2; round++) {
		test_assert(journal_count(j) == 4);
		test_assert(journal_find_uid(j, 5, 1) == NULL); /* old SKIPPED */
		test_assert(journal_find_uid(j, 5, 4) == NULL); /* old RELAYED */
		test_assert(journal_find_uid(j, 5, 6) == NULL); /* old FILED */
		for (uint32_t uid = 2; uid <= 5; uid++) {
			if (uid == 4)
				continue;
			const struct journal_entry *e = journal_find_uid(j, 5, uid);
			test_assert_idx(e && e->state == st[uid - 1], uid);
			test_assert_idx(e && e->attempts == uid % 7 + 1, uid);
		}
		test_assert(journal_find_uid(j, 5, 7) != NULL);
		/* The high-water mark survives dropping uid 6 and 7's peers. */
		test_assert(journal_max_uid(j, 5) == 7);
		if (round == 0) {
			test_assert(file_size() < before);
			j = journal_close(j);
			test_assert(journal_open(dir, "acct", &j, err, sizeof(err)) == 0);
			test_assert(journal_dropped(j) == 0);
		}
	}
	/* Still appendable after compaction. */
	struct journal_entry e = mk(5, 100, JOURNAL_RELAYING);
	test_assert(journal_append(j, &e) == 0);
	test_assert(journal_max_uid(j, 5) == 100);
	journal_close(j);
	_cleanup_(freep) char *tmp = xasprintf("%s/acct.journal.tmp", dir);
	test_assert(access(tmp, F_OK) < 0);
	test_end();
}

/* A message still in the watch folder keeps its records whatever their age: FILED
 * before a MOVE that never happened, or RELAYED before the move. Without the set of
 * present UIDs nothing that may be there is dropped. */
static void test_compact_present(void)
{
	test_begin("journal compaction keeps records of messages still present");
	clean();
	struct journal *j;
	char err[256];
	const uint64_t now = 5000000;
	test_assert(journal_open(dir, "acct", &j, err, sizeof(err)) == 0);
	enum journal_state st[] = {JOURNAL_FILED,   JOURNAL_FILED,   JOURNAL_RELAYED,
	                           JOURNAL_RELAYED, JOURNAL_SKIPPED, JOURNAL_SKIPPED};
	uint8_t rd[16];
	journal_rcpt_digest("b@marketplace.amazon.de", rd);
	for (uint32_t i = 0; i < ELEMENTSOF(st); i++) {
		struct journal_entry e = mk(8, i + 1, st[i]);
		e.updated = now - 1; /* older than keep = 0 */
		test_assert(journal_append(j, &e) == 0);
		test_assert(journal_rcpt_done(j, &e.key, rd) == 0);
	}
	struct journal_entry old_uv = mk(7, 2, JOURNAL_FILED); /* uid 2 under an old uv */
	old_uv.updated = now - 1;
	test_assert(journal_append(j, &old_uv) == 0);
	struct journal_entry recent = mk(8, 20, JOURNAL_RELAYED);
	recent.updated = now - 1;
	test_assert(journal_append(j, &recent) == 0);

	/* Unknown: keep everything. */
	test_assert(journal_compact(j, now, 0, NULL) == 0);
	test_assert(journal_count(j) == 8);

	/* uid 1 (FILED, MOVE lost), 3 (RELAYED, not moved) and 5 (SKIPPED) present. */
	const uint32_t uids[] = {5, 1, 3, 99};
	const struct journal_present present = {.uidvalidity = 8, .uids = uids, .n = 4};
	test_assert(journal_compact(j, now, 0, &present) == 0);
	for (int round = 0; round < 2; round++) {
		test_assert(journal_count(j) == 3);
		for (uint32_t uid = 1; uid <= 6; uid++) {
			const struct journal_entry *e = journal_find_uid(j, 8, uid);
			bool want = uid == 1 || uid == 3 || uid == 5;
			test_assert_idx((e != NULL) == want, uid);
			struct journal_key k = mk(8, uid, st[uid - 1]).key;
			test_assert_idx(journal_rcpt_is_done(j, &k, rd) == want, uid);
		}
		test_assert(journal_find_uid(j, 7, 2) == NULL);
		test_assert(journal_find_uid(j, 8, 20) == NULL);
		test_assert(journal_max_uid(j, 8) == 20);
		if (round == 0) {
			j = journal_close(j);
			test_assert(journal_open(dir, "acct", &j, err, sizeof(err)) == 0);
		}
	}
	/* RELAYED within journal_keep stays even when gone from the folder. */
	recent.updated = now;
	test_assert(journal_append(j, &recent) == 0);
	test_assert(journal_compact(j, now + 10, 100, &present) == 0);
	test_assert(journal_find_uid(j, 8, 20) != NULL);
	journal_close(j);
	test_end();
}

static void test_find_content(void)
{
	test_begin("journal find_content across uidvalidity");
	clean();
	struct journal *j;
	char err[256];
	test_assert(journal_open(dir, "acct", &j, err, sizeof(err)) == 0);
	struct journal_entry a = mk(100, 42, JOURNAL_FILED);
	test_assert(journal_append(j, &a) == 0);
	struct journal_entry nomid = mk(100, 43, JOURNAL_RELAYED);
	memset(nomid.key.mid, 0, 16);
	test_assert(journal_append(j, &nomid) == 0);
	j = journal_close(j);
	test_assert(journal_open(dir, "acct", &j, err, sizeof(err)) == 0);

	const struct journal_entry *f = journal_find_content(j, &a.key);
	test_assert(f && f->key.uidvalidity == 100 && f->key.uid == 42);
	test_assert(f && !memcmp(f->key.rcpts, a.key.rcpts, 16));
	/* Same Message-ID, different body: not the same message. */
	struct journal_key k = a.key;
	journal_digest("x", 1, k.body);
	test_assert(journal_find_content(j, &k) == NULL);
	/* No Message-ID: body and recipients. */
	f = journal_find_content(j, &nomid.key);
	test_assert(f && f->key.uid == 43);
	k = nomid.key;
	journal_digest("x", 1, k.body);
	test_assert(journal_find_content(j, &k) == NULL);

	/* The same content under a new UIDVALIDITY: the latest wins. */
	struct journal_entry b = a;
	b.key.uidvalidity = 200;
	b.key.uid = 1;
	b.state = JOURNAL_DEFERRED;
	test_assert(journal_append(j, &b) == 0);
	f = journal_find_content(j, &a.key);
	test_assert(f && f->key.uidvalidity == 200 && f->state == JOURNAL_DEFERRED);
	test_assert(journal_find_uid(j, 100, 42) != NULL);
	journal_close(j);
	test_end();
}

/* The identity of a relayed message is (Message-ID, alias recipients, body): a
 * templated reply without Message-ID to a second buyer is a new message. */
static void test_identity(void)
{
	test_begin("journal identity includes the alias recipients");
	clean();
	struct journal *j;
	char err[256];
	test_assert(journal_open(dir, "acct", &j, err, sizeof(err)) == 0);

	const char *one[] = {"Buyer1@Marketplace.Amazon.DE"};
	const char *two[] = {"buyer2@marketplace.amazon.de"};
	const char *both[] = {"buyer2@marketplace.amazon.de", "buyer1@marketplace.amazon.de",
	                      "buyer1@MARKETPLACE.amazon.de"};
	const char *both2[] = {"buyer1@marketplace.amazon.de", "buyer2@marketplace.amazon.de"};
	uint8_t d1[16], d2[16], d12[16], d21[16], d0[16], zero[16] = {0};
	journal_rcpts_digest(one, 1, d1);
	journal_rcpts_digest(two, 1, d2);
	journal_rcpts_digest(both, 3, d12);
	journal_rcpts_digest(both2, 2, d21);
	journal_rcpts_digest(NULL, 0, d0);
	test_assert(memcmp(d1, d2, 16) != 0);
	test_assert(!memcmp(d12, d21, 16)); /* order, duplicates, domain case */
	test_assert(memcmp(d0, zero, 16) != 0 && memcmp(d0, d1, 16) != 0);
	uint8_t r1[16], r1b[16];
	journal_rcpt_digest("buyer1@marketplace.amazon.de", r1);
	journal_rcpt_digest("buyer1@MARKETPLACE.AMAZON.DE", r1b);
	test_assert(!memcmp(r1, r1b, 16));

	struct journal_entry a = {0};
	a.key.uidvalidity = 1;
	a.key.uid = 10;
	journal_digest("Thank you for your order.", 25, a.key.body);
	memcpy(a.key.rcpts, d1, 16);
	a.state = JOURNAL_RELAYED;
	a.outcome = JOURNAL_OUT_RELAYED;
	test_assert(journal_append(j, &a) == 0);

	struct journal_key k = a.key;
	k.uid = 11;
	const struct journal_entry *e = NULL;
	test_assert(journal_lookup(j, &k, &e) == JOURNAL_SEEN_RELAYED);
	test_assert(e && e->key.uid == 10);
	memcpy(k.rcpts, d2, 16); /* the same template to a second buyer */
	test_assert(journal_lookup(j, &k, &e) == JOURNAL_SEEN_NEW);
	test_assert(e == NULL);
	test_assert(journal_find_content(j, &k) == NULL);
	memcpy(k.rcpts, d12, 16);
	test_assert(journal_lookup(j, &k, &e) == JOURNAL_SEEN_NEW);

	/* Filed as relayed or override counts as relayed; other states are "other". */
	struct journal_entry b = a;
	b.key.uid = 12;
	memcpy(b.key.rcpts, d2, 16);
	b.state = JOURNAL_FILED;
	b.outcome = JOURNAL_OUT_OVERRIDE;
	test_assert(journal_append(j, &b) == 0);
	test_assert(journal_lookup(j, &b.key, &e) == JOURNAL_SEEN_RELAYED);
	b.key.uid = 13;
	memcpy(b.key.rcpts, d12, 16);
	b.state = JOURNAL_DEFERRED;
	b.outcome = JOURNAL_OUT_NONE;
	test_assert(journal_append(j, &b) == 0);
	test_assert(journal_lookup(j, &b.key, &e) == JOURNAL_SEEN_OTHER);
	test_assert(e && e->state == JOURNAL_DEFERRED);

	/* All of it survives a reopen and a compaction. */
	j = journal_close(j);
	test_assert(journal_open(dir, "acct", &j, err, sizeof(err)) == 0);
	test_assert(journal_compact(j, 10, 100, NULL) == 0);
	j = journal_close(j);
	test_assert(journal_open(dir, "acct", &j, err, sizeof(err)) == 0);
	k = a.key;
	test_assert(journal_lookup(j, &k, &e) == JOURNAL_SEEN_RELAYED);
	memcpy(k.rcpts, d2, 16);
	k.uid = 99;
	test_assert(journal_lookup(j, &k, &e) == JOURNAL_SEEN_RELAYED && e->key.uid == 12);
	j = journal_close(j);

	/* A format-1 record has no recipients digest: it matches on (Message-ID, body) as
	 * it always did, so upgrading never makes an old relay look new. */
	clean();
	uint8_t buf[1024], payload[128];
	size_t off = 0;
	t_record(buf, &off, 1, payload, t_v1_entry(payload, &a));
	write_file(buf, off);
	test_assert(journal_open(dir, "acct", &j, err, sizeof(err)) == 0);
	k = a.key;
	k.uid = 50;
	memcpy(k.rcpts, d2, 16);
	test_assert(journal_lookup(j, &k, &e) == JOURNAL_SEEN_RELAYED && e->key.uid == 10);
	journal_close(j);
	test_end();
}

/* A message delivered in several SMTP transactions: each accepted recipient is
 * journaled, so a retry never sends to one that already has it. */
static void test_rcpt_done(void)
{
	test_begin("journal per-recipient delivery state");
	clean();
	struct journal *j;
	char err[256];
	test_assert(journal_open(dir, "acct", &j, err, sizeof(err)) == 0);
	struct journal_entry e = mk(3, 30, JOURNAL_RELAYING);
	uint8_t r[3][16];
	journal_rcpt_digest("b1@marketplace.amazon.de", r[0]);
	journal_rcpt_digest("b2@marketplace.amazon.de", r[1]);
	journal_rcpt_digest("b3@marketplace.amazon.de", r[2]);
	test_assert(journal_append(j, &e) == 0);
	test_assert(!journal_rcpt_is_done(j, &e.key, r[0]));
	test_assert(journal_rcpt_done(j, &e.key, r[0]) == 0);
	test_assert(journal_rcpt_done(j, &e.key, r[1]) == 0);
	test_assert(journal_rcpt_done(j, &e.key, r[1]) == 0); /* idempotent */
	test_assert(journal_rcpt_is_done(j, &e.key, r[0]));
	test_assert(journal_rcpt_is_done(j, &e.key, r[1]));
	test_assert(!journal_rcpt_is_done(j, &e.key, r[2]));
	test_assert(journal_rcpt_count(j, &e.key) == 2);
	struct journal_key other = e.key;
	other.uid = 31;
	test_assert(!journal_rcpt_is_done(j, &other, r[0]));
	test_assert(journal_rcpt_count(j, &other) == 0);
	off_t before = file_size();
	test_assert(journal_rcpt_done(j, &e.key, r[2]) == 0);
	off_t full = file_size();
	j = journal_close(j);

	/* Durable, and a torn RCPT_DONE is simply not done. */
	test_assert(journal_open(dir, "acct", &j, err, sizeof(err)) == 0);
	test_assert(journal_rcpt_count(j, &e.key) == 3);
	j = journal_close(j);
	_cleanup_(freep) char *p = jpath();
	test_assert(truncate(p, full - 3) == 0);
	test_assert(journal_open(dir, "acct", &j, err, sizeof(err)) == 0);
	test_assert(journal_report(j)->tail_dropped == (uint64_t) (full - 3 - before));
	test_assert(journal_rcpt_is_done(j, &e.key, r[0]) && journal_rcpt_is_done(j, &e.key, r[1]));
	test_assert(!journal_rcpt_is_done(j, &e.key, r[2]));

	/* Compaction keeps them with their entry. */
	test_assert(journal_compact(j, 10, 100, NULL) == 0);
	j = journal_close(j);
	test_assert(journal_open(dir, "acct", &j, err, sizeof(err)) == 0);
	test_assert(journal_rcpt_count(j, &e.key) == 2);
	test_assert(journal_rcpt_is_done(j, &e.key, r[1]));
	test_assert(!journal_rcpt_is_done(j, &e.key, r[2]));
	journal_close(j);
	test_end();
}

/* 100k keys: the index must stay fast. Runs on tmpfs when there is one, where
 * fdatasync costs nothing, so the test measures the index and not the disk. */
static void test_many(void)
{
	test_begin("journal 100k entries");
	char big[64] = "/dev/shm/test-journal-XXXXXX";
	if (!mkdtemp(big)) {
		strcpy(big, dir);
		clean();
	}
	struct journal *j;
	char err[256];
	const uint32_t n = 100000;
	test_assert(journal_open(big, "big", &j, err, sizeof(err)) == 0);
	for (uint32_t uid = 1; uid <= n; uid++) {
		struct journal_entry e = mk(3, uid, uid % 3 ? JOURNAL_FILED : JOURNAL_SKIPPED);
		if (journal_append(j, &e) != 0) {
			test_assert(!"append failed");
			break;
		}
	}
	j = journal_close(j);
	test_assert(journal_open(big, "big", &j, err, sizeof(err)) == 0);
	test_assert(journal_count(j) == n);
	test_assert(journal_max_uid(j, 3) == n);
	size_t found = 0;
	for (uint32_t uid = 1; uid <= n; uid++) {
		struct journal_entry want = mk(3, uid, uid % 3 ? JOURNAL_FILED : JOURNAL_SKIPPED);
		found += same(journal_find_uid(j, 3, uid), &want) &&
		         journal_find_content(j, &want.key) == journal_find_uid(j, 3, uid);
	}
	test_assert(found == n);
	j = journal_close(j);

	/* journal_parse agrees with open on the valid prefix. */
	_cleanup_(freep) char *p = xasprintf("%s/big.journal", big);
	int fd = open(p, O_RDONLY);
	struct stat st;
	test_assert(fd >= 0 && fstat(fd, &st) == 0);
	_cleanup_(freep) uint8_t *data = xmalloc(st.st_size);
	test_assert(read(fd, data, st.st_size) == st.st_size);
	close(fd);
	test_assert(journal_parse(data, st.st_size, NULL) == (size_t) st.st_size);
	test_assert(journal_parse(data, st.st_size - 1, NULL) < (size_t) st.st_size);
	unlink(p);
	if (!streq(big, dir))
		rmdir(big);
	test_end();
}

static void test_header(void)
{
	test_begin("journal file starts with a versioned header");
	clean();
	struct journal *j;
	char err[256];
	test_assert(journal_open(dir, "acct", &j, err, sizeof(err)) == 0);
	journal_close(j);
	/* A new (empty) journal gets its header at once, durably. */
	test_assert(starts_with_header(2));
	test_assert(journal_open(dir, "acct", &j, err, sizeof(err)) == 0);
	struct journal_entry e = mk(1, 1, JOURNAL_RELAYED);
	test_assert(journal_append(j, &e) == 0);
	test_assert(journal_compact(j, 10000, 100, NULL) == 0);
	journal_close(j);
	test_assert(starts_with_header(2));
	test_assert(journal_open(dir, "acct", &j, err, sizeof(err)) == 0);
	test_assert(journal_dropped(j) == 0);
	test_assert(journal_find_uid(j, 1, 1) != NULL);
	journal_close(j);
	test_end();
}

/* A journal written by aliasgate before the header existed (format 1): every record
 * is read, appends go on working, and compaction rewrites it as format 2. */
static void test_v1_file(void)
{
	test_begin("journal reads a format-1 file and rewrites it as format 2");
	clean();
	uint8_t buf[4096], payload[128];
	size_t off = 0;
	for (uint32_t uid = 1; uid <= 6; uid++) {
		struct journal_entry e = mk(9, uid, uid % 2 ? JOURNAL_FILED : JOURNAL_RELAYED);
		e.updated = 999999; /* recent: compaction keeps them */
		t_record(buf, &off, 1, payload, t_v1_entry(payload, &e));
	}
	t_put32(payload, 9);
	t_put32(payload + 4, 40);
	t_record(buf, &off, 2, payload, 8); /* high-water mark */
	write_file(buf, off);

	struct journal *j;
	char err[256];
	test_assert(journal_open(dir, "acct", &j, err, sizeof(err)) == 0);
	test_assert(journal_dropped(j) == 0);
	test_assert(file_size() == (off_t) off); /* not rewritten at open */
	test_assert(journal_count(j) == 6);
	for (uint32_t uid = 1; uid <= 6; uid++) {
		struct journal_entry want = mk(9, uid, uid % 2 ? JOURNAL_FILED : JOURNAL_RELAYED);
		want.updated = 999999;
		memset(want.key.rcpts, 0, 16); /* format 1 did not record them */
		test_assert_idx(same(journal_find_uid(j, 9, uid), &want), uid);
	}
	test_assert(journal_max_uid(j, 9) == 40);
	struct journal_entry n = mk(9, 41, JOURNAL_RELAYING);
	test_assert(journal_append(j, &n) == 0);
	j = journal_close(j);

	/* Appended to the old file: still everything there. */
	test_assert(journal_open(dir, "acct", &j, err, sizeof(err)) == 0);
	test_assert(journal_dropped(j) == 0);
	test_assert(journal_count(j) == 7);
	test_assert(same(journal_find_uid(j, 9, 41), &n));
	test_assert(journal_compact(j, 1000000, 100000, NULL) == 0);
	j = journal_close(j);
	test_assert(starts_with_header(2));
	test_assert(journal_open(dir, "acct", &j, err, sizeof(err)) == 0);
	test_assert(journal_dropped(j) == 0);
	test_assert(journal_count(j) == 7);
	for (uint32_t uid = 1; uid <= 6; uid++)
		test_assert_idx(journal_find_uid(j, 9, uid) != NULL, uid);
	test_assert(journal_max_uid(j, 9) == 41);
	journal_close(j);
	test_end();
}

/* A journal from a newer aliasgate: refuse, name the file, say what to do, and leave
 * the file exactly as it was (never treat its records as absent). */
static void test_future_version(void)
{
	test_begin("journal refuses a newer format and leaves it alone");
	clean();
	uint8_t buf[4096], payload[128];
	size_t off = 0;
	t_header(buf, &off, 3);
	struct journal_entry e = mk(1, 1, JOURNAL_RELAYED);
	t_record(buf, &off, 1, payload, t_v1_entry(payload, &e));
	memset(buf + off, 0x5a, 30); /* and bytes this version cannot parse */
	off += 30;
	write_file(buf, off);

	struct journal *j = NULL;
	char err[512] = "";
	test_assert(journal_open(dir, "acct", &j, err, sizeof(err)) == -EPROTONOSUPPORT);
	test_assert(j == NULL);
	_cleanup_(freep) char *p = jpath();
	test_assert(strstr(err, p) != NULL);
	test_assert(strstr(err, "version 3") != NULL);
	test_assert(strstr(err, "newer aliasgate") != NULL);
	test_assert(file_size() == (off_t) off);
	uint8_t now[4096];
	test_assert(read_file(now, sizeof(now)) == off && !memcmp(now, buf, off));
	test_end();
}

static void test_mkdir(void)
{
	test_begin("journal creates a missing state_dir");
	_cleanup_(freep) char *sub = xasprintf("%s/state", dir);
	_cleanup_(freep) char *p = xasprintf("%s/x.journal", sub);
	struct journal *j;
	char err[256];
	test_assert(journal_open(sub, "x", &j, err, sizeof(err)) == 0);
	struct stat st;
	test_assert(stat(sub, &st) == 0 && S_ISDIR(st.st_mode) && (st.st_mode & 0777) == 0700);
	test_assert(stat(p, &st) == 0 && (st.st_mode & 0777) == 0600);
	journal_close(j);
	/* The daemon's per-folder journal name. */
	_cleanup_(freep) char *ap = xasprintf("%s/x+approved.journal", sub);
	test_assert(journal_open(sub, "x+approved", &j, err, sizeof(err)) == 0);
	test_assert(access(ap, F_OK) == 0);
	journal_close(j);
	unlink(ap);
	test_assert(journal_open(sub, "x/y", &j, err, sizeof(err)) == -EINVAL);
	test_assert(journal_open(sub, "..", &j, err, sizeof(err)) == -EINVAL);
	_cleanup_(freep) char *missing = xasprintf("%s/no/such", dir);
	test_assert(journal_open(missing, "x", &j, err, sizeof(err)) == -ENOENT);
	unlink(p);
	rmdir(sub);
	test_end();
}

int main(void)
{
	make_dir();
	test_round_trip();
	test_foreach(); /* reads the file test_round_trip() left */
	test_lazy();
	test_torn_tail();
	test_flipped_byte();
	test_damaged_header_and_tail();
	test_lock();
	test_compact();
	test_compact_present();
	test_find_content();
	test_identity();
	test_rcpt_done();
	test_many();
	test_mkdir();
	test_header();
	test_v1_file();
	test_future_version();
	clean();
	rmdir(dir);
	return test_exit();
}
