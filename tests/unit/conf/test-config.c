/* Unit tests for lib/config.c: small config files in a temp dir, every kind of error
 * with its line, defaults, password file checks, and the shipped example. */
#include <errno.h>
#include <fcntl.h>
#include <stdbool.h>
#include <sys/stat.h>
#include <unistd.h>

#include "config.h"
#include "test.h"

#ifndef AG_SOURCE_RULES
#error "AG_SOURCE_RULES (the source tree's rules/) locates conf/aliasgate.conf"
#endif

static char dir[64];
static char *secret_path; /* dir/pw, mode 0600 */

static char *write_file(const char *name, const char *content, mode_t mode)
{
	char *p = xasprintf("%s/%s", dir, name);
	unlink(p);
	int fd = open(p, O_WRONLY | O_CREAT | O_TRUNC, 0600);
	if (fd < 0 || write(fd, content, strlen(content)) != (ssize_t) strlen(content))
		abort();
	close(fd);
	chmod(p, mode);
	return p;
}

/* Loads text as a config; returns the result code, diagnostics in d. */
static int load(const char *text, struct diag *d, struct config **c)
{
	_cleanup_(freep) char *p = write_file("test.conf", text, 0644);
	diag_clear(d);
	*c = NULL;
	return config_load(p, d, c);
}

/* True when some diagnostic is on line `line` and contains `needle`. */
static bool has_diag(const struct diag *d, unsigned line, const char *needle)
{
	for (size_t i = 0; i < d->n; i++)
		if ((line == 0 || d->v[i].line == line) && strstr(d->v[i].text, needle) &&
		    d->v[i].file && strstr(d->v[i].file, "test.conf"))
			return true;
	return false;
}

static void dump(const struct diag *d)
{
	for (size_t i = 0; i < d->n; i++) {
		char *s = diag_format(d, i);
		printf("  diag: %s\n", s);
		free(s);
	}
}

#define MINIMAL                                                                                    \
	"accounts = ( {\n"                                                                         \
	"  name = \"a\";\n"                                                                        \
	"  imap = { host = \"imap.example.net\"; user = \"u\"; password_file = \"pw\"; };\n"       \
	"  smtp = { host = \"smtp.example.net\"; };\n"                                             \
	"} );\n"

static void test_defaults(void)
{
	test_begin("config defaults filled");
	struct diag d = DIAG_INIT;
	struct config *c;
	int r = load(MINIMAL, &d, &c);
	test_assert(r == 0);
	if (r != 0) {
		dump(&d);
		test_end();
		return;
	}
	test_assert_streq(c->rules_dir, "/usr/share/aliasgate/rules");
	test_assert_streq(c->local_rules_dir, "/etc/aliasgate/rules.d");
	test_assert_streq(c->state_dir, "/var/lib/aliasgate");
	test_assert(c->n_alias_domains == 21);
	bool com = false, jp = false, be = false;
	for (size_t i = 0; i < c->n_alias_domains; i++) {
		com |= streq(c->alias_domains[i], "marketplace.amazon.com");
		jp |= streq(c->alias_domains[i], "marketplace.amazon.co.jp");
		be |= streq(c->alias_domains[i], "marketplace.amazon.com.be");
	}
	test_assert(com && jp && be);
	test_assert(c->timeouts.connect == 30 && c->timeouts.command == 60);
	test_assert(c->timeouts.idle_refresh == 540 && c->timeouts.data_final == 600);
	test_assert(c->retry_max_age == 432000);
	test_assert(c->journal_keep == 30 * 86400);
	test_assert(c->n_accounts == 1);
	const struct config_account *a = &c->accounts[0];
	test_assert_streq(a->name, "a");
	test_assert(a->imap.port == 993 && a->imap.tls == ENDPOINT_TLS_IMPLICIT && a->imap.idle);
	test_assert(a->imap.secret == ENDPOINT_SECRET_PASSWORD_FILE);
	test_assert_streq(a->imap.secret_source, secret_path);
	test_assert(a->smtp.port == 587 && a->smtp.tls == ENDPOINT_TLS_STARTTLS);
	test_assert(a->smtp.secret == ENDPOINT_SECRET_NONE && a->smtp.user == NULL);
	test_assert(a->smtp.helo && *a->smtp.helo);
	test_assert(a->smtp.envelope_from == NULL);
	test_assert_streq(a->folders.watch, "AliasGate/Queue");
	test_assert_streq(a->folders.relayed, "AliasGate/Relayed");
	test_assert_streq(a->folders.rejected, "AliasGate/Rejected");
	test_assert_streq(a->folders.review, "AliasGate/Review");
	test_assert_streq(a->folders.approved, "AliasGate/Approved");
	test_assert_streq(a->folders.reports, "INBOX");
	test_assert(a->report == CONFIG_REPORT_APPEND && a->mode == CONFIG_MODE_ENFORCE);
	test_assert_streq(a->imap.file, c->file);
	test_assert(a->imap.line == 3);
	config_free(c);

	/* Ports follow tls when not given. */
	r = load("accounts = ( { name = \"a\";\n"
	         "  imap = { host = \"127.0.0.1\"; tls = \"starttls\"; user = \"u\";"
	         " password_command = \"echo x\"; idle = false; };\n"
	         "  smtp = { host = \"s\"; tls = \"implicit\"; helo = \"me.example\";"
	         " envelope_from = \"seller@example.net\"; };\n"
	         "  report = \"both\"; mode = \"monitor\"; } );\n",
	         &d, &c);
	test_assert(r == 0);
	if (r == 0) {
		a = &c->accounts[0];
		test_assert(a->imap.port == 143 && !a->imap.idle);
		test_assert(a->imap.secret == ENDPOINT_SECRET_PASSWORD_COMMAND);
		test_assert_streq(a->imap.secret_source, "echo x");
		test_assert(a->smtp.port == 465);
		test_assert_streq(a->smtp.helo, "me.example");
		test_assert_streq(a->smtp.envelope_from, "seller@example.net");
		test_assert(a->report == CONFIG_REPORT_BOTH && a->mode == CONFIG_MODE_MONITOR);
		config_free(c);
	} else {
		dump(&d);
	}
	diag_clear(&d);
	test_end();
}

