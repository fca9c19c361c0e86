"""The sticky summary comment: every open finding errors first, suppressions with their reasons,
folded "fixed" and "not reviewed" sections, counts that agree with the lists, inert PR text."""

from __future__ import annotations

import dataclasses
import hashlib
import re
from pathlib import Path

import pytest

from bot.diff import ChangedFile, Hunk
from bot.diff_filter import Anchor, FilteredFinding
from bot.job_report import waivers
from bot.lifecycle import BotComment, Prior, plan
from bot.model import Finding
from bot.pull_request import Published, PullRequestRef
from bot.render import Renderer, make_environment
from bot.report import Outcome
from bot.settings import GitHubContext
from bot.severity import Severity
from bot.summary import Posted, summary_context, wanted
from bot.suppress import Suppression
from tests.test_render import check_golden, make_finding

HEAD = "ee7adae674e2" + "0" * 28
CTX = GitHubContext(token="t", api_url="https://api.github.com", server_url="https://github.com",
                    repository="acme/webapp", event_name="pull_request", event={}, workspace=Path("."), sha=HEAD,
                    output_file=None, summary_file=None)


def changed(path: str, lines: range) -> ChangedFile:
    return ChangedFile(path=path, added_lines=frozenset(lines), hunks=(Hunk(start=lines.start, end=lines.stop - 1),))


def at(ap: str, path: str, line: int, **kw: object) -> Finding:
    return make_finding(ap, path=path, line=line, **kw)  # type: ignore[arg-type]


def marked(f: Finding, *, anchored: bool = True) -> FilteredFinding:
    return FilteredFinding(finding=f, in_diff_file=True, on_added_line=True, in_hunk=anchored,
                           anchor=Anchor(line=f.line) if anchored else None)


def comment_on(renderer: Renderer, f: Finding, *, ident: int, fixed_in: str | None = None) -> BotComment:
    body = renderer.finding_body(f)
    if fixed_in:
        body = renderer.fixed_body(body, fingerprint=f.fingerprint, sha=fixed_in)
    return BotComment(id=ident, fingerprint=f.fingerprint, digest=None, fixed_in=fixed_in, path=f.path,
                      body=body, thread=None, line=f.line)


@dataclasses.dataclass
class Case:
    work: Published
    prior: Prior
    max_comments: int = 30
    fail_on: Severity | None = Severity.ERROR
    refused: tuple[Finding, ...] = ()

    def render(self, renderer: Renderer) -> tuple[dict[str, object], str]:
        by_path = {c.path: c for c in self.work.changed}
        steps = plan(kept=self.work.kept, present=self.work.present, prior=self.prior, changed=by_path,
                     max_comments=self.max_comments)
        outcome = Outcome(findings=tuple(m.finding for m in self.work.kept), fail_on=self.fail_on, scanned=4)
        context = summary_context(ctx=CTX, work=self.work, steps=steps, prior=self.prior, outcome=outcome,
                                  posted=Posted(refused=self.refused, fixed_now=steps.fixed),
                                  waivers=waivers(CTX, self.work), max_comments=self.max_comments)
        return context, renderer.summary_comment(**context)


@pytest.fixture(scope="module")
def renderer() -> Renderer:
    return Renderer(make_environment())


