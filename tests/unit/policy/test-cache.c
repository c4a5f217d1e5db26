/*
 * test-cache - the compiled-rules cache is used when it is exactly right, and ignored,
 * rebuilt and replaced when it is not: missing, corrupt, truncated, from another
 * version or format, from other rules, or not writable. Verdicts never change.
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cache.h"
#include "prefilter.h"
#include "policy.h"
#include "rule.h"
#include "ruleset.h"
#include "test.h"

static char rdir[64], cdir[64];

static const char rules_a[] =
        "rule t.coupon\n  category test\n  scope body subject\n  match /coupon\\s+code/i\n"
        "  match /(?<!no )discount/u\n  unless /refund/i\n  action reject\n  reason r\n"
        "  hint h\n"
        "rule t.phone\n  category test\n  scope body\n  match /\\+\\d{1,3}[\\s.-]?\\d{6,10}/\n"
        "  action hold\n  reason r\n  hint h\n";
static const char rules_b[] =
        "rule t.coupon\n  category test\n  scope body subject\n  match /voucher/i\n"
        "  action reject\n  reason r\n  hint h\n";

#define HDR "From: s@x.example\nTo: 6bmcx2l1t7cwrwb@marketplace.amazon.com\nSubject: hi\n\n"
static const char msg[] = HDR "Use coupon code X1 or call +49 1712345678, discount voucher\n";

static void write_file(const char *path, const void *data, size_t len)
{
	FILE *f = fopen(path, "w");
	fwrite(data, 1, len, f);
	fclose(f);
}

static char *read_file(const char *path, size_t *len)
{
	FILE *f = fopen(path, "r");
	char *data;
	long n;

	if (!f)
		return NULL;
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	fseek(f, 0, SEEK_SET);
	data = xmalloc((size_t) n + 1);
	*len = fread(data, 1, (size_t) n, f);
	fclose(f);
	return data;
}

static void set_rules(const char *text)
{
	char path[128];
	snprintf(path, sizeof(path), "%s/10-t.rules", rdir);
	write_file(path, text, strlen(text));
}

/* load_opts - a ruleset loaded with o, and the verdict's JSON for msg. */
static struct ruleset *load_opts(struct ruleset_opts o, char **ret_json)
{
	const char *dirs[1] = {rdir};
	struct ruleset *rs = NULL;
	struct diag d = DIAG_INIT;
	struct policy_scratch *s = policy_scratch_new();
	struct verdict *v = NULL;
	struct buf b = BUF_INIT(0);

	test_assert(ruleset_load_opts(dirs, 1, &o, &d, &rs) == 0 && rs);
	diag_print(&d, stdout);
	diag_clear(&d);
	if (rs) {
		test_assert(policy_judge(rs, s, msg, strlen(msg), NULL, 0, &v) == 0);
		test_assert(verdict_format_json(v, "m", &b) == 0);
		verdict_free(v);
	}
	*ret_json = buf_steal(&b);
	policy_scratch_free(s);
	return rs;
}

/* load - a ruleset through the cache, and the verdict's JSON for msg. */
static struct ruleset *load(const char *cache, bool no_pf, char **ret_json)
{
	return load_opts((struct ruleset_opts){.cache_dir = cache, .no_prefilter = no_pf},
	                 ret_json);
}

static char *reference_json(void)
{
	char *j;
	struct ruleset *rs = load(NULL, true, &j);
	ruleset_free(rs);
	return j;
}

/* jit_programs - how many PCRE2 programs of rs carry JIT code. */
static size_t jit_programs(const struct ruleset *rs)
{
	size_t n = 0, size;

	for (size_t i = 0; i < rs->n_rules; i++)
		for (int l = 0; l < LIST__MAX; l++) {
			const struct patlist *pl = rule_list(&rs->rules[i], l);
			for (size_t c = 0; c < pl->n_code; c++)
				n += pcre2_pattern_info(pl->code[c], PCRE2_INFO_JITSIZE, &size) ==
				             0 &&
				     size > 0;
			for (size_t c = 0; c < pl->n_src; c++)
				n += pcre2_pattern_info(pl->pats[c].code, PCRE2_INFO_JITSIZE,
				                        &size) == 0 &&
				     size > 0;
		}
	return n;
}

