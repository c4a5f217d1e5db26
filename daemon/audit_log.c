/*
 * audit_log - the daemon's audit events (see audit_log.h); the JSON of each event is
 * built here, the chain and durability are lib/state/audit.c's.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <pthread.h>
#include <pwd.h>
#include <stdio.h>
#include <string.h>
#include <syslog.h>
#include <time.h>
#include <unistd.h>

#include "audit.h"
#include "audit_log.h"
#include "buf.h"
#include "diag.h"
#include "log.h"
#include "verdict.h"

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static struct audit *audit;

static void emit(const char *event, struct buf *json)
{
	uint64_t seq = 0;
	char hash[AUDIT_HASH_HEX + 1] = "";
	int r;

	if (!json->data) {
		log_msg(LOG_CRIT, NULL, "audit %s: out of memory: not recorded", event);
		return;
	}
	pthread_mutex_lock(&lock);
	r = audit ? audit_append(audit, (uint64_t) time(NULL), event, json->data, &seq, hash)
	          : -EBADF;
	pthread_mutex_unlock(&lock);
	if (r < 0)
		log_msg(LOG_CRIT, NULL, "audit %s: not recorded: %s", event, strerror(-r));
	else
		log_msg(LOG_INFO, NULL, "audit %s: seq %" PRIu64 " hash %s", event, seq, hash);
}

static int jstr(struct buf *b, const char *s)
{
	return s ? buf_json_string(b, s) : buf_puts(b, "null");
}

/* A file list: what a ruleset was compiled from, or what is on disk. */
struct file {
	char *path;
	char sha256[AUDIT_HASH_HEX + 1];
};

struct files {
	struct file *f;
	size_t n;
};

static void files_add(struct files *fs, const char *path, const char *sha)
{
	fs->f = xrealloc(fs->f, (fs->n + 1) * sizeof(*fs->f));
	fs->f[fs->n].path = xstrdup(path);
	snprintf(fs->f[fs->n].sha256, sizeof(fs->f[fs->n].sha256), "%s", sha);
	fs->n++;
}

static void files_free(struct files *fs)
{
	for (size_t i = 0; i < fs->n; i++)
		free(fs->f[i].path);
	free(fs->f);
	*fs = (struct files){0};
}

static const struct file *files_find(const struct files *fs, const char *path)
{
	for (size_t i = 0; i < fs->n; i++)
		if (streq(fs->f[i].path, path))
			return &fs->f[i];
	return NULL;
}

static void files_of(const struct ruleset *rs, struct files *fs)
{
	const struct ruleset_source *src;
	size_t n = rs ? ruleset_sources(rs, &src) : 0;

	for (size_t i = 0; i < n; i++)
		files_add(fs, src[i].path, src[i].sha256);
}

/* files_on_disk - the *.rules files of rules_dir and local_rules_dir as they are now,
 * a later directory's file replacing a same-named earlier one (as ruleset_load); for
 * a reload that failed, when there is no ruleset to ask. */
static void files_on_disk(const struct config *cfg, struct files *fs)
{
	const char *dirs[2] = {cfg->rules_dir, cfg->local_rules_dir};

	for (size_t k = 0; k < 2; k++) {
		struct dirent **ents = NULL;
		int n = scandir(dirs[k], &ents, NULL, alphasort);
		for (int i = 0; i < n; i++) {
			const char *name = ents[i]->d_name;
			size_t l = strlen(name);
			if (name[0] != '.' && l > 6 && streq(name + l - 6, ".rules")) {
				_cleanup_(freep) char *path = xasprintf("%s/%s", dirs[k], name);
				struct buf b = BUF_INIT(0);
				char sha[AUDIT_HASH_HEX + 1] = "unreadable", chunk[8192];
				int fd = open(path, O_RDONLY | O_CLOEXEC);
				ssize_t got = 0;
				while (fd >= 0 && (got = read(fd, chunk, sizeof(chunk))) > 0)
					if (buf_append(&b, chunk, (size_t) got) < 0)
						break;
				if (fd >= 0 && got == 0)
					audit_sha256_hex(b.data ? b.data : "", b.len, sha);
				if (fd >= 0)
					close(fd);
				buf_free(&b);
				for (size_t j = 0; j < fs->n; j++) {
					const char *base = strrchr(fs->f[j].path, '/');
					if (base && streq(base + 1, name)) {
						free(fs->f[j].path);
						fs->f[j] = fs->f[--fs->n];
						break;
					}
				}
				files_add(fs, path, sha);
			}
			free(ents[i]);
		}
		free(ents);
	}
}

