/*
 * netprobe - drives lib/imap_source and lib/smtp_sink directly from test_net.py, so
 * the clients are tested against real servers without the daemon around them.
 *
 *   netprobe imap HOST PORT TLS CA USER OP...
 *   netprobe smtp HOST PORT TLS CA USER FROM RCPT[,RCPT...] FILE
 *
 * TLS is implicit, starttls or none; CA "-" means the system store; USER "-" means no
 * AUTH (SMTP only). The secret comes from $NETPROBE_SECRET, never argv, so a test can
 * look for it in our output; $NETPROBE_COMMAND_S sets the per-command deadline. IMAP ops run in one
 * session, in order: select F | ensure F | search MIN | fetch UID FILE | move UID F | append F FILE
 * | wait SECONDS | wake MS (the wake fd fires MS from now) Each op prints one line ("op ok ..." or
 * "op error r=... reply=...") and flushes, so the test can act between ops. Exit 0 when every op
 * succeeded, 1 otherwise, 2 when the session could not be opened. Never prints anything it did not
 * get from the server or the library.
 */
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/eventfd.h>
#include <time.h>
#include <unistd.h>

#include "base.h"
#include "buf.h"
#include "endpoint.h"
#include "imap_source.h"
#include "smtp_sink.h"

static uint64_t now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t) ts.tv_sec * 1000 + (uint64_t) ts.tv_nsec / 1000000;
}

static int read_file(const char *path, struct buf *out)
{
	FILE *f = fopen(path, "rb");
	char tmp[8192];
	size_t n;
	int r = 0;

	if (!f)
		return -errno;
	while (r == 0 && (n = fread(tmp, 1, sizeof(tmp), f)) > 0)
		r = buf_append(out, tmp, n);
	fclose(f);
	return r;
}

static int parse_tls(const char *s, enum endpoint_tls *ret)
{
	if (streq(s, "implicit"))
		*ret = ENDPOINT_TLS_IMPLICIT;
	else if (streq(s, "starttls"))
		*ret = ENDPOINT_TLS_STARTTLS;
	else if (streq(s, "none"))
		*ret = ENDPOINT_TLS_NONE;
	else
		return -EINVAL;
	return 0;
}

/* num - a decimal argument; 0 when missing. */
static uint32_t num(const char *s)
{
	return s ? (uint32_t) strtoul(s, NULL, 10) : 0;
}

/* uid_list - "5,7,9" into uids, at most cap of them; their number. */
static size_t uid_list(const char *arg, uint32_t *uids, size_t cap)
{
	_cleanup_(freep) char *list = xstrdup(arg);
	char *save = NULL;
	size_t n = 0;

	for (char *t = strtok_r(list, ",", &save); t && n < cap; t = strtok_r(NULL, ",", &save))
		uids[n++] = num(t);
	return n;
}

struct waker {
	int fd;
	unsigned ms;
};

static void *wake_later(void *arg)
{
	struct waker *w = arg;
	uint64_t one = 1;

	usleep(w->ms * 1000u);
	if (write(w->fd, &one, sizeof(one)) < 0)
		perror("netprobe: eventfd");
	return NULL;
}