struct bad {
	const char *text;
	unsigned line;
	const char *needle;
};

/* Each config has exactly one problem, on the given line. */
static const struct bad bads[] = {
        {"bogus = 1;\n" MINIMAL, 1, "unknown key 'bogus'"},
        {"timeouts = { connect = 5; conect = 3; };\n" MINIMAL, 1, "unknown key 'conect'"},
        {"accounts = ( { name = \"a\";\n"
         "  imap = { host = \"h\"; user = \"u\"; pasword_file = \"pw\"; password_file = \"pw\"; "
         "};\n"
         "  smtp = { host = \"s\"; }; } );\n",
         2, "unknown key 'pasword_file'"},
        {"accounts = ( { name = \"a\"; colour = \"red\";\n"
         "  imap = { host = \"h\"; user = \"u\"; password_file = \"pw\"; };\n"
         "  smtp = { host = \"s\"; }; } );\n",
         1, "unknown key 'colour'"},
        {"accounts = ( { name = \"a\";\n"
         "  imap = { host = \"h\"; user = \"u\"; password_file = \"pw\"; };\n"
         "  smtp = { host = \"s\"; idle = true; }; } );\n",
         3, "unknown key 'idle'"},
        {"accounts = ( { name = \"a\";\n"
         "  imap = { host = \"h\"; user = \"u\"; password_file = \"pw\"; };\n"
         "  smtp = { host = \"s\"; };\n"
         "  folders = { watch = \"O\"; inbox = \"I\"; }; } );\n",
         4, "unknown key 'inbox'"},
        {"state_dir = 5;\n" MINIMAL, 1, "must be a string"},
        {"timeouts = { connect = \"30\"; };\n" MINIMAL, 1, "must be an integer"},
        {"timeouts = { idle_refresh = 1800; };\n" MINIMAL, 1, "between 1 and 1740"},
        {"retry_max_age = 0;\n" MINIMAL, 1, "between 1 and"},
        {"alias_domains = \"marketplace.amazon.com\";\n" MINIMAL, 1, "must be an array"},
        {"alias_domains = [ ];\n" MINIMAL, 1, "empty"},
        {"alias_domains = [ \"not a domain\" ];\n" MINIMAL, 1, "not an alias domain"},
        {"alias_domains = [ \".\" ];\n" MINIMAL, 1, "not an alias domain"},
        {"alias_domains = [ \"..com\" ];\n" MINIMAL, 1, "not an alias domain"},
        {"alias_domains = [ \"amazon.com\" ];\n" MINIMAL, 1, "not an alias domain"},
        {"rules_dir = \"/x\";\n", 0, "no accounts"},
        {"accounts = { name = \"a\"; };\n", 1, "must be a list"},
        {"accounts = ( {\n"
         "  imap = { host = \"h\"; user = \"u\"; password_file = \"pw\"; };\n"
         "  smtp = { host = \"s\"; }; } );\n",
         1, "no name"},
        {"accounts = ( { name = \"a/b\";\n"
         "  imap = { host = \"h\"; user = \"u\"; password_file = \"pw\"; };\n"
         "  smtp = { host = \"s\"; }; } );\n",
         1, "may contain only"},
        {"accounts = ( { name = \"a\";\n"
         "  smtp = { host = \"s\"; }; } );\n",
         1, "no imap"},
        {"accounts = ( { name = \"a\";\n"
         "  imap = { user = \"u\"; password_file = \"pw\"; };\n"
         "  smtp = { host = \"s\"; }; } );\n",
         2, "imap.host is required"},
        {"accounts = ( { name = \"a\";\n"
         "  imap = { host = \"h\"; password_file = \"pw\"; };\n"
         "  smtp = { host = \"s\"; }; } );\n",
         2, "imap.user is required"},
        {"accounts = ( { name = \"a\";\n"
         "  imap = { host = \"h\"; user = \"u\"; password_file = \"pw\"; };\n"
         "  smtp = { port = 25; }; } );\n",
         3, "smtp.host is required"},
        {"accounts = ( { name = \"a\";\n"
         "  imap = { host = \"h\"; user = \"u\"; };\n"
         "  smtp = { host = \"s\"; }; } );\n",
         2, "imap needs one of"},
        {"accounts = ( { name = \"a\";\n"
         "  imap = { host = \"h\"; user = \"u\"; password_file = \"pw\";\n"
         "           password_command = \"echo\"; };\n"
         "  smtp = { host = \"s\"; }; } );\n",
         3, "only one of"},
        {"accounts = ( { name = \"a\";\n"
         "  imap = { host = \"h\"; user = \"u\"; password_file = \"pw\"; };\n"
         "  smtp = { host = \"s\"; user = \"u\"; }; } );\n",
         3, "none of password_file"},
        {"accounts = ( { name = \"a\";\n"
         "  imap = { host = \"h\"; user = \"u\"; password_file = \"pw\"; };\n"
         "  smtp = { host = \"s\"; password_command = \"x\"; }; } );\n",
         3, "credential but no user"},
        {"accounts = ( { name = \"a\";\n"
         "  imap = { host = \"imap.example.net\"; tls = \"none\"; user = \"u\";"
         " password_file = \"pw\"; };\n"
         "  smtp = { host = \"s\"; }; } );\n",
         2, "loopback"},
        {"accounts = ( { name = \"a\";\n"
         "  imap = { host = \"h\"; user = \"u\"; password_file = \"pw\"; };\n"
         "  smtp = { host = \"128.0.0.1\";\n"
         "           tls = \"none\"; }; } );\n",
         4, "loopback"},
        {"accounts = ( { name = \"a\";\n"
         "  imap = { host = \"h\"; tls = \"ssl\"; user = \"u\"; password_file = \"pw\"; };\n"
         "  smtp = { host = \"s\"; }; } );\n",
         2, "implicit, starttls or none"},
        {"accounts = ( { name = \"a\";\n"
         "  imap = { host = \"h\"; port = 70000; user = \"u\"; password_file = \"pw\"; };\n"
         "  smtp = { host = \"s\"; }; } );\n",
         2, "between 1 and 65535"},
        {"accounts = ( { name = \"a\";\n"
         "  imap = { host = \"h\"; port = 0; user = \"u\"; password_file = \"pw\"; };\n"
         "  smtp = { host = \"s\"; }; } );\n",
         2, "between 1 and 65535"},
        {"accounts = ( { name = \"a\";\n"
         "  imap = { host = \"h\"; user = \"u\"; password_file = \"pw\"; idle = 1; };\n"
         "  smtp = { host = \"s\"; }; } );\n",
         2, "true or false"},
        {"accounts = ( { name = \"a\";\n"
         "  imap = { host = \"h\"; user = \"u\"; password_file = \"pw\"; };\n"
         "  smtp = { host = \"s\"; };\n"
         "  folders = { reports = \"AliasGate/Queue\"; }; } );\n",
         4, "must differ from folders.watch"},
        {"accounts = ( { name = \"a\";\n"
         "  imap = { host = \"h\"; user = \"u\"; password_file = \"pw\"; };\n"
         "  smtp = { host = \"s\"; };\n"
         "  folders = { relayed = \"AliasGate/Approved\"; }; } );\n",
         4, "must differ from folders.approved"},
        {"accounts = ( { name = \"a\";\n"
         "  imap = { host = \"h\"; user = \"u\"; password_file = \"pw\"; };\n"
         "  smtp = { host = \"s\"; };\n"
         "  report = \"email\"; } );\n",
         4, "append, mail or both"},
        {"accounts = ( { name = \"a\";\n"
         "  imap = { host = \"h\"; user = \"u\"; password_file = \"pw\"; };\n"
         "  smtp = { host = \"s\"; };\n"
         "  mode = \"audit\"; } );\n",
         4, "enforce or monitor"},
        {"accounts = ( { name = \"a\";\n"
         "  imap = { host = \"h\"; user = \"u\"; password_file = \"pw\"; };\n"
         "  smtp = { host = \"s\"; } },\n"
         "  { name = \"a\";\n"
         "  imap = { host = \"h\"; user = \"u2\"; password_file = \"pw\"; };\n"
         "  smtp = { host = \"s\"; }; } );\n",
         4, "duplicate account name \"a\" (also on line 1)"},
        {"accounts = ( { name = \"a\";\n"
         "  imap = { host = \"h\"; user = \"u\"; password_file = \"pw\"; };\n"
         "  smtp = { host = \"s\"; } },\n"
         "  { name = \"b\";\n"
         "  imap = { host = \"H\"; user = \"u\"; password_file = \"pw\"; };\n"
         "  folders = { watch = \"aliasgate/queue\"; relayed = \"x/r\"; };\n"
         "  smtp = { host = \"s\"; }; } );\n",
         4, "watch the same folder"},
        {"accounts = ( { name = \"a\";\n"
         "  imap = { host = \"h\"; user = \"u\"; password_file = \"pw\"; };\n"
         "  folders = { watch = \"INBOX\"; approved = \"Inbox\"; reports = \"R\"; };\n"
         "  smtp = { host = \"s\"; }; } );\n",
         3, "must differ from folders.watch"},
        {"accounts = ( { name = \"a\";\n"
         "  imap = { host = \"h\"; user = \"u\"; password_file = \"pw\"; };\n"
         "  folders = { watch = \"INBOX\"; relayed = \"inbox\"; reports = \"R\"; };\n"
         "  smtp = { host = \"s\"; }; } );\n",
         3, "must differ from folders.watch"},
        {"accounts = ( { name = \"a\";\n"
         "  imap = { host = \"h\"; user = \"u\"; password_file = \"pw\"; };\n"
         "  folders = { watch = \"Outbox/\"; };\n"
         "  smtp = { host = \"s\"; }; } );\n",
         3, "is not a folder name"},
        {"accounts = ( { name = \"a\";\n"
         "  imap = { host = \"h\"; user = \"u\"; password_file = \"pw\"; };\n"
         "  envelope_recipient_header = \"X-Original-To:\";\n"
         "  smtp = { host = \"s\"; }; } );\n",
         3, "not a header field name"},
        {"accounts = ( { name = \"a\";\n"
         "  imap = { host = \"h\"; user = \"u\"; password_file = \"nosuch\"; };\n"
         "  smtp = { host = \"s\"; }; } );\n",
         2, "No such file"},
        {"accounts = ( { name = \"a\";\n"
         "  imap = { host = \"h\"; user = \"u\"; password_file = \"pw\"; };\n"
         "  smtp = { host = \"s\"; envelope_from = \"a b@c\"; }; } );\n",
         3, "not a plain address"},
        {"accounts = ( { name = \"a\";\n"
         "  imap = { host = \"h\"; user = \"u\"; password_file = \"pw\"; };\n"
         "  smtp = { host = \"s\"; ca_file = \"/nonexistent/ca.pem\"; }; } );\n",
         3, "ca_file"},
        {"accounts = ( { name = \"a\";\n"
         "  imap = { host = \"h\"; user = \"\"; password_file = \"pw\"; };\n"
         "  smtp = { host = \"s\"; }; } );\n",
         2, "must not be empty"},
        {"accounts = ( { name = \"a\";\n"
         "  imap = { host = ; } } );\n",
         2, "syntax error"},
        {"accounts = ( { name = \"a\";\n"
         "  imap = { host = \"h\"; user = \"u\"; password_file = \"pw\"; };\n"
         "  smtp = { host = \"s\"; };\n"
         "  approved_senders = ( { marketplaces = [ \"marketplace.amazon.de\" ]; } ); } );\n",
         4, "addresses is required"},
        {"accounts = ( { name = \"a\";\n"
         "  imap = { host = \"h\"; user = \"u\"; password_file = \"pw\"; };\n"
         "  smtp = { host = \"s\"; };\n"
         "  approved_senders = ( { marketplaces = [ \"amazon\" ]; addresses = [ \"s@x.de\" ]; } ); "
         "} );\n",
         4, "is not a marketplace"},
        {"accounts = ( { name = \"a\";\n"
         "  imap = { host = \"h\"; user = \"u\"; password_file = \"pw\"; };\n"
         "  smtp = { host = \"s\"; };\n"
         "  approved_senders = ( { marketplaces = [ \"marketplace.amazon.de\" ]; addresses = [ "
         "\"not an address\" ]; } ); } );\n",
         4, "not a plain address"},
        {"accounts = ( { name = \"a\";\n"
         "  imap = { host = \"h\"; user = \"u\"; password_file = \"pw\"; };\n"
         "  smtp = { host = \"s\"; };\n"
         "  approved_senders = ( { marketplaces = [ \"marketplace.amazon.de\" ]; addresses = [ "
         "\"s@x.de\" ]; colour = 1; } ); } );\n",
         4, "unknown key 'colour'"},
        {"accounts = ( { name = \"a\";\n"
         "  imap = { host = \"h\"; user = \"u\"; password_file = \"pw\"; };\n"
         "  smtp = { host = \"s\"; };\n"
         "  approved_senders = ( ); } );\n",
         4, "approved_senders is empty"},
        {"accounts = ( { name = \"a\";\n"
         "  imap = { host = \"h\"; user = \"u\"; password_file = \"pw\"; };\n"
         "  smtp = { host = \"s\"; };\n"
         "  approved_senders = { }; } );\n",
         4, "must be a list"},
        {"accounts = ( { name = \"a\";\n"
         "  imap = { host = \"h\"; user = \"u\"; password_file = \"pw\"; };\n"
         "  smtp = { host = \"s\"; };\n"
         "  seller_state = \"yes\"; } );\n",
         4, "must be true or false"},
        {"accounts = ( { name = \"a\";\n"
         "  imap = { host = \"h\"; user = \"u\"; password_file = \"pw\"; };\n"
         "  smtp = { host = \"s\"; };\n"
         "  average_daily_orders = ( { marketplace = \"marketplace.amazon.de\"; orders = -1; } ); "
         "} );\n",
         4, "between 0 and"},
        {"accounts = ( { name = \"a\";\n"
         "  imap = { host = \"h\"; user = \"u\"; password_file = \"pw\"; };\n"
         "  smtp = { host = \"s\"; };\n"
         "  average_daily_orders = ( { marketplace = \"marketplace.amazon.de\"; } ); } );\n",
         4, "needs marketplace and orders"},
        {"accounts = ( { name = \"a\";\n"
         "  imap = { host = \"h\"; user = \"u\"; password_file = \"pw\"; };\n"
         "  smtp = { host = \"s\"; };\n"
         "  average_daily_orders = ( { marketplace = \"marketplace.amazon.de\"; orders = 1; }, { "
         "marketplace = \"Marketplace.Amazon.DE\"; orders = 2; } ); } );\n",
         4, "listed twice"},
        {"state_keep = 0;\n" MINIMAL, 1, "between 1 and 3650"},
};

