/*
 * account - one seller mailbox, on its own thread.
 *
 * The IMAP folder is the queue; the journal is the only local state. The order of
 * every step below is what makes "never lost, never sent twice" hold across a kill -9
 * at any instruction:
 *
 *   RELAYING is fsynced before SMTP DATA, RELAYED after the 250. A RELAYING record
 *   found later means we died inside the transaction: the buyer may have the message,
 *   so it goes to review and is never resent automatically.
 *
 *   A message leaves the watch folder (MOVE) only after its outcome is journaled, so
 *   a kill between the two just repeats the MOVE.
 *
 *   A report is written before the outcome is journaled: a kill in between repeats the
 *   report (two explanations), never loses it.
 *
 * A journal write error stops this account only: without the journal we cannot promise
 * exactly-once, and other accounts have their own journals.
 */
#include <errno.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <sys/file.h>
#include <fcntl.h>
#include <inttypes.h>
#include <poll.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <syslog.h>
#include <time.h>
#include <unistd.h>

#include "account.h"
#include "addr.h"
#include "audit_log.h"
#include "buf.h"
#include "clock.h"
#include "fault.h"
#include "io.h"
#include "imap_source.h"
#include "journal.h"
#include "limit.h"
#include "log.h"
#include "message.h"
#include "metrics.h"
#include "policy.h"
#include "report.h"
#include "rfc5322.h"
#include "secret.h"
#include "seller_gate.h"
#include "seller_watch.h"
#include "smtp_sink.h"
#include "stamp.h"
#include "verdict.h"

enum folder_kind {
	FOLDER_WATCH,
	FOLDER_APPROVED,
};

/* Per-pass context: everything one message's handling needs. */
struct pass {
	struct account *a;
	void *mb; /* the mailbox session (io.h) */
	struct policy_scratch *scratch;
	enum folder_kind kind;
	const char *folder;
	struct journal *j;
	uint32_t uidvalidity;
	uint64_t next_due;                 /* earliest DEFERRED retry seen in this pass, 0 = none */
	struct journal_present present[2]; /* per folder kind: UIDs of its last search */
	/* The relay session kept from one message to the next of a pass (smtp_sink.h),
	 * ended before the account waits: one connect, TLS handshake and AUTH per burst. */
	struct smtp_session *relay;
	/* Relayed messages whose MOVE waits for the next flush_moves(): their RELAYED
	 * record is durable, and one found in the folder after a kill is moved again
	 * (item_enter()'s table), so waiting loses nothing and sends nothing twice. */
	uint32_t moves[IMAP_MOVE_SET_MAX];
	size_t n_moves;
	/* Bodies read ahead in one UID FETCH (read_ahead()), taken by fetch_body(). */
	struct imap_fetched ahead[IMAP_FETCH_SET_MAX];
	size_t n_ahead;
};

/* One message being handled. */
struct item {
	uint32_t uid;
	char *raw;
	size_t len;
	struct message *msg;
	struct journal_entry entry; /* the state we write next */
	char **rcpts;               /* alias recipients (envelope_recipients()), owned */
	size_t n_rcpts;
	uint64_t appended; /* the server's INTERNALDATE, unix seconds; 0 unknown */
};

/* since - where the gate's own delay starts: the seller's APPEND (INTERNALDATE) when
 * the server told it, else the journal's first fetch, whichever is earlier. */
static uint64_t since(const struct item *it)
{
	uint64_t fs = it->entry.first_seen;
	return it->appended && (!fs || it->appended < fs) ? it->appended : fs;
}

uint64_t account_now_mono(void)
{
	return clock_mono_ms() / 1000;
}

unsigned account_backoff_next(unsigned seconds)
{
	return seconds * 2 > LIMIT_RECONNECT_BACKOFF ? LIMIT_RECONNECT_BACKOFF : seconds * 2;
}

static uint64_t now_wall(void)
{
	return (uint64_t) time(NULL);
}

const char *account_health_name(int health)
{
	static const char *const names[] = {"starting",     "working", "idle",
	                                    "reconnecting", "stopped", "FAILED"};
	return health >= 0 && (size_t) health < ELEMENTSOF(names) ? names[health] : "?";
}

/* busy - tell the watchdog how long the next blocking step may legitimately take. */
static void busy(struct account *a, unsigned seconds)
{
	atomic_store(&a->busy_until, account_now_mono() + seconds + 30);
}

static bool stopping(const struct account *a)
{
	return atomic_load(&a->sh->stop);
}

/* nap - sleep, but wake at once when the daemon is asked to stop. */
static void nap(struct account *a, unsigned seconds)
{
	struct pollfd p = {.fd = a->sh->wake_fd, .events = POLLIN};

	busy(a, seconds);
	(void) poll(&p, 1, (int) seconds * 1000);
}

static void log_fields(struct log_fields *f, const struct pass *p, uint32_t uid)
{
	*f = (struct log_fields){
	        .account = p->a->cfg->name, .uidvalidity = p->uidvalidity, .uid = uid};
}

/* count - one outcome for the metrics endpoint and the stats file (metrics.h); sets
 * DIGEST= and MARKETPLACE= in f for the verdict's log line. */
static void count(struct pass *p, struct item *it, const struct verdict *v, enum metrics_outcome o,
                  struct log_fields *f)
{
	struct metrics_msg mm = {.a = p->a,
	                         .approved = p->kind == FOLDER_APPROVED,
	                         .key = &it->entry.key,
	                         .rcpts = it->rcpts,
	                         .n_rcpts = it->n_rcpts,
	                         .msg = it->msg,
	                         .v = v,
	                         .first_seen = since(it),
	                         .scratch = p->scratch};
	metrics_count(p->a->sh->metrics, &mm, o, f);
}

static const char *folder_for(const struct config_account *c, enum journal_outcome o)
{
	switch (o) {
	case JOURNAL_OUT_RELAYED:
	case JOURNAL_OUT_OVERRIDE:
		return c->folders.relayed;
	case JOURNAL_OUT_REJECTED:
	case JOURNAL_OUT_RELAY_REJECTED:
		return c->folders.rejected;
	case JOURNAL_OUT_REVIEW:
	case JOURNAL_OUT_NONE:
		break;
	}
	return c->folders.review;
}

static const char *state_name(enum journal_state st)
{
	switch (st) {
	case JOURNAL_NONE:
		return "new";
	case JOURNAL_SKIPPED:
		return "skipped";
	case JOURNAL_DEFERRED:
		return "deferred";
	case JOURNAL_RELAYING:
		return "relaying";
	case JOURNAL_RELAYED:
		return "relayed";
	case JOURNAL_AMBIGUOUS:
		return "ambiguous";
	case JOURNAL_FILED:
		return "filed";
	}
	return "?";
}

/* journal_failed - a journal write error stops the account: without the journal,
 * exactly-once cannot be promised (the header comment). Returns r. */
static int journal_failed(struct pass *p, const struct log_fields *f, int r)
{
	log_msg(LOG_CRIT, f,
	        "journal write failed (%s): stopping this account to keep exactly-once",
	        strerror(-r));
	atomic_store(&p->a->health, ACCOUNT_FAILED);
	return r;
}

/* item_enter - the one place a message changes state, as OpenSMTPD's mta_enter_state():
 * the new state is journaled (fsynced) first, then traced. Every transition of a
 * message's life goes through here:
 *
 *   new -> skipped                       not for a buyer (left in the folder)
 *   new -> filed(rejected|review)        rules, engine, loop, duplicate, unreadable
 *   new|deferred -> relaying -> relayed  the relay's 250
 *                            -> deferred a 4xx or a session failure: retried
 *                            -> filed    a 5xx (relay-rejected) or no final reply
 *   relayed -> (MOVE to relayed)         after a kill: the move is repeated
 *   relaying (found at start) -> filed(review): maybe delivered, never resent
 *
 * A journal write error stops the account: without the journal, exactly-once cannot be
 * promised (the header comment). */
