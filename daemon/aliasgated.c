/*
 * aliasgated - the relay daemon: IMAP watch folder -> policy -> SMTP, per account.
 *
 * main() reads like the pipeline's life cycle: arguments, configuration, rules,
 * journals, account threads, READY=1, then the main loop that owns signals, rule
 * reloads, STATUS= and the watchdog. The main thread never touches the network, so the
 * watchdog is fed by a thread that cannot block on a server. Never forks: systemd
 * supervises it.
 */
#include <errno.h>
#include <getopt.h>
#include <inttypes.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/eventfd.h>
#include <sys/inotify.h>
#include <sys/signalfd.h>
#include <sys/stat.h>
#include <syslog.h>
#include <unistd.h>

#include "account.h"
#include "audit_log.h"
#include "config.h"
#include "diag.h"
#include "log.h"
#include "metrics.h"
#include "notify.h"
#include "ruleset.h"
#include "seller_gate.h"

#define EX_USAGE_    64
#define EX_SOFTWARE_ 70
#define EX_TEMPFAIL_ 75
#define EX_CONFIG_   78

static const char *arg_config;
static bool arg_foreground;
static bool arg_once;
static bool arg_check_config;
static bool arg_verbose;

static void usage(FILE *f)
{
	fputs("Usage: aliasgated -c FILE [--foreground] [--once] [--check-config]\n"
	      "\n"
	      "  -c, --config FILE   configuration file (aliasgate.conf(5))\n"
	      "  -f, --foreground    log to stderr even when started by systemd\n"
	      "  -1, --once          process what is in the watch folders now, then exit\n"
	      "  -n, --check-config  load configuration and rules, print the effective\n"
	      "                      configuration, exit 0 or 78 with every problem\n"
	      "  -v, --verbose       also log every state transition of every message\n"
	      "  -h, --help          this text\n"
	      "  -V, --version       the version\n",
	      f);
}

static int parse_argv(int argc, char **argv)
{
	static const struct option opts[] = {
	        {"config", required_argument, NULL, 'c'}, {"foreground", no_argument, NULL, 'f'},
	        {"once", no_argument, NULL, '1'},         {"check-config", no_argument, NULL, 'n'},
	        {"verbose", no_argument, NULL, 'v'},      {"help", no_argument, NULL, 'h'},
	        {"version", no_argument, NULL, 'V'},      {},
	};
	int c;

	while ((c = getopt_long(argc, argv, "c:f1nvhV", opts, NULL)) >= 0) {
		switch (c) {
		case 'c':
			arg_config = optarg;
			break;
		case 'f':
			arg_foreground = true;
			break;
		case '1':
			arg_once = true;
			break;
		case 'n':
			arg_check_config = true;
			break;
		case 'v':
			arg_verbose = true;
			break;
		case 'h':
			usage(stdout);
			return 0;
		case 'V':
			printf("aliasgated %s\n", AG_VERSION);
			return 0;
		default:
			usage(stderr);
			return -EX_USAGE_;
		}
	}
	if (optind < argc || !arg_config) {
		fprintf(stderr, "aliasgated: %s\n",
		        arg_config ? "unexpected argument" : "-c FILE is required");
		usage(stderr);
		return -EX_USAGE_;
	}
	return 1;
}

/* check_state_dir - the journals live here: anyone who can write it can forge
 * "already relayed" records or delete them. Warned, not refused, so an admin can fix
 * the mode without an outage; systemd's StateDirectory= creates it 0700. */
static void check_state_dir(const char *dir)
{
	struct stat st;

	if (stat(dir, &st) < 0)
		return; /* created later with a safe mode */
	if (st.st_mode & S_IWOTH)
		log_msg(LOG_WARNING, NULL,
		        "state_dir %s is world-writable (mode %04o): anyone on this host can "
		        "alter the journals; chmod 0700 it",
		        dir, (unsigned) (st.st_mode & 07777));
	else if (st.st_mode & S_IWGRP)
		log_msg(LOG_WARNING, NULL, "state_dir %s is group-writable (mode %04o)", dir,
		        (unsigned) (st.st_mode & 07777));
}

/* rules_cache_dir - where the compiled ruleset is kept: systemd's CacheDirectory=
 * ($CACHE_DIRECTORY, the first of a colon-separated list; systemd.exec(5)), else
 * state_dir. A cache is only a copy, so losing it costs one compile and nothing else. */
