/*
 * seller_watch - Amazon's notices and the buyers' messages, read back; see
 * seller_watch.h.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <syslog.h>
#include <time.h>
#include <unistd.h>

#include "account.h"
#include "addr.h"
#include "buf.h"
#include "envelope.h"
#include "io.h"
#include "log.h"
#include "metrics.h"
#include "notice.h"
#include "orderid.h"
#include "replyclock.h"
#include "secret.h"
#include "seller.h"
#include "seller_gate.h"
#include "seller_watch.h"

#define BUYER_FIRST_WINDOW 500 /* UIDs read on a buyer folder's first pass */

enum which { NOTICES, BUYERS };

/* source - where one folder is read: the account's own login (the pass's session), or
 * a login of its own (`notices.imap`, `buyer_mail.imap`), kept open across passes. A
 * source whose login fails is retried with backoff and never stops the watch folder. */
struct source {
	const char *group;               /* "notices" or "buyer_mail", for messages */
	const struct config_server *srv; /* NULL: the account's login */
	const char *folder;
	char *key;            /* the folder's cursor in the seller state */
	void *mb;             /* the session on srv, while open */
	struct source *owner; /* the other source on the same login: its session is used */
	uint64_t retry_at;    /* account_now_mono() seconds */
	unsigned backoff;
};

struct seller_watch {
	struct notice_rules *rules;
	unsigned reloads; /* a->sh->reloads when rules were loaded */
	struct source src[2];
};

static uint64_t now_wall(void)
{
	return (uint64_t) time(NULL);
}

static void busy(struct account *a, unsigned seconds)
{
	atomic_store(&a->busy_until, account_now_mono() + seconds + 30);
}

/* load - notices.list from rules_dir, then local_rules_dir. */
static int load(struct account *a, struct notice_rules **ret, char *err, size_t errlen)
{
	const struct config *cfg = a->sh->cfg;
	_cleanup_(freep) char *p1 = xasprintf("%s/notices.list", cfg->rules_dir);
	_cleanup_(freep) char *p2 = xasprintf("%s/notices.list", cfg->local_rules_dir);
	const char *paths[] = {p1, p2};
	struct diag d = DIAG_INIT;
	int r;

	r = notice_rules_load(paths, ELEMENTSOF(paths), &d, ret);
	if (r < 0) {
		_cleanup_(freep) char *first = d.n ? diag_format(&d, 0) : NULL;
		snprintf(err, errlen, "%s%s", first ? first : strerror(-r),
		         d.n > 1 ? " (and more problems in notices.list)" : "");
	} else if (!notice_rules_count(*ret)) {
		struct log_fields f = {.account = a->cfg->name};
		log_msg(LOG_WARNING, &f,
		        "no notices.list in %s or %s: every message in %s will be reported as "
		        "unknown",
		        cfg->rules_dir, cfg->local_rules_dir, a->cfg->notices_folder);
	}
	diag_clear(&d);
	return r;
}

int seller_watch_open(struct account *a, char *err, size_t errlen)
{
	struct seller_watch *w;
	int r;

	if (!a->cfg->seller_state)
		return 0;
	w = xcalloc(1, sizeof(*w));
	w->reloads = atomic_load(&a->sh->reloads);
	r = load(a, &w->rules, err, errlen);
	if (r < 0) {
		free(w);
		return r;
	}
	for (int k = NOTICES; k <= BUYERS; k++) {
		struct source *src = &w->src[k];
		src->group = k == NOTICES ? "notices" : "buyer_mail";
		src->srv = k == NOTICES ? a->cfg->notices_imap : a->cfg->buyer_imap;
		src->folder = k == NOTICES ? a->cfg->notices_folder : a->cfg->buyer_folder;
		/* Cursors of another login's folders name the login: two INBOXes differ. */
		src->key = src->srv ? xasprintf("%s@%s:%u/%s", src->srv->user ? src->srv->user : "",
		                                src->srv->host, src->srv->port, src->folder)
		                    : xstrdup(src->folder);
		src->backoff = 1;
	}
	if (w->src[NOTICES].srv && w->src[BUYERS].srv &&
	    config_same_login(w->src[NOTICES].srv, w->src[BUYERS].srv))
		w->src[BUYERS].owner = &w->src[NOTICES];
	a->watch = w;
	return 0;
}

