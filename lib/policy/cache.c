/*
 * cache - the compiled ruleset on disk; see cache.h.
 *
 * File layout (native byte order; the key names the machine's word size and order):
 *
 *   "AGRULES\n"  u32 format  u32 keylen  key  u64 payload_len  checksum(payload)  payload
 *
 * payload: u64 n_rules; for each rule and list, u64 n_code and each joined program's
 * source (u64 length, bytes), then u64 n_src and each line's flags and source; u64
 * length + the PCRE2 serialization of every program in that order (joined, then
 * lines); u64 length + the prefilter (0: none). The sources are compared with the
 * ones just parsed, so a program is only ever used for the source it was compiled from.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "buf.h"
#include "cache.h"
#include "prefilter.h"
#include "rule.h"

#define CACHE_MAGIC    "AGRULES\n"
#define CACHE_FORMAT   4u /* 4: lists with a few lines Hyperscan cannot take are split */
#define CACHE_MAX_SIZE (512u * 1024 * 1024)

char *cache_key(const struct ruleset *rs)
{
	char pv[160];
	uint16_t one = 1;

	ruleset_pcre2_version(pv, sizeof(pv));
	return xasprintf("ruleset=%s pcre2=%s prefilter=%s format=%u word=%zu %s", rs->digest, pv,
	                 prefilter_version(), CACHE_FORMAT, sizeof(void *),
	                 *(const uint8_t *) &one ? "le" : "be");
}

char *cache_path(const struct ruleset *rs, const char *dir)
{
	return xasprintf("%s/rules-%s.cache", dir, rs->digest);
}

/* checksum - 256 bits over the payload, four lanes of xxHash64's round, to catch a
 * damaged or truncated file; not a defence against someone who can write the cache
 * directory (who could as well edit the rules). SHA-256 took 8 ms of the 16 ms a
 * cached `aliasgate check` process spent; this takes a fraction of a millisecond. */
#define P1 UINT64_C(11400714785074694791)
#define P2 UINT64_C(14029467366897019727)
static uint64_t rotl(uint64_t x, int r)
{
	return (x << r) | (x >> (64 - r));
}

static void checksum(const void *p, size_t n, unsigned char out[32])
{
	const unsigned char *b = p;
	uint64_t acc[4] = {P1 + P2, P2, 0, (uint64_t) 0 - P1}, w;
	size_t i = 0;

	for (; i + 32 <= n; i += 32)
		for (int k = 0; k < 4; k++) {
			memcpy(&w, b + i + 8 * (size_t) k, 8);
			acc[k] = rotl(acc[k] + w * P2, 31) * P1;
		}
	for (; i < n; i++)
		acc[i % 4] = rotl(acc[i % 4] ^ (b[i] * P1), 11) * P2;
	for (int k = 0; k < 4; k++) {
		uint64_t h = acc[k] ^ (uint64_t) n ^ rotl(acc[(k + 1) % 4], 17);
		h ^= h >> 33;
		h *= P2;
		h ^= h >> 29;
		h *= P1;
		h ^= h >> 32;
		memcpy(out + 8 * k, &h, 8);
	}
}

static int put_u64(struct buf *b, uint64_t v)
{
	return buf_append(b, &v, sizeof(v));
}

struct rd {
	const unsigned char *p;
	size_t left;
};

static int get(struct rd *r, void *dst, size_t n)
{
	if (r->left < n)
		return -EINVAL;
	memcpy(dst, r->p, n);
	r->p += n;
	r->left -= n;
	return 0;
}

static int get_u64(struct rd *r, uint64_t *v)
{
	return get(r, v, sizeof(*v));
}

/* map_file - the file mapped read-only and private; a rename() over it by another
 * process does not change what we read. */
static int map_file(const char *path, unsigned char **ret, size_t *ret_len)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
	struct stat st;
	void *p;

	if (fd < 0)
		return -errno;
	if (fstat(fd, &st) < 0 || !S_ISREG(st.st_mode) || st.st_size <= 0 ||
	    (uint64_t) st.st_size > CACHE_MAX_SIZE) {
		close(fd);
		return -EINVAL;
	}
	p = mmap(NULL, (size_t) st.st_size, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0);
	close(fd);
	if (p == MAP_FAILED)
		return -errno;
	*ret = p;
	*ret_len = (size_t) st.st_size;
	return 0;
}