def demo(renderer: Renderer, *, max_comments: int = 30) -> Case:
    """The mock-up's pull request: 5 open (1 error), 1 fixed earlier, 1 fixed now, 1 waived, 1 waiver
    without a reason, 1 file not reviewed."""
    fixation = at("session-fixation", "app/views.py", 17)
    lifetime = at("jwt-long-lived", "api/tokens.py", 13)
    cookie_py = at("session-cookie-insecure", "config/settings.py", 7)
    cookie_js = at("session-cookie-insecure", "src/app.js", 12, code="cookie: { secure: false }")
    storage = at("jwt-in-browser-storage", "web/session.js", 3)
    unreasoned = at("jwt-in-browser-storage", "web/session.js", 20, code="sessionStorage.setItem('t', t)")
    waived = at("jwt-in-browser-storage", "web/session.js", 9, code="localStorage.setItem('imp', t)")
    none_alg = at("jwt-none-algorithm", "api/tokens.py", 19)
    weak = at("jwt-weak-secret", "api/keys.py", 4)
    files = (changed("app/views.py", range(10, 30)), changed("api/tokens.py", range(1, 30)),
             changed("config/settings.py", range(1, 12)), changed("src/app.js", range(1, 20)),
             changed("web/session.js", range(1, 25)), changed("api/keys.py", range(1, 9)))
    open_findings = [lifetime, cookie_js, fixation, storage, cookie_py, unreasoned]
    work = Published(
        pr=PullRequestRef(number=7, head_sha=HEAD, base_sha="b" * 40), changed=files,
        present=tuple(open_findings), kept=tuple(marked(f) for f in open_findings),
        suppressions=(Suppression(finding=waived, line=8, ids=("browser-storage-token",),
                                  reason="support-only impersonation token, 5 min TTL, admin UI has strict CSP"),
                      Suppression(finding=unreasoned, line=19, ids=(), reason="")),
        scanned=4, not_reviewed=(("assets/app.min.js", "skipped by semgrep (6,000,000 bytes; larger than 5,000,000)"),),
    )
    prior = Prior(comments=(comment_on(renderer, none_alg, ident=1, fixed_in="c23fff81" + "0" * 32),
                            comment_on(renderer, weak, ident=2), comment_on(renderer, storage, ident=3)),
                  summary_id=99, summary_body="old")
    return Case(work=work, prior=prior, max_comments=max_comments)


def table_rows(body: str) -> list[str]:
    return [line for line in body.splitlines() if line.startswith("| ") and not line.startswith("| | Open")]


def test_golden_summary_comment(renderer: Renderer) -> None:
    _, body = demo(renderer).render(renderer)
    check_golden("summary-comment.md", body)


def test_every_open_finding_errors_first_linked_to_the_files_view(renderer: Renderer) -> None:
    _, body = demo(renderer).render(renderer)
    rows = table_rows(body)
    assert [row.split(" | ")[0] for row in rows] == ["| 🔴"] + ["| 🟠"] * 5
    wheres = [re.search(r"\[([^\]]+)\]\(([^)]+)\)", row).groups() for row in rows]  # type: ignore[union-attr]
    assert [w for w, _ in wheres] == ["app/views\\.py:17", "api/tokens\\.py:13", "config/settings\\.py:7",
                                      "src/app\\.js:12", "web/session\\.js:3", "web/session\\.js:20"]
    digest = hashlib.sha256(b"app/views.py").hexdigest()
    assert wheres[0][1] == f"https://github.com/acme/webapp/pull/7/files#diff-{digest}R17"
    assert rows[0].split(" | ")[1] == "Session id is not regenerated after login"
    # Every row has its inline comment: no note.
    assert "no inline comment" not in body


def test_counts_agree_with_the_lists(renderer: Renderer) -> None:
    for case in (demo(renderer), demo(renderer, max_comments=3)):
        context, body = case.render(renderer)
        status = body.splitlines()[2]
        m = re.fullmatch(r"⛔ \*\*Merge blocked:\*\* (\d+) errors? at `fail-on: error` · (\d+) open · (\d+) fixed · "
                         r"(\d+) suppressed · as of ee7adae", status)
        assert m, status
        blocked, n_open, n_fixed, n_suppressed = map(int, m.groups())
        rows = table_rows(body)
        assert n_open == len(rows) == len(context["open"]) == 6  # type: ignore[arg-type]
        assert blocked == sum(row.startswith("| 🔴") for row in rows) == 1
        fixed = re.search(r"<summary>Fixed in this PR \((\d+)\)</summary>\n\n(.*?)\n\n</details>", body, re.S)
        assert fixed and int(fixed.group(1)) == n_fixed == len(fixed.group(2).splitlines()) == 2
        waived = re.search(r"\*\*Suppressions this PR adds \((\d+)\): reviewers, check the reason\*\*\n\n((?:- .*\n?)+)",
                           body)
        assert waived and int(waived.group(1)) == n_suppressed == len(waived.group(2).strip().splitlines()) == 1
        unreviewed = re.search(r"<summary>Not reviewed \((\d+)\)</summary>\n\n[^\n]*\n\n((?:- [^\n]*\n)+)", body)
        assert unreviewed and int(unreviewed.group(1)) == len(unreviewed.group(2).splitlines()) == 1