/* reload - after a SIGHUP: the new wordings, or the old ones kept when the new file
 * does not load (like the ruleset, daemon/aliasgated.c). */
static void reload(struct account *a)
{
	struct seller_watch *w = a->watch;
	struct log_fields f = {.account = a->cfg->name};
	struct notice_rules *fresh = NULL;
	char err[512];

	w->reloads = atomic_load(&a->sh->reloads);
	if (load(a, &fresh, err, sizeof(err)) < 0) {
		log_msg(LOG_ERR, &f,
		        "notices.list reload failed, keeping the %zu wordings in use: %s",
		        notice_rules_count(w->rules), err);
		return;
	}
	notice_rules_free(w->rules);
	w->rules = fresh;
	log_msg(LOG_NOTICE, &f, "notices.list reloaded (%zu wordings)", notice_rules_count(fresh));
}

void seller_watch_close(struct account *a)
{
	if (!a->watch)
		return;
	for (int k = NOTICES; k <= BUYERS; k++) {
		if (a->watch->src[k].mb)
			a->io->close(a->watch->src[k].mb);
		free(a->watch->src[k].key);
	}
	notice_rules_free(a->watch->rules);
	free(a->watch);
	a->watch = NULL;
}

/* header - the first top-level field name's decoded value, "" when absent. */
static void header(const struct message *m, const char *name, char *out, size_t len)
{
	size_t nl = strlen(name);

	out[0] = 0;
	for (size_t t = 0; m && t < m->n_texts[SCOPE_HEADERS]; t++)
		for (const char *l = m->texts[SCOPE_HEADERS][t].orig; l && *l;) {
			const char *e = strchr(l, '\n');
			size_t ll = e ? (size_t) (e - l) : strlen(l);
			if (ll > nl && strncasecmp(l, name, nl) == 0 && l[nl] == ':') {
				const char *v = l + nl + 1;
				while (v < l + ll && (*v == ' ' || *v == '\t'))
					v++;
				snprintf(out, len, "%.*s", (int) (l + ll - v), v);
				return;
			}
			l = e ? e + 1 : NULL;
		}
}

void seller_watch_refs(const struct message *m, char *out, size_t len)
{
	char irt[512], refs[1024];
	size_t n = 0;

	header(m, "In-Reply-To", irt, sizeof(irt));
	header(m, "References", refs, sizeof(refs));
	out[0] = 0;
	for (int k = 0; k < 2; k++)
		for (const char *p = k ? refs : irt; *p;) {
			p += strspn(p, " \t<>,");
			size_t w = strcspn(p, " \t<>,");
			if (w && n + w + 2 < len) {
				n += (size_t) snprintf(out + n, len - n, "%s%.*s", n ? " " : "",
				                       (int) w, p);
			}
			p += w;
		}
}

/* ---- reports ---- */

/* say - text for a report; a report cut short by a failed allocation is still sent. */
static void say(struct buf *b, const char *fmt, ...) _printf_(2, 3);
static void say(struct buf *b, const char *fmt, ...)
{
	va_list ap;
	char *t;

	va_start(ap, fmt);
	t = xvasprintf(fmt, ap);
	va_end(ap);
	if (buf_puts(b, t) < 0)
		log_msg(LOG_ERR, NULL, "report text cut short");
	free(t);
}

static void put_clean(struct buf *b, const char *s, size_t max)
{
	for (size_t i = 0; s && s[i] && i < max; i++)
		say(b, "%c", (unsigned char) s[i] < 0x20 ? ' ' : s[i]);
}

