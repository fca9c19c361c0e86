"""End to end: hostile content and names, failing scans, bad events: clear outcomes, nothing leaked."""

from __future__ import annotations

import json
import os
import urllib.parse
from pathlib import Path

from tests.conftest import run_cli
from tests.support.fake_github import FakeGitHub
from tests.support.gitpr import Repo, github_files
from tests.support.scenario import open_pr

UNVERIFIED_CALL = 'jwt.decode(request.cookies["t"], k, algorithms=["HS256"], options={"verify_signature": False})'
UNVERIFIED = f"import jwt\n\n\ndef user(request, k):\n    return {UNVERIFIED_CALL}\n"
SECRET_TOKEN = "ghs_S3cr3tT0kenThatMustNeverAppear0123456789"


def test_odd_but_legal_files_are_reviewed_on_the_right_lines(repo: Repo, fake_github: FakeGitHub, tmp_path: Path) -> None:
    long_line = "x = '" + "a" * 100_000 + "'\n"
    sc = open_pr(repo, fake_github, tmp_path, base_files={"README.md": "x\n"}, head_files={
        "crlf.py": UNVERIFIED.replace("\n", "\r\n"),
        "no_eol.py": UNVERIFIED.rstrip("\n"),
        "we ird 'quote' ü.py": UNVERIFIED,
        "long_line.py": long_line + UNVERIFIED,
    })
    (repo.root / "latin1.py").write_bytes(b"# caf\xe9\n" + UNVERIFIED.encode())
    sc.head = repo.commit("latin-1 file")
    fake_github.pulls[7].head_sha = sc.head
    fake_github.pulls[7].files = github_files(repo, sc.base, sc.head)
    proc = run_cli(["review"], cwd=repo.root, env=sc.env())
    assert proc.returncode == 1, proc.stderr
    assert sorted((c["path"], c["line"]) for c in sc.posted_comments()) == [
        ("crlf.py", 5), ("latin1.py", 6), ("long_line.py", 6), ("no_eol.py", 5), ("we ird 'quote' ü.py", 5)]


def test_symlinks_and_unsafe_names_are_not_followed_nor_quoted(
    repo: Repo, fake_github: FakeGitHub, tmp_path: Path
) -> None:
    secret = tmp_path / "outside-secret.py"
    secret.write_text(UNVERIFIED + "PASSWORD = 'hunter2-outside-the-workspace'\n")
    repo.write("README.md", "x\n")
    base = repo.commit("base")
    os.symlink(secret, repo.root / "link.py")
    repo.write("line\nbreak.py", UNVERIFIED)
    repo.write("ok.py", UNVERIFIED)
    head = repo.commit("head")
    from tests.support.fake_github import PullState
    fake_github.add_pull(PullState(number=7, head_sha=head, base_sha=base, files=github_files(repo, base, head)))
    from tests.support.scenario import Scenario
    sc = Scenario(repo=repo, fake=fake_github, tmp=tmp_path, number=7, base=base, head=head)
    proc = run_cli(["review"], cwd=repo.root, env=sc.env(on_scan_error="warn"))
    assert proc.returncode == 1, proc.stderr
    assert [c["path"] for c in sc.posted_comments()] == ["ok.py"]
    everything = json.dumps([r.body for r in fake_github.requests]) + proc.stdout + proc.stderr
    everything += (tmp_path / "summary.md").read_text()
    assert "hunter2" not in everything and str(secret) not in everything
    summary = (tmp_path / "summary.md").read_text()
    assert "link\\.py: not a regular file at the head commit" in summary
    assert "unsafe path" in summary


def test_a_huge_file_is_listed_not_reviewed_and_does_not_crash(
    repo: Repo, fake_github: FakeGitHub, tmp_path: Path
) -> None:
    big = "var filler = 1;\n" * 3_500_000  # 56 MB
    sc = open_pr(repo, fake_github, tmp_path, base_files={"README.md": "x\n"},
                 head_files={"bundle.js": big, "ok.py": UNVERIFIED})
    proc = run_cli(["review"], cwd=repo.root, env=sc.env())
    assert proc.returncode == 1, proc.stderr
    assert [c["path"] for c in sc.posted_comments()] == ["ok.py"]
    assert "bundle\\.js: skipped by semgrep \\(56,000,000 bytes; larger than 5,000,000\\)" in (tmp_path / "summary.md").read_text()


