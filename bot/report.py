"""Reporters: where findings go once filtered (terminal text, JSON, job outputs, summary)."""

from __future__ import annotations

import functools
import hashlib
import json
import urllib.parse
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Protocol

from bot.gate import blocking, highest_severity, is_blocking
from bot.model import Finding
from bot.severity import Severity
from bot.taxonomy import antipatterns


@dataclass(frozen=True, kw_only=True)
class Outcome:
    """What a run found, for reporters: the reported findings and the threshold."""

    findings: tuple[Finding, ...]
    fail_on: Severity | None
    scanned: int

    @functools.cached_property
    def blocking(self) -> list[Finding]:
        return blocking(self.findings, self.fail_on)

    def is_blocking(self, finding: Finding) -> bool:
        # Not `finding in self.blocking`: comparing findings field by field made a
        # 2,000-file pull request (3,530 findings) spend seconds here.
        return is_blocking(finding, self.fail_on)

    @property
    def fail_on_label(self) -> str:
        return self.fail_on.label if self.fail_on else "none"


class Reporter(Protocol):
    def report(self, outcome: Outcome) -> None: ...


@dataclass(frozen=True, kw_only=True)
class TextReporter:
    stream: IO[str]

    def report(self, outcome: Outcome) -> None:
        for f in outcome.findings:
            message = " ".join(f.message.split())
            uses = f" (used on line {', '.join(map(str, f.also_at))})" if f.also_at else ""
            self.stream.write(f"{terminal_text(f.path)}:{f.line}: {f.severity.label} {f.antipattern} {message}{uses}\n")
        n = len(outcome.findings)
        self.stream.write(
            f"{n} finding{'s' if n != 1 else ''} in {outcome.scanned} scanned "
            f"file{'s' if outcome.scanned != 1 else ''}; {len(outcome.blocking)} at or above "
            f"fail-on {outcome.fail_on_label}\n"
        )


@dataclass(frozen=True, kw_only=True)
class JsonReporter:
    stream: IO[str]

    def report(self, outcome: Outcome) -> None:
        json.dump([f.to_json() for f in outcome.findings], self.stream, indent=2)
        self.stream.write("\n")


@dataclass(frozen=True, kw_only=True)
class SarifReporter:
    stream: IO[str]

    def report(self, outcome: Outcome) -> None:
        from bot.sarif import to_sarif  # sarif imports the taxonomy; only this reporter needs it

        json.dump(to_sarif(outcome.findings), self.stream, indent=2)
        self.stream.write("\n")


REPORTERS: dict[str, type[TextReporter] | type[JsonReporter] | type[SarifReporter]] = {
    "text": TextReporter, "json": JsonReporter, "sarif": SarifReporter,
}


def reporter(name: str, stream: IO[str]) -> Reporter:
    return REPORTERS[name](stream=stream)


def terminal_text(text: str) -> str:
    """Text from a repository (file names, semgrep's messages) for one terminal line: control
    characters shown as escapes, so a name cannot forge or hide lines."""
    return "".join(ch if ch.isprintable() or ch == " " else repr(ch)[1:-1] for ch in text)


def line_url(*, server_url: str, repository: str, sha: str, path: str, line: int, end_line: int) -> str:
    quoted = urllib.parse.quote(path, safe="/")
    anchor = f"#L{line}" + (f"-L{end_line}" if end_line > line else "")
    return f"{server_url}/{repository}/blob/{sha}/{quoted}{anchor}"


def files_view_url(*, server_url: str, repository: str, number: int, path: str, line: int) -> str:
    """The line in the pull request's Files view (GitHub anchors a file by the SHA-256 of its path)."""
    digest = hashlib.sha256(path.encode("utf-8", "surrogateescape")).hexdigest()
    return f"{server_url}/{repository}/pull/{number}/files#diff-{digest}R{line}"


def comment_url(*, server_url: str, repository: str, number: int, comment_id: int, review: bool) -> str:
    """A comment in the pull request: a review comment (in its thread) or one of the conversation."""
    anchor = f"discussion_r{comment_id}" if review else f"issuecomment-{comment_id}"
    return f"{server_url}/{repository}/pull/{number}#{anchor}"


def finding_rows(
    findings: Sequence[Finding], *, server_url: str, repository: str, sha: str, note: str = ""
) -> list[dict[str, object]]:
    """Findings as the summary tables show them, each linked to its lines at the head commit."""
    titles = antipatterns()
    return [
        {
            "severity": f.severity,
            "antipattern": f.antipattern,
            "title": titles[f.antipattern].title if f.antipattern in titles else f.antipattern,
            "rule_id": f.rule_id,
            "path": f.path,
            "line": f.line,
            "url": line_url(server_url=server_url, repository=repository, sha=sha, path=f.path,
                            line=f.line, end_line=f.end_line),
            "note": note,
        }
        for f in findings
    ]


def write_outputs(path: Path, outcome: Outcome, *, sarif_file: str = "", findings_file: str = "") -> None:
    """GITHUB_OUTPUT: one `key=value` line each (values here never hold newlines)."""
    top = highest_severity(outcome.findings)
    lines = [
        f"findings={len(outcome.findings)}",
        f"blocking={len(outcome.blocking)}",
        f"highest-severity={top.label if top else 'none'}",
    ]
    for key, value in (("sarif-file", sarif_file), ("findings-file", findings_file)):
        if value and "\n" not in value:
            lines.append(f"{key}={value}")
    with open(path, "a", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")


def append_summary(path: Path, markdown: str) -> None:
    with open(path, "a", encoding="utf-8") as fh:
        fh.write(markdown.rstrip() + "\n")


def severity_counts(findings: Sequence[Finding]) -> list[tuple[str, int]]:
    return [
        (sev.label, n)
        for sev in sorted(Severity, reverse=True)
        if (n := sum(1 for f in findings if f.severity is sev))
    ]


def _escape_property(value: str) -> str:
    # Workflow command escaping: https://github.com/actions/toolkit/blob/main/packages/core/src/command.ts
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A").replace(":", "%3A").replace(",", "%2C")


def _escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def workflow_annotation(finding: Finding, *, blocking: bool) -> str:
    """A `::error file=..::` line: the finding shows in the job log and on the files tab."""
    level = "error" if blocking or finding.severity is Severity.ERROR else (
        "warning" if finding.severity is Severity.WARNING else "notice")
    props = ",".join(
        f"{k}={_escape_property(v)}"
        for k, v in (("file", finding.path), ("line", str(finding.line)), ("endLine", str(finding.end_line)),
                     ("title", f"{finding.antipattern} ({finding.rule_id})"))
    )
    return f"::{level} {props}::{_escape_data(' '.join(finding.message.split()))}"