static void test_directory(void)
{
	struct diag d = DIAG_INIT;
	struct config *c = NULL;

	test_begin("config path that is a directory");
	test_assert(config_load("/tmp", &d, &c) == -EISDIR && c == NULL);
	test_assert(d.n == 1 && strstr(d.v[0].text, "is a directory"));
	diag_clear(&d);
	test_end();
}

static void test_errors(void)
{
	test_begin("config every error kind with its line");
	struct diag d = DIAG_INIT;
	for (size_t i = 0; i < ELEMENTSOF(bads); i++) {
		struct config *c;
		int r = load(bads[i].text, &d, &c);
		test_assert_idx(r == -EINVAL, i);
		test_assert_idx(c == NULL, i);
		test_assert_idx(d.n >= 1, i);
		bool ok = has_diag(&d, bads[i].line, bads[i].needle);
		test_assert_idx(ok, i);
		/* One problem, one diagnostic (the no-name case may add nothing else). */
		test_assert_idx(d.n == 1, i);
		if (!ok || d.n != 1)
			dump(&d);
		config_free(c);
	}
	diag_clear(&d);
	test_end();
}

static void test_multiple(void)
{
	test_begin("config lists every problem");
	struct diag d = DIAG_INIT;
	struct config *c;
	int r = load("typo = 1;\n"
	             "timeouts = { connect = 0; };\n"
	             "accounts = ( { name = \"a\";\n"
	             "  imap = { host = \"h\"; user = \"u\"; tls = \"tls\"; };\n"
	             "  smtp = { host = \"s\"; port = 99999; };\n"
	             "  mode = \"x\"; } );\n",
	             &d, &c);
	test_assert(r == -EINVAL && c == NULL);
	test_assert(has_diag(&d, 1, "unknown key 'typo'"));
	test_assert(has_diag(&d, 2, "between 1 and 3600"));
	test_assert(has_diag(&d, 4, "implicit, starttls or none"));
	test_assert(has_diag(&d, 4, "imap needs one of"));
	test_assert(has_diag(&d, 5, "between 1 and 65535"));
	test_assert(has_diag(&d, 6, "enforce or monitor"));
	test_assert(d.n == 6);
	/* An unreadable file is one diagnostic naming it, and an errno. */
	diag_clear(&d);
	_cleanup_(freep) char *missing = xasprintf("%s/missing.conf", dir);
	test_assert(config_load(missing, &d, &c) == -ENOENT && c == NULL);
	test_assert(d.n == 1 && streq(d.v[0].file, missing));
	diag_clear(&d);
	test_assert(load("typo = 1;\n", &d, &c) == -EINVAL);
	/* The formatted form is what --check-config prints. */
	_cleanup_(freep) char *s = diag_format(&d, 0);
	test_assert(s && strstr(s, "test.conf:1: ") != NULL);
	diag_clear(&d);
	test_end();
}

