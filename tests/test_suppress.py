from __future__ import annotations

import pytest

from bot.model import Finding
from bot.severity import Severity
from bot.suppress import apply_suppressions

SOURCE = {
    "a.py": [
        "import jwt",
        "# jwt-session-guard: ignore[jwt-long-lived] refresh token, rotated and stored server-side",
        "token = make(days=30)",
        "other = make(days=30)  # nosemgrep: pyjwt-long-lived -- migration window until 2027",
        "bare = make(days=30)  # nosemgrep",
        "# jwt-session-guard: ignore[session-fixation] wrong id",
        "wrong = make(days=30)",
        "x = make(days=30)  # jwt-session-guard: ignore[pyjwt-long-lived]",
    ],
    "b.js": ["const t = sign(p, k); /* nosemgrep: pyjwt-long-lived -- test fixture only */"],
}


def f(path: str, line: int) -> Finding:
    return Finding(rule_id="pyjwt-long-lived", antipattern="jwt-long-lived", severity=Severity.WARNING,
                   path=path, line=line, end_line=line, message="m", code="c", fingerprint=f"{path}{line}",
                   metadata={})


@pytest.mark.parametrize("require_reason", [True, False])
def test_suppressions(require_reason: bool) -> None:
    found = [f("a.py", 3), f("a.py", 4), f("a.py", 5), f("a.py", 7), f("a.py", 8), f("b.js", 1)]
    result = apply_suppressions(found, lambda p: SOURCE[p], require_reason=require_reason)
    reasons = {(s.finding.path, s.finding.line): s.reason for s in result.applied}
    assert reasons[("a.py", 3)] == "refresh token, rotated and stored server-side"
    assert reasons[("a.py", 4)] == "migration window until 2027"
    assert reasons[("b.js", 1)] == "test fixture only"
    if require_reason:
        assert [(s.finding.line, s.reason) for s in result.without_reason] == [(5, ""), (8, "")]
        assert [k.line for k in result.kept] == [5, 7, 8]
    else:
        assert [k.line for k in result.kept] == [7]
        assert result.without_reason == ()
