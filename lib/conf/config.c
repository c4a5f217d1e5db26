/*
 * config - loads the daemon's libconfig file into a validated struct config with
 * every default filled in. Every problem found is added to the diag as file:line,
 * not only the first, the way `postfix check` and `doveconf` report: unknown keys at
 * every level, wrong types, missing keys, bad values, and password files that are
 * missing or readable by others. Reads the file and stats password and CA files;
 * never reads a secret and never connects.
 */
#include <arpa/inet.h>
#include <ctype.h>
#include <errno.h>
#include <libconfig.h>
#include <netdb.h>
#include <stdarg.h>
#include <stdbool.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "config.h"

#define DEFAULT_RULES_DIR       "/usr/share/aliasgate/rules"
#define DEFAULT_LOCAL_RULES_DIR "/etc/aliasgate/rules.d"
#define DEFAULT_STATE_DIR       "/var/lib/aliasgate"

/* The marketplaces whose Seller Central help pages show buyer aliases. Matching
 * (addr.c) also accepts the "m." subdomain. */
static const char *const default_alias_domains[] = {
        "marketplace.amazon.com",    "marketplace.amazon.ca",    "marketplace.amazon.com.mx",
        "marketplace.amazon.com.br", "marketplace.amazon.co.uk", "marketplace.amazon.de",
        "marketplace.amazon.fr",     "marketplace.amazon.it",    "marketplace.amazon.es",
        "marketplace.amazon.nl",     "marketplace.amazon.se",    "marketplace.amazon.pl",
        "marketplace.amazon.com.tr", "marketplace.amazon.ae",    "marketplace.amazon.sa",
        "marketplace.amazon.in",     "marketplace.amazon.co.jp", "marketplace.amazon.com.au",
        "marketplace.amazon.sg",     "marketplace.amazon.eg",    "marketplace.amazon.com.be",
};

static const char *const tls_names[] = {"implicit", "starttls", "none"};
static const char *const report_names[] = {"append", "mail", "both"};
static const char *const mode_names[] = {"enforce", "monitor"};

struct ctx {
	const char *path;
	char *dir; /* of the config file, for relative password files */
	struct diag *d;
	size_t errors;
};

static const char *file_of(const struct ctx *c, const config_setting_t *s)
{
	const char *f = s ? config_setting_source_file(s) : NULL;
	return f ? f : c->path;
}

static void err_at(struct ctx *c, const config_setting_t *s, const char *fmt, ...) _printf_(3, 4);
static void err_at(struct ctx *c, const config_setting_t *s, const char *fmt, ...)
{
	va_list ap;
	char *text;

	va_start(ap, fmt);
	text = xvasprintf(fmt, ap);
	va_end(ap);
	diag_add(c->d, file_of(c, s), s ? config_setting_source_line(s) : 0, "%s", text);
	free(text);
	c->errors++;
}

static bool in_list(const char *name, const char *const *list)
{
	for (; *list; list++)
		if (streq(name, *list))
			return true;
	return false;
}

/* Unknown keys are errors: a misspelt "pasword_file" must not silently mean "no
 * password". */
static void check_keys(struct ctx *c, const config_setting_t *g, const char *where,
                       const char *const *allowed)
{
	int n = config_setting_length(g);
	for (int i = 0; i < n; i++) {
		config_setting_t *m = config_setting_get_elem(g, i);
		const char *name = config_setting_name(m);
		if (name && !in_list(name, allowed))
			err_at(c, m, "unknown key '%s'%s%s", name, *where ? " in " : "", where);
	}
}

static const char *type_name(int t)
{
	switch (t) {
	case CONFIG_TYPE_GROUP:
		return "a group { }";
	case CONFIG_TYPE_INT:
	case CONFIG_TYPE_INT64:
		return "an integer";
	case CONFIG_TYPE_FLOAT:
		return "a number";
	case CONFIG_TYPE_STRING:
		return "a string";
	case CONFIG_TYPE_BOOL:
		return "true or false";
	case CONFIG_TYPE_ARRAY:
		return "an array [ ]";
	case CONFIG_TYPE_LIST:
		return "a list ( )";
	default:
		return "a value";
	}
}

/* Returns the member if present and of type t (INT also accepts INT64), reporting
 * a wrong type; NULL otherwise. */
static config_setting_t *member(struct ctx *c, const config_setting_t *g, const char *name, int t,
                                const char *where)
{
	config_setting_t *m = g ? config_setting_get_member(g, name) : NULL;
	if (!m)
		return NULL;
	int mt = config_setting_type(m);
	if (mt == t || (t == CONFIG_TYPE_INT && mt == CONFIG_TYPE_INT64))
		return m;
	err_at(c, m, "%s%s%s must be %s, not %s", where, *where ? "." : "", name, type_name(t),
	       type_name(mt));
	return NULL;
}

static bool has_ctl(const char *s)
{
	for (; *s; s++)
		if ((unsigned char) *s < 0x20 || *s == 0x7f)
			return true;
	return false;
}

/* A string value: present, a string, not empty, no control characters. */
static char *get_str(struct ctx *c, const config_setting_t *g, const char *name, const char *where,
                     config_setting_t **at)
{
	config_setting_t *m = member(c, g, name, CONFIG_TYPE_STRING, where);
	if (at)
		*at = m;
	if (!m)
		return NULL;
	const char *v = config_setting_get_string(m);
	if (!v || !*v) {
		err_at(c, m, "%s%s%s must not be empty", where, *where ? "." : "", name);
		return NULL;
	}
	if (has_ctl(v)) {
		err_at(c, m, "%s%s%s contains a control character", where, *where ? "." : "", name);
		return NULL;
	}
	return xstrdup(v);
}

static void get_uint(struct ctx *c, const config_setting_t *g, const char *name, const char *where,
                     unsigned *out, long long min, long long max)
{
	config_setting_t *m = member(c, g, name, CONFIG_TYPE_INT, where);
	if (!m)
		return;
	long long v = config_setting_get_int64(m);
	if (v < min || v > max) {
		err_at(c, m, "%s%s%s must be between %lld and %lld, not %lld", where,
		       *where ? "." : "", name, min, max, v);
		return;
	}
	*out = (unsigned) v;
}

static void get_enum(struct ctx *c, const config_setting_t *g, const char *name, const char *where,
                     const char *const *names, size_t n, int *out)
{
	config_setting_t *m;
	_cleanup_(freep) char *v = get_str(c, g, name, where, &m);
	if (!v)
		return;
	for (size_t i = 0; i < n; i++)
		if (streq(v, names[i])) {
			*out = (int) i;
			return;
		}
	_cleanup_(freep) char *alts = NULL;
	for (size_t i = 0; i < n; i++) {
		char *t = xasprintf("%s%s%s", alts ? alts : "",
		                    i ? (i == n - 1 ? " or " : ", ") : "", names[i]);
		free(alts);
		alts = t;
	}
	err_at(c, m, "%s%s%s must be %s, not \"%s\"", where, *where ? "." : "", name, alts, v);
}

