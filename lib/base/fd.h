/*
 * fd - the durable-write helpers every state file needs (journal, stats, audit, stamp
 * key): write all of a buffer through short writes and EINTR, and fsync a directory
 * so a new or renamed file survives a power cut (rename(2) is durable only then).
 */
#ifndef AG_FD_H
#define AG_FD_H

#include <stddef.h>

/* Writes n bytes; 0, or -errno (-EIO when write returns 0). */
int fd_write_all(int fd, const void *p, size_t n);

/* fsync(2) of the directory dir; 0 or -errno. */
int fd_fsync_dir(const char *dir);

#endif
