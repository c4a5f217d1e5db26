#include <sys/stat.h>
#include <unistd.h>

#include "ruleset.h"
#include "test.h"

static char dir1[64], dir2[64];

static void write_file(const char *dir, const char *name, const char *text)
{
	char path[256];
	FILE *f;

	snprintf(path, sizeof(path), "%s/%s", dir, name);
	f = fopen(path, "w");
	fputs(text, f);
	fclose(f);
}

static const char good[] = "rule a.one\n"
                           "  category  test\n"
                           "  scope     body subject\n"
                           "  match     /coupon/i\n"
                           "  action    reject\n"
                           "  reason    r\n"
                           "  hint      h\n";

static bool has_diag(const struct diag *d, unsigned line, const char *text)
{
	for (size_t i = 0; i < d->n; i++)
		if (d->v[i].line == line && strstr(d->v[i].text, text))
			return true;
	return false;
}

static void test_errors(void)
{
	static const char bad[] = "rule b.bad\n"                /* 1 */
	                          "  category test\n"           /* 2 */
	                          "  scope body nowhere\n"      /* 3 */
	                          "  match /unclosed(/\n"       /* 4 */
	                          "  match coupon\n"            /* 5 */
	                          "  match /x/q\n"              /* 6 */
	                          "  action maybe\n"            /* 7 */
	                          "  colour blue\n"             /* 8 */
	                          "  reason r\n"                /* 9 */
	                          "  max-total lots\n"          /* 10 */
	                          "  example perhaps text\n"    /* 11 */
	                          "bogus line\n"                /* 12 */
	                          "rule a.one\n"                /* 13 */
	                          "  category x\n"              /* 14 */
	                          "  allow-type pdf nonsense\n" /* 15 */
	                          "  kind attachments\n"        /* 16 */
	                          "  action warn\n"             /* 17 */
	                          "  reason r\n  hint h\n";     /* 18, 19 */
	struct ruleset *rs = NULL;
	struct diag d = DIAG_INIT;
	const char *dirs[1] = {dir1};

	write_file(dir1, "10-good.rules", good);
	write_file(dir1, "20-bad.rules", bad);
	test_begin("ruleset: every error, with its line");
	test_assert(ruleset_load(dirs, 1, &d, &rs) < 0 && rs == NULL);
	test_assert(has_diag(&d, 3, "unknown scope 'nowhere'"));
	test_assert(has_diag(&d, 4, "bad pattern at offset"));
	test_assert(has_diag(&d, 5, "delimiter"));
	test_assert(has_diag(&d, 6, "unknown pattern flag 'q'"));
	test_assert(has_diag(&d, 7, "unknown action 'maybe'"));
	test_assert(has_diag(&d, 8, "unknown key 'colour'"));
	test_assert(has_diag(&d, 10, "bad size 'lots'"));
	test_assert(has_diag(&d, 11, "example starts with"));
	test_assert(has_diag(&d, 12, "expected 'rule ID'"));
	test_assert(has_diag(&d, 1, "has no hint"));
	test_assert(has_diag(&d, 13, "already defined at"));
	test_assert(has_diag(&d, 15, "unknown content type 'nonsense'"));
	for (size_t i = 0; i < d.n; i++)
		test_assert_idx(d.v[i].file && strstr(d.v[i].file, "20-bad.rules"), i);
	test_end();
	diag_clear(&d);
	char path[128];
	snprintf(path, sizeof(path), "%s/20-bad.rules", dir1);
	unlink(path);
}

static void test_override_and_digest(void)
{
	struct ruleset *rs = NULL;
	struct diag d = DIAG_INIT;
	const char *dirs[3] = {dir1, dir2, "/nonexistent/aliasgate"};
	char digest[17];

	test_begin("ruleset: local override, digest");
	test_assert(ruleset_load(dirs, 1, &d, &rs) == 0 && ruleset_count(rs) == 1);
	snprintf(digest, sizeof(digest), "%s", ruleset_digest(rs));
	test_assert(strlen(digest) == 16);
	ruleset_free(rs);
	/* Same name in the local dir replaces the shipped file; a new name adds. */
	write_file(dir2, "10-good.rules",
	           "rule a.local\n  category c\n  scope body\n  match /x/\n  action warn\n"
	           "  reason r\n  hint h\n");
	write_file(dir2, "90-extra.rules",
	           "rule z.extra\n  category c\n  scope subject\n  match /y/\n  action hold\n"
	           "  reason r\n  hint h\n");
	test_assert(ruleset_load(dirs, 3, &d, &rs) == 0);
	test_assert(ruleset_count(rs) == 2);
	test_assert(strcmp(ruleset_digest(rs), digest) != 0);
	const char *const *files;
	test_assert(ruleset_files(rs, &files) == 2 && strstr(files[0], dir2) &&
	            strstr(files[1], "90-extra"));
	ruleset_free(rs);
	test_assert(d.n == 0);
	/* A missing shipped directory is an error; so is an empty one. */
	dirs[0] = "/nonexistent/aliasgate";
	test_assert(ruleset_load(dirs, 1, &d, &rs) < 0 && d.n == 1);
	test_end();
	diag_clear(&d);
}

int main(void)
{
	snprintf(dir1, sizeof(dir1), "/tmp/ag-ruleset-XXXXXX");
	snprintf(dir2, sizeof(dir2), "/tmp/ag-ruleset-XXXXXX");
	if (!mkdtemp(dir1) || !mkdtemp(dir2))
		return 1;
	test_errors();
	test_override_and_digest();
	return test_exit();
}
