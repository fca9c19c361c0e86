"""End to end: the real CLI, real semgrep and real PyGithub against the fake GitHub."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from tests.conftest import run_cli
from tests.support.fake_github import FakeGitHub, PullState
from tests.support.gitpr import Repo, github_files
from tests.support.runner import input_env

TOKEN = "test-token"

LEGACY = '''import jwt


def legacy_user(token, key):
    return jwt.decode(token, key, algorithms=["HS256"], options={"verify_signature": False})
'''

AUTH_BASE = '''"""Auth helpers."""
import jwt


def old_claims(token, key):
    return jwt.decode(token, key, algorithms=["HS256"], options={"verify_signature": False})


def issue(user_id, key):
    return jwt.encode({"sub": user_id}, key, algorithm="HS256")
'''

AUTH_HEAD = AUTH_BASE + '''

def current_user(request, key):
    token = request.headers["Authorization"].removeprefix("Bearer ")
    claims = jwt.decode(token, key, algorithms=["HS256"], options={"verify_signature": False})
    return claims["sub"]
'''

SESSION_JS = '''export async function login(api, credentials) {
  const res = await api.post("/login", credentials);
  const token = res.data.token;
  localStorage.setItem("token", token);
  localStorage.setItem("theme", "dark");
  return token;
}
'''


def build_pr(repo: Repo) -> tuple[str, str, str]:
    """base, head and GitHub's merge commit, with main moving on after the branch."""
    repo.write("legacy/old_auth.py", LEGACY)
    repo.write("api/auth.py", AUTH_BASE)
    repo.write("README.md", "demo\n")
    repo.commit("base")
    repo.git("checkout", "-q", "-b", "feature")
    repo.write("api/auth.py", AUTH_HEAD)
    repo.write("web/session.js", SESSION_JS)
    head = repo.commit("feature")
    # main moves on: lines added at the top of auth.py shift every line in the
    # merge commit, so findings there must not anchor on merge-commit numbers.
    repo.git("checkout", "-q", "main")
    repo.write("api/auth.py", "# -*- coding: utf-8 -*-\n# owned by the auth team\n\n" + AUTH_BASE)
    main_tip = repo.commit("main moves on")
    repo.git("checkout", "-q", "--detach", main_tip)
    repo.git("merge", "-q", "--no-edit", "-m", "Merge feature into main", head)
    merge = repo.git("rev-parse", "HEAD").strip()
    return main_tip, head, merge


def review_env(fake: FakeGitHub, tmp: Path, workspace: Path, *, head: str, base: str, merge: str,
               inputs: dict[str, str] | None = None) -> dict[str, str]:
    event = {"action": "synchronize", "number": 7,
             "pull_request": {"number": 7, "head": {"sha": head}, "base": {"sha": base}}}
    event_path = tmp / "event.json"
    event_path.write_text(json.dumps(event))
    (tmp / "output").write_text("")
    (tmp / "summary.md").write_text("")
    env = {
        "GITHUB_EVENT_PATH": str(event_path),
        "GITHUB_EVENT_NAME": "pull_request",
        "GITHUB_REPOSITORY": fake.full_name,
        "GITHUB_WORKSPACE": str(workspace),
        "GITHUB_API_URL": fake.url,
        "GITHUB_SERVER_URL": "https://github.example",
        "GITHUB_SHA": merge,
        "GITHUB_OUTPUT": str(tmp / "output"),
        "GITHUB_STEP_SUMMARY": str(tmp / "summary.md"),
    }
    env.update(input_env(TOKEN, inputs or {}))
    return env


@pytest.fixture
def pr(repo: Repo, fake_github: FakeGitHub) -> dict[str, str]:
    base, head, merge = build_pr(repo)
    # GitHub's file list is the three-dot diff: from the merge base to the head.
    merge_base = repo.git("merge-base", base, head).strip()
    fake_github.add_pull(PullState(number=7, head_sha=head, base_sha=base,
                                   files=github_files(repo, merge_base, head)))
    return {"base": base, "head": head, "merge": merge}


def posted_comments(fake: FakeGitHub) -> list[dict[str, object]]:
    reviews = [r for r in fake.requests if r.method == "POST" and r.path.endswith("/pulls/7/reviews")]
    return [c for r in reviews if r.status == 200 for c in r.body["comments"]]


