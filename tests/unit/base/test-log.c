/* Unit tests for lib/log.c: stderr format, fields, sanitizing, whole lines from many
 * threads, and --foreground winning over systemd detection. */
#include <pthread.h>
#include <stdbool.h>
#include <stdio.h>
#include <unistd.h>

#include "log.h"
#include "test.h"

/* Runs fn with stderr sent to a temp file; returns what was written. */
static char *capture(void (*fn)(void))
{
	char path[] = "/tmp/test-log-XXXXXX";
	int fd = mkstemp(path);
	int saved = dup(2);
	fflush(stderr);
	dup2(fd, 2);
	fn();
	fflush(stderr);
	dup2(saved, 2);
	close(saved);
	off_t n = lseek(fd, 0, SEEK_END);
	char *buf = xcalloc(1, n + 1);
	if (pread(fd, buf, n, 0) != n)
		abort();
	close(fd);
	unlink(path);
	return buf;
}

static void basic(void)
{
	log_open(true);
	struct log_fields f = {.account = "bright\npeak",
	                       .uidvalidity = 17,
	                       .uid = 42,
	                       .verdict = "reject",
	                       .rule = "promo-coupon-code",
	                       .digest = "0123456789abcdef0123456789abcdef",
	                       .marketplace = "marketplace.amazon.de"};
	log_msg(LOG_WARNING, &f, "held: %s", "subject\r\nX-Injected: yes\x1b[31m");
	log_info("ready");
	log_error("journal %s failed", "a.journal");
}

static void test_format(void)
{
	test_begin("log stderr format, fields, sanitized");
	_cleanup_(freep) char *out = capture(basic);
	_cleanup_(freep) char *l1 = xasprintf(
	        "aliasgated[%ld]: WARNING: held: subject??X-Injected: yes?[31m ACCOUNT=bright?peak "
	        "UIDVALIDITY=17 UID=42 VERDICT=reject RULE=promo-coupon-code "
	        "DIGEST=0123456789abcdef0123456789abcdef MARKETPLACE=marketplace.amazon.de\n",
	        (long) getpid());
	_cleanup_(freep) char *l2 = xasprintf("aliasgated[%ld]: INFO: ready\n", (long) getpid());
	_cleanup_(freep) char *l3 =
	        xasprintf("aliasgated[%ld]: ERROR: journal a.journal failed\n", (long) getpid());
	_cleanup_(freep) char *want = xasprintf("%s%s%s", l1, l2, l3);
	test_assert_streq(out, want);
	test_end();
}

static void *worker(void *arg)
{
	struct log_fields f = {.account = arg, .uid = 1};
	for (int i = 0; i < 200; i++)
		log_msg(LOG_INFO, &f, "%s line %d %s", (char *) arg, i,
		        "padding padding padding padding padding padding padding padding");
	return NULL;
}

static void threads(void)
{
	static char names[8][16];
	pthread_t t[8];
	log_open(true);
	for (int i = 0; i < 8; i++) {
		snprintf(names[i], sizeof(names[i]), "acct%u", (unsigned) i);
		pthread_create(&t[i], NULL, worker, names[i]);
	}
	for (int i = 0; i < 8; i++)
		pthread_join(t[i], NULL);
}

static void test_threads(void)
{
	test_begin("log lines from threads never interleave");
	_cleanup_(freep) char *out = capture(threads);
	size_t lines = 0, good = 0;
	for (char *save = NULL, *l = strtok_r(out, "\n", &save); l;
	     l = strtok_r(NULL, "\n", &save)) {
		char acct[8], acct2[8];
		int n;
		lines++;
		const char *p = strstr(l, "INFO: ");
		if (p && sscanf(p, "INFO: %7s line %d", acct, &n) == 2 &&
		    (p = strstr(l, " ACCOUNT=")) && sscanf(p, " ACCOUNT=%7s", acct2) == 1 &&
		    streq(acct, acct2) && strstr(l, " UID=1") && strstr(l, "padding padding"))
			good++;
	}
	test_assert(lines == 1600);
	test_assert(good == 1600);
	test_end();
}

static void systemd_foreground(void)
{
	setenv("JOURNAL_STREAM", "8:12345", 1);
	log_open(true);
	log_info("to stderr");
	log_open(false);
	log_info("to the journal");
	unsetenv("JOURNAL_STREAM");
	log_open(false);
	log_info("back to stderr");
}

static void test_destination(void)
{
	test_begin("log --foreground keeps stderr under systemd");
	_cleanup_(freep) char *out = capture(systemd_foreground);
	test_assert(strstr(out, "INFO: to stderr\n") != NULL);
	test_assert(strstr(out, "to the journal") == NULL);
	test_assert(strstr(out, "INFO: back to stderr\n") != NULL);
	test_end();
}

int main(void)
{
	unsetenv("JOURNAL_STREAM");
	unsetenv("INVOCATION_ID");
	test_format();
	test_threads();
	test_destination();
	return test_exit();
}
