"""Rendering: golden comments per antipattern, the summaries, escaping, user templates."""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

import pytest

from bot.diff_filter import Anchor, FilteredFinding
from bot.errors import TemplateFailed
from bot.fingerprint import fingerprint
from bot.markers import fingerprint_marker as marker
from bot.render import MAX_BODY, Renderer, make_environment
from bot.model import Finding
from bot.severity import Severity
from bot.taxonomy import antipatterns

GOLDEN = Path(__file__).parent / "golden"
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"

# One representative library per antipattern for the golden comments.
EXAMPLES = {
    "jwt-none-algorithm": ("python-jose-algorithm-not-pinned", "python-jose", "api/auth.py",
                           "claims = jose_jwt.decode(token, KEY)"),
    "jwt-signature-not-verified": ("jsonwebtoken-decode-without-verify", "jsonwebtoken", "src/auth.js",
                                   "const payload = jwt.decode(token);"),
    "jwt-claims-not-validated": ("pyjwt-claims-not-validated", "pyjwt", "api/tokens.py",
                                 'jwt.decode(tok, KEY, algorithms=["RS256"], options={"verify_exp": False})'),
    "jwt-weak-secret": ("jsonwebtoken-hardcoded-secret", "jsonwebtoken", "src/token.ts",
                        "jwt.sign({ sub: user.id }, 'secret', { expiresIn: '15m' })"),
    "jwt-long-lived": ("jsonwebtoken-long-lived-token", "jsonwebtoken", "src/token.js",
                       "jwt.sign(payload, process.env.JWT_SECRET, { expiresIn: '30d' })"),
    "jwt-sensitive-payload": ("pyjwt-sensitive-payload", "pyjwt", "api/tokens.py",
                              'jwt.encode({"sub": u.id, "password": u.password}, KEY, algorithm="HS256")'),
    "jwt-in-browser-storage": ("browser-storage-token", "browser-storage", "web/login.ts",
                               "localStorage.setItem('token', res.data.accessToken)"),
    "jwt-no-revocation": ("express-logout-without-revocation", "express", "src/routes/auth.js",
                          "res.clearCookie('token');"),
    "session-cookie-insecure": ("express-session-cookie-insecure", "express-session", "src/app.js",
                                "cookie: { secure: false, maxAge: 3600000 },"),
    "session-fixation": ("flask-session-fixation", "flask", "app/views.py",
                         'session["user_id"] = user.id'),
    "session-no-expiry": ("django-session-cookie-age-too-long", "django", "config/settings.py",
                          "SESSION_COOKIE_AGE = 60 * 60 * 24 * 90"),
    "session-weak-secret": ("flask-secret-key-hardcoded", "flask", "app/__init__.py",
                            'app.secret_key = "dev"'),
    "session-insecure-store": ("express-session-memory-store", "express-session", "src/app.js",
                               "app.use(session({ secret: process.env.SESSION_SECRET }))"),
}


def make_finding(ap: str, *, code: str | None = None, path: str | None = None, line: int = 12,
                 end_line: int | None = None, fixed: str | None = None, message: str | None = None) -> Finding:
    rule_id, lib, default_path, default_code = EXAMPLES[ap]
    code = default_code if code is None else code
    path = default_path if path is None else path
    return Finding(
        rule_id=rule_id, antipattern=ap, severity=antipatterns()[ap].min_severity, path=path, line=line,
        end_line=end_line or line, message=message or f"The code matches {rule_id}. More text follows.",
        code=code, fingerprint=fingerprint(rule_id=rule_id, path=path, code=code, occurrence=0),
        metadata={"antipattern": ap, "library": lib, "cwe": list(antipatterns()[ap].cwe),
                  "owasp": ["A07:2021 - Identification and Authentication Failures"],
                  "references": ["https://cheatsheetseries.owasp.org/cheatsheets/Session_Management_Cheat_Sheet.html"]},
        fixed_lines=fixed,
    )


def check_golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if UPDATE:
        path.write_text(text + "\n", encoding="utf-8")
    assert path.read_text(encoding="utf-8") == text + "\n", f"{name} differs; UPDATE_GOLDEN=1 rewrites it"


