/*
 * diag - a list of "file:line: message" diagnostics. Config and rule loading collect
 * every problem here instead of stopping at the first, because a compliance officer
 * fixing a rule file wants the whole list at once (Postfix's postmap does the same).
 * Library code fills a diag; only programs print it.
 */
#ifndef AG_DIAG_H
#define AG_DIAG_H

#include <stdio.h>

#include "base.h"

struct diag_entry {
	char *file;    /* may be NULL for problems without a file */
	unsigned line; /* 0 = no line */
	char *text;
};

struct diag {
	struct diag_entry *v;
	size_t n, cap;
};

#define DIAG_INIT ((struct diag){NULL, 0, 0})

void diag_add(struct diag *d, const char *file, unsigned line, const char *fmt, ...) _printf_(4, 5);
/* Writes every entry as "file:line: text\n" (or "file: text", or "text"). */
void diag_print(const struct diag *d, FILE *f);
/* Formats entry i the same way into a new string the caller frees. */
char *diag_format(const struct diag *d, size_t i);
void diag_clear(struct diag *d);

#endif
