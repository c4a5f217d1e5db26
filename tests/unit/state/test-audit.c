/* Unit tests for lib/state/audit.c: append and verify, then every kind of tampering:
 * a changed byte in a middle line, a deleted line, an inserted line, a cut tail (whole
 * lines and part of one), a rewritten head; and the writer's recovery of a torn tail. */
#include <fcntl.h>
#include <stdint.h>
#include <sys/stat.h>
#include <unistd.h>

#include "audit.h"
#include "test.h"

static char dir[64];

static char *slurp(const char *name, size_t *len)
{
	char path[256];
	FILE *f;
	char *b = xmalloc(1 << 20);

	snprintf(path, sizeof(path), "%s/%s", dir, name);
	f = fopen(path, "rb");
	if (!f) {
		free(b);
		*len = 0;
		return NULL;
	}
	*len = fread(b, 1, (1 << 20) - 1, f);
	b[*len] = '\0';
	fclose(f);
	return b;
}

static void spit(const char *name, const char *data, size_t len)
{
	char path[256];
	FILE *f;

	snprintf(path, sizeof(path), "%s/%s", dir, name);
	f = fopen(path, "wb");
	fwrite(data, 1, len, f);
	fclose(f);
}

/* The byte offset where line n (1-based) of s starts. */
static size_t line_at(const char *s, unsigned n)
{
	size_t off = 0;

	for (unsigned i = 1; i < n; i++)
		off = (size_t) (strchr(s + off, '\n') - s) + 1;
	return off;
}

static void fresh(unsigned n)
{
	char err[256] = "", path[256];
	struct audit *a = NULL;

	snprintf(path, sizeof(path), "%s/%s", dir, AUDIT_LOG);
	unlink(path);
	snprintf(path, sizeof(path), "%s/%s", dir, AUDIT_HEAD);
	unlink(path);
	test_assert(audit_open(dir, &a, err, sizeof(err)) == 0);
	for (unsigned i = 0; i < n; i++) {
		char json[128];
		snprintf(json, sizeof(json),
		         "{\"n\":%u,\"text\":\"with blanks and \\\"quotes\\\"\"}", i);
		test_assert_idx(audit_append(a, 1796000000 + i, i % 2 ? "override" : "reload", json,
		                             NULL, NULL) == 0,
		                i);
	}
	audit_close(a);
}

static size_t seen;
static void count(const struct audit_entry *e, void *userdata)
{
	(void) userdata;
	(void) e;
	seen++;
}

static void test_append_verify(void)
{
	struct audit_check c;
	uint64_t seq = 0;
	char hash[AUDIT_HASH_HEX + 1], err[256];
	struct audit *a = NULL;

	test_begin("audit append, verify ok");
	fresh(5);
	seen = 0;
	test_assert(audit_verify(dir, &c, count, NULL) == 0);
	test_assert(c.lines == 5 && c.last_seq == 5 && seen == 5 && c.bad_line == 0);
	/* Reopened, the chain continues. */
	test_assert(audit_open(dir, &a, err, sizeof(err)) == 0);
	test_assert(audit_append(a, 1796000100, "reload", "{}", &seq, hash) == 0);
	test_assert(seq == 6);
	test_assert(audit_append(a, 1796000100, "Bad", "{}", NULL, NULL) == -EINVAL);
	test_assert(audit_append(a, 1796000100, "reload", "{\n}", NULL, NULL) == -EINVAL);
	test_assert(audit_append(a, 1796000100, "reload", "[]", NULL, NULL) == -EINVAL);
	audit_close(a);
	test_assert(audit_verify(dir, &c, NULL, NULL) == 0);
	test_assert(c.last_seq == 6 && strcmp(c.last_hash, hash) == 0);
	/* The line's own format: SEQ TIME PREV EVENT JSON HASH, the hash over the rest. */
	size_t len;
	char *s = slurp(AUDIT_LOG, &len);
	test_assert(s && strncmp(s, "1 2026-11-30T", 13) == 0);
	char *nl = strchr(s, '\n');
	char h[AUDIT_HASH_HEX + 1];
	audit_sha256_hex(s, (size_t) (nl - s) - 65, h);
	test_assert(strncmp(nl - 64, h, 64) == 0);
	free(s);
	test_end();
}

