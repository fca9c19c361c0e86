"""End to end: the fork-safe split. analyze (read-only) writes the findings; publish posts them."""

from __future__ import annotations

import contextlib
import json
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

from tests.conftest import run_cli
from tests.support.fake_github import FakeGitHub
from tests.support.gitpr import Repo
from tests.support.scenario import Scenario, open_pr

RUN_MARKER = re.compile(r"<!-- jwt-session-guard:run=[0-9a-f]+ -->")

UNVERIFIED = 'import jwt\n\n\ndef user(request, k):\n    return jwt.decode(request.cookies["t"], k, algorithms=["HS256"], options={"verify_signature": False})\n'
STORAGE = 'export function keep(token) {\n  localStorage.setItem("jwt", token);\n}\n'


def analyze(sc, tmp_path: Path) -> Path:  # type: ignore[no-untyped-def]
    proc = run_cli(["review"], cwd=sc.repo.root, env=sc.env(mode="analyze"))
    assert proc.returncode == 1, proc.stderr
    assert sc.fake.writes() == []
    artifact = sc.repo.root / "jwt-session-guard-findings.json"
    assert json.loads(artifact.read_text())["head_sha"] == sc.head
    assert "findings-file=jwt-session-guard-findings.json" in (tmp_path / "output").read_text()
    return artifact


def publish_env(sc, workspace: Path, head_sha: str) -> dict[str, str]:  # type: ignore[no-untyped-def]
    env = sc.env(mode="publish")
    event = {"action": "completed", "workflow_run": {"head_sha": head_sha, "event": "pull_request",
                                                     "conclusion": "failure"}}
    (sc.tmp / "run_event.json").write_text(json.dumps(event))
    env.update(GITHUB_EVENT_NAME="workflow_run", GITHUB_EVENT_PATH=str(sc.tmp / "run_event.json"),
               GITHUB_WORKSPACE=str(workspace))
    return env


@contextlib.contextmanager
def pr_in(tmp_path: Path, mode: str, head_files: dict[str, str | None]) -> Iterator[Scenario]:
    """A pull request of its own (repository and fake GitHub) per mode, so two modes can be compared."""
    fake = FakeGitHub().start()
    try:
        yield open_pr(Repo(tmp_path / mode / "repo"), fake, tmp_path / mode, base_files={"README.md": "x\n"},
                      head_files=head_files)
    finally:
        fake.stop()


def same_for_both(text: str, sc: Scenario) -> str:
    """A body with the head commit (it differs between the two modes' repositories) as HEAD."""
    return RUN_MARKER.sub("", text).replace(sc.head, "HEAD").replace(sc.head[:7], "HEAD")


def test_split_posts_the_same_review_as_review_mode(tmp_path: Path) -> None:
    reviews, summaries = [], []
    for mode in ("review", "split"):
        with pr_in(tmp_path, mode, {"api/auth.py": UNVERIFIED, "web/store.js": STORAGE}) as sc:
            repo = sc.repo
            if mode == "review":
                assert run_cli(["review"], cwd=repo.root, env=sc.env()).returncode == 1
            else:
                artifact = analyze(sc, tmp_path / mode)
                # The publish job checks out the default branch, never the PR, and downloads the artifact.
                workspace = tmp_path / mode / "publish-ws"
                workspace.mkdir()
                shutil.copy(artifact, workspace / artifact.name)
                proc = run_cli(["review"], cwd=workspace, env=publish_env(sc, workspace, sc.head))
                assert proc.returncode == 1, proc.stderr
            (review,) = sc.posted_reviews()
            # Whole bodies, markers included: the fingerprints must agree. Only
            # the run marker differs, by design.
            reviews.append((review["event"], RUN_MARKER.sub("", review["body"]).replace(sc.head, "HEAD"),
                            [(c["path"], c["line"], c["body"]) for c in review["comments"]]))
            summaries.append(same_for_both(sc.summary(), sc))
    assert reviews[0] == reviews[1]
    assert summaries[0] == summaries[1]
    assert summaries[0].splitlines()[2] == ("⛔ **Merge blocked:** 1 error at `fail-on: error` · 2 open · 0 fixed · "
                                            "0 suppressed · as of HEAD")
    assert [(p, line) for p, line, _ in reviews[0][2]] == [("api/auth.py", 5), ("web/store.js", 2)]
    assert all("jwt-session-guard:fingerprint=" in body for _, _, body in reviews[0][2])