static void test_interpret(void)
{
	char *ref = reference_json(), *j;
	struct ruleset *rs;

	test_begin("cache: interpret runs the cached programs without JIT, same verdict");
	ruleset_free(load(cdir, false, &j)); /* the file exists */
	free(j);
	rs = load_opts((struct ruleset_opts){.cache_dir = cdir, .interpret = true}, &j);
	test_assert(ruleset_from_cache(rs));
	test_assert_streq(j, ref);
	test_assert(jit_programs(rs) == 0);
	free(j);
	ruleset_free(rs);
	/* the same load without it JIT-compiles what the message needed */
	rs = load(cdir, false, &j);
	test_assert(ruleset_from_cache(rs));
	test_assert_streq(j, ref);
	test_assert(jit_programs(rs) > 0);
	free(j);
	ruleset_free(rs);
	free(ref);
	test_end();
}

static size_t count_caches(void)
{
	char cmd[160];
	FILE *p;
	unsigned n = 0;

	snprintf(cmd, sizeof(cmd), "ls '%s' | grep -c '^rules-.*\\.cache$'", cdir);
	p = popen(cmd, "r");
	if (!p || fscanf(p, "%u", &n) != 1)
		n = 0;
	if (p)
		pclose(p);
	return n;
}

static void test_prune(void)
{
	char *j, rules[160], *first, *oldest = NULL;
	struct ruleset *rs;
	struct stat st;

	test_begin("cache: a directory keeps the CACHE_KEEP most recently used files");
	rs = load(cdir, false, &j); /* rules_a: used again later, so it must stay */
	first = cache_path(rs, cdir);
	free(j);
	ruleset_free(rs);
	for (int i = 0; i < CACHE_KEEP + 1; i++) {
		snprintf(rules, sizeof(rules),
		         "rule t.v%d\n  category test\n  scope body\n  match /voucher%d/i\n"
		         "  action reject\n  reason r\n  hint h\n",
		         i, i);
		set_rules(rules);
		rs = load(cdir, false, &j);
		if (i == 0)
			oldest = cache_path(rs, cdir);
		ruleset_free(rs);
		free(j);
		test_assert(count_caches() <= CACHE_KEEP);
		if (i == CACHE_KEEP - 2) { /* rules_a used again: its file becomes the newest */
			set_rules(rules_a);
			rs = load(cdir, false, &j);
			test_assert(ruleset_from_cache(rs));
			free(j);
			ruleset_free(rs);
		}
	}
	test_assert(count_caches() == CACHE_KEEP);
	test_assert(stat(first, &st) == 0);
	test_assert(oldest && stat(oldest, &st) < 0); /* v0, the least recently used */
	set_rules(rules_a);
	free(first);
	free(oldest);
	test_end();
}

static void test_cold_then_warm(void)
{
	char *ref = reference_json(), *j;
	struct ruleset *rs;
	char *path;
	struct stat st;

	test_begin("cache: written on a miss, used on the next load, same verdict");
	rs = load(cdir, false, &j);
	test_assert(!ruleset_from_cache(rs));
	test_assert_streq(j, ref);
	path = cache_path(rs, cdir);
	test_assert(stat(path, &st) == 0 && st.st_size > 0);
	free(j);
	ruleset_free(rs);
	rs = load(cdir, false, &j);
	test_assert(ruleset_from_cache(rs));
	test_assert(ruleset_prefiltered(rs) == prefilter_available());
	test_assert_streq(j, ref);
	free(j);
	ruleset_free(rs);
	/* Without the prefilter, the same file serves (its databases unread). */
	rs = load(cdir, true, &j);
	test_assert(ruleset_from_cache(rs) && !ruleset_prefiltered(rs));
	test_assert_streq(j, ref);
	free(j);
	ruleset_free(rs);
	free(path);
	free(ref);
	test_end();
}

/* damage - spoils the cache file with fn, then checks that the load ignores it,
 * judges the same, and leaves a good file behind. */