def test_fixed_and_suppressed_sections(renderer: Renderer) -> None:
    _, body = demo(renderer).render(renderer)
    assert ("- [web/session\\.js:8](https://github.com/acme/webapp/blob/" + HEAD + "/web/session.js#L8) "
            "` browser-storage-token `: “support\\-only impersonation token, 5 min TTL, admin UI has strict CSP”") in body
    # A suppression without a reason is not counted as added: its finding stays open (row 6).
    assert ("⚠️ **Suppressions without a reason, not applied (1):** their findings stay open above; write the "
            "reason after `ignore[...]`.\n\n- [web/session\\.js:19](https://github.com/acme/webapp/blob/" + HEAD +
            "/web/session.js#L19) ` browser-storage-token ` (all rules)") in body
    # Fixed by an earlier push and by this one; the titles come from the comments the bot posted.
    assert ("<details><summary>Fixed in this PR (2)</summary>\n\n"
            "- ✅ JWT signing key is hard-coded, short or a well-known default, api/keys\\.py:4, fixed in ee7adae\n"
            "- ✅ JWT accepts the \"none\" algorithm or does not pin its algorithms, api/tokens\\.py:19, fixed in c23fff8\n"
            "\n</details>") in body


def test_over_the_cap_rows_say_they_have_no_inline_comment(renderer: Renderer) -> None:
    # max-comments 3 with 2 comments open: 1 slot; the error takes it, the new warnings are listed.
    _, body = demo(renderer, max_comments=3).render(renderer)
    rows = table_rows(body)
    assert not rows[0].endswith("(no inline comment: over the cap) |")
    # web/session.js:3 already has its comment from an earlier run.
    assert [row.endswith("(no inline comment: over the cap) |") for row in rows] == [
        False, True, True, True, False, True]
    assert ("Over the cap: the bot keeps at most 3 inline comments open on a pull request (`max-comments`), "
            "the most severe findings first.") in body


def test_off_the_diff_refused_and_file_level_rows_say_why(renderer: Renderer) -> None:
    in_diff = at("jwt-long-lived", "api/tokens.py", 13)
    elsewhere = at("jwt-weak-secret", "lib/old.py", 3)  # filter-mode nofilter: a file the PR does not change
    refused = at("session-fixation", "app/views.py", 17)
    on_file = at("session-no-expiry", "config/settings.py", 40)
    work = Published(
        pr=PullRequestRef(number=7, head_sha=HEAD, base_sha="b" * 40),
        changed=(changed("api/tokens.py", range(1, 20)), changed("app/views.py", range(1, 20)),
                 changed("config/settings.py", range(1, 3))),
        present=(in_diff, elsewhere, refused, on_file),
        kept=(marked(in_diff), FilteredFinding(finding=elsewhere, in_diff_file=False, on_added_line=False,
                                               in_hunk=False, anchor=None),
              marked(refused), marked(on_file, anchored=False)),
        suppressions=(), scanned=3)
    _, body = Case(work=work, prior=Prior(), refused=(refused,)).render(renderer)
    rows = table_rows(body)
    assert [row.rsplit("](", 1)[1] for row in rows] == [
        f"https://github.com/acme/webapp/pull/7/files#diff-{hashlib.sha256(b'app/views.py').hexdigest()}R17) "
        "(no inline comment: GitHub refused it) |",
        f"https://github.com/acme/webapp/blob/{HEAD}/lib/old.py#L3) "
        "(no inline comment: this pull request does not change the file) |",
        f"https://github.com/acme/webapp/pull/7/files#diff-{hashlib.sha256(b'api/tokens.py').hexdigest()}R13) |",
        f"https://github.com/acme/webapp/pull/7/files#diff-{hashlib.sha256(b'config/settings.py').hexdigest()}R40) "
        "(comment on the file, not a line) |",
    ]
    assert "Over the cap" not in body