static int file_list(struct buf *b, const char *key, const struct files *fs)
{
	int r = buf_printf(b, ",\"%s\":[", key);

	for (size_t i = 0; r == 0 && i < fs->n; i++) {
		r = buf_puts(b, i ? ",{\"file\":" : "{\"file\":");
		if (r == 0)
			r = jstr(b, fs->f[i].path);
		if (r == 0)
			r = buf_printf(b, ",\"sha256\":\"%s\"}", fs->f[i].sha256);
	}
	return r ? r : buf_putc(b, ']');
}

/* diff - files added, removed and changed from before to after, by path. */
static int diff(struct buf *b, const struct files *before, const struct files *after)
{
	bool first = true;
	int r = buf_puts(b, ",\"added\":[");

	for (size_t i = 0; r == 0 && i < after->n; i++)
		if (!files_find(before, after->f[i].path)) {
			r = buf_puts(b, first ? "{\"file\":" : ",{\"file\":");
			r = r ? r : jstr(b, after->f[i].path);
			r = r ? r : buf_printf(b, ",\"sha256\":\"%s\"}", after->f[i].sha256);
			first = false;
		}
	r = r ? r : buf_puts(b, "],\"removed\":[");
	first = true;
	for (size_t i = 0; r == 0 && i < before->n; i++)
		if (!files_find(after, before->f[i].path)) {
			r = buf_puts(b, first ? "{\"file\":" : ",{\"file\":");
			r = r ? r : jstr(b, before->f[i].path);
			r = r ? r : buf_printf(b, ",\"sha256\":\"%s\"}", before->f[i].sha256);
			first = false;
		}
	r = r ? r : buf_puts(b, "],\"changed\":[");
	first = true;
	for (size_t i = 0; r == 0 && i < after->n; i++) {
		const struct file *old = files_find(before, after->f[i].path);
		if (old && !streq(old->sha256, after->f[i].sha256)) {
			r = buf_puts(b, first ? "{\"file\":" : ",{\"file\":");
			r = r ? r : jstr(b, after->f[i].path);
			r = r ? r
			      : buf_printf(b, ",\"before\":\"%s\",\"after\":\"%s\"}", old->sha256,
			                   after->f[i].sha256);
			first = false;
		}
	}
	return r ? r : buf_putc(b, ']');
}

/* sender - who sent the signal: pid, uid, the user's name and the process's name
 * while it still exists (kill(1) is usually gone by now; systemctl reload's is not). */
static int sender(struct buf *b, pid_t pid, uid_t uid)
{
	struct passwd pw, *res = NULL;
	char pwbuf[1024], comm[64] = "", path[64];
	int r;

	if (getpwuid_r(uid, &pw, pwbuf, sizeof(pwbuf), &res) != 0)
		res = NULL;
	snprintf(path, sizeof(path), "/proc/%ld/comm", (long) pid);
	FILE *f = pid > 0 ? fopen(path, "re") : NULL;
	if (f) {
		if (!fgets(comm, sizeof(comm), f))
			comm[0] = '\0';
		comm[strcspn(comm, "\n")] = '\0';
		fclose(f);
	}
	r = buf_printf(b, ",\"signal\":{\"pid\":%ld,\"uid\":%lu,\"user\":", (long) pid,
	               (unsigned long) uid);
	r = r ? r : jstr(b, res ? res->pw_name : NULL);
	r = r ? r : buf_puts(b, ",\"comm\":");
	r = r ? r : jstr(b, comm[0] ? comm : NULL);
	return r ? r : buf_putc(b, '}');
}

int audit_log_open(const struct config *cfg, const struct ruleset *rules, char *err, size_t errlen)
{
	struct buf b = BUF_INIT(0);
	struct files fs = {0};
	int r;

	r = audit_open(cfg->state_dir, &audit, err, errlen);
	if (r < 0)
		return r;
	files_of(rules, &fs);
	r = buf_printf(&b, "{\"pid\":%ld,\"ruleset\":\"%s\",\"rules\":%zu", (long) getpid(),
	               ruleset_digest(rules), ruleset_count(rules));
	r = r ? r : file_list(&b, "files", &fs);
	r = r ? r : buf_putc(&b, '}');
	files_free(&fs);
	if (r == 0)
		emit("start", &b);
	buf_free(&b);
	return 0;
}

