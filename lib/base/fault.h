/*
 * fault - named crash points for the crash-safety tests. In a build configured with
 * -Dfault_injection=true, FAULT_POINT("smtp-after-dot") kills the process with SIGKILL
 * when the environment variable AG_FAULT names that point (AG_FAULT=name or name:N to
 * die at the N-th time the point is reached). In normal builds the macro is empty, so
 * production binaries carry no hook at all.
 *
 * Points used: fetched, journal-relaying, smtp-after-mail, smtp-after-rcpt,
 * smtp-after-data, smtp-after-dot, relayed-before-journal, journal-before-move,
 * mid-move.
 */
#ifndef AG_FAULT_H
#define AG_FAULT_H

#ifdef AG_FAULT_INJECTION
void fault_point(const char *name);
#define FAULT_POINT(name) fault_point(name)
#else
#define FAULT_POINT(name)                                                                          \
	do {                                                                                       \
	} while (0)
#endif

#endif
