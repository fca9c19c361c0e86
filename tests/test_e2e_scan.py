"""End to end: `jwt-session-guard scan` in a local git work tree."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.conftest import run_cli
from tests.support.gitpr import Repo

UNVERIFIED = 'import jwt\n\n\ndef user(request, k):\n    return jwt.decode(request.cookies["t"], k, algorithms=["HS256"], options={"verify_signature": False})\n'
STORAGE = 'export function keep(token) {\n  localStorage.setItem("jwt", token);\n}\n'


def test_uncommitted_and_untracked_changes_are_reviewed_committed_base_is_not(repo: Repo) -> None:
    repo.write("old.py", UNVERIFIED)
    base = repo.commit("base")
    repo.git("checkout", "-q", "-b", "topic")
    repo.write("committed.py", UNVERIFIED)
    repo.commit("on the branch")
    repo.write("untracked/store.js", STORAGE)
    repo.write("old.py", UNVERIFIED + "\n\ndef again(t, k):\n" + UNVERIFIED.splitlines()[-1] + "\n")
    proc = run_cli(["scan", "--base", base, "--format", "text", "--fail-on", "warning"], cwd=repo.root)
    assert proc.returncode == 1, proc.stderr
    lines = proc.stdout.splitlines()
    assert [line.split(" ", 1)[0] for line in lines[:-1]] == ["committed.py:5:", "old.py:9:", "untracked/store.js:2:"]
    assert lines[0].startswith("committed.py:5: error jwt-signature-not-verified ")
    assert lines[2].startswith("untracked/store.js:2: warning jwt-in-browser-storage ")
    assert lines[-1] == "3 findings in 3 scanned files; 3 at or above fail-on warning"


def test_default_base_is_head_and_fail_on_none_passes(repo: Repo) -> None:
    repo.write("a.py", UNVERIFIED)
    repo.commit()
    clean = run_cli(["scan", "--format", "json"], cwd=repo.root)
    assert (clean.returncode, json.loads(clean.stdout)) == (0, [])
    repo.write("b.js", STORAGE)
    proc = run_cli(["scan", "--format", "json", "--fail-on", "none"], cwd=repo.root)
    assert proc.returncode == 0
    assert [(f["path"], f["line"]) for f in json.loads(proc.stdout)] == [("b.js", 2)]


def test_all_scans_every_file_and_path_limits(repo: Repo) -> None:
    repo.write("svc/a.py", UNVERIFIED)
    repo.write("web/b.js", STORAGE)
    repo.commit()
    everything = run_cli(["scan", "--all", "--format", "json"], cwd=repo.root)
    assert everything.returncode == 1
    assert sorted(f["path"] for f in json.loads(everything.stdout)) == ["svc/a.py", "web/b.js"]
    only_web = run_cli(["scan", "--all", "--format", "json", "web"], cwd=repo.root)
    assert only_web.returncode == 0
    assert [f["path"] for f in json.loads(only_web.stdout)] == ["web/b.js"]


def test_python_dash_m_bot_is_the_same_program(repo: Repo) -> None:
    repo.write("a.py", "x = 1\n")
    repo.commit()
    proc = subprocess.run([sys.executable, "-m", "bot", "scan"], cwd=repo.root, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == "0 findings in 0 scanned files; 0 at or above fail-on error\n"


def test_usage_errors_exit_2(repo: Repo, tmp_path) -> None:  # type: ignore[no-untyped-def]
    repo.write("a.py", "x = 1\n")
    repo.commit()
    bad_ref = run_cli(["scan", "--base", "no-such-branch"], cwd=repo.root)
    assert bad_ref.returncode == 2 and "unknown git revision 'no-such-branch'" in bad_ref.stderr
    bad_flag = run_cli(["scan", "--format", "xml"], cwd=repo.root)
    assert bad_flag.returncode == 2 and "invalid choice: 'xml'" in bad_flag.stderr
    not_git = run_cli(["scan"], cwd=tmp_path)
    assert not_git.returncode == 2 and "is not inside a git work tree" in not_git.stderr


def test_a_path_that_does_not_exist_is_bad_usage(repo: Repo) -> None:
    repo.write("a.py", UNVERIFIED)
    repo.commit()
    proc = run_cli(["scan", "--all", "nosuchdir"], cwd=repo.root)
    assert (proc.returncode, proc.stdout) == (2, "")
    assert proc.stderr == "jwt-session-guard: error: nosuchdir: no such file or folder\n"


def test_a_file_semgrep_skips_is_listed_and_an_empty_scan_fails(repo: Repo) -> None:
    repo.write("a.py", "x = 1\n")
    repo.commit()
    # 6.4 MB, over semgrep's target size: nothing of it is reviewed.
    repo.write("huge.js", "var filler = 1;\n" * 400_000 + STORAGE)
    proc = run_cli(["scan"], cwd=repo.root)
    assert proc.returncode == 3
    assert proc.stderr.splitlines() == [
        "not reviewed: huge.js: skipped by semgrep (6,400,070 bytes; larger than 5,000,000)",
        'jwt-session-guard: error: the scan is incomplete (see "not reviewed" above); set `on-scan-error: warn` '
        "in the config file to exit by the findings alone",
    ]
    assert proc.stdout == "0 findings in 0 scanned files; 0 at or above fail-on error\n"
    # Next to a file that was scanned, the skip is listed and the exit follows the findings.
    repo.write("b.js", STORAGE)
    mixed = run_cli(["scan", "--fail-on", "warning"], cwd=repo.root)
    assert mixed.returncode == 1
    assert mixed.stderr.startswith("not reviewed: huge.js: skipped by semgrep")
    assert mixed.stdout.splitlines()[0].startswith("b.js:2: warning jwt-in-browser-storage ")
    # on-scan-error: warn in the config file: reported, not failed.
    repo.write(".github/jwt-session-guard.yml", "on-scan-error: warn\n")
    (repo.root / "b.js").unlink()
    warned = run_cli(["scan"], cwd=repo.root)
    assert warned.returncode == 0 and warned.stderr.startswith("not reviewed: huge.js: ")


def test_names_git_quotes_are_reviewed_and_unsafe_ones_listed(repo: Repo) -> None:
    repo.write("README.md", "x\n")
    base = repo.commit()
    for name in ('quo"te.py', "back\\slash.py", "tab\there.py", "sp ace.py", "ünï.py"):
        repo.write(name, UNVERIFIED)
    repo.commit()
    proc = run_cli(["scan", "--base", base], cwd=repo.root)
    assert proc.returncode == 1
    assert [line.split(": ", 1)[0] for line in proc.stdout.splitlines()[:-1]] == [
        'quo"te.py:5', "sp ace.py:5", "ünï.py:5"]
    # semgrep cannot be given these two safely: they are said, never dropped in silence.
    assert proc.stderr.splitlines() == [
        "not reviewed: back\\slash.py: unsafe path (absolute, `..` or control characters)",
        "not reviewed: tab\\there.py: unsafe path (absolute, `..` or control characters)",
    ]


def test_a_repository_without_commits_points_at_scan_all(repo: Repo) -> None:
    repo.write("a.py", UNVERIFIED)
    proc = run_cli(["scan"], cwd=repo.root)
    assert proc.returncode == 2
    assert "has no commit yet" in proc.stderr and "jwt-session-guard scan --all" in proc.stderr
    assert run_cli(["scan", "--all"], cwd=repo.root).returncode == 1


def test_semgrep_warnings_name_their_file_once(repo: Repo) -> None:
    repo.write("a.py", "x = 1\n")
    repo.commit()
    repo.write("broken.py", "def (:\n" + UNVERIFIED)
    proc = run_cli(["scan", "--format", "json"], cwd=repo.root)
    # The path once as ours; what follows is semgrep's own message.
    assert proc.stderr == (
        "not reviewed: broken.py: semgrep warn: Syntax error at line broken.py:1: `def (:` was unexpected\n")


def test_test_code_is_not_reviewed_unless_the_config_says_so(repo: Repo) -> None:
    repo.write("README.md", "x\n")
    base = repo.commit()
    repo.write("api/auth.py", UNVERIFIED)
    repo.write("tests/test_auth.py", UNVERIFIED)
    repo.write("web/auth.spec.js", STORAGE)
    proc = run_cli(["scan", "--base", base, "--format", "json"], cwd=repo.root)
    assert proc.returncode == 1
    assert [f["path"] for f in json.loads(proc.stdout)] == ["api/auth.py"]
    assert proc.stderr == ("skipped 2 test files (test code is not reviewed; `paths.include-tests: true` "
                           "in the config file reviews it)\n")
    repo.write(".github/jwt-session-guard.yml", "paths:\n  include-tests: true\n")
    everything = run_cli(["scan", "--base", base, "--format", "json", "--fail-on", "warning"], cwd=repo.root)
    assert sorted(f["path"] for f in json.loads(everything.stdout)) == [
        "api/auth.py", "tests/test_auth.py", "web/auth.spec.js"]
    assert everything.stderr == ""
    repo.write(".github/jwt-session-guard.yml", "paths:\n  test-paths: [\"api/\"]\n")
    extended = run_cli(["scan", "--base", base, "--format", "json"], cwd=repo.root)
    assert (extended.returncode, json.loads(extended.stdout)) == (0, [])
    assert extended.stderr.startswith("skipped 3 test files")


GO_UNVERIFIED = ('package auth\n\nimport "github.com/golang-jwt/jwt/v5"\n\nfunc claims(raw string) jwt.MapClaims {\n'
                 '\tc := jwt.MapClaims{}\n\tjwt.NewParser().ParseUnverified(raw, c)\n\treturn c\n}\n')


def test_go_files_built_only_for_tests_are_test_code(repo: Repo) -> None:
    repo.write("README.md", "x\n")
    base = repo.commit()
    repo.write("internal/auth/claims.go", GO_UNVERIFIED)
    repo.write("internal/service/e2e_service.go", "//go:build e2etest\n\n" + GO_UNVERIFIED)
    repo.write("internal/service/dev_or_e2e.go", "//go:build e2etest || dev\n\n" + GO_UNVERIFIED)
    repo.write("internal/service/not_integration.go", "//go:build !integration\n\n" + GO_UNVERIFIED)
    proc = run_cli(["scan", "--base", base, "--format", "json", "--fail-on", "none"], cwd=repo.root)
    assert proc.returncode == 0, proc.stderr
    assert sorted((f["path"], f["line"]) for f in json.loads(proc.stdout)) == [
        ("internal/auth/claims.go", 7), ("internal/service/dev_or_e2e.go", 9),
        ("internal/service/not_integration.go", 9)]
    assert proc.stderr.startswith("skipped 1 test file "), proc.stderr
    repo.write(".github/jwt-session-guard.yml", "paths:\n  include-tests: true\n")
    everything = run_cli(["scan", "--base", base, "--format", "json", "--fail-on", "none"], cwd=repo.root)
    assert sorted(f["path"] for f in json.loads(everything.stdout)) == [
        "internal/auth/claims.go", "internal/service/dev_or_e2e.go", "internal/service/e2e_service.go",
        "internal/service/not_integration.go"]


VERIFY_NO_ALGORITHMS = ('const jwt = require("jsonwebtoken");\n\n'
                        'function user(token) {\n  return jwt.verify(token, process.env.JWT_SECRET);\n}\n')


def test_a_hardening_note_the_locked_library_version_covers_is_left_out(repo: Repo) -> None:
    repo.write("README.md", "x\n")
    base = repo.commit()
    repo.write("api/auth.js", VERIFY_NO_ALGORITHMS)
    repo.write("legacy/auth.js", VERIFY_NO_ALGORITHMS)
    repo.write("legacy/package.json", json.dumps({"dependencies": {"jsonwebtoken": "^8.5.1"}}))
    repo.write("package-lock.json", json.dumps({"lockfileVersion": 3, "packages": {
        "node_modules/jsonwebtoken": {"version": "9.0.2"}}}))
    proc = run_cli(["scan", "--base", base, "--format", "json", "--fail-on", "none"], cwd=repo.root)
    assert proc.returncode == 0, proc.stderr
    assert [(f["path"], f["line"], f["rule_id"]) for f in json.loads(proc.stdout)
            if f["antipattern"] == "jwt-none-algorithm"] == [
        ("legacy/auth.js", 4, "jsonwebtoken-verify-without-algorithms")]


def test_development_configuration_is_reviewed_but_never_fails_the_gate(repo: Repo) -> None:
    repo.write("README.md", "x\n")
    base = repo.commit()
    repo.write("mysite/settings/dev.py", UNVERIFIED)
    proc = run_cli(["scan", "--base", base, "--format", "json"], cwd=repo.root)
    assert proc.returncode == 0, proc.stderr
    assert [(f["path"], f["line"], f["severity"]) for f in json.loads(proc.stdout)] == [
        ("mysite/settings/dev.py", 5, "warning")]
    repo.write("mysite/settings/production.py", UNVERIFIED)
    blocked = run_cli(["scan", "--base", base, "--format", "json"], cwd=repo.root)
    assert blocked.returncode == 1
    assert [(f["path"], f["severity"]) for f in json.loads(blocked.stdout)] == [
        ("mysite/settings/dev.py", "warning"), ("mysite/settings/production.py", "error")]