def test_publish_refuses_a_stale_or_tampered_artifact(repo: Repo, fake_github: FakeGitHub, tmp_path: Path) -> None:
    sc = open_pr(repo, fake_github, tmp_path, base_files={"README.md": "x\n"}, head_files={"api/auth.py": UNVERIFIED})
    artifact = analyze(sc, tmp_path)
    workspace = tmp_path / "ws"
    workspace.mkdir()
    shutil.copy(artifact, workspace / artifact.name)
    # a newer push: the PR's head moved on after the analysis
    fake_github.pulls[7].head_sha = "e" * 40
    stale = run_cli(["review"], cwd=workspace, env=publish_env(sc, workspace, sc.head))
    assert stale.returncode == 2 and "a stale analysis is not published" in stale.stderr
    fake_github.pulls[7].head_sha = sc.head
    other_run = run_cli(["review"], cwd=workspace, env=publish_env(sc, workspace, "d" * 40))
    assert other_run.returncode == 2 and "refusing to publish it" in other_run.stderr
    doc = json.loads(artifact.read_text())
    doc["findings"][0]["severity"] = "catastrophic"
    (workspace / artifact.name).write_text(json.dumps(doc))
    tampered = run_cli(["review"], cwd=workspace, env=publish_env(sc, workspace, sc.head))
    assert tampered.returncode == 2 and "findings/0/severity" in tampered.stderr
    assert fake_github.writes() == []


def test_pull_request_target_reads_the_config_from_the_base_branch(
    repo: Repo, fake_github: FakeGitHub, tmp_path: Path
) -> None:
    sc = open_pr(repo, fake_github, tmp_path, base_files={
        "README.md": "x\n", ".github/jwt-session-guard.yml": "fail-on: error\n",
    }, head_files={
        "api/auth.py": UNVERIFIED,
        # The PR tries to switch its own check off.
        ".github/jwt-session-guard.yml": "fail-on: none\nrules:\n  disable: [jwt-signature-not-verified]\n",
    })
    env = sc.env()
    env["GITHUB_EVENT_NAME"] = "pull_request_target"
    proc = run_cli(["review"], cwd=repo.root, env=env)
    assert proc.returncode == 1, proc.stderr
    assert [c["path"] for c in sc.posted_comments()] == ["api/auth.py"]
    # Under pull_request the PR's own config applies (its workflow is the PR's to change anyway).
    plain = run_cli(["review"], cwd=repo.root, env=sc.env())
    assert plain.returncode == 0, plain.stderr


def run_mode(mode: str, sc: Scenario, tmp: Path, **inputs: str) -> int:
    """One push reviewed in `mode`: review (one job) or split (analyze, then publish from another workspace)."""
    if mode == "review":
        return run_cli(["review"], cwd=sc.repo.root, env=sc.env(**inputs)).returncode
    analyzed = run_cli(["review"], cwd=sc.repo.root, env=sc.env(mode="analyze", **inputs))
    assert analyzed.returncode in (0, 1), analyzed.stderr
    workspace = tmp / "publish-ws"
    workspace.mkdir(exist_ok=True)
    shutil.copy(sc.repo.root / "jwt-session-guard-findings.json", workspace / "jwt-session-guard-findings.json")
    published = run_cli(["review"], cwd=workspace, env=publish_env(sc, workspace, sc.head))
    assert published.returncode == analyzed.returncode, published.stderr
    return published.returncode


TWICE = ("import jwt\n\n\ndef a(t, k):\n"
         '    return jwt.decode(request.cookies["t"], k, algorithms=["HS256"], options={"verify_signature": False})\n\n\n'
         "def b(t, k):\n"
         '    return jwt.decode(request.cookies["t"], k, algorithms=["HS256"], options={"verify_signature": False})\n')