static char *rules_cache_dir(const struct config *cfg)
{
	const char *env = getenv("CACHE_DIRECTORY");

	if (env && env[0] == '/')
		return xstrndup(env, strcspn(env, ":"));
	return xstrdup(cfg->state_dir);
}

/* load_rules - the shipped rules with local overrides, all-or-nothing. */
static int load_rules(const struct config *cfg, struct ruleset **ret, FILE *errf)
{
	const char *dirs[2] = {cfg->rules_dir, cfg->local_rules_dir};
	struct diag d = DIAG_INIT;
	char *cache = rules_cache_dir(cfg);
	int r;

	r = ruleset_load_opts(dirs, 2, &(struct ruleset_opts){.cache_dir = cache}, &d, ret);
	free(cache);
	if (r < 0) {
		if (errf) {
			diag_print(&d, errf);
		} else {
			for (size_t i = 0; i < d.n; i++) {
				char *s = diag_format(&d, i);
				log_msg(LOG_ERR, NULL, "%s", s);
				free(s);
			}
		}
	}
	diag_clear(&d);
	return r;
}

static void status_line(const struct account *accts, size_t n, char *out, size_t len)
{
	size_t off = 0;

	out[0] = '\0';
	for (size_t i = 0; i < n && off < len; i++) {
		const struct account *a = &accts[i];
		int w = snprintf(
		        out + off, len - off, "%s%s: %s, %u relayed, %u rejected, %u held",
		        i ? "; " : "", a->cfg->name, account_health_name(atomic_load(&a->health)),
		        atomic_load(&a->relayed), atomic_load(&a->rejected), atomic_load(&a->held));
		if (w < 0)
			break;
		off += (size_t) w;
	}
}

/* reload - SIGHUP: compile the rules anew and swap them in, or keep the old ones.
 * pid and uid are the signal's sender, for the audit log. */
static void reload(struct shared *sh, pid_t pid, uid_t uid)
{
	struct ruleset *fresh = NULL, *old;

	notify_reloading();
	/* notices.list is reloaded by each account thread at its next pass */
	atomic_fetch_add(&sh->reloads, 1);
	if (load_rules(sh->cfg, &fresh, NULL) < 0) {
		log_msg(LOG_ERR, NULL, "reload failed: keeping ruleset %s",
		        ruleset_digest(sh->rules));
		audit_log_reload(sh->cfg, sh->rules, NULL, pid, uid);
	} else {
		pthread_rwlock_wrlock(&sh->rules_lock);
		old = sh->rules;
		sh->rules = fresh;
		pthread_rwlock_unlock(&sh->rules_lock);
		log_msg(LOG_NOTICE, NULL, "rules reloaded: ruleset %s -> %s (%zu rules)",
		        ruleset_digest(old), ruleset_digest(fresh), ruleset_count(fresh));
		metrics_rules_loaded(sh->metrics);
		audit_log_reload(sh->cfg, old, fresh, pid, uid);
		/* No account holds the read lock now, so nobody can still use old. */
		ruleset_free(old);
	}
	notify_ready("running");
}

/* watchdog_ok - false when some account has been silent past its own deadline: it is
 * stuck somewhere no timeout covers, and a restart is the cure. */
static bool watchdog_ok(const struct account *accts, size_t n)
{
	uint64_t now = account_now_mono();

	for (size_t i = 0; i < n; i++) {
		int h = atomic_load(&accts[i].health);
		if (h == ACCOUNT_STOPPED || h == ACCOUNT_FAILED)
			continue;
		if (atomic_load(&accts[i].busy_until) < now)
			return false;
	}
	return true;
}

/* main_loop - sleeps in poll() on the signalfd and the accounts' done eventfd, so a
 * signal or the last account ending (--once) is acted on at once; the timeout only
 * paces the watchdog and STATUS=. It also applies `aliasgate state` requests
 * (seller_gate.h) as soon as inotify sees one renamed into the state directory, and at
 * every wake-up (at most 1 s apart) in case inotify is unavailable. */
