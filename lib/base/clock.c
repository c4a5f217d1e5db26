/*
 * clock - CLOCK_MONOTONIC in milliseconds; see clock.h.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "clock.h"

uint64_t clock_mono_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t) ts.tv_sec * 1000 + (uint64_t) ts.tv_nsec / 1000000;
}

int clock_parse_imap_date(const char *s, uint64_t *ret)
{
	static const char mon[] = "JanFebMarAprMayJunJulAugSepOctNovDec";
	unsigned day, year, h, mi, sec, zh, zm;
	char m[3], sign;
	int used = 0;

	/* strptime's %b follows the locale; IMAP's month names are English. */
	if (sscanf(s, " %2u-%3c-%4u %2u:%2u:%2u %c%2u%2u%n", &day, m, &year, &h, &mi, &sec, &sign,
	           &zh, &zm, &used) != 9 ||
	    s[used] != '\0' || (sign != '+' && sign != '-'))
		return -EINVAL;
	int month = -1;
	for (int i = 0; i < 12 && month < 0; i++)
		if (strncasecmp(mon + 3 * i, m, 3) == 0) /* ABNF strings: any case (RFC 5234) */
			month = i;
	if (month < 0 || day < 1 || day > 31 || year < 1970 || h > 23 || mi > 59 || sec > 60 ||
	    zh > 23 || zm > 59)
		return -EINVAL;
	struct tm tm = {.tm_year = (int) year - 1900,
	                .tm_mon = month,
	                .tm_mday = (int) day,
	                .tm_hour = (int) h,
	                .tm_min = (int) mi,
	                .tm_sec = (int) sec};
	time_t t = timegm(&tm);
	long off = (long) (zh * 3600 + zm * 60) * (sign == '-' ? -1 : 1);
	if (t == (time_t) -1 || (long long) t - off < 0)
		return -EINVAL;
	*ret = (uint64_t) ((long long) t - off);
	return 0;
}

int clock_parse_since(const char *s, uint64_t *ret)
{
	struct tm tm = {0};
	char *end = strptime(s, "%Y-%m-%d", &tm);
	unsigned long long days;

	if (end && !*end) {
		time_t t = timegm(&tm);
		if (t < 0)
			return -EINVAL;
		*ret = (uint64_t) t;
		return 0;
	}
	errno = 0;
	days = strtoull(s, &end, 10);
	if (end != s && (!*end || strcmp(end, "d") == 0) && !errno && days <= 36500 &&
	    s[0] != '-') {
		uint64_t now = (uint64_t) time(NULL);
		*ret = now > days * 86400 ? now - days * 86400 : 0;
		return 0;
	}
	return -EINVAL;
}
