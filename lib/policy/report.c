/*
 * report - builds the seller's explanation message; see report.h. Never sends or
 * stores anything itself.
 */
#include <errno.h>
#include <stdio.h>
#include <sys/random.h>
#include <unistd.h>

#include "report.h"
#include "str.h"

const char *report_kind_title(enum report_kind k)
{
	switch (k) {
	case REPORT_REJECTED:
		return "Rejected";
	case REPORT_HELD:
		return "Held for review";
	case REPORT_WARNED:
		return "Relayed with warnings";
	case REPORT_MONITOR:
		return "Relayed (monitor mode: would have been rejected)";
	case REPORT_RELAY_REJECTED:
		return "Refused by the mail server";
	case REPORT_EXPIRED:
		return "Not delivered: mail server kept deferring";
	case REPORT_AMBIGUOUS:
		return "Held: may already have been delivered";
	case REPORT_OVERRIDE:
		return "Relayed on override";
	case REPORT_DUPLICATE:
		return "Already relayed: not sent again";
	case REPORT_UNREADABLE:
		return "Held: the mailbox server would not hand it over";
	case REPORT_LOOP:
		return "Held: this message already went through aliasgate (a relay loop)";
	}
	return "Report";
}

static const char *explanation(enum report_kind k)
{
	switch (k) {
	case REPORT_REJECTED:
		return "aliasgate stopped this message to a buyer because it breaks the "
		       "marketplace's messaging rules. It was NOT sent. Fix what is listed "
		       "below and send it again. If you believe the message is fine, move it "
		       "to the approved folder and it will be sent as it is.";
	case REPORT_HELD:
		return "aliasgate could not fully examine this message, so it was NOT sent and "
		       "waits in the review folder. Simplify it (fewer or smaller parts) and "
		       "send it again, or ask your administrator.";
	case REPORT_WARNED:
		return "This message was sent, but parts of it may be questioned by the "
		       "marketplace. Check the items below before you send similar mail.";
	case REPORT_MONITOR:
		return "aliasgate runs in monitor mode, so this message WAS sent. In enforce "
		       "mode it would have been stopped for the reasons below.";
	case REPORT_RELAY_REJECTED:
		return "The mail server refused this message, so it was NOT delivered. Its "
		       "answer is quoted below.";
	case REPORT_EXPIRED:
		return "The mail server kept answering \"try again later\" for too long, so "
		       "aliasgate stopped retrying. The message was NOT delivered and waits in "
		       "the review folder.";
	case REPORT_AMBIGUOUS:
		return "aliasgate was interrupted while handing this message to the mail server. "
		       "It may or may not have been delivered. It was NOT sent again, because a "
		       "second copy to a buyer is itself a policy breach. Check with the buyer "
		       "or your Sent mail before resending.";
	case REPORT_OVERRIDE:
		return "A person moved this message to the approved folder, so it was sent "
		       "without the content rules. This report is the audit record.";
	case REPORT_DUPLICATE:
		return "This message appeared again after it had already been sent, so it was "
		       "filed in the review folder and NOT sent a second time. If it was meant "
		       "for another buyer, send it again as a new message.";
	case REPORT_UNREADABLE:
		return "aliasgate asked the mailbox server for this message several times and "
		       "the server refused or failed each time (its answer is quoted below), so "
		       "it was NOT sent and was moved to the review folder. It is not attached. "
		       "Ask your administrator to check it.";
	case REPORT_LOOP:
		return "This message carries aliasgate's own stamp: aliasgate relayed it once "
		       "already, and a mail routing rule sent the relayed copy back to the gate "
		       "folder. It was NOT sent again. Ask your administrator to exempt the "
		       "gate's relay from the redirect rule (see the README, Recipe 2).";
	}
	return "";
}

/* put_header_value - copies s into a header, replacing anything that could end the
 * header line or confuse a reader (CR, LF, other controls) with a space. */
static int put_header_value(struct buf *out, const char *s, size_t max)
{
	_cleanup_(freep) char *c = xstrndup(s ? s : "", max);
	str_sanitize(c, ' ');
	return buf_puts(out, c);
}

/* put_crlf - appends text with every line ending made CRLF. */
static int put_crlf(struct buf *out, const char *p, size_t len)
{
	int r = 0;

	for (size_t i = 0; i < len && r == 0; i++) {
		if (p[i] == '\r') {
			r = buf_append(out, "\r\n", 2);
			if (i + 1 < len && p[i + 1] == '\n')
				i++;
		} else if (p[i] == '\n') {
			r = buf_append(out, "\r\n", 2);
		} else {
			r = buf_putc(out, p[i]);
		}
	}
	return r;
}