static int imap_op(struct imap_source *s, int wake_fd, char **argv, int *i, int argc)
{
	const char *op = argv[*i];
	int r = -EINVAL;

#define ARG(k) ((*i + (k)) < argc ? argv[*i + (k)] : NULL)
	if (streq(op, "select") && ARG(1)) {
		uint32_t uv = 0, un = 0;
		r = imap_source_select(s, ARG(1), &uv, &un);
		if (r == 0)
			printf("select ok uidvalidity=%u uidnext=%u\n", uv, un);
		*i += 2;
	} else if (streq(op, "ensure") && ARG(1)) {
		r = imap_source_ensure_folder(s, ARG(1));
		if (r == 0)
			printf("ensure ok\n");
		*i += 2;
	} else if (streq(op, "search") && ARG(1)) {
		uint32_t *uids = NULL;
		size_t n = 0;
		r = imap_source_search(s, num(ARG(1)), &uids, &n);
		if (r == 0) {
			printf("search ok n=%zu uids=", n);
			for (size_t k = 0; k < n; k++)
				printf("%s%u", k ? "," : "", uids[k]);
			printf("\n");
		}
		free(uids);
		*i += 2;
	} else if (streq(op, "fetch") && ARG(2)) {
		char *raw = NULL;
		size_t len = 0;
		r = imap_source_fetch(s, num(ARG(1)), &raw, &len);
		if (r == 0) {
			FILE *f = fopen(ARG(2), "wb");
			if (!f || fwrite(raw, 1, len, f) != len || fclose(f) != 0)
				r = -EIO;
			else
				printf("fetch ok len=%zu\n", len);
		}
		free(raw);
		*i += 3;
	} else if (streq(op, "fetchset") && ARG(3)) {
		/* fetchset UID,UID,... CAP PREFIX: each body kept to PREFIX.UID */
		uint32_t uids[IMAP_FETCH_SET_MAX];
		struct imap_fetched out[IMAP_FETCH_SET_MAX];
		size_t n = uid_list(ARG(1), uids, ELEMENTSOF(uids));
		const char *cap = ARG(2);
		r = imap_source_fetch_set(s, uids, n, cap ? (size_t) strtoull(cap, NULL, 10) : 0,
		                          out);
		for (size_t k = 0; r == 0 && k < n; k++) {
			printf("fetchset uid=%u len=%zu idate=%s\n", out[k].uid, out[k].len,
			       out[k].idate[0] ? "yes" : "no");
			if (out[k].raw) {
				_cleanup_(freep) char *path =
				        xasprintf("%s.%u", ARG(3), out[k].uid);
				FILE *f = fopen(path, "wb");
				if (!f || fwrite(out[k].raw, 1, out[k].len, f) != out[k].len ||
				    fclose(f) != 0)
					r = -EIO;
			}
		}
		if (r == 0) {
			printf("fetchset ok\n");
			imap_fetched_free(out, n);
		}
		*i += 4;
	} else if (streq(op, "move") && ARG(2)) {
		r = imap_source_move(s, num(ARG(1)), ARG(2));
		if (r == 0)
			printf("move ok\n");
		*i += 3;
	} else if (streq(op, "moveset") && ARG(2)) {
		/* moveset UID,UID,... FOLDER */
		uint32_t uids[IMAP_MOVE_SET_MAX + 1];
		size_t n = uid_list(ARG(1), uids, ELEMENTSOF(uids));
		r = imap_source_move_set(s, uids, n, ARG(2));
		if (r == 0)
			printf("moveset ok\n");
		*i += 3;
	} else if (streq(op, "append") && ARG(2)) {
		struct buf m = BUF_INIT(0);
		r = read_file(ARG(2), &m);
		if (r == 0)
			r = imap_source_append(s, ARG(1), m.data ? m.data : "", m.len);
		if (r == 0)
			printf("append ok\n");
		buf_free(&m);
		*i += 3;
	} else if (streq(op, "wait") && ARG(1)) {
		uint64_t t0 = now_ms();
		r = imap_source_wait(s, num(ARG(1)));
		/* -EINTR is an answer here, not a failure: the test asks for it. */
		printf("wait %s r=%d ms=%llu\n", r >= 0 || r == -EINTR ? "ok" : "error", r,
		       (unsigned long long) (now_ms() - t0));
		fflush(stdout);
		*i += 2;
		return r >= 0 || r == -EINTR ? 0 : r;
	} else if (streq(op, "wake") && ARG(1)) {
		static struct waker w;
		pthread_t th;
		w = (struct waker){.fd = wake_fd, .ms = num(ARG(1))};
		r = pthread_create(&th, NULL, wake_later, &w) == 0 ? 0 : -EAGAIN;
		if (r == 0) {
			pthread_detach(th);
			printf("wake ok\n");
		}
		*i += 2;
	} else {
		fprintf(stderr, "netprobe: bad op '%s'\n", op);
		*i = argc;
		return -EINVAL;
	}
#undef ARG
	if (r < 0)
		printf("%s error r=%d reply=%s\n", op, r, imap_source_last_reply(s));
	fflush(stdout);
	return r;
}

static int usage(void)
{
	fprintf(stderr, "usage: netprobe imap HOST PORT TLS CA USER OP...\n"
	                "       netprobe smtp HOST PORT TLS CA USER FROM RCPTS FILE\n");
	return 2;
}

