#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "seller.h"
#include "test.h"

static char dir[] = "/tmp/ag-seller-XXXXXX";
static const uint64_t T0 = 1795000000; /* 2026-11-18 ... */

static struct seller *open_ok(void)
{
	struct seller *s = NULL;
	char err[256] = "";
	int r = seller_open(dir, "acct", &s, err, sizeof(err));
	test_assert(r == 0 && s);
	if (r < 0)
		printf("seller_open: %s\n", err);
	return s;
}

static void add(struct seller *s, uint64_t t, unsigned flags, const char *order, const char *alias)
{
	struct seller_sent e = {t, flags, order, alias, "marketplace.amazon.de", "review"};
	test_assert(seller_add(s, &e) == 0);
}

static size_t count_cb_n;
static void count_cb(const struct seller_sent *e, void *u)
{
	(void) e;
	(void) u;
	count_cb_n++;
}

static size_t count(const struct seller *s)
{
	count_cb_n = 0;
	seller_foreach(s, count_cb, NULL);
	return count_cb_n;
}

static void reset(void)
{
	char p[PATH_MAX];
	snprintf(p, sizeof(p), "%s/acct.seller", dir);
	unlink(p);
}

static off_t file_size(void)
{
	char p[PATH_MAX];
	struct stat st;
	snprintf(p, sizeof(p), "%s/acct.seller", dir);
	return stat(p, &st) == 0 ? st.st_size : -1;
}

static void test_round_trip(void)
{
	struct seller *s;
	struct seller *o = NULL;
	char err[256];

	test_begin("seller: round trip, lock, read-only view");
	reset();
	s = open_ok();
	add(s, T0, SELLER_PROACTIVE | SELLER_NEUTRAL_REVIEW, "111-1111111-1111111",
	    "a1@marketplace.amazon.de");
	add(s, T0 + 10, 0, "222-2222222-2222222", "a2@marketplace.amazon.de");
	/* a second writer is refused while the first holds the lock */
	test_assert(seller_open(dir, "acct", &o, err, sizeof(err)) == -EAGAIN && !o);
	s = seller_close(s);
	s = open_ok();
	test_assert(count(s) == 2);
	test_assert(seller_neutral_sent(s, "111-1111111-1111111"));
	test_assert(!seller_neutral_sent(s, "222-2222222-2222222"));
	test_assert(!seller_neutral_sent(s, ""));
	test_assert(seller_report(s)->records == 2 && seller_report(s)->n_damaged == 0 &&
	            seller_report(s)->tail_dropped == 0);
	/* the read-only view needs no lock and changes nothing */
	test_assert(seller_read(dir, "acct", &o, err, sizeof(err)) == 0 && o);
	test_assert(count(o) == 2);
	{
		struct seller_sent e = {T0, 0, "", "x@marketplace.amazon.de", "m", ""};
		test_assert(seller_add(o, &e) == -EBADF); /* refused */
	}
	o = seller_close(o);
	s = seller_close(s);
	test_end();
	test_assert(seller_read(dir, "nobody", &o, err, sizeof(err)) == 0 && o && count(o) == 0);
	seller_close(o);
}

static void test_torn_tail_and_damage(void)
{
	char p[PATH_MAX];
	struct seller *s;
	off_t before;
	int fd;

	test_begin("seller: torn tail cut and reported");
	reset();
	s = open_ok();
	add(s, T0, SELLER_PROACTIVE, "111-1111111-1111111", "a1@marketplace.amazon.de");
	add(s, T0 + 1, SELLER_PROACTIVE, "222-2222222-2222222", "a2@marketplace.amazon.de");
	s = seller_close(s);
	before = file_size();
	snprintf(p, sizeof(p), "%s/acct.seller", dir);
	fd = open(p, O_WRONLY | O_APPEND);
	{
		uint8_t rec[8 + SELLER_REC_MAX];
		struct seller_sent e = {T0 + 2, 0, "333-3333333-3333333", "a3@x", "m", ""};
		size_t n = seller_encode(&e, rec);
		test_assert(write(fd, rec, n - 5) == (ssize_t) (n - 5));
	}
	close(fd);
	s = open_ok();
	test_assert(count(s) == 2);
	test_assert(seller_report(s)->tail_dropped > 0 && seller_report(s)->n_damaged == 0);
	test_assert(file_size() == before); /* cut off */
	add(s, T0 + 3, 0, "444-4444444-4444444", "a4@marketplace.amazon.de");
	s = seller_close(s);
	s = open_ok();
	test_assert(count(s) == 3 && seller_report(s)->tail_dropped == 0);
	s = seller_close(s);
	test_end();

	test_begin("seller: a damaged middle record is skipped and reported");
	/* flip a byte inside the second SENT record's payload */
	fd = open(p, O_RDWR);
	{
		uint8_t buf[4096];
		ssize_t n = pread(fd, buf, sizeof(buf), 0);
		/* header 18 bytes; the first SENT starts at 18 */
		size_t first = 18,
		       second = first + 8 + (buf[first + 2] | (size_t) buf[first + 3] << 8);
		test_assert(n > (ssize_t) (second + 20));
		buf[second + 12] ^= 0x40;
		test_assert(pwrite(fd, buf + second + 12, 1, (off_t) (second + 12)) == 1);
	}
	close(fd);
	s = open_ok();
	test_assert(count(s) == 2);
	test_assert(seller_report(s)->n_damaged == 1 && seller_report(s)->damaged_bytes > 0);
	test_assert(seller_report(s)->tail_dropped == 0);
	test_assert(seller_neutral_sent(s, "111-1111111-1111111") == false);
	s = seller_close(s);
	test_end();
}