/* tls = "none" sends the password in clear; only a loopback peer makes that safe. */
static bool is_loopback(const char *host)
{
	struct in_addr a4;
	struct in6_addr a6;
	char buf[64];

	if (!strcasecmp(host, "localhost") || !strcasecmp(host, "localhost."))
		return true;
	if (inet_pton(AF_INET, host, &a4) == 1)
		return (ntohl(a4.s_addr) >> 24) == 127;
	size_t l = strlen(host);
	if (l >= 2 && l < sizeof(buf) + 2 && host[0] == '[' && host[l - 1] == ']') {
		memcpy(buf, host + 1, l - 2);
		buf[l - 2] = 0;
		host = buf;
	}
	if (inet_pton(AF_INET6, host, &a6) == 1)
		return IN6_IS_ADDR_LOOPBACK(&a6);
	return false;
}

static bool valid_hostname(const char *h)
{
	if (!*h || strlen(h) > 255)
		return false;
	for (const char *p = h; *p; p++)
		if (!(isalnum((unsigned char) *p) || strchr(".-_:[]", *p)))
			return false;
	return true;
}

static bool valid_name(const char *a)
{
	if (!*a || streq(a, ".") || streq(a, "..") || strlen(a) > 64)
		return false;
	for (; *a; a++)
		if (!(isalnum((unsigned char) *a) || *a == '.' || *a == '_' || *a == '-'))
			return false;
	return true;
}

static bool valid_address(const char *a)
{
	const char *at = strrchr(a, '@');
	if (!at || at == a || !at[1] || strlen(a) > 254)
		return false;
	for (const char *p = a; *p; p++)
		if ((unsigned char) *p <= 0x20 || *p == 0x7f || strchr("<>()[],;\\\"", *p))
			return false;
	return valid_hostname(at + 1);
}

/* Resolves and checks a password file. Relative names come from systemd's
 * LoadCredential= directory when there is one, else the config file's directory. */
static char *password_path(struct ctx *c, config_setting_t *at, const char *v)
{
	char *p;
	const char *creds = getenv("CREDENTIALS_DIRECTORY");

	if (v[0] == '/')
		p = xstrdup(v);
	else if (creds && *creds)
		p = xasprintf("%s/%s", creds, v);
	else
		p = xasprintf("%s/%s", c->dir, v);

	struct stat st;
	if (stat(p, &st) < 0)
		err_at(c, at, "password_file %s: %m", p);
	else if (!S_ISREG(st.st_mode))
		err_at(c, at, "password_file %s: not a regular file", p);
	else if (st.st_mode & (S_IRWXG | S_IRWXO))
		err_at(c, at,
		       "password_file %s: mode %04o lets group or others read it; refusing it "
		       "(chmod 600)",
		       p, (unsigned) (st.st_mode & 07777));
	return p;
}

static void parse_server(struct ctx *c, const config_setting_t *acct, const char *which, bool imap,
                         struct config_server *s)
{
	static const char *const imap_keys[] = {
	        "host",
	        "port",
	        "tls",
	        "user",
	        "password_file",
	        "password_command",
	        "oauth2_token_command",
	        "ca_file",
	        "idle",
	        NULL,
	};
	static const char *const smtp_keys[] = {
	        "host",
	        "port",
	        "tls",
	        "user",
	        "password_file",
	        "password_command",
	        "oauth2_token_command",
	        "ca_file",
	        "helo",
	        "envelope_from",
	        NULL,
	};
	config_setting_t *g = member(c, acct, which, CONFIG_TYPE_GROUP, "");

	s->file = xstrdup(file_of(c, g ? g : acct));
	s->line = config_setting_source_line(g ? g : acct);
	s->tls = imap ? ENDPOINT_TLS_IMPLICIT : ENDPOINT_TLS_STARTTLS;
	s->idle = imap;
	if (!g) {
		if (!config_setting_get_member(acct, which))
			err_at(c, acct, "account has no %s { } section", which);
		return;
	}
	check_keys(c, g, which, imap ? imap_keys : smtp_keys);

	config_setting_t *host_at;
	s->host = get_str(c, g, "host", which, &host_at);
	if (!s->host && !host_at)
		err_at(c, g, "%s.host is required", which);
	else if (s->host && !valid_hostname(s->host))
		err_at(c, host_at, "%s.host \"%s\" is not a host name or address", which, s->host);

	int tls = s->tls;
	get_enum(c, g, "tls", which, tls_names, ELEMENTSOF(tls_names), &tls);
	s->tls = tls;
	if (s->tls == ENDPOINT_TLS_NONE && s->host && !is_loopback(s->host))
		err_at(c, config_setting_get_member(g, "tls"),
		       "%s.tls = \"none\" is allowed only for a loopback host (127.0.0.0/8, ::1, "
		       "localhost), not %s",
		       which, s->host);

	unsigned port = imap ? (s->tls == ENDPOINT_TLS_IMPLICIT ? 993 : 143)
	                     : (s->tls == ENDPOINT_TLS_IMPLICIT ? 465 : 587);
	get_uint(c, g, "port", which, &port, 1, 65535);
	s->port = port;

	config_setting_t *user_at;
	s->user = get_str(c, g, "user", which, &user_at);

	static const char *const cred_keys[] = {"password_file", "password_command",
	                                        "oauth2_token_command"};
	static const enum endpoint_secret cred_kind[] = {ENDPOINT_SECRET_PASSWORD_FILE,
	                                                 ENDPOINT_SECRET_PASSWORD_COMMAND,
	                                                 ENDPOINT_SECRET_OAUTH2_COMMAND};
	int n_cred = 0;
	for (size_t i = 0; i < ELEMENTSOF(cred_keys); i++) {
		config_setting_t *at;
		_cleanup_(freep) char *v = get_str(c, g, cred_keys[i], which, &at);
		if (!at)
			continue;
		if (++n_cred > 1) {
			err_at(c, at,
			       "%s: only one of password_file, password_command and "
			       "oauth2_token_command may be set",
			       which);
			continue;
		}
		s->secret = cred_kind[i];
		if (v)
			s->secret_source = s->secret == ENDPOINT_SECRET_PASSWORD_FILE
			                           ? password_path(c, at, v)
			                           : TAKE_PTR(v);
	}
	if (imap) {
		if (!s->user && !user_at)
			err_at(c, g, "imap.user is required");
		if (n_cred == 0)
			err_at(c, g,
			       "imap needs one of password_file, password_command or "
			       "oauth2_token_command");
	} else {
		if (user_at && n_cred == 0)
			err_at(c, user_at,
			       "smtp.user is set but none of password_file, password_command or "
			       "oauth2_token_command");
		else if (!user_at && n_cred > 0)
			err_at(c, g, "smtp has a credential but no user");
	}

