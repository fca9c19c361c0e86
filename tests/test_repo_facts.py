"""Repository facts: findings that depend on another file of the reviewed commit.

The scans run real semgrep on a rule of the test's own (the pack's rules that use
facts have their own tests in tests/test_rules.py and the real-world benchmark);
the facts are read by the real `git grep` from real repositories.
"""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest
import yaml

from bot.artifact import read_findings, write_findings
from bot.diff import ChangedFile, FileStatus
from bot.diff_filter import FilterMode
from bot.gitrepo import GitRepo
from bot.model import Finding
from bot.pipeline import scan_files
from bot.render import Renderer, make_environment
from bot.repo_facts import (
    UNKNOWN,
    RepoFacts,
    apply_repo_facts,
    definitions,
    explained,
    find_facts,
    git_grep,
    project_of,
)
from bot.settings import DEFAULT_EXCLUDE, DEFAULT_TEST_PATHS, Settings, build_settings
from bot.severity import Severity
from bot.sources import worktree_reader
from tests.conftest import run_cli
from tests.support.fake_github import FakeGitHub, PullState
from tests.support.gitpr import Repo, github_files
from tests.test_e2e_review import posted_comments, review_env

RULE = {
    "rules": [{
        "id": "password-change-keeps-tokens",
        "languages": ["python"],
        "severity": "WARNING",
        "message": "The password changes but the JWTs issued before stay valid.",
        "pattern": "$USER.password = $NEW",
        "metadata": {
            "antipattern": "jwt-no-revocation", "cwe": ["CWE-613: Insufficient Session Expiration"],
            "owasp": ["A07:2021 - Identification and Authentication Failures"], "confidence": "MEDIUM",
            "library": "generic", "category": "security", "references": ["https://example.com/revocation"],
            "requires-repo": ["signs-jwt"], "unless-repo": ["jwt-stale-after-password-change"],
        },
    }],
}

ACCOUNT = """\
def change_password(user, new_hash):
    user.password = new_hash
    user.save()
"""
TOKENS = """\
import jwt


def issue(user_id, key):
    return jwt.encode({"sub": user_id}, key, algorithm="HS256")
"""
STAMP = """\
class User:
    password_changed_at = None
"""
EXCLUDE = (*DEFAULT_TEST_PATHS, *DEFAULT_EXCLUDE)


@pytest.fixture
def rules(tmp_path: Path) -> Path:
    folder = tmp_path / "rules"
    folder.mkdir()
    (folder / "password-change-keeps-tokens.yaml").write_text(yaml.safe_dump(RULE))
    return folder


def scan(repo: Repo, rules: Path, *, grep_commit: str | None = None, no_grep: bool = False) -> list[Finding]:
    changed = [ChangedFile(path="app/account.py", status=FileStatus.ADDED, has_patch=False)]
    grep = None if no_grep else git_grep(GitRepo(root=repo.root), grep_commit)
    review = scan_files(changed, read=worktree_reader(repo.root), settings=Settings(rule_configs=(rules,)),
                        mode=FilterMode.NOFILTER, grep=grep)
    return list(review.findings)


def test_a_fact_shown_by_a_shipped_file_keeps_the_finding_and_names_that_file(repo: Repo, rules: Path) -> None:
    repo.write("app/account.py", ACCOUNT)
    repo.write("app/tokens.py", TOKENS)
    [found] = scan(repo, rules)
    assert (found.rule_id, found.path, found.line) == ("password-change-keeps-tokens", "app/account.py", 2)
    assert found.metadata["repo-facts"] == [["signs-jwt", "app/tokens.py"]]


def test_test_code_and_excluded_paths_never_make_a_fact(repo: Repo, rules: Path) -> None:
    repo.write("app/account.py", ACCOUNT)
    repo.write("tests/test_tokens.py", TOKENS)
    repo.write("node_modules/pkg/sign.py", TOKENS)
    assert scan(repo, rules) == []
    repo.write("app/tokens.py", TOKENS)
    assert [f.metadata["repo-facts"] for f in scan(repo, rules)] == [[["signs-jwt", "app/tokens.py"]]]