static int hook_pipe[2];
static void hook(void)
{
	(void) !write(hook_pipe[1], "x", 1);
	for (;;)
		pause();
}

static void test_kill_mid_record(void)
{
	test_begin("seller: writer killed mid-record (fork + SIGKILL), reopened");
	reset();
	{
		struct seller *s = open_ok();
		add(s, T0, SELLER_PROACTIVE | SELLER_NEUTRAL_REVIEW, "111-1111111-1111111",
		    "a1@marketplace.amazon.de");
		seller_close(s);
	}
	test_assert(pipe(hook_pipe) == 0);
	pid_t pid = fork();
	if (pid == 0) {
		struct seller *s = NULL;
		char err[256];
		if (seller_open(dir, "acct", &s, err, sizeof(err)) < 0)
			_exit(3);
		seller_test_mid_record = hook;
		struct seller_sent e = {T0 + 5,
		                        SELLER_NEUTRAL_REVIEW,
		                        "222-2222222-2222222",
		                        "a2@marketplace.amazon.de",
		                        "marketplace.amazon.de",
		                        ""};
		(void) !seller_add(s, &e);
		_exit(4);
	}
	char c;
	test_assert(read(hook_pipe[0], &c, 1) == 1); /* half of the record is on disk */
	kill(pid, SIGKILL);
	int st;
	waitpid(pid, &st, 0);
	test_assert(WIFSIGNALED(st) && WTERMSIG(st) == SIGKILL);
	close(hook_pipe[0]);
	close(hook_pipe[1]);
	{
		struct seller *s = open_ok(); /* the lock died with the writer */
		test_assert(count(s) == 1);
		test_assert(seller_report(s)->tail_dropped > 0);
		test_assert(!seller_neutral_sent(s, "222-2222222-2222222"));
		test_assert(seller_neutral_sent(s, "111-1111111-1111111"));
		add(s, T0 + 6, 0, "333-3333333-3333333", "a3@marketplace.amazon.de");
		seller_close(s);
		s = open_ok();
		test_assert(count(s) == 2 && seller_report(s)->tail_dropped == 0 &&
		            seller_report(s)->n_damaged == 0);
		seller_close(s);
	}
	test_end();

	test_begin("seller: writers killed at random moments, every reopen is clean");
	reset();
	size_t last = 0;
	for (int round = 0; round < 15; round++) {
		pid = fork();
		if (pid == 0) {
			struct seller *s = NULL;
			char err[256];
			if (seller_open(dir, "acct", &s, err, sizeof(err)) < 0)
				_exit(3);
			for (unsigned i = 0;; i++) {
				struct seller_sent e = {T0 + i,
				                        SELLER_PROACTIVE,
				                        "111-1111111-1111111",
				                        "a@marketplace.amazon.de",
				                        "marketplace.amazon.de",
				                        "review,promotion"};
				if (seller_add(s, &e) < 0)
					_exit(5);
			}
		}
		usleep(2000 + (unsigned) (round * 1317) % 9000);
		kill(pid, SIGKILL);
		waitpid(pid, &st, 0);
		struct seller *s = open_ok();
		size_t n = count(s);
		test_assert_idx(n >= last, round);
		test_assert_idx(seller_report(s)->n_damaged == 0, round);
		last = n;
		seller_close(s);
	}
	test_end();
}

