/*
 * str - control characters out of text that reaches logs, reports and errors (str.h).
 */
#include "str.h"

void str_sanitize_n(char *s, size_t n, char repl)
{
	for (size_t i = 0; i < n; i++)
		if ((unsigned char) s[i] < 0x20 || s[i] == 0x7f)
			s[i] = repl;
}

void str_sanitize(char *s, char repl)
{
	for (; *s; s++)
		if ((unsigned char) *s < 0x20 || *s == 0x7f)
			*s = repl;
}
