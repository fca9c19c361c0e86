"""Two-line defects (`defect-lines: ends`): one finding on the definition, its comment on the line the PR changed."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.diff import ChangedFile, FileStatus, Hunk
from bot.diff_filter import Anchor, FilteredFinding, FilterMode
from bot.model import Finding
from bot.pipeline import scan_files
from bot.policy import drop_duplicates
from bot.sarif import to_sarif
from bot.scan import use_line
from bot.settings import Settings
from bot.severity import Severity
from bot.sources import worktree_reader

META = """\
      cwe: ["CWE-798: Use of Hard-coded Credentials"]
      owasp: ["A07:2021 - Identification and Authentication Failures"]
      confidence: HIGH
      library: jsonwebtoken
      references: ["https://cwe.mitre.org/data/definitions/798.html"]
      category: security
"""

RULE = """\
rules:
  - id: test-literal-key-then-sign
    languages: [javascript]
    severity: ERROR
    message: A literal key signs tokens.
    metadata:
      antipattern: jwt-weak-secret
      defect-lines: ends
{meta}    patterns:
      - pattern: |
          const $K = "...";
          ...
          jwt.$FN($P, $K, ...);
      - metavariable-regex:
          metavariable: $FN
          regex: ^(sign|verify)$
  - id: test-literal-key-at-call
    languages: [javascript]
    severity: WARNING
    message: A literal reaches the key argument.
    metadata:
      antipattern: jwt-weak-secret
{meta}    pattern: jwt.sign($P, "...", ...)
""".replace("{meta}", META)

APP = """\
const jwt = require("jsonwebtoken");
const SECRET = "changeme";

function issue(user) {
  return jwt.sign({ sub: user.id }, SECRET, { expiresIn: "15m" });
}

function check(token) {
  const options = { algorithms: ["HS256"] };
  return jwt.verify(token, SECRET, options);
}
"""


def scan(tmp_path: Path, source: str, changed: ChangedFile | None = None,
         mode: FilterMode = FilterMode.NOFILTER) -> list[FilteredFinding]:
    (tmp_path / "rules").mkdir(exist_ok=True)
    (tmp_path / "rules/keys.yaml").write_text(RULE)
    (tmp_path / "src").mkdir(exist_ok=True)
    (tmp_path / "src/auth.js").write_text(source)
    file = changed or ChangedFile(path="src/auth.js", status=FileStatus.ADDED, has_patch=False)
    review = scan_files([file], read=worktree_reader(tmp_path),
                        settings=Settings(rule_configs=(tmp_path / "rules",)), mode=mode)
    return list(review.kept)


def added(*lines: int, hunks: tuple[Hunk, ...]) -> ChangedFile:
    return ChangedFile(path="src/auth.js", added_lines=frozenset(lines), hunks=hunks)


@pytest.mark.parametrize(("text", "name"), [
    ('SECRET = "x"', "SECRET"),
    ('SECRET: str = "x"', "SECRET"),
    ('const jwtKey = "x";', "jwtKey"),
    ('    private static final String SIGNING_KEY = "x";', "SIGNING_KEY"),
    ('var hmacSecret = []byte("x")', "hmacSecret"),
    ('signingKey := []byte("x")', "signingKey"),
    ("$secret = 'x';", "$secret"),
    ("    'secret' => 'x',", "secret"),
    ('  secret: "x",', "secret"),
])
def test_the_use_is_the_last_line_naming_what_the_definition_binds(text: str, name: str) -> None:
    lines = [text, "", f"def f(): pass  # {name}x is another name", f"  sign(p, {name}, opts)", "}"]
    assert use_line(lines, 1, 5) == 4
    assert use_line([text, "other()", "}"], 1, 3) is None


def test_one_finding_on_the_definition_with_each_use(tmp_path: Path) -> None:
    kept = scan(tmp_path, APP)
    assert [(m.finding.rule_id, m.finding.line, m.finding.end_line, m.finding.also_at) for m in kept] == [
        ("test-literal-key-then-sign", 2, 2, (5, 10))]
    assert kept[0].finding.code == 'const SECRET = "changeme";'
    assert kept[0].finding.lines == (2, 5, 10)


def test_an_edit_between_definition_and_use_keeps_the_fingerprint(tmp_path: Path) -> None:
    before = scan(tmp_path, APP)[0].finding.fingerprint
    edited = APP.replace("function issue(user) {", "// issue a short-lived token\nfunction issue(user) {\n  audit(user);")
    (finding,) = [m.finding for m in scan(tmp_path, edited)]
    assert (finding.fingerprint, finding.line, finding.also_at) == (before, 2, (7, 12))


def test_a_pr_adding_only_a_use_gets_the_comment_on_it(tmp_path: Path) -> None:
    (m,) = scan(tmp_path, APP, added(10, hunks=(Hunk(start=7, end=11),)), FilterMode.ADDED)
    assert (m.finding.line, m.on_added_line, m.anchor) == (2, True, Anchor(line=10))


def test_a_pr_adding_the_definition_and_its_uses_gets_one_comment_on_the_definition(tmp_path: Path) -> None:
    kept = scan(tmp_path, APP, added(*range(1, 12), hunks=(Hunk(start=1, end=11),)), FilterMode.ADDED)
    assert [(m.finding.line, m.anchor) for m in kept] == [(2, Anchor(line=2))]


def test_a_pr_touching_only_lines_between_gets_nothing(tmp_path: Path) -> None:
    assert scan(tmp_path, APP, added(8, hunks=(Hunk(start=6, end=9),)), FilterMode.ADDED) == []


def test_a_single_line_finding_on_a_use_is_the_same_defect(tmp_path: Path) -> None:
    inline = APP.replace("function check", 'const other = jwt.sign({}, "inline-key");\nfunction check')
    kept = scan(tmp_path, inline)
    # The literal inline on line 8 is its own defect; the call on line 5 is a use of line 2's.
    assert sorted((m.finding.rule_id, m.finding.line, m.finding.also_at) for m in kept) == [
        ("test-literal-key-at-call", 8, ()), ("test-literal-key-then-sign", 2, (5, 11))]


def test_a_suppression_above_a_use_covers_the_defect(tmp_path: Path) -> None:
    source = APP.replace("  return jwt.sign(", "  // jwt-session-guard: ignore[jwt-weak-secret] test fixture key\n"
                                             "  return jwt.sign(")
    assert scan(tmp_path, source) == []


def test_sarif_names_the_uses_as_related_locations(tmp_path: Path) -> None:
    (m,) = scan(tmp_path, APP)
    result = to_sarif([m.finding])["runs"][0]["results"][0]
    assert result["locations"][0]["physicalLocation"]["region"] == {"startLine": 2, "endLine": 2}
    assert [r["physicalLocation"]["region"]["startLine"] for r in result["relatedLocations"]] == [5, 10]


def test_duplicates_merge_their_uses() -> None:
    def f(rule: str, line: int, end: int, also: tuple[int, ...] = ()) -> Finding:
        return Finding(rule_id=rule, antipattern="jwt-weak-secret", severity=Severity.ERROR, path="a.js",
                       line=line, end_line=end, message="m", code="c", fingerprint=f"{rule}{line}",
                       metadata={}, also_at=also)

    merged = drop_duplicates([f("span", 2, 2, (5,)), f("span", 2, 2, (9,)), f("call", 5, 6), f("call", 12, 12)])
    assert [(x.rule_id, x.line, x.also_at) for x in merged] == [("span", 2, (5, 9)), ("call", 12, ())]
