/*
 * aliasgate-doctor - `aliasgate doctor`: connects to every account's servers the way
 * aliasgated would and prints a checklist, one line per check:
 *
 *     ok   CHECK: DETAIL
 *     FAIL CHECK: DETAIL
 *          fix: WHAT TO DO
 *     warn CHECK: DETAIL
 *     info CHECK: DETAIL
 *
 * Read-only: LOGIN, CAPABILITY, LIST, STATUS, EHLO and AUTH, never a message; the one
 * change it makes is CREATE of a missing folder with --create-folders. Exit 0 when
 * nothing FAILs, 1 otherwise, 2 on usage errors, 78 when the configuration does not
 * load. A program of its own so that `aliasgate` (check, lint, explain) never links
 * the network or state libraries; aliasgate execs it.
 */
#include <errno.h>
#include <getopt.h>
#include <netdb.h>
#include <pwd.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base.h"
#include "config.h"
#include "diag.h"
#include "endpoint.h"
#include "imap_probe.h"
#include "limit.h"
#include "ruleset.h"
#include "secret.h"
#include "smtp_probe.h"

#define EXIT_OK     0
#define EXIT_FAILED 1
#define EXIT_USAGE  2
#define EXIT_CONFIG 78

/* The daemon's message limit (prescan.c holds anything larger). */
#define MESSAGE_LIMIT ((unsigned long long) LIMIT_RAW_SIZE)

static unsigned n_fail;
static const char *arg_config;

static void usage(FILE *f)
{
	fputs("Usage: aliasgate doctor -c FILE [--account NAME] [--create-folders]\n"
	      "\n"
	      "Connects to each account's IMAP and SMTP servers as aliasgated would and\n"
	      "prints one line per check: 'ok', 'FAIL' (followed by a 'fix:' line), 'warn'\n"
	      "or 'info'. Read-only: nothing is sent and nothing is moved.\n"
	      "\n"
	      "  -c, --config FILE     configuration file (aliasgate.conf(5))\n"
	      "  -a, --account NAME    check only this account\n"
	      "      --create-folders  CREATE the configured folders that are missing\n"
	      "  -h, --help            this text\n"
	      "\n"
	      "Exit status: 0 nothing failed, 1 a check failed, 2 usage, 78 the\n"
	      "configuration does not load (every problem as file:line on stderr).\n",
	      f);
}

/* say - one checklist line; a FAIL is followed by its fix. */
static void say(const char *level, const char *check, const char *fix, const char *fmt, ...)
        _printf_(4, 5);
static void say(const char *level, const char *check, const char *fix, const char *fmt, ...)
{
	va_list ap;

	printf("%-4s %s: ", level, check);
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	putchar('\n');
	if (streq(level, "FAIL")) {
		n_fail++;
		printf("     fix: %s\n", fix ? fix : "see the detail above");
	}
	fflush(stdout);
}

/* A check name: "ACCOUNT imap login". */
static const char *chk(const char *acct, const char *proto, const char *what)
{
	static char b[256];
	snprintf(b, sizeof(b), "%s %s %s", acct, proto, what);
	return b;
}

/* ---- global checks ---------------------------------------------------------- */

static void check_rules(const struct config *cfg)
{
	const char *dirs[2] = {cfg->rules_dir, cfg->local_rules_dir};
	struct ruleset *rs = NULL;
	struct diag d = DIAG_INIT;
	/* The files are judged here; the prefilter is the daemon's to build (README
	 * "Speed"), and a Hyperscan refusal only means PCRE2 runs alone. */
	int r = ruleset_load_opts(dirs, 2, &(struct ruleset_opts){.no_prefilter = true}, &d, &rs);

	if (r < 0) {
		char *first = d.n ? diag_format(&d, 0) : NULL;
		char fix[1024];
		snprintf(fix, sizeof(fix),
		         "correct the rule files (`aliasgate lint %s` lists every problem as "
		         "file:line), then `systemctl reload aliasgated`",
		         cfg->rules_dir);
		say("FAIL", "rules", fix, "not loaded from %s (+ %s): %s%s", cfg->rules_dir,
		    cfg->local_rules_dir, first ? first : strerror(-r),
		    d.n > 1 ? " (and more)" : "");
		free(first);
	} else {
		say("ok", "rules", NULL, "ruleset %s, %zu rules from %s (+ %s)", ruleset_digest(rs),
		    ruleset_count(rs), cfg->rules_dir, cfg->local_rules_dir);
	}
	diag_clear(&d);
	ruleset_free(rs);
}

static const char *user_name(uid_t uid, char *buf, size_t len)
{
	struct passwd *pw = getpwuid(uid);
	if (pw)
		snprintf(buf, len, "%s (uid %u)", pw->pw_name, (unsigned) uid);
	else
		snprintf(buf, len, "uid %u", (unsigned) uid);
	return buf;
}