static int item_enter(struct pass *p, struct item *it, enum journal_state st,
                      enum journal_outcome o)
{
	enum journal_state from = it->entry.state;
	struct log_fields f;
	int r;

	it->entry.state = st;
	it->entry.outcome = o;
	it->entry.updated = now_wall();
	/* Group commit (journal.h): RELAYED and FILED may wait for the next durable record
	 * or the end of the pass; RELAYING, DEFERRED and the rest are durable at once. */
	r = st == JOURNAL_RELAYED || st == JOURNAL_FILED ? journal_append_lazy(p->j, &it->entry)
	                                                 : journal_append(p->j, &it->entry);
	log_fields(&f, p, it->uid);
	if (r < 0)
		return journal_failed(p, &f, r);
	log_msg(LOG_DEBUG, &f, "state %s -> %s%s%s", state_name(from), state_name(st),
	        st == JOURNAL_FILED ? " in " : "",
	        st == JOURNAL_FILED ? folder_for(p->a->cfg, o) : "");
	return 0;
}

static int move(struct pass *p, uint32_t uid, const char *folder)
{
	struct log_fields f;
	int r;

	busy(p->a, p->a->sh->cfg->timeouts.command);
	r = p->a->io->move(p->mb, uid, folder);
	if (r < 0) {
		log_fields(&f, p, uid);
		log_msg(LOG_ERR, &f, "cannot move to %s: %s", folder, p->a->io->last_reply(p->mb));
	}
	return r;
}

/* sync_journal - the pass's lazy records made durable (journal.h, group commit). */
static int sync_journal(struct pass *p)
{
	struct log_fields f = {.account = p->a->cfg->name};
	int r = journal_sync(p->j);

	return r < 0 ? journal_failed(p, &f, r) : 0;
}

/* flush_moves - the relayed messages waiting in p->moves, in one UID MOVE to the
 * relayed folder; one by one when the set is refused, so one bad UID cannot hold the
 * others. */
static int flush_moves(struct pass *p)
{
	const char *folder = p->a->cfg->folders.relayed;
	size_t n = p->n_moves;
	int r = 0;

	p->n_moves = 0;
	if (n == 0)
		return 0;
	if (p->a->io->move_set) {
		busy(p->a, p->a->sh->cfg->timeouts.command);
		r = p->a->io->move_set(p->mb, p->moves, n, folder);
		/* a refusal (NO, BAD) leaves the session standing: try them one by one */
		if (r == 0 || (r != -EIO && r != -EPROTO) || stopping(p->a))
			return r;
	}
	for (size_t i = 0; i < n; i++) {
		r = move(p, p->moves[i], folder);
		if (r < 0)
			return r;
	}
	return 0;
}

/* move_relayed - queues the move of a relayed message (p->moves). */
static int move_relayed(struct pass *p, uint32_t uid)
{
	if (p->n_moves == IMAP_MOVE_SET_MAX) {
		int r = flush_moves(p);
		if (r < 0)
			return r;
	}
	p->moves[p->n_moves++] = uid;
	return 0;
}

/* deliver_report - APPEND to the reports folder and/or mail it to the seller, as the
 * account's `report` setting says. A report that cannot be delivered is logged; it
 * never blocks filing the message itself. */
static void deliver_report(struct pass *p, struct item *it, enum report_kind kind,
                           const struct verdict *v, const char *folder, const char *server_reply,
                           const char *note)
{
	const struct config_account *c = p->a->cfg;
	const char *seller =
	        it->msg && it->msg->from && addr_valid(it->msg->from) ? it->msg->from : NULL;
	struct report_info info = {
	        .kind = kind,
	        .account = c->name,
	        .to = seller,
	        .from = c->smtp.envelope_from ? c->smtp.envelope_from : seller,
	        .folder = folder,
	        .server_reply = server_reply,
	        .note = note,
	        .now = time(NULL),
	};
	struct buf out = BUF_INIT(0);
	struct log_fields f;

	log_fields(&f, p, it->uid);
	if (report_build(&info, v, it->msg ? it->msg->subject : NULL, it->raw, it->len, &out) < 0) {
		log_msg(LOG_ERR, &f, "cannot build report");
		buf_free(&out);
		return;
	}
	if (c->report == CONFIG_REPORT_APPEND || c->report == CONFIG_REPORT_BOTH) {
		busy(p->a, p->a->sh->cfg->timeouts.command);
		if (p->a->io->append(p->mb, c->folders.reports, out.data, out.len) < 0)
			log_msg(LOG_ERR, &f, "cannot append report to %s: %s", c->folders.reports,
			        p->a->io->last_reply(p->mb));
	}
	if ((c->report == CONFIG_REPORT_MAIL || c->report == CONFIG_REPORT_BOTH) && seller) {
		struct smtp_result res;
		char *secret = NULL;
		char err[256] = "";
		const char *to[1] = {seller};
		struct endpoint ep;

		config_endpoint(p->a->sh->cfg, &c->smtp, &ep);
		if (c->smtp.secret != ENDPOINT_SECRET_NONE &&
		    secret_fetch(&ep, p->a->sh->cfg->timeouts.command, &secret, err, sizeof(err)) <
		            0) {
			log_msg(LOG_ERR, &f, "cannot mail report: smtp secret: %s", err);
		} else {
			busy(p->a, p->a->sh->cfg->timeouts.data_final);
			(void) p->a->io->send(&ep, secret, info.from, to, 1, NULL, out.data,
			                      out.len, &res, NULL, NULL);
			if (res.outcome != SMTP_OK)
				log_msg(LOG_ERR, &f, "cannot mail report: %s: %s", res.stage,
				        res.text);
		}
		secret_free(secret);
	}
	buf_free(&out);
}

/* file_as - report (unless kind < 0), journal the outcome, then move. */
static int file_as(struct pass *p, struct item *it, enum journal_outcome o, int kind,
                   const struct verdict *v, const char *server_reply, const char *note)
{
	const char *folder = folder_for(p->a->cfg, o);
	int r;

	if (kind >= 0)
		deliver_report(p, it, (enum report_kind) kind, v, folder, server_reply, note);
	r = item_enter(p, it, JOURNAL_FILED, o);
	if (r < 0)
		return r;
	FAULT_POINT("journal-before-move");
	return move(p, it->uid, folder);
}

static uint64_t defer_delay(uint32_t attempts)
{
	uint64_t d = 1;

	/* 2, 4, 8 ... seconds, capped: RFC 5321 4.5.4.1 asks for growing retry intervals;
	 * the cap keeps a seller's 24-hour answer clock in view. */
	for (uint32_t i = 0; i < attempts && d < LIMIT_RETRY_BACKOFF; i++)
		d *= 2;
	return d < LIMIT_RETRY_BACKOFF ? d : LIMIT_RETRY_BACKOFF;
}

/* identity_of - what the loop-guard stamp covers: the Message-ID and body digests. */
static void identity_of(const struct item *it, uint8_t out[STAMP_IDENTITY_BYTES])
{
	memcpy(out, it->entry.key.mid, 16);
	memcpy(out + 16, it->entry.key.body, 16);
}

/* stamped - the bytes to relay: our stamp field first, then the message as fetched
 * (lib/state/stamp.h). A field added on top breaks no DKIM signature. */
static struct buf stamped(const struct account *a, const struct item *it)
{
	struct buf b = BUF_INIT(0);
	uint8_t id[STAMP_IDENTITY_BYTES];
	char value[STAMP_VALUE_MAX];