static void test_modify_middle(void)
{
	struct audit_check c;
	size_t len;
	char *s;

	test_begin("audit: one byte changed in line 3 of 5 -> fails at line 3");
	fresh(5);
	s = slurp(AUDIT_LOG, &len);
	size_t off = line_at(s, 3);
	char *n = strstr(s + off, "\"n\":2");
	test_assert(n != NULL);
	n[4] = '7';
	spit(AUDIT_LOG, s, len);
	test_assert(audit_verify(dir, &c, NULL, NULL) == -EBADMSG);
	test_assert(c.bad_line == 3);
	test_assert(strstr(c.why, "modified") != NULL);
	free(s);
	test_end();

	test_begin("audit: a changed PREV_HASH fails at its line");
	fresh(4);
	s = slurp(AUDIT_LOG, &len);
	off = line_at(s, 2);
	char *prev = strchr(strchr(s + off, ' ') + 1, ' ') + 1;
	prev[10] = prev[10] == 'a' ? 'b' : 'a';
	spit(AUDIT_LOG, s, len);
	test_assert(audit_verify(dir, &c, NULL, NULL) == -EBADMSG);
	test_assert(c.bad_line == 2);
	free(s);
	test_end();
}

static void test_delete_insert(void)
{
	struct audit_check c;
	size_t len;
	char *s;

	test_begin("audit: line 2 of 5 deleted -> fails at line 2");
	fresh(5);
	s = slurp(AUDIT_LOG, &len);
	size_t a = line_at(s, 2), b = line_at(s, 3);
	memmove(s + a, s + b, len - b);
	spit(AUDIT_LOG, s, len - (b - a));
	test_assert(audit_verify(dir, &c, NULL, NULL) == -EBADMSG);
	test_assert(c.bad_line == 2);
	test_assert(strstr(c.why, "deleted") != NULL);
	free(s);
	test_end();

	test_begin("audit: a line duplicated after line 3 -> fails at line 4");
	fresh(5);
	s = slurp(AUDIT_LOG, &len);
	a = line_at(s, 3);
	b = line_at(s, 4);
	char *t = xmalloc(len + (b - a));
	memcpy(t, s, b);
	memcpy(t + b, s + a, b - a);
	memcpy(t + b + (b - a), s + b, len - b);
	spit(AUDIT_LOG, t, len + (b - a));
	test_assert(audit_verify(dir, &c, NULL, NULL) == -EBADMSG);
	test_assert(c.bad_line == 4);
	free(t);
	free(s);
	test_end();

	test_begin("audit: two lines swapped -> fails at the first");
	fresh(5);
	s = slurp(AUDIT_LOG, &len);
	a = line_at(s, 2);
	b = line_at(s, 3);
	size_t e = line_at(s, 4);
	t = xmalloc(len);
	memcpy(t, s, a);
	memcpy(t + a, s + b, e - b);
	memcpy(t + a + (e - b), s + a, b - a);
	memcpy(t + e, s + e, len - e);
	spit(AUDIT_LOG, t, len);
	test_assert(audit_verify(dir, &c, NULL, NULL) == -EBADMSG);
	test_assert(c.bad_line == 2);
	free(t);
	free(s);
	test_end();
}