	config_setting_t *ca_at;
	s->ca_file = get_str(c, g, "ca_file", which, &ca_at);
	if (s->ca_file && access(s->ca_file, R_OK) < 0)
		err_at(c, ca_at, "%s.ca_file %s: %m", which, s->ca_file);

	if (imap) {
		config_setting_t *m = member(c, g, "idle", CONFIG_TYPE_BOOL, which);
		if (m)
			s->idle = config_setting_get_bool(m);
	} else {
		config_setting_t *at;
		s->helo = get_str(c, g, "helo", which, &at);
		if (s->helo && !valid_hostname(s->helo))
			err_at(c, at, "smtp.helo \"%s\" is not a host name", s->helo);
		s->envelope_from = get_str(c, g, "envelope_from", which, &at);
		if (s->envelope_from && !valid_address(s->envelope_from))
			err_at(c, at, "smtp.envelope_from \"%s\" is not a plain address",
			       s->envelope_from);
	}
}

static bool valid_folder(const char *f)
{
	size_t n = strlen(f);
	return n && f[0] != '/' && f[n - 1] != '/' &&
	       !strstr(f, "/"
	                  "/");
}

/* same_folder - Gmail and Exchange ignore case in folder names, and a trailing
 * delimiter names the same folder; two settings that differ only so are one folder.
 * A folder watched as a queue and also filed into loops or bypasses the rules. */
static bool same_folder(const char *a, const char *b)
{
	size_t na = strlen(a), nb = strlen(b);
	while (na && a[na - 1] == '/')
		na--;
	while (nb && b[nb - 1] == '/')
		nb--;
	return na == nb && strncasecmp(a, b, na) == 0;
}

static void parse_folders(struct ctx *c, const config_setting_t *acct, struct config_folders *f)
{
	static const char *const keys[] = {"watch",    "relayed", "rejected", "review",
	                                   "approved", "reports", NULL};
	/* Under a folder of our own: "Outbox" is Exchange's built-in, localized outbox,
	 * and no provider reserves "AliasGate". */
	static const char *const defaults[] = {"AliasGate/Queue",    "AliasGate/Relayed",
	                                       "AliasGate/Rejected", "AliasGate/Review",
	                                       "AliasGate/Approved", "INBOX"};
	char **slot[] = {&f->watch,  &f->relayed,  &f->rejected,
	                 &f->review, &f->approved, &f->reports};
	config_setting_t *at[6] = {NULL};
	config_setting_t *g = member(c, acct, "folders", CONFIG_TYPE_GROUP, "");

	if (g)
		check_keys(c, g, "folders", keys);
	for (size_t i = 0; i < 6; i++) {
		*slot[i] = g ? get_str(c, g, keys[i], "folders", &at[i]) : NULL;
		if (*slot[i] && !valid_folder(*slot[i])) {
			err_at(c, at[i],
			       "folders.%s \"%s\" is not a folder name (no leading, trailing "
			       "or doubled '/')",
			       keys[i], *slot[i]);
		}
		if (!*slot[i])
			*slot[i] = xstrdup(defaults[i]);
	}
	/* The watch and approved folders are read as queues: if either were also a
	 * destination, filed mail would be picked up again (approved would relay it
	 * without rules). */
	for (size_t q = 0; q < 6; q += 4)
		for (size_t i = 0; i < 6; i++) {
			if (i == q || (q == 4 && i == 0))
				continue;
			if (same_folder(*slot[q], *slot[i]))
				err_at(c,
				       at[i]   ? at[i]
				       : at[q] ? at[q]
				       : g     ? g
				               : acct,
				       "folders.%s must differ from folders.%s (\"%s\" and \"%s\" "
				       "are one folder on servers that ignore case)",
				       keys[i], keys[q], *slot[i], *slot[q]);
		}
}

/* A marketplace name as in alias_domains: a host name of three or more labels, kept
 * in lower case. NULL (reported) when it is not one. */
static char *get_marketplace(struct ctx *c, config_setting_t *e, const char *where)
{
	const char *v = config_setting_get_string(e);
	size_t dots = 0;

	if (config_setting_type(e) != CONFIG_TYPE_STRING || !v) {
		err_at(c, e, "%s must be a string", where);
		return NULL;
	}
	char *low = xstrdup(v);
	for (char *p = low; *p; p++) {
		*p = (char) tolower((unsigned char) *p);
		dots += *p == '.';
	}
	if (!valid_hostname(low) || dots < 2 || strstr(low, "..") || low[0] == '.' ||
	    strchr(low, ':')) {
		err_at(c, e,
		       "%s \"%s\" is not a marketplace (a host name such as "
		       "marketplace.amazon.de)",
		       where, v);
		free(low);
		return NULL;
	}
	return low;
}

/* string_array - the strings of member name of g (an array or list, not empty), each
 * checked by ok (NULL: marketplaces); *ret NULL-terminated. */
static size_t string_array(struct ctx *c, const config_setting_t *g, const char *name,
                           const char *where, bool marketplaces, char ***ret)
{
	config_setting_t *m = config_setting_get_member(g, name);
	size_t n = 0;

	*ret = xcalloc(1, sizeof(char *));
	if (!m) {
		err_at(c, g, "%s.%s is required", where, name);
		return 0;
	}
	if (config_setting_type(m) != CONFIG_TYPE_ARRAY &&
	    config_setting_type(m) != CONFIG_TYPE_LIST) {
		err_at(c, m, "%s.%s must be an array [ ] of strings, not %s", where, name,
		       type_name(config_setting_type(m)));
		return 0;
	}
	int len = config_setting_length(m);
	if (len == 0)
		err_at(c, m, "%s.%s is empty", where, name);
	free(*ret);
	*ret = xcalloc((size_t) len + 1, sizeof(char *));
	for (int i = 0; i < len; i++) {
		config_setting_t *e = config_setting_get_elem(m, i);
		_cleanup_(freep) char *w = xasprintf("%s.%s[%d]", where, name, i);
		if (marketplaces) {
			char *mp = get_marketplace(c, e, w);
			if (mp)
				(*ret)[n++] = mp;
			continue;
		}
		const char *v = config_setting_get_string(e);
		if (config_setting_type(e) != CONFIG_TYPE_STRING || !v) {
			err_at(c, e, "%s must be a string", w);
			continue;
		}
		if (!valid_address(v)) {
			err_at(c, e, "%s \"%s\" is not a plain address", w, v);
			continue;
		}
		(*ret)[n++] = xstrdup(v);
	}
	return n;
}