int main(int argc, char **argv)
{
	struct endpoint srv = {.connect_s = 5,
	                       .command_s = 10,
	                       .data_final_s = 10,
	                       .idle = getenv("NETPROBE_NOIDLE") == NULL};
	const char *secret = getenv("NETPROBE_SECRET");

	if (argc < 7 || parse_tls(argv[4], &srv.tls) < 0)
		return usage();
	srv.host = argv[2];
	srv.port = (uint16_t) atoi(argv[3]);
	srv.ca_file = streq(argv[5], "-") ? NULL : argv[5];
	srv.user = streq(argv[6], "-") ? NULL : argv[6];
	srv.secret = srv.user ? ENDPOINT_SECRET_PASSWORD_FILE : ENDPOINT_SECRET_NONE;
	/* A short per-command deadline, for the tests of servers that stall. */
	if (getenv("NETPROBE_COMMAND_S"))
		srv.command_s = (unsigned) atoi(getenv("NETPROBE_COMMAND_S"));
	if (getenv("NETPROBE_OAUTH2"))
		srv.secret = ENDPOINT_SECRET_OAUTH2_COMMAND;
	srv.helo = "netprobe.test";

	if (streq(argv[1], "imap")) {
		struct imap_source *s = NULL;
		int wake = eventfd(0, EFD_CLOEXEC), r, bad = 0;

		r = imap_source_open(&srv, secret ? secret : "", wake, &s);
		if (r < 0) {
			printf("open error r=%d reply=%s\n", r,
			       s ? imap_source_last_reply(s) : "(no session)");
			imap_source_close(s);
			return 2;
		}
		printf("open ok\n");
		fflush(stdout);
		for (int i = 7; i < argc;)
			bad |= imap_op(s, wake, argv, &i, argc) < 0;
		imap_source_close(s);
		close(wake);
		return bad;
	}
	if (streq(argv[1], "smtp") && argc == 10) {
		struct smtp_result res;
		struct buf m = BUF_INIT(0);
		const char *rcpts[256];
		enum smtp_outcome out[256], *per = NULL;
		bool skip[256] = {false};
		size_t n = 0;
		char *list = argv[8], *tok, *save = NULL;
		static const char *const names[] = {"OK", "TEMPFAIL", "PERMFAIL", "AMBIGUOUS"};

		for (tok = strtok_r(list, ",", &save); tok && n < ELEMENTSOF(rcpts);
		     tok = strtok_r(NULL, ",", &save))
			rcpts[n++] = tok;
		if (read_file(argv[9], &m) < 0)
			return usage();
		if (getenv("NETPROBE_COMMAND"))
			srv.command_s = (unsigned) atoi(getenv("NETPROBE_COMMAND"));
		if (getenv("NETPROBE_DATA_FINAL"))
			srv.data_final_s = (unsigned) atoi(getenv("NETPROBE_DATA_FINAL"));
		/* NETPROBE_PER_RCPT asks for per-recipient outcomes; NETPROBE_SKIP lists the
		 * indexes of recipients delivered before. */
		if (getenv("NETPROBE_PER_RCPT"))
			per = out;
		if (getenv("NETPROBE_SKIP")) {
			char *sk = strdup(getenv("NETPROBE_SKIP")), *save2 = NULL;
			for (tok = strtok_r(sk, ",", &save2); tok;
			     tok = strtok_r(NULL, ",", &save2))
				if ((size_t) atoi(tok) < ELEMENTSOF(skip))
					skip[atoi(tok)] = true;
			free(sk);
		}
		/* NETPROBE_REPEAT=N sends the message N times on a kept session (the
		 * daemon's way within a pass), one result block each. */
		int repeat = getenv("NETPROBE_REPEAT") ? atoi(getenv("NETPROBE_REPEAT")) : 0;
		struct smtp_session *keep = NULL;
		bool all_ok = true;
		for (int k = 0; k < (repeat > 0 ? repeat : 1); k++) {
			smtp_sink_send(&srv, secret, argv[7], rcpts, n, skip, m.data ? m.data : "",
			               m.len, &res, per, repeat > 0 ? &keep : NULL);
			printf("outcome=%s code=%d stage=%s text=%s\n", names[res.outcome],
			       res.code, res.stage, res.text);
			printf("session=%d delivered=%zu\n", res.session, res.delivered);
			if (per) {
				printf("rcpt_outcome=");
				for (size_t k2 = 0; k2 < n; k2++)
					printf("%s%s", k2 ? "," : "", names[per[k2]]);
				printf("\n");
			}
			all_ok &= res.outcome == SMTP_OK;
		}
		keep = smtp_session_close(keep);
		buf_free(&m);
		return all_ok ? 0 : 1;
	}
	return usage();
}
