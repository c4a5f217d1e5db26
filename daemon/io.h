/*
 * io - what an account needs of the outside world, as one small table of operations:
 * the seller's mailbox (IMAP) and the relay (SMTP). The daemon uses account_io_real
 * (lib/net/imap_source.c and smtp_sink.c); tests/unit/daemon/test-account.c puts fakes
 * behind the same table, so the message's state machine in account.c is tested
 * without servers as well as against real Dovecot.
 */
#ifndef AG_IO_H
#define AG_IO_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "config.h"
#include "endpoint.h"
#include "imap_source.h"
#include "smtp_sink.h"

struct account;

struct account_io {
	/* A session on the account's mailbox with every configured folder present, or
	 * -errno (logged). *ret is passed to the calls below. */
	int (*connect)(struct account *a, void **ret);
	/* A session on another login (seller_watch.h: notices or buyer_mail with an imap
	 * of their own), with folder `create` present when not NULL; -errno (logged). */
	int (*connect_login)(struct account *a, const struct config_server *srv, const char *create,
	                     void **ret);
	void (*close)(void *mb);
	int (*select)(void *mb, const char *folder, uint32_t *uidvalidity, uint32_t *uidnext);
	int (*search)(void *mb, uint32_t min_uid, uint32_t **ret_uids, size_t *ret_n);
	/* -ENOENT when the UID is gone; -EIO for a tagged NO (the session stands); any
	 * other error leaves the session unusable. */
	int (*fetch)(void *mb, uint32_t uid, char **ret_raw, size_t *ret_len);
	/* Several at once (imap_source_fetch_set()); NULL: fetch() one by one. */
	int (*fetch_set)(void *mb, const uint32_t *uids, size_t n, size_t cap,
	                 struct imap_fetched *out);
	int (*move)(void *mb, uint32_t uid, const char *folder);
	/* Several UIDs at once (imap_source_move_set()); NULL: move() one by one. */
	int (*move_set)(void *mb, const uint32_t *uids, size_t n, const char *folder);
	int (*append)(void *mb, const char *folder, const char *msg, size_t len);
	int (*internaldate)(void *mb, uint32_t uid, char *out, size_t outlen);
	/* The INTERNALDATE that came with the last fetch, "" when none. */
	const char *(*fetched_date)(const void *mb);
	/* 1 news, 0 timeout, -EINTR woken, -errno lost */
	int (*wait)(void *mb, unsigned timeout_s);
	const char *(*last_reply)(const void *mb);
	/* One message to the relay (smtp_sink_send()'s contract, keep included). */
	int (*send)(const struct endpoint *ep, const char *secret, const char *from,
	            const char *const *rcpts, size_t n_rcpts, const bool *skip, const char *msg,
	            size_t len, struct smtp_result *res, enum smtp_outcome *rcpt_outcome,
	            struct smtp_session **keep);
	/* Ends a session send() kept (smtp_session_close()). */
	struct smtp_session *(*send_close)(struct smtp_session *keep);
};

extern const struct account_io account_io_real;

#endif
