/*
 * str - the one control-character sanitiser: text from servers, commands and messages
 * goes into logs, reports and error strings only through it, so no CR, LF, ESC or
 * other C0 control (or DEL) can forge a log line or a header.
 */
#ifndef AG_STR_H
#define AG_STR_H

#include <stddef.h>

/* In place: every C0 control and DEL in s becomes repl. Bytes >= 0x80 (UTF-8) stay. */
void str_sanitize(char *s, char repl);

/* The same over n bytes, which may hold NUL (it becomes repl too). */
void str_sanitize_n(char *s, size_t n, char repl);

#endif