static void check_state_dir(const struct config *cfg)
{
	const char *dir = cfg->state_dir;
	char fix[1024], owner[128], me[128];
	struct stat st;
	bool bad = false;

	if (stat(dir, &st) < 0) {
		snprintf(fix, sizeof(fix),
		         "create it for the daemon's user: install -d -m 0700 -o aliasgate -g "
		         "aliasgate %s (the package's systemd-tmpfiles snippet does this for "
		         "/var/lib/aliasgate)",
		         dir);
		say("FAIL", "state dir", fix, "%s: %s", dir, strerror(errno));
		return;
	}
	if (!S_ISDIR(st.st_mode)) {
		say("FAIL", "state dir", "point state_dir at a directory", "%s is not a directory",
		    dir);
		return;
	}
	user_name(st.st_uid, owner, sizeof(owner));
	user_name(geteuid(), me, sizeof(me));
	if (st.st_uid != geteuid()) {
		if (geteuid() == 0) {
			say("warn", "state dir owner", NULL,
			    "%s belongs to %s and the doctor runs as root: run it as the daemon's "
			    "user (sudo -u %s aliasgate doctor -c %s) to check what aliasgated "
			    "sees",
			    dir, owner,
			    getpwuid(st.st_uid) ? getpwuid(st.st_uid)->pw_name : "aliasgate",
			    arg_config);
		} else {
			snprintf(fix, sizeof(fix),
			         "run aliasgated (and the doctor) as the directory's owner, or "
			         "chown "
			         "%s %s",
			         getpwuid(geteuid()) ? getpwuid(geteuid())->pw_name : "USER", dir);
			say("FAIL", "state dir owner", fix, "%s belongs to %s, not to %s", dir,
			    owner, me);
			bad = true;
		}
	} else {
		say("ok", "state dir owner", NULL, "%s belongs to %s", dir, owner);
	}
	if (st.st_mode & S_IWOTH) {
		snprintf(fix, sizeof(fix), "chmod 0700 %s", dir);
		say("FAIL", "state dir mode", fix,
		    "%s is world-writable (%04o): anyone could rewrite the journal and make a held "
		    "message look relayed",
		    dir, (unsigned) (st.st_mode & 07777));
	} else if (st.st_mode & S_IWGRP) {
		say("warn", "state dir mode", NULL, "%s is group-writable (%04o): chmod 0700 %s",
		    dir, (unsigned) (st.st_mode & 07777), dir);
	} else {
		say("ok", "state dir mode", NULL, "%04o", (unsigned) (st.st_mode & 07777));
	}
	if (!bad && st.st_uid == geteuid() && access(dir, R_OK | W_OK | X_OK) < 0) {
		snprintf(fix, sizeof(fix), "chmod u+rwx %s", dir);
		say("FAIL", "state dir access", fix, "%s: %s", dir, strerror(errno));
	}
}

/* ---- per server ------------------------------------------------------------- */

static bool check_dns(const char *acct, const char *proto, const struct config_server *s)
{
	struct addrinfo hints = {.ai_socktype = SOCK_STREAM, .ai_flags = AI_ADDRCONFIG};
	struct addrinfo *res = NULL;
	char list[1024] = "", fix[1024];
	size_t off = 0;
	int r = getaddrinfo(s->host, NULL, &hints, &res);

	if (r != 0) {
		snprintf(fix, sizeof(fix),
		         "check %s.host (%s:%u) and the resolver of this machine: getent ahosts %s",
		         proto, s->file, s->line, s->host);
		say("FAIL", chk(acct, proto, "dns"), fix, "%s does not resolve: %s", s->host,
		    gai_strerror(r));
		return false;
	}
	for (struct addrinfo *ai = res; ai && off < sizeof(list); ai = ai->ai_next) {
		char h[NI_MAXHOST];
		if (getnameinfo(ai->ai_addr, ai->ai_addrlen, h, sizeof(h), NULL, 0, NI_NUMERICHOST))
			continue;
		char want[NI_MAXHOST + 4];
		snprintf(want, sizeof(want), " %s,", h);
		char have[sizeof(list) + 4];
		snprintf(have, sizeof(have), " %s,", list);
		if (strstr(have, want))
			continue;
		off += (size_t) snprintf(list + off, sizeof(list) - off, "%s%s", off ? ", " : "",
		                         h);
	}
	freeaddrinfo(res);
	say("ok", chk(acct, proto, "dns"), NULL, "%s has %s", s->host, list);
	return true;
}

static void say_connect_failure(const char *acct, const char *proto, const struct config_server *s,
                                const char *stage, const char *why)
{
	char fix[1024];

	if (streq(stage, "connect")) {
		snprintf(fix, sizeof(fix),
		         "is the server up and %s.port (%u) right for tls = \"%s\"? (%s:%u); a "
		         "firewall may drop the connection",
		         proto, s->port, config_tls_name(s->tls), s->file, s->line);
		say("FAIL", chk(acct, proto, "connect"), fix, "%s", why);
		return;
	}
	say("ok", chk(acct, proto, "connect"), NULL, "TCP %s:%u", s->host, s->port);
	if (streq(stage, "tls")) {
		snprintf(fix, sizeof(fix),
		         "the server's certificate must name %s and chain to %s; connect to the "
		         "name the certificate carries, or set %s.ca_file to the CA that signed it",
		         s->host, s->ca_file ? s->ca_file : "the system trust store", proto);
		say("FAIL", chk(acct, proto, "tls"), fix, "%s", why);
	} else if (streq(stage, "starttls")) {
		snprintf(fix, sizeof(fix),
		         "use the server's STARTTLS port, or tls = \"implicit\" with its TLS port "
		         "(%s:%u)",
		         s->file, s->line);
		say("FAIL", chk(acct, proto, "tls"), fix, "STARTTLS: %s", why);
	} else {
		snprintf(fix, sizeof(fix), "is %s:%u an %s server? (%s:%u)", s->host, s->port,
		         strstr(proto, "imap") ? "IMAP" : "SMTP", s->file, s->line);
		say("FAIL", chk(acct, proto, stage), fix, "%s", why);
	}
}

