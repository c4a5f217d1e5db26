/*
 * conn - TCP + OpenSSL with verification and timeouts; see conn.h.
 *
 * Verification happens inside the handshake (SSL_VERIFY_PEER plus the host name in
 * the verify parameters), so a connection that returns from conn_open() has already
 * proven who it talks to. TLS 1.2 is the floor. Every wait polls the socket and the
 * wake fd until the caller's absolute deadline (CLOCK_MONOTONIC), so a peer that
 * trickles bytes cannot stretch a read: the deadline is fixed when the command starts,
 * not renewed per line. SO_RCVTIMEO/SO_SNDTIMEO, set to the time left before every
 * read and write, back that up for the moments OpenSSL reads or writes on its own.
 */
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <openssl/x509v3.h>
#include <poll.h>
#include <stdio.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include "conn.h"
#include "clock.h"

struct conn {
	int fd;
	int wake_fd;
	SSL_CTX *ctx;
	SSL *ssl;
	char *host;
	char *ca_file;
	char rbuf[16384];
	size_t rpos, rlen;
};

uint64_t conn_now_ms(void)
{
	return clock_mono_ms();
}

/* wait_fd - poll for events on fd, or the wake fd. 1 ready, 0 timeout, -EINTR. */
static int wait_fd(int fd, int wake_fd, short events, int ms)
{
	struct pollfd p[2] = {{.fd = fd, .events = events}, {.fd = wake_fd, .events = POLLIN}};
	int r;

	do
		r = poll(p, wake_fd >= 0 ? 2 : 1, ms);
	while (r < 0 && errno == EINTR);
	if (r < 0)
		return -errno;
	if (wake_fd >= 0 && (p[1].revents & POLLIN))
		return -EINTR;
	return r > 0 ? 1 : 0;
}

uint64_t conn_deadline(unsigned timeout_s)
{
	return conn_now_ms() + (uint64_t) timeout_s * 1000;
}

/* set_timeouts_ms - the socket timeouts, never 0 (that would mean "forever"). */
static void set_timeouts_ms(int fd, uint64_t ms)
{
	struct timeval tv = {.tv_sec = (time_t) (ms / 1000), .tv_usec = (long) (ms % 1000) * 1000};
	if (ms == 0)
		tv.tv_usec = 1000;
	(void) setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv));
	(void) setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof(tv));
}

static void set_timeouts(int fd, unsigned s)
{
	set_timeouts_ms(fd, (uint64_t) (s ? s : 1) * 1000);
}

/* left - milliseconds until deadline, 0 when it has passed. */
static uint64_t left(uint64_t deadline)
{
	uint64_t now = conn_now_ms();
	return now >= deadline ? 0 : deadline - now;
}

static int tcp_connect(const char *host, uint16_t port, unsigned timeout_s, int wake_fd, char *err,
                       size_t errlen)
{
	struct addrinfo hints = {.ai_socktype = SOCK_STREAM, .ai_flags = AI_ADDRCONFIG};
	struct addrinfo *res = NULL;
	char portstr[8];
	int fd = -1, r, last = ECONNREFUSED;

	snprintf(portstr, sizeof(portstr), "%u", port);
	r = getaddrinfo(host, portstr, &hints, &res);
	if (r != 0) {
		snprintf(err, errlen, "cannot resolve %s: %s", host, gai_strerror(r));
		return -EHOSTUNREACH;
	}
	for (struct addrinfo *ai = res; ai; ai = ai->ai_next) {
		fd = socket(ai->ai_family, ai->ai_socktype | SOCK_CLOEXEC | SOCK_NONBLOCK,
		            ai->ai_protocol);
		if (fd < 0) {
			last = errno;
			continue;
		}
		if (connect(fd, ai->ai_addr, ai->ai_addrlen) == 0 || errno == EINPROGRESS) {
			r = wait_fd(fd, wake_fd, POLLOUT, (int) timeout_s * 1000);
			if (r == 1) {
				int soerr = 0;
				socklen_t sl = sizeof(soerr);
				(void) getsockopt(fd, SOL_SOCKET, SO_ERROR, &soerr, &sl);
				if (soerr == 0)
					break;
				last = soerr;
			} else {
				last = r == 0 ? ETIMEDOUT : -r;
			}
		} else {
			last = errno;
		}
		close(fd);
		fd = -1;
		if (last == EINTR)
			break;
	}
	freeaddrinfo(res);
	if (fd < 0) {
		snprintf(err, errlen, "cannot connect to %s:%u: %s", host, port, strerror(last));
		return -last;
	}
	/* Blocking from here on; waits are polls plus the socket timeouts. */
	(void) fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK);
	int one = 1;
	(void) setsockopt(fd, SOL_SOCKET, SO_KEEPALIVE, &one, sizeof(one));
	set_timeouts(fd, timeout_s);
	return fd;
}

