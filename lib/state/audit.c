/*
 * audit - the hash-chained audit log (format and guarantees in audit.h).
 *
 * The writer keeps the log open with O_APPEND and remembers the end offset, SEQ and
 * HASH of the last line; under flock() it checks that the file still ends where it
 * thinks (another writer on the same state directory would have moved it) and re-reads
 * the tail if not, so SEQ and PREV_HASH always continue the file as it is.
 */
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <openssl/evp.h>

#include "audit.h"
#include "fd.h"
#include "buf.h"

#define ZERO_HASH "0000000000000000000000000000000000000000000000000000000000000000"

struct audit {
	char *log_path, *head_path, *dir;
	int fd;
	uint64_t end; /* offset after the last complete line */
	uint64_t seq;
	char hash[AUDIT_HASH_HEX + 1];
};

void audit_sha256_hex(const void *data, size_t len, char out[AUDIT_HASH_HEX + 1])
{
	unsigned char d[EVP_MAX_MD_SIZE];
	unsigned dl = 0;

	if (!EVP_Digest(data, len, d, &dl, EVP_sha256(), NULL) || dl != 32)
		panic("SHA-256 failed");
	for (unsigned i = 0; i < 32; i++)
		snprintf(out + 2 * i, 3, "%02x", d[i]);
}

static bool is_hex64(const char *p, size_t n)
{
	if (n != AUDIT_HASH_HEX)
		return false;
	for (size_t i = 0; i < n; i++)
		if (!((p[i] >= '0' && p[i] <= '9') || (p[i] >= 'a' && p[i] <= 'f')))
			return false;
	return true;
}

static bool event_ok(const char *p, size_t n)
{
	if (n == 0 || n > 64)
		return false;
	for (size_t i = 0; i < n; i++)
		if (!((p[i] >= 'a' && p[i] <= 'z') || p[i] == '-'))
			return false;
	return true;
}