	identity_of(it, id);
	stamp_make(&a->sh->stamp, id, now_wall(), value);
	if (buf_printf(&b, "%s: %s\r\n", STAMP_FIELD, value) < 0 ||
	    buf_append(&b, it->raw, it->len) < 0)
		panic("relay buffer");
	return b;
}

/* has_our_stamp - any top-level X-AliasGate-Stamp field this gate can verify. */
static bool has_our_stamp(const struct account *a, const struct item *it)
{
	static const char name[] = STAMP_FIELD ":";
	uint8_t id[STAMP_IDENTITY_BYTES];
	const struct message *m = it->msg;

	identity_of(it, id);
	for (size_t t = 0; m && t < m->n_texts[SCOPE_HEADERS]; t++)
		for (const char *l = m->texts[SCOPE_HEADERS][t].orig; l && *l;) {
			const char *e = strchr(l, '\n');
			if (strncasecmp(l, name, sizeof(name) - 1) == 0) {
				_cleanup_(freep) char *v = xstrndup(
				        l + sizeof(name) - 1,
				        (e ? (size_t) (e - l) : strlen(l)) - (sizeof(name) - 1));
				if (stamp_verify(&a->sh->stamp, id, v))
					return true;
			}
			l = e ? e + 1 : NULL;
		}
	return false;
}

/* One relay attempt, carried through its three steps. */
struct relay_try {
	struct endpoint ep;
	char *secret;
	bool *skip;                 /* recipients an earlier attempt delivered to */
	enum smtp_outcome *outcome; /* per recipient, from the relay */
	struct buf data;            /* the stamped message */
	struct smtp_result res;
};

static void relay_try_clear(struct relay_try *t)
{
	secret_free(t->secret);
	free(t->skip);
	free(t->outcome);
	buf_free(&t->data);
}

static int relay_defer(struct pass *p, struct item *it, const struct verdict *v,
                       const struct smtp_result *res);

/* relay_prepare - everything before the journal says RELAYING: the credential (a
 * failure is a 4xx: nothing was sent), the recipients already done, the stamp. */
static int relay_prepare(struct pass *p, struct item *it, struct relay_try *t)
{
	const struct config_account *c = p->a->cfg;
	const struct config *cfg = p->a->sh->cfg;
	char err[256] = "";

	config_endpoint(cfg, &c->smtp, &t->ep);
	if (c->smtp.secret != ENDPOINT_SECRET_NONE &&
	    secret_fetch(&t->ep, cfg->timeouts.command, &t->secret, err, sizeof(err)) < 0) {
		struct log_fields f;
		log_fields(&f, p, it->uid);
		log_msg(LOG_ERR, &f, "smtp credentials: %s", err);
		snprintf(t->res.text, sizeof(t->res.text), "smtp credentials: %s", err);
		t->res.outcome = SMTP_TEMPFAIL;
		return -EAGAIN;
	}
	t->skip = xcalloc(it->n_rcpts + 1, sizeof(bool));
	t->outcome = xcalloc(it->n_rcpts + 1, sizeof(*t->outcome));
	for (size_t i = 0; i < it->n_rcpts; i++) {
		uint8_t d[16];
		journal_rcpt_digest(it->rcpts[i], d);
		t->skip[i] = journal_rcpt_is_done(p->j, &it->entry.key, d);
	}
	t->data = stamped(p->a, it);
	return 0;
}

/* relay_send - RELAYING is fsynced before DATA (the header comment), then the one
 * transaction, then the recipients it delivered to are journaled one by one. */
static int relay_send(struct pass *p, struct item *it, struct relay_try *t)
{
	const struct config *cfg = p->a->sh->cfg;
	const struct config_account *c = p->a->cfg;
	const char *from = c->smtp.envelope_from ? c->smtp.envelope_from : it->msg->from;
	int r = item_enter(p, it, JOURNAL_RELAYING, JOURNAL_OUT_NONE);

	if (r < 0)
		return r;
	FAULT_POINT("journal-relaying");
	busy(p->a, cfg->timeouts.connect + 4 * cfg->timeouts.command + cfg->timeouts.data_final);
	(void) p->a->io->send(&t->ep, t->secret, from, (const char *const *) it->rcpts, it->n_rcpts,
	                      t->skip, t->data.data, t->data.len, &t->res, t->outcome, &p->relay);
	for (size_t i = 0; i < it->n_rcpts && t->res.outcome != SMTP_OK; i++)
		if (t->outcome[i] == SMTP_OK && !t->skip[i]) {
			uint8_t d[16];
			journal_rcpt_digest(it->rcpts[i], d);
			r = journal_rcpt_done(p->j, &it->entry.key, d);
			if (r < 0) {
				/* RELAYING stays the last word: review, never a resend */
				struct log_fields f;
				log_fields(&f, p, it->uid);
				return journal_failed(p, &f, r);
			}
		}
	return 0;
}

/* relay_settle - what the relay's answer means for the message. */
static int relay_settle(struct pass *p, struct item *it, const struct verdict *v, bool override,
                        const struct relay_try *t)
{
	const struct config_account *c = p->a->cfg;
	const struct smtp_result *res = &t->res;
	struct log_fields f;
	int r;

	log_fields(&f, p, it->uid);
	switch (res->outcome) {
	case SMTP_OK:
		FAULT_POINT("relayed-before-journal");
		r = item_enter(p, it, JOURNAL_RELAYED,
		               override ? JOURNAL_OUT_OVERRIDE : JOURNAL_OUT_RELAYED);
		if (r < 0)
			return r;
		seller_gate_sent(p->a, it->msg, it->rcpts, it->n_rcpts, v, since(it));
		atomic_fetch_add(&p->a->relayed, 1);
		count(p, it, v,
		      !override && (v->kind == VERDICT_REJECT || v->n_hits) ? METRICS_WARNED
		                                                            : METRICS_RELAYED,
		      &f);
		f.verdict = override ? "override" : "relayed";
		log_msg(LOG_INFO, &f, "relayed to %zu alias recipient%s: %s", it->n_rcpts,
		        it->n_rcpts == 1 ? "" : "s", res->text);
		if (override) { /* a person's decision: the audit log (audit_log.h) */
			char idate[64] = "";
			/* one round trip before the move; without it the record has first_seen */
			if (p->a->io->internaldate(p->mb, it->uid, idate, sizeof(idate)) < 0)
				idate[0] = '\0';
			audit_log_override(idate, c, p->folder, p->uidvalidity, it->uid,
			                   it->msg->message_id, it->n_rcpts, it->entry.first_seen);
		}
		FAULT_POINT("journal-before-move");
		if (override)
			deliver_report(p, it, REPORT_OVERRIDE, v, c->folders.relayed, NULL, NULL);
		else if (v->kind == VERDICT_REJECT)
			deliver_report(p, it, REPORT_MONITOR, v, c->folders.relayed, NULL, NULL);
		else if (v->n_hits)
			deliver_report(p, it, REPORT_WARNED, v, c->folders.relayed, NULL, NULL);
		return move_relayed(p, it->uid);
	case SMTP_PERMFAIL:
		atomic_fetch_add(&p->a->rejected, 1);
		count(p, it, v, METRICS_REJECTED, &f);
		f.verdict = "relay-rejected";
		log_msg(LOG_NOTICE, &f, "relay refused it at %s: %s", res->stage, res->text);
		return file_as(p, it, JOURNAL_OUT_RELAY_REJECTED, REPORT_RELAY_REJECTED, v,
		               res->text, NULL);
	case SMTP_AMBIGUOUS:
		atomic_fetch_add(&p->a->held, 1);
		count(p, it, v, METRICS_REVIEW, &f);
		f.verdict = "ambiguous";
		log_msg(LOG_WARNING, &f,
		        "no final reply after the data (%s): may be delivered; "
		        "filing in review, not resending",
		        res->text);
		return file_as(p, it, JOURNAL_OUT_REVIEW, REPORT_AMBIGUOUS, v, res->text, NULL);
	case SMTP_TEMPFAIL:
		break;
	}
	return relay_defer(p, it, v, res);
}

