/*
 * account - one seller mailbox: its own thread, IMAP session, journals and state
 * machine (wait -> fetch -> judge -> journal -> relay -> journal -> file -> report).
 * Accounts share nothing but the ruleset, which the main thread swaps under a lock.
 */
#ifndef AG_ACCOUNT_H
#define AG_ACCOUNT_H

#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>

#include "config.h"
#include "ruleset.h"
#include "stamp.h"

#define ACCOUNT_FAILURES 64 /* distinct unfetchable messages remembered per account */

/* What the main thread shares with every account thread. */
struct shared {
	const struct config *cfg;
	pthread_rwlock_t rules_lock; /* readers: account threads while judging */
	struct ruleset *rules;       /* swapped by the main thread on SIGHUP */
	atomic_bool stop;            /* SIGTERM: finish the message in flight, then leave */
	int wake_fd; /* eventfd; readable once stop is set, wakes IDLE and backoff sleeps */
	bool once;   /* process what is there now, then return */
	int done_fd; /* eventfd; each account thread adds 1 as it ends, waking the main loop */
	struct stamp_keys stamp; /* the loop guard's secrets, from state_dir */
	struct metrics *metrics; /* counters and stats (metrics.h); NULL: not counted */
	atomic_uint reloads;     /* SIGHUPs so far: seller_watch reloads notices.list */
};

enum account_health {
	ACCOUNT_STARTING,
	ACCOUNT_WORKING,
	ACCOUNT_WAITING,
	ACCOUNT_RECONNECTING,
	ACCOUNT_STOPPED, /* thread finished normally */
	ACCOUNT_FAILED,  /* journal trouble: stopped to keep exactly-once */
};

struct account_io;

struct account {
	const struct config_account *cfg;
	const struct account_io *io; /* account_io_real, or a test's fakes (io.h) */
	struct shared *sh;
	struct journal *journal;          /* the watch folder's messages */
	struct journal *journal_approved; /* the approved folder's, its own UID space */
	struct seller_gate *seller;       /* approved senders and seller state (seller_gate.h) */
	struct seller_watch *watch;       /* Amazon's notices, buyer mail (seller_watch.h) */
	pthread_t thread;
	bool started;
	atomic_int health; /* enum account_health */
	/* Monotonic second until which the thread may legitimately be silent (in a
	 * network wait with a known timeout); the watchdog stops when one is overdue. */
	atomic_uint_least64_t busy_until;
	atomic_uint relayed, rejected, held, errors;
	int exit_status; /* for --once: 0 done, 75 temporary failure, 1 failed */
	int folder_lock; /* flock on the (host, port, user, watch folder) lock file */
	/* Messages the server would not hand over, by UID: after fetch_attempts failures
	 * one is held in review unsent; if even that move fails it is skipped (logged
	 * once), so one bad message never blocks the ones after it. */
	struct fetch_failure {
		uint32_t uidvalidity, uid;
		unsigned count;
		bool skip, logged;
	} failures[ACCOUNT_FAILURES];
	size_t n_failures;
	/* A read-ahead UID FETCH that broke the session (daemon/account.c, read_ahead()):
	 * UIDs up to this one are fetched one by one, so a message the server will not
	 * hand over is counted against itself and cannot stall the others. */
	uint32_t no_ahead_uidvalidity, no_ahead_through;
};

/* Opens the account's journals under state_dir (locks them: a second daemon on the same
 * state_dir fails here). On error writes a message into err. */
int account_open(struct account *a, const struct config_account *cfg, struct shared *sh, char *err,
                 size_t errlen);
int account_start(struct account *a);
void account_join(struct account *a);
void account_close(struct account *a);
/* One status word for STATUS= lines. */
const char *account_health_name(int health);
uint64_t account_now_mono(void);
/* The next wait after a failed connect: doubled, at most LIMIT_RECONNECT_BACKOFF. */
unsigned account_backoff_next(unsigned seconds);

#endif
