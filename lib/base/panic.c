/*
 * panic - the end of the road for a state that cannot happen (Postfix's msg_panic):
 * says why on stderr, which systemd puts in the journal, then aborts for a core.
 * Never for input: every input gets an error value instead.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#include "base.h"

void panic(const char *fmt, ...)
{
	va_list ap;

	fputs("aliasgate: internal error: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	fflush(stderr);
	abort();
}
