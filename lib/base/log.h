/*
 * log - the daemon's log: the systemd journal with structured fields (ACCOUNT, UID,
 * UIDVALIDITY, VERDICT, RULE, DIGEST, MARKETPLACE) when running under systemd, else
 * one line per message on stderr ("aliasgated[pid]: LEVEL: message ACCOUNT=...
 * UID=..."). Control characters in messages are replaced, so nothing from a mail can
 * forge a log line. Safe to call from several account threads.
 *
 * Never pass a credential here. Aliases must be masked by the caller with
 * addr_mask() (lib/addr.h) before they are logged.
 */
#ifndef AG_LOG_H
#define AG_LOG_H

#include <stdbool.h>
#include <stdint.h>
#include <syslog.h>

#include "base.h"

struct log_fields {
	const char *account;        /* NULL: not set */
	uint32_t uidvalidity, uid;  /* 0: not set */
	const char *verdict, *rule; /* NULL: not set */
	/* On verdicts: the message identity digest in hex (never the alias itself) and
	 * the alias domain of the first alias recipient. NULL or "": not set. */
	const char *digest, *marketplace;
};

/* foreground: always stderr, even under systemd (aliasgated --foreground). */
void log_open(bool foreground);
/* Messages less urgent than max (a syslog level) are dropped; LOG_INFO by default,
 * LOG_DEBUG for aliasgated --verbose (every state transition of every message). */
void log_set_max_priority(int max);

/* priority is a syslog LOG_* level. f may be NULL. */
void log_msg(int priority, const struct log_fields *f, const char *fmt, ...) _printf_(3, 4);

#define log_error(...)   log_msg(LOG_ERR, NULL, __VA_ARGS__)
#define log_warning(...) log_msg(LOG_WARNING, NULL, __VA_ARGS__)
#define log_notice(...)  log_msg(LOG_NOTICE, NULL, __VA_ARGS__)
#define log_info(...)    log_msg(LOG_INFO, NULL, __VA_ARGS__)
#define log_debug(...)   log_msg(LOG_DEBUG, NULL, __VA_ARGS__)

#endif