static void format_time(uint64_t t, char out[21])
{
	time_t tt = (time_t) t;
	struct tm tm;

	gmtime_r(&tt, &tm);
	strftime(out, 21, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

/* parse_line - p[0..n) is one line without its newline. Fills e; on a malformed line
 * returns false with the reason in why. The hash is not checked here. */
static bool parse_line(const char *p, size_t n, struct audit_entry *e, char *why, size_t whylen)
{
	const char *f[4];
	size_t fl[4], pos = 0;

	for (int k = 0; k < 4; k++) {
		const char *sp = memchr(p + pos, ' ', n - pos);
		if (!sp) {
			snprintf(why, whylen, "malformed line: fewer than 6 fields");
			return false;
		}
		f[k] = p + pos;
		fl[k] = (size_t) (sp - (p + pos));
		pos = (size_t) (sp - p) + 1;
	}
	const char *last = memrchr(p + pos, ' ', n - pos);
	if (!last || (size_t) (last - p) <= pos) {
		snprintf(why, whylen, "malformed line: no JSON and HASH after EVENT");
		return false;
	}
	/* SEQ */
	uint64_t seq = 0;
	if (fl[0] == 0 || fl[0] > 19 || (fl[0] > 1 && f[0][0] == '0')) {
		snprintf(why, whylen, "malformed SEQ");
		return false;
	}
	for (size_t i = 0; i < fl[0]; i++) {
		if (f[0][i] < '0' || f[0][i] > '9') {
			snprintf(why, whylen, "malformed SEQ");
			return false;
		}
		seq = seq * 10 + (uint64_t) (f[0][i] - '0');
	}
	/* TIME */
	char tbuf[21];
	struct tm tm = {0};
	if (fl[1] != 20) {
		snprintf(why, whylen, "malformed TIME");
		return false;
	}
	memcpy(tbuf, f[1], 20);
	tbuf[20] = '\0';
	const char *te = strptime(tbuf, "%Y-%m-%dT%H:%M:%SZ", &tm);
	if (!te || *te) {
		snprintf(why, whylen, "malformed TIME");
		return false;
	}
	if (!is_hex64(f[2], fl[2])) {
		snprintf(why, whylen, "malformed PREV_HASH");
		return false;
	}
	if (!event_ok(f[3], fl[3])) {
		snprintf(why, whylen, "malformed EVENT");
		return false;
	}
	size_t jl = (size_t) (last - (p + pos));
	if (jl < 2 || p[pos] != '{' || p[pos + jl - 1] != '}') {
		snprintf(why, whylen, "malformed JSON (not one object)");
		return false;
	}
	if (!is_hex64(last + 1, n - (size_t) (last + 1 - p))) {
		snprintf(why, whylen, "malformed HASH");
		return false;
	}
	*e = (struct audit_entry){
	        .seq = seq,
	        .time = (uint64_t) timegm(&tm),
	        .time_text = f[1],
	        .prev = f[2],
	        .event = f[3],
	        .event_len = fl[3],
	        .json = p + pos,
	        .json_len = jl,
	        .hash = last + 1,
	};
	return true;
}

static void problem(struct audit_check *c, unsigned line, const char *fmt, ...) _printf_(3, 4);
static void problem(struct audit_check *c, unsigned line, const char *fmt, ...)
{
	va_list ap;

	if (c->bad_line)
		return;
	c->bad_line = line;
	va_start(ap, fmt);
	vsnprintf(c->why, sizeof(c->why), fmt, ap);
	va_end(ap);
}

static bool parse_head(const char *head, uint64_t *seq, char hash[AUDIT_HASH_HEX + 1])
{
	char h[AUDIT_HASH_HEX + 2];
	unsigned long long s;
	char nl;

	if (sscanf(head, "%llu %65s%c", &s, h, &nl) != 3 || nl != '\n' || !is_hex64(h, strlen(h)))
		return false;
	*seq = s;
	memcpy(hash, h, AUDIT_HASH_HEX + 1);
	return true;
}

int audit_verify_buf(const char *log, size_t len, const char *head, struct audit_check *c,
                     audit_fn fn, void *userdata)
{
	char prev[AUDIT_HASH_HEX + 1] = ZERO_HASH, h[AUDIT_HASH_HEX + 1];
	char head_hash[AUDIT_HASH_HEX + 1] = "";
	uint64_t head_seq = 0;
	bool have_head = false, chain_broken = false;
	size_t pos = 0;
	unsigned line = 0;

	*c = (struct audit_check){.last_hash = ZERO_HASH};
	if (head) {
		have_head = parse_head(head, &head_seq, head_hash);
		if (!have_head) {
			problem(c, 0, "%s is malformed (expected \"SEQ HASH\")", AUDIT_HEAD);
			return -EBADMSG;
		}
	}
	while (pos < len) {
		const char *p = log + pos;
		const char *nl = memchr(p, '\n', len - pos);
		struct audit_entry e;
		char why[160];

		line++;
		if (!nl) {
			problem(c, line,
			        "incomplete last line (%zu bytes without a newline): the log was "
			        "truncated or a write was cut off",
			        len - pos);
			chain_broken = true;
			break;
		}
		size_t n = (size_t) (nl - p);
		pos += n + 1;
		c->lines++;
		if (!parse_line(p, n, &e, why, sizeof(why))) {
			problem(c, line, "%s", why);
			chain_broken = true;
			break;
		}
		e.line = line;
		if (e.seq != c->last_seq + 1) {
			problem(c, line,
			        "SEQ %" PRIu64 " where %" PRIu64
			        " was due: a line was deleted, inserted or reordered here",
			        e.seq, c->last_seq + 1);
			chain_broken = true;
			break;
		}
		if (memcmp(e.prev, prev, AUDIT_HASH_HEX) != 0) {
			problem(c, line,
			        "PREV_HASH is not the HASH of the line before: a line before it "
			        "was "
			        "changed, deleted or inserted");
			chain_broken = true;
			break;
		}
		audit_sha256_hex(p, (size_t) (e.hash - 1 - p), h);
		if (memcmp(h, e.hash, AUDIT_HASH_HEX) != 0) {
			problem(c, line, "HASH does not match the line: the line was modified");
			chain_broken = true;
			break;
		}
		if (e.event_len == 12 && memcmp(e.event, "tail-missing", 12) == 0)
			problem(c, line,
			        "the daemon found complete lines missing at the end of the log "
			        "when it "
			        "opened it (see this line's JSON)");
		if (have_head && e.seq == head_seq && memcmp(e.hash, head_hash, AUDIT_HASH_HEX))
			problem(c, line,
			        "%s names another HASH for SEQ %" PRIu64 ": the log was rewritten",
			        AUDIT_HEAD, head_seq);
		c->last_seq = e.seq;
		memcpy(c->last_hash, e.hash, AUDIT_HASH_HEX);
		memcpy(prev, e.hash, AUDIT_HASH_HEX);
		if (fn)
			fn(&e, userdata);
	}
	if (!chain_broken && have_head && head_seq > c->last_seq)
		problem(c, line + 1,
		        "the log ends at SEQ %" PRIu64 " but %s names SEQ %" PRIu64
		        ": lines were cut off the end",
		        c->last_seq, AUDIT_HEAD, head_seq);
	if (!chain_broken && !head && c->lines)
		problem(c, 0, "%s is missing: cannot tell whether lines were cut off the end",
		        AUDIT_HEAD);
	return c->bad_line || c->why[0] ? -EBADMSG : 0;
}

/* read_all - the whole file; -ENOENT when it does not exist. */
static int read_all(int fd, char **ret, size_t *ret_len)
{
	struct stat st;
	size_t off = 0;
	char *b;

	if (fstat(fd, &st) < 0)
		return -errno;
	b = xmalloc((size_t) st.st_size + 1);
	while (off < (size_t) st.st_size) {
		ssize_t k = pread(fd, b + off, (size_t) st.st_size - off, (off_t) off);
		if (k < 0 && errno == EINTR)
			continue;
		if (k < 0) {
			int r = -errno;
			free(b);
			return r;
		}
		if (k == 0)
			break;
		off += (size_t) k;
	}
	b[off] = '\0';
	*ret = b;
	*ret_len = off;
	return 0;
}

static int read_path(const char *path, char **ret, size_t *ret_len)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	int r;

	if (fd < 0)
		return -errno;
	r = read_all(fd, ret, ret_len);
	close(fd);
	return r;
}

int audit_verify(const char *state_dir, struct audit_check *c, audit_fn fn, void *userdata)
{
	_cleanup_(freep) char *lp = xasprintf("%s/%s", state_dir, AUDIT_LOG);
	_cleanup_(freep) char *hp = xasprintf("%s/%s", state_dir, AUDIT_HEAD);
	_cleanup_(freep) char *log = NULL;
	_cleanup_(freep) char *head = NULL;
	size_t len = 0, hlen = 0;
	int r;

	r = read_path(lp, &log, &len);
	if (r == -ENOENT) {
		log = NULL;
		len = 0;
	} else if (r < 0) {
		return r;
	}
	r = read_path(hp, &head, &hlen);
	if (r < 0 && r != -ENOENT)
		return r;
	if (!log && !head) {
		*c = (struct audit_check){.last_hash = ZERO_HASH};
		return 0;
	}
	return audit_verify_buf(log ? log : "", len, head, c, fn, userdata);
}

/* last_line - offset after the last complete line of data and its SEQ and HASH (0 and
 * zeros when there is none or it does not parse). */
static size_t last_line(const char *data, size_t len, uint64_t *seq, char hash[AUDIT_HASH_HEX + 1])
{
	const char *nl = len ? memrchr(data, '\n', len) : NULL;
	struct audit_entry e;
	char why[160];

	*seq = 0;
	memcpy(hash, ZERO_HASH, AUDIT_HASH_HEX + 1);
	if (!nl)
		return 0;
	size_t end = (size_t) (nl - data) + 1;
	const char *prev = end >= 2 ? memrchr(data, '\n', end - 1) : NULL;
	const char *start = prev ? prev + 1 : data;
	if (parse_line(start, (size_t) (nl - start), &e, why, sizeof(why))) {
		*seq = e.seq;
		memcpy(hash, e.hash, AUDIT_HASH_HEX);
		hash[AUDIT_HASH_HEX] = '\0';
	}
	return end;
}

static int write_head(struct audit *a)
{
	_cleanup_(freep) char *tmp = xasprintf("%s.tmp", a->head_path);
	char line[128];
	int n = snprintf(line, sizeof(line), "%" PRIu64 " %s\n", a->seq, a->hash);
	int fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0600);
	int r = 0;

	if (fd < 0)
		return -errno;
	r = fd_write_all(fd, line, (size_t) n);
	if (r == 0 && fsync(fd) < 0)
		r = -errno;
	if (close(fd) < 0 && r == 0)
		r = -errno;
	if (r == 0 && rename(tmp, a->head_path) < 0)
		r = -errno;
	if (r == 0)
		(void) fd_fsync_dir(a->dir);
	else
		(void) unlink(tmp);
	return r;
}

