"""The semgrep adapter: byte columns, metadata shapes and error texts, on real semgrep output."""

from __future__ import annotations

import json
from pathlib import Path

from bot.diff import ChangedFile, FileStatus
from bot.diff_filter import FilterMode
from bot.paths import rules_dir
from bot.pipeline import scan_files
from bot.render import reference_links
from bot.sarif import to_sarif
from bot.scan import parse_results
from bot.settings import Settings
from bot.sources import worktree_reader


def test_autofix_slices_bytes_not_characters(tmp_path: Path) -> None:
    # semgrep's columns count bytes: "ééé" is 3 characters and 6 bytes.
    (tmp_path / "config").mkdir()
    (tmp_path / "config/settings.py").write_text('DEBUG = False\nx = "ééé"; SESSION_COOKIE_SECURE = False\n',
                                                 encoding="utf-8")
    changed = [ChangedFile(path="config/settings.py", status=FileStatus.ADDED, has_patch=False)]
    review = scan_files(changed, read=worktree_reader(tmp_path), settings=Settings(rule_configs=(rules_dir(),)),
                        mode=FilterMode.NOFILTER)
    fixed = [f for f in review.findings if f.fix is not None]
    assert [(f.rule_id, f.line, f.fixed_lines) for f in fixed] == [
        ("django-session-cookie-flags-disabled", 2, 'x = "ééé"; SESSION_COOKIE_SECURE = True')]


def semgrep_json(path: str, metadata: dict[str, object]) -> dict[str, object]:
    return {
        "results": [{"check_id": "my-rule", "path": path, "start": {"line": 1, "col": 1, "offset": 0},
                     "end": {"line": 1, "col": 6, "offset": 5},
                     "extra": {"message": "m", "severity": "ERROR", "metadata": metadata}}],
        "errors": [{"level": "warn", "type": "Syntax error", "message": "Syntax error at line x.py:1",
                    "path": path, "spans": [{"file": path}]}],
        "paths": {"scanned": [path]},
    }


def test_string_metadata_from_registry_rules_stays_whole(tmp_path: Path) -> None:
    (tmp_path / "x.py").write_text("token = 1\n")
    meta = {"antipattern": "jwt-weak-secret", "cwe": "CWE-798: Use of Hard-coded Credentials",
            "references": "https://example.org/hard-coded", "owasp": "A07:2021 - Identification and Authentication Failures"}
    result = parse_results(semgrep_json("x.py", meta), tmp_path)
    (finding,) = result.findings
    assert finding.to_json()["cwe"] == ["CWE-798: Use of Hard-coded Credentials"]
    assert finding.metadata["references"] == ["https://example.org/hard-coded"]
    rule = to_sarif([finding])["runs"][0]["tool"]["driver"]["rules"][0]
    assert "external/cwe/cwe-798" in rule["properties"]["tags"]
    assert rule["helpUri"] == "https://example.org/hard-coded"
    assert [link.url for link in reference_links(finding, ())] == [
        "https://cwe.mitre.org/data/definitions/798.html",
        "https://owasp.org/Top10/A07_2021-Identification_and_Authentication_Failures/",
        "https://example.org/hard-coded",
    ]
    json.dumps(finding.to_json())


def test_errors_carry_their_path_once(tmp_path: Path) -> None:
    (tmp_path / "x.py").write_text("token = 1\n")
    (error,) = parse_results(semgrep_json("x.py", {}), tmp_path).errors
    assert (error.level, error.path, error.message) == ("warn", "x.py", "Syntax error at line x.py:1")


def test_a_dotenv_template_named_the_other_way_round_is_a_template(tmp_path: Path) -> None:
    # `.example.env` / `sample.env` are templates like `.env.example`: a warning, not an error.
    body = "# copy me\nJWT_SECRET=change_me_jwt_secret_value\n"
    names = (".env", ".example.env", "config/sample.env", ".env.example")
    for name in names:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(body)
    changed = [ChangedFile(path=n, status=FileStatus.ADDED, has_patch=False) for n in names]
    review = scan_files(changed, read=worktree_reader(tmp_path), settings=Settings(rule_configs=(rules_dir(),)),
                        mode=FilterMode.NOFILTER)
    assert sorted((f.path, f.line, f.rule_id, f.severity.label) for f in review.findings) == [
        (".env", 2, "dotenv-jwt-secret", "error"),
        (".env.example", 2, "dotenv-example-jwt-secret", "warning"),
        (".example.env", 2, "dotenv-example-jwt-secret", "warning"),
        ("config/sample.env", 2, "dotenv-example-jwt-secret", "warning"),
    ]