def test_not_blocking_and_all_fixed_status_lines(renderer: Renderer) -> None:
    case = demo(renderer)
    warnings_only = dataclasses.replace(case.work, kept=case.work.kept[:2])
    _, body = dataclasses.replace(case, work=warnings_only).render(renderer)
    assert body.splitlines()[2].startswith("✅ **Not blocking:** nothing reaches `fail-on: error` · 2 open · ")
    _, body = dataclasses.replace(case, work=warnings_only, fail_on=None).render(renderer)
    assert body.splitlines()[2].startswith("✅ **Not blocking** (`fail-on: none`) · 2 open · ")
    _, body = dataclasses.replace(case, work=warnings_only, fail_on=Severity.WARNING).render(renderer)
    assert body.splitlines()[2].startswith("⛔ **Merge blocked:** 2 warnings at `fail-on: warning` · 2 open · ")
    # Everything fixed: said so, with the fixed list; no table.
    clean = dataclasses.replace(case.work, kept=(), present=(), suppressions=(), not_reviewed=())
    context, body = dataclasses.replace(case, work=clean).render(renderer)
    assert body.splitlines()[2] == ("✅ **No open findings**: everything found is fixed · 0 open · 3 fixed · "
                                    "0 suppressed · as of ee7adae")
    assert "| Open |" not in body and "<summary>Fixed in this PR (3)</summary>" in body
    assert wanted(context, Prior())


def test_posted_once_there_is_anything_then_kept(renderer: Renderer) -> None:
    nothing = Published(pr=PullRequestRef(number=7, head_sha=HEAD, base_sha="b" * 40), changed=(), present=(),
                        kept=(), suppressions=(), scanned=1)
    context, body = Case(work=nothing, prior=Prior()).render(renderer)
    assert not wanted(context, Prior())
    # Once posted it stays, edited in place, saying that nothing is open.
    assert wanted(context, Prior(summary_id=5))
    assert body.splitlines()[2] == "✅ **No open findings** · 0 open · 0 fixed · 0 suppressed · as of ee7adae"
    only_waiver = demo(renderer).work
    waived = dataclasses.replace(nothing, changed=only_waiver.changed, suppressions=only_waiver.suppressions[:1])
    context, _ = Case(work=waived, prior=Prior()).render(renderer)
    assert wanted(context, Prior())


HOSTILE_PATH = "web/x` </details><img src=x onerror=alert(1)> @acme/admins #1 | [y](https://evil.example) *z*.js"
HOSTILE_REASON = "ok` </details> <script>alert(1)</script> @acme/admins see #1 | **bold** [x](https://evil.example)"


def test_hostile_paths_and_reasons_stay_inert(renderer: Renderer) -> None:
    f = at("jwt-in-browser-storage", HOSTILE_PATH, 3)
    waived = at("jwt-in-browser-storage", HOSTILE_PATH, 9, code="localStorage.setItem('x', y)")
    lost = at("jwt-long-lived", HOSTILE_PATH, 12, code="jwt.sign(p, k, { expiresIn: '30d' })")
    work = Published(pr=PullRequestRef(number=7, head_sha=HEAD, base_sha="b" * 40),
                     changed=(changed(HOSTILE_PATH, range(1, 20)),), present=(f, lost), kept=(marked(f),),
                     suppressions=(Suppression(finding=waived, line=8, ids=("x`y",), reason=HOSTILE_REASON),),
                     scanned=1, not_reviewed=((HOSTILE_PATH, HOSTILE_REASON),))
    prior = Prior(comments=(comment_on(renderer, lost, ident=1),))
    context, body = Case(work=dataclasses.replace(work, present=(f,)), prior=prior).render(renderer)
    assert len(context["fixed"]) == 1 and len(context["open"]) == 1  # type: ignore[arg-type]
    assert "<img" not in body and "<script>" not in body and "**bold**" not in body
    assert "](https://evil.example)" not in body
    assert "@acme" not in body and "#1" not in body
    assert body.count("<details>") == body.count("</details>") == 2  # the template's own: fixed, not reviewed
    # The table keeps its three columns: the path's pipe is escaped.
    (row,) = table_rows(body)
    assert len(re.split(r"(?<!\\)\|", row)) == 5, row
    assert "“ok\\` &lt;/details&gt; &lt;script&gt;alert\\(1\\)&lt;/script&gt; @\u200bacme/admins see \\#\u200b1 \\| " \
           "\\*\\*bold\\*\\* \\[x\\]\\(https://evil\\.example\\)”" in body
