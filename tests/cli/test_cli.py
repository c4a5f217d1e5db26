#!/usr/bin/python3
"""aliasgate check at its edges: what the command says for inputs that are not a
normal message (the daemon would hold or ignore them the same way; TestAgree compares
the two on the corpus). Environment: AG_CLI, AG_RULES."""
import json
import os
import shutil
import subprocess
import tempfile
import unittest

CLI = os.environ.get("AG_CLI", "build/cli/aliasgate")
RULES = os.environ.get("AG_RULES", "rules")


def check(*paths, extra=()):
    r = subprocess.run([CLI, "check", "--rules", RULES, "--format", "json", *extra, *paths],
                       capture_output=True, text=True)
    return r.returncode, [json.loads(l) for l in r.stdout.splitlines()], r.stderr


class TestCheckEdges(unittest.TestCase):
    def setUp(self):
        self.d = tempfile.mkdtemp(prefix="ag-cli-")
        self.addCleanup(shutil.rmtree, self.d, True)

    def write(self, name, data):
        p = os.path.join(self.d, name)
        with open(p, "wb") as f:
            f.write(data)
        return p

    def test_empty_file_is_held_not_passed(self):
        rc, out, _ = check(self.write("empty.eml", b""))
        self.assertEqual(rc, 1)
        self.assertEqual(out[0]["verdict"], "hold")
        self.assertEqual(out[0]["hits"][0]["rule"], "engine.no-recipient")

    def test_directory_is_an_error_that_names_it(self):
        rc, out, err = check(self.d)
        self.assertEqual(rc, 2)
        self.assertIn("Is a directory", err)
        self.assertIn("error", out[0])

    def test_not_for_a_buyer_is_ignore(self):
        p = self.write("friend.eml", b"From: s@shop.example\nTo: friend@example.org\n"
                                     b"Subject: lunch\n\nCall me on +1 555 123 4567\n")
        rc, out, _ = check(p)
        self.assertEqual((rc, out[0]["verdict"], out[0]["hits"]), (0, "ignore", []))

    def test_no_sender_is_held_unless_envelope_from(self):
        p = self.write("nofrom.eml", b"To: 6bmcx2l1t7cwrwb@marketplace.amazon.com\n"
                                     b"Subject: Your order\n\nIt ships today.\n")
        rc, out, _ = check(p)
        self.assertEqual(out[0]["verdict"], "hold")
        self.assertEqual(out[0]["hits"][0]["rule"], "engine.no-sender")
        rc, out, _ = check(p, extra=("--envelope-from",))
        self.assertNotEqual(out[0]["verdict"], "hold")

    def test_envelope_recipient_header(self):
        p = self.write("bcc.eml", b"From: s@shop.example\nTo: friend@example.org\n"
                                  b"X-Gm-Original-To: 6bmcx2l1t7cwrwb@marketplace.amazon.com\n"
                                  b"Subject: Re: order\nIn-Reply-To: <a@b>\n\nIt ships today.\n")
        rc, out, _ = check(p)
        self.assertEqual(out[0]["verdict"], "ignore")  # no alias in To/Cc/Bcc
        rc, out, _ = check(p, extra=("--envelope-recipient-header", "X-Gm-Original-To"))
        self.assertEqual(out[0]["verdict"], "pass")
        rc, out, _ = check(p, extra=("--envelope-recipient-header", "Delivered-To"))
        self.assertEqual(out[0]["hits"][0]["rule"], "engine.envelope-recipient")

    def test_alias_subdomain_is_not_an_alias(self):
        p = self.write("sub.eml", b"From: s@shop.example\n"
                                  b"To: x@evil.marketplace.amazon.com\nSubject: hi\n\nhi\n")
        rc, out, _ = check(p)
        self.assertEqual(out[0]["verdict"], "ignore")


class TestLintNotices(unittest.TestCase):
    """`aliasgate lint` also loads notices.list, which the daemon reads from the same
    directories (rules/README.md, "Notices")."""

    def test_shipped_notices_load(self):
        r = subprocess.run([CLI, "lint", RULES], capture_output=True, text=True)
        self.assertEqual(r.returncode, 0, r.stdout + r.stderr)
        self.assertRegex(r.stdout, r"notices\.list: \d+ wordings: ok")

    def test_broken_notices_list_fails_lint_with_file_line(self):
        import shutil
        d = tempfile.mkdtemp(prefix="ag-lint-")
        rules = os.path.join(d, "rules")
        shutil.copytree(RULES, rules)
        with open(os.path.join(rules, "notices.list"), "a") as f:
            f.write("\nnotice local.broken\n  kind opted-out\n  body /unclosed(/\n"
                    "  source constructed here\n")
        r = subprocess.run([CLI, "lint", rules], capture_output=True, text=True)
        self.assertEqual(r.returncode, 1, r.stdout + r.stderr)
        self.assertRegex(r.stdout, r"notices\.list:\d+: ")
        self.assertIn("notices.list does not load", r.stdout)
        shutil.rmtree(d)


if __name__ == "__main__":
    unittest.main()
