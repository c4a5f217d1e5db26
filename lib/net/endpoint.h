/*
 * endpoint - what the IMAP and SMTP clients need to reach one server: address, TLS
 * mode, trust anchor, login and where its secret comes from, and the deadlines. The
 * clients take this small struct and never the configuration, so lib/net sits below
 * lib/conf; conf fills it (config_endpoint()). Every pointer is borrowed.
 */
#ifndef AG_ENDPOINT_H
#define AG_ENDPOINT_H

#include <stdbool.h>
#include <stdint.h>

enum endpoint_tls {
	ENDPOINT_TLS_IMPLICIT,
	ENDPOINT_TLS_STARTTLS,
	ENDPOINT_TLS_NONE, /* the configuration allows it for loopback hosts only */
};

enum endpoint_secret {
	ENDPOINT_SECRET_NONE, /* SMTP without AUTH */
	ENDPOINT_SECRET_PASSWORD_FILE,
	ENDPOINT_SECRET_PASSWORD_COMMAND,
	ENDPOINT_SECRET_OAUTH2_COMMAND, /* XOAUTH2; the token is re-read at every connect */
};

struct endpoint {
	const char *host;
	uint16_t port;
	enum endpoint_tls tls;
	const char *ca_file; /* NULL: the system trust store */
	const char *user;    /* NULL: no AUTH (SMTP only) */
	enum endpoint_secret secret;
	const char *secret_source; /* a file path or a shell command line */
	const char *helo;          /* SMTP only; NULL: "localhost" */
	bool idle;                 /* IMAP only: use IDLE when offered; false polls with NOOP */
	unsigned connect_s;        /* deadline for TCP connect and the TLS handshake */
	unsigned command_s;        /* deadline for each command's whole reply */
	unsigned data_final_s;     /* SMTP: the reply after the final dot (RFC 5321 4.5.3.2.6) */
};

#endif