static void test_password_file(void)
{
	test_begin("config password file perms and CREDENTIALS_DIRECTORY");
	struct diag d = DIAG_INIT;
	struct config *c;

	/* Group- or world-readable: refused, like fetchmail. */
	chmod(secret_path, 0640);
	test_assert(load(MINIMAL, &d, &c) == -EINVAL);
	test_assert(has_diag(&d, 3, "group or others"));
	chmod(secret_path, 0604);
	test_assert(load(MINIMAL, &d, &c) == -EINVAL);
	test_assert(has_diag(&d, 3, "group or others"));
	chmod(secret_path, 0400);
	test_assert(load(MINIMAL, &d, &c) == 0);
	config_free(c);
	chmod(secret_path, 0600);

	/* Relative names resolve in $CREDENTIALS_DIRECTORY first. */
	_cleanup_(freep) char *creds = xasprintf("%s/creds", dir);
	mkdir(creds, 0700);
	setenv("CREDENTIALS_DIRECTORY", creds, 1);
	test_assert(load(MINIMAL, &d, &c) == -EINVAL);
	test_assert(has_diag(&d, 3, "creds/pw"));
	_cleanup_(freep) char *cpw = xasprintf("%s/pw", creds);
	int fd = open(cpw, O_WRONLY | O_CREAT | O_TRUNC, 0600);
	test_assert(fd >= 0 && write(fd, "x\n", 2) == 2);
	close(fd);
	test_assert(load(MINIMAL, &d, &c) == 0);
	if (c) {
		test_assert_streq(c->accounts[0].imap.secret_source, cpw);
		config_free(c);
	}
	unsetenv("CREDENTIALS_DIRECTORY");
	unlink(cpw);
	rmdir(creds);

	/* An absolute path is used as given. */
	_cleanup_(freep) char *abs =
	        xasprintf("accounts = ( { name = \"a\";\n"
	                  "  imap = { host = \"h\"; user = \"u\"; password_file = \"%s\"; };\n"
	                  "  smtp = { host = \"s\"; }; } );\n",
	                  secret_path);
	test_assert(load(abs, &d, &c) == 0);
	if (c) {
		test_assert_streq(c->accounts[0].imap.secret_source, secret_path);
		config_free(c);
	}
	diag_clear(&d);
	test_end();
}