/* deliver - a report of our own (text/plain) to the reports folder, and by mail when
 * `report` says so and smtp.envelope_from names the seller. */
static void deliver(struct account *a, void *mb, const char *subject, const char *body)
{
	const struct config_account *c = a->cfg;
	struct log_fields f = {.account = c->name};
	struct buf out = BUF_INIT(0);
	char date[64], host[256] = "localhost";
	time_t now = time(NULL);
	struct tm tm;
	int r = 0;

	gmtime_r(&now, &tm);
	strftime(date, sizeof(date), "%a, %d %b %Y %H:%M:%S +0000", &tm);
	(void) gethostname(host, sizeof(host) - 1);
	r |= buf_printf(&out, "From: aliasgate <%s>\r\n",
	                c->smtp.envelope_from ? c->smtp.envelope_from : "aliasgate@localhost");
	if (c->smtp.envelope_from)
		r |= buf_printf(&out, "To: <%s>\r\n", c->smtp.envelope_from);
	r |= buf_printf(&out, "Date: %s\r\nMessage-ID: <aliasgate.notice.%lx.%d.%p@%s>\r\n", date,
	                (unsigned long) now, (int) getpid(), (const void *) body, host);
	r |= buf_puts(&out, "Subject: [aliasgate] ");
	put_clean(&out, subject, 300);
	r |= buf_puts(&out, "\r\nAuto-Submitted: auto-generated\r\nX-Aliasgate-Verdict: notice\r\n"
	                    "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
	                    "Content-Transfer-Encoding: 8bit\r\n\r\n");
	for (const char *p = body; *p; p++)
		r |= *p == '\n' ? buf_puts(&out, "\r\n") : buf_putc(&out, *p);
	if (r) {
		buf_free(&out);
		return;
	}
	if (c->report == CONFIG_REPORT_APPEND || c->report == CONFIG_REPORT_BOTH) {
		busy(a, a->sh->cfg->timeouts.command);
		if (a->io->append(mb, c->folders.reports, out.data, out.len) < 0)
			log_msg(LOG_ERR, &f, "cannot append report to %s: %s", c->folders.reports,
			        a->io->last_reply(mb));
	}
	if ((c->report == CONFIG_REPORT_MAIL || c->report == CONFIG_REPORT_BOTH) &&
	    c->smtp.envelope_from) {
		struct smtp_result res = {0};
		char *secret = NULL, err[256] = "";
		const char *to[1] = {c->smtp.envelope_from};
		struct endpoint ep;
		config_endpoint(a->sh->cfg, &c->smtp, &ep);
		if (c->smtp.secret != ENDPOINT_SECRET_NONE &&
		    secret_fetch(&ep, a->sh->cfg->timeouts.command, &secret, err, sizeof(err)) <
		            0) {
			log_msg(LOG_ERR, &f, "cannot mail report: smtp secret: %s", err);
		} else {
			busy(a, a->sh->cfg->timeouts.data_final);
			(void) a->io->send(&ep, secret, c->smtp.envelope_from, to, 1, NULL,
			                   out.data, out.len, &res, NULL, NULL);
			if (res.outcome != SMTP_OK)
				log_msg(LOG_ERR, &f, "cannot mail report: %s: %s", res.stage,
				        res.text);
		}
		secret_free(secret);
	}
	buf_free(&out);
}

static void iso_day(uint64_t t, char *buf, size_t len)
{
	time_t tt = (time_t) t;
	struct tm tm;

	gmtime_r(&tt, &tm);
	strftime(buf, len, "%Y-%m-%d %H:%M UTC", &tm);
}

/* ---- notices ---- */

struct aliases {
	const char *order;
	char **v;
	size_t n;
};