/* relay_defer - a 4xx, a session failure or no credential: retried with growing
 * intervals (RFC 5321 4.5.4.1) until retry_max_age. */
static int relay_defer(struct pass *p, struct item *it, const struct verdict *v,
                       const struct smtp_result *res)
{
	struct log_fields f;
	int r;

	log_fields(&f, p, it->uid);
	it->entry.attempts++;
	it->entry.next_try = now_wall() + defer_delay(it->entry.attempts);
	f.verdict = "deferred";
	count(p, it, v, METRICS_DEFERRED, &f);
	log_msg(LOG_WARNING, &f, "deferred (attempt %" PRIu32 ", next in %" PRIu64 " s): %s",
	        it->entry.attempts, it->entry.next_try - now_wall(), res->text);
	r = item_enter(p, it, JOURNAL_DEFERRED, JOURNAL_OUT_NONE);
	if (r == 0 && (p->next_due == 0 || it->entry.next_try < p->next_due))
		p->next_due = it->entry.next_try;
	return r;
}

/* relay - one attempt in three steps: prepare, send (bracketed by the journal),
 * settle. */
static int relay(struct pass *p, struct item *it, const struct verdict *v, bool override)
{
	struct relay_try t = {.data = BUF_INIT(0)};
	int r;

	if (it->entry.state == JOURNAL_DEFERRED &&
	    now_wall() - it->entry.first_seen > p->a->sh->cfg->retry_max_age) {
		struct log_fields f;
		log_fields(&f, p, it->uid);
		count(p, it, v, METRICS_REVIEW, &f);
		return file_as(p, it, JOURNAL_OUT_REVIEW, REPORT_EXPIRED, v, NULL, NULL);
	}
	r = relay_prepare(p, it, &t);
	if (r == -EAGAIN)
		r = relay_defer(p, it, v, &t.res);
	else if (r == 0 && (r = relay_send(p, it, &t)) == 0)
		r = relay_settle(p, it, v, override, &t);
	relay_try_clear(&t);
	return r;
}

static void envelope_env_of(const struct account *a, struct envelope_env *env)
{
	const struct config *cfg = a->sh->cfg;

	*env = (struct envelope_env){
	        .alias_domains = (const char *const *) cfg->alias_domains,
	        .n_alias_domains = cfg->n_alias_domains,
	        .envelope_recipient_header = a->cfg->envelope_recipient_header,
	        .envelope_from = a->cfg->smtp.envelope_from != NULL,
	};
	seller_gate_env(a, env); /* approved_senders */
}

static void body_digest(const char *raw, size_t len, uint8_t out[16])
{
	size_t b = rfc5322_body_offset(raw, len);
	journal_digest(raw + b, len - b, out);
}

/* judge - the verdict under the current ruleset. The read lock is held only while
 * matching, never across network calls, so SIGHUP never waits on a server. */
static int judge(struct pass *p, struct item *it, bool override, struct verdict **ret)
{
	struct shared *sh = p->a->sh;
	int r;

	struct envelope_env env;

	envelope_env_of(p->a, &env);
	pthread_rwlock_rdlock(&sh->rules_lock);
	r = policy_eval(sh->rules, p->scratch, it->msg, &env, override ? POLICY_ENGINE_ONLY : 0,
	                ret);
	if (r == 0)
		memcpy(it->entry.ruleset, (*ret)->ruleset, sizeof(it->entry.ruleset));
	pthread_rwlock_unlock(&sh->rules_lock);
	return r;
}

static const char *first_rule(const struct verdict *v, enum action at_least)
{
	for (size_t i = 0; i < v->n_hits; i++)
		if (v->hits[i].action >= at_least)
			return v->hits[i].rule;
	return v->n_hits ? v->hits[0].rule : NULL;
}

/* handle_new - a message this journal has not decided yet (or a due retry). */
static int handle_new(struct pass *p, struct item *it, const struct journal_entry *prev)
{
	const struct config_account *c = p->a->cfg;
	_cleanup_(verdict_freep) struct verdict *v = NULL;
	bool override = p->kind == FOLDER_APPROVED;
	struct envelope_env env;
	struct log_fields f;
	int r;

	log_fields(&f, p, it->uid);
	/* The aliases RCPT TO will carry, as policy_eval() sees them; an unreadable
	 * envelope leaves none, and the verdict holds it. */
	envelope_env_of(p->a, &env);
	if (envelope_recipients(&env, it->msg, &it->rcpts, &it->n_rcpts) < 0) {
		it->rcpts = NULL;
		it->n_rcpts = 0;
	}
	if (has_our_stamp(p->a, it)) {
		/* Our own relayed copy came back (a provider rule matched it): a loop. */
		atomic_fetch_add(&p->a->held, 1);
		f.verdict = "loop";
		log_msg(LOG_WARNING, &f,
		        "carries this gate's own stamp: a relay loop; filing in "
		        "review, not resending");
		return file_as(p, it, JOURNAL_OUT_REVIEW, REPORT_LOOP, NULL, NULL, NULL);
	}
	if (!prev) {
		/* Identity: Message-ID, alias recipients and body, never the body alone. */
		journal_rcpts_digest((const char *const *) it->rcpts, it->n_rcpts,
		                     it->entry.key.rcpts);
		const struct journal_entry *seen = journal_find_content(p->j, &it->entry.key);
		const struct journal_entry *sent =
		        p->kind == FOLDER_APPROVED
		                ? journal_find_content(p->a->journal, &it->entry.key)
		                : NULL;
		if (!seen ||
		    (sent && (sent->state == JOURNAL_RELAYED || sent->state == JOURNAL_RELAYING)))
			seen = sent ? sent : seen;
		/* The same message under a new UID (UIDVALIDITY changed, or it was copied
		 * back): whatever happened to it before decides, never a second relay. */
		if (seen) {
			if (seen->state == JOURNAL_SKIPPED)
				return item_enter(p, it, JOURNAL_SKIPPED, JOURNAL_OUT_NONE);
			if (seen->state == JOURNAL_RELAYED ||
			    (seen->state == JOURNAL_FILED &&
			     (seen->outcome == JOURNAL_OUT_RELAYED ||
			      seen->outcome == JOURNAL_OUT_OVERRIDE))) {
				f.verdict = "duplicate";
				count(p, it, NULL, METRICS_DUPLICATE, &f);
				log_msg(LOG_NOTICE, &f,
				        "already relayed under uid %" PRIu32 "/%" PRIu32
				        ": filing, not resending",
				        seen->key.uidvalidity, seen->key.uid);
				/* Review, not Relayed: the seller sees that this copy was not
				 * sent, and a person decides (a templated reply to a second
				 * buyer must never vanish into Relayed). */
				return file_as(p, it, JOURNAL_OUT_REVIEW, REPORT_DUPLICATE, NULL,
				               NULL, NULL);
			}
			if (seen->state == JOURNAL_RELAYING)
				count(p, it, NULL, METRICS_REVIEW, &f);
			if (seen->state == JOURNAL_RELAYING)
				return file_as(p, it, JOURNAL_OUT_REVIEW, REPORT_AMBIGUOUS, NULL,
				               NULL,
				               "It reappeared under a new UID after an interrupted "
				               "delivery.");
			if (seen->state == JOURNAL_DEFERRED) {
				it->entry.attempts = seen->attempts;
				it->entry.first_seen = seen->first_seen;
			}
		}
	}

	r = judge(p, it, override, &v);
	if (r < 0)
		return r;
	/* Seller state: adds holds, rejections and warnings, never removes any. */
	seller_gate_judge(p->a, p->scratch, it->msg, it->rcpts, it->n_rcpts, override, v);
	if (v->kind == VERDICT_IGNORE) {
		/* Not for a buyer: leave it exactly where it is, and never fetch it again. */
		f.verdict = "ignored";
		count(p, it, v, METRICS_IGNORED, &f);
		log_msg(LOG_INFO, &f, "not addressed to a buyer alias: left in place");
		return item_enter(p, it, JOURNAL_SKIPPED, JOURNAL_OUT_NONE);
	}

	f.verdict = verdict_kind_name(v->kind);
	f.rule = first_rule(v, ACTION_REJECT);
	if (v->kind == VERDICT_HOLD) {
		atomic_fetch_add(&p->a->held, 1);
		count(p, it, v, METRICS_HELD, &f);
		log_msg(LOG_NOTICE, &f, "held for review (ruleset %s)", v->ruleset);
		return file_as(p, it, JOURNAL_OUT_REVIEW, REPORT_HELD, v, NULL, NULL);
	}
	if (v->kind == VERDICT_REJECT && c->mode == CONFIG_MODE_ENFORCE) {
		atomic_fetch_add(&p->a->rejected, 1);
		count(p, it, v, METRICS_REJECTED, &f);
		log_msg(LOG_NOTICE, &f, "rejected (ruleset %s)", v->ruleset);
		return file_as(p, it, JOURNAL_OUT_REJECTED, REPORT_REJECTED, v, NULL, NULL);
	}
	return relay(p, it, v, override);
}

