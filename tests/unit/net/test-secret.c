/* Unit tests for lib/secret.c: password files and credential commands. */
#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "secret.h"
#include "test.h"

static char dir[64];

static char *write_file(const char *name, const char *content, mode_t mode)
{
	char *p = xasprintf("%s/%s", dir, name);
	int fd = open(p, O_WRONLY | O_CREAT | O_TRUNC, 0600);
	if (fd < 0 || write(fd, content, strlen(content)) != (ssize_t) strlen(content))
		abort();
	close(fd);
	chmod(p, mode);
	return p;
}

static int fetch(enum endpoint_secret kind, const char *src, unsigned timeout, char **ret,
                 char *err, size_t errlen)
{
	struct endpoint srv = {.secret = kind, .secret_source = src};
	return secret_fetch(&srv, timeout, ret, err, errlen);
}

static void test_file(void)
{
	test_begin("secret password file");
	char err[256], *s = NULL;
	_cleanup_(freep) char *p = write_file("pw", "hunter2\nsecond line\n", 0600);
	test_assert(fetch(ENDPOINT_SECRET_PASSWORD_FILE, p, 5, &s, err, sizeof(err)) == 0);
	test_assert_streq(s, "hunter2");
	secret_free(s);

	_cleanup_(freep) char *crlf = write_file("crlf", "p\xc3\xa4ss\r\n", 0400);
	test_assert(fetch(ENDPOINT_SECRET_PASSWORD_FILE, crlf, 5, &s, err, sizeof(err)) == 0);
	test_assert_streq(s, "p\xc3\xa4ss");
	secret_free(s);

	_cleanup_(freep) char *nonl = write_file("nonl", "nonewline", 0600);
	test_assert(fetch(ENDPOINT_SECRET_PASSWORD_FILE, nonl, 5, &s, err, sizeof(err)) == 0);
	test_assert_streq(s, "nonewline");
	secret_free(s);

	_cleanup_(freep) char *open_ = write_file("open", "hunter2\n", 0644);
	s = NULL;
	test_assert(fetch(ENDPOINT_SECRET_PASSWORD_FILE, open_, 5, &s, err, sizeof(err)) == -EPERM);
	test_assert(s == NULL);
	test_assert(strstr(err, "group or others") != NULL);
	test_assert(strstr(err, "hunter2") == NULL);

	_cleanup_(freep) char *empty = write_file("empty", "\nsecond\n", 0600);
	test_assert(fetch(ENDPOINT_SECRET_PASSWORD_FILE, empty, 5, &s, err, sizeof(err)) ==
	            -ENODATA);

	_cleanup_(freep) char *missing = xasprintf("%s/missing", dir);
	test_assert(fetch(ENDPOINT_SECRET_PASSWORD_FILE, missing, 5, &s, err, sizeof(err)) ==
	            -ENOENT);
	test_assert(strstr(err, "missing") != NULL);
	test_assert(fetch(ENDPOINT_SECRET_NONE, NULL, 5, &s, err, sizeof(err)) == -EINVAL);
	unlink(p), unlink(crlf), unlink(nonl), unlink(open_), unlink(empty);
	test_end();
}

static void test_command(void)
{
	test_begin("secret commands");
	char err[256], *s = NULL;
	test_assert(fetch(ENDPOINT_SECRET_PASSWORD_COMMAND, "printf 'tok en\\nmore\\n'", 5, &s, err,
	                  sizeof(err)) == 0);
	test_assert_streq(s, "tok en");
	secret_free(s);

	/* stdin is /dev/null: a command that reads it gets EOF, not the daemon's tty. */
	test_assert(fetch(ENDPOINT_SECRET_OAUTH2_COMMAND, "cat; echo ya29.token", 5, &s, err,
	                  sizeof(err)) == 0);
	test_assert_streq(s, "ya29.token");
	secret_free(s);

	/* Big output (a long token) is read whole, not cut at a pipe buffer. */
	test_assert(fetch(ENDPOINT_SECRET_OAUTH2_COMMAND, "head -c 5000 /dev/zero | tr '\\0' x", 5,
	                  &s, err, sizeof(err)) == 0);
	test_assert(s && strlen(s) == 5000);
	secret_free(s);

	s = NULL;
	test_assert(fetch(ENDPOINT_SECRET_PASSWORD_COMMAND,
	                  "echo secret-on-stdout; echo 'vault sealed' >&2; exit 3", 5, &s, err,
	                  sizeof(err)) == -EIO);
	test_assert(s == NULL);
	test_assert(strstr(err, "status 3") != NULL);
	test_assert(strstr(err, "vault sealed") != NULL);
	test_assert(strstr(err, "secret-on-stdout") == NULL);

	test_assert(fetch(ENDPOINT_SECRET_PASSWORD_COMMAND, "true", 5, &s, err, sizeof(err)) ==
	            -ENODATA);
	test_end();
}

static void test_timeout(void)
{
	test_begin("secret command timeout kills the group");
	char err[256], *s = NULL;
	_cleanup_(freep) char *mark = xasprintf("%s/mark", dir);
	_cleanup_(freep) char *cmd = xasprintf("(sleep 3; touch %s) & sleep 30", mark);
	time_t t0 = time(NULL);
	test_assert(fetch(ENDPOINT_SECRET_PASSWORD_COMMAND, cmd, 1, &s, err, sizeof(err)) ==
	            -ETIMEDOUT);
	test_assert(time(NULL) - t0 <= 3);
	test_assert(s == NULL);
	test_assert(strstr(err, "timed out") != NULL);
	/* The background child was in the killed group, so the mark never appears. */
	sleep(4);
	test_assert(access(mark, F_OK) < 0);
	test_end();
}

static void test_closed_output_still_running(void)
{
	test_begin("secret command that closes its output and keeps running");
	char err[256], *s = NULL;
	time_t t0 = time(NULL);
	/* Before the fix, waitpid() blocked until the sleep ended: 30 s past the 1 s
	 * deadline. */
	test_assert(fetch(ENDPOINT_SECRET_PASSWORD_COMMAND, "echo tok; exec >&- 2>&-; sleep 30", 1,
	                  &s, err, sizeof(err)) == -ETIMEDOUT);
	test_assert(time(NULL) - t0 <= 3);
	test_assert(s == NULL);
	test_end();
}

int main(void)
{
	strcpy(dir, "/tmp/test-secret-XXXXXX");
	if (!mkdtemp(dir))
		abort();
	test_file();
	test_command();
	test_timeout();
	test_closed_output_still_running();
	rmdir(dir);
	return test_exit();
}