static void alias_of_order(const struct seller_sent *e, void *userdata)
{
	struct aliases *al = userdata;

	if (!streq(e->order, al->order))
		return;
	for (size_t i = 0; i < al->n; i++)
		if (strcasecmp(al->v[i], e->alias) == 0)
			return;
	al->v = xrealloc(al->v, (al->n + 1) * sizeof(char *));
	al->v[al->n++] = xstrdup(e->alias);
}

/* amazon_marketplace - "marketplace.amazon.TLD" from a sender at amazon.TLD (or a
 * subdomain of it), "" otherwise. */
static void amazon_marketplace(const char *from, char *out, size_t len)
{
	const char *d = from ? addr_domain(from) : NULL;
	const char *a = d ? strcasestr(d, "amazon.") : NULL;

	out[0] = 0;
	if (a && (a == d || a[-1] == '.') && a[7] && !strchr(a, '@'))
		snprintf(out, len, "marketplace.%s", a);
	for (char *p = out; *p; p++)
		*p = (char) (*p >= 'A' && *p <= 'Z' ? *p - 'A' + 'a' : *p);
}

/* notice_one - one message of the notices folder. Returns the EVENT NOTICE's text. */
static void notice_one(struct account *a, void *mb, struct seller *s, const struct message *m,
                       const char *ref, struct buf *body, char *subject, size_t slen,
                       struct seller_event *mark)
{
	const struct config_account *c = a->cfg;
	struct log_fields f = {.account = c->name};
	struct notice_match nm;
	uint64_t now = now_wall();
	int r = 0;

