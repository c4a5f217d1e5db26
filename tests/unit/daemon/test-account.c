/*
 * The account's state machine (daemon/account.c) against fakes behind daemon/io.h: an
 * in-memory mailbox and a scripted relay. The real Dovecot and SMTP sink cover the
 * same paths in tests/integration/test_daemon.py; these run in milliseconds and can
 * make a server fail exactly where a test wants it.
 */
#include <sys/eventfd.h>
#include <sys/stat.h>
#include <unistd.h>

#include "account.h"
#include "config.h"
#include "io.h"
#include "journal.h"
#include "ruleset.h"
#include "test.h"

#define MAX_MSGS 32

struct fake_msg {
	char folder[64];
	uint32_t uid;
	char *raw;
};

static struct fake {
	struct fake_msg m[MAX_MSGS];
	size_t n;
	uint32_t next_uid;
	const char *selected;
	int move_fail;   /* fail this many MOVEs (a UID set counts as one) */
	int move_set_no; /* refuse this many UID sets with a tagged NO */
	size_t moves, move_sets, moved_in_sets;
	size_t fetches, fetch_sets, fetched_in_sets;
	int fetch_no;                /* answer this many FETCHes with a tagged NO */
	enum smtp_outcome script[8]; /* the relay's answers, in order; then OK */
	bool split_first;            /* first send: rcpt 0 accepted, the rest 4xx */
	size_t n_script, sends;
	char last_data[4096];
	char last_rcpts[512];
} F;

static size_t in_folder(const char *folder)
{
	size_t k = 0;
	for (size_t i = 0; i < F.n; i++)
		k += streq(F.m[i].folder, folder);
	return k;
}

static struct fake_msg *find(uint32_t uid)
{
	for (size_t i = 0; i < F.n; i++)
		if (F.m[i].uid == uid && streq(F.m[i].folder, F.selected))
			return &F.m[i];
	return NULL;
}

static void add(const char *folder, const char *raw)
{
	struct fake_msg *m = &F.m[F.n++];
	snprintf(m->folder, sizeof(m->folder), "%s", folder);
	m->uid = ++F.next_uid;
	m->raw = xstrdup(raw);
}

static int f_connect(struct account *a, void **ret)
{
	(void) a;
	*ret = &F;
	return 0;
}

static void f_close(void *mb)
{
	(void) mb;
}

static int f_select(void *mb, const char *folder, uint32_t *uidvalidity, uint32_t *uidnext)
{
	(void) mb;
	F.selected = folder;
	*uidvalidity = 7;
	*uidnext = F.next_uid + 1;
	return 0;
}

static int f_search(void *mb, uint32_t min_uid, uint32_t **ret, size_t *n)
{
	(void) mb;
	*ret = xcalloc(MAX_MSGS + 1, sizeof(uint32_t));
	*n = 0;
	for (size_t i = 0; i < F.n; i++)
		if (streq(F.m[i].folder, F.selected) && F.m[i].uid >= min_uid)
			(*ret)[(*n)++] = F.m[i].uid;
	return 0;
}

static int f_fetch(void *mb, uint32_t uid, char **raw, size_t *len)
{
	struct fake_msg *m = find(uid);
	(void) mb;
	F.fetches++;
	if (F.fetch_no > 0) {
		F.fetch_no--;
		return -EIO;
	}
	if (!m)
		return -ENOENT;
	*raw = xstrdup(m->raw);
	*len = strlen(m->raw);
	return 0;
}

static int f_fetch_set(void *mb, const uint32_t *uids, size_t n, size_t cap,
                       struct imap_fetched *out)
{
	size_t bytes = 0;
	(void) mb;
	if (F.fetch_no > 0)
		return -EIO; /* refused: each is then fetched alone, and meets fetch_no */
	F.fetch_sets++;
	for (size_t i = 0; i < n; i++) {
		struct fake_msg *m = find(uids[i]);
		out[i] = (struct imap_fetched){.uid = uids[i]};
		if (!m || bytes + strlen(m->raw) > cap)
			continue;
		out[i].raw = xstrdup(m->raw);
		out[i].len = strlen(m->raw);
		bytes += out[i].len;
		F.fetched_in_sets++;
	}
	return 0;
}

static int f_move(void *mb, uint32_t uid, const char *folder)
{
	struct fake_msg *m = find(uid);
	(void) mb;
	F.moves++;
	if (F.move_fail > 0) {
		F.move_fail--;
		return -EIO;
	}
	if (!m)
		return -ENOENT;
	snprintf(m->folder, sizeof(m->folder), "%s", folder);
	m->uid = ++F.next_uid;
	return 0;
}

