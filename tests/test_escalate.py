"""Context rules raise an unverified decode to ERROR only where the token is the request's.

The scan tests run the real pack and the real context rules through semgrep.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.diff import ChangedFile, FileStatus
from bot.diff_filter import FilterMode
from bot.escalate import escalate
from bot.fingerprint import fingerprint
from bot.model import Finding
from bot.paths import rules_dir
from bot.pipeline import scan_files
from bot.render import Renderer, make_environment
from bot.settings import Settings
from bot.severity import Severity
from bot.sources import worktree_reader


def finding(rule_id: str, line: int, end_line: int, severity: Severity, **meta: str) -> Finding:
    return Finding(rule_id=rule_id, antipattern="jwt-signature-not-verified", severity=severity, path="a.js",
                   line=line, end_line=end_line, message="m", code="c", metadata=dict(meta),
                   fingerprint=fingerprint(rule_id=rule_id, path="a.js", code=f"c{line}", occurrence=0))


def test_a_context_hit_inside_the_lines_raises_and_is_dropped() -> None:
    decode = finding("decode", 4, 6, Severity.WARNING, **{"error-when": "request-input"})
    other = finding("other", 20, 20, Severity.WARNING, **{"error-when": "request-input"})
    plain = finding("plain", 5, 5, Severity.WARNING)
    hit = finding("ctx", 6, 6, Severity.INFO, context="request-input")
    elsewhere = finding("ctx", 19, 19, Severity.INFO, context="request-input")
    out = escalate([decode, other, plain, hit, elsewhere])
    assert [(f.rule_id, f.severity, f.metadata.get("raised-because")) for f in out] == [
        ("decode", Severity.ERROR, "request-input"),
        ("other", Severity.WARNING, None),  # the hit on line 19 is outside its lines
        ("plain", Severity.WARNING, None),  # no error-when: context never raises it
    ]


def test_a_hit_in_another_file_or_of_another_fact_raises_nothing() -> None:
    decode = finding("decode", 4, 4, Severity.WARNING, **{"error-when": "request-input"})
    other_file = Finding(**{**finding("ctx", 4, 4, Severity.INFO, context="request-input").__dict__, "path": "b.js"})
    assert [f.severity for f in escalate([decode, other_file])] == [Severity.WARNING]


JS = """\
const jwt = require("jsonwebtoken");

function currentUser(req) {
  const token = req.headers.authorization.split(" ")[1];
  return jwt.decode(token);
}

function userFromToken(token) {
  return jwt.decode(token);
}

module.exports = { currentUser, userFromToken };
"""

PY = """\
import jwt
from flask import request


def me():
    token = request.headers["Authorization"][7:]
    return jwt.decode(token, options={"verify_signature": False})["sub"]


def provider_claims(token_response):
    return jwt.decode(token_response["id_token"], options={"verify_signature": False})
"""


@pytest.fixture(scope="module")
def reviewed(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, int], Finding]:
    root = tmp_path_factory.mktemp("app")
    (root / "src").mkdir()
    (root / "src/auth.js").write_text(JS)
    (root / "src/views.py").write_text(PY)
    changed = [ChangedFile(path=p, status=FileStatus.ADDED, has_patch=False) for p in ("src/auth.js", "src/views.py")]
    review = scan_files(changed, read=worktree_reader(root), settings=Settings(rule_configs=(rules_dir(),)),
                        mode=FilterMode.NOFILTER)
    return {(f.path, f.line): f for f in review.findings}


def test_the_request_token_is_an_error_and_the_helper_parameter_a_warning(
        reviewed: dict[tuple[str, int], Finding]) -> None:
    assert {k: (f.rule_id, f.severity) for k, f in reviewed.items()} == {
        ("src/auth.js", 5): ("jsonwebtoken-decode-without-verify", Severity.ERROR),
        ("src/auth.js", 9): ("jsonwebtoken-decode-without-verify", Severity.WARNING),
        ("src/views.py", 7): ("pyjwt-verify-signature-disabled", Severity.ERROR),
        ("src/views.py", 11): ("pyjwt-verify-signature-disabled", Severity.WARNING),
    }
    # The context rules' own hits never become findings, whatever the filter mode.
    assert not [f for f in reviewed.values() if f.metadata.get("context")]


def test_the_comment_says_what_decided(reviewed: dict[tuple[str, int], Finding]) -> None:
    renderer = Renderer(make_environment())
    raised = renderer.finding_body(reviewed[("src/auth.js", 5)])
    kept = renderer.finding_body(reviewed[("src/auth.js", 9)])
    assert raised.startswith("🔴 **Error · ") or "**Error · " in raised.splitlines()[0]
    assert "**Error, not warning:** the token decoded here is read from the request being served" in raised
    assert "**Warning, not error:** this function does not read the token from the request" in kept
    assert "not warning" not in kept and "not error" not in raised