	if (!notice_match(a->watch->rules, m, now, &nm)) {
		log_msg(LOG_WARNING, &f,
		        "a message in %s is not a notice notices.list knows: reported once, left "
		        "alone",
		        c->notices_folder);
		snprintf(subject, slen, "Unknown message in %s", c->notices_folder);
		say(body,
		    "aliasgate could not read this message in %s as one of Amazon's notices "
		    "(opt-out, blocked message, restriction). It was left where it is and "
		    "is reported only this once.\n\nSubject: ",
		    c->notices_folder);
		put_clean(body, m->subject, 300);
		say(body,
		    "\nFrom: %s\nMessage-ID: %s\n\n"
		    "If it is a notice from Amazon, add its wording to notices.list in "
		    "the local rules directory (rules/README.md, \"Notices\").\n",
		    m->from ? m->from : "(none)", ref);
		mark->text = "unknown";
		return;
	}
	char src[600];
	snprintf(src, sizeof(src), "%s (%s: %s)", nm.id,
	         nm.quoted ? "wording quoted from" : "wording constructed from", nm.source);
	switch (nm.kind) {
	case NOTICE_OPTED_OUT: {
		struct aliases al = {.order = nm.order};
		if (!nm.order[0]) {
			snprintf(subject, slen, "Amazon opt-out notice without an order ID");
			say(body,
			    "Amazon's notice (%s) says a buyer opted out, but names no "
			    "order ID aliasgate can match: nothing was recorded.\n",
			    src);
			mark->text = "opted-out, no order";
			break;
		}
		seller_foreach(s, alias_of_order, &al);
		snprintf(subject, slen, "Amazon: the buyer of order %s opted out", nm.order);
		say(body,
		    "Amazon's notice (%s) says the buyer of order %s opted out of "
		    "unsolicited messages.\n\n",
		    src, nm.order);
		for (size_t i = 0; i < al.n && r == 0; i++) {
			char mp[256];
			struct seller_event e = {
			        .time = now,
			        .kind = SELLER_EV_OPTOUT,
			        .order = nm.order,
			        .alias = al.v[i],
			        .marketplace = envelope_marketplace(al.v[i], mp, sizeof(mp)),
			        .ref = nm.id};
			r = seller_event_add(s, &e);
			say(body,
			    "From now on aliasgate holds proactive mail to %s "
			    "(state.opted-out); replies in the buyer's thread still pass.\n",
			    al.v[i]);
		}
		if (!al.n) {
			struct seller_event e = {.time = now,
			                         .kind = SELLER_EV_OPTOUT,
			                         .order = nm.order,
			                         .ref = nm.id};
			r = seller_event_add(s, &e);
			say(body,
			    "aliasgate has no record of the buyer's alias for this order, "
			    "so it holds proactive mail that names order %s "
			    "(state.opted-out).\n",
			    nm.order);
		}
		for (size_t i = 0; i < al.n; i++)
			free(al.v[i]);
		free(al.v);
		mark->text = "opted-out";
		break;
	}
	case NOTICE_BLOCKED_CONTENT: {
		struct seller_sent sent;
		if (!nm.order[0] || !seller_last_sent(s, nm.order, now, &sent)) {
			snprintf(subject, slen, "Amazon blocked a message%s%s",
			         nm.order[0] ? " for order " : "", nm.order);
			say(body,
			    "Amazon's notice (%s) says a message%s%s was blocked for its content. "
			    "aliasgate has no record of relaying it (sent another way, or "
			    "older than state_keep).\n",
			    src, nm.order[0] ? " for order " : "", nm.order);
			mark->text = "blocked-content, not ours";
			break;
		}
		char verdict[300], when[40];
		snprintf(verdict, sizeof(verdict), "passed%s%s",
		         *sent.categories ? ", warned: " : "", sent.categories);
		iso_day(sent.time, when, sizeof(when));
		_cleanup_(freep) char *alias = xstrdup(sent.alias);
		_cleanup_(freep) char *mp = xstrdup(sent.marketplace);
		struct seller_event e = {.time = now,
		                         .kind = SELLER_EV_MISS,
		                         .value = sent.time,
		                         .order = nm.order,
		                         .alias = alias,
		                         .marketplace = mp,
		                         .ref = nm.id,
		                         .text = verdict};
		r = seller_event_add(s, &e);
		metrics_amazon_blocked(a->sh->metrics, a->cfg->name, mp, sent.categories);
		snprintf(subject, slen, "Amazon blocked it; aliasgate had passed it (order %s)",
		         nm.order);
		say(body,
		    "Amazon blocked it; aliasgate had passed it.\n\n"
		    "  Amazon:    did not meet the Buyer-Seller Messaging communication "
		    "guidelines (%s)\n"
		    "  aliasgate: %s\n"
		    "  message:   order %s to %s, relayed %s\n\n"
		    "This is recorded as a miss (`aliasgate state misses`). Compare the "
		    "message in the relayed folder with the rules, and tell whoever keeps "
		    "them.\n",
		    src, verdict, nm.order, alias, when);
		mark->text = "blocked-content";
		break;
	}
	case NOTICE_RESTRICTED_PROACTIVE: {
		char mp[256];
		struct seller_sent sent;
		snprintf(mp, sizeof(mp), "%s", nm.marketplace);
		if (!mp[0] && nm.order[0] && seller_last_sent(s, nm.order, now, &sent))
			snprintf(mp, sizeof(mp), "%s", sent.marketplace);
		if (!mp[0])
			amazon_marketplace(m->from, mp, sizeof(mp));
		if (!mp[0]) {
			snprintf(subject, slen,
			         "Amazon restriction notice for an unknown marketplace");
			say(body,
			    "Amazon's notice (%s) restricts proactive messages, but aliasgate "
			    "cannot tell for which marketplace (no order it relayed, no "
			    "amazon.TLD sender): nothing is held. Add a marketplace line to the "
			    "notices.list entry if this recurs.\n",
			    src);
			mark->text = "restricted-proactive, no marketplace";
			break;
		}
		struct seller_event e = {.time = now,
		                         .kind = SELLER_EV_RESTRICT,
		                         .until = nm.until,
		                         .marketplace = mp,
		                         .ref = nm.id};
		r = seller_event_add(s, &e);
		char when[40] = "";
		if (nm.until)
			iso_day(nm.until, when, sizeof(when));
		snprintf(subject, slen, "Amazon restricted proactive messages on %s", mp);
		say(body,
		    "Amazon's notice (%s) restricts your proactive messages on %s.\n\n"
		    "aliasgate holds proactive mail to %s %s%s (state.restricted). Replies "
		    "to buyers still pass.\n",
		    src, mp, mp, nm.until ? "until " : "until `aliasgate state lift ",
		    nm.until ? when : mp);
		if (!nm.until)
			say(body, "` (the notice names no end).\n");
		mark->text = "restricted-proactive";
		break;
	}
	}
	if (r < 0)
		log_msg(LOG_CRIT, &f, "seller state %s: write failed: %s", seller_path(s),
		        strerror(-r));
	else
		log_msg(LOG_NOTICE, &f, "Amazon notice read: %s (%s)", notice_kind_name(nm.kind),
		        nm.id);
}

