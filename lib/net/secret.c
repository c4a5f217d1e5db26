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

/* One run of a password or token command, through its three steps. */
struct child {
	pid_t pid;
	int out, errp;     /* read ends of its stdout and stderr */
	uint64_t deadline; /* CLOCK_MONOTONIC ms for everything, exit included */
	char *buf;         /* stdout, SECRET_MAX bytes, wiped after use */
	size_t n;
	char ebuf[STDERR_KEEP + 1];
	size_t en;
	bool timed_out;
	int status;
};

/* child_spawn - /bin/sh -c cmd in a process group of its own, stdin /dev/null. */
static int child_spawn(struct child *c, const char *cmd, char *err, size_t errlen)
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

	c->pid = fork();
	if (c->pid < 0) {
		int r = -errno;
		close(out[0]), close(out[1]), close(errp[0]), close(errp[1]);
		if (devnull >= 0)
			close(devnull);
		return fail(err, errlen, r, "fork: %s", strerror(-r));
	}
	if (c->pid == 0) {
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
	c->out = out[0];
	c->errp = errp[0];
	return 0;
}

/* child_read - its stdout (at most SECRET_MAX) and the start of its stderr, until
 * both are closed or the deadline passes. */
static void child_read(struct child *c)
{
	struct pollfd pfd[2] = {{c->out, POLLIN, 0}, {c->errp, POLLIN, 0}};

	while (pfd[0].fd >= 0 || pfd[1].fd >= 0) {
		uint64_t t = clock_mono_ms();
		if (t >= c->deadline) {
			c->timed_out = true;
			break;
		}
		int k = poll(pfd, 2, (int) (c->deadline - t));
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
				size_t k2 = (size_t) r < SECRET_MAX - c->n ? (size_t) r
				                                           : SECRET_MAX - c->n;
				memcpy(c->buf + c->n, tmp, k2);
				c->n += k2;
			} else {
				size_t k2 = (size_t) r < STDERR_KEEP - c->en ? (size_t) r
				                                             : STDERR_KEEP - c->en;
				memcpy(c->ebuf + c->en, tmp, k2);
				c->en += k2;
			}
			explicit_bzero(tmp, sizeof(tmp));
		}
	}
	for (int i = 0; i < 2; i++)
		if (pfd[i].fd >= 0)
			close(pfd[i].fd);
	c->ebuf[c->en] = 0;
	clean_stderr(c->ebuf);
}

/* child_reap - the output is complete, but the command may still run (it closed its
 * output and went on): the deadline holds for its exit too. Then the whole group is
 * killed, since the shell may have started children that keep running. */
static void child_reap(struct child *c)
{
	while (!c->timed_out) {
		pid_t w = waitpid(c->pid, &c->status, WNOHANG);
		if (w == c->pid || (w < 0 && errno != EINTR))
			break;
		if (w == 0 && clock_mono_ms() >= c->deadline) {
			c->timed_out = true;
			break;
		}
		if (w == 0) {
			struct timespec ts = {0, 10 * 1000 * 1000};
			nanosleep(&ts, NULL);
		}
	}
	kill(-c->pid, SIGKILL); /* leftovers holding no pipe; harmless if none */
	if (c->timed_out)
		while (waitpid(c->pid, &c->status, 0) < 0 && errno == EINTR)
			;
}

static int run_command(const char *cmd, unsigned timeout_s, char **ret, char *err, size_t errlen)
{
	struct child c = {.deadline = clock_mono_ms() + (uint64_t) timeout_s * 1000};
	int r = child_spawn(&c, cmd, err, errlen);

	if (r < 0)
		return r;
	c.buf = xmalloc(SECRET_MAX);
	child_read(&c);
	child_reap(&c);
	if (c.timed_out)
		r = fail(err, errlen, -ETIMEDOUT, "command timed out after %u s", timeout_s);
	else if (WIFSIGNALED(c.status))
		r = fail(err, errlen, -EIO, "command killed by signal %d%s%s", WTERMSIG(c.status),
		         c.en ? ": " : "", c.ebuf);
	else if (WEXITSTATUS(c.status) != 0)
		r = fail(err, errlen, -EIO, "command exited with status %d%s%s",
		         WEXITSTATUS(c.status), c.en ? ": " : "", c.ebuf);
	else {
		r = first_line(c.buf, c.n, ret);
		if (r < 0)
			fail(err, errlen, r, "command printed nothing%s%s", c.en ? ": " : "",
			     c.ebuf);
	}
	explicit_bzero(c.buf, SECRET_MAX);
	free(c.buf);
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