/* approved_senders = ( { marketplaces = [ ... ]; addresses = [ ... ]; }, ... ); */
static void parse_approved(struct ctx *c, const config_setting_t *a, struct config_account *acc)
{
	static const char *const keys[] = {"marketplaces", "addresses", NULL};
	config_setting_t *l = config_setting_get_member(a, "approved_senders");

	if (!l)
		return;
	if (config_setting_type(l) != CONFIG_TYPE_LIST) {
		err_at(c, l,
		       "approved_senders must be a list ( { marketplaces = [ ... ]; "
		       "addresses = [ ... ]; }, ... ), not %s",
		       type_name(config_setting_type(l)));
		return;
	}
	int n = config_setting_length(l);
	if (n == 0)
		err_at(c, l,
		       "approved_senders is empty: no mail could ever be relayed (leave it "
		       "out to check nothing)");
	acc->approved = xcalloc(n ? (size_t) n : 1, sizeof(*acc->approved));
	for (int i = 0; i < n; i++) {
		config_setting_t *g = config_setting_get_elem(l, i);
		_cleanup_(freep) char *where = xasprintf("approved_senders[%d]", i);
		if (config_setting_type(g) != CONFIG_TYPE_GROUP) {
			err_at(c, g, "%s must be a group { ... }", where);
			continue;
		}
		check_keys(c, g, where, keys);
		struct config_approved *ap = &acc->approved[acc->n_approved++];
		ap->n_marketplaces =
		        string_array(c, g, "marketplaces", where, true, &ap->marketplaces);
		ap->n_addresses = string_array(c, g, "addresses", where, false, &ap->addresses);
	}
}

/* average_daily_orders = ( { marketplace = "..."; orders = N; }, ... ); */
static void parse_daily_orders(struct ctx *c, const config_setting_t *a, struct config_account *acc)
{
	static const char *const keys[] = {"marketplace", "orders", NULL};
	config_setting_t *l = config_setting_get_member(a, "average_daily_orders");

	if (!l)
		return;
	if (config_setting_type(l) != CONFIG_TYPE_LIST) {
		err_at(c, l,
		       "average_daily_orders must be a list ( { marketplace = \"...\"; "
		       "orders = N; }, ... ), not %s",
		       type_name(config_setting_type(l)));
		return;
	}
	int n = config_setting_length(l);
	acc->daily_orders = xcalloc(n ? (size_t) n : 1, sizeof(*acc->daily_orders));
	for (int i = 0; i < n; i++) {
		config_setting_t *g = config_setting_get_elem(l, i);
		_cleanup_(freep) char *where = xasprintf("average_daily_orders[%d]", i);
		if (config_setting_type(g) != CONFIG_TYPE_GROUP) {
			err_at(c, g, "%s must be a group { marketplace = \"...\"; orders = N; }",
			       where);
			continue;
		}
		check_keys(c, g, where, keys);
		config_setting_t *m = config_setting_get_member(g, "marketplace");
		config_setting_t *o = config_setting_get_member(g, "orders");
		if (!m || !o) {
			err_at(c, g, "%s needs marketplace and orders", where);
			continue;
		}
		_cleanup_(freep) char *w = xasprintf("%s.marketplace", where);
		char *mp = get_marketplace(c, m, w);
		unsigned orders = UINT32_MAX;
		get_uint(c, g, "orders", where, &orders, 0, 10000000);
		if (!mp || orders == UINT32_MAX) {
			free(mp);
			continue;
		}
		for (size_t k = 0; k < acc->n_daily_orders; k++)
			if (streq(acc->daily_orders[k].marketplace, mp))
				err_at(c, m, "%s: %s is listed twice", where, mp);
		acc->daily_orders[acc->n_daily_orders++] =
		        (struct config_daily_orders){.marketplace = mp, .orders = orders};
	}
}

/* notices = { folder = "..."; imap = { ... }; }; buyer_mail likewise. Without imap the
 * folder is on the account's own login and must not be one the gate files into or
 * reads as a queue; with it, *srv is that login (parsed as the account's imap). */
static char *parse_watch_group(struct ctx *c, const config_setting_t *a, const char *name,
                               const char *def, const struct config_folders *f, bool check,
                               struct config_server **srv)
{
	static const char *const keys[] = {"folder", "imap", NULL};
	config_setting_t *g = member(c, a, name, CONFIG_TYPE_GROUP, ""), *at = NULL;
	char *v = NULL;

	*srv = NULL;
	if (g) {
		check_keys(c, g, name, keys);
		if (config_setting_get_member(g, "imap")) {
			*srv = xcalloc(1, sizeof(**srv));
			parse_server(c, g, "imap", true, *srv);
			check = false; /* another mailbox: the gate's folders are not there */
		}
		v = get_str(c, g, "folder", name, &at);
		if (v && !valid_folder(v))
			err_at(c, at,
			       "%s.folder \"%s\" is not a folder name (no leading, trailing or "
			       "doubled '/')",
			       name, v);
	}
	if (!v)
		v = xstrdup(def);
	const char *const mine[] = {f->watch, f->relayed, f->rejected, f->review, f->approved};
	for (size_t i = 0; check && i < ELEMENTSOF(mine); i++)
		if (mine[i] && same_folder(v, mine[i]))
			err_at(c,
			       at  ? at
			       : g ? g
			           : a,
			       "%s.folder \"%s\" is one of the gate's own folders (\"%s\")", name,
			       v, mine[i]);
	return v;
}

static void parse_seller_watch(struct ctx *c, const config_setting_t *a, struct config_account *acc)
{
	static const unsigned defaults[] = {43200, 72000, 86400};
	config_setting_t *w = member(c, a, "response_warn", CONFIG_TYPE_ARRAY, "");
	config_setting_t *d = member(c, a, "response_digest", CONFIG_TYPE_BOOL, "");

	/* the folders only matter (and are only checked) with seller_state */
	acc->notices_folder = parse_watch_group(c, a, "notices", "AliasGate/Notices", &acc->folders,
	                                        acc->seller_state, &acc->notices_imap);
	acc->buyer_folder = parse_watch_group(c, a, "buyer_mail", "INBOX", &acc->folders,
	                                      acc->seller_state, &acc->buyer_imap);
	if (acc->seller_state && same_folder(acc->notices_folder, acc->buyer_folder) &&
	    config_same_login(acc->notices_imap ? acc->notices_imap : &acc->imap,
	                      acc->buyer_imap ? acc->buyer_imap : &acc->imap))
		err_at(c, a, "notices.folder and buyer_mail.folder must differ (\"%s\")",
		       acc->notices_folder);
	acc->response_digest = d && config_setting_get_bool(d);
	if (!w) {
		acc->response_warn = xmalloc(sizeof(defaults));
		memcpy(acc->response_warn, defaults, sizeof(defaults));
		acc->n_response_warn = ELEMENTSOF(defaults);
		return;
	}
	int n = config_setting_length(w);
	acc->response_warn = xcalloc(n > 0 ? (size_t) n : 1, sizeof(unsigned));
	if (n == 0)
		err_at(c, w, "response_warn must list at least one number of seconds");
	for (int i = 0; i < n; i++) {
		config_setting_t *e = config_setting_get_elem(w, (unsigned) i);
		int t = config_setting_type(e);
		long long v = t == CONFIG_TYPE_INT || t == CONFIG_TYPE_INT64
		                      ? config_setting_get_int64(e)
		                      : -1;
		if (v < 1 || v > 30LL * 86400) {
			err_at(c, e, "response_warn[%d] must be seconds between 1 and %d", i,
			       30 * 86400);
			continue;
		}
		if (acc->n_response_warn && v <= acc->response_warn[acc->n_response_warn - 1]) {
			err_at(c, e, "response_warn must be in ascending order");
			continue;
		}
		acc->response_warn[acc->n_response_warn++] = (unsigned) v;
	}
}