static void say_tls(const char *acct, const char *proto, const struct config_server *s,
                    const char *names)
{
	if (s->tls == ENDPOINT_TLS_NONE)
		say("warn", chk(acct, proto, "tls"), NULL,
		    "tls = \"none\": no TLS, the credential crosses the loopback interface in "
		    "clear");
	else
		say("ok", chk(acct, proto, "tls"), NULL, "%s verified, certificate names %s",
		    s->tls == ENDPOINT_TLS_IMPLICIT ? "implicit TLS" : "STARTTLS",
		    names[0] ? names : "(none)");
}

/* fetch_secret - runs the password/token command or reads the file, as the daemon does
 * at every connect. */
static int fetch_secret(const struct config *cfg, const char *acct, const char *proto,
                        const struct config_server *s, const struct endpoint *ep, char **ret)
{
	char err[512] = "", fix[1024];
	int r = secret_fetch(ep, cfg->timeouts.command, ret, err, sizeof(err));
	const char *what = s->secret == ENDPOINT_SECRET_PASSWORD_FILE      ? "password_file"
	                   : s->secret == ENDPOINT_SECRET_PASSWORD_COMMAND ? "password_command"
	                                                                   : "oauth2_token_command";

	if (r < 0) {
		if (s->secret == ENDPOINT_SECRET_PASSWORD_FILE)
			snprintf(fix, sizeof(fix),
			         "the daemon's user must be able to read %s (mode 0600, the "
			         "password "
			         "on its first line)",
			         s->secret_source);
		else
			snprintf(fix, sizeof(fix),
			         "run the %s by hand as the daemon's user: it must print the %s on "
			         "its "
			         "first line and exit 0 within %u s",
			         what,
			         s->secret == ENDPOINT_SECRET_OAUTH2_COMMAND ? "token" : "password",
			         cfg->timeouts.command);
		say("FAIL", chk(acct, proto, "secret"), fix, "%s: %s", what, err);
		return r;
	}
	if (s->secret == ENDPOINT_SECRET_PASSWORD_FILE)
		say("ok", chk(acct, proto, "secret"), NULL, "password_file %s read",
		    s->secret_source);
	else
		say("ok", chk(acct, proto, "secret"), NULL, "%s printed a %s", what,
		    s->secret == ENDPOINT_SECRET_OAUTH2_COMMAND ? "token" : "password");
	return 0;
}

static void say_login_failure(const char *acct, const char *proto, const struct config_server *s,
                              const char *mech, const char *why, const char *challenge)
{
	char fix[1024];

	if (s->secret == ENDPOINT_SECRET_OAUTH2_COMMAND)
		snprintf(fix, sizeof(fix),
		         "the server refused the token oauth2_token_command printed: refresh or "
		         "re-authorize the OAuth2 grant (it must be for %s and carry the scope the "
		         "server names), and check %s.user",
		         s->user, proto);
	else
		snprintf(
		        fix, sizeof(fix),
		        "check %s.user (\"%s\") and the password (%s:%u); Gmail and Outlook accept "
		        "only an app password or OAuth2 (oauth2_token_command)",
		        proto, s->user, s->file, s->line);
	if (challenge && challenge[0])
		say("FAIL", chk(acct, proto, "login"), fix,
		    "%s as %s refused: XOAUTH2 error: %s; server: %s", mech, s->user, challenge,
		    why);
	else
		say("FAIL", chk(acct, proto, "login"), fix, "%s as %s refused: %s", mech, s->user,
		    why);
}

/* ---- IMAP ------------------------------------------------------------------- */

/* System folders by name, in the languages Exchange, Outlook.com and Gmail localize
 * them into. Compared case-insensitively with the whole folder name. */
