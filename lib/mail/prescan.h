/*
 * prescan - a conservative, linear look at the raw bytes before libetpan parses them.
 * libetpan recurses once per MIME level (stack overflow near 30 000 levels) and is
 * quadratic on nested multiparts (measured on libetpan 1.9.4; the malformed corpus in
 * tests/corpus/malformed/ keeps those cases); it must never see such input.
 * The scan over-counts rather than under-counts: it counts every composite
 * Content-Type (multipart/..., message/...) as a possible nesting level, every
 * Content-Type field as a part, and measures every header field it can find.
 */
#ifndef AG_PRESCAN_H
#define AG_PRESCAN_H

#include <stddef.h>

#include "limit.h"

struct prescan_result {
	const char *rule; /* NULL when within limits, else "engine.size", ... */
	char reason[200];
	size_t composites; /* composite Content-Type fields seen (multipart, message) */
	size_t parts;      /* Content-Type fields seen */
	size_t header_len; /* length of the top-level header block */
	int bare_lf;       /* some line ends in LF without CR */
	int crlf;          /* some line ends in CRLF */
	int bare_cr;       /* a CR not followed by LF */
	int nul;           /* a NUL byte (RFC 5322 2.1: not a valid character) */
	size_t longest;    /* the longest line, without its line end */
};

/* Scans raw[0..len) against lim. Always fills *res. */
void prescan_run(const char *raw, size_t len, const struct limits *lim, struct prescan_result *res);

#endif