static bool is_ascii(const char *s)
{
	for (; s && *s; s++)
		if ((unsigned char) *s >= 0x80)
			return false;
	return true;
}

int report_build(const struct report_info *info, const struct verdict *v, const char *orig_subject,
                 const char *raw, size_t raw_len, struct buf *out)
{
	struct buf body = BUF_INIT(0);
	char date[64], host[256] = "localhost";
	struct tm tm;
	char boundary[80];
	int r = 0;

	(void) gethostname(host, sizeof(host) - 1);
	gmtime_r(&info->now, &tm);
	strftime(date, sizeof(date), "%a, %d %b %Y %H:%M:%S +0000", &tm);
	unsigned long long rnd = 0;
	/* A random boundary: the attached original must not be able to end the part. */
	if (getrandom(&rnd, sizeof(rnd), 0) != sizeof(rnd))
		rnd = (unsigned long long) info->now * 2654435761u ^ raw_len;
	snprintf(boundary, sizeof(boundary), "=_aliasgate_%016llx", rnd);

	/* The text part first, so header sanitizing below has one place to go wrong. */
	r |= buf_printf(&body, "%s\n\n", explanation(info->kind));
	r |= buf_printf(&body, "Account: %s\nFiled in: %s\n", info->account,
	                info->folder ? info->folder : "-");
	if (info->server_reply)
		r |= buf_printf(&body, "\nThe mail server said:\n    %s\n", info->server_reply);
	if (info->note)
		r |= buf_printf(&body, "\n%s\n", info->note);
	if (v && v->n_hits) {
		r |= buf_puts(&body, "\n");
		r |= verdict_format_report(v, &body);
	} else if (v && v->ruleset[0]) {
		r |= buf_printf(&body, "\nRuleset: %s\n", v->ruleset);
	}
	if (r)
		goto fail;

	r |= buf_puts(out, "From: aliasgate <");
	r |= put_header_value(out, info->from ? info->from : "aliasgate@localhost", 256);
	r |= buf_puts(out, ">\r\n");
	if (info->to) {
		r |= buf_puts(out, "To: <");
		r |= put_header_value(out, info->to, 256);
		r |= buf_puts(out, ">\r\n");
	}
	r |= buf_printf(out, "Date: %s\r\n", date);
	r |= buf_printf(out, "Message-ID: <aliasgate.%lx.%lx.%d@%s>\r\n", (unsigned long) info->now,
	                (unsigned long) raw_len, (int) getpid(), host);
	/* The original subject is quoted raw when it is ASCII (RFC 2047 words stay
	 * encoded and readers decode them); 8-bit subjects are replaced rather than
	 * putting unencoded bytes into a header. */
	r |= buf_printf(out, "Subject: [aliasgate] %s: ", report_kind_title(info->kind));
	r |= put_header_value(out,
	                      orig_subject && is_ascii(orig_subject) ? orig_subject
	                                                             : "(see attached message)",
	                      200);
	r |= buf_puts(out, "\r\nAuto-Submitted: auto-generated\r\n");
	r |= buf_puts(out, "X-Aliasgate-Verdict: ");
	r |= put_header_value(out, report_kind_title(info->kind), 80);
	if (v && v->ruleset[0])
		r |= buf_printf(out, "\r\nX-Aliasgate-Ruleset: %s", v->ruleset);
	r |= buf_printf(out,
	                "\r\nMIME-Version: 1.0\r\n"
	                "Content-Type: multipart/mixed; boundary=\"%s\"\r\n\r\n"
	                "This is a MIME message.\r\n\r\n--%s\r\n"
	                "Content-Type: text/plain; charset=utf-8\r\n"
	                "Content-Transfer-Encoding: 8bit\r\n\r\n",
	                boundary, boundary);
	r |= put_crlf(out, body.data, body.len);
	r |= buf_printf(out,
	                "\r\n--%s\r\nContent-Type: message/rfc822\r\n"
	                "Content-Disposition: attachment; filename=\"original.eml\"\r\n\r\n",
	                boundary);
	r |= put_crlf(out, raw, raw_len);
	if (raw_len && raw[raw_len - 1] != '\n')
		r |= buf_puts(out, "\r\n");
	r |= buf_printf(out, "--%s--\r\n", boundary);
fail:
	buf_free(&body);
	return r ? -E2BIG : 0;
}