static const char *const system_names[] = {
        /* Outbox */
        "Outbox",
        "Postausgang",
        "Boîte d'envoi",
        "Bandeja de salida",
        "Posta in uscita",
        "Caixa de Saída",
        "Postvak UIT",
        "Skrzynka nadawcza",
        "Utkorgen",
        "Udbakke",
        "Utboks",
        "Lähtevät",
        "Исходящие",
        "送信トレイ",
        "发件箱",
        "寄件匣",
        /* Sent */
        "Sent",
        "Sent Items",
        "Sent Mail",
        "Sent Messages",
        "Gesendete Elemente",
        "Gesendet",
        "Éléments envoyés",
        "Elementos enviados",
        "Posta inviata",
        "Itens Enviados",
        "Verzonden items",
        "Elementy wysłane",
        "Skickat",
        "Отправленные",
        "送信済みアイテム",
        "已发送邮件",
        /* Drafts */
        "Drafts",
        "Entwürfe",
        "Brouillons",
        "Borradores",
        "Bozze",
        "Rascunhos",
        "Concepten",
        "Wersje robocze",
        "Utkast",
        "Черновики",
        "下書き",
        "草稿",
        /* Deleted */
        "Trash",
        "Bin",
        "Deleted Items",
        "Deleted Messages",
        "Gelöschte Elemente",
        "Papierkorb",
        "Éléments supprimés",
        "Elementos eliminados",
        "Posta eliminata",
        "Itens Excluídos",
        "Verwijderde items",
        "Elementy usunięte",
        "Borttagna objekt",
        "Удаленные",
        "削除済みアイテム",
        "已删除邮件",
        /* Junk */
        "Junk",
        "Junk E-mail",
        "Junk Email",
        "Spam",
        "Junk-E-Mail",
        "Courrier indésirable",
        "Correo no deseado",
        "Posta indesiderata",
        "Lixo Eletrônico",
        "Ongewenste e-mail",
        "Wiadomości-śmieci",
        "Skräppost",
        "Нежелательная почта",
        "迷惑メール",
        "垃圾邮件",
        /* Archive and Exchange's other built-ins */
        "Archive",
        "Archiv",
        "Archives",
        "Archivo",
        "Archivio",
        "Arquivo",
        "Archief",
        "Archiwum",
        "Arkiv",
        "Архив",
        "アーカイブ",
        "Conversation History",
        "Sync Issues",
        "Calendar",
        "Contacts",
        "Tasks",
        "Notes",
        "Journal",
        "RSS Feeds",
        "Kalender",
        "Kontakte",
        "Aufgaben",
        "Notizen",
        "Aufgezeichnete Unterhaltungen",
        "Synchronisierungsprobleme",
};

static const char *const special_flags[] = {"\\Sent",    "\\Drafts",  "\\Trash",    "\\Junk",
                                            "\\All",     "\\Archive", "\\Flagged",  "\\Spam",
                                            "\\AllMail", "\\Starred", "\\Important"};

static bool folder_eq(const char *a, const char *b)
{
	if (strcasecmp(a, "INBOX") == 0 || strcasecmp(b, "INBOX") == 0)
		return strcasecmp(a, b) == 0;
	return streq(a, b);
}

/* special_flag - the special-use attribute in flags, or NULL. */
static const char *special_flag(const char *flags)
{
	static char found[32];
	char list[1024];

	snprintf(list, sizeof(list), " %s ", flags);
	for (size_t i = 0; i < ELEMENTSOF(special_flags); i++) {
		char want[40];
		snprintf(want, sizeof(want), " %s ", special_flags[i]);
		if (strcasestr(list, want)) {
			snprintf(found, sizeof(found), "%s", special_flags[i]);
			return found;
		}
	}
	return NULL;
}

/* system_name - true when name (or name under INBOX/) is a known system folder. */
static bool system_name(const char *name)
{
	if (strncasecmp(name, "INBOX/", 6) == 0)
		name += 6;
	if (strncmp(name, "[Gmail]/", 8) == 0 || strncmp(name, "[Google Mail]/", 14) == 0)
		return true;
	for (size_t i = 0; i < ELEMENTSOF(system_names); i++)
		if (strcasecmp(name, system_names[i]) == 0)
			return true;
	return false;
}

static const struct imap_probe_folder *find_folder(const struct imap_probe_folder *f, size_t n,
                                                   const char *name)
{
	for (size_t i = 0; i < n; i++)
		if (folder_eq(f[i].name, name))
			return &f[i];
	return NULL;
}

static bool is_exchange(const struct imap_probe *p)
{
	static const char *const exchange[] = {"IMAP4REV1", "UIDPLUS",   "MOVE",
	                                       "ID",        "UNSELECT",  "CHILDREN",
	                                       "IDLE",      "NAMESPACE", "LITERAL+"};
	const char *seen = imap_probe_caps_seen(p);
	char want[64];

	if (strcasestr(imap_probe_greeting(p), "Microsoft Exchange"))
		return true;
	for (size_t i = 0; i < ELEMENTSOF(exchange); i++) {
		snprintf(want, sizeof(want), " %s ", exchange[i]);
		if (!strcasestr(seen, want))
			return false;
	}
	/* Dovecot, Gmail and Cyrus announce these; Exchange does not. */
	return !strcasestr(seen, " SPECIAL-USE ") && !strcasestr(seen, " X-GM-EXT-1 ") &&
	       !strcasestr(seen, " CONDSTORE ") && !strcasestr(seen, " ENABLE ");
}

