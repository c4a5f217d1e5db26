/*
 * bench - throughput of the check path (parse + normalize + policy), per core.
 *
 * Two generated corpora: (a) short seller mail, one plain-text answer of a few
 * sentences; (b) the realistic mix: plain and HTML, multipart/alternative, base64 and
 * quoted-printable, ISO-2022-JP and UTF-8, PDF attachments, about one in three with a
 * violation. Each runs with the Hyperscan prefilter and with PCRE2 alone, and the
 * parse-only rate (POLICY_ENGINE_ONLY: no rule runs) shows what bounds the rest.
 * Rates are messages per CPU-second of this process (CLOCK_PROCESS_CPUTIME_ID), so
 * other load on the machine does not count. A measurement, not a test: nothing here
 * fails on time. tests/bench/spawn.py measures one process per message.
 *
 * Usage: bench [RULES_DIR] [SECONDS] [ONLY]   (SECONDS of CPU per measurement, default 3;
 * ONLY one of a-pf a-pcre2 a-parse b-pf b-pcre2 b-parse, to profile one of them; with
 * ONLY "profile", each corpus once with the prefilter, and where the time went: the
 * Hyperscan scan and the costliest rules, from policy_scratch_profile())
 *        bench --write DIR   (writes both corpora as DIR/short/NNN.eml and DIR/mix/NNN.eml,
 * so tools/bench-peers can give Rspamd and SpamAssassin the same messages)
 */
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "buf.h"
#include "policy.h"
#include "rule.h"
#include "ruleset.h"

#define N_MSGS 400

static const char *const para[] = {
        "Thank you for your order. Your package shipped today with tracking number "
        "1Z999AA10123456784 and should arrive within three business days.\r\n",
        "We are sorry the zipper on your bag arrived damaged. We issued a partial refund of "
        "$12.50 to your original payment method; it will appear in 3-5 business days.\r\n",
        "The cutting board is oiled before packing; wipe it with a dry cloth and keep it away "
        "from the dishwasher so the wood stays flat.\r\n",
        "The replacement part (ASIN B0ABCDEF12) is 8.5 mm wide and fits version 2.1 of the "
        "holder. Please remove the protective film before installing it.\r\n",
        "Ihre Bestellung 123-1234567-1234567 wurde heute versandt. Vielen Dank!\r\n",
        "Gracias por su pedido. Le enviamos la factura en PDF como adjunto.\r\n",
};
static const char *const bad[] = {
        "If you love it, please leave us a 5-star review! Use coupon code SAVE20 next time.\r\n",
        "Visit www.brightpeak-shop.com for our new arrivals and follow us on Instagram.\r\n",
        "Call us at +1 (555) 010-0199 or WhatsApp us anytime.\r\n",
};