static void item_clear(struct item *it)
{
	free(it->raw);
	envelope_free(it->rcpts);
	message_free(it->msg);
	*it = (struct item){0};
}

static struct fetch_failure *failure_of(struct account *a, uint32_t uidvalidity, uint32_t uid,
                                        bool add)
{
	struct fetch_failure *slot = NULL;

	for (size_t i = 0; i < a->n_failures; i++)
		if (a->failures[i].uid == uid && a->failures[i].uidvalidity == uidvalidity)
			return &a->failures[i];
	if (!add)
		return NULL;
	if (a->n_failures == ACCOUNT_FAILURES) {
		/* full: forget the oldest, which was filed or skipped long ago */
		memmove(a->failures, a->failures + 1,
		        (ACCOUNT_FAILURES - 1) * sizeof(*a->failures));
		a->n_failures--;
	}
	slot = &a->failures[a->n_failures++];
	*slot = (struct fetch_failure){.uidvalidity = uidvalidity, .uid = uid};
	return slot;
}

/* give_up_fetch - the server failed to hand this message over fetch_attempts times:
 * file it in review unsent, with a report quoting the server; if even that fails,
 * skip its UID from now on so the messages after it still flow. */
static int give_up_fetch(struct pass *p, struct item *it, struct fetch_failure *ff,
                         const char *server_reply)
{
	struct log_fields f;
	int r;

	log_fields(&f, p, it->uid);
	f.verdict = "held";
	f.rule = "engine.fetch";
	log_msg(LOG_WARNING, &f, "the server failed %u fetches (%s): filing in review unsent",
	        ff->count, server_reply);
	it->entry.key.uidvalidity = p->uidvalidity;
	it->entry.key.uid = it->uid;
	it->entry.first_seen = now_wall();
	atomic_fetch_add(&p->a->held, 1);
	count(p, it, NULL, METRICS_HELD, &f);
	r = file_as(p, it, JOURNAL_OUT_REVIEW, REPORT_UNREADABLE, NULL, server_reply, NULL);
	if (r < 0 && atomic_load(&p->a->health) != ACCOUNT_FAILED) {
		ff->skip = true;
		if (!ff->logged)
			log_msg(LOG_ERR, &f,
			        "cannot move it to review either: skipping this UID "
			        "until restart");
		ff->logged = true;
		return 0;
	}
	return r;
}

/* handle_uid - one UID of the folder, from wherever the journal left it. */
/* needs_fetch - whether handle_uid() will fetch uid: its journal state and fetch
 * failures say it is to be judged now (the cases of handle_uid() that go on to fetch). */
static bool needs_fetch(struct pass *p, uint32_t uid)
{
	const struct journal_entry *e = journal_find_uid(p->j, p->uidvalidity, uid);
	struct fetch_failure *ff = failure_of(p->a, p->uidvalidity, uid, false);

	if (e && (e->state == JOURNAL_SKIPPED || e->state == JOURNAL_RELAYED ||
	          e->state == JOURNAL_FILED ||
	          (e->state == JOURNAL_DEFERRED && e->next_try > now_wall())))
		return false;
	return !(ff && (ff->skip || ff->count >= p->a->sh->cfg->fetch_attempts));
}

static void drop_ahead(struct pass *p)
{
	imap_fetched_free(p->ahead, p->n_ahead);
	p->n_ahead = 0;
}

/* reopen - a new session on the folder of the pass, in place of a broken one; an error
 * when it cannot be had or the folder's UIDVALIDITY changed (the caller reconnects). */
static int reopen(struct pass *p)
{
	uint32_t uidvalidity = 0, uidnext = 0;
	int r;

	p->a->io->close(p->mb);
	p->mb = NULL;
	r = p->a->io->connect(p->a, &p->mb);
	if (r < 0)
		return r;
	busy(p->a, p->a->sh->cfg->timeouts.command);
	r = p->a->io->select(p->mb, p->folder, &uidvalidity, &uidnext);
	if (r == 0 && uidvalidity != p->uidvalidity)
		r = -ESTALE;
	return r;
}

/* read_ahead - before uids[i] is handled: when its body is not read yet, the bodies of
 * it and of the next ones that will be fetched, in one UID FETCH. Returns <0 only when
 * the session is unusable; a refusal (NO) leaves each to its own fetch. */
static int read_ahead(struct pass *p, const uint32_t *uids, size_t n, size_t i)
{
	uint32_t want[IMAP_FETCH_SET_MAX];
	size_t k = 0;
	int r;

	if (!p->a->io->fetch_set ||
	    (p->a->no_ahead_uidvalidity == p->uidvalidity && uids[i] <= p->a->no_ahead_through))
		return 0;
	for (size_t j = 0; j < p->n_ahead; j++)
		if (p->ahead[j].uid == uids[i])
			return 0; /* read ahead, or left to its own fetch (past the cap) */
	if (!needs_fetch(p, uids[i]))
		return 0;
	drop_ahead(p);
	for (size_t j = i; j < n && k < ELEMENTSOF(want); j++)
		if (j == i || needs_fetch(p, uids[j]))
			want[k++] = uids[j];
	if (k < 2)
		return 0; /* one message: its own fetch says more when it fails */
	busy(p->a, p->a->sh->cfg->timeouts.command);
	r = p->a->io->fetch_set(p->mb, want, k, LIMIT_FETCH_AHEAD_BYTES, p->ahead);
	if (r == 0) {
		p->n_ahead = k;
		return 0;
	}
	if (r == -EIO || stopping(p->a))
		return r == -EIO ? 0 : r;
	/* The session is gone or out of step (a body over the literal cap, a malformed
	 * answer): a new one at once, and these UIDs one by one, so that a failure is
	 * counted against its own message (handle_uid()) and the others go on. */
	struct log_fields f = {.account = p->a->cfg->name};
	log_msg(LOG_WARNING, &f, "read-ahead of UIDs %u..%u failed: %s; fetching them one by one",
	        want[0], want[k - 1], p->a->io->last_reply(p->mb));
	p->a->no_ahead_uidvalidity = p->uidvalidity;
	p->a->no_ahead_through = want[k - 1];
	return reopen(p);
}