def test_a_fix_in_another_file_silences_the_finding(repo: Repo, rules: Path) -> None:
    repo.write("app/account.py", ACCOUNT)
    repo.write("app/tokens.py", TOKENS)
    repo.write("app/models.py", STAMP)
    assert scan(repo, rules) == []
    # The same stamp in test code fixes nothing.
    (repo.root / "app/models.py").unlink()
    repo.write("tests/factories.py", STAMP)
    assert [f.line for f in scan(repo, rules)] == [2]


def test_without_a_repository_to_read_a_finding_that_needs_a_fact_is_left_out(repo: Repo, rules: Path) -> None:
    repo.write("app/account.py", ACCOUNT)
    repo.write("app/tokens.py", TOKENS)
    assert scan(repo, rules, no_grep=True) == []


def test_a_commit_is_read_as_committed_not_as_the_work_tree(repo: Repo, rules: Path) -> None:
    repo.write("app/account.py", ACCOUNT)
    repo.write("app/tokens.py", TOKENS)
    first = repo.commit()
    repo.write("app/models.py", STAMP)  # only in the work tree
    assert [f.line for f in scan(repo, rules, grep_commit=first)] == [2]
    assert scan(repo, rules) == []  # the work tree, untracked files included
    second = repo.commit()
    assert scan(repo, rules, grep_commit=second) == []


def finding(**meta: object) -> Finding:
    return Finding(rule_id="r", antipattern="jwt-no-revocation", severity=Severity.WARNING, path="a.py", line=1,
                   end_line=1, message="m", code="c", fingerprint="f" * 16, metadata=dict(meta))


def test_unknown_facts_keep_what_a_fact_would_silence_and_drop_what_needs_one() -> None:
    silenced = finding(**{"unless-repo": ["jwt-stale-after-password-change"]})
    needing = finding(**{"requires-repo": ["signs-jwt"]})
    plain = finding()
    assert apply_repo_facts([silenced, needing, plain], UNKNOWN) == [silenced, plain]
    nothing_seen = RepoFacts(known=True, seen={})
    assert apply_repo_facts([silenced, needing, plain], nothing_seen) == [silenced, plain]
    both = RepoFacts(known=True, seen={("", "signs-jwt"): "a.js", ("", "jwt-stale-after-password-change"): "m.py"})
    assert [f.metadata.get("repo-facts") for f in apply_repo_facts([silenced, needing, plain], both)] == [
        [["signs-jwt", "a.js"]], None]


def test_no_fact_wanted_runs_no_search() -> None:
    calls: list[object] = []

    def grep(pattern: object) -> list[str]:
        calls.append(pattern)
        return []

    assert find_facts(grep, [], exclude=EXCLUDE) == RepoFacts(known=True, seen={})
    assert calls == []
    # A git that cannot search (no PCRE) makes every fact unknown.
    assert find_facts(lambda pattern: None, ["signs-jwt"], exclude=EXCLUDE) == UNKNOWN


def test_the_comment_names_the_file_escaped(repo: Repo, rules: Path) -> None:
    repo.write("app/account.py", ACCOUNT)
    repo.write("app/`<b>x</b>`.py", TOKENS)
    [found] = scan(repo, rules)
    body = Renderer(make_environment()).finding_body(found)
    assert "**Across the repository:** this repository signs JWTs (`` app/`<b>x</b>`.py ``)." in body
    assert body.count("<b>") == 1  # only inside the code span


def test_the_artifact_carries_fact_ids_and_the_renderer_trusts_only_its_own_sentences(tmp_path: Path) -> None:
    kept = finding(**{"repo-facts": [["signs-jwt", "src/jwt.ts"]]})
    path = tmp_path / "findings.json"
    write_findings(path, repository="acme/webapp", pull_request=7, head_sha="a" * 40, base_sha="b" * 40,
                   findings=[kept], suppressions=[], scanned=["a.py"], not_reviewed=[], listing_complete=True,
                   skipped_tests=0)
    [back] = read_findings(path).findings
    assert explained(back.metadata) == [("this repository signs JWTs", "src/jwt.ts")]
    doc = json.loads(path.read_text())
    doc["findings"][0]["metadata"]["repo-facts"] = [["made-up", "x"], ["signs-jwt"], "signs-jwt", [1, 2],
                                                   ["signs-jwt", "**bold**"]]
    path.write_text(json.dumps(doc))
    [forged] = read_findings(path).findings
    assert explained(forged.metadata) == [("this repository signs JWTs", "**bold**")]


