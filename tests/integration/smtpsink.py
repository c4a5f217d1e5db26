#!/usr/bin/python3
"""A recording SMTP server for tests (aiosmtpd), on 127.0.0.1 only.

Every accepted message becomes DIR/mail/NNNNNN.json with the envelope, the mail
options and the exact DATA bytes (base64). Every byte read from clients is appended to
DIR/wire.bin, so a test can check that no bare CR or LF ever reached the wire. The
file DIR/mode steers the answers: "4xx N", "5xx", "drop-after-dot", or empty.
"""
import argparse
import base64
import json
import os
import ssl
import threading
import time

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword

lock = threading.Lock()


def read_mode(d):
    try:
        return open(os.path.join(d, "mode")).read().strip()
    except OSError:
        return ""


class Recorder:
    def __init__(self, d):
        self.dir = d
        self.n = len(os.listdir(os.path.join(d, "mail")))

    async def handle_DATA(self, server, session, envelope):
        with lock:
            mode = read_mode(self.dir)
            if mode.startswith("4xx"):
                left = int(mode.split()[1]) if len(mode.split()) > 1 else 1
                with open(os.path.join(self.dir, "mode"), "w") as f:
                    f.write("4xx %d" % (left - 1) if left > 1 else "")
                return "451 4.3.0 Temporary failure, please try again (test sink)"
            if mode == "5xx":
                return "554 5.7.1 Message refused by the test sink's policy"
            self.n += 1
            rec = {
                "mail_from": envelope.mail_from,
                "rcpt_tos": envelope.rcpt_tos,
                "mail_options": envelope.mail_options,
                "data": base64.b64encode(envelope.original_content).decode(),
                "dropped": mode == "drop-after-dot",
                "time": time.time(),
            }
            tmp = os.path.join(self.dir, "mail", ".%06d.tmp" % self.n)
            with open(tmp, "w") as f:
                json.dump(rec, f)
                f.flush()
                os.fsync(f.fileno())
            os.rename(tmp, os.path.join(self.dir, "mail", "%06d.json" % self.n))
        if mode == "drop-after-dot":
            server.transport.abort()
        return "250 2.0.0 Ok: queued as %06d" % self.n


class WireSMTP(SMTP):
    wire_path = None

    def data_received(self, data):
        with lock, open(self.wire_path, "ab") as f:
            f.write(data)
        super().data_received(data)


def authenticator(expected):
    user, pw = expected.split(":", 1)

    def check(server, session, envelope, mechanism, auth_data):
        ok = isinstance(auth_data, LoginPassword) and \
            auth_data.login.decode() == user and auth_data.password.decode() == pw
        # handled=False: aiosmtpd then answers a refusal with 535 (True sends nothing).
        return AuthResult(success=ok, handled=False)
    return check


class WireController(Controller):
    def factory(self):
        return WireSMTP(self.handler, **self.SMTP_kwargs)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dir", required=True)
    ap.add_argument("--port", type=int, required=True)
    ap.add_argument("--tls", choices=["starttls", "implicit"])
    ap.add_argument("--cert")
    ap.add_argument("--key")
    ap.add_argument("--auth")
    a = ap.parse_args()
    os.makedirs(os.path.join(a.dir, "mail"), exist_ok=True)
    WireSMTP.wire_path = os.path.join(a.dir, "wire.bin")
    kw = {"enable_SMTPUTF8": True}
    ctx = None
    if a.tls:
        ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        ctx.load_cert_chain(a.cert, a.key)
    if a.auth:
        kw.update(authenticator=authenticator(a.auth), auth_require_tls=False)
    if a.tls == "starttls":
        kw.update(tls_context=ctx, require_starttls=True)
    c = WireController(Recorder(a.dir), hostname="127.0.0.1", port=a.port,
                       ssl_context=ctx if a.tls == "implicit" else None, **kw)
    c.start()
    try:
        threading.Event().wait()
    finally:
        c.stop()


if __name__ == "__main__":
    main()