/* payload - the checked payload of the file at path for key, or -EINVAL. */
static int payload(const unsigned char *data, size_t len, const char *key, struct rd *out)
{
	struct rd r = {data, len};
	char magic[8];
	uint32_t fmt, klen;
	uint64_t plen;
	unsigned char want[32], got[32];

	if (get(&r, magic, 8) < 0 || memcmp(magic, CACHE_MAGIC, 8) != 0 || get(&r, &fmt, 4) < 0 ||
	    fmt != CACHE_FORMAT || get(&r, &klen, 4) < 0 || klen != strlen(key) || r.left < klen ||
	    memcmp(r.p, key, klen) != 0)
		return -EINVAL;
	r.p += klen;
	r.left -= klen;
	if (get_u64(&r, &plen) < 0 || get(&r, want, 32) < 0 || plen != r.left)
		return -EINVAL;
	checksum(r.p, r.left, got);
	if (memcmp(want, got, 32) != 0)
		return -EINVAL;
	*out = r;
	return 0;
}

static int load_mapped(struct ruleset *rs, const unsigned char *data, size_t len, const char *key,
                       bool want_prefilter)
{
	const unsigned char *programs;
	struct prefilter *pf = NULL;
	size_t programs_len;
	uint64_t n, blob_len;
	struct rd r;
	int rc;

	if (payload(data, len, key, &r) < 0 || get_u64(&r, &n) < 0 || n != rs->n_rules)
		return -EINVAL;
	for (size_t i = 0; i < rs->n_rules; i++)
		for (int l = 0; l < LIST__MAX; l++) {
			const struct patlist *pl = rule_list(&rs->rules[i], l);
			if (get_u64(&r, &n) < 0 || n != pl->n_code)
				return -EINVAL;
			for (size_t c = 0; c < pl->n_code; c++) {
				if (get_u64(&r, &n) < 0 || n != strlen(pl->code_src[c]) ||
				    r.left < n || memcmp(r.p, pl->code_src[c], n) != 0)
					return -EINVAL;
				r.p += n;
				r.left -= n;
			}
			if (get_u64(&r, &n) < 0 || n != pl->n_src)
				return -EINVAL;
			for (size_t c = 0; c < pl->n_src; c++) {
				uint64_t f;
				if (get_u64(&r, &f) < 0 || f != pl->pats[c].flags ||
				    get_u64(&r, &n) < 0 || n != pl->pats[c].len || r.left < n ||
				    memcmp(r.p, pl->pats[c].re, n) != 0)
					return -EINVAL;
				r.p += n;
				r.left -= n;
			}
		}
	if (get_u64(&r, &blob_len) < 0 || blob_len > r.left)
		return -EINVAL;
	programs = r.p;
	programs_len = blob_len;
	r.p += blob_len;
	r.left -= blob_len;
	rc = get_u64(&r, &blob_len);
	if (rc == 0 &&
	    (blob_len != r.left || (blob_len == 0 && want_prefilter && prefilter_available())))
		rc = -EINVAL;
	if (rc == 0 && blob_len && want_prefilter)
		rc = prefilter_deserialize(rs, r.p, blob_len, &pf);
	if (rc == 0)
		rc = ruleset_programs_decode(rs, programs, programs_len);
	if (rc < 0) {
		prefilter_free(pf);
		return -EINVAL;
	}
	rs->pf = pf;
	return 0;
}

int cache_load(struct ruleset *rs, const char *dir, bool want_prefilter)
{
	_cleanup_(freep) char *path = cache_path(rs, dir);
	_cleanup_(freep) char *key = cache_key(rs);
	unsigned char *data = NULL;
	size_t len = 0;
	int rc;

	if (!rs->defer_compile)
		return -EINVAL;
	rc = map_file(path, &data, &len);
	if (rc < 0)
		return rc;
	rc = load_mapped(rs, data, len, key, want_prefilter);
	munmap(data, len);
	/* used: newest for prune(); no harm if we may not (another user's cache) */
	if (rc == 0)
		(void) utimensat(AT_FDCWD, path, NULL, 0);
	return rc;
}

struct entry {
	struct timespec mtime;
	char name[64];
};

static int newest_first(const void *a, const void *b)
{
	const struct timespec *x = &((const struct entry *) a)->mtime;
	const struct timespec *y = &((const struct entry *) b)->mtime;

	if (x->tv_sec != y->tv_sec)
		return x->tv_sec < y->tv_sec ? 1 : -1;
	return x->tv_nsec < y->tv_nsec ? 1 : x->tv_nsec > y->tv_nsec ? -1 : 0;
}

/* prune - removes all but the CACHE_KEEP most recently used rules-*.cache files of
 * dir. Best effort: a file another process is reading stays readable (it is mapped,
 * cache_load), and one it is about to open is a miss that compiles again. */
