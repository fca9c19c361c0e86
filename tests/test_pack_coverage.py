"""Which changed files the pack covers: a file it covers but semgrep skips is listed as not reviewed."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.pack import Pack, load_pack

ROOT = Path(__file__).resolve().parent.parent


def rule(languages: list[str], **paths: list[str]) -> dict:
    return {"id": "r", "languages": languages, **({"paths": paths} if paths else {})}


PACK = Pack(rules=(
    rule(["python"]),
    rule(["json"], include=["*appsettings*.json"], exclude=["*appsettings.Development.json"]),
    rule(["javascript", "typescript"], include=["*logout*"]),
    rule(["generic"], include=["**/web.config"]),
))


@pytest.mark.parametrize(("path", "covered"), [
    ("api/auth.py", True),
    ("src/Api/appsettings.json", True),
    ("src/Api/appsettings.Production.json", True),
    # The rule's own exclude: semgrep would skip it.
    ("src/Api/appsettings.Development.json", False),
    # A language rule limited to some files does not cover its whole extension.
    ("package.json", False),
    ("jwt-session-guard-findings.json", False),
    ("web/logout.ts", True),
    ("web/login.ts", False),
    # The include glob alone is not enough: the rule's language decides the extension.
    ("docs/logout.md", False),
    ("site/web.config", True),
    ("site/app.config", False),
])
def test_coverage_follows_each_rules_paths(path: str, covered: bool) -> None:
    assert PACK.coverage.covers(path) is covered


def test_a_generic_rule_without_include_covers_everything() -> None:
    assert Pack(rules=(rule(["generic"]),)).coverage.covers("anything/at/all.txt") is True


def test_the_bundled_pack_reads_appsettings_but_not_every_json_file() -> None:
    coverage = load_pack([ROOT / "semgrep-rules"]).coverage
    assert coverage.covers("src/Api/appsettings.json") is True
    assert coverage.covers("package.json") is False
    assert coverage.covers("jwt-session-guard-findings.json") is False
