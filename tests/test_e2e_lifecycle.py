"""End to end: the life of the bot's comments over several pushes to one pull request."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from tests.conftest import run_cli
from tests.support.fake_github import FakeGitHub
from tests.support.gitpr import Repo
from tests.support.scenario import Scenario, open_pr

UNVERIFIED = '    return jwt.decode(request.cookies["t"], k, algorithms=["HS256"], options={"verify_signature": False})\n'
STORE = '  localStorage.setItem("token", token);\n'


def auth_py(prefix_lines: int = 0, *, fixed: bool = False) -> str:
    body = 'import jwt\n\n\ndef user(request, k):\n'
    body += '    return jwt.decode(request.cookies["t"], k, algorithms=["HS256"])\n' if fixed else UNVERIFIED
    return "".join(f"# note {i}\n" for i in range(prefix_lines)) + body


def web_js(prefix_lines: int = 0) -> str:
    return "".join(f"// note {i}\n" for i in range(prefix_lines)) + "export function keep(token) {\n" + STORE + "}\n"


def review(sc: Scenario, expect: int = 1, **inputs: str) -> str:
    """One run; `expect` is its exit code (1: findings at or above fail-on remain)."""
    proc = run_cli(["review"], cwd=sc.repo.root, env=sc.env(**{"fail_on": "warning", **inputs}))
    assert proc.returncode == expect, proc.stderr
    return proc.stderr


def bot_comments(fake: FakeGitHub) -> list[dict[str, object]]:
    return [c for c in fake.pulls[7].review_comments if c["user"]["type"] == "Bot"]


UNVERIFIED_TITLE = "JWT payload is trusted without verifying the signature"
STORE_TITLE = "Token is stored in localStorage or sessionStorage, readable by any XSS"


def expected_summary(sc: Scenario, status: str, rows: Sequence[tuple[str, str, str, int]],
                     fixed: Sequence[str] = ()) -> str:
    """The whole sticky summary: `rows` (badge, title, path, line) are the open findings, `fixed` its lines."""
    n_fixed = len(fixed)
    body = f"### 🛡️ jwt-session-guard\n\n{status} · {len(rows)} open · {n_fixed} fixed · 0 suppressed · as of {sc.head[:7]}"
    if rows:
        body += "\n\n| | Open | Where |\n|---|---|---|" + "".join(
            f"\n| {badge} | {title} | [{path.replace('.', chr(92) + '.')}:{line}]({sc.files_url(path, line)}) |"
            for badge, title, path, line in rows)
    if fixed:
        body += f"\n\n<details><summary>Fixed in this PR ({n_fixed})</summary>\n\n" + "".join(
            f"- ✅ {line}\n" for line in fixed) + "\n</details>"
    return body + "\n\n<!-- jwt-session-guard:summary -->"


def test_four_pushes_never_twice_resolved_when_fixed_reopened_when_back(
    repo: Repo, fake_github: FakeGitHub, tmp_path: Path
) -> None:
    sc = open_pr(repo, fake_github, tmp_path, base_files={"README.md": "x\n"},
                 head_files={"api/auth.py": auth_py(), "web/store.js": web_js()})
    # push 1: two findings, two comments
    review(sc)
    comments = bot_comments(fake_github)
    assert sorted((c["path"], c["line"]) for c in comments) == [("api/auth.py", 5), ("web/store.js", 2)]
    py_comment = next(c for c in comments if c["path"] == "api/auth.py")
    js_comment = next(c for c in comments if c["path"] == "web/store.js")
    original_py_body, original_js_body = py_comment["body"], js_comment["body"]
    fake_github.human_reply(7, js_comment["id"], "We will move this to a cookie, thanks!")
    writes_after_push1 = len(fake_github.writes())
    blocked = "⛔ **Merge blocked:** 1 error, 1 warning at `fail-on: warning`"
    assert sc.summary() == expected_summary(sc, blocked, [("🔴", UNVERIFIED_TITLE, "api/auth.py", 5),
                                                          ("🟠", STORE_TITLE, "web/store.js", 2)])

    # push 2: lines added above both findings, nothing else: no new comment, no edit; the summary
    # follows the lines and the head commit, edited in place
    sc.push({"api/auth.py": auth_py(3), "web/store.js": web_js(4)})
    review(sc)
    assert len(bot_comments(fake_github)) == 2
    summary_id = fake_github.pulls[7].issue_comments[0]["id"]
    assert [(w.method, w.path) for w in fake_github.writes()[writes_after_push1:]] == [
        ("PATCH", f"/repos/{fake_github.full_name}/issues/comments/{summary_id}")]
    assert py_comment["body"] == original_py_body and js_comment["body"] == original_js_body
    assert sc.summary() == expected_summary(sc, blocked, [("🔴", UNVERIFIED_TITLE, "api/auth.py", 8),
                                                          ("🟠", STORE_TITLE, "web/store.js", 6)])

    # push 3: the Python finding is fixed: its thread resolved and marked fixed, the other untouched
    sc.push({"api/auth.py": auth_py(3, fixed=True)})
    before = len(fake_github.writes())
    log = review(sc)
    assert "1 marked fixed" in log
    # GitHub asks for a second between writes: the edit and the resolve mutation are paced
    run_writes = fake_github.writes()[before:]
    assert [(w.method, w.path) for w in run_writes] == [
        ("PATCH", f"/repos/{fake_github.full_name}/pulls/comments/{py_comment['id']}"), ("POST", "/graphql"),
        ("PATCH", f"/repos/{fake_github.full_name}/issues/comments/{summary_id}")]
    assert run_writes[1].received - run_writes[0].received >= 0.99
    assert sc.summary() == expected_summary(
        sc, "⛔ **Merge blocked:** 1 warning at `fail-on: warning`", [("🟠", STORE_TITLE, "web/store.js", 6)],
        [f"{UNVERIFIED_TITLE}, api/auth\\.py:5, fixed in {sc.head[:7]}"])
    assert py_comment["body"].startswith(f"✅ **Fixed** in {sc.head[:12]}")
    assert py_comment["body"].rstrip().endswith(f"fingerprint={original_py_body.rsplit('fingerprint=', 1)[1]}".rstrip())
    py_thread = f"PRRT_{py_comment['id']}"
    assert fake_github.pulls[7].threads[py_thread]["resolved"] is True
    assert js_comment["body"] == original_js_body
    assert fake_github.pulls[7].threads[f"PRRT_{js_comment['id']}"]["resolved"] is False

    # push 4: the Python finding comes back: thread reopened, body restored, no duplicate
    sc.push({"api/auth.py": auth_py(3)})
    log = review(sc)
    assert "1 reopened" in log
    assert len(bot_comments(fake_github)) == 2
    assert fake_github.pulls[7].threads[py_thread]["resolved"] is False
    assert py_comment["body"] == original_py_body
    assert sc.summary() == expected_summary(sc, blocked, [("🔴", UNVERIFIED_TITLE, "api/auth.py", 8),
                                                          ("🟠", STORE_TITLE, "web/store.js", 6)])

    # the human reply survived every run, untouched
    human = [c for c in fake_github.pulls[7].review_comments if c["user"]["type"] == "User"]
    assert [c["body"] for c in human] == ["We will move this to a cookie, thanks!"]
    assert not [r for r in fake_github.requests if r.method == "DELETE"]


def test_changed_message_edits_in_place_and_graphql_off_falls_back_to_body(
    repo: Repo, fake_github: FakeGitHub, tmp_path: Path
) -> None:
    sc = open_pr(repo, fake_github, tmp_path, base_files={"README.md": "x\n"},
                 head_files={"api/auth.py": auth_py()})
    review(sc)
    (comment,) = bot_comments(fake_github)
    # A newer pack re-words the comment: simulate with an older digest on the posted body.
    comment["body"] = comment["body"].replace("digest=", "digest=0", 1)
    review(sc)
    patches = [r for r in fake_github.requests if r.method == "PATCH"]
    assert len(patches) == 1 and patches[0].path == f"/repos/acme/webapp/pulls/comments/{comment['id']}"
    assert "digest=0" not in comment["body"]
    # GitHub Enterprise without GraphQL: the fix is still recorded in the body.
    fake_github.graphql_enabled = False
    sc.push({"api/auth.py": auth_py(fixed=True)})
    log = review(sc, expect=0)
    assert "1 marked fixed" in log and comment["body"].startswith("✅ **Fixed**")
    assert fake_github.pulls[7].threads[f"PRRT_{comment['id']}"]["resolved"] is False
    # Everything fixed: the one summary says so, edited in place.
    assert sc.summary() == expected_summary(
        sc, "✅ **No open findings**: everything found is fixed", [],
        [f"{UNVERIFIED_TITLE}, api/auth\\.py:5, fixed in {sc.head[:7]}"])


def test_human_comments_with_a_copied_marker_are_never_touched(
    repo: Repo, fake_github: FakeGitHub, tmp_path: Path
) -> None:
    sc = open_pr(repo, fake_github, tmp_path, base_files={"README.md": "x\n"},
                 head_files={"api/auth.py": auth_py()})
    review(sc)
    (comment,) = bot_comments(fake_github)
    # Someone quotes the bot's comment, marker and all, in a new top-level comment.
    fake_github.pulls[7].review_comments.append({
        "id": 99, "body": comment["body"], "user": {"login": "mallory", "type": "User", "id": 7},
        "path": "api/auth.py", "line": 5, "in_reply_to_id": None,
        "url": f"{fake_github.url}/repos/acme/webapp/pulls/comments/99"})
    sc.push({"api/auth.py": auth_py(fixed=True)})
    review(sc, expect=0)
    summary_id = fake_github.pulls[7].issue_comments[0]["id"]
    assert [r.path for r in fake_github.requests if r.method == "PATCH"] == [
        f"/repos/acme/webapp/pulls/comments/{comment['id']}", f"/repos/acme/webapp/issues/comments/{summary_id}"]


def test_45_findings_give_30_comments_and_a_summary_of_15(repo: Repo, fake_github: FakeGitHub, tmp_path: Path) -> None:
    lines = "".join(f'localStorage.setItem("token{i}", t{i});\n' for i in range(45))
    sc = open_pr(repo, fake_github, tmp_path, base_files={"README.md": "x\n"}, head_files={"web/many.js": lines})
    review(sc)
    (posted,) = sc.posted_reviews()
    assert len(posted["comments"]) == 30
    assert [c["line"] for c in posted["comments"]] == list(range(1, 31))
    summary = sc.summary()
    # Every open finding is in the summary; the 15 over the cap say they have no inline comment.
    rows = [line for line in summary.splitlines() if line.startswith("| 🟠 |")]
    assert rows == [f"| 🟠 | {STORE_TITLE} | [web/many\\.js:{line}]({sc.files_url('web/many.js', line)})"
                    + (" (no inline comment: over the cap) |" if line > 30 else " |") for line in range(1, 46)]
    assert summary.splitlines()[2] == (f"⛔ **Merge blocked:** 45 warnings at `fail-on: warning` · 45 open · "
                                       f"0 fixed · 0 suppressed · as of {sc.head[:7]}")
    assert ("Over the cap: the bot keeps at most 30 inline comments open on a pull request (`max-comments`), "
            "the most severe findings first.") in summary
    # a second run changes nothing: the summary is left as it is, never duplicated
    before = len(fake_github.writes())
    review(sc)
    assert len(sc.posted_reviews()) == 1 and sc.summary() == summary
    assert fake_github.writes()[before:] == []


def test_one_bad_anchor_does_not_lose_the_others(repo: Repo, fake_github: FakeGitHub, tmp_path: Path) -> None:
    sc = open_pr(repo, fake_github, tmp_path, base_files={"README.md": "x\n"},
                 head_files={"api/auth.py": auth_py(), "web/store.js": web_js()})
    # GitHub refuses comments on web/store.js for a reason the bot cannot see.
    fake_github.unresolvable_paths.add("web/store.js")
    log = review(sc)
    assert "posting the 2 comments one by one" in log
    landed = bot_comments(fake_github)
    assert [(c["path"], c["line"]) for c in landed] == [("api/auth.py", 5)]
    assert (f"| 🟠 | {STORE_TITLE} | [web/store\\.js:2]({sc.files_url('web/store.js', 2)}) "
            "(no inline comment: GitHub refused it) |") in sc.summary().splitlines()


def test_request_changes_is_dismissed_after_the_fix_and_falls_back_on_own_pr(
    repo: Repo, fake_github: FakeGitHub, tmp_path: Path
) -> None:
    sc = open_pr(repo, fake_github, tmp_path, base_files={"README.md": "x\n"},
                 head_files={"api/auth.py": auth_py()})
    review(sc, request_changes="true", fail_on="error")
    (first,) = fake_github.pulls[7].reviews
    assert first["state"] == "CHANGES_REQUESTED"
    sc.push({"api/auth.py": auth_py(fixed=True)})
    review(sc, expect=0, request_changes="true", fail_on="error")
    assert first["state"] == "DISMISSED"
    dismissals = [r for r in fake_github.requests if r.method == "PUT"]
    assert len(dismissals) == 1 and dismissals[0].body["message"].startswith("jwt-session-guard: no blocking")


def test_request_changes_on_the_bots_own_pr_becomes_a_comment(repo: Repo, fake_github: FakeGitHub, tmp_path: Path) -> None:
    sc = open_pr(repo, fake_github, tmp_path, base_files={"README.md": "x\n"},
                 head_files={"api/auth.py": auth_py()})
    fake_github.pulls[7].author = fake_github.user["login"]
    log = review(sc, request_changes="true", fail_on="error")
    assert "cannot request changes on the bot's own pull request" in log
    assert [r["state"] for r in fake_github.pulls[7].reviews] == ["COMMENTED"]
    assert len(bot_comments(fake_github)) == 1


def test_check_run_with_annotations_in_batches_of_50(repo: Repo, fake_github: FakeGitHub, tmp_path: Path) -> None:
    lines = "".join(f'localStorage.setItem("token{i}", t{i});\n' for i in range(60))
    sc = open_pr(repo, fake_github, tmp_path, base_files={"README.md": "x\n"}, head_files={"web/many.js": lines})
    review(sc, check_run="true", max_comments="5")
    (run,) = fake_github.check_runs
    assert run["name"] == "jwt-session-guard" and run["head_sha"] == sc.head
    assert run["conclusion"] == "failure" and run["status"] == "completed"
    assert [a["start_line"] for a in run["annotations"]] == list(range(1, 61))
    check_writes = [r for r in fake_github.requests if "check-runs" in r.path]
    assert [(r.method, len(r.body["output"]["annotations"])) for r in check_writes] == [("POST", 50), ("PATCH", 10)]


def test_another_bots_comment_with_our_marker_is_left_alone(
    repo: Repo, fake_github: FakeGitHub, tmp_path: Path
) -> None:
    sc = open_pr(repo, fake_github, tmp_path, base_files={"README.md": "x\n"},
                 head_files={"api/auth.py": auth_py()})
    review(sc)
    (ours,) = bot_comments(fake_github)
    # A second bot (another copy of the action under an app token) quotes our comment, marker and all.
    fake_github.pulls[7].review_comments.append({
        "id": 99, "body": ours["body"], "user": {"login": "copycat[bot]", "type": "Bot", "id": 8},
        "path": "api/auth.py", "line": 5, "in_reply_to_id": None,
        "url": f"{fake_github.url}/repos/acme/webapp/pulls/comments/99"})
    sc.push({"api/auth.py": auth_py(fixed=True)})
    log = review(sc, expect=0)
    assert "come from 2 bot accounts; treating github-actions[bot] as this run's" in log
    summary_id = fake_github.pulls[7].issue_comments[0]["id"]
    assert [r.path for r in fake_github.requests if r.method == "PATCH"] == [
        f"/repos/acme/webapp/pulls/comments/{ours['id']}", f"/repos/acme/webapp/issues/comments/{summary_id}"]
    assert ours["body"].startswith("✅ **Fixed**")


def test_an_edit_github_forbids_is_skipped_not_fatal(repo: Repo, fake_github: FakeGitHub, tmp_path: Path) -> None:
    sc = open_pr(repo, fake_github, tmp_path, base_files={"README.md": "x\n"},
                 head_files={"api/auth.py": auth_py()})
    review(sc)
    (ours,) = bot_comments(fake_github)
    # The comment now belongs to someone else as far as GitHub is concerned: PATCH answers 403.
    ours["user"] = {"login": "github-actions[bot]-old", "type": "Bot", "id": 9}
    sc.push({"api/auth.py": auth_py(fixed=True)})
    log = review(sc, expect=0)
    assert "not this token's to edit" in log and "1 not ours to edit" in log


def test_files_past_githubs_listing_are_reported_not_reviewed(
    repo: Repo, fake_github: FakeGitHub, tmp_path: Path
) -> None:
    fake_github.listing_cap = 1  # GitHub's is 3,000
    sc = open_pr(repo, fake_github, tmp_path, base_files={"README.md": "x\n"},
                 head_files={"api/auth.py": auth_py(), "web/store.js": web_js()})
    review(sc)
    assert "<details><summary>Not reviewed (1)</summary>" in sc.summary()
    assert "\\(1 more files\\): GitHub lists 1 of the 2 changed files of a pull request" in sc.summary()
    assert "(1 more files)" in (tmp_path / "summary.md").read_text().replace("\\", "")