static void parse_account(struct ctx *c, const config_setting_t *a, struct config_account *acc)
{
	static const char *const keys[] = {"name",
	                                   "imap",
	                                   "smtp",
	                                   "folders",
	                                   "report",
	                                   "mode",
	                                   "envelope_recipient_header",
	                                   "approved_senders",
	                                   "seller_state",
	                                   "average_daily_orders",
	                                   "notices",
	                                   "buyer_mail",
	                                   "response_warn",
	                                   "response_digest",
	                                   NULL};
	check_keys(c, a, "account", keys);

	config_setting_t *at;
	acc->name = get_str(c, a, "name", "", &at);
	if (!acc->name && !at)
		err_at(c, a, "account has no name");
	else if (acc->name && !valid_name(acc->name))
		err_at(c, at, "account name \"%s\" may contain only A-Z a-z 0-9 . _ -", acc->name);

	parse_server(c, a, "imap", true, &acc->imap);
	parse_server(c, a, "smtp", false, &acc->smtp);
	parse_folders(c, a, &acc->folders);
	int v = CONFIG_REPORT_APPEND;
	get_enum(c, a, "report", "", report_names, ELEMENTSOF(report_names), &v);
	acc->report = v;
	v = CONFIG_MODE_ENFORCE;
	get_enum(c, a, "mode", "", mode_names, ELEMENTSOF(mode_names), &v);
	acc->mode = v;
	acc->envelope_recipient_header = get_str(c, a, "envelope_recipient_header", "", &at);
	if (acc->envelope_recipient_header) {
		/* RFC 5322 3.6.8: a field name is printable US-ASCII except ':' */
		for (const char *p = acc->envelope_recipient_header; *p; p++)
			if (*p <= ' ' || *p >= 0x7f || *p == ':') {
				err_at(c, at,
				       "envelope_recipient_header \"%s\" is not a header field "
				       "name",
				       acc->envelope_recipient_header);
				break;
			}
	}
	parse_approved(c, a, acc);
	config_setting_t *ss = member(c, a, "seller_state", CONFIG_TYPE_BOOL, "");
	acc->seller_state = ss && config_setting_get_bool(ss);
	parse_daily_orders(c, a, acc);
	parse_seller_watch(c, a, acc);
}

/* metrics.listen: "unix:/path" or "ADDRESS:PORT"; *local is false for an address
 * that is not loopback (a socket file counts as local). */
static bool parse_listen(struct ctx *c, config_setting_t *at, const char *v, bool *local)
{
	*local = true;
	if (strncmp(v, "unix:", 5) == 0) {
		const char *path = v + 5;
		if (path[0] != '/' || strlen(path) >= 108) {
			err_at(c, at,
			       "metrics.listen \"%s\": unix: needs an absolute path of at most 107 "
			       "bytes",
			       v);
			return false;
		}
		return true;
	}
	const char *colon = strrchr(v, ':');
	char host[64];
	if (!colon || colon == v || (size_t) (colon - v) >= sizeof(host)) {
		err_at(c, at, "metrics.listen \"%s\" is not \"unix:/path\" or \"ADDRESS:PORT\"", v);
		return false;
	}
	memcpy(host, v, (size_t) (colon - v));
	host[colon - v] = 0;
	char *end;
	long port = strtol(colon + 1, &end, 10);
	if (!colon[1] || *end || port < 1 || port > 65535) {
		err_at(c, at, "metrics.listen \"%s\": the port must be 1..65535", v);
		return false;
	}
	struct in_addr a4;
	struct in6_addr a6;
	char h6[64] = "";
	size_t l = strlen(host);
	bool v6 = l > 2 && host[0] == '[' && host[l - 1] == ']';
	if (v6) {
		memcpy(h6, host + 1, l - 2);
		h6[l - 2] = 0;
	}
	if (!strcasecmp(host, "localhost")) {
		*local = true;
	} else if ((!v6 && inet_pton(AF_INET, host, &a4) == 1) ||
	           (v6 && inet_pton(AF_INET6, h6, &a6) == 1)) {
		*local = is_loopback(host);
	} else {
		err_at(c, at,
		       "metrics.listen \"%s\": the address must be numeric (IPv4, [IPv6]) or "
		       "localhost",
		       v);
		return false;
	}
	return true;
}

static void parse_metrics(struct ctx *c, const config_setting_t *root, struct config_metrics *m)
{
	static const char *const keys[] = {"listen", "allow_remote", NULL};
	config_setting_t *g = member(c, root, "metrics", CONFIG_TYPE_GROUP, "");
	config_setting_t *at;
	bool local;

	if (!g)
		return;
	check_keys(c, g, "metrics", keys);
	config_setting_t *ar = member(c, g, "allow_remote", CONFIG_TYPE_BOOL, "metrics");
	m->allow_remote = ar && config_setting_get_bool(ar);
	m->listen = get_str(c, g, "listen", "metrics", &at);
	if (!m->listen) {
		if (!at)
			err_at(c, g, "metrics.listen is required in a metrics { } group");
		return;
	}
	if (!parse_listen(c, at, m->listen, &local)) {
		free(m->listen);
		m->listen = NULL;
	} else if (!local && !m->allow_remote) {
		err_at(c, at,
		       "metrics.listen \"%s\" is not a loopback address: the counters name "
		       "accounts and rules; set metrics.allow_remote = true to serve them there",
		       m->listen);
	}
}

/* The name a HELO should carry: the canonical name of this host, as Postfix's
 * myhostname does, else whatever gethostname says. */