def test_a_failed_scan_fails_closed_unless_told_to_warn(repo: Repo, fake_github: FakeGitHub, tmp_path: Path) -> None:
    broken_rules = repo.root / "rules-extra"
    sc = open_pr(repo, fake_github, tmp_path, base_files={"README.md": "x\n"}, head_files={
        "ok.py": UNVERIFIED,
        "rules-extra/bad.yaml": "rules:\n- id: broken\n  languages: [python]\n  severity: ERROR\n  message: m\n  metadata: {antipattern: jwt-weak-secret}\n  pattern: 'foo(('\n",
    })
    assert broken_rules.is_dir()
    proc = run_cli(["review"], cwd=repo.root, env=sc.env(rules="rules-extra"))
    assert proc.returncode == 3, proc.stderr
    assert "semgrep failed" in proc.stderr
    assert fake_github.writes() == []


def test_scanning_nothing_is_not_a_clean_pass(repo: Repo, fake_github: FakeGitHub, tmp_path: Path) -> None:
    sc = open_pr(repo, fake_github, tmp_path, base_files={"README.md": "x\n"},
                 head_files={"huge.js": "var filler = 1;\n" * 400_000})
    proc = run_cli(["review"], cwd=repo.root, env=sc.env())
    assert proc.returncode == 3
    assert "the scan is incomplete (huge.js: skipped by semgrep" in proc.stderr
    assert "Set `on-scan-error: warn`" in proc.stderr
    assert fake_github.writes() == []
    warned = run_cli(["review"], cwd=repo.root, env=sc.env(on_scan_error="warn"))
    assert warned.returncode == 0, warned.stderr


def test_bad_events(repo: Repo, fake_github: FakeGitHub, tmp_path: Path) -> None:
    sc = open_pr(repo, fake_github, tmp_path, base_files={"a.py": "x=1\n"}, head_files={"b.py": UNVERIFIED})
    env = sc.env()
    env["GITHUB_EVENT_PATH"] = str(tmp_path / "missing.json")
    missing = run_cli(["review"], cwd=repo.root, env=env)
    assert missing.returncode == 2 and "does not exist" in missing.stderr
    (tmp_path / "broken.json").write_text("{not json")
    env["GITHUB_EVENT_PATH"] = str(tmp_path / "broken.json")
    broken = run_cli(["review"], cwd=repo.root, env=env)
    assert broken.returncode == 2 and "is not a readable JSON event" in broken.stderr
    (tmp_path / "closed.json").write_text(json.dumps({"pull_request": {
        "number": 7, "state": "closed", "head": {"sha": sc.head}, "base": {"sha": sc.base}}}))
    env["GITHUB_EVENT_PATH"] = str(tmp_path / "closed.json")
    closed = run_cli(["review"], cwd=repo.root, env=env)
    assert closed.returncode == 0 and "pull request #7 is closed; there is nothing to review" in closed.stderr
    for event in ("push", "workflow_dispatch", "schedule"):
        env = sc.env()
        env["GITHUB_EVENT_NAME"] = event
        other = run_cli(["review"], cwd=repo.root, env=env)
        assert other.returncode == 2 and "jwt-session-guard scan --base" in other.stderr
    assert fake_github.writes() == []


def test_a_patchless_file_gets_its_hunks_from_git(repo: Repo, fake_github: FakeGitHub, tmp_path: Path) -> None:
    sc = open_pr(repo, fake_github, tmp_path, base_files={"a.py": "x = 1\n" * 50},
                 head_files={"a.py": "x = 1\n" * 50 + UNVERIFIED})
    # GitHub sends no patch for files it finds too large to diff (it still has the diff).
    for item in fake_github.pulls[7].files:
        item["_true_patch"] = item.pop("patch")
    proc = run_cli(["review"], cwd=repo.root, env=sc.env())
    assert proc.returncode == 1, proc.stderr
    assert [(c["path"], c["line"]) for c in sc.posted_comments()] == [("a.py", 55)]