static void make(struct buf *b, unsigned i)
{
	unsigned kind = i % 6;
	int r = 0;

	r |= buf_printf(b,
	                "From: Bright Peak <seller@brightpeak.example>\r\n"
	                "To: %07ucwrwb@marketplace.amazon.com\r\n"
	                "Subject: Your order %03u-%07u-%07u\r\n"
	                "Message-ID: <%u.bench@brightpeak.example>\r\n"
	                "Date: Mon, 16 Nov 2026 10:00:00 +0000\r\nMIME-Version: 1.0\r\n",
	                i, i % 1000, i * 7 % 10000000, i * 13 % 10000000, i);
	if (kind == 0 || kind == 1) {
		r |= buf_puts(b, "Content-Type: text/plain; charset=utf-8\r\n\r\n");
		for (unsigned k = 0; k < 6 + i % 20; k++)
			r |= buf_puts(b, para[(i + k) % ELEMENTSOF(para)]);
	} else if (kind == 2) {
		r |= buf_puts(b, "Content-Type: multipart/alternative; boundary=\"ALT\"\r\n\r\n"
		                 "--ALT\r\nContent-Type: text/plain; charset=utf-8\r\n"
		                 "Content-Transfer-Encoding: quoted-printable\r\n\r\n");
		for (unsigned k = 0; k < 8; k++)
			r |= buf_puts(b, para[(i + k) % ELEMENTSOF(para)]);
		r |= buf_puts(b, "--ALT\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
		                 "<html><body><table><tr><td><p style=\"font-family:Arial\">");
		for (unsigned k = 0; k < 8; k++)
			r |= buf_printf(b, "<p>%s</p>\r\n", para[(i + k) % ELEMENTSOF(para)]);
		r |= buf_puts(b, "</td></tr></table></body></html>\r\n--ALT--\r\n");
	} else if (kind == 3) {
		/* ISO-2022-JP: ご注文ありがとうございます。 */
		r |= buf_puts(b, "Content-Type: text/plain; charset=iso-2022-jp\r\n\r\n");
		for (unsigned k = 0; k < 20; k++)
			r |= buf_puts(b, "\x1b$B$4CmJ8$\"$j$,$H$&$4$6$$$^$9!#\x1b(B\r\n");
	} else {
		static const char b64[] =
		        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
		r |= buf_puts(b, "Content-Type: multipart/mixed; boundary=\"MIX\"\r\n\r\n--MIX\r\n"
		                 "Content-Type: text/plain; charset=utf-8\r\n\r\n");
		for (unsigned k = 0; k < 5; k++)
			r |= buf_puts(b, para[(i + k) % ELEMENTSOF(para)]);
		r |= buf_puts(b, "--MIX\r\nContent-Type: application/pdf; name=\"invoice.pdf\"\r\n"
		                 "Content-Transfer-Encoding: base64\r\n\r\nJVBERi0xLjQK");
		for (unsigned k = 0; k < 300 + i % 400; k++) {
			char line[78];
			for (unsigned c = 0; c < 76; c++)
				line[c] = b64[(k * 31 + c * 7 + i) % 64];
			line[76] = '\r';
			line[77] = '\n';
			r |= buf_append(b, line, sizeof(line));
		}
		r |= buf_puts(b, "--MIX--\r\n");
	}
	if (i % 3 == 0)
		r |= buf_puts(b, bad[i % ELEMENTSOF(bad)]);
	if (r)
		abort();
}

static const char *const short_body[] = {
        ("Thanks for your message. The replacement ships tomorrow; the tracking number will "
         "follow in a separate email.\r\n"),
        "Sorry for the delay. We refunded $8.00 to your card today.\r\n",
        "The charger is 5V/2A and works with the 2023 model as well.\r\n",
};

static void make_short(struct buf *b, unsigned i)
{
	int r = buf_printf(b,
	                   "From: Bright Peak <seller@brightpeak.example>\r\n"
	                   "To: %07ucwrwb@marketplace.amazon.com\r\n"
	                   "Subject: Re: Question about your order %03u-%07u-%07u\r\n"
	                   "Message-ID: <%u.short@brightpeak.example>\r\n"
	                   "Date: Mon, 16 Nov 2026 10:00:00 +0000\r\nMIME-Version: 1.0\r\n"
	                   "Content-Type: text/plain; charset=utf-8\r\n\r\nHello,\r\n\r\n%s%s"
	                   "\r\nBest regards,\r\nBright Peak\r\n",
	                   i, i % 1000, i * 7 % 10000000, i * 13 % 10000000, i,
	                   short_body[i % ELEMENTSOF(short_body)],
	                   i % 3 == 0 ? bad[i % ELEMENTSOF(bad)] : "");
	if (r)
		abort();
}

static double cpu_now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return (double) ts.tv_sec + (double) ts.tv_nsec / 1e9;
}

static double wall_now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double) ts.tv_sec + (double) ts.tv_nsec / 1e9;
}

/* run - judges msgs round after round for `seconds` of CPU; prints and returns msg/s
 * per CPU-second. */
static const char *only;