@pytest.fixture(scope="module")
def renderer() -> Renderer:
    return Renderer(make_environment())


@pytest.mark.parametrize("ap", sorted(EXAMPLES))
def test_golden_inline_comment_per_antipattern(renderer: Renderer, ap: str) -> None:
    body = renderer.finding_body(make_finding(ap))
    assert body.endswith(marker(make_finding(ap).fingerprint))
    check_golden(f"comment-{ap}.md", body)


def test_every_antipattern_has_an_example() -> None:
    assert set(EXAMPLES) == set(antipatterns())


def test_golden_review_body_and_job_summary(renderer: Renderer) -> None:
    rows = [
        {"severity": Severity.ERROR, "antipattern": "jwt-weak-secret", "title": "JWT signing key is hard-coded",
         "rule_id": "jsonwebtoken-hardcoded-secret", "path": "src/token.ts", "line": 4,
         "url": "https://github.com/acme/webapp/blob/abc/src/token.ts#L4", "note": ""},
        {"severity": Severity.WARNING, "antipattern": "jwt-long-lived", "title": "JWT access token lives for days",
         "rule_id": "jsonwebtoken-long-lived-token", "path": "src/token.ts", "line": 9,
         "url": "https://github.com/acme/webapp/blob/abc/src/token.ts#L9", "note": ""},
    ]
    new = [{"severity": Severity.ERROR, "path": "src/token.ts", "line": 4, "title": "JWT signing key is hard-coded",
            "url": "https://github.com/acme/webapp/pull/7/files#diff-abcR4", "fix": False},
           {"severity": Severity.WARNING, "path": "config/settings.py", "line": 7, "fix": True,
            "title": "Session or token cookie lacks Secure, HttpOnly or SameSite",
            "url": "https://github.com/acme/webapp/pull/7/files#diff-defR7"}]
    body = renderer.review_body(total=2, blocking=1, fail_on="error", new=new, fixed=0, first=True)
    check_golden("review-body.md", body)
    later = renderer.review_body(total=6, blocking=0, fail_on="error", new=new[1:], fixed=1, first=False)
    check_golden("review-body-later-push.md", later)
    lines = body.splitlines()
    assert lines[0] == ("**🛡️ jwt-session-guard** found **2** problems on the changed lines · "
                        "⛔ **1 finding blocks the merge** (`fail-on: error`)")
    assert lines[2].startswith("- 🔴 [src/token\\.ts:4](https://github.com/acme/webapp/pull/7/files#diff-abcR4)")
    assert lines[3].endswith("(one-click fix)")
    waivers = [{"path": "src/token.ts", "line": 8, "ids": ["jwt-long-lived"], "rule_id": "jsonwebtoken-long-lived-token",
                "reason": "refresh token, rotated server-side", "url": "https://github.com/acme/webapp/blob/abc/src/token.ts#L8"},
               {"path": "src/a.ts", "line": 2, "ids": [], "rule_id": "browser-storage-token", "reason": "",
                "url": "https://github.com/acme/webapp/blob/abc/src/a.ts#L2"}]
    summary = renderer.job_summary(findings=rows, counts=[("error", 1), ("warning", 1)], blocking=1,
                                   fail_on="error", scanned=3, waivers=waivers, waived=[], skipped_tests=2, not_posted="",
                                   not_reviewed=[("assets/app.min.js", "skipped by semgrep (6,000,000 bytes; larger than 5,000,000)")])
    check_golden("job-summary.md", summary)


HOSTILE = "x = '```' + \"</details><img src=x onerror=alert(1)> @org/team #1\"\n````\n</details>"