def test_the_schema_knows_exactly_the_defined_facts_and_git_accepts_every_pattern(tmp_path: Path) -> None:
    schema = json.loads((Path(__file__).parents[1] / "bot/schemas/rule-metadata.schema.json").read_text())
    for key in ("requires-repo", "unless-repo"):
        assert schema["properties"][key]["items"] == {"$ref": "#/$defs/repo-fact"}
    assert schema["$defs"]["repo-fact"]["enum"] == list(definitions())
    repo = Repo(tmp_path / "r")
    repo.write("a.py", "x = 1\n")
    repo.commit()
    for fact in definitions().values():
        for pattern in fact.patterns:
            re.compile(pattern.regex)
            proc = subprocess.run(["git", "-C", str(repo.root), "grep", "-q", "-P", "-e", pattern.regex, "HEAD"],
                                  capture_output=True, text=True)
            assert proc.returncode == 1, (fact.id, proc.stderr)


@pytest.mark.parametrize(("path", "text"), [
    ("src/auth/token.js", 'const token = jwt.sign({ sub: user.id }, process.env.SECRET, { expiresIn: "1h" });'),
    ("src/auth/token.service.ts", "return this.jwtService.signAsync(payload);"),
    ("src/auth/jose.ts", "const jwt = await new SignJWT({ sub }).setProtectedHeader({ alg: 'HS256' }).sign(key);"),
    ("app/auth.py", "token = jwt.encode(payload, settings.SECRET_KEY, algorithm='HS256')"),
    ("app/routes.py", "access_token = create_access_token(identity=user.id)"),
    ("src/main/java/a/JwtUtil.java", "return Jwts.builder().setSubject(name).signWith(key).compact();"),
    ("src/main/java/a/JwtService.java", "return Jwts\n        .builder()\n        .setSubject(name)\n        .signWith(key)\n        .compact();"),
    ("src/main/kotlin/a/Tokens.kt", 'return JWT.create().withAudience(aud).sign(Algorithm.HMAC256(secret))'),
    ("internal/auth/jwt.go", "token := jwt.NewWithClaims(jwt.SigningMethodHS256, claims)"),
    ("app/lib/json_web_token.rb", "JWT.encode(payload, SECRET_KEY)"),
    ("app/Services/Auth.php", "$jwt = JWT::encode($payload, $key, 'HS256');"),
    ("Services/TokenService.cs", "var token = new JwtSecurityToken(issuer, audience, claims, expires: exp);"),
])
def test_signs_jwt_holds_for_each_language(tmp_path: Path, path: str, text: str) -> None:
    repo = Repo(tmp_path / "r")
    repo.write(path, text + "\n")
    repo.write("README.md", "jwt.sign( is documented here\n")
    commit = repo.commit()
    facts = find_facts(git_grep(GitRepo(root=repo.root), commit), ["signs-jwt"], exclude=EXCLUDE)
    assert facts == RepoFacts(known=True, seen={("", "signs-jwt"): path})


@pytest.mark.parametrize("text", [
    "const decoded = jwt.verify(token, secret);",
    "claims = jwt.decode(token, key, algorithms=['HS256'])",
    "JWT.require(Algorithm.HMAC256(secret)).build().verify(token)",
    "signature = hmac.sign(body)",
])
def test_signs_jwt_does_not_hold_for_code_that_only_checks_tokens(tmp_path: Path, text: str) -> None:
    repo = Repo(tmp_path / "r")
    repo.write("src/check.js" if "const" in text else "src/check.py", text + "\n")
    commit = repo.commit()
    assert find_facts(git_grep(GitRepo(root=repo.root), commit), ["signs-jwt"], exclude=EXCLUDE) == RepoFacts(
        known=True, seen={})


