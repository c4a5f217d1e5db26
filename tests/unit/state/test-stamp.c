#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "stamp.h"
#include "test.h"

static char dir[64];

static void test_make_verify(void)
{
	struct stamp_keys k, k2;
	uint8_t id[STAMP_IDENTITY_BYTES], other[STAMP_IDENTITY_BYTES];
	char v[STAMP_VALUE_MAX], err[256], path[128];

	test_begin("stamp: made, verified, refused when anything differs");
	memset(id, 7, sizeof(id));
	memset(other, 7, sizeof(other));
	other[31] ^= 1;
	test_assert(stamp_keys_load(dir, &k, err, sizeof(err)) == 0);
	stamp_make(&k, id, 1795000000, v);
	test_assert(strncmp(v, "v=1; k=", 7) == 0 && strstr(v, "t=1795000000;") && strstr(v, "h="));
	test_assert(stamp_verify(&k, id, v));
	test_assert(!stamp_verify(&k, other, v)); /* a stamp copied onto another message */
	char tampered[STAMP_VALUE_MAX];
	snprintf(tampered, sizeof(tampered), "%s", v);
	tampered[strlen(tampered) - 1] ^= 1;
	test_assert(!stamp_verify(&k, id, tampered));
	test_assert(!stamp_verify(&k, id, "v=1; k=00000000; t=1; h=AAAA"));
	test_assert(!stamp_verify(&k, id, ""));
	/* the key persists: a second load gives the same key */
	test_assert(stamp_keys_load(dir, &k2, err, sizeof(err)) == 0);
	test_assert(stamp_verify(&k2, id, v) && streq(k.cur_id, k2.cur_id));
	/* rotation: the old key still verifies, new stamps use the new key */
	char from[160], to[160];
	snprintf(from, sizeof(from), "%s/stamp.key", dir);
	snprintf(to, sizeof(to), "%s/stamp.key.old", dir);
	test_assert(rename(from, to) == 0);
	test_assert(stamp_keys_load(dir, &k2, err, sizeof(err)) == 0);
	test_assert(k2.have_old && !streq(k2.cur_id, k.cur_id) && streq(k2.old_id, k.cur_id));
	test_assert(stamp_verify(&k2, id, v));
	char v2[STAMP_VALUE_MAX];
	stamp_make(&k2, id, 1795000000, v2);
	test_assert(!streq(v, v2) && stamp_verify(&k2, id, v2) && !stamp_verify(&k, id, v2));
	/* a secret readable by others is refused, and so is a short one */
	snprintf(path, sizeof(path), "%s/stamp.key", dir);
	test_assert(chmod(path, 0644) == 0);
	test_assert(stamp_keys_load(dir, &k2, err, sizeof(err)) == -EPERM && strstr(err, "chmod"));
	test_assert(chmod(path, 0600) == 0);
	test_assert(truncate(path, 10) == 0);
	test_assert(stamp_keys_load(dir, &k2, err, sizeof(err)) == -EINVAL);
	unlink(path);
	unlink(to);
	test_end();
}

int main(void)
{
	strcpy(dir, "/tmp/test-stamp-XXXXXX");
	if (!mkdtemp(dir))
		return 1;
	test_make_verify();
	rmdir(dir);
	return test_exit();
}
