/*
 * clock - the one monotonic clock: deadlines, timeouts and the watchdog never follow
 * the wall clock, which NTP and administrators may move.
 */
#ifndef AG_CLOCK_H
#define AG_CLOCK_H

#include <stdint.h>

/* Milliseconds of CLOCK_MONOTONIC. */
uint64_t clock_mono_ms(void);

/* A command line's --since: "YYYY-MM-DD" (UTC midnight) or a number of days ago ("7",
 * "7d", at most 36500), as unix seconds in *ret. 0, or -EINVAL. */
int clock_parse_since(const char *s, uint64_t *ret);

/* An IMAP INTERNALDATE (RFC 3501 9, date-time: "29-Nov-2026 21:31:32 +0000", the day
 * may be space-padded) as unix seconds in *ret. 0, or -EINVAL. */
int clock_parse_imap_date(const char *s, uint64_t *ret);

#endif