@pytest.mark.parametrize(("text", "holds"), [
    ('SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]', True),
    ('SECRET_KEY = config("SECRET_KEY")', True),
    # A literal fallback is not the production settings' own secret: its literal is the finding.
    ('SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "django-insecure-x")', False),
    ("SECRET_KEY = config(\"SECRET_KEY\", default='django-insecure-x')", False),
    ('SECRET_KEY = os.getenv("K") or "django-insecure-x"', False),
    ('SECRET_KEY = "django-insecure-x"', False),
])
def test_django_production_settings_own_secret_needs_no_literal_fallback(tmp_path: Path, text: str,
                                                                         holds: bool) -> None:
    repo = Repo(tmp_path / "r")
    repo.write("configs/settings/production.py", text + "\n")
    commit = repo.commit()
    facts = find_facts(git_grep(GitRepo(root=repo.root), commit), ["python-django-prod-settings-own-secret"],
                       exclude=EXCLUDE)
    assert facts == RepoFacts(known=True, seen={("", "python-django-prod-settings-own-secret"):
                                                 "configs/settings/production.py"} if holds else {})


def test_in_a_monorepo_a_fact_holds_only_for_its_own_project(repo: Repo, rules: Path) -> None:
    repo.write("services/billing/account.py", ACCOUNT)
    repo.write("services/billing/tests/test_tokens.py", TOKENS)
    repo.write("services/auth/app/tokens.py", TOKENS)
    repo.write(".github/jwt-session-guard.yml", 'paths:\n  projects: ["services/*"]\n')
    repo.commit()
    config = repo.root / ".github/jwt-session-guard.yml"
    settings = build_settings(inputs={"rules": str(rules)}, base_dir=repo.root, config_path=config)
    changed = [ChangedFile(path="services/billing/account.py", status=FileStatus.ADDED, has_patch=False)]
    grep = git_grep(GitRepo(root=repo.root), None)

    def lines() -> list[tuple[str, int]]:
        review = scan_files(changed, read=worktree_reader(repo.root), settings=settings, mode=FilterMode.NOFILTER,
                            grep=grep)
        return [(f.path, f.line) for f in review.findings]

    assert lines() == []  # the auth service signs JWTs; billing does not
    repo.write("services/billing/app/jwt_util.py", TOKENS)
    assert lines() == [("services/billing/account.py", 2)]
    # Without projects, the repository is one app: the auth service's signing counts.
    (repo.root / "services/billing/app/jwt_util.py").unlink()
    config.write_text("paths:\n  include-tests: false\n")
    settings = build_settings(inputs={"rules": str(rules)}, base_dir=repo.root, config_path=config)
    assert lines() == [("services/billing/account.py", 2)]


@pytest.mark.parametrize(("path", "projects", "project"), [
    ("services/a/x/y.py", ("services/*",), "services/a"),
    ("services/a/x/y.py", ("services/*", "services/a/x"), "services/a/x"),
    ("services/y.py", ("services/*",), ""),
    ("web/y.py", ("*",), "web"),
    ("y.py", ("*",), ""),
    ("a/services/b/y.py", ("services/*",), ""),
])
def test_project_of(path: str, projects: tuple[str, ...], project: str) -> None:
    assert project_of(path, projects) == project


def test_a_review_reads_the_facts_from_the_head_commit_and_says_so(
        repo: Repo, fake_github: FakeGitHub, rules: Path, tmp_path: Path) -> None:
    repo.write("app/tokens.py", TOKENS)
    repo.write("README.md", "demo\n")
    base = repo.commit("base")
    repo.git("checkout", "-q", "-b", "feature")
    repo.write("app/account.py", ACCOUNT)
    head = repo.commit("password change")
    fake_github.add_pull(PullState(number=7, head_sha=head, base_sha=base, files=github_files(repo, base, head)))
    env = review_env(fake_github, tmp_path, repo.root, head=head, base=base, merge=head,
                     inputs={"rules": str(rules), "fail-on": "none"})
    proc = run_cli(["review"], cwd=repo.root, env=env)
    assert proc.returncode == 0, proc.stderr
    [comment] = posted_comments(fake_github)
    assert (comment["path"], comment["line"]) == ("app/account.py", 2)
    assert "**Across the repository:** this repository signs JWTs (` app/tokens.py `)." in str(comment["body"])