static void test_loopback(void)
{
	test_begin("config tls none on loopback hosts");
	static const char *const ok[] = {"127.0.0.1", "127.1.2.3", "::1",
	                                 "[::1]",     "localhost", "LOCALHOST"};
	static const char *const no[] = {"10.0.0.1", "::2", "localhost.example.net", "128.0.0.1"};
	struct diag d = DIAG_INIT;
	struct config *c;
	for (size_t i = 0; i < ELEMENTSOF(ok) + ELEMENTSOF(no); i++) {
		bool good = i < ELEMENTSOF(ok);
		const char *h = good ? ok[i] : no[i - ELEMENTSOF(ok)];
		_cleanup_(freep) char *t =
		        xasprintf("accounts = ( { name = \"a\";\n"
		                  "  imap = { host = \"%s\"; tls = \"none\"; user = \"u\";"
		                  " password_file = \"pw\"; };\n"
		                  "  smtp = { host = \"%s\"; tls = \"none\"; }; } );\n",
		                  h, h);
		int r = load(t, &d, &c);
		test_assert_idx(good ? r == 0 : r == -EINVAL, i);
		test_assert_idx(good || d.n == 2, i);
		if (c) {
			test_assert_idx(c->accounts[0].imap.port == 143, i);
			test_assert_idx(c->accounts[0].smtp.port == 587, i);
		}
		config_free(c);
	}
	diag_clear(&d);
	test_end();
}

