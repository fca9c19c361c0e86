"""The domain values every stage shares: findings, scan results, comments and who wrote them.

The semgrep adapter (scan), the GitHub adapter (github_api), the renderer and
the lifecycle plan all import these; this module imports none of them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from bot.severity import Severity

# Metadata keys whose value is a list; rules from the semgrep registry often
# give a single string, which must not be iterated character by character.
LIST_METADATA = ("cwe", "owasp", "references")


def normalise_metadata(meta: dict[str, Any]) -> dict[str, Any]:
    out = dict(meta)
    for key in LIST_METADATA:
        value = out.get(key)
        if value is None:
            continue
        out[key] = [value] if isinstance(value, (str, int)) else [str(v) for v in _iterable(value)]
    return out


def _iterable(value: Any) -> Iterable[Any]:
    return value if isinstance(value, (list, tuple)) else [value]


@dataclass(frozen=True, kw_only=True)
class Finding:
    rule_id: str
    antipattern: str
    severity: Severity
    path: str
    line: int
    end_line: int
    message: str
    code: str
    fingerprint: str
    metadata: dict[str, Any]
    fix: str | None = None
    # The finding's whole lines with semgrep's autofix applied: what a GitHub
    # suggestion block would put in their place.
    fixed_lines: str | None = None
    # Which repeat of the same (rule, path, code) in semgrep's raw results this
    # is: an input of the fingerprint, carried so a publisher can rebuild it.
    occurrence: int = 0
    # Other lines of the same defect, for rules whose match runs from where a
    # value is defined to where it is used (`defect-lines: ends`): the finding
    # sits on the definition, and a pull request that adds only a use must
    # still get its comment there, once.
    also_at: tuple[int, ...] = ()

    @property
    def lines(self) -> tuple[int, ...]:
        """Every line that is this defect: where a comment on it may go."""
        return tuple(sorted({*range(self.line, self.end_line + 1), *self.also_at}))

    def to_json(self) -> dict[str, Any]:
        return {
            "rule_id": self.rule_id,
            "antipattern": self.antipattern,
            "severity": self.severity.label,
            "path": self.path,
            "line": self.line,
            "end_line": self.end_line,
            "also_at": list(self.also_at),
            "message": self.message,
            "fingerprint": self.fingerprint,
            "code": self.code,
            "library": self.metadata.get("library"),
            "confidence": self.metadata.get("confidence"),
            "cwe": list(self.metadata.get("cwe") or []),
        }


@dataclass(frozen=True, kw_only=True)
class ScanError:
    level: str
    message: str
    path: str | None


@dataclass(frozen=True, kw_only=True)
class ScanResult:
    findings: tuple[Finding, ...]
    errors: tuple[ScanError, ...]
    scanned: tuple[str, ...]


@dataclass(frozen=True, kw_only=True)
class Comment:
    """An inline review comment, ready to post."""

    path: str
    line: int
    start_line: int | None
    body: str
    fingerprint: str
    severity: Severity
    finding: Finding


@dataclass(frozen=True, kw_only=True)
class Author:
    login: str
    is_bot: bool


@dataclass(frozen=True, kw_only=True)
class Thread:
    id: str
    resolved: bool