/* resync - re-reads the file's tail (called under the lock when the file is not where
 * we left it, and at open). Returns the bytes of a torn tail that was cut off. */
static int resync(struct audit *a, uint64_t *ret_torn)
{
	_cleanup_(freep) char *data = NULL;
	size_t len = 0;
	int r = read_all(a->fd, &data, &len);

	if (r < 0)
		return r;
	a->end = last_line(data, len, &a->seq, a->hash);
	*ret_torn = len - a->end;
	if (*ret_torn && ftruncate(a->fd, (off_t) a->end) < 0)
		return -errno;
	return 0;
}

static int append_locked(struct audit *a, uint64_t t, const char *event, const char *json,
                         uint64_t *ret_seq, char *ret_hash)
{
	struct buf b = BUF_INIT(0);
	char ts[21], h[AUDIT_HASH_HEX + 1];
	struct stat st;
	int r;

	if (fstat(a->fd, &st) < 0)
		return -errno;
	if ((uint64_t) st.st_size != a->end) {
		uint64_t torn = 0;
		r = resync(a, &torn);
		if (r < 0)
			return r;
	}
	format_time(t, ts);
	r = buf_printf(&b, "%" PRIu64 " %s %s %s %s", a->seq + 1, ts, a->hash, event, json);
	if (r == 0) {
		audit_sha256_hex(b.data, b.len, h);
		r = buf_printf(&b, " %s\n", h);
	}
	if (r == 0 && b.len > AUDIT_LINE_MAX)
		r = -E2BIG;
	if (r == 0) {
		ssize_t k = write(a->fd, b.data, b.len);
		if (k != (ssize_t) b.len) {
			r = k < 0 ? -errno : -EIO;
			(void) !ftruncate(a->fd, (off_t) a->end);
		}
	}
	if (r == 0 && fsync(a->fd) < 0)
		r = -errno;
	if (r == 0) {
		a->end += b.len;
		a->seq++;
		memcpy(a->hash, h, sizeof(h));
		r = write_head(a);
		if (ret_seq)
			*ret_seq = a->seq;
		if (ret_hash)
			memcpy(ret_hash, h, sizeof(h));
	}
	buf_free(&b);
	return r;
}