static void damage(const char *name, void (*fn)(char *data, size_t *len))
{
	char *ref = reference_json(), *j, *data, *after, *path;
	struct ruleset *rs;
	size_t len, alen;

	test_begin(name);
	rs = load(cdir, false, &j); /* make sure a good file is there */
	path = cache_path(rs, cdir);
	free(j);
	ruleset_free(rs);
	data = read_file(path, &len);
	test_assert(data && len > 200);
	if (!data) {
		test_end();
		return;
	}
	fn(data, &len);
	write_file(path, data, len);
	rs = load(cdir, false, &j);
	test_assert(!ruleset_from_cache(rs));
	test_assert_streq(j, ref);
	free(j);
	ruleset_free(rs);
	after = read_file(path, &alen);
	test_assert(after && (alen != len || memcmp(after, data, len) != 0)); /* replaced */
	free(after);
	rs = load(cdir, false, &j); /* and the replacement is good */
	test_assert(ruleset_from_cache(rs));
	test_assert_streq(j, ref);
	free(j);
	ruleset_free(rs);
	free(data);
	free(path);
	free(ref);
	test_end();
}

static void corrupt(char *data, size_t *len)
{
	data[*len / 2] ^= 0x5a;
	data[*len - 3] ^= 0x01;
}

static void truncate_half(char *data, size_t *len)
{
	(void) data;
	*len /= 2;
}

static void truncate_empty(char *data, size_t *len)
{
	(void) data;
	*len = 0;
}

static void wrong_format(char *data, size_t *len)
{
	(void) len;
	data[8] = (char) 0x7f; /* the u32 format version after the magic */
}

static void wrong_version(char *data, size_t *len)
{
	/* the key names the library versions: "pcre2=10.42" -> "pcre2=99.42" */
	char *p = memmem(data, *len, "pcre2=", 6);
	if (p)
		p[6] = '9', p[7] = '9';
}

static void test_stale(void)
{
	char *ref_a = reference_json(), *ref_b, *j;
	struct ruleset *rs;

	test_begin("cache: other rules are another key, never the old programs");
	rs = load(cdir, false, &j);
	free(j);
	ruleset_free(rs);
	set_rules(rules_b);
	ref_b = reference_json();
	test_assert(strcmp(ref_a, ref_b) != 0);
	rs = load(cdir, false, &j);
	test_assert(!ruleset_from_cache(rs));
	test_assert_streq(j, ref_b);
	free(j);
	ruleset_free(rs);
	set_rules(rules_a);
	rs = load(cdir, false, &j);
	test_assert(ruleset_from_cache(rs)); /* the first file is still there */
	test_assert_streq(j, ref_a);
	free(j);
	ruleset_free(rs);
	free(ref_a);
	free(ref_b);
	test_end();
}

static void test_unwritable(void)
{
	char *ref = reference_json(), *j, file[128];
	struct ruleset *rs;

	test_begin("cache: an unusable cache directory never fails a load");
	snprintf(file, sizeof(file), "%s/not-a-dir", cdir);
	write_file(file, "x", 1);
	rs = load(file, false, &j);
	test_assert(rs && !ruleset_from_cache(rs));
	test_assert_streq(j, ref);
	free(j);
	ruleset_free(rs);
	unlink(file);
	free(ref);
	test_end();
}

int main(void)
{
	char cmd[256];
	int rc;

	snprintf(rdir, sizeof(rdir), "/tmp/ag-test-cache-r.XXXXXX");
	snprintf(cdir, sizeof(cdir), "/tmp/ag-test-cache-c.XXXXXX");
	if (!mkdtemp(rdir) || !mkdtemp(cdir))
		return 2;
	set_rules(rules_a);
	test_cold_then_warm();
	damage("cache: a corrupt file is ignored and replaced", corrupt);
	damage("cache: a truncated file is ignored and replaced", truncate_half);
	damage("cache: an empty file is ignored and replaced", truncate_empty);
	damage("cache: another format version is ignored and replaced", wrong_format);
	damage("cache: other library versions are ignored and replaced", wrong_version);
	test_stale();
	test_interpret();
	test_prune();
	test_unwritable();
	rc = test_exit();
	snprintf(cmd, sizeof(cmd), "rm -rf -- '%s' '%s'", rdir, cdir);
	if (system(cmd) != 0)
		rc = 1;
	return rc;
}
