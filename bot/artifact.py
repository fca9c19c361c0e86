"""The findings file that carries an `analyze` run's results to a `publish` run.

In the fork-safe split the file is written by a job that ran pull-request code:
`publish` treats it as hostile input, validates it against a schema, and
renders every comment itself (nothing pre-rendered is trusted).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jsonschema

from bot.errors import ConfigError
from bot.fingerprint import fingerprint as make_fingerprint
from bot.model import Finding, normalise_metadata
from bot.severity import Severity
from bot.suppress import Suppression

# 2: findings carry their occurrence, and the files analyze could not review travel too.
FORMAT = "jwt-session-guard-findings/2"
MAX_BYTES = 20 * 1024 * 1024

_STR = {"type": "string", "maxLength": 100_000}
_ID = {"type": "string", "pattern": "^[A-Za-z0-9_.:-]{1,200}$"}
_LINE = {"type": "integer", "minimum": 1, "maximum": 10_000_000}
_FINDING = {
    "type": "object",
    "required": ["rule_id", "antipattern", "severity", "path", "line", "end_line", "message", "code", "metadata",
                 "occurrence"],
    "properties": {
        "rule_id": _ID, "antipattern": _ID, "severity": {"enum": ["info", "warning", "error"]},
        "path": {"type": "string", "minLength": 1, "maxLength": 4096}, "line": _LINE, "end_line": _LINE,
        "message": _STR, "code": _STR, "fix": {"type": ["string", "null"], "maxLength": 100_000},
        "fixed_lines": {"type": ["string", "null"], "maxLength": 100_000},
        "metadata": {"type": "object"},
        # Bounded: a forged value can only confuse the forger's own pull request.
        "occurrence": {"type": "integer", "minimum": 0, "maximum": 1_000_000},
        "also_at": {"type": "array", "maxItems": 1000, "items": _LINE},
    },
}
_PATH = {"type": "string", "minLength": 1, "maxLength": 4096}
SCHEMA = {
    "type": "object",
    "required": ["format", "repository", "pull_request", "head_sha", "base_sha", "findings", "suppressions", "scanned",
                 "not_reviewed", "listing_complete", "skipped_tests"],
    "properties": {
        "format": {"const": FORMAT},
        "repository": {"type": "string", "pattern": "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"},
        "pull_request": {"type": "integer", "minimum": 1},
        "head_sha": {"type": "string", "pattern": "^[0-9a-f]{40}$"},
        "base_sha": {"type": "string", "pattern": "^[0-9a-f]{40}$"},
        "findings": {"type": "array", "maxItems": 20_000, "items": _FINDING},
        "suppressions": {"type": "array", "maxItems": 20_000, "items": {
            "type": "object", "required": ["finding", "line", "ids", "reason"],
            "properties": {"finding": _FINDING, "line": _LINE, "ids": {"type": "array", "items": _ID},
                           "reason": _STR}}},
        "scanned": {"type": "array", "items": {"type": "string"}},
        "not_reviewed": {"type": "array", "maxItems": 20_000, "items": {
            "type": "object", "required": ["path", "why"], "additionalProperties": False,
            "properties": {"path": _PATH, "why": {"type": "string", "maxLength": 2000}}}},
        "listing_complete": {"type": "boolean"},
        "skipped_tests": {"type": "integer", "minimum": 0, "maximum": 10_000_000},
    },
}


@dataclass(frozen=True, kw_only=True)
class Findings:
    repository: str
    pull_request: int
    head_sha: str
    base_sha: str
    findings: tuple[Finding, ...]
    suppressions: tuple[Suppression, ...]
    scanned: tuple[str, ...]
    not_reviewed: tuple[tuple[str, str], ...]
    listing_complete: bool
    skipped_tests: int


def _finding_json(f: Finding) -> dict[str, Any]:
    return {**f.to_json(), "metadata": f.metadata, "fix": f.fix, "fixed_lines": f.fixed_lines,
            "occurrence": f.occurrence}


def _finding(item: dict[str, Any]) -> Finding:
    # The fingerprint is rebuilt from its inputs, not read: a free-form one
    # could point the publisher at any thread. The occurrence is the review
    # mode's (counted over semgrep's raw results, before suppressions and
    # policy), so the same finding gets the same fingerprint in both modes.
    # error-when and raised-because only pick a sentence of the comment (compared, never printed);
    # repo-facts names our own sentences by id, with a path the template escapes.
    meta = normalise_metadata({k: v for k, v in item["metadata"].items() if k in (
        "antipattern", "library", "cwe", "owasp", "references", "confidence", "likelihood", "impact", "category",
        "error-when", "raised-because", "repo-facts")})
    return Finding(
        rule_id=item["rule_id"], antipattern=item["antipattern"], severity=Severity.from_semgrep(item["severity"]),
        path=item["path"], line=item["line"], end_line=max(item["line"], item["end_line"]),
        message=item["message"], code=item["code"],
        fingerprint=make_fingerprint(rule_id=item["rule_id"], path=item["path"], code=item["code"],
                                     occurrence=item["occurrence"]),
        metadata=meta, fix=item.get("fix"), fixed_lines=item.get("fixed_lines"), occurrence=item["occurrence"],
        also_at=tuple(sorted({n for n in item.get("also_at", ()) if n > item["line"]})),
    )


def write_findings(
    path: Path, *, repository: str, pull_request: int, head_sha: str, base_sha: str,
    findings: Sequence[Finding], suppressions: Sequence[Suppression], scanned: Sequence[str],
    not_reviewed: Sequence[tuple[str, str]], listing_complete: bool, skipped_tests: int,
) -> None:
    doc = {
        "format": FORMAT, "repository": repository, "pull_request": pull_request,
        "head_sha": head_sha, "base_sha": base_sha,
        "findings": [_finding_json(f) for f in findings],
        "suppressions": [{"finding": _finding_json(s.finding), "line": s.line, "ids": list(s.ids),
                          "reason": s.reason} for s in suppressions],
        "scanned": list(scanned),
        "not_reviewed": [{"path": path, "why": why[:2000]} for path, why in not_reviewed],
        "listing_complete": listing_complete,
        "skipped_tests": skipped_tests,
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(doc, indent=1) + "\n", encoding="utf-8")


def read_findings(path: Path) -> Findings:
    try:
        if path.stat().st_size > MAX_BYTES:
            raise ConfigError(f"findings-file {path} is larger than {MAX_BYTES} bytes")
        doc = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(
            f"findings-file {path} does not exist: download the analyze job's artifact first "
            "(actions/download-artifact with run-id: ${{ github.event.workflow_run.id }})"
        ) from None
    except (OSError, ValueError) as exc:
        raise ConfigError(f"findings-file {path} is not readable JSON: {exc}") from None
    try:
        jsonschema.Draft202012Validator(SCHEMA).validate(doc)
    except jsonschema.ValidationError as exc:
        where = "/".join(map(str, exc.absolute_path)) or "(top level)"
        raise ConfigError(f"findings-file {path}: {where}: {exc.message[:300]}") from None
    findings = tuple(_finding(item) for item in doc["findings"])
    suppressions = tuple(
        Suppression(finding=_finding(s["finding"]), line=s["line"], ids=tuple(s["ids"]), reason=s["reason"])
        for s in doc["suppressions"]
    )
    return Findings(
        repository=doc["repository"], pull_request=doc["pull_request"], head_sha=doc["head_sha"],
        base_sha=doc["base_sha"], findings=findings, suppressions=suppressions, scanned=tuple(doc["scanned"]),
        not_reviewed=tuple((item["path"], item["why"]) for item in doc["not_reviewed"]),
        listing_complete=doc["listing_complete"], skipped_tests=doc["skipped_tests"],
    )