def test_the_token_never_reaches_any_output(repo: Repo, fake_github: FakeGitHub, tmp_path: Path) -> None:
    fake_github.token = SECRET_TOKEN
    sc = open_pr(repo, fake_github, tmp_path, base_files={"a.py": "x=1\n"}, head_files={"b.py": UNVERIFIED})
    outputs: list[str] = []
    scenarios = [
        {},  # success
        {"GITHUB_API_URL": "http://127.0.0.1:9"},  # unreachable
        {"INPUT_GITHUB-TOKEN": SECRET_TOKEN + "x"},  # refused (401)
        {"INPUT_FAIL-ON": "sometimes"},  # bad input
        {"RUNNER_DEBUG": "1", "GITHUB_REPOSITORY": "acme/missing"},  # 404, debug on
    ]
    for extra in scenarios:
        env = sc.env(sarif_file="out.sarif")
        env["INPUT_GITHUB-TOKEN"] = SECRET_TOKEN
        env.update(extra)
        proc = run_cli(["review"], cwd=repo.root, env=env)
        outputs += [proc.stdout, proc.stderr]
    for name in ("output", "summary.md"):
        outputs.append((tmp_path / name).read_text())
    outputs.append((repo.root / "out.sarif").read_text())
    outputs.append(json.dumps([r.body for r in fake_github.requests]))
    assert not [o for o in outputs if SECRET_TOKEN in o]


HOSTILE_NAME = "web/x` </details><img src=x onerror=alert(1)> @acme #1 | [y](javascript:alert(1)) *z*.js"
HOSTILE_REASON = "</details><img src=x onerror=alert(1)> @acme/admins see #1 | **bold** [x](javascript:alert(1))"


def test_the_summary_comment_quotes_hostile_paths_and_reasons_inertly(
    repo: Repo, fake_github: FakeGitHub, tmp_path: Path
) -> None:
    """A file name and a suppression reason written to break out of the summary comment's Markdown."""
    storage = 'localStorage.setItem("token", t);\n'
    sc = open_pr(repo, fake_github, tmp_path, base_files={"README.md": "x\n"}, head_files={
        HOSTILE_NAME: storage + f"// jwt-session-guard: ignore[browser-storage-token] {HOSTILE_REASON}\n" + storage,
    })
    proc = run_cli(["review"], cwd=repo.root, env=sc.env(fail_on="warning"))
    assert proc.returncode == 1, proc.stderr
    assert [c["line"] for c in sc.posted_comments()] == [1]
    body = sc.summary()
    lines = body.splitlines()
    assert lines[2] == f"⛔ **Merge blocked:** 1 warning at `fail-on: warning` · 1 open · 0 fixed · 1 suppressed · as of {sc.head[:7]}"
    escaped = ("web/x\\` &lt;/details&gt;&lt;img src=x onerror=alert\\(1\\)&gt; @\u200bacme \\#\u200b1 \\| "
               "\\[y\\]\\(javascript:alert\\(1\\)\\) \\*z\\*\\.js")
    # One table row, three cells: the name's pipe is escaped, its link text cannot close the link.
    assert lines[6] == ("| 🟠 | Token is stored in localStorage or sessionStorage, readable by any XSS | "
                        f"[{escaped}:1]({sc.files_url(HOSTILE_NAME, 1)}) |")
    quoted = urllib.parse.quote(HOSTILE_NAME, safe="/")
    assert lines[10] == (f"- [{escaped}:2](https://github.example/acme/webapp/blob/{sc.head}/{quoted}#L2) "
                         "` browser-storage-token `: “&lt;/details&gt;&lt;img src=x onerror=alert\\(1\\)&gt; "
                         "@\u200bacme/admins see \\#\u200b1 \\| \\*\\*bold\\*\\* \\[x\\]\\(javascript:alert\\(1\\)\\)”")
    assert "<img" not in body and "</details>" not in body and "](javascript:" not in body
    assert "@acme" not in body and "#1" not in body