static char *fqdn(void)
{
	char host[256] = "localhost";
	struct addrinfo hints = {.ai_flags = AI_CANONNAME, .ai_family = AF_UNSPEC};
	struct addrinfo *ai = NULL;

	if (gethostname(host, sizeof(host)) < 0)
		return xstrdup("localhost");
	host[sizeof(host) - 1] = 0;
	if (getaddrinfo(host, NULL, &hints, &ai) == 0 && ai && ai->ai_canonname &&
	    valid_hostname(ai->ai_canonname)) {
		char *r = xstrdup(ai->ai_canonname);
		freeaddrinfo(ai);
		return r;
	}
	if (ai)
		freeaddrinfo(ai);
	return xstrdup(host);
}

static void parse_root(struct ctx *c, const config_setting_t *root, struct config *cfg)
{
	static const char *const keys[] = {
	        "rules_dir", "local_rules_dir", "state_dir",      "alias_domains",
	        "timeouts",  "retry_max_age",   "fetch_attempts", "journal_keep",
	        "accounts",  "stats_keep",      "metrics",        "state_keep",
	        NULL};
	check_keys(c, root, "", keys);

	cfg->rules_dir = get_str(c, root, "rules_dir", "", NULL);
	if (!cfg->rules_dir)
		cfg->rules_dir = xstrdup(DEFAULT_RULES_DIR);
	cfg->local_rules_dir = get_str(c, root, "local_rules_dir", "", NULL);
	if (!cfg->local_rules_dir)
		cfg->local_rules_dir = xstrdup(DEFAULT_LOCAL_RULES_DIR);
	cfg->state_dir = get_str(c, root, "state_dir", "", NULL);
	if (!cfg->state_dir)
		cfg->state_dir = xstrdup(DEFAULT_STATE_DIR);

	config_setting_t *ad = config_setting_get_member(root, "alias_domains");
	if (ad && config_setting_type(ad) != CONFIG_TYPE_ARRAY &&
	    config_setting_type(ad) != CONFIG_TYPE_LIST) {
		err_at(c, ad, "alias_domains must be an array [ ] of strings, not %s",
		       type_name(config_setting_type(ad)));
		ad = NULL;
	}
	if (ad) {
		int n = config_setting_length(ad);
		if (n == 0)
			err_at(c, ad, "alias_domains is empty: no mail would ever be handled");
		cfg->alias_domains = xcalloc(n + 1, sizeof(char *));
		for (int i = 0; i < n; i++) {
			config_setting_t *e = config_setting_get_elem(ad, i);
			const char *v = config_setting_get_string(e);
			if (config_setting_type(e) != CONFIG_TYPE_STRING || !v) {
				err_at(c, e, "alias_domains[%d] must be a string", i);
				continue;
			}
			char *low = xstrdup(v);
			for (char *p = low; *p; p++)
				*p = tolower((unsigned char) *p);
			size_t dots = 0;
			for (const char *p = low; *p; p++)
				dots += *p == '.';
			/* An alias domain names Amazon's relay ("marketplace.amazon.com"); a
			 * shorter one ("amazon.com", ".") would make ordinary addresses aliases. */
			if (!valid_hostname(low) || dots < 2 || strstr(low, "..") ||
			    low[0] == '.' || strchr(low, ':')) {
				err_at(c, e,
				       "alias_domains[%d] \"%s\" is not an alias domain (a host "
				       "name "
				       "of three or more labels, such as marketplace.amazon.com)",
				       i, v);
				free(low);
				continue;
			}
			cfg->alias_domains[cfg->n_alias_domains++] = low;
		}
	} else {
		cfg->alias_domains = xcalloc(ELEMENTSOF(default_alias_domains) + 1, sizeof(char *));
		for (size_t i = 0; i < ELEMENTSOF(default_alias_domains); i++)
			cfg->alias_domains[cfg->n_alias_domains++] =
			        xstrdup(default_alias_domains[i]);
	}

	cfg->timeouts = (struct config_timeouts){30, 60, 540, 600};
	config_setting_t *t = member(c, root, "timeouts", CONFIG_TYPE_GROUP, "");
	if (t) {
		static const char *const tkeys[] = {"connect", "command", "idle_refresh",
		                                    "data_final", NULL};
		check_keys(c, t, "timeouts", tkeys);
		get_uint(c, t, "connect", "timeouts", &cfg->timeouts.connect, 1, 3600);
		get_uint(c, t, "command", "timeouts", &cfg->timeouts.command, 1, 3600);
		/* RFC 2177: re-issue IDLE before the server's 30-minute autologout. */
		get_uint(c, t, "idle_refresh", "timeouts", &cfg->timeouts.idle_refresh, 1, 1740);
		get_uint(c, t, "data_final", "timeouts", &cfg->timeouts.data_final, 1, 3600);
	}
	cfg->retry_max_age = 5 * 86400;
	get_uint(c, root, "retry_max_age", "", &cfg->retry_max_age, 1, 365LL * 86400);
	cfg->journal_keep = 30 * 86400;
	get_uint(c, root, "journal_keep", "", &cfg->journal_keep, 0, 10LL * 365 * 86400);
	cfg->fetch_attempts = 3;
	get_uint(c, root, "fetch_attempts", "", &cfg->fetch_attempts, 1, 100);
	cfg->stats_keep = 400;
	get_uint(c, root, "stats_keep", "", &cfg->stats_keep, 0, 36500);
	/* buyers' aliases and order IDs: personal data, never kept forever */
	cfg->state_keep = 90;
	get_uint(c, root, "state_keep", "", &cfg->state_keep, 1, 3650);
	parse_metrics(c, root, &cfg->metrics);

	config_setting_t *accts = config_setting_get_member(root, "accounts");
	if (!accts) {
		err_at(c, NULL, "no accounts = ( { ... } ) list: nothing to do");
		return;
	}
	if (config_setting_type(accts) != CONFIG_TYPE_LIST) {
		err_at(c, accts, "accounts must be a list ( { ... }, ... ), not %s",
		       type_name(config_setting_type(accts)));
		return;
	}
	int n = config_setting_length(accts);
	if (n == 0)
		err_at(c, accts, "accounts is empty: nothing to do");
	cfg->accounts = xcalloc(n ? n : 1, sizeof(*cfg->accounts));
	_cleanup_(freep) unsigned *name_line = xcalloc(n ? n : 1, sizeof(unsigned));
	_cleanup_(freep) char *host_fqdn = NULL;
	for (int i = 0; i < n; i++) {
		config_setting_t *a = config_setting_get_elem(accts, i);
		if (config_setting_type(a) != CONFIG_TYPE_GROUP) {
			err_at(c, a, "accounts[%d] must be a group { ... }", i);
			continue;
		}
		struct config_account *acc = &cfg->accounts[cfg->n_accounts++];
		parse_account(c, a, acc);
		config_setting_t *name_at = config_setting_get_member(a, "name");
		name_line[cfg->n_accounts - 1] = name_at ? config_setting_source_line(name_at) : 0;
		/* Two accounts with one name would share (and fight over) one journal. */
		for (size_t k = 0; acc->name && k + 1 < cfg->n_accounts; k++)
			if (cfg->accounts[k].name && streq(cfg->accounts[k].name, acc->name))
				err_at(c, name_at,
				       "duplicate account name \"%s\" (also on line %u)", acc->name,
				       name_line[k]);
		/* Two accounts draining one folder would both relay each message. */
		for (size_t k = 0; k + 1 < cfg->n_accounts; k++) {
			const struct config_account *o = &cfg->accounts[k];
			if (o->imap.host && acc->imap.host && o->imap.user && acc->imap.user &&
			    strcasecmp(o->imap.host, acc->imap.host) == 0 &&
			    o->imap.port == acc->imap.port && streq(o->imap.user, acc->imap.user) &&
			    (same_folder(o->folders.watch, acc->folders.watch) ||
			     same_folder(o->folders.approved, acc->folders.approved)))
				err_at(c, name_at,
				       "accounts \"%s\" and \"%s\" watch the same folder of "
				       "%s@%s:%u; "
				       "both would relay every message",
				       o->name ? o->name : "?", acc->name ? acc->name : "?",
				       acc->imap.user, acc->imap.host, acc->imap.port);
		}
		if (!acc->smtp.helo) {
			if (!host_fqdn)
				host_fqdn = fqdn();
			acc->smtp.helo = xstrdup(host_fqdn);
		}
	}
}