static void check_caps(const char *acct, const struct config_account *a, struct imap_probe *p,
                       bool *ret_exchange)
{
	const char *caps = imap_probe_caps(p);
	bool move = imap_probe_has(p, "MOVE"), uidplus = imap_probe_has(p, "UIDPLUS");
	const char *v;

	say("ok", chk(acct, "imap", "capabilities"), NULL, "%.*s", (int) strlen(caps) - 2,
	    caps + 1);
	if (imap_probe_has(p, "IDLE"))
		say("ok", chk(acct, "imap", "IDLE"), NULL, "offered%s",
		    a->imap.idle ? "" : "; not used: idle = false polls with NOOP");
	else if (!a->imap.idle)
		say("ok", chk(acct, "imap", "IDLE"), NULL,
		    "not offered; idle = false polls with NOOP anyway");
	else
		say("warn", chk(acct, "imap", "IDLE"), NULL,
		    "not offered: aliasgated polls with NOOP every 30 s instead");
	if (uidplus)
		say("ok", chk(acct, "imap", "UIDPLUS"), NULL, "offered");
	else if (move)
		say("ok", chk(acct, "imap", "UIDPLUS"), NULL, "not offered; not needed, MOVE is");
	else
		say("FAIL", chk(acct, "imap", "UIDPLUS"),
		    "use an IMAP server with MOVE (RFC 6851) or UIDPLUS (RFC 4315); any current "
		    "Dovecot, Gmail or Exchange has both",
		    "neither MOVE nor UIDPLUS: aliasgated cannot move one message without "
		    "expunging others, so it never moves");
	if (move)
		say("ok", chk(acct, "imap", "MOVE"), NULL, "offered");
	else if (uidplus)
		say("warn", chk(acct, "imap", "MOVE"), NULL,
		    "not offered: moves are UID COPY + STORE \\Deleted + UID EXPUNGE (UIDPLUS)");
	else
		say("FAIL", chk(acct, "imap", "MOVE"),
		    "use an IMAP server with MOVE (RFC 6851) or UIDPLUS (RFC 4315)",
		    "not offered, and no UIDPLUS either");
	if (imap_probe_has(p, "SPECIAL-USE"))
		say("ok", chk(acct, "imap", "SPECIAL-USE"), NULL, "offered");
	else
		say("warn", chk(acct, "imap", "SPECIAL-USE"), NULL,
		    "not offered: the server does not mark its Sent, Drafts, Trash... folders, so "
		    "they are recognized by name only");
	v = imap_probe_cap_value(p, "APPENDLIMIT");
	if (!v) {
		say("ok", chk(acct, "imap", "APPENDLIMIT"), NULL, "not announced");
	} else {
		unsigned long long lim = strtoull(v, NULL, 10);
		if (lim && lim < MESSAGE_LIMIT)
			say("warn", chk(acct, "imap", "APPENDLIMIT"), NULL,
			    "%llu bytes (%.1f MiB), below the daemon's %llu MiB message limit: a "
			    "report quoting a larger message cannot be filed",
			    lim, (double) lim / 1048576.0, MESSAGE_LIMIT / 1048576);
		else
			say("ok", chk(acct, "imap", "APPENDLIMIT"), NULL, "%llu bytes (%.1f MiB)",
			    lim, (double) lim / 1048576.0);
	}
	if (strcasestr(imap_probe_caps_seen(p), " X-GM-EXT-1 ")) {
		say("warn", chk(acct, "imap", "gmail expunge"), NULL,
		    "Gmail: IMAP cannot read the 'When a message is marked as deleted and "
		    "expunged' setting: Settings > Forwarding and POP/IMAP > set 'Immediately "
		    "delete the message forever' or expunged mail stays in All Mail");
		say("info", chk(acct, "imap", "gmail connections"), NULL,
		    "Gmail: at most 15 simultaneous IMAP connections per account; aliasgated "
		    "uses one per account, mail clients of the seller use the rest");
		say("info", chk(acct, "imap", "gmail labels"), NULL,
		    "Gmail: labels need 'Show in IMAP' (Settings > Labels) or their folders are "
		    "invisible to aliasgated");
	}
	*ret_exchange = is_exchange(p);
	if (*ret_exchange) {
		say("warn", chk(acct, "imap", "exchange folders"), NULL,
		    "Exchange: folder names are localized (Outbox is Postausgang, Boîte d'envoi, "
		    "Bandeja de salida... in the mailbox's language) and the server marks none "
		    "with SPECIAL-USE: keep aliasgate's folders under a folder of their own "
		    "(AliasGate/...)");
		if (a->smtp.secret == ENDPOINT_SECRET_OAUTH2_COMMAND)
			say("ok", chk(acct, "imap", "exchange smtp auth"), NULL,
			    "Exchange: smtp uses OAuth2 (XOAUTH2)");
		else
			say("warn", chk(acct, "imap", "exchange smtp auth"), NULL,
			    "Exchange Online: basic authentication for SMTP AUTH ends by default "
			    "after December 2026: use OAuth2 (smtp.oauth2_token_command, XOAUTH2)");
	}
}