/* cert_names - "CN=a, DNS:b, IP:c" of a certificate: what it proves, for messages. */
static void cert_names(X509 *x, char *out, size_t outlen)
{
	GENERAL_NAMES *san;
	char cn[256];
	size_t off = 0;

	out[0] = '\0';
	if (!x || !outlen)
		return;
	if (X509_NAME_get_text_by_NID(X509_get_subject_name(x), NID_commonName, cn, sizeof(cn)) > 0)
		off += (size_t) snprintf(out, outlen, "CN=%s", cn);
	san = X509_get_ext_d2i(x, NID_subject_alt_name, NULL, NULL);
	for (int i = 0; san && i < sk_GENERAL_NAME_num(san) && off < outlen; i++) {
		const GENERAL_NAME *g = sk_GENERAL_NAME_value(san, i);
		char ip[INET6_ADDRSTRLEN] = "";
		const unsigned char *d;
		int n;

		if (g->type == GEN_DNS) {
			d = ASN1_STRING_get0_data(g->d.dNSName);
			n = ASN1_STRING_length(g->d.dNSName);
			off += (size_t) snprintf(out + off, outlen - off, "%sDNS:%.*s",
			                         off ? ", " : "", n, (const char *) d);
		} else if (g->type == GEN_IPADD) {
			d = ASN1_STRING_get0_data(g->d.iPAddress);
			n = ASN1_STRING_length(g->d.iPAddress);
			if (n == 4 || n == 16)
				inet_ntop(n == 4 ? AF_INET : AF_INET6, d, ip, sizeof(ip));
			off += (size_t) snprintf(out + off, outlen - off, "%sIP:%s",
			                         off ? ", " : "", ip);
		}
	}
	GENERAL_NAMES_free(san);
	for (char *p = out; *p; p++) /* names come from the peer: one clean line */
		if ((unsigned char) *p < 0x20 || *p == 0x7f)
			*p = '?';
}

static int tls_handshake(struct conn *c, char *err, size_t errlen)
{
	X509_VERIFY_PARAM *vp;
	unsigned char ip[16];
	bool is_ip = inet_pton(AF_INET, c->host, ip) == 1 || inet_pton(AF_INET6, c->host, ip) == 1;
	long vr;

	c->ctx = SSL_CTX_new(TLS_client_method());
	if (!c->ctx)
		goto ssl_fail;
	SSL_CTX_set_min_proto_version(c->ctx, TLS1_2_VERSION);
	SSL_CTX_set_verify(c->ctx, SSL_VERIFY_PEER, NULL);
	if (c->ca_file ? SSL_CTX_load_verify_locations(c->ctx, c->ca_file, NULL) != 1
	               : SSL_CTX_set_default_verify_paths(c->ctx) != 1) {
		snprintf(err, errlen, "cannot load trust anchors%s%s", c->ca_file ? " from " : "",
		         c->ca_file ? c->ca_file : "");
		return -EINVAL;
	}
	c->ssl = SSL_new(c->ctx);
	if (!c->ssl || SSL_set_fd(c->ssl, c->fd) != 1)
		goto ssl_fail;
	vp = SSL_get0_param(c->ssl);
	if (is_ip) {
		if (X509_VERIFY_PARAM_set1_ip_asc(vp, c->host) != 1)
			goto ssl_fail;
	} else {
		X509_VERIFY_PARAM_set_hostflags(vp, X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS);
		if (X509_VERIFY_PARAM_set1_host(vp, c->host, 0) != 1 ||
		    SSL_set_tlsext_host_name(c->ssl, c->host) != 1)
			goto ssl_fail;
	}
	if (SSL_connect(c->ssl) != 1) {
		vr = SSL_get_verify_result(c->ssl);
		if (vr != X509_V_OK) {
			STACK_OF(X509) *chain = SSL_get_peer_cert_chain(c->ssl);
			char names[512];
			cert_names(chain && sk_X509_num(chain) > 0 ? sk_X509_value(chain, 0) : NULL,
			           names, sizeof(names));
			snprintf(err, errlen, "TLS certificate of %s not accepted: %s%s%s%s",
			         c->host, X509_verify_cert_error_string(vr),
			         names[0] ? " (it names " : "", names, names[0] ? ")" : "");
		} else
			snprintf(err, errlen, "TLS handshake with %s failed: %s", c->host,
			         ERR_reason_error_string(ERR_peek_last_error())
			                 ? ERR_reason_error_string(ERR_peek_last_error())
			                 : "connection closed");
		ERR_clear_error();
		return -EPROTO;
	}
	return 0;
ssl_fail:
	snprintf(err, errlen, "TLS setup failed: %s",
	         ERR_reason_error_string(ERR_peek_last_error())
	                 ? ERR_reason_error_string(ERR_peek_last_error())
	                 : "unknown");
	ERR_clear_error();
	return -EPROTO;
}

