/*
 * secret - reads an account's credential at connect time: the first line of a
 * password file, or of what password_command / oauth2_token_command prints. Commands
 * run as /bin/sh -c in their own process group with stdin on /dev/null, and the whole
 * group is killed when the timeout expires, so a hung helper (a locked keyring, a
 * token endpoint that never answers) cannot hang the account thread. Every buffer
 * that held the secret is wiped. Never logs; err carries only file names, exit
 * statuses and the start of the command's stderr, never stdout.
 */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "clock.h"
#include "secret.h"
#include "str.h"

#define SECRET_MAX  (64 * 1024) /* OAuth2 access tokens run to a few KiB */
#define STDERR_KEEP 200

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

void secret_free(char *s)
{
	if (!s)
		return;
	explicit_bzero(s, strlen(s));
	free(s);
}

/* The first line of buf[0..n) without its line ending, as a new string. */
static int first_line(const char *buf, size_t n, char **ret)
{
	size_t l = 0;
	while (l < n && buf[l] != '\n' && buf[l] != '\0')
		l++;
	if (l > 0 && buf[l - 1] == '\r')
		l--;
	if (l == 0)
		return -ENODATA;
	*ret = xstrndup(buf, l);
	return 0;
}

static int read_file(const char *path, char **ret, char *err, size_t errlen)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY);
	if (fd < 0)
		return fail(err, errlen, -errno, "%s: %m", path);
	struct stat st;
	if (fstat(fd, &st) < 0) {
		int r = -errno;
		close(fd);
		return fail(err, errlen, r, "%s: %s", path, strerror(-r));
	}
	/* Checked again here because the file may have changed since the config was
	 * loaded; a readable secret is refused the way fetchmail refuses .fetchmailrc. */
	if (st.st_mode & (S_IRWXG | S_IRWXO)) {
		close(fd);
		return fail(err, errlen, -EPERM,
		            "%s: readable or writable by group or others (chmod 600)", path);
	}
	char *buf = xmalloc(SECRET_MAX);
	size_t n = 0;
	int r = 0;
	while (n < SECRET_MAX) {
		ssize_t k = read(fd, buf + n, SECRET_MAX - n);
		if (k < 0 && errno == EINTR)
			continue;
		if (k < 0) {
			r = fail(err, errlen, -errno, "%s: read: %m", path);
			break;
		}
		if (k == 0)
			break;
		n += k;
	}
	close(fd);
	if (r == 0) {
		r = first_line(buf, n, ret);
		if (r < 0)
			fail(err, errlen, r, "%s: empty first line", path);
	}
	explicit_bzero(buf, n);
	free(buf);
	return r;
}

/* Printable, single-line version of the command's stderr for err. */
static void clean_stderr(char *s)
{
	str_sanitize(s, ' ');
}