static int f_move_set(void *mb, const uint32_t *uids, size_t n, const char *folder)
{
	if (F.move_set_no > 0) {
		F.move_set_no--;
		return -EIO;
	}
	if (F.move_fail > 0) {
		F.move_fail--;
		return -EIO;
	}
	F.move_sets++;
	for (size_t i = 0; i < n; i++) {
		struct fake_msg *m = find(uids[i]);
		if (!m)
			continue; /* gone already: no error, as with UID MOVE */
		(void) mb;
		snprintf(m->folder, sizeof(m->folder), "%s", folder);
		m->uid = ++F.next_uid;
		F.moved_in_sets++;
	}
	return 0;
}

static int f_append(void *mb, const char *folder, const char *msg, size_t len)
{
	(void) mb;
	(void) len;
	add(folder, msg);
	return 0;
}

static const char *f_fetched_date(const void *mb)
{
	(void) mb;
	return "";
}

static int f_internaldate(void *mb, uint32_t uid, char *out, size_t outlen)
{
	(void) mb;
	(void) uid;
	snprintf(out, outlen, "16-Nov-2026 10:00:00 +0000");
	return 0;
}

static int f_wait(void *mb, unsigned timeout_s)
{
	(void) mb;
	(void) timeout_s;
	return 0;
}

static const char *f_last_reply(const void *mb)
{
	(void) mb;
	return "fake server says no";
}

static struct smtp_session *f_send_close(struct smtp_session *keep)
{
	(void) keep;
	return NULL;
}

static int f_send(const struct endpoint *ep, const char *secret, const char *from,
                  const char *const *rcpts, size_t n_rcpts, const bool *skip, const char *msg,
                  size_t len, struct smtp_result *res, enum smtp_outcome *out,
                  struct smtp_session **keep)
{
	enum smtp_outcome o = F.sends < F.n_script ? F.script[F.sends] : SMTP_OK;
	(void) keep; /* the fake keeps no session; lib/net's tests cover keeping one */
	(void) ep;
	(void) secret;
	(void) from;
	F.sends++;
	snprintf(F.last_data, sizeof(F.last_data), "%.*s", (int) len, msg);
	F.last_rcpts[0] = '\0';
	for (size_t i = 0; i < n_rcpts; i++) {
		if (skip && skip[i]) {
			if (out)
				out[i] = SMTP_OK; /* smtp_sink.h: skipped ones are reported OK */
			continue;
		}
		strncat(F.last_rcpts, rcpts[i], sizeof(F.last_rcpts) - strlen(F.last_rcpts) - 2);
		strcat(F.last_rcpts, " ");
		if (out)
			out[i] = o;
	}
	if (F.split_first && F.sends == 1 && n_rcpts > 1) {
		/* a server that took the first recipient's transaction, then deferred */
		for (size_t i = 0; i < n_rcpts && out; i++)
			out[i] = i == 0 ? SMTP_OK : SMTP_TEMPFAIL;
		o = SMTP_TEMPFAIL;
	}
	*res = (struct smtp_result){.outcome = o, .code = o == SMTP_OK ? 250 : 451};
	snprintf(res->stage, sizeof(res->stage), "dot");
	snprintf(res->text, sizeof(res->text), "%s", o == SMTP_OK ? "250 ok" : "451 later");
	return o == SMTP_OK ? 0 : -EIO;
}

static const struct account_io fake_io = {
        .connect = f_connect,
        .close = f_close,
        .select = f_select,
        .search = f_search,
        .fetch = f_fetch,
        .move = f_move,
        .move_set = f_move_set,
        .fetch_set = f_fetch_set,
        .append = f_append,
        .internaldate = f_internaldate,
        .fetched_date = f_fetched_date,
        .wait = f_wait,
        .last_reply = f_last_reply,
        .send = f_send,
        .send_close = f_send_close,
};

static char dir[64];
static struct config *cfg;
static struct shared sh;

static void write_file(const char *name, const char *text, mode_t mode)
{
	char path[128];
	FILE *f;
	snprintf(path, sizeof(path), "%s/%s", dir, name);
	f = fopen(path, "w");
	fputs(text, f);
	fclose(f);
	chmod(path, mode);
}

#define ALIAS "6bmcx2l1t7cwrwb@marketplace.amazon.com"
#define MSG(mid, body)                                                                             \
	"From: Bright Peak <seller@brightpeak.example>\r\nTo: " ALIAS "\r\n"                       \
	"Subject: Your order\r\nMessage-ID: <" mid "@brightpeak.example>\r\n\r\n" body "\r\n"