static void check_folders(const char *acct, const struct config_account *a, struct imap_probe *p,
                          bool create)
{
	static const char *const keys[] = {"watch",  "relayed",  "rejected",
	                                   "review", "approved", "reports"};
	const char *vals[] = {a->folders.watch,  a->folders.relayed,  a->folders.rejected,
	                      a->folders.review, a->folders.approved, a->folders.reports};
	struct imap_probe_folder *f = NULL;
	bool special_use = imap_probe_has(p, "SPECIAL-USE") || imap_probe_has(p, "XLIST");
	size_t n = 0;
	char check[128], fix[1024];
	int r = imap_probe_list(p, &f, &n);

	if (r < 0) {
		say("FAIL", chk(acct, "imap", "folders"), "see the server's words above",
		    "LIST: %s", imap_probe_last(p));
		return;
	}
	for (size_t i = 0; i < ELEMENTSOF(keys); i++) {
		const struct imap_probe_folder *hit = find_folder(f, n, vals[i]);
		const char *flag = hit ? special_flag(hit->flags) : NULL;
		bool named = system_name(vals[i]);

		snprintf(check, sizeof(check), "%s imap folder %s", acct, keys[i]);
		if (flag || (named && !special_use)) {
			snprintf(fix, sizeof(fix),
			         "set folders.%s to a folder of aliasgate's own, such as "
			         "\"AliasGate/%c%s\" (%s), and file alias mail there",
			         keys[i], keys[i][0] - 'a' + 'A', keys[i] + 1, a->imap.file);
			say("FAIL", check, fix,
			    "\"%s\" is a system folder (%s): the server or the seller's mail "
			    "client "
			    "uses it for its own mail",
			    vals[i], flag ? flag : "a built-in name, localized on Exchange");
			continue;
		}
		if (named)
			say("warn", check, NULL,
			    "\"%s\" is the name of a system folder on Exchange and Outlook (here "
			    "the "
			    "server does not mark it as one); a folder of aliasgate's own is safer",
			    vals[i]);
		if (hit && hit->selectable) {
			say("ok", check, NULL, "\"%s\" exists", vals[i]);
			continue;
		}
		if (create) {
			r = imap_probe_create(p, vals[i]);
			if (r == 0)
				say("ok", check, NULL, "\"%s\" created", vals[i]);
			else
				say("FAIL", check, "create it in the seller's mail client",
				    "\"%s\" does not exist and CREATE failed: %s", vals[i],
				    imap_probe_last(p));
			continue;
		}
		snprintf(fix, sizeof(fix),
		         "aliasgate doctor -c %s --create-folders creates it (aliasgated creates "
		         "missing folders when it connects)%s",
		         arg_config,
		         i == 0 ? "; the seller's filter must then file alias mail into it" : "");
		say("FAIL", check, fix, "\"%s\" does not exist", vals[i]);
	}
	/* The old default watch folder: mail filed there is read by nobody now. */
	bool outbox_used = false;
	for (size_t i = 0; i < ELEMENTSOF(vals); i++)
		outbox_used |= strcasecmp(vals[i], "Outbox") == 0;
	const struct imap_probe_folder *old = NULL;
	for (size_t i = 0; i < n && !outbox_used; i++)
		if (strcasecmp(f[i].name, "Outbox") == 0 && f[i].selectable)
			old = &f[i];
	if (old) {
		uint32_t msgs = 0;
		r = imap_probe_status(p, old->name, &msgs);
		if (r < 0)
			say("warn", chk(acct, "imap", "old Outbox"), NULL,
			    "\"%s\" exists and STATUS failed: %s", old->name, imap_probe_last(p));
		else if (msgs > 0)
			say("warn", chk(acct, "imap", "old Outbox"), NULL,
			    "\"%s\" still holds %u message%s: it was aliasgate's default watch "
			    "folder, "
			    "and nothing reads it now; move them to \"%s\" and point the seller's "
			    "filter there",
			    old->name, msgs, msgs == 1 ? "" : "s", a->folders.watch);
		else
			say("ok", chk(acct, "imap", "old Outbox"), NULL,
			    "\"%s\" (the old default watch folder) is empty", old->name);
	}
	imap_probe_folders_free(f, n);
}

/* imap_login - DNS, connect, TLS, the secret and the login on srv, each said; the
 * logged-in probe, or NULL after a FAIL. proto names the config group ("imap",
 * "notices.imap"). */
static struct imap_probe *imap_login(const struct config *cfg, const char *acct, const char *proto,
                                     const struct config_server *srv)
{
	struct imap_probe *p = NULL;
	struct endpoint ep;
	char names[1024], *secret = NULL;
	const char *mech = "";
	int r;

	config_endpoint(cfg, srv, &ep);
	if (!check_dns(acct, proto, srv))
		return NULL;
	r = imap_probe_open(&ep, &p);
	if (r < 0) {
		say_connect_failure(acct, proto, srv, imap_probe_stage(p), imap_probe_last(p));
		imap_probe_close(p);
		return NULL;
	}
	say("ok", chk(acct, proto, "connect"), NULL, "TCP %s:%u", srv->host, srv->port);
	imap_probe_cert_names(p, names, sizeof(names));
	say_tls(acct, proto, srv, names);
	if (fetch_secret(cfg, acct, proto, srv, &ep, &secret) < 0) {
		imap_probe_close(p);
		return NULL;
	}
	r = imap_probe_login(p, &ep, secret, &mech);
	secret_free(secret);
	if (r < 0) {
		say_login_failure(acct, proto, srv, mech, imap_probe_last(p),
		                  imap_probe_challenge(p));
		imap_probe_close(p);
		return NULL;
	}
	say("ok", chk(acct, proto, "login"), NULL, "%s logged in with %s", srv->user, mech);
	return p;
}

