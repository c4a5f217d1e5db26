/*
 * bench - throughput of the check path (parse + normalize + policy) over a generated
 * corpus of realistic mixed seller mail: plain and HTML, multipart/alternative, base64
 * and quoted-printable, ISO-2022-JP and UTF-8, attachments, about one in three with a
 * violation. Prints msg/s and MB/s. A measurement, not a test: nothing here fails on time.
 *
 * Usage: bench [RULES_DIR] [SECONDS]
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "buf.h"
#include "policy.h"
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
		static const char b64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
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

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double) ts.tv_sec + (double) ts.tv_nsec / 1e9;
}

int main(int argc, char **argv)
{
	const char *dirs[1] = { argc > 1 ? argv[1] : AG_SOURCE_RULES };
	double seconds = argc > 2 ? atof(argv[2]) : 5.0;
	struct buf msgs[N_MSGS];
	struct ruleset *rs = NULL;
	struct diag d = DIAG_INIT;
	struct policy_scratch *s;
	size_t bytes = 0, done = 0, total = 0, flagged = 0;
	double t0, t1;

	if (ruleset_load(dirs, 1, &d, &rs) < 0) {
		diag_print(&d, stderr);
		return 2;
	}
	for (unsigned i = 0; i < N_MSGS; i++) {
		msgs[i] = BUF_INIT(0);
		make(&msgs[i], i);
		total += msgs[i].len;
	}
	s = policy_scratch_new();
	t0 = now();
	do {
		for (unsigned i = 0; i < N_MSGS; i++) {
			struct verdict *v = NULL;
			if (policy_judge(rs, s, msgs[i].data, msgs[i].len, NULL, 0, &v) < 0)
				return 2;
			flagged += v->kind != VERDICT_PASS;
			bytes += msgs[i].len;
			done++;
			verdict_free(v);
		}
		t1 = now();
	} while (t1 - t0 < seconds);
	printf("ruleset %s: %zu rules; corpus %u messages, %.1f KiB average, %.0f%% flagged\n",
	       ruleset_digest(rs), ruleset_count(rs), N_MSGS, (double) total / N_MSGS / 1024,
	       100.0 * (double) flagged / (double) done);
	printf("%zu messages in %.2f s: %.0f msg/s, %.1f MB/s (one thread)\n", done, t1 - t0,
	       (double) done / (t1 - t0), (double) bytes / (t1 - t0) / 1e6);
	for (unsigned i = 0; i < N_MSGS; i++)
		buf_free(&msgs[i]);
	policy_scratch_free(s);
	ruleset_free(rs);
	return 0;
}
