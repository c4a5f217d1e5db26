/*
 * clock - CLOCK_MONOTONIC in milliseconds; see clock.h.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "clock.h"

uint64_t clock_mono_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t) ts.tv_sec * 1000 + (uint64_t) ts.tv_nsec / 1000000;
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