static void test_metrics(void)
{
	test_begin("config metrics listen, allow_remote and stats_keep");
	struct diag d = DIAG_INIT;
	struct config *c;
	static const struct {
		const char *group;
		int ok; /* 1 valid, 0 refused */
		const char *listen, *needle;
	} rows[] = {
	        {"listen = \"127.0.0.1:9464\";", 1, "127.0.0.1:9464", NULL},
	        {"listen = \"[::1]:9464\";", 1, "[::1]:9464", NULL},
	        {"listen = \"localhost:9464\";", 1, "localhost:9464", NULL},
	        {"listen = \"unix:/run/aliasgate/metrics.sock\";", 1,
	         "unix:/run/aliasgate/metrics.sock", NULL},
	        {"listen = \"0.0.0.0:9464\"; allow_remote = true;", 1, "0.0.0.0:9464", NULL},
	        {"listen = \"0.0.0.0:9464\";", 0, NULL, "not a loopback address"},
	        {"listen = \"192.0.2.7:9464\"; allow_remote = false;", 0, NULL,
	         "not a loopback address"},
	        {"listen = \"[2001:db8::1]:9464\";", 0, NULL, "not a loopback address"},
	        {"listen = \"127.0.0.1\";", 0, NULL, "not \"unix:/path\""},
	        {"listen = \"127.0.0.1:0\";", 0, NULL, "port must be"},
	        {"listen = \"127.0.0.1:99999\";", 0, NULL, "port must be"},
	        {"listen = \"metrics.example.net:9464\";", 0, NULL, "must be numeric"},
	        {"listen = \"unix:relative.sock\";", 0, NULL, "absolute path"},
	        {"allow_remote = true;", 0, NULL, "metrics.listen is required"},
	        {"listen = \"127.0.0.1:9464\"; port = 1;", 0, NULL, "unknown key 'port'"},
	        {"listen = \"127.0.0.1:9464\"; allow_remote = 1;", 0, NULL, "true or false"},
	};
	for (size_t i = 0; i < ELEMENTSOF(rows); i++) {
		_cleanup_(freep) char *t = xasprintf("metrics = { %s };\n" MINIMAL, rows[i].group);
		int r = load(t, &d, &c);
		test_assert_idx(rows[i].ok ? r == 0 : r == -EINVAL, i);
		if (rows[i].ok && c)
			test_assert_idx(
			        c->metrics.listen && streq(c->metrics.listen, rows[i].listen), i);
		if (!rows[i].ok) {
			bool found = has_diag(&d, 1, rows[i].needle);
			test_assert_idx(found && d.n == 1, i);
			if (!found || d.n != 1)
				dump(&d);
		}
		config_free(c);
	}
	/* defaults: off, 400 days */
	test_assert(load(MINIMAL, &d, &c) == 0);
	test_assert(c && !c->metrics.listen && !c->metrics.allow_remote && c->stats_keep == 400);
	config_free(c);
	test_assert(load("stats_keep = 30;\n" MINIMAL, &d, &c) == 0);
	test_assert(c && c->stats_keep == 30);
	config_free(c);
	test_assert(load("stats_keep = 40000;\n" MINIMAL, &d, &c) == -EINVAL);
	test_assert(has_diag(&d, 1, "stats_keep must be between 0 and 36500"));
	diag_clear(&d);
	test_end();
}

static void test_print(void)
{
	test_begin("config_print round trip, no secret");
	struct diag d = DIAG_INIT;
	struct config *c, *c2;
	test_assert(load("alias_domains = [ \"Marketplace.Amazon.DE\" ];\n"
	                 "accounts = ( { name = \"a\";\n"
	                 "  imap = { host = \"h\"; user = \"u\"; password_file = \"pw\"; };\n"
	                 "  smtp = { host = \"s\"; user = \"u\";"
	                 " oauth2_token_command = \"get-token \\\"q\\\"\"; };\n"
	                 "  folders = { watch = \"Ausgang/Kund\xc3\xa4n\"; }; } );\n",
	                 &d, &c) == 0);
	if (!c) {
		dump(&d);
		test_end();
		return;
	}
	test_assert_streq(c->alias_domains[0], "marketplace.amazon.de");
	char *out = NULL;
	size_t outlen = 0;
	FILE *f = open_memstream(&out, &outlen);
	config_print(c, f);
	fclose(f);
	/* The password file holds "hunter2"; only its path may be printed. */
	test_assert(strstr(out, "hunter2") == NULL);
	test_assert(strstr(out, secret_path) != NULL);
	test_assert(strstr(out, "oauth2_token_command = \"get-token \\\"q\\\"\";") != NULL);
	/* What it prints loads again to the same values. */
	_cleanup_(freep) char *p2 = write_file("printed.conf", out, 0644);
	test_assert(config_load(p2, &d, &c2) == 0);
	if (c2) {
		test_assert_streq(c2->accounts[0].folders.watch, "Ausgang/Kund\xc3\xa4n");
		test_assert_streq(c2->accounts[0].smtp.secret_source, "get-token \"q\"");
		test_assert_streq(c2->accounts[0].smtp.helo, c->accounts[0].smtp.helo);
		test_assert(c2->accounts[0].imap.port == 993);
		test_assert(c2->n_alias_domains == 1);
		test_assert(c2->journal_keep == c->journal_keep);
		config_free(c2);
	} else {
		dump(&d);
	}
	free(out);
	config_free(c);
	diag_clear(&d);
	test_end();
}