static void check_imap(const struct config *cfg, const struct config_account *a, bool create,
                       bool *ret_exchange)
{
	struct imap_probe *p = imap_login(cfg, a->name, "imap", &a->imap);

	*ret_exchange = false;
	if (!p)
		return;
	check_caps(a->name, a, p, ret_exchange);
	check_folders(a->name, a, p, create);
	imap_probe_close(p);
}

/* check_source - with seller_state, a notices or buyer_mail group on a login of its
 * own (seller_watch.h): that login as the account's, and its folder. The daemon creates
 * a missing notices folder; a missing buyer folder is a mistake. */
static void check_source(const struct config *cfg, const struct config_account *a,
                         const char *group, const struct config_server *srv, const char *folder,
                         bool create)
{
	char proto[32], check[160], fix[1024];
	struct imap_probe_folder *f = NULL;
	size_t n = 0;
	bool notices = streq(group, "notices");

	if (!a->seller_state || !srv)
		return;
	snprintf(proto, sizeof(proto), "%s.imap", group);
	struct imap_probe *p = imap_login(cfg, a->name, proto, srv);
	if (!p)
		return;
	snprintf(check, sizeof(check), "%s %s folder", a->name, group);
	if (imap_probe_list(p, &f, &n) < 0) {
		say("FAIL", check, "see the server's words above", "LIST: %s", imap_probe_last(p));
	} else if (find_folder(f, n, folder)) {
		say("ok", check, NULL, "\"%s\" exists on %s@%s", folder, srv->user, srv->host);
	} else if (notices && create && imap_probe_create(p, folder) == 0) {
		say("ok", check, NULL, "\"%s\" created on %s@%s", folder, srv->user, srv->host);
	} else if (notices) {
		say("warn", check, NULL, "\"%s\" is not on %s@%s yet: the daemon creates it",
		    folder, srv->user, srv->host);
	} else {
		snprintf(fix, sizeof(fix),
		         "set %s.folder to where buyer messages arrive on %s@%s, usually \"INBOX\" "
		         "(%s:%u)",
		         group, srv->user, srv->host, srv->file, srv->line);
		say("FAIL", check, fix, "\"%s\" does not exist on %s@%s", folder, srv->user,
		    srv->host);
	}
	imap_probe_folders_free(f, n);
	imap_probe_close(p);
}

/* ---- SMTP ------------------------------------------------------------------- */