/* ---- buyer messages ---- */

static uint64_t date_of(const struct message *m, uint64_t now)
{
	char d[256];
	struct tm tm = {0};
	const char *end;

	header(m, "Date", d, sizeof(d));
	const char *p = strchr(d, ',') ? strchr(d, ',') + 1 : d;
	end = strptime(p, " %d %b %Y %H:%M:%S %z", &tm);
	if (!end) { /* "GMT", "UT" or an obsolete zone name: read as UTC */
		tm = (struct tm){0};
		end = strptime(p, " %d %b %Y %H:%M:%S", &tm);
	}
	if (!end)
		return now;
	long off = tm.tm_gmtoff;
	time_t t = timegm(&tm) - off;
	if (t <= 0 || (uint64_t) t > now + 300 || (uint64_t) t + 30 * 86400 < now)
		return now;
	return (uint64_t) t;
}

static bool is_alias(const struct account *a, const char *from)
{
	const struct config *cfg = a->sh->cfg;

	if (!from || !addr_valid(from))
		return false;
	if (cfg->n_alias_domains)
		return addr_domain_in(from, (const char *const *) cfg->alias_domains,
		                      cfg->n_alias_domains) >= 0;
	const char *d = addr_domain(from);
	return d && addr_host_is_amazon_alias(d, strlen(d));
}

/* ---- the passes ---- */

struct digest {
	struct buf body;
	size_t n;
	const unsigned *warn;
	struct seller *s;
	uint64_t now;
	int r;
};

static void overdue_one(const struct seller_event *b, uint64_t age, size_t level, void *userdata)
{
	struct digest *d = userdata;
	char ref[300];

	snprintf(ref, sizeof(ref), "%u %s", d->warn[level], b->ref);
	if (d->r < 0 || seller_event_seen(d->s, SELLER_EV_OVERDUE, ref))
		return;
	struct seller_event e = {.time = d->now,
	                         .kind = SELLER_EV_OVERDUE,
	                         .value = d->warn[level],
	                         .order = b->order,
	                         .alias = b->alias,
	                         .marketplace = b->marketplace,
	                         .ref = ref};
	d->r = seller_event_add(d->s, &e);
	if (d->r < 0)
		return;
	d->n++;
	say(&d->body, "  %s  order %s  unanswered for %llu s (past %u s)\n", b->alias,
	    *b->order ? b->order : "(none)", (unsigned long long) age, d->warn[level]);
}