static void prune(const char *dir)
{
	DIR *dp = opendir(dir);
	struct entry *e = NULL;
	size_t n = 0;
	struct dirent *de;

	if (!dp)
		return;
	while ((de = readdir(dp))) {
		size_t len = strlen(de->d_name);
		struct stat st;

		if (len >= sizeof(e->name) || strncmp(de->d_name, "rules-", 6) != 0 || len < 12 ||
		    strcmp(de->d_name + len - 6, ".cache") != 0 ||
		    fstatat(dirfd(dp), de->d_name, &st, AT_SYMLINK_NOFOLLOW) < 0 ||
		    !S_ISREG(st.st_mode))
			continue;
		e = xrealloc(e, (n + 1) * sizeof(*e));
		e[n].mtime = st.st_mtim;
		memcpy(e[n].name, de->d_name, len + 1);
		n++;
	}
	if (n > CACHE_KEEP) {
		qsort(e, n, sizeof(*e), newest_first);
		for (size_t i = CACHE_KEEP; i < n; i++)
			(void) unlinkat(dirfd(dp), e[i].name, 0);
	}
	free(e);
	closedir(dp);
}

static int mkdir_p(const char *dir)
{
	_cleanup_(freep) char *p = xstrdup(dir);

	for (char *s = p + 1; *s; s++) {
		if (*s != '/')
			continue;
		*s = '\0';
		if (mkdir(p, 0700) < 0 && errno != EEXIST)
			return -errno;
		*s = '/';
	}
	if (mkdir(p, 0700) < 0 && errno != EEXIST)
		return -errno;
	return 0;
}

int cache_store(const struct ruleset *rs, const char *dir)
{
	_cleanup_(freep) char *path = cache_path(rs, dir);
	_cleanup_(freep) char *key = cache_key(rs);
	_cleanup_(freep) char *tmp = NULL;
	struct buf pl = BUF_INIT(0), out = BUF_INIT(0);
	unsigned char dig[32];
	size_t off = 0;
	uint32_t fmt = CACHE_FORMAT, klen = (uint32_t) strlen(key);
	int r = 0, fd;

	if (rs->defer_compile)
		return -EINVAL;
	r |= put_u64(&pl, rs->n_rules);
	for (size_t i = 0; i < rs->n_rules; i++)
		for (int l = 0; l < LIST__MAX; l++) {
			const struct patlist *p = rule_list(&rs->rules[i], l);
			r |= put_u64(&pl, p->n_code);
			for (size_t c = 0; c < p->n_code; c++) {
				r |= put_u64(&pl, strlen(p->code_src[c]));
				r |= buf_puts(&pl, p->code_src[c]);
			}
			r |= put_u64(&pl, p->n_src);
			for (size_t c = 0; c < p->n_src; c++) {
				r |= put_u64(&pl, p->pats[c].flags);
				r |= put_u64(&pl, p->pats[c].len);
				r |= buf_append(&pl, p->pats[c].re, p->pats[c].len);
			}
		}
	if (ruleset_programs_encode(rs, &pl) < 0) {
		buf_free(&pl);
		return -EINVAL;
	}
	if (rs->pf) {
		struct buf pfb = BUF_INIT(0);
		if (prefilter_serialize(rs->pf, &pfb) < 0) {
			buf_free(&pfb);
			buf_free(&pl);
			return -EINVAL;
		}
		r |= put_u64(&pl, pfb.len);
		r |= buf_append(&pl, pfb.data, pfb.len);
		buf_free(&pfb);
	} else {
		r |= put_u64(&pl, 0);
	}
	checksum(pl.data, pl.len, dig);
	r |= buf_append(&out, CACHE_MAGIC, 8);
	r |= buf_append(&out, &fmt, 4);
	r |= buf_append(&out, &klen, 4);
	r |= buf_append(&out, key, klen);
	r |= put_u64(&out, pl.len);
	r |= buf_append(&out, dig, 32);
	r |= buf_append(&out, pl.data, pl.len);
	buf_free(&pl);
	if (r) {
		buf_free(&out);
		return -ENOMEM;
	}
	r = mkdir_p(dir);
	if (r < 0) {
		buf_free(&out);
		return r;
	}
	tmp = xasprintf("%s/.rules-%s.XXXXXX", dir, rs->digest);
	fd = mkostemp(tmp, O_CLOEXEC);
	if (fd < 0) {
		buf_free(&out);
		return -errno;
	}
	while (off < out.len) {
		ssize_t k = write(fd, out.data + off, out.len - off);
		if (k < 0 && errno == EINTR)
			continue;
		if (k <= 0) {
			r = -EIO;
			break;
		}
		off += (size_t) k;
	}
	buf_free(&out);
	if (r == 0 && fdatasync(fd) < 0)
		r = -errno;
	if (close(fd) < 0 && r == 0)
		r = -EIO;
	if (r == 0 && rename(tmp, path) < 0)
		r = -errno;
	if (r < 0)
		unlink(tmp);
	else
		prune(dir);
	return r;
}