static void check_smtp(const struct config *cfg, const struct config_account *a)
{
	const char *acct = a->name;
	struct smtp_probe *p = NULL;
	struct endpoint ep;
	char names[1024], param[512], fix[1024], *secret = NULL;
	const char *mech = "";
	int r;

	config_endpoint(cfg, &a->smtp, &ep);
	if (!check_dns(acct, "smtp", &a->smtp))
		return;
	r = smtp_probe_open(&ep, &p);
	if (r < 0) {
		const char *stage = smtp_probe_stage(p);
		say_connect_failure(acct, "smtp", &a->smtp, streq(stage, "ehlo") ? "EHLO" : stage,
		                    smtp_probe_last(p));
		smtp_probe_close(p);
		return;
	}
	say("ok", chk(acct, "smtp", "connect"), NULL, "TCP %s:%u", a->smtp.host, a->smtp.port);
	smtp_probe_cert_names(p, names, sizeof(names));
	say_tls(acct, "smtp", &a->smtp, names);
	say("ok", chk(acct, "smtp", "EHLO"), NULL, "%s", smtp_probe_ehlo_name(p));

	bool auth = smtp_probe_keyword(p, "AUTH", param, sizeof(param));
	if (!a->smtp.user) {
		say("ok", chk(acct, "smtp", "AUTH"), NULL, "not used (no smtp.user)%s%s",
		    auth ? "; offered: " : "", auth ? param : "");
	} else if (!auth) {
		snprintf(fix, sizeof(fix),
		         "%s(%s:%u); or remove smtp.user if the relay takes mail from this host "
		         "without a login",
		         a->smtp.tls == ENDPOINT_TLS_NONE
		                 ? "many servers offer AUTH only over TLS: set smtp.tls = "
		                   "\"starttls\" or \"implicit\" "
		                 : "use the provider's submission port (587 STARTTLS or 465 "
		                   "implicit) ",
		         a->smtp.file, a->smtp.line);
		say("FAIL", chk(acct, "smtp", "AUTH"), fix, "not offered, and smtp.user is set");
	} else {
		say("ok", chk(acct, "smtp", "AUTH"), NULL, "offered: %s", param);
		if (fetch_secret(cfg, acct, "smtp", &a->smtp, &ep, &secret) == 0) {
			r = smtp_probe_auth(p, &ep, secret, &mech);
			secret_free(secret);
			if (r < 0)
				say_login_failure(acct, "smtp", &a->smtp, mech, smtp_probe_last(p),
				                  smtp_probe_challenge(p));
			else
				say("ok", chk(acct, "smtp", "login"), NULL,
				    "%s logged in with AUTH %s", a->smtp.user, mech);
		}
	}
	if (smtp_probe_keyword(p, "8BITMIME", NULL, 0))
		say("ok", chk(acct, "smtp", "8BITMIME"), NULL, "offered");
	else
		say("warn", chk(acct, "smtp", "8BITMIME"), NULL,
		    "not offered: 8-bit messages go out without BODY=8BITMIME and the relay may "
		    "bounce or re-encode them");
	if (smtp_probe_keyword(p, "SMTPUTF8", NULL, 0))
		say("ok", chk(acct, "smtp", "SMTPUTF8"), NULL, "offered");
	else
		say("warn", chk(acct, "smtp", "SMTPUTF8"), NULL,
		    "not offered: a message with a non-ASCII address cannot be relayed");
	if (smtp_probe_keyword(p, "SIZE", param, sizeof(param))) {
		unsigned long long size = strtoull(param, NULL, 10);
		if (size && size < MESSAGE_LIMIT)
			say("warn", chk(acct, "smtp", "SIZE"), NULL,
			    "%llu bytes (%.1f MiB), below the daemon's %llu MiB message limit: the "
			    "relay refuses larger messages the rules passed",
			    size, (double) size / 1048576.0, MESSAGE_LIMIT / 1048576);
		else if (size)
			say("ok", chk(acct, "smtp", "SIZE"), NULL, "%llu bytes (%.1f MiB)", size,
			    (double) size / 1048576.0);
		else
			say("ok", chk(acct, "smtp", "SIZE"), NULL, "offered, no limit stated");
	} else {
		say("ok", chk(acct, "smtp", "SIZE"), NULL, "not announced");
	}
	smtp_probe_close(p);
}

int main(int argc, char **argv)
{
	static const struct option opts[] = {
	        {"config", required_argument, NULL, 'c'},
	        {"account", required_argument, NULL, 'a'},
	        {"create-folders", no_argument, NULL, 'C'},
	        {"help", no_argument, NULL, 'h'},
	        {},
	};
	_cleanup_(config_freep) struct config *cfg = NULL;
	const char *only = NULL;
	struct diag d = DIAG_INIT;
	bool create = false, found = false;
	int c, r;

	while ((c = getopt_long(argc, argv, "c:a:h", opts, NULL)) >= 0) {
		switch (c) {
		case 'c':
			arg_config = optarg;
			break;
		case 'a':
			only = optarg;
			break;
		case 'C':
			create = true;
			break;
		case 'h':
			usage(stdout);
			return EXIT_OK;
		default:
			usage(stderr);
			return EXIT_USAGE;
		}
	}
	if (optind < argc || !arg_config) {
		fprintf(stderr, "aliasgate doctor: %s\n",
		        arg_config ? "unexpected argument" : "-c FILE is required");
		usage(stderr);
		return EXIT_USAGE;
	}
	signal(SIGPIPE, SIG_IGN);

	r = config_load(arg_config, &d, &cfg);
	if (r < 0) {
		diag_print(&d, stderr);
		diag_clear(&d);
		fprintf(stderr, "aliasgate doctor: %s: configuration not loaded\n", arg_config);
		say("FAIL", "config", "correct every file:line above", "%s does not load",
		    arg_config);
		return EXIT_CONFIG;
	}
	diag_clear(&d);
	for (size_t i = 0; i < cfg->n_accounts; i++)
		found |= !only || streq(cfg->accounts[i].name, only);
	if (!found) {
		fprintf(stderr, "aliasgate doctor: %s: no account named \"%s\"\n", arg_config,
		        only);
		return EXIT_USAGE;
	}
	say("ok", "config", NULL, "%s loads: %zu account%s", arg_config, cfg->n_accounts,
	    cfg->n_accounts == 1 ? "" : "s");
	check_rules(cfg);
	check_state_dir(cfg);
	for (size_t i = 0; i < cfg->n_accounts; i++) {
		bool exchange;
		if (only && !streq(cfg->accounts[i].name, only))
			continue;
		check_imap(cfg, &cfg->accounts[i], create, &exchange);
		check_source(cfg, &cfg->accounts[i], "notices", cfg->accounts[i].notices_imap,
		             cfg->accounts[i].notices_folder, create);
		check_source(cfg, &cfg->accounts[i], "buyer_mail", cfg->accounts[i].buyer_imap,
		             cfg->accounts[i].buyer_folder, false);
		check_smtp(cfg, &cfg->accounts[i]);
	}
	if (fflush(stdout) != 0)
		return EXIT_FAILED;
	return n_fail ? EXIT_FAILED : EXIT_OK;
}