static void test_forget_compact_counts(void)
{
	struct seller *s;
	size_t removed;
	uint64_t day = T0 - T0 % 86400;

	test_begin("seller: forget an alias or an order, deleted from the file");
	reset();
	s = open_ok();
	add(s, day + 100, SELLER_PROACTIVE, "111-1111111-1111111", "A1@marketplace.amazon.de");
	add(s, day + 200, SELLER_PROACTIVE, "222-2222222-2222222", "a1@marketplace.amazon.de");
	add(s, day + 300, SELLER_PROACTIVE, "333-3333333-3333333", "a2@marketplace.amazon.de");
	test_assert(seller_forget(s, "a1@marketplace.amazon.de", &removed) == 0 && removed == 2);
	test_assert(count(s) == 1);
	test_assert(seller_forget(s, "333-3333333-3333333", &removed) == 0 && removed == 1);
	test_assert(seller_forget(s, "999-9999999-9999999", &removed) == 0 && removed == 0);
	test_assert(count(s) == 0);
	add(s, day + 400, SELLER_PROACTIVE, "444-4444444-4444444", "a4@marketplace.amazon.de");
	s = seller_close(s);
	s = open_ok();
	test_assert(count(s) == 1 && seller_report(s)->n_damaged == 0);
	{
		char p[PATH_MAX], buf[8192];
		snprintf(p, sizeof(p), "%s/acct.seller", dir);
		int fd = open(p, O_RDONLY);
		ssize_t n = read(fd, buf, sizeof(buf));
		close(fd);
		test_assert(n > 0 && !memmem(buf, (size_t) n, "a1@", 3) &&
		            !memmem(buf, (size_t) n, "A1@", 3));
	}
	s = seller_close(s);
	test_end();

	test_begin("seller: compaction deletes what is older than keep_days");
	reset();
	s = open_ok();
	add(s, day - 91 * 86400, 0, "111-1111111-1111111", "old@marketplace.amazon.de");
	add(s, day - 89 * 86400, 0, "222-2222222-2222222", "new@marketplace.amazon.de");
	test_assert(seller_compact(s, day, 90, &removed) == 0 && removed == 1);
	test_assert(count(s) == 1);
	s = seller_close(s);
	s = open_ok();
	test_assert(count(s) == 1);
	s = seller_close(s);
	test_end();

	test_begin("seller: proactive count per marketplace and UTC day, lift");
	reset();
	s = open_ok();
	add(s, day - 10, SELLER_PROACTIVE, "", "a@marketplace.amazon.de"); /* yesterday */
	add(s, day + 10, SELLER_PROACTIVE, "", "a@marketplace.amazon.de");
	add(s, day + 20, SELLER_PROACTIVE, "", "b@marketplace.amazon.de");
	add(s, day + 30, 0, "", "c@marketplace.amazon.de"); /* a reply */
	test_assert(seller_proactive_today(s, "marketplace.amazon.de", day + 100) == 2);
	test_assert(seller_proactive_today(s, "marketplace.amazon.fr", day + 100) == 0);
	test_assert(seller_lift(s, "marketplace.amazon.de", day + 50) == 0);
	test_assert(seller_proactive_today(s, "marketplace.amazon.de", day + 100) == 0);
	add(s, day + 50, SELLER_PROACTIVE, "", "d@marketplace.amazon.de"); /* same second */
	test_assert(seller_proactive_today(s, "marketplace.amazon.de", day + 100) == 1);
	s = seller_close(s);
	s = open_ok();
	test_assert(seller_proactive_today(s, "marketplace.amazon.de", day + 100) == 1);
	/* a rewrite keeps the LIFT in its place */
	test_assert(seller_forget(s, "a@marketplace.amazon.de", &removed) == 0 && removed == 2);
	s = seller_close(s);
	s = open_ok();
	test_assert(seller_proactive_today(s, "marketplace.amazon.de", day + 100) == 1);
	s = seller_close(s);
	test_end();
}

static int req_seen, req_bad;
static void req_cb(const char *line, int result, size_t removed, void *u)
{
	(void) line;
	(void) removed;
	(void) u;
	req_seen++;
	req_bad += result < 0;
}

static void test_requests(void)
{
	char path[PATH_MAX];
	struct seller *s;

	test_begin("seller: requests from the CLI applied by the writer");
	reset();
	s = open_ok();
	add(s, T0, 0, "111-1111111-1111111", "a1@marketplace.amazon.de");
	test_assert(seller_request_write(dir, "acct", "forget 111-1111111-1111111", path,
	                                 sizeof(path)) == 0);
	test_assert(seller_request_write(dir, "acct", "bogus", path, sizeof(path)) == 0);
	test_assert(seller_request_write(dir, "other", "forget x@y", path, sizeof(path)) == 0);
	req_seen = req_bad = 0;
	test_assert(seller_requests_apply(s, req_cb, NULL) == 2);
	test_assert(req_seen == 2 && req_bad == 1);
	test_assert(count(s) == 0);
	test_assert(access(path, F_OK) == 0); /* another account's request stays */
	unlink(path);
	test_assert(seller_requests_apply(s, req_cb, NULL) == 0);
	s = seller_close(s);
	test_end();
}

int main(void)
{
	char p[PATH_MAX];

	if (!mkdtemp(dir))
		return 1;
	test_round_trip();
	test_torn_tail_and_damage();
	test_kill_mid_record();
	test_forget_compact_counts();
	test_requests();
	snprintf(p, sizeof(p), "rm -rf %s", dir);
	(void) !system(p);
	return test_exit();
}