static int main_loop(struct shared *sh, struct account *accts, size_t n, int sigfd)
{
	uint64_t wd_usec = notify_watchdog_usec();
	int timeout_ms = wd_usec ? (int) (wd_usec / 2000) : 1000;
	char status[1024];
	int ino = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);

	if (ino >= 0 && inotify_add_watch(ino, sh->cfg->state_dir, IN_MOVED_TO) < 0) {
		close(ino);
		ino = -1;
	}
	if (timeout_ms > 1000)
		timeout_ms = 1000;
	for (;;) {
		struct pollfd p[3] = {{.fd = sigfd, .events = POLLIN},
		                      {.fd = sh->done_fd, .events = POLLIN},
		                      {.fd = ino, .events = POLLIN}};
		bool all_done = true;

		for (size_t i = 0; i < n; i++) {
			int h = atomic_load(&accts[i].health);
			if (h != ACCOUNT_STOPPED && h != ACCOUNT_FAILED)
				all_done = false;
		}
		if (all_done)
			break;
		if (poll(p, 3, timeout_ms) > 0) {
			struct signalfd_siginfo si;
			uint64_t ended;
			if (p[1].revents & POLLIN)
				(void) !read(sh->done_fd, &ended, sizeof(ended));
			if (p[2].revents & POLLIN) {
				char evs[4096];
				while (read(ino, evs, sizeof(evs)) > 0)
					;
				seller_gate_requests(accts, n);
			}
			if (!(p[0].revents & POLLIN))
				continue;
			if (read(sigfd, &si, sizeof(si)) == (ssize_t) sizeof(si)) {
				if (si.ssi_signo == SIGHUP && !arg_once) {
					reload(sh, (pid_t) si.ssi_pid, (uid_t) si.ssi_uid);
				} else if (si.ssi_signo == SIGTERM || si.ssi_signo == SIGINT) {
					log_msg(LOG_NOTICE, NULL,
					        "stopping after the message "
					        "in flight");
					notify_stopping();
					break;
				}
			}
		}
		if (wd_usec && watchdog_ok(accts, n))
			notify_watchdog();
		seller_gate_requests(accts, n);
		status_line(accts, n, status, sizeof(status));
		notify_status(status);
	}
	if (ino >= 0)
		close(ino);
	return 0;
}