int audit_append(struct audit *a, uint64_t t, const char *event, const char *json,
                 uint64_t *ret_seq, char *ret_hash)
{
	size_t jl = json ? strlen(json) : 0;
	int r;

	if (!event || !event_ok(event, strlen(event)) || jl < 2 || json[0] != '{' ||
	    json[jl - 1] != '}' || strpbrk(json, "\r\n"))
		return -EINVAL;
	if (flock(a->fd, LOCK_EX) < 0)
		return -errno;
	r = append_locked(a, t, event, json, ret_seq, ret_hash);
	(void) flock(a->fd, LOCK_UN);
	return r;
}

int audit_open(const char *state_dir, struct audit **ret, char *err, size_t errlen)
{
	struct audit *a = xcalloc(1, sizeof(*a));
	_cleanup_(freep) char *head = NULL;
	uint64_t torn = 0, head_seq = 0;
	char head_hash[AUDIT_HASH_HEX + 1];
	size_t hlen;
	int r;

	a->dir = xstrdup(state_dir);
	a->log_path = xasprintf("%s/%s", state_dir, AUDIT_LOG);
	a->head_path = xasprintf("%s/%s", state_dir, AUDIT_HEAD);
	a->fd = open(a->log_path, O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
	if (a->fd < 0) {
		r = -errno;
		snprintf(err, errlen, "%s: %s", a->log_path, strerror(-r));
		audit_close(a);
		return r;
	}
	if (flock(a->fd, LOCK_EX) < 0) {
		r = -errno;
		snprintf(err, errlen, "%s: flock: %s", a->log_path, strerror(-r));
		audit_close(a);
		return r;
	}
	r = resync(a, &torn);
	if (r == 0 && read_path(a->head_path, &head, &hlen) == 0 &&
	    parse_head(head, &head_seq, head_hash) && head_seq > a->seq) {
		char json[256];
		snprintf(json, sizeof(json),
		         "{\"log_seq\":%" PRIu64 ",\"head_seq\":%" PRIu64 ",\"head_hash\":\"%s\"}",
		         a->seq, head_seq, head_hash);
		r = append_locked(a, (uint64_t) time(NULL), "tail-missing", json, NULL, NULL);
	}
	if (r == 0 && torn) {
		char json[128];
		snprintf(json, sizeof(json), "{\"dropped_bytes\":%" PRIu64 "}", torn);
		r = append_locked(a, (uint64_t) time(NULL), "torn-tail", json, NULL, NULL);
	}
	(void) flock(a->fd, LOCK_UN);
	if (r < 0) {
		snprintf(err, errlen, "%s: %s", a->log_path, strerror(-r));
		audit_close(a);
		return r;
	}
	*ret = a;
	return 0;
}

struct audit *audit_close(struct audit *a)
{
	if (!a)
		return NULL;
	if (a->fd >= 0)
		close(a->fd);
	free(a->dir);
	free(a->log_path);
	free(a->head_path);
	free(a);
	return NULL;
}