static void overdue(struct account *a, void *mb)
{
	const struct config_account *c = a->cfg;
	struct log_fields f = {.account = c->name};
	struct digest d = {.body = BUF_INIT(0), .warn = c->response_warn, .now = now_wall()};

	d.s = seller_gate_lock(a);
	if (!d.s)
		return;
	replyclock_unanswered(d.s, d.now, c->response_warn, c->n_response_warn, overdue_one, &d);
	seller_gate_unlock(a);
	if (d.n) {
		log_msg(LOG_WARNING, &f,
		        "%zu buyer thread%s newly past a response_warn threshold unanswered "
		        "(`aliasgate state show` lists them)",
		        d.n, d.n == 1 ? "" : "s");
		if (c->response_digest) {
			_cleanup_(freep) char *body = xasprintf(
			        "Buyer messages still unanswered (Amazon counts 24 hours, weekends "
			        "included; auto-responders do not count):\n\n%.*s\n"
			        "Answer them in the buyer's thread, or mark them \"no response "
			        "needed\" "
			        "in Seller Central.\n",
			        (int) d.body.len, d.body.data ? d.body.data : "");
			char subject[120];
			snprintf(subject, sizeof(subject), "%zu buyer thread%s unanswered", d.n,
			         d.n == 1 ? "" : "s");
			deliver(a, mb, subject, body);
		}
	}
	buf_free(&d.body);
}

/* watch_folder - one pass over a source's folder, read on session in; reports go to
 * the account's session mb. */
static int watch_folder(struct account *a, void *in, void *mb, enum which which)
{
	const struct config_account *c = a->cfg;
	const struct source *src = &a->watch->src[which];
	const char *folder = src->folder;
	struct log_fields f = {.account = c->name};
	_cleanup_(freep) uint32_t *uids = NULL;
	uint32_t uidvalidity = 0, uidnext = 0, cv = 0, cu = 0, last = 0;
	size_t n = 0;
	bool have;
	int r;

	busy(a, a->sh->cfg->timeouts.command);
	r = a->io->select(in, folder, &uidvalidity, &uidnext);
	if (r < 0) {
		log_msg(LOG_ERR, &f, "cannot select %s: %s", folder, a->io->last_reply(in));
		return r == -EIO ? 0 : r;
	}
	struct seller *s = seller_gate_lock(a);
	if (!s)
		return 0;
	have = seller_cursor(s, src->key, &cv, &cu) && cv == uidvalidity;
	seller_gate_unlock(a);
	uint32_t from = have ? cu + 1 : 1;
	if (!have && which == BUYERS && uidnext > BUYER_FIRST_WINDOW)
		from = uidnext - BUYER_FIRST_WINDOW;
	if (have && uidnext && from >= uidnext)
		return 0; /* nothing new */
	r = a->io->search(in, from, &uids, &n);
	if (r < 0) {
		log_msg(LOG_ERR, &f, "cannot search %s: %s", folder, a->io->last_reply(in));
		return r == -EIO ? 0 : r;
	}
	for (size_t i = 0; i < n; i++) {
		_cleanup_(freep) char *raw = NULL;
		_cleanup_(message_freep) struct message *m = NULL;
		size_t len = 0;
		char ref[300];
		if (uids[i] < from)
			continue; /* "n:*" lists the last message even below n */
		busy(a, a->sh->cfg->timeouts.command);
		r = a->io->fetch(in, uids[i], &raw, &len);
		if (r == -ENOENT || r == -EIO) {
			last = uids[i];
			continue;
		}
		if (r < 0)
			return r;
		(void) message_parse(raw, len, NULL, &m);
		if (m->message_id && *m->message_id)
			snprintf(ref, sizeof(ref), "%.255s", m->message_id);
		else
			snprintf(ref, sizeof(ref), "uid:%u:%u", uidvalidity, uids[i]);
		last = uids[i];
		if (which == NOTICES) {
			struct buf body = BUF_INIT(0);
			char subject[300] = "";
			struct seller_event mark = {
			        .time = now_wall(), .kind = SELLER_EV_NOTICE, .ref = ref};
			s = seller_gate_lock(a);
			if (!s)
				return 0;
			bool seen = seller_event_seen(s, SELLER_EV_NOTICE, ref);
			if (!seen)
				notice_one(a, mb, s, m, ref, &body, subject, sizeof(subject),
				           &mark);
			seller_gate_unlock(a);
			if (!seen) {
				/* the report first: a kill before the mark repeats it, never
				 * loses it */
				say(&body, "%s", "");
				deliver(a, mb, subject, body.data ? body.data : "");
				s = seller_gate_lock(a);
				if (s) {
					if (seller_event_add(s, &mark) < 0)
						log_msg(LOG_CRIT, &f,
						        "seller state %s: write failed",
						        seller_path(s));
					seller_gate_unlock(a);
				}
			}
			buf_free(&body);
			continue;
		}
		if (!is_alias(a, m->from))
			continue;
		char order[ORDERID_LEN + 1] = "", mp[256];
		(void) orderid_find(m, order);
		struct seller_event e = {.time = date_of(m, now_wall()),
		                         .kind = SELLER_EV_BUYER,
		                         .order = order,
		                         .alias = m->from,
		                         .marketplace =
		                                 envelope_marketplace(m->from, mp, sizeof(mp)),
		                         .ref = ref};
		s = seller_gate_lock(a);
		if (!s)
			return 0;
		if (!seller_event_seen(s, SELLER_EV_BUYER, ref) && seller_event_add(s, &e) < 0)
			log_msg(LOG_CRIT, &f, "seller state %s: write failed", seller_path(s));
		seller_gate_unlock(a);
	}
	if (!last && !have && uidnext > 1)
		last = uidnext - 1; /* an empty window: start after what is there */
	if (last && (!have || last > cu)) {
		struct seller_event e = {.time = now_wall(),
		                         .kind = SELLER_EV_CURSOR,
		                         .value = (uint64_t) uidvalidity << 32 | last,
		                         .ref = src->key};
		s = seller_gate_lock(a);
		if (s) {
			if (seller_event_add(s, &e) < 0)
				log_msg(LOG_CRIT, &f, "seller state %s: write failed",
				        seller_path(s));
			seller_gate_unlock(a);
		}
	}
	return 0;
}