/* fetch_body - uid's bodies from the read-ahead, else one UID FETCH. */
static int fetch_body(struct pass *p, struct item *it)
{
	int r;

	const char *idate = NULL;

	for (size_t j = 0; j < p->n_ahead && !idate; j++) {
		struct imap_fetched *f = &p->ahead[j];
		if (f->uid != it->uid || !f->raw)
			continue;
		it->raw = f->raw;
		it->len = f->len;
		f->raw = NULL;
		idate = f->idate;
	}
	if (!idate) {
		busy(p->a, p->a->sh->cfg->timeouts.command);
		r = p->a->io->fetch(p->mb, it->uid, &it->raw, &it->len);
		if (r < 0)
			return r;
		idate = p->a->io->fetched_date(p->mb);
	}
	if (clock_parse_imap_date(idate, &it->appended) < 0)
		it->appended = 0;
	return 0;
}

static int handle_uid(struct pass *p, uint32_t uid)
{
	const struct journal_entry *e = journal_find_uid(p->j, p->uidvalidity, uid);
	struct item it = {.uid = uid};
	struct log_fields f;
	int r;

	log_fields(&f, p, uid);
	if (e) {
		switch (e->state) {
		case JOURNAL_SKIPPED:
			return 0;
		case JOURNAL_RELAYED:
			/* Journaled, not yet moved: finish the move. */
			return move_relayed(p, uid);
		case JOURNAL_FILED:
			return move(p, uid, folder_for(p->a->cfg, e->outcome));
		case JOURNAL_DEFERRED:
			if (e->next_try > now_wall()) {
				if (p->next_due == 0 || e->next_try < p->next_due)
					p->next_due = e->next_try;
				return 0;
			}
			break;
		case JOURNAL_RELAYING:
		case JOURNAL_AMBIGUOUS:
		case JOURNAL_NONE:
			break;
		}
	}

	struct fetch_failure *ff = failure_of(p->a, p->uidvalidity, uid, false);
	if (ff && ff->skip)
		return 0;
	if (ff && ff->count >= p->a->sh->cfg->fetch_attempts) {
		r = give_up_fetch(p, &it, ff,
		                  "every attempt failed; the daemon's log has the "
		                  "server's answers");
		item_clear(&it);
		return r;
	}
	r = fetch_body(p, &it);
	if (r == -ENOENT)
		return 0; /* expunged meanwhile: someone else took it */
	if (r < 0) {
		if (stopping(p->a))
			return r;
		ff = failure_of(p->a, p->uidvalidity, uid, true);
		ff->count++;
		log_msg(LOG_ERR, &f, "fetch failed (%u of %u): %s", ff->count,
		        p->a->sh->cfg->fetch_attempts, p->a->io->last_reply(p->mb));
		if (r != -EIO)
			return r; /* the session is gone or out of step (an answer over the
			           * caps, a malformed one): reconnect, then try again */
		/* A tagged NO: the session still stands. Go on with the next message; this
		 * one is tried again after a backoff. */
		if (ff->count >= p->a->sh->cfg->fetch_attempts) {
			char why[512];
			snprintf(why, sizeof(why), "%s", p->a->io->last_reply(p->mb));
			r = give_up_fetch(p, &it, ff, why);
			item_clear(&it);
			return r;
		}
		uint64_t due = now_wall() + defer_delay(ff->count);
		if (p->next_due == 0 || due < p->next_due)
			p->next_due = due;
		return 0;
	}
	FAULT_POINT("fetched");
	(void) message_parse(it.raw, it.len, NULL, &it.msg);

	if (e) {
		it.entry = *e;
	} else {
		it.entry.key.uidvalidity = p->uidvalidity;
		it.entry.key.uid = uid;
		if (it.msg->message_id)
			journal_digest(it.msg->message_id, strlen(it.msg->message_id),
			               it.entry.key.mid);
		body_digest(it.raw, it.len, it.entry.key.body);
		it.entry.first_seen = now_wall();
	}

	if (e && (e->state == JOURNAL_RELAYING || e->state == JOURNAL_AMBIGUOUS)) {
		/* We died inside an SMTP transaction for this message. */
		atomic_fetch_add(&p->a->held, 1);
		count(p, &it, NULL, METRICS_REVIEW, &f);
		f.verdict = "ambiguous";
		log_msg(LOG_WARNING, &f,
		        "interrupted during delivery: may be delivered; filing in review, "
		        "not resending");
		r = file_as(p, &it, JOURNAL_OUT_REVIEW, REPORT_AMBIGUOUS, NULL, NULL, NULL);
	} else if (journal_suspect(p->j, p->uidvalidity, uid)) {
		/* Journal damage may have lost what happened to it: never resend. */
		atomic_fetch_add(&p->a->held, 1);
		count(p, &it, NULL, METRICS_REVIEW, &f);
		f.verdict = "ambiguous";
		log_msg(LOG_WARNING, &f, "journal records about it may be lost: filing in review");
		r = file_as(p, &it, JOURNAL_OUT_REVIEW, REPORT_AMBIGUOUS, NULL, NULL,
		            "The journal was damaged; it may have been delivered before.");
	} else {
		r = handle_new(p, &it, e);
	}
	item_clear(&it);
	return r;
}

struct low {
	uint32_t uidvalidity, uid;
};

static void lowest_open(const struct journal_entry *e, void *ctx)
{
	struct low *l = ctx;

	if (e->key.uidvalidity == l->uidvalidity && e->state != JOURNAL_SKIPPED &&
	    e->key.uid < l->uid)
		l->uid = e->key.uid;
}

/* search_from - the first UID a pass must look at: the lowest UID of this UIDVALIDITY
 * with a record other than SKIPPED (its message may still be in the folder: a due
 * retry, a move to finish), else one past the highest UID the journal has seen.
 * Records of messages already moved away only make the range longer, never wrong. */
static uint32_t search_from(const struct journal *j, uint32_t uidvalidity)
{
	uint32_t max = journal_max_uid(j, uidvalidity);
	struct low l = {uidvalidity, max == UINT32_MAX ? max : max + 1};

	journal_foreach(j, lowest_open, &l);
	return l.uid ? l.uid : 1;
}

/* run_folder - one pass over a folder: every UID the journal has not finished. */
static int run_folder(struct pass *p, enum folder_kind kind)
{
	_cleanup_(freep) uint32_t *uids = NULL;
	uint32_t uidnext = 0;
	size_t n = 0;
	int r;

	p->kind = kind;
	p->folder = kind == FOLDER_WATCH ? p->a->cfg->folders.watch : p->a->cfg->folders.approved;
	p->j = kind == FOLDER_WATCH ? p->a->journal : p->a->journal_approved;
	busy(p->a, p->a->sh->cfg->timeouts.command);
	r = p->a->io->select(p->mb, p->folder, &p->uidvalidity, &uidnext);
	if (r < 0 && stopping(p->a))
		return r; /* interrupted by the stop: not an error */
	if (r < 0) {
		struct log_fields f = {.account = p->a->cfg->name};
		log_msg(LOG_ERR, &f, "cannot select %s: %s", p->folder,
		        p->a->io->last_reply(p->mb));
		return r;
	}
	/* From the lowest UID that may still need work (a deferred retry, a move not yet
	 * done) or else past the highest one seen: a folder full of mail left alone (not
	 * for a buyer) is not listed again at every pass. */
	r = p->a->io->search(p->mb, search_from(p->j, p->uidvalidity), &uids, &n);
	if (r < 0 && stopping(p->a))
		return r;
	if (r < 0) {
		struct log_fields f = {.account = p->a->cfg->name};
		log_msg(LOG_ERR, &f, "cannot search %s: %s", p->folder,
		        p->a->io->last_reply(p->mb));
		return r;
	}
	/* For compaction: records of messages still in the folder are kept. */
	free((void *) p->present[kind].uids);
	p->present[kind] =
	        (struct journal_present){p->uidvalidity, xmalloc(n * sizeof(*uids) + 1), n};
	memcpy((void *) p->present[kind].uids, uids, n * sizeof(*uids));
	for (size_t i = 0; i < n && !stopping(p->a); i++) {
		atomic_store(&p->a->health, ACCOUNT_WORKING);
		r = read_ahead(p, uids, n, i);
		if (r == 0)
			r = handle_uid(p, uids[i]);
		if (r < 0) {
			p->n_moves = 0; /* moved at the next pass, from their RELAYED records */
			drop_ahead(p);
			return r;
		}
	}
	drop_ahead(p);
	r = flush_moves(p);
	if (r == 0)
		r = sync_journal(p);
	return r;
}

