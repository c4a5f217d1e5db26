/*
 * fault - crash points for tests; compiled to nothing unless AG_FAULT_INJECTION.
 */
#include "fault.h"

#ifdef AG_FAULT_INJECTION
#include <signal.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static atomic_uint hits;

void fault_point(const char *name)
{
	const char *want = getenv("AG_FAULT");
	size_t n = strlen(name);
	unsigned nth = 1;

	if (!want || strncmp(want, name, n) != 0 || (want[n] != '\0' && want[n] != ':'))
		return;
	if (want[n] == ':')
		nth = (unsigned) strtoul(want + n + 1, NULL, 10);
	if (atomic_fetch_add(&hits, 1) + 1 < nth)
		return;
	/* SIGKILL, not abort(): no atexit handlers, no flushing, like a power cut. */
	(void) !write(2, "aliasgated: fault injected: ", 28);
	(void) !write(2, name, n);
	(void) !write(2, "\n", 1);
	raise(SIGKILL);
}
#else
/* ISO C forbids an empty translation unit. */
typedef int fault_unused_t;
#endif
