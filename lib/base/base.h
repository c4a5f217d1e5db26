/*
 * base - macros every file uses: cleanup attributes, ownership transfer, array size,
 * string equality, printf checking. Macros and inline helpers only; no state.
 */
#ifndef AG_BASE_H
#define AG_BASE_H

#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#define _cleanup_(f)         __attribute__((cleanup(f)))
#define _printf_(a, b)       __attribute__((format(printf, a, b)))
#define _unused_             __attribute__((unused))
#define _warn_unused_result_ __attribute__((warn_unused_result))

#define ELEMENTSOF(x) (sizeof(x) / sizeof((x)[0]))

/* Hand ownership of *p to the caller and leave NULL behind, so a _cleanup_ local
 * does not free what was returned. */
#define TAKE_PTR(p)                                                                                \
	({                                                                                         \
		__typeof__(p) _tp_ = (p);                                                          \
		(p) = NULL;                                                                        \
		_tp_;                                                                              \
	})

#define DEFINE_TRIVIAL_CLEANUP_FUNC(type, func)                                                    \
	static inline void func##p(type *p)                                                        \
	{                                                                                          \
		if (*p)                                                                            \
			func(*p);                                                                  \
	}

static inline int streq(const char *a, const char *b)
{
	return strcmp(a, b) == 0;
}

static inline void freep(void *p)
{
	free(*(void **) p);
}

/* xalloc: out of memory is not an input we handle; abort like Postfix's mymalloc. */
void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t m);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
char *xasprintf(const char *fmt, ...) _printf_(1, 2);
char *xvasprintf(const char *fmt, va_list ap) _printf_(1, 0);

/* panic.c: an impossible state. Prints why to stderr and aborts; never returns. */
_Noreturn void panic(const char *fmt, ...) _printf_(1, 2);

#endif