/* imap_open - a session on srv with each of the n folders present. */
static int imap_open(struct account *a, const struct config_server *srv, const char *const *folders,
                     size_t n, void **ret)
{
	const struct config *cfg = a->sh->cfg;
	struct log_fields f = {.account = a->cfg->name};
	struct imap_source *s = NULL;
	char *secret = NULL;
	char err[256] = "";
	struct endpoint ep;
	int r;

	config_endpoint(cfg, srv, &ep);
	r = secret_fetch(&ep, cfg->timeouts.command, &secret, err, sizeof(err));
	if (r < 0) {
		log_msg(LOG_ERR, &f, "imap %s@%s credentials: %s", srv->user ? srv->user : "",
		        srv->host, err);
		return r;
	}
	busy(a, cfg->timeouts.connect + 3 * cfg->timeouts.command);
	r = imap_source_open(&ep, secret, a->sh->wake_fd, &s);
	secret_free(secret);
	if (r < 0) {
		log_msg(LOG_ERR, &f, "imap %s:%u: %s", srv->host, srv->port,
		        s ? imap_source_last_reply(s) : strerror(-r));
		imap_source_close(s);
		return r;
	}
	for (size_t i = 0; i < n; i++) {
		busy(a, cfg->timeouts.command);
		r = imap_source_ensure_folder(s, folders[i]);
		if (r < 0) {
			log_msg(LOG_ERR, &f, "cannot create folder %s on %s:%u: %s", folders[i],
			        srv->host, srv->port, imap_source_last_reply(s));
			imap_source_close(s);
			return r;
		}
	}
	*ret = s;
	return 0;
}

static int imap_connect(struct account *a, void **ret)
{
	const struct config_account *c = a->cfg;
	/* with seller_state also the notices folder when it is on this login
	 * (seller_watch.h); INBOX-like buyer folders are the seller's own and are not
	 * created */
	const char *folders[] = {c->folders.watch,  c->folders.relayed,  c->folders.rejected,
	                         c->folders.review, c->folders.approved, c->folders.reports,
	                         c->notices_folder};
	bool notices = c->seller_state && !c->notices_imap;

	return imap_open(a, &c->imap, folders, ELEMENTSOF(folders) - !notices, ret);
}

static int imap_connect_login(struct account *a, const struct config_server *srv,
                              const char *create, void **ret)
{
	return imap_open(a, srv, &create, create != NULL, ret);
}

/* The real world: IMAP through imap_source.c, SMTP through smtp_sink.c (io.h). */
static void imap_close(void *mb)
{
	imap_source_close(mb);
}

static int imap_select(void *mb, const char *folder, uint32_t *uidvalidity, uint32_t *uidnext)
{
	return imap_source_select(mb, folder, uidvalidity, uidnext);
}

static int imap_search(void *mb, uint32_t min_uid, uint32_t **ret_uids, size_t *ret_n)
{
	return imap_source_search(mb, min_uid, ret_uids, ret_n);
}

static int imap_fetch(void *mb, uint32_t uid, char **ret_raw, size_t *ret_len)
{
	return imap_source_fetch(mb, uid, ret_raw, ret_len);
}

static int imap_move(void *mb, uint32_t uid, const char *folder)
{
	return imap_source_move(mb, uid, folder);
}

static int imap_move_set(void *mb, const uint32_t *uids, size_t n, const char *folder)
{
	return imap_source_move_set(mb, uids, n, folder);
}

static int imap_fetch_set(void *mb, const uint32_t *uids, size_t n, size_t cap,
                          struct imap_fetched *out)
{
	return imap_source_fetch_set(mb, uids, n, cap, out);
}

static int imap_append(void *mb, const char *folder, const char *msg, size_t len)
{
	return imap_source_append(mb, folder, msg, len);
}

static const char *imap_fetched_date(const void *mb)
{
	return imap_source_fetched_date(mb);
}

static int imap_internaldate(void *mb, uint32_t uid, char *out, size_t outlen)
{
	return imap_source_internaldate(mb, uid, out, outlen);
}

static int imap_wait(void *mb, unsigned timeout_s)
{
	return imap_source_wait(mb, timeout_s);
}

static const char *imap_last_reply(const void *mb)
{
	return imap_source_last_reply(mb);
}

const struct account_io account_io_real = {
        .connect = imap_connect,
        .connect_login = imap_connect_login,
        .close = imap_close,
        .select = imap_select,
        .search = imap_search,
        .fetch = imap_fetch,
        .move = imap_move,
        .move_set = imap_move_set,
        .fetch_set = imap_fetch_set,
        .append = imap_append,
        .internaldate = imap_internaldate,
        .fetched_date = imap_fetched_date,
        .wait = imap_wait,
        .last_reply = imap_last_reply,
        .send = smtp_sink_send,
        .send_close = smtp_session_close,
};

/* compact_daily - a long-running daemon drops finished records once a day, not only
 * at start-up, so the journal stays as small as journal_keep says. */
static int compact_daily(struct account *a, const struct pass *p, uint64_t *last)
{
	uint64_t now = now_wall();
	int r;

	if (now - *last < 86400)
		return 0;
	*last = now;
	r = journal_compact(a->journal, now, a->sh->cfg->journal_keep, &p->present[FOLDER_WATCH]);
	if (r == 0)
		r = journal_compact(a->journal_approved, now, a->sh->cfg->journal_keep,
		                    &p->present[FOLDER_APPROVED]);
	seller_gate_compact(a, now);
	if (r < 0) {
		struct log_fields f = {.account = a->cfg->name};
		log_msg(LOG_CRIT, &f, "journal compaction failed (%s): stopping this account",
		        strerror(-r));
		atomic_store(&a->health, ACCOUNT_FAILED);
	}
	return r;
}

