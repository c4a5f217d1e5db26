/*
 * clock - the one monotonic clock: deadlines, timeouts and the watchdog never follow
 * the wall clock, which NTP and administrators may move.
 */
#ifndef AG_CLOCK_H
#define AG_CLOCK_H

#include <stdint.h>

/* Milliseconds of CLOCK_MONOTONIC. */
uint64_t clock_mono_ms(void);

#endif