def test_hostile_text_stays_inert(renderer: Renderer) -> None:
    """Text from the PR reaches a comment only as a suggestion (a fence longer than any backtick
    run in it) or as the message of a rule outside the pack (escaped)."""
    outsider = dataclasses.replace(
        make_finding("jwt-weak-secret", message="Key `</details>` @acme/admins see #1 <script> **bold**. Next."),
        rule_id="repo-rule")
    body = renderer.finding_body(outsider, suggestion=HOSTILE)
    fence = "`````"
    open_at = body.index(fence + "suggestion\n")
    close_at = body.index("\n" + fence + "\n", open_at)
    inside = body[open_at:close_at]
    assert "</details>" in inside and "<img src=x onerror=alert(1)>" in inside
    outside = body[:open_at] + body[close_at:]
    assert "<img" not in outside and "<script>" not in outside and "**bold**" not in outside
    # The only </details> outside the fence is the template's own, closing its own <details>.
    assert outside.count("</details>") == 1 and outside.count("<details>") == 1
    assert "@acme" not in outside and "#1" not in outside
    assert "@\u200bacme/admins" in outside and "#\u200b1" in outside


def test_the_packs_own_message_renders_as_markdown_whatever_the_finding_says(renderer: Renderer) -> None:
    """A pack rule's message is trusted Markdown, taken from the pack itself, never from the finding
    (which may come from a fork's findings file)."""
    forged = make_finding("jwt-none-algorithm", message="<img src=x> **forged**")
    body = renderer.finding_body(forged)
    visible = body.split("<details>")[0]
    assert "python-jose is given an algorithm allow-list that contains `none`" in visible
    assert "\\`" not in visible and "forged" not in body and "<img" not in body


@pytest.mark.parametrize("ap", sorted(EXAMPLES))
def test_the_visible_part_is_short_and_starts_with_the_verdict(renderer: Renderer, ap: str) -> None:
    finding = make_finding(ap)
    body = renderer.finding_body(finding)
    visible = [line for line in body.split("<details>")[0].splitlines() if line.strip()]
    assert len(visible) <= 14, "\n".join(visible)
    blocks = finding.severity >= Severity.ERROR
    assert visible[0].endswith("<sub>blocks the merge</sub>" if blocks else "<sub>does not block the merge</sub>")
    assert visible[0].startswith(("🔴 **Error · ", "🟠 **Warning · "))
    assert f"```{code_lang_of(finding)}\n{finding.code}" not in body, "no repeated code block of the flagged line"
    assert "**Found** by" not in body
    footer = body.split("</details>")[1].strip().splitlines()[0]
    comment = "#" if finding.path.endswith(".py") else "//"
    assert footer == (f"<sub>` {finding.rule_id} ` · Not a problem here? Put `{comment} jwt-session-guard: "
                      f"ignore[{finding.rule_id}] <reason>` on or above the line; reviewers see the reason in "
                      "the summary.</sub>")


def test_a_suggestion_comes_first_and_replaces_the_fix_sentence(renderer: Renderer) -> None:
    finding = make_finding("session-cookie-insecure", fixed="cookie: { secure: true, maxAge: 3600000 },")
    body = renderer.finding_body(finding, suggestion=finding.fixed_lines)
    visible = body.split("<details>")[0]
    assert "```suggestion\ncookie: { secure: true, maxAge: 3600000 },\n```" in visible
    assert "**Fix:**" not in visible
    assert visible.index("```suggestion") < len(visible.split("\n\n")[0]) + len(visible.split("\n\n")[1]) + 8


def test_blocking_follows_fail_on() -> None:
    warning = make_finding("jwt-long-lived")
    assert "<sub>does not block the merge</sub>" in Renderer(make_environment()).finding_body(warning)
    assert "<sub>blocks the merge</sub>" in Renderer(make_environment(), fail_on=Severity.WARNING).finding_body(warning)
    assert "<sub>does not block the merge</sub>" in Renderer(make_environment(), fail_on=None).finding_body(
        make_finding("jwt-weak-secret"))


def code_lang_of(finding: Finding) -> str:
    from bot.render import code_lang

    return code_lang(finding.path)


def test_size_bound(renderer: Renderer) -> None:
    finding = make_finding("jwt-weak-secret", code="k = '" + "A" * 300_000 + "'\n" * 5000,
                           message="M" * 200_000 + ".")
    body = renderer.finding_body(finding)
    assert len(body) <= MAX_BODY and body.endswith(marker(finding.fingerprint))


