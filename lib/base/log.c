/*
 * log - writes daemon log messages to the systemd journal (structured fields) or to
 * stderr. The destination is process-wide state, like openlog(3): it is set once by
 * log_open() before threads start and only read afterwards. Never sees credentials
 * (callers must not pass them) and never writes a raw alias (callers mask them with
 * addr_mask()). Control characters from mail content are replaced with '?', so a
 * message cannot fake a second log line.
 */
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/uio.h>
#include <unistd.h>

#include <systemd/sd-journal.h>

#include "log.h"
#include "str.h"

/* The only process-wide state in lib/: the log destination, chosen once. */
static bool use_journal;
static int max_priority = LOG_INFO;
static pthread_mutex_t stderr_lock = PTHREAD_MUTEX_INITIALIZER;

void log_set_max_priority(int max)
{
	max_priority = max;
}

void log_open(bool foreground)
{
	use_journal = !foreground && (getenv("JOURNAL_STREAM") || getenv("INVOCATION_ID"));
}

static const char *level_name(int priority)
{
	switch (priority) {
	case LOG_EMERG:
	case LOG_ALERT:
	case LOG_CRIT:
		return "CRITICAL";
	case LOG_ERR:
		return "ERROR";
	case LOG_WARNING:
		return "WARNING";
	case LOG_NOTICE:
		return "NOTICE";
	case LOG_INFO:
		return "INFO";
	default:
		return "DEBUG";
	}
}

/* Control bytes (C0, DEL) become '?'; UTF-8 bytes >= 0x80 are kept as they are. */
static void sanitize(char *s)
{
	str_sanitize(s, '?');
}

static char *clean_dup(const char *s)
{
	char *c = xstrdup(s);
	sanitize(c);
	return c;
}

void log_msg(int priority, const struct log_fields *f, const char *fmt, ...)
{
	if (priority > max_priority)
		return;
	va_list ap;
	char *msg;

	va_start(ap, fmt);
	msg = xvasprintf(fmt, ap);
	va_end(ap);
	sanitize(msg);

	_cleanup_(freep) char *account = f && f->account ? clean_dup(f->account) : NULL;
	_cleanup_(freep) char *verdict = f && f->verdict ? clean_dup(f->verdict) : NULL;
	_cleanup_(freep) char *rule = f && f->rule ? clean_dup(f->rule) : NULL;
	_cleanup_(freep) char *digest = f && f->digest && *f->digest ? clean_dup(f->digest) : NULL;
	_cleanup_(freep) char *market =
	        f && f->marketplace && *f->marketplace ? clean_dup(f->marketplace) : NULL;
	uint32_t uid = f ? f->uid : 0, uidvalidity = f ? f->uidvalidity : 0;

	if (priority < LOG_EMERG || priority > LOG_DEBUG)
		priority = LOG_ERR;

	if (use_journal) {
		/* sd_journal_sendv, because which fields are present varies; a field
		 * must not be sent empty. */
		struct iovec iov[10];
		char *fld[10];
		int n = 0;

		fld[n++] = xasprintf("MESSAGE=%s", msg);
		fld[n++] = xasprintf("PRIORITY=%d", priority);
		fld[n++] = xstrdup("SYSLOG_IDENTIFIER=aliasgated");
		if (account)
			fld[n++] = xasprintf("ACCOUNT=%s", account);
		if (uidvalidity)
			fld[n++] = xasprintf("UIDVALIDITY=%u", uidvalidity);
		if (uid)
			fld[n++] = xasprintf("UID=%u", uid);
		if (verdict)
			fld[n++] = xasprintf("VERDICT=%s", verdict);
		if (rule)
			fld[n++] = xasprintf("RULE=%s", rule);
		if (digest)
			fld[n++] = xasprintf("DIGEST=%s", digest);
		if (market)
			fld[n++] = xasprintf("MARKETPLACE=%s", market);
		for (int i = 0; i < n; i++)
			iov[i] = (struct iovec){fld[i], strlen(fld[i])};
		sd_journal_sendv(iov, n);
		for (int i = 0; i < n; i++)
			free(fld[i]);
	} else {
		/* One fprintf per line under a lock, so lines from account threads never
		 * interleave. */
		char extra[512] = "";
		size_t o = 0;

#define ADD(...)                                                                                   \
	do {                                                                                       \
		if (o < sizeof(extra))                                                             \
			o += snprintf(extra + o, sizeof(extra) - o, __VA_ARGS__);                  \
	} while (0)
		if (account)
			ADD(" ACCOUNT=%s", account);
		if (uidvalidity)
			ADD(" UIDVALIDITY=%u", uidvalidity);
		if (uid)
			ADD(" UID=%u", uid);
		if (verdict)
			ADD(" VERDICT=%s", verdict);
		if (rule)
			ADD(" RULE=%s", rule);
		if (digest)
			ADD(" DIGEST=%s", digest);
		if (market)
			ADD(" MARKETPLACE=%s", market);
#undef ADD
		pthread_mutex_lock(&stderr_lock);
		fprintf(stderr, "aliasgated[%ld]: %s: %s%s\n", (long) getpid(),
		        level_name(priority), msg, extra);
		fflush(stderr);
		pthread_mutex_unlock(&stderr_lock);
	}
	free(msg);
}
