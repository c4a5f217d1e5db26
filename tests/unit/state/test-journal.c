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

static void test_flipped_byte(void)
{
	test_begin("journal corrupt record stops replay there");
	clean();
	struct journal *j;
	char err[256];
	test_assert(journal_open(dir, "acct", &j, err, sizeof(err)) == 0);
	off_t offs[6];
	for (uint32_t uid = 1; uid <= 5; uid++) {
		offs[uid - 1] = file_size();
		struct journal_entry e = mk(1, uid, JOURNAL_FILED);
		test_assert(journal_append(j, &e) == 0);
	}
	offs[5] = file_size();
	journal_close(j);

	/* Flip one bit in the third record's payload. */
	_cleanup_(freep) char *p = jpath();
	int fd = open(p, O_RDWR);
	uint8_t b;
	off_t at = offs[2] + 20;
	test_assert(pread(fd, &b, 1, at) == 1);
	b ^= 0x10;
	test_assert(pwrite(fd, &b, 1, at) == 1);
	close(fd);

	test_assert(journal_open(dir, "acct", &j, err, sizeof(err)) == 0);
	test_assert(journal_count(j) == 2);
	test_assert(journal_find_uid(j, 1, 2) != NULL);
	test_assert(journal_find_uid(j, 1, 3) == NULL);
	test_assert(journal_find_uid(j, 1, 5) == NULL);
	test_assert(journal_dropped(j) == (uint64_t) (offs[5] - offs[2]));
	/* Appending after the cut works and survives a reopen. */
	struct journal_entry e = mk(1, 9, JOURNAL_DEFERRED);
	test_assert(journal_append(j, &e) == 0);
	journal_close(j);
	test_assert(journal_open(dir, "acct", &j, err, sizeof(err)) == 0);
	test_assert(journal_dropped(j) == 0);
	test_assert(same(journal_find_uid(j, 1, 9), &e));
	journal_close(j);
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
	test_assert(journal_compact(j, 10000, 100) == 0);
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
	test_assert(journal_compact(j, now, keep) == 0);
	for (int round = 0; round < 2; round++) {
		test_assert(journal_count(j) == 5);
		test_assert(journal_find_uid(j, 5, 1) == NULL); /* old SKIPPED */
		test_assert(journal_find_uid(j, 5, 6) == NULL); /* old FILED */
		for (uint32_t uid = 2; uid <= 5; uid++) {
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

	const struct journal_entry *f = journal_find_content(j, a.key.mid, a.key.body);
	test_assert(f && f->key.uidvalidity == 100 && f->key.uid == 42);
	/* Same Message-ID, different body: not the same message. */
	uint8_t other[16];
	journal_digest("x", 1, other);
	test_assert(journal_find_content(j, a.key.mid, other) == NULL);
	/* No Message-ID: body alone. */
	uint8_t zero[16] = {0};
	f = journal_find_content(j, zero, nomid.key.body);
	test_assert(f && f->key.uid == 43);
	test_assert(journal_find_content(j, zero, other) == NULL);

	/* The same content under a new UIDVALIDITY: the latest wins. */
	struct journal_entry b = a;
	b.key.uidvalidity = 200;
	b.key.uid = 1;
	b.state = JOURNAL_DEFERRED;
	test_assert(journal_append(j, &b) == 0);
	f = journal_find_content(j, a.key.mid, a.key.body);
	test_assert(f && f->key.uidvalidity == 200 && f->state == JOURNAL_DEFERRED);
	test_assert(journal_find_uid(j, 100, 42) != NULL);
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
		         journal_find_content(j, want.key.mid, want.key.body) ==
		                 journal_find_uid(j, 3, uid);
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
	test_assert(journal_parse(data, st.st_size) == (size_t) st.st_size);
	test_assert(journal_parse(data, st.st_size - 1) < (size_t) st.st_size);
	unlink(p);
	if (!streq(big, dir))
		rmdir(big);
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
	test_foreach();
	test_torn_tail();
	test_flipped_byte();
	test_lock();
	test_compact();
	test_find_content();
	test_many();
	test_mkdir();
	clean();
	rmdir(dir);
	return test_exit();
}