int config_load(const char *path, struct diag *d, struct config **ret)
{
	config_t cf;
	struct ctx c = {.path = path, .d = d};

	*ret = NULL;
	char *slash = strrchr(path, '/');
	c.dir = slash ? xstrndup(path, slash == path ? 1 : (size_t) (slash - path)) : xstrdup(".");

	struct stat st;
	if (stat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
		diag_add(d, path, 0, "is a directory, not a configuration file");
		free(c.dir);
		return -EISDIR;
	}
	config_init(&cf);
	config_set_include_dir(&cf, c.dir);
	if (!config_read_file(&cf, path)) {
		int r = config_error_type(&cf) == CONFIG_ERR_FILE_IO ? -errno : -EINVAL;
		if (config_error_type(&cf) == CONFIG_ERR_FILE_IO)
			diag_add(d, path, 0, "%s", r ? strerror(-r) : "cannot read file");
		else
			diag_add(d, config_error_file(&cf) ? config_error_file(&cf) : path,
			         config_error_line(&cf), "%s", config_error_text(&cf));
		config_destroy(&cf);
		free(c.dir);
		return r < 0 ? r : -EINVAL;
	}

	struct config *cfg = xcalloc(1, sizeof(*cfg));
	cfg->file = xstrdup(path);
	parse_root(&c, config_root_setting(&cf), cfg);
	config_destroy(&cf);
	free(c.dir);
	if (c.errors) {
		config_free(cfg);
		return -EINVAL;
	}
	*ret = cfg;
	return 0;
}

static void server_free(struct config_server *s)
{
	free(s->host);
	free(s->user);
	free(s->secret_source);
	free(s->ca_file);
	free(s->helo);
	free(s->envelope_from);
	free(s->file);
}

/* server_drop - a login allocated on its own (notices.imap, buyer_mail.imap), or NULL. */
static void server_drop(struct config_server *s)
{
	if (s)
		server_free(s);
	free(s);
}

struct config *config_free(struct config *c)
{
	if (!c)
		return NULL;
	for (size_t i = 0; i < c->n_accounts; i++) {
		struct config_account *a = &c->accounts[i];
		free(a->name);
		server_free(&a->imap);
		server_free(&a->smtp);
		free(a->folders.watch);
		free(a->folders.relayed);
		free(a->folders.rejected);
		free(a->folders.review);
		free(a->folders.approved);
		free(a->folders.reports);
		free(a->envelope_recipient_header);
		for (size_t k = 0; k < a->n_approved; k++) {
			for (size_t m = 0; m < a->approved[k].n_marketplaces; m++)
				free(a->approved[k].marketplaces[m]);
			for (size_t m = 0; m < a->approved[k].n_addresses; m++)
				free(a->approved[k].addresses[m]);
			free(a->approved[k].marketplaces);
			free(a->approved[k].addresses);
		}
		free(a->approved);
		for (size_t k = 0; k < a->n_daily_orders; k++)
			free(a->daily_orders[k].marketplace);
		free(a->daily_orders);
		free(a->notices_folder);
		free(a->buyer_folder);
		server_drop(a->notices_imap);
		server_drop(a->buyer_imap);
		free(a->response_warn);
	}
	free(c->accounts);
	for (size_t i = 0; i < c->n_alias_domains; i++)
		free(c->alias_domains[i]);
	free(c->alias_domains);
	free(c->file);
	free(c->rules_dir);
	free(c->local_rules_dir);
	free(c->state_dir);
	free(c->metrics.listen);
	free(c);
	return NULL;
}

bool config_same_login(const struct config_server *x, const struct config_server *y)
{
	return x->host && y->host && strcasecmp(x->host, y->host) == 0 && x->port == y->port &&
	       (x->user ? y->user && streq(x->user, y->user) : !y->user);
}

void config_endpoint(const struct config *c, const struct config_server *srv, struct endpoint *ep)
{
	*ep = (struct endpoint){
	        .host = srv->host,
	        .port = srv->port,
	        .tls = srv->tls,
	        .ca_file = srv->ca_file,
	        .user = srv->user,
	        .secret = srv->secret,
	        .secret_source = srv->secret_source,
	        .helo = srv->helo,
	        .idle = srv->idle,
	        .connect_s = c->timeouts.connect,
	        .command_s = c->timeouts.command,
	        .data_final_s = c->timeouts.data_final,
	};
}

const char *config_tls_name(enum endpoint_tls t)
{
	return (unsigned) t < ELEMENTSOF(tls_names) ? tls_names[t] : "?";
}

/* A libconfig string literal: quotes and backslashes escaped, control bytes as \xNN. */
static void print_str(FILE *f, const char *s)
{
	fputc('"', f);
	for (; *s; s++) {
		unsigned char ch = *s;
		if (ch == '"' || ch == '\\')
			fprintf(f, "\\%c", ch);
		else if (ch < 0x20 || ch == 0x7f)
			fprintf(f, "\\x%02x", ch);
		else
			fputc(ch, f);
	}
	fputc('"', f);
}

static void print_kv(FILE *f, int indent, const char *key, const char *v)
{
	fprintf(f, "%*s%s = ", indent, "", key);
	print_str(f, v);
	fputs(";\n", f);
}

