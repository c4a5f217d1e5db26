/*
 * notify - sd_notify wrappers; see notify.h. Called from the main thread only.
 */
#include <stdio.h>
#include <systemd/sd-daemon.h>
#include <time.h>

#include "clock.h"
#include "notify.h"

void notify_ready(const char *status)
{
	(void) sd_notifyf(0, "READY=1\nSTATUS=%s", status);
}

void notify_reloading(void)
{
	/* MONOTONIC_USEC makes Type=notify-reload possible on newer systemd. */
	(void) sd_notifyf(0, "RELOADING=1\nMONOTONIC_USEC=%llu",
	                  (unsigned long long) clock_mono_ms() * 1000ULL);
}

void notify_stopping(void)
{
	(void) sd_notify(0, "STOPPING=1");
}

void notify_status(const char *status)
{
	(void) sd_notifyf(0, "STATUS=%s", status);
}

void notify_watchdog(void)
{
	(void) sd_notify(0, "WATCHDOG=1");
}

uint64_t notify_watchdog_usec(void)
{
	uint64_t usec = 0;

	if (sd_watchdog_enabled(0, &usec) <= 0)
		return 0;
	return usec;
}
