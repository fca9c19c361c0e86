"""End to end: pagination, hostile layouts, modes, and failures that must not post."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import run_cli
from tests.support.fake_github import FakeGitHub
from tests.support.gitpr import Repo
from tests.support.scenario import TOKEN, open_pr

UNVERIFIED = 'import jwt\n\n\ndef user(request, k):\n    return jwt.decode(request.cookies["t"], k, algorithms=["HS256"], options={"verify_signature": False})\n'
STORAGE = 'export function keep(token) {\n  localStorage.setItem("jwt", token);\n}\n'


def test_files_listed_on_the_second_page_are_reviewed(repo: Repo, fake_github: FakeGitHub, tmp_path: Path) -> None:
    head = {f"pkg/m{i:03}.py": f"VALUE_{i} = {i}\n" for i in range(149)}
    head["zz/last.py"] = UNVERIFIED
    sc = open_pr(repo, fake_github, tmp_path, base_files={"README.md": "x\n"}, head_files=head)
    proc = run_cli(["review"], cwd=repo.root, env=sc.env())
    assert proc.returncode == 1, proc.stderr
    pages = [r.query.get("page", ["1"]) for r in fake_github.requests if r.path.endswith("/pulls/7/files")]
    assert pages == [["1"], ["2"]]
    assert [(c["path"], c["line"]) for c in sc.posted_comments()] == [("zz/last.py", 5)]


def test_a_pr_cannot_hide_its_files_from_the_scan(repo: Repo, fake_github: FakeGitHub, tmp_path: Path) -> None:
    sc = open_pr(repo, fake_github, tmp_path, base_files={"README.md": "x\n"}, head_files={
        ".semgrepignore": "lib/\napi/\n",
        "lib/helpers/tokens.py": UNVERIFIED,
        "api/auth.py": UNVERIFIED,
    })
    proc = run_cli(["review"], cwd=repo.root, env=sc.env())
    assert proc.returncode == 1, proc.stderr
    assert sorted(c["path"] for c in sc.posted_comments()) == ["api/auth.py", "lib/helpers/tokens.py"]


def test_renames_deletions_binaries_and_config_excludes(repo: Repo, fake_github: FakeGitHub, tmp_path: Path) -> None:
    base = {"old/name.py": "import jwt\n\nX = 1\n", "gone.js": STORAGE, "README.md": "x\n"}
    sc = open_pr(repo, fake_github, tmp_path, base_files=base, head_files={
        "old/name.py": None,
        "new/name.py": "import jwt\n\nX = 1\n\n\ndef user(request, k):\n"
                       '    return jwt.decode(request.cookies["t"], k, algorithms=["HS256"], options={"verify_signature": False})\n',
        "gone.js": None,
        "assets/logo.png": "\x00\x01\x02PNG",
        "web/node_modules/lib/store.js": STORAGE,
        "generated/client.js": STORAGE,
        ".github/jwt-session-guard.yml": "paths:\n  exclude: ['generated/**', 'node_modules/']\n",
    })
    proc = run_cli(["review"], cwd=repo.root, env=sc.env())
    assert proc.returncode == 1, proc.stderr
    assert [(c["path"], c["line"]) for c in sc.posted_comments()] == [("new/name.py", 7)]


def test_file_mode_puts_findings_off_the_diff_in_a_file_level_comment(
    repo: Repo, fake_github: FakeGitHub, tmp_path: Path
) -> None:
    base_text = STORAGE + "\n" * 20 + "export const x = 1;\n"
    sc = open_pr(repo, fake_github, tmp_path, base_files={"web/a.js": base_text},
                 head_files={"web/a.js": base_text + "export const y = 2;\n"})
    proc = run_cli(["review"], cwd=repo.root, env=sc.env(**{"filter-mode": "file", "fail-on": "warning"}))
    assert proc.returncode == 1, proc.stderr
    assert sc.posted_reviews() == []
    (file_comment,) = [r.body for r in fake_github.requests if r.method == "POST" and r.path.endswith("/pulls/7/comments")]
    assert file_comment["subject_type"] == "file" and file_comment["path"] == "web/a.js"
    assert file_comment["commit_id"] == sc.head and "line" not in file_comment
    assert "browser-storage-token" in file_comment["body"]
    # The summary lists it as a comment on the file.
    assert sc.summary().splitlines()[6].endswith(f"[web/a\\.js:2]({sc.files_url('web/a.js', 2)}) "
                                                    "(comment on the file, not a line) |")
    # Run again: already commented, nothing new, the summary unchanged.
    again = run_cli(["review"], cwd=repo.root, env=sc.env(**{"filter-mode": "file", "fail-on": "warning"}))
    assert again.returncode == 1
    assert [(r.method, r.path) for r in fake_github.writes()] == [
        ("POST", "/repos/acme/webapp/pulls/7/comments"), ("POST", "/repos/acme/webapp/issues/7/comments")]


def test_not_a_pull_request_event_exits_2_and_posts_nothing(
    repo: Repo, fake_github: FakeGitHub, tmp_path: Path
) -> None:
    sc = open_pr(repo, fake_github, tmp_path, base_files={"a.py": "x=1\n"}, head_files={"b.py": UNVERIFIED})
    env = sc.env()
    env["GITHUB_EVENT_NAME"] = "push"
    proc = run_cli(["review"], cwd=repo.root, env=env)
    assert proc.returncode == 2
    assert "pull_request_review_comment or issue_comment event, not 'push'" in proc.stderr
    assert fake_github.requests == []


def test_bad_config_exits_2_with_file_line_key(repo: Repo, fake_github: FakeGitHub, tmp_path: Path) -> None:
    sc = open_pr(repo, fake_github, tmp_path, base_files={"a.py": "x=1\n"}, head_files={
        "b.py": UNVERIFIED, ".github/jwt-session-guard.yml": "fail-on: error\nfilter_mode: added\n"})
    proc = run_cli(["review"], cwd=repo.root, env=sc.env())
    assert proc.returncode == 2
    assert ".github/jwt-session-guard.yml:2: filter_mode: unknown key" in proc.stderr
    assert fake_github.writes() == []


def test_bad_input_values_exit_2(repo: Repo, fake_github: FakeGitHub, tmp_path: Path) -> None:
    sc = open_pr(repo, fake_github, tmp_path, base_files={"a.py": "x=1\n"}, head_files={"b.py": UNVERIFIED})
    proc = run_cli(["review"], cwd=repo.root, env=sc.env(**{"fail-on": "critical"}))
    assert proc.returncode == 2
    assert "fail-on must be one of info, warning, error, none, not 'critical'" in proc.stderr
    assert fake_github.writes() == []


def test_a_run_overtaken_by_a_newer_push_posts_nothing(
    repo: Repo, fake_github: FakeGitHub, tmp_path: Path
) -> None:
    sc = open_pr(repo, fake_github, tmp_path, base_files={"a.py": "x=1\n"}, head_files={"b.py": UNVERIFIED})
    fake_github.pulls[7].head_sha = "f" * 40
    proc = run_cli(["review"], cwd=repo.root, env=sc.env())
    assert proc.returncode == 1
    assert f"is open at ffffffffffff, this run reviewed {sc.head[:12]}; nothing posted (1 finding(s))" in proc.stderr
    assert fake_github.writes() == []


def test_github_errors_exit_3_with_what_was_posted_and_no_token(
    repo: Repo, fake_github: FakeGitHub, tmp_path: Path
) -> None:
    sc = open_pr(repo, fake_github, tmp_path, base_files={"a.py": "x=1\n"}, head_files={"b.py": UNVERIFIED})
    # The summary comment endpoint fails: the review already landed, and the message says so.
    fake_github.unresolvable_paths.add("b.py")
    fake_github.fail_writes_to = "/issues/7/comments"
    proc = run_cli(["review"], cwd=repo.root, env=sc.env())
    assert proc.returncode == 3, proc.stderr
    assert "cannot post the summary comment: HTTP 500: Server Error" in proc.stderr
    assert "Before it stopped, this run posted: 0 new inline comment(s)" in proc.stderr
    assert "1 rejected by GitHub" in proc.stderr
    assert TOKEN not in proc.stderr + proc.stdout


def test_unreachable_github_exits_3(repo: Repo, fake_github: FakeGitHub, tmp_path: Path) -> None:
    sc = open_pr(repo, fake_github, tmp_path, base_files={"a.py": "x=1\n"}, head_files={"b.py": UNVERIFIED})
    env = sc.env()
    env["GITHUB_API_URL"] = "http://127.0.0.1:9"
    proc = run_cli(["review"], cwd=repo.root, env=env)
    assert proc.returncode == 3, proc.stderr
    assert "cannot reach GitHub" in proc.stderr
    assert TOKEN not in proc.stderr + proc.stdout


def test_outages_and_rate_limits_still_give_exactly_one_review(
    repo: Repo, fake_github: FakeGitHub, tmp_path: Path
) -> None:
    sc = open_pr(repo, fake_github, tmp_path, base_files={"a.py": "x=1\n"},
                 head_files={"b.py": UNVERIFIED, "web/s.js": STORAGE})
    fake_github.fail_first = 3
    fake_github.secondary_rate_limit_once = True
    fake_github.lose_first_review_answer = True
    proc = run_cli(["review"], cwd=repo.root, env=sc.env())
    assert proc.returncode == 1, proc.stderr
    reviews = fake_github.pulls[7].reviews
    assert len(reviews) == 1 and len(fake_github.pulls[7].review_comments) == 2
    statuses = [r.status for r in fake_github.requests if r.method == "POST" and r.path.endswith("/reviews")]
    # three outages, then a review that landed although its answer was lost: found by its run marker
    assert statuses == [502, 502, 502, 502]
    assert [r.status for r in fake_github.requests if r.status == 403 and r.path != "/user"] == [403]
    assert TOKEN not in proc.stderr + proc.stdout


@pytest.mark.parametrize("fail_on", ["error", "none"])
def test_a_read_only_token_degrades_to_annotations_and_the_gate(
    repo: Repo, fake_github: FakeGitHub, tmp_path: Path, fail_on: str
) -> None:
    """A fork's pull request under `pull_request` (or Dependabot's): nothing can be posted, nothing is lost."""
    sc = open_pr(repo, fake_github, tmp_path, base_files={"a.py": "x=1\n"}, head_files={"b.py": UNVERIFIED})
    fake_github.read_only = True
    proc = run_cli(["review"], cwd=repo.root, env=sc.env(fail_on=fail_on, sarif_file="out.sarif"))
    assert proc.returncode == (1 if fail_on == "error" else 0), proc.stderr
    assert "this token may not write to pull request #7" in proc.stderr
    assert proc.stdout.splitlines()[0].startswith("::error file=b.py,line=5,endLine=5,")
    summary = (tmp_path / "summary.md").read_text()
    assert "⚠️ **Not posted on the pull request:** the token may not write" in summary
    assert "fork\\-safe" in summary and "b\\.py line 5" in summary
    assert (repo.root / "out.sarif").is_file()
    assert (tmp_path / "output").read_text().splitlines()[0] == "findings=1"
    assert [r.status for r in fake_github.writes()] == [403]


def test_an_outage_while_posting_still_leaves_the_annotations_then_exits_3(
    repo: Repo, fake_github: FakeGitHub, tmp_path: Path
) -> None:
    sc = open_pr(repo, fake_github, tmp_path, base_files={"a.py": "x=1\n"}, head_files={"b.py": UNVERIFIED})
    fake_github.fail_writes_to = "/pulls/7/reviews"
    proc = run_cli(["review"], cwd=repo.root, env=sc.env())
    assert proc.returncode == 3, proc.stderr
    assert proc.stdout.splitlines()[0].startswith("::error file=b.py,line=5")
    assert "⚠️ **Not posted on the pull request:** GitHub rejected the review" in (tmp_path / "summary.md").read_text()