@pytest.mark.parametrize(("fail_on", "expected_exit"), [("error", 1), ("none", 0)])
def test_review_comments_exactly_the_new_mistakes(
    repo: Repo, fake_github: FakeGitHub, pr: dict[str, str], tmp_path: Path, fail_on: str, expected_exit: int
) -> None:
    env = review_env(fake_github, tmp_path, repo.root, **pr, inputs={"fail-on": fail_on})
    proc = run_cli(["review"], cwd=repo.root, env=env)
    assert proc.returncode == expected_exit, proc.stderr

    # The review, then the sticky summary comment: a PR with findings gets one.
    assert [(r.method, r.path) for r in fake_github.writes()] == [
        ("POST", "/repos/acme/webapp/pulls/7/reviews"), ("POST", "/repos/acme/webapp/issues/7/comments")]
    reviews = [r for r in fake_github.requests if r.method == "POST" and r.path.endswith("/reviews")]
    assert len(reviews) == 1 and reviews[0].status == 200
    assert reviews[0].body["event"] == "COMMENT"
    assert reviews[0].body["commit_id"] == pr["head"]
    body = reviews[0].body["body"]
    assert body.startswith("**🛡️ jwt-session-guard** found **2** problems on the changed lines · ")
    # errors first, each linking to its line in the pull request's Files view
    auth = hashlib.sha256(b"api/auth.py").hexdigest()
    assert body.splitlines()[2].startswith(
        f"- 🔴 [api/auth\\.py:15](https://github.example/acme/webapp/pull/7/files#diff-{auth}R15) ")
    comments = sorted(posted_comments(fake_github), key=lambda c: c["path"])
    assert [(c["path"], c["line"], c.get("start_line")) for c in comments] == [
        ("api/auth.py", 15, None),
        ("web/session.js", 4, None),
    ]
    assert "pyjwt-verify-signature-disabled" in comments[0]["body"]
    assert "browser-storage-token" in comments[1]["body"]
    for c in comments:
        assert c["side"] == "RIGHT"
        assert c["body"].rstrip().endswith("-->")
        assert c["body"].count("<!-- jwt-session-guard:fingerprint=") == 1

    session = hashlib.sha256(b"web/session.js").hexdigest()
    status = ("⛔ **Merge blocked:** 1 error at `fail-on: error`" if fail_on == "error"
              else "✅ **Not blocking** (`fail-on: none`)")
    (summary_comment,) = fake_github.pulls[7].issue_comments
    assert summary_comment["body"] == (
        "### 🛡️ jwt-session-guard\n\n"
        f"{status} · 2 open · 0 fixed · 0 suppressed · as of {pr['head'][:7]}\n\n"
        "| | Open | Where |\n|---|---|---|\n"
        "| 🔴 | JWT payload is trusted without verifying the signature | "
        f"[api/auth\\.py:15](https://github.example/acme/webapp/pull/7/files#diff-{auth}R15) |\n"
        "| 🟠 | Token is stored in localStorage or sessionStorage, readable by any XSS | "
        f"[web/session\\.js:4](https://github.example/acme/webapp/pull/7/files#diff-{session}R4) |\n\n"
        "<!-- jwt-session-guard:summary -->")

    outputs = (tmp_path / "output").read_text().splitlines()
    assert outputs == ["findings=2", f"blocking={1 if fail_on == 'error' else 0}", "highest-severity=error"]
    summary = (tmp_path / "summary.md").read_text()
    assert "https://github.example/acme/webapp/blob/" + pr["head"] + "/api/auth.py#L15" in summary
    assert "legacy/old_auth.py" not in summary


def test_rerun_posts_nothing_twice(
    repo: Repo, fake_github: FakeGitHub, pr: dict[str, str], tmp_path: Path
) -> None:
    env = review_env(fake_github, tmp_path, repo.root, **pr)
    first = run_cli(["review"], cwd=repo.root, env=env)
    second = run_cli(["review"], cwd=repo.root, env=env)
    assert (first.returncode, second.returncode) == (1, 1)
    # The review and the summary comment; the second run finds the summary up to date and leaves it.
    assert [(r.method, r.path) for r in fake_github.writes()] == [
        ("POST", "/repos/acme/webapp/pulls/7/reviews"), ("POST", "/repos/acme/webapp/issues/7/comments")]
    assert "0 new inline comment(s)" in second.stderr and "0 edited" in second.stderr