static void test_example(void)
{
	test_begin("config shipped conf/aliasgate.conf is valid");
	struct diag d = DIAG_INIT;
	struct config *c;
	/* The example names a relative password file, found via LoadCredential=. */
	_cleanup_(freep) char *creds = xasprintf("%s/excreds", dir);
	mkdir(creds, 0700);
	_cleanup_(freep) char *pw = xasprintf("%s/brightpeak.secret", creds);
	int fd = open(pw, O_WRONLY | O_CREAT | O_TRUNC, 0600);
	test_assert(fd >= 0 && write(fd, "x\n", 2) == 2);
	close(fd);
	setenv("CREDENTIALS_DIRECTORY", creds, 1);
	int r = config_load(AG_SOURCE_RULES "/../conf/aliasgate.conf", &d, &c);
	test_assert(r == 0);
	if (r == 0) {
		test_assert(c->n_accounts == 1);
		test_assert_streq(c->accounts[0].name, "brightpeak");
		test_assert_streq(c->accounts[0].imap.secret_source, pw);
		test_assert(c->accounts[0].smtp.secret == ENDPOINT_SECRET_PASSWORD_FILE);
		test_assert(c->n_alias_domains == 21);
		config_free(c);
	} else {
		dump(&d);
	}
	unsetenv("CREDENTIALS_DIRECTORY");
	unlink(pw);
	rmdir(creds);
	diag_clear(&d);
	test_end();
}

static void test_seller_keys(void)
{
	test_begin("config approved_senders, seller_state, average_daily_orders, state_keep");
	struct diag d = DIAG_INIT;
	struct config *c;
	int r = load(
	        "state_keep = 30;\n"
	        "accounts = ( {\n"
	        "  name = \"a\";\n"
	        "  imap = { host = \"imap.example.net\"; user = \"u\"; password_file = \"pw\"; };\n"
	        "  smtp = { host = \"smtp.example.net\"; };\n"
	        "  approved_senders = ( { marketplaces = [ \"Marketplace.Amazon.DE\", "
	        "\"marketplace.amazon.fr\" ];\n"
	        "                         addresses = [ \"seller@example.de\" ]; },\n"
	        "                       { marketplaces = [ \"marketplace.amazon.com\" ];\n"
	        "                         addresses = [ \"us@example.com\", \"b@example.com\" ]; } "
	        ");\n"
	        "  seller_state = true;\n"
	        "  average_daily_orders = ( { marketplace = \"marketplace.amazon.de\"; orders = "
	        "40; } );\n"
	        "} );\n",
	        &d, &c);
	test_assert(r == 0);
	if (r != 0) {
		dump(&d);
		test_end();
		return;
	}
	const struct config_account *a = &c->accounts[0];
	test_assert(c->state_keep == 30);
	test_assert(a->seller_state);
	test_assert(a->n_approved == 2);
	test_assert(a->approved[0].n_marketplaces == 2 && a->approved[0].n_addresses == 1);
	test_assert_streq(a->approved[0].marketplaces[0], "marketplace.amazon.de");
	test_assert_streq(a->approved[1].addresses[1], "b@example.com");
	test_assert(a->n_daily_orders == 1 && a->daily_orders[0].orders == 40);
	test_assert_streq(a->daily_orders[0].marketplace, "marketplace.amazon.de");
	/* printed and read back */
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	config_print(c, f);
	fclose(f);
	test_assert(strstr(buf, "state_keep = 30;"));
	test_assert(strstr(buf, "seller_state = true;"));
	test_assert(strstr(buf, "addresses = [ \"us@example.com\", \"b@example.com\" ]"));
	test_assert(strstr(buf, "orders = 40;"));
	free(buf);
	config_free(c);
	r = load(MINIMAL, &d, &c);
	test_assert(r == 0 && c->state_keep == 90 && !c->accounts[0].seller_state &&
	            c->accounts[0].n_approved == 0 && c->accounts[0].n_daily_orders == 0);
	config_free(c);
	diag_clear(&d);
	test_end();
}