int conn_open(const char *host, uint16_t port, bool tls, const char *ca_file, unsigned timeout_s,
              int wake_fd, struct conn **ret, char *err, size_t errlen)
{
	struct conn *c;
	int fd, r;

	fd = tcp_connect(host, port, timeout_s, wake_fd, err, errlen);
	if (fd < 0)
		return fd;
	c = xcalloc(1, sizeof(*c));
	c->fd = fd;
	c->wake_fd = wake_fd;
	c->host = xstrdup(host);
	c->ca_file = ca_file ? xstrdup(ca_file) : NULL;
	if (tls) {
		r = tls_handshake(c, err, errlen);
		if (r < 0) {
			conn_close(c);
			return r;
		}
	}
	*ret = c;
	return 0;
}

int conn_starttls(struct conn *c, char *err, size_t errlen)
{
	if (c->rpos < c->rlen) {
		snprintf(err, errlen, "server sent data after the STARTTLS reply; refusing");
		return -EPROTO;
	}
	return tls_handshake(c, err, errlen);
}

bool conn_is_tls(const struct conn *c)
{
	return c->ssl != NULL;
}

int conn_peer_names(const struct conn *c, char *out, size_t outlen)
{
#if OPENSSL_VERSION_NUMBER >= 0x30000000L
	X509 *x = c->ssl ? SSL_get1_peer_certificate(c->ssl) : NULL;
#else
	X509 *x = c->ssl ? SSL_get_peer_certificate(c->ssl) : NULL;
#endif

	if (outlen)
		out[0] = '\0';
	if (!x)
		return -ENOENT;
	cert_names(x, out, outlen);
	X509_free(x);
	return 0;
}

int conn_write(struct conn *c, const void *p, size_t n, unsigned timeout_s)
{
	return conn_write_until(c, p, n, conn_deadline(timeout_s));
}

int conn_write_until(struct conn *c, const void *p, size_t n, uint64_t deadline)
{
	const char *q = p;

	while (n) {
		ssize_t k;
		/* Small pieces, each bounded by the time left: a peer that reads slowly
		 * cannot hold one big write past the deadline. */
		size_t piece = n > 16384 ? 16384 : n;
		uint64_t ms = left(deadline);
		if (ms == 0)
			return -ETIMEDOUT;
		set_timeouts_ms(c->fd, ms);
		if (c->ssl) {
			int w = SSL_write(c->ssl, q, (int) piece);
			if (w <= 0) {
				ERR_clear_error();
				return -EPIPE;
			}
			k = w;
		} else {
			k = send(c->fd, q, piece, MSG_NOSIGNAL);
			if (k < 0) {
				if (errno == EINTR)
					continue;
				return errno == EAGAIN ? -ETIMEDOUT : -errno;
			}
		}
		q += k;
		n -= (size_t) k;
	}
	return 0;
}