static int run_command(const char *cmd, unsigned timeout_s, char **ret, char *err, size_t errlen)
{
	int out[2], errp[2];
	if (pipe2(out, O_CLOEXEC) < 0)
		return fail(err, errlen, -errno, "pipe: %m");
	if (pipe2(errp, O_CLOEXEC) < 0) {
		int r = -errno;
		close(out[0]), close(out[1]);
		return fail(err, errlen, r, "pipe: %s", strerror(-r));
	}
	int devnull = open("/dev/null", O_RDONLY | O_CLOEXEC);

	pid_t pid = fork();
	if (pid < 0) {
		int r = -errno;
		close(out[0]), close(out[1]), close(errp[0]), close(errp[1]);
		if (devnull >= 0)
			close(devnull);
		return fail(err, errlen, r, "fork: %s", strerror(-r));
	}
	if (pid == 0) {
		/* Only async-signal-safe calls here: the daemon has threads. */
		setpgid(0, 0);
		if (devnull < 0 || dup2(devnull, 0) < 0 || dup2(out[1], 1) < 0 ||
		    dup2(errp[1], 2) < 0)
			_exit(127);
		sigset_t none;
		sigemptyset(&none);
		sigprocmask(SIG_SETMASK, &none, NULL);
		signal(SIGPIPE, SIG_DFL);
		execl("/bin/sh", "sh", "-c", cmd, (char *) NULL);
		_exit(127);
	}
	close(out[1]);
	close(errp[1]);
	if (devnull >= 0)
		close(devnull);

	char *buf = xmalloc(SECRET_MAX);
	size_t n = 0;
	char ebuf[STDERR_KEEP + 1];
	size_t en = 0;
	bool timed_out = false;
	uint64_t deadline = clock_mono_ms() + (uint64_t) timeout_s * 1000;
	struct pollfd pfd[2] = {{out[0], POLLIN, 0}, {errp[0], POLLIN, 0}};

	while (pfd[0].fd >= 0 || pfd[1].fd >= 0) {
		uint64_t t = clock_mono_ms();
		if (t >= deadline) {
			timed_out = true;
			break;
		}
		int k = poll(pfd, 2, (int) (deadline - t));
		if (k < 0 && errno == EINTR)
			continue;
		if (k < 0)
			break;
		for (int i = 0; i < 2; i++) {
			if (pfd[i].fd < 0 || !pfd[i].revents)
				continue;
			char tmp[4096];
			ssize_t r = read(pfd[i].fd, tmp, sizeof(tmp));
			if (r < 0 && errno == EINTR)
				continue;
			if (r <= 0) {
				close(pfd[i].fd);
				pfd[i].fd = -1;
				continue;
			}
			if (i == 0) {
				size_t c =
				        (size_t) r < SECRET_MAX - n ? (size_t) r : SECRET_MAX - n;
				memcpy(buf + n, tmp, c);
				n += c;
			} else {
				size_t c = (size_t) r < STDERR_KEEP - en ? (size_t) r
				                                         : STDERR_KEEP - en;
				memcpy(ebuf + en, tmp, c);
				en += c;
			}
			explicit_bzero(tmp, sizeof(tmp));
		}
	}
	for (int i = 0; i < 2; i++)
		if (pfd[i].fd >= 0)
			close(pfd[i].fd);
	ebuf[en] = 0;
	clean_stderr(ebuf);

	/* The output is complete, but the command may still run (it closed its output
	 * and went on): the deadline holds for its exit too, then the group is killed. */
	int status = 0;
	while (!timed_out) {
		pid_t w = waitpid(pid, &status, WNOHANG);
		if (w == pid || (w < 0 && errno != EINTR))
			break;
		if (w == 0 && clock_mono_ms() >= deadline) {
			timed_out = true;
			break;
		}
		if (w == 0) {
			struct timespec ts = {0, 10 * 1000 * 1000};
			nanosleep(&ts, NULL);
		}
	}
	/* Kill the group: the shell may have started children that keep running. */
	if (timed_out) {
		kill(-pid, SIGKILL);
		while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
			;
	}
	if (!timed_out)
		kill(-pid, SIGKILL); /* leftovers holding no pipe; harmless if none */

	int r;
	if (timed_out)
		r = fail(err, errlen, -ETIMEDOUT, "command timed out after %u s", timeout_s);
	else if (WIFSIGNALED(status))
		r = fail(err, errlen, -EIO, "command killed by signal %d%s%s", WTERMSIG(status),
		         en ? ": " : "", ebuf);
	else if (WEXITSTATUS(status) != 0)
		r = fail(err, errlen, -EIO, "command exited with status %d%s%s",
		         WEXITSTATUS(status), en ? ": " : "", ebuf);
	else {
		r = first_line(buf, n, ret);
		if (r < 0)
			fail(err, errlen, r, "command printed nothing%s%s", en ? ": " : "", ebuf);
	}
	explicit_bzero(buf, SECRET_MAX);
	free(buf);
	return r;
}

int secret_fetch(const struct endpoint *srv, unsigned timeout_s, char **ret, char *err,
                 size_t errlen)
{
	*ret = NULL;
	if (err && errlen)
		err[0] = 0;
	switch (srv->secret) {
	case ENDPOINT_SECRET_PASSWORD_FILE:
		return read_file(srv->secret_source, ret, err, errlen);
	case ENDPOINT_SECRET_PASSWORD_COMMAND:
	case ENDPOINT_SECRET_OAUTH2_COMMAND:
		return run_command(srv->secret_source, timeout_s ? timeout_s : 1, ret, err, errlen);
	default:
		return fail(err, errlen, -EINVAL, "no credential configured");
	}
}
