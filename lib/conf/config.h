/*
 * config - the daemon's libconfig file turned into an immutable, validated struct
 * config with every default filled in. Every problem is reported as file:line in a
 * diag, all of them, and nothing is returned when there was any. Key names are a
 * contract with administrators (aliasgate.conf(5)); unknown keys are errors.
 * Reads only the file it is given (and stats password files); never connects.
 */
#ifndef AG_CONFIG_H
#define AG_CONFIG_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "base.h"
#include "diag.h"
#include "endpoint.h"

struct config_server {
	char *host;
	uint16_t port; /* default 993/143 (IMAP implicit/else), 465/587 (SMTP implicit/else) */
	enum endpoint_tls tls; /* default implicit for IMAP, starttls for SMTP */
	char *user;            /* NULL when no AUTH (SMTP only) */
	enum endpoint_secret secret;
	char *secret_source; /* resolved file path, or the command line */
	char *ca_file;       /* NULL: the system trust store */
	bool idle;           /* IMAP only; default true */
	char *helo;          /* SMTP only; default: the host's FQDN */
	char *envelope_from; /* SMTP only; NULL: the message's From address */
	char *file;          /* config file and line of this block, for messages */
	unsigned line;
};

enum config_report {
	CONFIG_REPORT_APPEND,
	CONFIG_REPORT_MAIL,
	CONFIG_REPORT_BOTH,
};

enum config_mode {
	CONFIG_MODE_ENFORCE,
	CONFIG_MODE_MONITOR,
};

struct config_folders {
	/* As written, with '/' as the separator; imap_source maps them to the server's
	 * delimiter and modified UTF-7. */
	char *watch, *relayed, *rejected, *review, *approved, *reports;
};

struct config_account {
	char *name; /* [A-Za-z0-9._-]+, unique; names the journal file */
	struct config_server imap;
	struct config_server smtp;
	struct config_folders folders;
	enum config_report report;
	enum config_mode mode;
	/* Header the delivery agent adds with the envelope recipient (X-Original-To,
	 * Delivered-To, X-Gm-Original-To); NULL: take the aliases from To/Cc/Bcc. */
	char *envelope_recipient_header;
	/* `approved_senders`: the seller's approved addresses per marketplace (Seller
	 * Central's Messaging Permissions page); none: not checked. */
	struct config_approved {
		char **marketplaces; /* lower case */
		size_t n_marketplaces;
		char **addresses;
		size_t n_addresses;
	} * approved;
	size_t n_approved;
	/* `seller_state`: keep <state_dir>/<name>.seller (lib/state/seller.h) and apply
	 * its checks (repeated review requests, order IDs, the daily cap). Default false. */
	bool seller_state;
	/* `average_daily_orders`, per marketplace: the proactive cap is 5 x orders + 600
	 * a day. Marketplaces not listed are only counted. */
	struct config_daily_orders {
		char *marketplace; /* lower case */
		unsigned orders;
	} * daily_orders;
	size_t n_daily_orders;
	/* With seller_state: Amazon's notices read back from `notices.folder` (default
	 * "AliasGate/Notices") and buyer messages for the 24-hour clock from
	 * `buyer_mail.folder` (default "INBOX") (daemon/seller_watch.c), on the imap
	 * login above, or on the group's own `imap` login when it has one (NULL: none).
	 * Neither folder is ever changed. */
	char *notices_folder;
	char *buyer_folder;
	struct config_server *notices_imap;
	struct config_server *buyer_imap;
	/* `response_warn`: seconds after which an unanswered buyer message is listed,
	 * ascending; default 43200, 72000, 86400. `response_digest`: append (and/or mail,
	 * as `report` says) a digest of threads newly past a threshold; default false. */
	unsigned *response_warn;
	size_t n_response_warn;
	bool response_digest;
};

struct config_timeouts {
	unsigned connect;      /* seconds, default 30 */
	unsigned command;      /* default 60 */
	unsigned idle_refresh; /* default 540 (9 min; RFC 2177 allows 29) */
	unsigned data_final;   /* default 600 (RFC 5321 4.5.3.2.6) */
};

/* The Prometheus endpoint (daemon/metrics.c); off when listen is NULL. */
struct config_metrics {
	/* "unix:/path" (absolute), or "ADDRESS:PORT" with a numeric IPv4 address,
	 * "[IPv6]" or "localhost"; a non-loopback address only with allow_remote. */
	char *listen;
	bool allow_remote; /* default false */
};

struct config {
	char *file;
	char *rules_dir;       /* default /usr/share/aliasgate/rules */
	char *local_rules_dir; /* default /etc/aliasgate/rules.d */
	char *state_dir;       /* default /var/lib/aliasgate */
	char **alias_domains;
	size_t n_alias_domains;
	struct config_timeouts timeouts;
	unsigned retry_max_age;  /* seconds a 4xx-deferred message is retried; default 5 days */
	unsigned journal_keep;   /* seconds finished journal records are kept; default 30 days */
	unsigned fetch_attempts; /* failed fetches of one message before it is held; default 3 */
	unsigned stats_keep;     /* days the per-day stats files are kept; default 400, 0 forever */
	unsigned state_keep;     /* days seller state records are kept; default 90 */
	struct config_metrics metrics;
	struct config_account *accounts;
	size_t n_accounts;
};

/* Loads and validates path. Returns 0 and *ret, or -EINVAL/-errno with every problem
 * in d as "path:line: ...". A relative password_file is resolved in
 * $CREDENTIALS_DIRECTORY when that is set, else relative to the config file. A
 * password file readable by group or others is refused. */
int config_load(const char *path, struct diag *d, struct config **ret);
struct config *config_free(struct config *c);
DEFINE_TRIVIAL_CLEANUP_FUNC(struct config *, config_free)

/* Prints the effective configuration (defaults filled, secrets never printed, only
 * where they come from) in libconfig syntax, like `doveconf -n`. */
void config_print(const struct config *c, FILE *f);

const char *config_tls_name(enum endpoint_tls t);

/* x and y log in to the same mailbox: host (any case), port and user. */
bool config_same_login(const struct config_server *x, const struct config_server *y);

/* Fills *ep from srv and the global deadlines; ep borrows srv's strings. */
void config_endpoint(const struct config *c, const struct config_server *srv, struct endpoint *ep);

#endif