/* fill - read more bytes into the buffer, waiting at most until deadline. */
static int fill(struct conn *c, uint64_t deadline)
{
	ssize_t k;
	int r;

	if (c->rpos == c->rlen)
		c->rpos = c->rlen = 0;
	else if (c->rpos > 0) {
		memmove(c->rbuf, c->rbuf + c->rpos, c->rlen - c->rpos);
		c->rlen -= c->rpos;
		c->rpos = 0;
	}
	uint64_t ms = left(deadline);
	if (!(c->ssl && SSL_pending(c->ssl) > 0)) {
		if (ms == 0)
			return -ETIMEDOUT;
		r = wait_fd(c->fd, c->wake_fd, POLLIN, ms > INT32_MAX ? INT32_MAX : (int) ms);
		if (r < 0)
			return r;
		if (r == 0)
			return -ETIMEDOUT;
	}
	set_timeouts_ms(c->fd, ms);
	if (c->ssl) {
		int n = SSL_read(c->ssl, c->rbuf + c->rlen, (int) (sizeof(c->rbuf) - c->rlen));
		if (n <= 0) {
			int e = SSL_get_error(c->ssl, n);
			ERR_clear_error();
			if (e == SSL_ERROR_WANT_READ)
				return 0;
			return e == SSL_ERROR_ZERO_RETURN || e == SSL_ERROR_SYSCALL ? -ECONNRESET
			                                                            : -EPROTO;
		}
		k = n;
	} else {
		k = recv(c->fd, c->rbuf + c->rlen, sizeof(c->rbuf) - c->rlen, 0);
		if (k < 0)
			return errno == EAGAIN ? -ETIMEDOUT : -errno;
		if (k == 0)
			return -ECONNRESET;
	}
	c->rlen += (size_t) k;
	return 0;
}

int conn_read_line_part(struct conn *c, struct buf *line, size_t max, uint64_t deadline,
                        bool *ret_eol)
{
	int r;

	*ret_eol = false;
	for (;;) {
		char *nl = memchr(c->rbuf + c->rpos, '\n', c->rlen - c->rpos);
		size_t n = nl ? (size_t) (nl - (c->rbuf + c->rpos)) : c->rlen - c->rpos;

		if (line->len >= max)
			return 0;
		if (line->len + n > max) {
			n = max - line->len;
			nl = NULL;
		}
		r = buf_append(line, c->rbuf + c->rpos, n);
		if (r < 0)
			return r;
		c->rpos += n;
		if (nl) {
			c->rpos++;
			if (line->len && line->data[line->len - 1] == '\r')
				line->data[--line->len] = '\0';
			*ret_eol = true;
			return 0;
		}
		if (line->len >= max)
			return 0;
		r = fill(c, deadline);
		if (r < 0)
			return r;
	}
}

int conn_read_line_until(struct conn *c, struct buf *line, size_t max, uint64_t deadline)
{
	bool eol;
	int r;

	buf_reset(line);
	r = conn_read_line_part(c, line, max, deadline, &eol);
	return r < 0 ? r : eol ? 0 : -E2BIG;
}

int conn_read_line(struct conn *c, struct buf *line, size_t max, unsigned timeout_s)
{
	return conn_read_line_until(c, line, max, conn_deadline(timeout_s));
}

int conn_read_exact_until(struct conn *c, struct buf *out, size_t n, uint64_t deadline)
{
	int r;

	while (n) {
		size_t k = c->rlen - c->rpos < n ? c->rlen - c->rpos : n;
		r = buf_append(out, c->rbuf + c->rpos, k);
		if (r < 0)
			return r;
		c->rpos += k;
		n -= k;
		if (n) {
			r = fill(c, deadline);
			if (r < 0)
				return r;
		}
	}
	return 0;
}

int conn_read_exact(struct conn *c, struct buf *out, size_t n, unsigned timeout_s)
{
	return conn_read_exact_until(c, out, n, conn_deadline(timeout_s));
}

int conn_wait_ms(struct conn *c, int timeout_ms)
{
	if (c->rpos < c->rlen || (c->ssl && SSL_pending(c->ssl) > 0))
		return 1;
	return wait_fd(c->fd, c->wake_fd, POLLIN, timeout_ms);
}

int conn_wait(struct conn *c, unsigned timeout_s)
{
	return conn_wait_ms(c, (int) timeout_s * 1000);
}

void conn_close(struct conn *c)
{
	if (!c)
		return;
	if (c->ssl) {
		/* No close_notify exchange: a broken peer must not make us wait. */
		SSL_free(c->ssl);
	}
	SSL_CTX_free(c->ctx);
	if (c->fd >= 0)
		close(c->fd);
	free(c->host);
	free(c->ca_file);
	free(c);
}