/* run - one --once pass of a fresh account over the fake world. */
static int run(void)
{
	struct account a;
	char err[512] = "";
	int r = account_open(&a, &cfg->accounts[0], &sh, err, sizeof(err));

	if (r < 0) {
		printf("account_open: %s\n", err);
		return r;
	}
	a.io = &fake_io;
	test_assert(account_start(&a) == 0);
	account_join(&a);
	r = a.exit_status;
	account_close(&a);
	return r;
}

static void reset(void)
{
	for (size_t i = 0; i < F.n; i++)
		free(F.m[i].raw);
	F = (struct fake){0};
	char cmd[400];
	snprintf(cmd, sizeof(cmd), "rm -f %s/state/*.journal %s/state/*+approved*", dir, dir);
	test_assert(system(cmd) == 0);
}

static void test_relay_and_reject(void)
{
	test_begin("account: a clean message is relayed stamped and filed, a bad one rejected");
	reset();
	add("AliasGate/Queue", MSG("a1", "It left our warehouse today."));
	add("AliasGate/Queue", MSG("a2", "Use coupon code SAVE20 next time."));
	test_assert(run() == 0);
	test_assert(F.sends == 1);
	test_assert(strncmp(F.last_data, "X-AliasGate-Stamp: v=1; k=", 26) == 0);
	test_assert(strstr(F.last_data, "<a1@brightpeak.example>") != NULL);
	test_assert(streq(F.last_rcpts, ALIAS " "));
	test_assert(in_folder("AliasGate/Queue") == 0);
	test_assert(in_folder("AliasGate/Relayed") == 1 && in_folder("AliasGate/Rejected") == 1);
	test_assert(in_folder("INBOX") == 1); /* the rejection's report */
	test_end();
}

static void test_deferred_then_relayed(void)
{
	test_begin("account: a 4xx is deferred and retried, then relayed once");
	reset();
	F.script[0] = SMTP_TEMPFAIL;
	F.n_script = 1;
	add("AliasGate/Queue", MSG("d1", "It left our warehouse today."));
	test_assert(run() == 0);
	test_assert(F.sends == 1 && in_folder("AliasGate/Queue") == 1);
	test_assert(run() == 0); /* not due yet: nothing sent */
	test_assert(F.sends == 1);
	sleep(3); /* the first retry is due after 2 s */
	test_assert(run() == 0);
	test_assert(F.sends == 2 && in_folder("AliasGate/Relayed") == 1);
	test_end();
}

static void test_ambiguous_never_resent(void)
{
	test_begin("account: no reply after the dot goes to review and is never resent");
	reset();
	F.script[0] = SMTP_AMBIGUOUS;
	F.n_script = 1;
	add("AliasGate/Queue", MSG("m1", "It left our warehouse today."));
	test_assert(run() == 0);
	test_assert(F.sends == 1 && in_folder("AliasGate/Review") == 1);
	test_assert(run() == 0);
	test_assert(F.sends == 1);
	test_end();
}

static void test_failed_move_is_finished_not_resent(void)
{
	test_begin("account: a MOVE that fails after the 250 is finished later, never resent");
	reset();
	F.move_fail = 2; /* the UID set, then the move of that one UID */
	add("AliasGate/Queue", MSG("v1", "It left our warehouse today."));
	test_assert(run() == 75); /* --once: a temporary failure, the pass stopped there */
	test_assert(F.sends == 1 && in_folder("AliasGate/Queue") == 1);
	test_assert(run() == 0);
	test_assert(F.sends == 1 && in_folder("AliasGate/Relayed") == 1);
	test_end();
}

static void test_relayed_leave_in_one_uid_set(void)
{
	test_begin("account: the relayed messages of a pass leave in one UID MOVE");
	reset();
	add("AliasGate/Queue", MSG("s1", "It left our warehouse today."));
	add("AliasGate/Queue", MSG("s2", "Your parcel arrives on Thursday."));
	add("AliasGate/Queue", MSG("s3", "Thank you for your patience."));
	test_assert(run() == 0);
	test_assert(F.sends == 3 && in_folder("AliasGate/Relayed") == 3);
	test_assert(F.move_sets == 1 && F.moved_in_sets == 3 && F.moves == 0);
	/* and were read in one UID FETCH */
	test_assert(F.fetch_sets == 1 && F.fetched_in_sets == 3 && F.fetches == 0);
	test_end();

	test_begin("account: a refused UID set is moved one by one, nothing resent");
	reset();
	F.move_set_no = 1;
	add("AliasGate/Queue", MSG("n1", "It left our warehouse today."));
	add("AliasGate/Queue", MSG("n2", "Your parcel arrives on Thursday."));
	test_assert(run() == 0);
	test_assert(F.sends == 2 && in_folder("AliasGate/Relayed") == 2);
	test_assert(F.move_sets == 0 && F.moves == 2);
	test_assert(run() == 0);
	test_assert(F.sends == 2);
	test_end();
}

