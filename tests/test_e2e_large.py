"""A 2,500-file pull request: every page of the file list is read, memory stays bounded."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import CLI, cli_env
from tests.support.fake_github import FakeGitHub
from tests.support.gitpr import Repo
from tests.support.process_tree import run_measured
from tests.support.scenario import open_pr

UNVERIFIED = 'import jwt\n\n\ndef user(request, k):\n    return jwt.decode(request.cookies["t"], k, algorithms=["HS256"], options={"verify_signature": False})\n'


def test_2500_files_with_the_finding_on_the_last_page(repo: Repo, fake_github: FakeGitHub, tmp_path: Path) -> None:
    head: dict[str, str | None] = {}
    for i in range(2499):
        ext = ("py", "js", "go", "md", "txt")[i % 5]
        head[f"src/mod{i:04}.{ext}"] = f"# module {i}\nVALUE = {i}\n" if ext != "js" else f"export const v{i} = {i};\n"
    head["zzz/last.py"] = UNVERIFIED
    sc = open_pr(repo, fake_github, tmp_path, base_files={"README.md": "x\n"}, head_files=head)
    # The whole tree at once (bot, git, semgrep's two processes), summed PSS
    # sampled every 50 ms: ru_maxrss would give only the largest single process.
    proc, peak_mb = run_measured([CLI, "review"], cwd=repo.root, env={**cli_env(), **sc.env()})
    assert proc.returncode == 1, proc.stderr
    pages = [r.query.get("page", ["1"])[0] for r in fake_github.requests if r.path.endswith("/pulls/7/files")]
    assert pages == [str(n) for n in range(1, 26)]
    assert [(c["path"], c["line"]) for c in sc.posted_comments()] == [("zzz/last.py", 5)]
    assert 50 < peak_mb < 500, f"peak summed PSS of the process tree {peak_mb:.0f} MB"
