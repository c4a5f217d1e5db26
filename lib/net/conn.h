/*
 * conn - one TCP connection, optionally TLS, with timeouts on every wait. TLS always
 * verifies the certificate chain and the host name (or IP address) before returning,
 * so no credential can be sent to the wrong server. Reads are buffered; a wake fd
 * (the daemon's stop eventfd) interrupts every wait.
 */
#ifndef AG_CONN_H
#define AG_CONN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "buf.h"

struct conn;

/* Connects to host:port within timeout_s; with tls, does the handshake and
 * verification too. On failure returns -errno and a reason in err. */
int conn_open(const char *host, uint16_t port, bool tls, const char *ca_file, unsigned timeout_s,
              int wake_fd, struct conn **ret, char *err, size_t errlen);
/* Upgrades a plain connection (after STARTTLS was accepted). Refuses if unread data
 * is buffered: that is the STARTTLS response-injection attack (CVE-2011-0411 class). */
int conn_starttls(struct conn *c, char *err, size_t errlen);
/* Deadlines are absolute CLOCK_MONOTONIC times in milliseconds: a caller fixes one
 * when a command starts and every read and write of that command stops there, however
 * the peer paces its bytes. conn_deadline(s) is now + s seconds. */
uint64_t conn_now_ms(void);
uint64_t conn_deadline(unsigned timeout_s);
int conn_write_until(struct conn *c, const void *p, size_t n, uint64_t deadline);
int conn_write(struct conn *c, const void *p, size_t n, unsigned timeout_s);
/* Appends to line until a newline (consumed, and a CR before it dropped: *ret_eol set)
 * or until line holds max bytes (*ret_eol false, the rest of the line still unread):
 * a caller can take a long line in pieces. -ETIMEDOUT, -ECONNRESET on EOF, -EINTR when
 * the wake fd fired. */
int conn_read_line_part(struct conn *c, struct buf *line, size_t max, uint64_t deadline,
                        bool *ret_eol);
/* Reads one line without its CRLF (or LF) into line (reset first); -E2BIG past max. */
int conn_read_line_until(struct conn *c, struct buf *line, size_t max, uint64_t deadline);
int conn_read_line(struct conn *c, struct buf *line, size_t max, unsigned timeout_s);
/* Appends exactly n bytes to out. */
int conn_read_exact_until(struct conn *c, struct buf *out, size_t n, uint64_t deadline);
int conn_read_exact(struct conn *c, struct buf *out, size_t n, unsigned timeout_s);
/* 1 when data is waiting (buffered or on the socket), 0 on timeout, -EINTR on wake. */
int conn_wait(struct conn *c, unsigned timeout_s);
int conn_wait_ms(struct conn *c, int timeout_ms);
bool conn_is_tls(const struct conn *c);
/* The verified peer certificate's subject CN and subjectAltName entries as one line,
 * "CN=a, DNS:b, IP:c"; -ENOENT without TLS. */
int conn_peer_names(const struct conn *c, char *out, size_t outlen);
void conn_close(struct conn *c);

#endif