static double run(const char *key, const char *label, const struct ruleset *rs,
                  struct policy_scratch *s, const struct buf *msgs, unsigned n, unsigned flags,
                  double seconds)
{
	size_t bytes = 0, done = 0, flagged = 0;
	double c0 = cpu_now(), w0 = wall_now(), c1, w1;

	if (only && !streq(only, key))
		return 0;
	do {
		for (unsigned i = 0; i < n; i++) {
			struct verdict *v = NULL;
			if (policy_judge(rs, s, msgs[i].data, msgs[i].len, NULL, flags, &v) < 0)
				abort();
			flagged += v->kind != VERDICT_PASS;
			bytes += msgs[i].len;
			done++;
			verdict_free(v);
		}
		c1 = cpu_now();
	} while (c1 - c0 < seconds);
	w1 = wall_now();
	printf("  %-34s %8.0f msg/s per core  %6.1f MB/s  (%zu msgs, %.2f s CPU, %.2f s wall, "
	       "%.0f%% flagged)\n",
	       label, (double) done / (c1 - c0), (double) bytes / (c1 - c0) / 1e6, done, c1 - c0,
	       w1 - w0, 100.0 * (double) flagged / (double) done);
	return (double) done / (c1 - c0);
}

/* write_corpus - one file per message under dir/sub; 0, or -1 with errno. */
static int write_corpus(const char *dir, const char *sub, void (*gen)(struct buf *, unsigned))
{
	char path[4096];

	snprintf(path, sizeof(path), "%s/%s", dir, sub);
	if (mkdir(path, 0755) < 0 && errno != EEXIST)
		return -1;
	for (unsigned i = 0; i < N_MSGS; i++) {
		struct buf b = BUF_INIT(0);
		FILE *f;
		bool ok;

		gen(&b, i);
		snprintf(path, sizeof(path), "%s/%s/%03u.eml", dir, sub, i);
		f = fopen(path, "wb");
		ok = f && fwrite(b.data, 1, b.len, f) == b.len;
		ok = (f && fclose(f) == 0) && ok;
		buf_free(&b);
		if (!ok)
			return -1;
	}
	return 0;
}

struct cost {
	size_t rule;
	uint64_t ns;
};

static int costlier(const void *a, const void *b)
{
	uint64_t x = ((const struct cost *) a)->ns, y = ((const struct cost *) b)->ns;
	return x < y ? 1 : x > y ? -1 : 0;
}

/* profile - judges msgs once per round for `seconds` and prints where the rules' time
 * went: the prefilter scan, then the ten costliest rules. */
static void profile(const char *label, const struct ruleset *rs, const struct buf *msgs, unsigned n,
                    double seconds)
{
	struct policy_scratch *s = policy_scratch_new();
	size_t nr = ruleset_count(rs), done = 0;
	struct cost *c = xcalloc(nr, sizeof(*c));
	const uint64_t *ns;
	uint64_t scan, total = 0;
	double c0 = cpu_now(), c1;

	policy_scratch_profile(s, nr);
	do {
		for (unsigned i = 0; i < n; i++) {
			struct verdict *v = NULL;
			if (policy_judge(rs, s, msgs[i].data, msgs[i].len, NULL, 0, &v) < 0)
				abort();
			verdict_free(v);
			done++;
		}
		c1 = cpu_now();
	} while (c1 - c0 < seconds);
	ns = policy_scratch_profile_ns(s, &scan);
	for (size_t i = 0; i < nr; i++) {
		c[i] = (struct cost){i, ns[i]};
		total += ns[i];
	}
	qsort(c, nr, sizeof(*c), costlier);
	printf("%s: %zu messages, %.0f us CPU each; Hyperscan scan %.1f us, rules %.1f us:\n",
	       label, done, (c1 - c0) * 1e6 / (double) done, (double) scan / 1e3 / (double) done,
	       (double) total / 1e3 / (double) done);
	for (size_t i = 0; i < nr && i < 10; i++)
		printf("  %-28s %7.1f us  %4.1f%%\n", rs->rules[c[i].rule].id,
		       (double) c[i].ns / 1e3 / (double) done,
		       total ? 100.0 * (double) c[i].ns / (double) total : 0.0);
	free(c);
	policy_scratch_free(s);
}