static void print_server(FILE *f, int in, const char *which, const struct config_server *s,
                         bool imap)
{
	fprintf(f, "%*s%s = {\n", in, "", which);
	print_kv(f, in + 2, "host", s->host);
	fprintf(f, "%*sport = %u;\n", in + 2, "", s->port);
	print_kv(f, in + 2, "tls", config_tls_name(s->tls));
	if (s->user)
		print_kv(f, in + 2, "user", s->user);
	/* Where the secret comes from, never the secret: config_load never reads it. */
	switch (s->secret) {
	case ENDPOINT_SECRET_PASSWORD_FILE:
		print_kv(f, in + 2, "password_file", s->secret_source);
		break;
	case ENDPOINT_SECRET_PASSWORD_COMMAND:
		print_kv(f, in + 2, "password_command", s->secret_source);
		break;
	case ENDPOINT_SECRET_OAUTH2_COMMAND:
		print_kv(f, in + 2, "oauth2_token_command", s->secret_source);
		break;
	case ENDPOINT_SECRET_NONE:
		fprintf(f, "%*s# no AUTH\n", in + 2, "");
		break;
	}
	if (s->ca_file)
		print_kv(f, in + 2, "ca_file", s->ca_file);
	else
		fprintf(f, "%*s# ca_file: the system trust store\n", in + 2, "");
	if (imap) {
		fprintf(f, "%*sidle = %s;\n", in + 2, "", s->idle ? "true" : "false");
	} else {
		print_kv(f, in + 2, "helo", s->helo);
		if (s->envelope_from)
			print_kv(f, in + 2, "envelope_from", s->envelope_from);
		else
			fprintf(f, "%*s# envelope_from: the message's From address\n", in + 2, "");
	}
	fprintf(f, "%*s};\n", in, "");
}

/* notices / buyer_mail: the folder, and the login when it is not the account's own. */
static void print_source(FILE *f, const char *which, const char *folder,
                         const struct config_server *srv)
{
	fprintf(f, "    %s = {\n", which);
	print_kv(f, 6, "folder", folder);
	if (srv)
		print_server(f, 6, "imap", srv, true);
	else
		fputs("      # imap: the account's own login\n", f);
	fputs("    };\n", f);
}

void config_print(const struct config *c, FILE *f)
{
	fprintf(f, "# effective configuration of %s\n", c->file);
	print_kv(f, 0, "rules_dir", c->rules_dir);
	print_kv(f, 0, "local_rules_dir", c->local_rules_dir);
	print_kv(f, 0, "state_dir", c->state_dir);
	fputs("alias_domains = [", f);
	for (size_t i = 0; i < c->n_alias_domains; i++) {
		fputs(i ? ",\n  " : "\n  ", f);
		print_str(f, c->alias_domains[i]);
	}
	fputs(" ];\n", f);
	fprintf(f,
	        "timeouts = { connect = %u; command = %u; idle_refresh = %u; data_final = %u; "
	        "};\n",
	        c->timeouts.connect, c->timeouts.command, c->timeouts.idle_refresh,
	        c->timeouts.data_final);
	fprintf(f, "retry_max_age = %u;\n", c->retry_max_age);
	fprintf(f, "journal_keep = %u;\n", c->journal_keep);
	fprintf(f, "fetch_attempts = %u;\n", c->fetch_attempts);
	fprintf(f, "stats_keep = %u;\n", c->stats_keep);
	fprintf(f, "state_keep = %u;\n", c->state_keep);
	if (c->metrics.listen) {
		fputs("metrics = {\n", f);
		print_kv(f, 2, "listen", c->metrics.listen);
		fprintf(f, "  allow_remote = %s;\n", c->metrics.allow_remote ? "true" : "false");
		fputs("};\n", f);
	} else {
		fputs("# metrics: off\n", f);
	}
	fputs("accounts = (\n", f);
	for (size_t i = 0; i < c->n_accounts; i++) {
		const struct config_account *a = &c->accounts[i];
		fputs("  {\n", f);
		print_kv(f, 4, "name", a->name);
		print_server(f, 4, "imap", &a->imap, true);
		print_server(f, 4, "smtp", &a->smtp, false);
		fputs("    folders = {\n", f);
		print_kv(f, 6, "watch", a->folders.watch);
		print_kv(f, 6, "relayed", a->folders.relayed);
		print_kv(f, 6, "rejected", a->folders.rejected);
		print_kv(f, 6, "review", a->folders.review);
		print_kv(f, 6, "approved", a->folders.approved);
		print_kv(f, 6, "reports", a->folders.reports);
		fputs("    };\n", f);
		print_kv(f, 4, "report", report_names[a->report]);
		print_kv(f, 4, "mode", mode_names[a->mode]);
		if (a->envelope_recipient_header)
			print_kv(f, 4, "envelope_recipient_header", a->envelope_recipient_header);
		if (a->n_approved) {
			fputs("    approved_senders = (", f);
			for (size_t k = 0; k < a->n_approved; k++) {
				const struct config_approved *ap = &a->approved[k];
				fputs(k ? ",\n      { marketplaces = ["
				        : "\n      { marketplaces = [",
				      f);
				for (size_t m = 0; m < ap->n_marketplaces; m++) {
					fputs(m ? ", " : " ", f);
					print_str(f, ap->marketplaces[m]);
				}
				fputs(" ]; addresses = [", f);
				for (size_t m = 0; m < ap->n_addresses; m++) {
					fputs(m ? ", " : " ", f);
					print_str(f, ap->addresses[m]);
				}
				fputs(" ]; }", f);
			}
			fputs(" );\n", f);
		} else {
			fputs("    # approved_senders: not checked\n", f);
		}
		fprintf(f, "    seller_state = %s;\n", a->seller_state ? "true" : "false");
		if (a->n_daily_orders) {
			fputs("    average_daily_orders = (", f);
			for (size_t k = 0; k < a->n_daily_orders; k++) {
				fputs(k ? ",\n      { marketplace = " : "\n      { marketplace = ",
				      f);
				print_str(f, a->daily_orders[k].marketplace);
				fprintf(f, "; orders = %u; }", a->daily_orders[k].orders);
			}
			fputs(" );\n", f);
		}
		print_source(f, "notices", a->notices_folder, a->notices_imap);
		print_source(f, "buyer_mail", a->buyer_folder, a->buyer_imap);
		fputs("    response_warn = [", f);
		for (size_t k = 0; k < a->n_response_warn; k++)
			fprintf(f, "%s %u", k ? "," : "", a->response_warn[k]);
		fprintf(f, " ];\n    response_digest = %s;\n",
		        a->response_digest ? "true" : "false");
		fprintf(f, "  }%s\n", i + 1 < c->n_accounts ? "," : "");
	}
	fputs(");\n", f);
}