static void *account_main(void *arg)
{
	struct account *a = arg;
	const struct config *cfg = a->sh->cfg;
	struct log_fields f = {.account = a->cfg->name};
	struct pass p = {.a = a};
	uint64_t last_compact = 0; /* after the first pass, when the folders' UIDs are known */
	unsigned backoff = 1;

	p.scratch = policy_scratch_new();
	while (!stopping(a) && atomic_load(&a->health) != ACCOUNT_FAILED) {
		int r;

		atomic_store(&a->health, ACCOUNT_RECONNECTING);
		r = a->io->connect(a, &p.mb);
		if (r < 0) {
			atomic_fetch_add(&a->errors, 1);
			if (a->sh->once) {
				a->exit_status = 75;
				break;
			}
			nap(a, backoff);
			backoff = account_backoff_next(backoff);
			continue;
		}
		log_msg(LOG_INFO, &f, "connected to %s:%u", a->cfg->imap.host, a->cfg->imap.port);

		for (;;) {
			uint64_t now;
			unsigned wait;

			p.next_due = 0;
			r = run_folder(&p, FOLDER_APPROVED);
			/* Amazon's notices and buyer mail (seller_state), before the watch
			 * folder so a notice applies to the mail queued with it */
			if (r == 0 && !stopping(a))
				r = seller_watch_pass(a, p.mb);
			if (r == 0 && !stopping(a))
				r = run_folder(&p, FOLDER_WATCH);
			if (r < 0 || stopping(a))
				break;
			backoff = 1; /* a whole pass worked: the next trouble starts afresh */
			r = compact_daily(a, &p, &last_compact);
			if (r < 0 || a->sh->once)
				break;
			/* IDLE in the watch folder (selected last); re-issued within
			 * idle_refresh, and early when a deferred retry falls due. */
			wait = cfg->timeouts.idle_refresh;
			now = now_wall();
			if (p.next_due && p.next_due <= now)
				wait = 1;
			else if (p.next_due && p.next_due - now < wait)
				wait = (unsigned) (p.next_due - now);
			p.relay = a->io->send_close(p.relay);
			atomic_store(&a->health, ACCOUNT_WAITING);
			busy(a, wait + cfg->timeouts.command);
			r = a->io->wait(p.mb, wait);
			if (r < 0 && r != -EINTR && !stopping(a)) {
				log_msg(LOG_WARNING, &f, "connection lost: %s",
				        a->io->last_reply(p.mb));
				break;
			}
		}
		if (r < 0 && atomic_load(&a->health) != ACCOUNT_FAILED)
			atomic_fetch_add(&a->errors, 1);
		p.relay = a->io->send_close(p.relay);
		a->io->close(p.mb);
		p.mb = NULL;
		if (a->sh->once) {
			a->exit_status = r < 0 ? 75 : 0;
			break;
		}
		if (r < 0 && !stopping(a)) {
			/* exponential, as for connects: a server failing the same way every
			 * time must not be logged into every 1.5 s */
			nap(a, backoff);
			backoff = account_backoff_next(backoff);
		}
	}
	if (atomic_load(&a->health) == ACCOUNT_FAILED)
		a->exit_status = 1;
	else
		atomic_store(&a->health, ACCOUNT_STOPPED);
	policy_scratch_free(p.scratch);
	free((void *) p.present[0].uids);
	free((void *) p.present[1].uids);
	if (a->sh->done_fd >= 0) {
		uint64_t one = 1;
		(void) !write(a->sh->done_fd, &one, sizeof(one));
	}
	return NULL;
}

/* log_journal_report - what journal_open() found: damage loudly, a torn tail too. */
static void log_journal_report(const struct config_account *cfg, const struct journal *j)
{
	const struct journal_report *rep = journal_report(j);
	struct log_fields f = {.account = cfg->name};

	if (rep->n_damaged)
		log_msg(LOG_CRIT, &f,
		        "journal %s: %zu damaged region(s), %" PRIu64
		        " bytes, first at offset %" PRIu64
		        ", skipped: records may be lost; their messages go to review",
		        journal_path(j), rep->n_damaged, rep->damaged_bytes,
		        rep->damaged[0].offset);
	if (rep->tail_dropped)
		log_msg(LOG_WARNING, &f, "journal %s: cut off a torn tail of %" PRIu64 " bytes",
		        journal_path(j), rep->tail_dropped);
}

/* lock_dir - where the per-folder locks live: systemd's RuntimeDirectory= (shared by
 * every instance, RuntimeDirectoryPreserve=yes), else /run/aliasgate, else the state
 * directory. One directory per host is what makes the lock host-wide. */
static const char *lock_dir(const struct config *cfg)
{
	const char *rt = getenv("RUNTIME_DIRECTORY");

	if (rt && *rt && !strchr(rt, ':'))
		return rt;
	if (mkdir("/run/aliasgate", 0755) == 0 || errno == EEXIST)
		if (access("/run/aliasgate", W_OK) == 0)
			return "/run/aliasgate";
	return cfg->state_dir;
}

/* lock_folder - one watcher per (host, port, user, folder) on this host, whatever its
 * configuration file or state directory: two would both relay every message. The
 * name is a digest, so folder names need no escaping; case is folded as Gmail and
 * Exchange fold it. Two hosts on one mailbox are not detected (README). */
static int lock_folder(struct account *a, char *err, size_t errlen)
{
	const struct config_account *c = a->cfg;
	_cleanup_(freep) char *key = xasprintf("%s\n%u\n%s\n%s", c->imap.host, c->imap.port,
	                                       c->imap.user ? c->imap.user : "", c->folders.watch);
	uint8_t d[16];
	char hex[33], path[4096];
	int fd;

	for (char *p = key; *p; p++)
		if (*p >= 'A' && *p <= 'Z')
			*p = (char) (*p - 'A' + 'a');
	journal_digest(key, strlen(key), d);
	for (int i = 0; i < 16; i++)
		snprintf(hex + 2 * i, 3, "%02x", d[i]);
	snprintf(path, sizeof(path), "%s/folder-%s.lock", lock_dir(a->sh->cfg), hex);
	fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
	if (fd < 0) {
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		return -errno;
	}
	if (flock(fd, LOCK_EX | LOCK_NB) < 0) {
		int r = -errno;
		snprintf(err, errlen,
		         "another aliasgated already watches %s on %s@%s:%u (lock %s held): two "
		         "watchers would both relay every message",
		         c->folders.watch, c->imap.user ? c->imap.user : "", c->imap.host,
		         c->imap.port, path);
		close(fd);
		return r == -EWOULDBLOCK ? -EAGAIN : r;
	}
	a->folder_lock = fd;
	return 0;
}

int account_open(struct account *a, const struct config_account *cfg, struct shared *sh, char *err,
                 size_t errlen)
{
	char name[300];
	int r;

	*a = (struct account){.cfg = cfg, .sh = sh, .folder_lock = -1, .io = &account_io_real};
	atomic_store(&a->health, ACCOUNT_STARTING);
	r = lock_folder(a, err, errlen);
	if (r < 0)
		return r;
	r = journal_open(sh->cfg->state_dir, cfg->name, &a->journal, err, errlen);
	if (r < 0) {
		account_close(a);
		return r;
	}
	log_journal_report(cfg, a->journal);
	/* The approved folder has its own UID space: a separate journal, so UIDs of the
	 * two folders can never be confused even when their UIDVALIDITY values are equal.
	 * '+' cannot occur in account names, so this never collides with an account. */
	snprintf(name, sizeof(name), "%s+approved", cfg->name);
	r = journal_open(sh->cfg->state_dir, name, &a->journal_approved, err, errlen);
	if (r < 0) {
		account_close(a);
		return r;
	}
	log_journal_report(cfg, a->journal_approved);
	/* The folders are not known yet (NULL): this keeps every finished record. */
	r = journal_compact(a->journal, now_wall(), sh->cfg->journal_keep, NULL);
	if (r == 0)
		r = journal_compact(a->journal_approved, now_wall(), sh->cfg->journal_keep, NULL);
	if (r < 0) {
		snprintf(err, errlen, "journal compaction failed: %s", strerror(-r));
		account_close(a);
		return r;
	}
	r = seller_gate_open(a, err, errlen);
	if (r < 0)
		account_close(a);
	return r;
}

int account_start(struct account *a)
{
	int r = pthread_create(&a->thread, NULL, account_main, a);

	if (r != 0)
		return -r;
	a->started = true;
	return 0;
}

void account_join(struct account *a)
{
	if (a->started)
		pthread_join(a->thread, NULL);
	a->started = false;
}

void account_close(struct account *a)
{
	if (a->folder_lock >= 0)
		close(a->folder_lock);
	a->folder_lock = -1;
	a->journal = journal_close(a->journal);
	a->journal_approved = journal_close(a->journal_approved);
	seller_gate_close(a);
}
