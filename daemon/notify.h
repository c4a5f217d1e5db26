/*
 * notify - the systemd notification protocol (READY, RELOADING, STOPPING, STATUS,
 * WATCHDOG). Every call is a no-op when not started by systemd.
 */
#ifndef AG_NOTIFY_H
#define AG_NOTIFY_H

#include <stdint.h>

void notify_ready(const char *status);
void notify_reloading(void);
void notify_stopping(void);
void notify_status(const char *status);
void notify_watchdog(void);
/* Watchdog interval in microseconds, 0 when systemd did not ask for pings. */
uint64_t notify_watchdog_usec(void);

#endif