static void test_truncate(void)
{
	struct audit_check c;
	size_t len;
	char *s;

	test_begin("audit: last two whole lines cut off -> reported past the end");
	fresh(5);
	s = slurp(AUDIT_LOG, &len);
	spit(AUDIT_LOG, s, line_at(s, 4));
	test_assert(audit_verify(dir, &c, NULL, NULL) == -EBADMSG);
	test_assert(c.bad_line == 4);
	test_assert(strstr(c.why, "cut off the end") != NULL);
	free(s);
	test_end();

	test_begin("audit: part of the last line cut off -> incomplete last line");
	fresh(5);
	s = slurp(AUDIT_LOG, &len);
	spit(AUDIT_LOG, s, len - 10);
	test_assert(audit_verify(dir, &c, NULL, NULL) == -EBADMSG);
	test_assert(c.bad_line == 5);
	test_assert(strstr(c.why, "incomplete last line") != NULL);
	free(s);
	test_end();

	test_begin("audit: everything cut off -> reported");
	fresh(3);
	spit(AUDIT_LOG, "", 0);
	test_assert(audit_verify(dir, &c, NULL, NULL) == -EBADMSG);
	test_assert(c.bad_line == 1);
	test_end();

	test_begin("audit: head removed -> reported");
	fresh(3);
	{
		char path[256];
		snprintf(path, sizeof(path), "%s/%s", dir, AUDIT_HEAD);
		unlink(path);
	}
	test_assert(audit_verify(dir, &c, NULL, NULL) == -EBADMSG);
	test_assert(strstr(c.why, "missing") != NULL);
	test_end();

	test_begin("audit: head one line behind (crash before its rename) is fine");
	fresh(3);
	s = slurp(AUDIT_LOG, &len);
	{
		size_t off = line_at(s, 2);
		char head[128];
		char *hash = strchr(s + off, '\n') - 64;
		int n = snprintf(head, sizeof(head), "2 %.64s\n", hash);
		spit(AUDIT_HEAD, head, (size_t) n);
		test_assert(audit_verify(dir, &c, NULL, NULL) == 0);
		hash[3] = hash[3] == '0' ? '1' : '0';
		n = snprintf(head, sizeof(head), "2 %.64s\n", hash);
		spit(AUDIT_HEAD, head, (size_t) n);
		test_assert(audit_verify(dir, &c, NULL, NULL) == -EBADMSG);
		test_assert(c.bad_line == 2);
	}
	free(s);
	test_end();
}

static void test_recovery(void)
{
	struct audit_check c;
	struct audit *a = NULL;
	char err[256];
	size_t len;
	char *s;

	test_begin("audit: a torn write is cut off at open and recorded");
	fresh(3);
	s = slurp(AUDIT_LOG, &len);
	/* A crash during the 4th append: half a line, the head still at 3. */
	char *t = xmalloc(len + 32);
	memcpy(t, s, len);
	memcpy(t + len, "4 2026-11-30T00:00:00Z 00", 25);
	spit(AUDIT_LOG, t, len + 25);
	test_assert(audit_open(dir, &a, err, sizeof(err)) == 0);
	test_assert(audit_append(a, 1796000200, "reload", "{}", NULL, NULL) == 0);
	audit_close(a);
	test_assert(audit_verify(dir, &c, NULL, NULL) == 0);
	test_assert(c.last_seq == 5);
	free(s);
	s = slurp(AUDIT_LOG, &len);
	test_assert(strstr(s, " torn-tail {\"dropped_bytes\":25} ") != NULL);
	free(s);
	free(t);
	test_end();

	test_begin("audit: lines cut off before the writer opens -> recorded, verify fails");
	fresh(5);
	s = slurp(AUDIT_LOG, &len);
	spit(AUDIT_LOG, s, line_at(s, 4));
	test_assert(audit_open(dir, &a, err, sizeof(err)) == 0);
	test_assert(audit_append(a, 1796000300, "reload", "{}", NULL, NULL) == 0);
	audit_close(a);
	test_assert(audit_verify(dir, &c, NULL, NULL) == -EBADMSG);
	test_assert(c.bad_line == 4);
	test_assert(strstr(c.why, "missing") != NULL);
	free(s);
	s = slurp(AUDIT_LOG, &len);
	test_assert(strstr(s, "tail-missing {\"log_seq\":3,\"head_seq\":5,") != NULL);
	free(s);
	test_end();

	test_begin("audit: no files at all is an empty, valid log");
	{
		char path[256];
		snprintf(path, sizeof(path), "%s/%s", dir, AUDIT_LOG);
		unlink(path);
		snprintf(path, sizeof(path), "%s/%s", dir, AUDIT_HEAD);
		unlink(path);
	}
	test_assert(audit_verify(dir, &c, NULL, NULL) == 0);
	test_assert(c.lines == 0);
	test_end();
}

int main(void)
{
	snprintf(dir, sizeof(dir), "/tmp/ag-audit-XXXXXX");
	if (!mkdtemp(dir))
		return 1;
	test_append_verify();
	test_modify_middle();
	test_delete_insert();
	test_truncate();
	test_recovery();
	{
		char cmd[128];
		snprintf(cmd, sizeof(cmd), "rm -rf %s", dir);
		(void) !system(cmd);
	}
	return test_exit();
}