static void test_recipients_already_delivered_are_skipped(void)
{
	test_begin("account: a retry never resends to a recipient the relay already accepted");
	reset();
	F.split_first = true;
	add("AliasGate/Queue", "From: Bright Peak <seller@brightpeak.example>\r\nTo: " ALIAS
	                       ", q7d0rnr2xbn4kz1@marketplace.amazon.com\r\nSubject: Your order\r\n"
	                       "Message-ID: <r1@brightpeak.example>\r\n\r\nIt left today.\r\n");
	test_assert(run() == 0);
	test_assert(F.sends == 1 && in_folder("AliasGate/Queue") == 1);
	sleep(3);
	test_assert(run() == 0);
	test_assert(F.sends == 2);
	test_assert(streq(F.last_rcpts, "q7d0rnr2xbn4kz1@marketplace.amazon.com "));
	test_assert(in_folder("AliasGate/Relayed") == 1);
	test_end();
}

static void test_duplicate_and_loop(void)
{
	test_begin("account: a copy of a relayed message, and our own stamped copy, go to review");
	reset();
	add("AliasGate/Queue", MSG("c1", "It left our warehouse today."));
	test_assert(run() == 0);
	test_assert(F.sends == 1);
	add("AliasGate/Queue", MSG("c1", "It left our warehouse today.")); /* same again */
	add("AliasGate/Queue", F.last_data);                               /* our stamped copy */
	test_assert(run() == 0);
	test_assert(F.sends == 1);
	test_assert(in_folder("AliasGate/Review") == 2 && in_folder("AliasGate/Queue") == 0);
	test_end();
}

int main(void)
{
	struct diag d = DIAG_INIT;
	char conf[128], rules[128], state[128];
	const char *dirs[1] = {rules};

	strcpy(dir, "/tmp/test-account-XXXXXX");
	if (!mkdtemp(dir))
		return 1;
	snprintf(rules, sizeof(rules), "%s/rules", dir);
	snprintf(state, sizeof(state), "%s/state", dir);
	mkdir(rules, 0700);
	mkdir(state, 0700);
	write_file("rules/10-t.rules",
	           "rule t.coupon\n  category promotion\n  scope body\n  match /coupon code/i\n"
	           "  action reject\n  reason r\n  hint h\n",
	           0600);
	write_file("pw", "secret\n", 0600);
	snprintf(conf, sizeof(conf), "%s/ag.conf", dir);
	{
		FILE *f = fopen(conf, "w");
		fprintf(f,
		        "rules_dir = \"%s\";\nlocal_rules_dir = \"%s/none\";\nstate_dir = \"%s\";\n"
		        "accounts = ( { name = \"t\";\n"
		        "  imap = { host = \"127.0.0.1\"; user = \"u\"; password_file = \"%s/pw\"; "
		        "};\n"
		        "  smtp = { host = \"127.0.0.1\"; port = 2525; tls = \"none\"; }; } );\n",
		        rules, dir, state, dir);
		fclose(f);
	}
	if (config_load(conf, &d, &cfg) < 0 || ruleset_load(dirs, 1, &d, &sh.rules) < 0) {
		diag_print(&d, stdout);
		return 1;
	}
	char err[256];
	sh.cfg = cfg;
	sh.once = true;
	sh.wake_fd = eventfd(0, EFD_CLOEXEC);
	sh.done_fd = -1;
	pthread_rwlock_init(&sh.rules_lock, NULL);
	if (stamp_keys_load(state, &sh.stamp, err, sizeof(err)) < 0) {
		printf("%s\n", err);
		return 1;
	}
	test_relay_and_reject();
	test_deferred_then_relayed();
	test_ambiguous_never_resent();
	test_failed_move_is_finished_not_resent();
	test_relayed_leave_in_one_uid_set();
	test_duplicate_and_loop();
	test_recipients_already_delivered_are_skipped();
	reset();
	ruleset_free(sh.rules);
	config_free(cfg);
	char cmd[200];
	snprintf(cmd, sizeof(cmd), "rm -rf %s", dir);
	test_assert(system(cmd) == 0);
	return test_exit();
}
