/*
 * diag - collected "file:line: message" diagnostics; see diag.h.
 */
#include <stdarg.h>

#include "diag.h"

void diag_add(struct diag *d, const char *file, unsigned line, const char *fmt, ...)
{
	va_list ap;
	char *text;

	va_start(ap, fmt);
	text = xvasprintf(fmt, ap);
	va_end(ap);
	if (d->n == d->cap) {
		d->cap = d->cap ? d->cap * 2 : 8;
		d->v = xrealloc(d->v, d->cap * sizeof(*d->v));
	}
	d->v[d->n++] = (struct diag_entry){file ? xstrdup(file) : NULL, line, text};
}

char *diag_format(const struct diag *d, size_t i)
{
	const struct diag_entry *e = &d->v[i];

	if (e->file && e->line)
		return xasprintf("%s:%u: %s", e->file, e->line, e->text);
	if (e->file)
		return xasprintf("%s: %s", e->file, e->text);
	return xstrdup(e->text);
}

void diag_print(const struct diag *d, FILE *f)
{
	for (size_t i = 0; i < d->n; i++) {
		char *s = diag_format(d, i);
		fprintf(f, "%s\n", s);
		free(s);
	}
}

void diag_clear(struct diag *d)
{
	for (size_t i = 0; i < d->n; i++) {
		free(d->v[i].file);
		free(d->v[i].text);
	}
	free(d->v);
	*d = DIAG_INIT;
}