def test_head_files_come_from_the_api_without_git_history(
    repo: Repo, fake_github: FakeGitHub, pr: dict[str, str], tmp_path: Path
) -> None:
    for path in ("api/auth.py", "web/session.js"):
        fake_github.contents[(pr["head"], path)] = repo.git("show", f"{pr['head']}:{path}").encode()
    empty_workspace = tmp_path / "ws"
    empty_workspace.mkdir()
    env = review_env(fake_github, tmp_path, empty_workspace, **pr)
    proc = run_cli(["review"], cwd=empty_workspace, env=env)
    assert proc.returncode == 1, proc.stderr
    comments = posted_comments(fake_github)
    assert sorted((c["path"], c["line"]) for c in comments) == [("api/auth.py", 15), ("web/session.js", 4)]


def test_local_scan_lists_the_same_two_findings(repo: Repo, pr: dict[str, str]) -> None:
    repo.git("checkout", "-q", pr["head"])
    proc = run_cli(["scan", "--base", pr["base"], "--format", "json"], cwd=repo.root)
    assert proc.returncode == 1, proc.stderr
    findings = json.loads(proc.stdout)
    assert [(f["path"], f["line"], f["rule_id"], f["antipattern"], f["severity"]) for f in findings] == [
        ("api/auth.py", 15, "pyjwt-verify-signature-disabled", "jwt-signature-not-verified", "error"),
        ("web/session.js", 4, "browser-storage-token", "jwt-in-browser-storage", "warning"),
    ]
    for f in findings:
        assert set(f) >= {"rule_id", "antipattern", "severity", "path", "line", "end_line", "message", "fingerprint"}


def test_an_autofix_for_exactly_the_commented_line_becomes_a_suggestion(
    repo: Repo, fake_github: FakeGitHub, tmp_path: Path
) -> None:
    from tests.support.scenario import open_pr

    settings = "DEBUG = False\nSESSION_COOKIE_SECURE = False\nSESSION_COOKIE_SAMESITE = None\n"
    sc = open_pr(repo, fake_github, tmp_path, base_files={"README.md": "x\n"}, head_files={"config/settings.py": settings})
    proc = run_cli(["review"], cwd=repo.root, env=sc.env(fail_on="none"))
    assert proc.returncode == 0, proc.stderr
    bodies = {c["line"]: c["body"] for c in sc.posted_comments()}
    assert sorted(bodies) == [2, 3]
    assert "```suggestion\nSESSION_COOKIE_SECURE = True\n```" in bodies[2]
    assert "```suggestion" not in bodies[3]
    # The suggestion comes first, before anything folded.
    assert bodies[2].index("```suggestion") < bodies[2].index("<details>")
    # A later push re-renders the open comment (here: a newer pack's wording): the suggestion stays.
    (posted,) = [c for c in fake_github.pulls[7].review_comments if c["line"] == 2]
    posted["body"] = posted["body"].replace("digest=", "digest=0", 1)
    sc.push({"config/settings.py": "# settings\n" + settings})
    again = run_cli(["review"], cwd=repo.root, env=sc.env(fail_on="none"))
    assert again.returncode == 0, again.stderr
    assert "1 edited" in again.stderr
    assert "```suggestion\nSESSION_COOKIE_SECURE = True\n```" in posted["body"]


def test_files_over_a_megabyte_are_read_through_the_blobs_api(
    repo: Repo, fake_github: FakeGitHub, pr: dict[str, str], tmp_path: Path
) -> None:
    """The contents API's JSON carries no content past 1 MB; read as empty, the file passed as clean."""
    big = (("// " + "x" * 1000 + "\n") * 1100).encode() + repo.git("show", f"{pr['head']}:web/session.js").encode()
    assert len(big) > 1024 * 1024
    fake_github.contents[(pr["head"], "api/auth.py")] = repo.git("show", f"{pr['head']}:api/auth.py").encode()
    fake_github.contents[(pr["head"], "web/session.js")] = big
    empty_workspace = tmp_path / "ws"
    empty_workspace.mkdir()
    env = review_env(fake_github, tmp_path, empty_workspace, **pr, inputs={"filter-mode": "file"})
    proc = run_cli(["review"], cwd=empty_workspace, env=env)
    assert proc.returncode == 1, proc.stderr
    blob_reads = [r.path for r in fake_github.requests if "/git/blobs/" in r.path]
    assert len(blob_reads) == 1
    summary = (tmp_path / "summary.md").read_text()
    # The finding below the filler is found: the whole file was scanned, not an empty stand-in.
    assert "web/session.js#L1104" in summary and "Not reviewed" not in summary