static void test_watch_keys(void)
{
	static const char head[] =
	        "accounts = ( {\n  name = \"a\";\n"
	        "  imap = { host = \"imap.example.net\"; user = \"u\"; password_file = \"pw\"; };\n"
	        "  smtp = { host = \"smtp.example.net\"; };\n  seller_state = true;\n";
	struct diag d = DIAG_INIT;
	struct config *c;
	int r;

	test_begin("config notices, buyer_mail, response_warn, response_digest");
	_cleanup_(freep) char *text =
	        xasprintf("%s  notices = { folder = \"Amazon/Notices\"; };\n"
	                  "  buyer_mail = { folder = \"Buyers\"; };\n"
	                  "  response_warn = [ 2, 60 ];\n  response_digest = true;\n} );\n",
	                  head);
	r = load(text, &d, &c);
	test_assert(r == 0);
	if (r == 0) {
		const struct config_account *a = &c->accounts[0];
		test_assert_streq(a->notices_folder, "Amazon/Notices");
		test_assert_streq(a->buyer_folder, "Buyers");
		test_assert(a->n_response_warn == 2 && a->response_warn[0] == 2 &&
		            a->response_warn[1] == 60 && a->response_digest);
		char *buf = NULL;
		size_t len = 0;
		FILE *f = open_memstream(&buf, &len);
		config_print(c, f);
		fclose(f);
		test_assert(strstr(buf, "notices = {\n      folder = \"Amazon/Notices\";\n"
		                        "      # imap: the account's own login\n"));
		test_assert(!a->notices_imap && !a->buyer_imap);
		test_assert(strstr(buf, "response_warn = [ 2, 60 ];"));
		test_assert(strstr(buf, "response_digest = true;"));
		free(buf);
		config_free(c);
	} else {
		dump(&d);
	}
	diag_clear(&d);

	/* Another login: parsed as the account's imap, printed, and read back; a folder of
	 * that mailbox may have any name (the gate's folders are on another). */
	_cleanup_(freep) char *other =
	        xasprintf("%s  notices = { folder = \"AliasGate/Queue\";\n"
	                  "    imap = { host = \"imap.gmail.com\"; user = \"s@gmail.com\"; "
	                  "password_file = \"pw\"; }; };\n"
	                  "} );\n",
	                  head);
	for (int round = 0; round < 2; round++) {
		r = load(other, &d, &c);
		test_assert_idx(r == 0, round);
		if (r < 0) {
			dump(&d);
			break;
		}
		const struct config_account *a = &c->accounts[0];
		test_assert_idx(a->notices_imap && !a->buyer_imap, round);
		if (a->notices_imap) {
			test_assert_streq(a->notices_imap->host, "imap.gmail.com");
			test_assert_streq(a->notices_imap->user, "s@gmail.com");
			test_assert_idx(a->notices_imap->port == 993, round);
			test_assert_idx(a->notices_imap->secret == ENDPOINT_SECRET_PASSWORD_FILE,
			                round);
			test_assert_idx(!config_same_login(a->notices_imap, &a->imap), round);
		}
		char *buf = NULL;
		size_t len = 0;
		FILE *f = open_memstream(&buf, &len);
		config_print(c, f);
		fclose(f);
		test_assert_idx(strstr(buf, "      imap = {\n        host = \"imap.gmail.com\";"),
		                round);
		free(other);
		other = buf; /* the second round loads what the first printed */
		config_free(c);
		diag_clear(&d);
	}

	r = load(MINIMAL, &d, &c);
	test_assert(r == 0);
	if (r == 0) {
		const struct config_account *a = &c->accounts[0];
		test_assert_streq(a->notices_folder, "AliasGate/Notices");
		test_assert_streq(a->buyer_folder, "INBOX");
		test_assert(a->n_response_warn == 3 && a->response_warn[2] == 86400 &&
		            !a->response_digest);
		config_free(c);
	}
	diag_clear(&d);
	test_end();

	static const char *const bad[] = {
	        "  notices = { folder = \"AliasGate/Queue\"; };\n",
	        "  notices = { folder = \"/x\"; };\n",
	        "  notices = { dir = \"x\"; };\n",
	        "  buyer_mail = { folder = \"AliasGate/Notices\"; };\n",
	        "  buyer_mail = { folder = \"aliasgate/review\"; };\n",
	        "  response_warn = [ 60, 2 ];\n",
	        "  response_warn = [ 0 ];\n",
	        "  response_warn = [ ];\n",
	        "  response_warn = 5;\n",
	        "  response_digest = \"yes\";\n",
	        "  notices = { imap = { port = 993; }; };\n",
	        "  notices = { imap = { host = \"h\"; bogus = 1; }; };\n",
	        "  notices = { imap = \"imap.gmail.com\"; };\n",
	        "  notices = { folder = \"INBOX\"; imap = { host = \"h\"; user = \"u\"; "
	        "password_file = \"pw\"; }; };\n"
	        "  buyer_mail = { folder = \"inbox\"; imap = { host = \"H\"; user = \"u\"; "
	        "password_file = \"pw\"; }; };\n",
	};
	test_begin("config notices, buyer_mail, response_warn errors");
	for (size_t i = 0; i < ELEMENTSOF(bad); i++) {
		_cleanup_(freep) char *t = xasprintf("%s%s} );\n", head, bad[i]);
		c = NULL;
		r = load(t, &d, &c);
		test_assert_idx(r < 0 && d.n >= 1, i);
		test_assert_idx(d.n == 0 || d.v[0].line >= 1, i);
		config_free(c);
		diag_clear(&d);
	}
	test_end();
}

int main(void)
{
	test_directory();
	strcpy(dir, "/tmp/test-config-XXXXXX");
	if (!mkdtemp(dir))
		abort();
	unsetenv("CREDENTIALS_DIRECTORY");
	secret_path = write_file("pw", "hunter2\n", 0600);
	test_defaults();
	test_errors();
	test_multiple();
	test_password_file();
	test_loopback();
	test_metrics();
	test_print();
	test_seller_keys();
	test_watch_keys();
	test_example();
	_cleanup_(freep) char *t1 = xasprintf("%s/test.conf", dir);
	_cleanup_(freep) char *t2 = xasprintf("%s/printed.conf", dir);
	unlink(t1), unlink(t2), unlink(secret_path);
	free(secret_path);
	rmdir(dir);
	return test_exit();
}