void audit_log_close(void)
{
	pthread_mutex_lock(&lock);
	audit = audit_close(audit);
	pthread_mutex_unlock(&lock);
}

void audit_log_reload(const struct config *cfg, const struct ruleset *before,
                      const struct ruleset *after, pid_t pid, uid_t uid)
{
	struct buf b = BUF_INIT(0);
	struct files old = {0}, now = {0};
	int r;

	files_of(before, &old);
	if (after)
		files_of(after, &now);
	else
		files_on_disk(cfg, &now);
	r = buf_printf(&b, "{\"before\":{\"ruleset\":\"%s\",\"rules\":%zu},\"after\":",
	               ruleset_digest(before), ruleset_count(before));
	if (r == 0 && after)
		r = buf_printf(&b, "{\"ruleset\":\"%s\",\"rules\":%zu}", ruleset_digest(after),
		               ruleset_count(after));
	else if (r == 0)
		r = buf_puts(&b, "null");
	r = r ? r : sender(&b, pid, uid);
	r = r ? r : diff(&b, &old, &now);
	if (r == 0 && !after) {
		/* The problems, as the log has them: compiled once more, on the failure
		 * path only. */
		const char *dirs[2] = {cfg->rules_dir, cfg->local_rules_dir};
		struct diag d = DIAG_INIT;
		struct ruleset *rs = NULL;
		(void) ruleset_load_opts(dirs, 2, &(struct ruleset_opts){.no_prefilter = true}, &d,
		                         &rs);
		ruleset_free(rs);
		r = buf_printf(&b, ",\"problems\":%zu,\"errors\":[", d.n);
		for (size_t i = 0; r == 0 && i < d.n && i < 5; i++) {
			char *s = diag_format(&d, i);
			r = buf_puts(&b, i ? "," : "");
			r = r ? r : jstr(&b, s);
			free(s);
		}
		r = r ? r : buf_putc(&b, ']');
		diag_clear(&d);
	}
	r = r ? r : buf_putc(&b, '}');
	files_free(&old);
	files_free(&now);
	if (r == 0)
		emit(after ? "reload" : "reload-failed", &b);
	else
		log_msg(LOG_CRIT, NULL, "audit reload: out of memory: not recorded");
	buf_free(&b);
}

void audit_log_override(const char *internaldate, const struct config_account *acct,
                        const char *folder, uint32_t uidvalidity, uint32_t uid,
                        const char *message_id, size_t n_aliases, uint64_t first_seen)
{
	struct buf b = BUF_INIT(0);
	char mid[AUDIT_HASH_HEX + 1], seen[32];
	const char *idate = internaldate ? internaldate : "";
	time_t fs = (time_t) first_seen;
	struct tm tm;
	int r;

	if (message_id)
		audit_sha256_hex(message_id, strlen(message_id), mid);
	gmtime_r(&fs, &tm);
	strftime(seen, sizeof(seen), "%Y-%m-%dT%H:%M:%SZ", &tm);
	r = buf_puts(&b, "{\"account\":");
	r = r ? r : jstr(&b, acct->name);
	r = r ? r : buf_puts(&b, ",\"login\":");
	r = r ? r : jstr(&b, acct->imap.user);
	r = r ? r : buf_puts(&b, ",\"folder\":");
	r = r ? r : jstr(&b, folder);
	r = r ? r
	      : buf_printf(&b, ",\"uidvalidity\":%" PRIu32 ",\"uid\":%" PRIu32, uidvalidity, uid);
	r = r ? r : buf_puts(&b, ",\"message_id_sha256\":");
	r = r ? r : jstr(&b, message_id ? mid : NULL);
	r = r ? r : buf_printf(&b, ",\"aliases\":%zu,\"internaldate\":", n_aliases);
	r = r ? r : jstr(&b, idate[0] ? idate : NULL);
	r = r ? r : buf_printf(&b, ",\"first_seen\":\"%s\"}", seen);
	if (r == 0)
		emit("override", &b);
	else
		log_msg(LOG_CRIT, NULL, "audit override: out of memory: not recorded");
	buf_free(&b);
}