/* source_pass - watch_folder() on the source's session. A failure of the account's
 * own session is returned (the caller reconnects); a login of the source's own is
 * closed and retried after a backoff, and the pass goes on. */
static int source_pass(struct account *a, void *mb, enum which which)
{
	struct source *src = &a->watch->src[which];
	struct source *own = src->owner ? src->owner : src;
	struct log_fields f = {.account = a->cfg->name};
	uint64_t now = account_now_mono();
	int r;

	if (!src->srv)
		return watch_folder(a, mb, mb, which);
	if (!own->mb) {
		if (now < own->retry_at)
			return 0;
		/* the notices folder is created where it is read, as on the account's login */
		r = a->io->connect_login(a, own->srv, which == NOTICES ? src->folder : NULL,
		                         &own->mb);
		if (r < 0) {
			own->mb = NULL;
			own->retry_at = now + own->backoff;
			log_msg(LOG_WARNING, &f,
			        "%s.imap %s:%u unavailable; the watch folder goes on, next try in "
			        "%u s",
			        src->group, own->srv->host, own->srv->port, own->backoff);
			own->backoff = account_backoff_next(own->backoff);
			return 0;
		}
		log_msg(LOG_INFO, &f, "%s.imap: connected to %s:%u", src->group, own->srv->host,
		        own->srv->port);
	}
	r = watch_folder(a, own->mb, mb, which);
	if (r == 0) {
		own->backoff = 1;
		return 0;
	}
	log_msg(LOG_WARNING, &f, "%s.imap %s:%u: %s; reconnecting in %u s", src->group,
	        own->srv->host, own->srv->port, a->io->last_reply(own->mb), own->backoff);
	a->io->close(own->mb);
	own->mb = NULL;
	own->retry_at = now + own->backoff;
	return 0;
}

int seller_watch_pass(struct account *a, void *mb)
{
	int r = 0;

	if (!a->watch)
		return 0;
	if (atomic_load(&a->sh->reloads) != a->watch->reloads)
		reload(a);
	for (int k = NOTICES; r == 0 && k <= BUYERS; k++)
		r = source_pass(a, mb, k);
	if (r == 0)
		overdue(a, mb);
	return r;
}