WAIVED = TWICE.replace(
    "def a(t, k):\n", "def a(t, k):\n    # jwt-session-guard: ignore[jwt-signature-not-verified] only reads the kid\n")


def test_split_keeps_fingerprints_after_a_suppression(tmp_path: Path) -> None:
    """The same code twice; the first one waived on push 2: in both modes its thread is resolved and
    the other one stays open (the split used to renumber and resolve the wrong one), and the summary
    comment is the same: the open one, the waiver with its reason, the fixed one."""
    summaries = []
    for mode in ("review", "split"):
        with pr_in(tmp_path, mode, {"api/auth.py": TWICE}) as sc:
            fake = sc.fake
            assert run_mode(mode, sc, tmp_path / mode) == 1
            comments = {c["line"]: c for c in fake.pulls[7].review_comments}
            assert sorted(comments) == [5, 9]
            first, second = comments[5], comments[9]
            second_body = second["body"]
            sc.push({"api/auth.py": WAIVED}, "waive the first")
            assert run_mode(mode, sc, tmp_path / mode) == 1
            assert first["body"].startswith(f"✅ **Fixed** in {sc.head[:12]}"), mode
            assert fake.pulls[7].threads[f"PRRT_{first['id']}"]["resolved"] is True
            assert second["body"] == second_body, mode
            assert fake.pulls[7].threads[f"PRRT_{second['id']}"]["resolved"] is False
            summaries.append((same_for_both(sc.summary(), sc), sc.files_url("api/auth.py", 10)))
    assert summaries[0] == summaries[1]
    summary, link = summaries[0]
    assert summary == (
        "### 🛡️ jwt-session-guard\n\n"
        "⛔ **Merge blocked:** 1 error at `fail-on: error` · 1 open · 1 fixed · 1 suppressed · as of HEAD\n\n"
        "| | Open | Where |\n|---|---|---|\n"
        f"| 🔴 | JWT payload is trusted without verifying the signature | [api/auth\\.py:10]({link}) |\n\n"
        "**Suppressions this PR adds (1): reviewers, check the reason**\n\n"
        "- [api/auth\\.py:5](https://github.example/acme/webapp/blob/HEAD/api/auth.py#L5) "
        "` pyjwt-verify-signature-disabled `: “only reads the kid”\n\n"
        "<details><summary>Fixed in this PR (1)</summary>\n\n"
        "- ✅ JWT payload is trusted without verifying the signature, api/auth\\.py:5, fixed in HEAD\n\n"
        "</details>\n\n<!-- jwt-session-guard:summary -->")


def test_split_lists_the_files_analyze_could_not_review(tmp_path: Path) -> None:
    seen = []
    for mode in ("review", "split"):
        with pr_in(tmp_path, mode, {"api/auth.py": UNVERIFIED, "web/store.js": STORAGE}) as sc:
            fake = sc.fake
            assert run_mode(mode, sc, tmp_path / mode, on_scan_error="warn") == 1
            js = next(c for c in fake.pulls[7].review_comments if c["path"] == "web/store.js")
            js_body = js["body"]
            # push 2: store.js grows past what semgrep reads; its finding is unknown, not fixed.
            sc.push({"web/store.js": "var filler = 1;\n" * 400_000 + STORAGE}, "huge")
            (tmp_path / mode / "summary.md").write_text("")
            assert run_mode(mode, sc, tmp_path / mode, on_scan_error="warn") == 1
            assert js["body"] == js_body, mode
            job = (tmp_path / mode / "summary.md").read_text()
            for text in (sc.summary(), job):
                assert "web/store\\.js" in text and r"skipped by semgrep \(6,400,070 bytes" in text, (mode, text)
            assert "<details><summary>Not reviewed (1)</summary>" in sc.summary()
            seen.append(same_for_both(sc.summary(), sc))
    assert seen[0] == seen[1]
