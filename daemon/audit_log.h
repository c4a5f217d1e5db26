/*
 * audit_log - what aliasgated writes to the audit log (lib/state/audit.h): the rules
 * in force at start, every rule reload (who sent the SIGHUP, the ruleset digest before
 * and after, the files added, removed and changed, each by path and SHA-256), failed
 * reloads, and every message relayed on override from the approved folder. One log
 * per process, behind a mutex: reloads come from the main thread, overrides from the
 * account threads. Each line's SEQ and HASH also go to the system log, a copy outside
 * the state directory to check the chain against.
 *
 * A line that cannot be written is logged at LOG_CRIT; mail keeps flowing (the journal,
 * not the audit log, is what keeps exactly-once).
 */
#ifndef AG_AUDIT_LOG_H
#define AG_AUDIT_LOG_H

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#include "config.h"
#include "ruleset.h"

/* Opens <state_dir>/audit.log and records a "start" event naming rules' files. */
int audit_log_open(const struct config *cfg, const struct ruleset *rules, char *err, size_t errlen);
void audit_log_close(void);

/* A SIGHUP from pid/uid (signalfd_siginfo ssi_pid, ssi_uid): after is the new ruleset,
 * or NULL when it did not load (then the files found on disk and the first problems
 * are recorded). */
void audit_log_reload(const struct config *cfg, const struct ruleset *before,
                      const struct ruleset *after, pid_t pid, uid_t uid);

/* A message relayed on override: a person moved it into the approved folder. The
 * message is still in that folder (selected in imap), so its INTERNALDATE is fetched;
 * first_seen is recorded too. No alias is recorded, only how many. */
void audit_log_override(const char *internaldate, const struct config_account *acct,
                        const char *folder, uint32_t uidvalidity, uint32_t uid,
                        const char *message_id, size_t n_aliases, uint64_t first_seen);

#endif