def test_suggestion_only_when_the_fix_covers_exactly_the_commented_lines(renderer: Renderer) -> None:
    fixed = make_finding("session-cookie-insecure", fixed="cookie: { secure: true, maxAge: 3600000 },")
    alone = FilteredFinding(finding=fixed, in_diff_file=True, on_added_line=True, in_hunk=True,
                            anchor=Anchor(line=12))
    (comment,) = renderer.comments([alone])
    assert "````suggestion\ncookie: { secure: true, maxAge: 3600000 },\n````" not in comment.body
    assert "```suggestion\ncookie: { secure: true, maxAge: 3600000 },\n```" in comment.body
    neighbour = make_finding("session-no-expiry", path=fixed.path, line=11, end_line=13)
    shared = FilteredFinding(finding=neighbour, in_diff_file=True, on_added_line=True, in_hunk=True,
                             anchor=Anchor(line=13, start_line=11))
    (with_other, _) = renderer.comments([alone, shared])
    assert "suggestion" not in with_other.body.split("<details>")[0]
    clipped = FilteredFinding(finding=make_finding("session-cookie-insecure", line=12, end_line=14,
                                                   fixed="a\nb\nc"),
                              in_diff_file=True, on_added_line=True, in_hunk=True, anchor=Anchor(line=13, start_line=12))
    (partial,) = renderer.comments([clipped])
    assert "```suggestion" not in partial.body


def test_user_templates_override_fall_back_and_are_sandboxed(tmp_path: Path) -> None:
    (tmp_path / "jwt-weak-secret.md.j2").write_text("Ask #security before shipping keys. {{ finding.rule_id }}\n")
    renderer = Renderer(make_environment(tmp_path))
    body = renderer.finding_body(make_finding("jwt-weak-secret"))
    assert "Ask #security before shipping keys. jsonwebtoken-hardcoded-secret" in body
    other = renderer.finding_body(make_finding("jwt-long-lived"))
    assert "**Why it matters.**" in other
    (tmp_path / "jwt-long-lived.md.j2").write_text("{{ finding.__class__.__mro__[1].__subclasses__() }}")
    with pytest.raises(TemplateFailed, match="jwt-long-lived.md.j2, line 1: access to attribute '__class__'"):
        Renderer(make_environment(tmp_path)).finding_body(make_finding("jwt-long-lived"))


def test_template_errors_name_the_template_and_line(tmp_path: Path) -> None:
    (tmp_path / "session-fixation.md.j2").write_text("fine\n{% if %}\n")
    with pytest.raises(TemplateFailed, match=r"template session-fixation.md.j2, line 2"):
        Renderer(make_environment(tmp_path)).finding_body(make_finding("session-fixation"))
    (tmp_path / "session-fixation.md.j2").write_text("line one\n{{ no_such_variable }}\n")
    with pytest.raises(TemplateFailed, match=r"session-fixation.md.j2, line 2: 'no_such_variable' is undefined"):
        Renderer(make_environment(tmp_path)).finding_body(make_finding("session-fixation"))


def test_a_library_fix_comes_in_the_findings_language_when_the_pack_has_it(tmp_path: Path) -> None:
    fixes = tmp_path / "fixes" / "jwt-weak-secret"
    fixes.mkdir(parents=True)
    (fixes / "jsonwebtoken.kotlin.md.j2").write_text(
        "**How to fix it with {{ library.name }}:** Read the key from the environment.\n\n"
        '**Before**\n```kotlin\nval key = "s3cret"\n```\n\n**After**\n```kotlin\nval key = System.getenv("KEY")\n```\n')
    renderer = Renderer(make_environment(tmp_path))
    kotlin = renderer.finding_body(make_finding("jwt-weak-secret", path="src/main/kotlin/Auth.kt", code='val k = "x"'))
    assert "**Fix:** Read the key from the environment." in kotlin
    assert '```kotlin\nval key = System.getenv("KEY")\n```' in kotlin
    typescript = renderer.finding_body(make_finding("jwt-weak-secret"))
    assert "Read the key from the environment." not in typescript
    assert "```javascript" in typescript
