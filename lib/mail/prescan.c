/*
 * prescan - structural limits checked before any parser runs; see prescan.h.
 */
#include <stdbool.h>
#include <stdio.h>
#include <strings.h>

#include "base.h"
#include "prescan.h"

static const char *skip_ws(const char *p, const char *end)
{
	while (p < end && (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n'))
		p++;
	return p;
}

static bool prefix_ci(const char *p, const char *end, const char *s)
{
	size_t n = strlen(s);
	return (size_t) (end - p) >= n && strncasecmp(p, s, n) == 0;
}

void prescan_run(const char *raw, size_t len, const struct limits *lim, struct prescan_result *res)
{
	const char *p = raw, *end = raw + len;
	size_t field_start_len = 0;
	bool in_top_header = true, in_field = false;
	size_t field_len = 0;

	*res = (struct prescan_result){0};
	if (len > lim->raw_size) {
		res->rule = "engine.size";
		snprintf(res->reason, sizeof(res->reason),
		         "The message is larger than %zu bytes, the most aliasgate examines.",
		         lim->raw_size);
		return;
	}
	(void) field_start_len;
	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t) (end - p));
		const char *le = nl ? nl : end;
		size_t n = (size_t) (le - p);

		if (nl && (n == 0 || p[n - 1] != '\r'))
			res->bare_lf = 1;
		else if (nl)
			res->crlf = 1;
		if (memchr(p, '\r', n && p[n - 1] == '\r' && nl ? n - 1 : n))
			res->bare_cr = 1;
		if (n && p[n - 1] == '\r')
			n--;
		if (n > res->longest)
			res->longest = n;
		if (!res->nul && memchr(p, '\0', n))
			res->nul = 1;
		if (in_top_header) {
			if (n == 0) {
				in_top_header = false;
				res->header_len = (size_t) (p - raw);
			} else if (res->header_len = (size_t) (le - raw),
			           res->header_len > lim->header_block) {
				res->rule = "engine.header-length";
				snprintf(res->reason, sizeof(res->reason),
				         "The message header is longer than %zu bytes.",
				         lim->header_block);
				return;
			}
		}
		/* Field length: a line starting with blank continues the field (folding). */
		if (n && (p[0] == ' ' || p[0] == '\t') && in_field) {
			field_len += n;
		} else {
			in_field = n > 0 && memchr(p, ':', n) != NULL;
			field_len = n;
		}
		if (field_len > lim->header_field && in_top_header) {
			res->rule = "engine.header-length";
			snprintf(res->reason, sizeof(res->reason),
			         "A header field is longer than %zu bytes.", lim->header_field);
			return;
		}
		if (prefix_ci(p, le, "content-type:")) {
			const char *v = skip_ws(p + 13, le);
			res->parts++;
			if (prefix_ci(v, le, "multipart/") || prefix_ci(v, le, "message/"))
				res->composites++;
			else if (v == le) {
				/* Value folded onto the next line: look there too. */
				const char *nx = skip_ws(le, end);
				if (prefix_ci(nx, end, "multipart/") ||
				    prefix_ci(nx, end, "message/"))
					res->composites++;
			}
		}
		p = nl ? nl + 1 : end;
	}
	if (res->nul) {
		/* RFC 5322 2.1 and 2.3: no NUL anywhere; a relay would pass it on as-is and
		 * readers cut the text there. */
		res->rule = "engine.nul";
		snprintf(res->reason, sizeof(res->reason),
		         "The message contains a NUL byte, which mail may not carry.");
	} else if (res->longest > LIMIT_LINE_LENGTH) {
		/* RFC 5322 2.1.1: a line MUST be at most 998 characters; relays may break
		 * longer ones anywhere, changing what the buyer reads. */
		res->rule = "engine.line-length";
		snprintf(res->reason, sizeof(res->reason),
		         "A line is %zu characters long; mail allows at most %u.", res->longest,
		         LIMIT_LINE_LENGTH);
	} else if (res->bare_cr || (res->bare_lf && res->crlf)) {
		/* A file is either LF or CRLF; a mix, or a CR alone, is how SMTP smuggling
		 * and parser confusion start, and readers disagree on where lines end. */
		res->rule = "engine.line-endings";
		snprintf(res->reason, sizeof(res->reason),
		         "The message mixes line endings (%s), so its structure is ambiguous.",
		         res->bare_cr ? "a CR without LF" : "CRLF and bare LF");
	} else if (res->composites > lim->mime_depth) {
		res->rule = "engine.mime-depth";
		snprintf(res->reason, sizeof(res->reason),
		         "The message has %zu nested or composite MIME parts; aliasgate examines "
		         "at most %u.",
		         res->composites, lim->mime_depth);
	} else if (res->parts > lim->mime_parts) {
		res->rule = "engine.mime-parts";
		snprintf(res->reason, sizeof(res->reason),
		         "The message has %zu MIME parts; aliasgate examines at most %u.",
		         res->parts, lim->mime_parts);
	}
}