int main(int argc, char **argv)
{
	if (argc == 3 && streq(argv[1], "--write")) {
		if (mkdir(argv[2], 0755) < 0 && errno != EEXIST) {
			fprintf(stderr, "bench: %s: %s\n", argv[2], strerror(errno));
			return 2;
		}
		if (write_corpus(argv[2], "short", make_short) < 0 ||
		    write_corpus(argv[2], "mix", make) < 0) {
			fprintf(stderr, "bench: writing under %s: %s\n", argv[2], strerror(errno));
			return 2;
		}
		return 0;
	}

	const char *dirs[1] = {argc > 1 ? argv[1] : AG_SOURCE_RULES};
	double seconds = argc > 2 ? atof(argv[2]) : 3.0;
	static struct buf mix[N_MSGS], shorts[N_MSGS];
	struct ruleset *rs = NULL, *plain = NULL;
	struct diag d = DIAG_INIT;
	struct policy_scratch *s;
	size_t total = 0, stotal = 0, exact, widened, always;
	double t0, t_pf, t_plain;

	only = argc > 3 ? argv[3] : NULL;
	t0 = cpu_now();
	if (ruleset_load_opts(dirs, 1, &(struct ruleset_opts){.no_prefilter = true}, &d, &plain) <
	    0) {
		diag_print(&d, stderr);
		return 2;
	}
	t_plain = cpu_now() - t0;
	t0 = cpu_now();
	if (ruleset_load_opts(dirs, 1, NULL, &d, &rs) < 0) {
		diag_print(&d, stderr);
		return 2;
	}
	t_pf = cpu_now() - t0;
	for (unsigned i = 0; i < N_MSGS; i++) {
		mix[i] = BUF_INIT(0);
		make(&mix[i], i);
		total += mix[i].len;
		shorts[i] = BUF_INIT(0);
		make_short(&shorts[i], i);
		stotal += shorts[i].len;
	}
	ruleset_prefilter_stats(rs, &exact, &widened, &always);
	printf("ruleset %s: %zu rules; load %.0f ms with PCRE2 alone, %.0f ms with the prefilter "
	       "(%s: %zu lines exact, %zu widened, %zu always run)\n",
	       ruleset_digest(rs), ruleset_count(rs), t_plain * 1e3, t_pf * 1e3,
	       ruleset_prefiltered(rs) ? "Hyperscan" : "no Hyperscan", exact, widened, always);
	if (only && streq(only, "profile")) {
		profile("(a) short seller mail", rs, shorts, N_MSGS, seconds);
		profile("(b) realistic mix", rs, mix, N_MSGS, seconds);
		goto out;
	}
	s = policy_scratch_new();
	printf("(a) short seller mail: %u messages, %.2f KiB average\n", N_MSGS,
	       (double) stotal / N_MSGS / 1024);
	run("a-pf", "prefilter + PCRE2", rs, s, shorts, N_MSGS, 0, seconds);
	run("a-pcre2", "PCRE2 alone", plain, s, shorts, N_MSGS, 0, seconds);
	run("a-parse", "parse only (no rule runs)", plain, s, shorts, N_MSGS, POLICY_ENGINE_ONLY,
	    seconds);
	printf("(b) realistic mix: %u messages, %.1f KiB average\n", N_MSGS,
	       (double) total / N_MSGS / 1024);
	run("b-pf", "prefilter + PCRE2", rs, s, mix, N_MSGS, 0, seconds);
	run("b-pcre2", "PCRE2 alone", plain, s, mix, N_MSGS, 0, seconds);
	run("b-parse", "parse only (no rule runs)", plain, s, mix, N_MSGS, POLICY_ENGINE_ONLY,
	    seconds);
	policy_scratch_free(s);
out:
	for (unsigned i = 0; i < N_MSGS; i++) {
		buf_free(&mix[i]);
		buf_free(&shorts[i]);
	}
	ruleset_free(rs);
	ruleset_free(plain);
	return 0;
}