int main(int argc, char **argv)
{
	_cleanup_(config_freep) struct config *cfg = NULL;
	struct shared sh = {.wake_fd = -1, .done_fd = -1};
	struct diag d = DIAG_INIT;
	struct account *accts = NULL;
	size_t started = 0;
	sigset_t mask;
	int r, sigfd, rc = 0;

	/* Block the signals before anything else: a SIGTERM that arrives while the
	 * configuration loads waits in the signalfd instead of killing us half-way. */
	sigemptyset(&mask);
	sigaddset(&mask, SIGHUP);
	sigaddset(&mask, SIGTERM);
	sigaddset(&mask, SIGINT);
	pthread_sigmask(SIG_BLOCK, &mask, NULL);

	r = parse_argv(argc, argv);
	if (r <= 0)
		return r == 0 ? 0 : -r;

	log_open(arg_foreground || arg_check_config);
	if (arg_verbose)
		log_set_max_priority(LOG_DEBUG);
	r = config_load(arg_config, &d, &cfg);
	if (r < 0) {
		/* Every problem, file:line, on stderr: that is where an admin running the
		 * unit or --check-config looks, and systemd puts it in the journal. */
		diag_print(&d, stderr);
		diag_clear(&d);
		fprintf(stderr, "aliasgated: %s: configuration not loaded\n", arg_config);
		return EX_CONFIG_;
	}
	diag_clear(&d);
	sh.cfg = cfg;
	if (load_rules(cfg, &sh.rules, stderr) < 0) {
		fprintf(stderr, "aliasgated: rules not loaded from %s (+ %s)\n", cfg->rules_dir,
		        cfg->local_rules_dir);
		return EX_CONFIG_;
	}
	check_state_dir(cfg->state_dir);
	if (arg_check_config) {
		config_print(cfg, stdout);
		printf("# ruleset %s: %zu rules\n", ruleset_digest(sh.rules),
		       ruleset_count(sh.rules));
		ruleset_free(sh.rules);
		return 0;
	}

	/* Signals are read from a signalfd by the main thread only; account threads
	 * inherit the blocked mask. libetpan and our sockets must not die of SIGPIPE. */
	signal(SIGPIPE, SIG_IGN);
	sigfd = signalfd(-1, &mask, SFD_CLOEXEC);
	sh.wake_fd = eventfd(0, EFD_CLOEXEC);
	sh.done_fd = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
	if (sigfd < 0 || sh.wake_fd < 0 || sh.done_fd < 0) {
		log_msg(LOG_ERR, NULL, "signalfd/eventfd: %s", strerror(errno));
		return EX_SOFTWARE_;
	}
	pthread_rwlock_init(&sh.rules_lock, NULL);
	sh.once = arg_once;
	{
		char err[512] = "";
		if (mkdir(cfg->state_dir, 0700) < 0 && errno != EEXIST)
			log_msg(LOG_ERR, NULL, "state_dir %s: %s", cfg->state_dir, strerror(errno));
		r = stamp_keys_load(cfg->state_dir, &sh.stamp, err, sizeof(err));
		if (r < 0) {
			log_msg(LOG_ERR, NULL, "loop-guard key: %s", err);
			ruleset_free(sh.rules);
			return EX_SOFTWARE_;
		}
		r = audit_log_open(cfg, sh.rules, err, sizeof(err));
		if (r < 0) {
			log_msg(LOG_ERR, NULL, "audit log: %s", err);
			ruleset_free(sh.rules);
			return EX_SOFTWARE_;
		}
	}

	accts = xcalloc(cfg->n_accounts, sizeof(*accts));
	for (size_t i = 0; i < cfg->n_accounts; i++) {
		char err[512] = "";
		r = account_open(&accts[i], &cfg->accounts[i], &sh, err, sizeof(err));
		if (r < 0) {
			log_msg(LOG_ERR, NULL, "account %s: %s", cfg->accounts[i].name,
			        err[0] ? err : strerror(-r));
			for (size_t k = 0; k < i; k++)
				account_close(&accts[k]);
			free(accts);
			ruleset_free(sh.rules);
			return r == -EWOULDBLOCK || r == -EAGAIN ? EX_TEMPFAIL_ : EX_SOFTWARE_;
		}
	}
	{
		/* After the journals are locked (and state_dir made): a second daemon never
		 * takes the port or writes the stats. */
		char err[512] = "";
		r = metrics_open(cfg, &sh.metrics, err, sizeof(err));
		if (r < 0)
			log_msg(LOG_ERR, NULL, "stats: %s", err);
		else
			r = metrics_start(sh.metrics, &sh, accts, cfg->n_accounts, err,
			                  sizeof(err));
		if (r < 0 && sh.metrics)
			log_msg(LOG_ERR, NULL, "metrics: %s", err);
		if (r < 0) {
			for (size_t k = 0; k < cfg->n_accounts; k++)
				account_close(&accts[k]);
			free(accts);
			metrics_close(sh.metrics);
			ruleset_free(sh.rules);
			return EX_TEMPFAIL_;
		}
	}
	for (; started < cfg->n_accounts; started++) {
		r = account_start(&accts[started]);
		if (r < 0) {
			log_msg(LOG_ERR, NULL, "cannot start thread: %s", strerror(-r));
			atomic_store(&sh.stop, true);
			rc = EX_SOFTWARE_;
			break;
		}
	}
	log_msg(LOG_NOTICE, NULL, "started: %zu account%s, ruleset %s (%zu rules)", cfg->n_accounts,
	        cfg->n_accounts == 1 ? "" : "s", ruleset_digest(sh.rules), ruleset_count(sh.rules));
	/* Ready means configured, not connected: an unreachable server shows in STATUS=,
	 * it does not fail the unit. */
	notify_ready("running");

	if (rc == 0)
		(void) main_loop(&sh, accts, started, sigfd);
	atomic_store(&sh.stop, true);
	{
		uint64_t one = 1;
		(void) !write(sh.wake_fd, &one, sizeof(one));
	}
	for (size_t i = 0; i < started; i++) {
		account_join(&accts[i]);
		if (accts[i].exit_status > rc)
			rc = accts[i].exit_status;
	}
	/* The HTTP thread reads the accounts and the rules: it stops first. */
	sh.metrics = metrics_close(sh.metrics);
	for (size_t i = 0; i < cfg->n_accounts; i++)
		account_close(&accts[i]);
	free(accts);
	ruleset_free(sh.rules);
	audit_log_close();
	pthread_rwlock_destroy(&sh.rules_lock);
	close(sigfd);
	close(sh.wake_fd);
	close(sh.done_fd);
	log_msg(LOG_INFO, NULL, "stopped");
	return rc;
}
