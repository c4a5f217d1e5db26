/*
 * stamp - the keyed loop-guard header; see stamp.h for the format and why.
 */
#include <errno.h>
#include <fcntl.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/sha.h>
#include <stdio.h>
#include <string.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base.h"
#include "fd.h"
#include "stamp.h"

static int fail(char *err, size_t errlen, int r, const char *path)
{
	snprintf(err, errlen, "%s: %s", path, strerror(-r));
	return r;
}

static void key_id(const uint8_t key[STAMP_KEY_BYTES], char out[9])
{
	uint8_t d[SHA256_DIGEST_LENGTH];

	SHA256(key, STAMP_KEY_BYTES, d);
	snprintf(out, 9, "%02x%02x%02x%02x", d[0], d[1], d[2], d[3]);
}

/* read_key - exactly STAMP_KEY_BYTES from path; -ENOENT when absent. */
static int read_key(const char *path, uint8_t key[STAMP_KEY_BYTES], char *err, size_t errlen)
{
	uint8_t buf[STAMP_KEY_BYTES + 1];
	struct stat st;
	int fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
	ssize_t n;

	if (fd < 0)
		return -errno == -ENOENT ? -ENOENT : fail(err, errlen, -errno, path);
	if (fstat(fd, &st) < 0 || (st.st_mode & 077)) {
		close(fd);
		snprintf(err, errlen,
		         "%s: a secret readable by group or others is refused (chmod 600)", path);
		return -EPERM;
	}
	n = read(fd, buf, sizeof(buf)); /* one more than a key: a longer file is refused */
	close(fd);
	memcpy(key, buf, STAMP_KEY_BYTES);
	explicit_bzero(buf, sizeof(buf));
	if (n != STAMP_KEY_BYTES) {
		snprintf(err, errlen, "%s: not a %d-byte key (%zd bytes)", path, STAMP_KEY_BYTES,
		         n);
		return -EINVAL;
	}
	return 0;
}

/* state_dir_of - the directory part of path, in a static buffer (single-threaded use
 * at start-up). */
static const char *state_dir_of(const char *path)
{
	static char dir[4096];
	const char *slash = strrchr(path, '/');

	snprintf(dir, sizeof(dir), "%.*s", slash ? (int) (slash - path) : 1, slash ? path : ".");
	return dir;
}

/* make_key - a new secret, written to a temporary file and renamed into place, so a
 * crash never leaves half a key. */
static int make_key(const char *path, uint8_t key[STAMP_KEY_BYTES], char *err, size_t errlen)
{
	char tmp[4096];
	int fd, r = 0;

	if (getrandom(key, STAMP_KEY_BYTES, 0) != STAMP_KEY_BYTES)
		return fail(err, errlen, -EIO, path);
	snprintf(tmp, sizeof(tmp), "%s.tmp", path);
	fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0600);
	if (fd < 0)
		return fail(err, errlen, -errno, tmp);
	r = fd_write_all(fd, key, STAMP_KEY_BYTES);
	if (r == 0 && fsync(fd) < 0)
		r = -errno;
	close(fd);
	if (r == 0 && rename(tmp, path) < 0)
		r = -errno;
	if (r == 0)
		(void) fd_fsync_dir(state_dir_of(path));
	if (r < 0) {
		unlink(tmp);
		return fail(err, errlen, r, path);
	}
	return 0;
}

int stamp_keys_load(const char *state_dir, struct stamp_keys *ret, char *err, size_t errlen)
{
	_cleanup_(freep) char *cur = xasprintf("%s/stamp.key", state_dir);
	_cleanup_(freep) char *old = xasprintf("%s/stamp.key.old", state_dir);
	int r;

	*ret = (struct stamp_keys){0};
	r = read_key(cur, ret->cur, err, errlen);
	if (r == -ENOENT)
		r = make_key(cur, ret->cur, err, errlen);
	if (r < 0)
		return r;
	key_id(ret->cur, ret->cur_id);
	r = read_key(old, ret->old, err, errlen);
	if (r == 0) {
		ret->have_old = true;
		key_id(ret->old, ret->old_id);
	} else if (r != -ENOENT) {
		return r;
	}
	return 0;
}

static void mac(const uint8_t key[STAMP_KEY_BYTES], const char *prefix,
                const uint8_t identity[STAMP_IDENTITY_BYTES], char out[44])
{
	uint8_t md[EVP_MAX_MD_SIZE];
	unsigned len = 0;

	/* One-shot HMAC over prefix || identity; EVP_Q_mac needs OpenSSL 3 only. */
	_cleanup_(freep) uint8_t *buf = xmalloc(strlen(prefix) + STAMP_IDENTITY_BYTES);
	memcpy(buf, prefix, strlen(prefix));
	memcpy(buf + strlen(prefix), identity, STAMP_IDENTITY_BYTES);
	if (!HMAC(EVP_sha256(), key, STAMP_KEY_BYTES, buf, strlen(prefix) + STAMP_IDENTITY_BYTES,
	          md, &len))
		panic("HMAC-SHA256 failed");
	EVP_EncodeBlock((unsigned char *) out, md, (int) len); /* 44 chars with one '=' */
	for (char *p = out; *p; p++)
		if (*p == '=')
			*p = '\0';
}

void stamp_make(const struct stamp_keys *keys, const uint8_t identity[STAMP_IDENTITY_BYTES],
                uint64_t now, char *out)
{
	char prefix[64], h[48];

	snprintf(prefix, sizeof(prefix), "v=1; k=%s; t=%llu;", keys->cur_id,
	         (unsigned long long) now);
	mac(keys->cur, prefix, identity, h);
	snprintf(out, STAMP_VALUE_MAX, "%s h=%s", prefix, h);
}

bool stamp_verify(const struct stamp_keys *keys, const uint8_t identity[STAMP_IDENTITY_BYTES],
                  const char *value)
{
	char id[9], prefix[64], want[48];
	unsigned long long t;
	int off = 0;

	while (*value == ' ' || *value == '\t')
		value++;
	if (sscanf(value, "v=1; k=%8[0-9a-f]; t=%llu;%n", id, &t, &off) != 2 || off == 0)
		return false;
	snprintf(prefix, sizeof(prefix), "v=1; k=%s; t=%llu;", id, t);
	if (strncmp(value, prefix, strlen(prefix)) != 0)
		return false; /* not our canonical spelling */
	const char *h = value + strlen(prefix);
	while (*h == ' ')
		h++;
	if (strncmp(h, "h=", 2) != 0)
		return false;
	h += 2;
	size_t hl = strcspn(h, " \t\r\n;");
	for (int which = 0; which < 2; which++) {
		const uint8_t *key = which ? keys->old : keys->cur;
		if (which && !keys->have_old)
			break;
		if (strcmp(id, which ? keys->old_id : keys->cur_id) != 0)
			continue;
		mac(key, prefix, identity, want);
		if (strlen(want) == hl && CRYPTO_memcmp(want, h, hl) == 0)
			return true;
	}
	return false;
}
