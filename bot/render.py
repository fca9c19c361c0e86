"""The render stage: findings -> review comment bodies, from Jinja2 templates."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2
import jinja2.sandbox

from bot import escape
from bot.diff_filter import FilteredFinding
from bot.errors import TemplateFailed
from bot.scan import Finding
from bot.severity import Severity
from bot.taxonomy import antipatterns

MARKER_PREFIX = "<!-- jwt-session-guard:fingerprint="
MAX_BODY = 65_536

_BADGES = {
    Severity.ERROR: "🔴 **error**",
    Severity.WARNING: "🟠 **warning**",
    Severity.INFO: "🔵 **info**",
}
_LANG_BY_EXT = {
    ".py": "python", ".js": "javascript", ".jsx": "jsx", ".mjs": "javascript", ".cjs": "javascript",
    ".ts": "typescript", ".tsx": "tsx", ".java": "java", ".go": "go", ".rb": "ruby",
    ".php": "php", ".cs": "csharp", ".yml": "yaml", ".yaml": "yaml", ".properties": "properties",
}


def marker(fingerprint: str) -> str:
    return f"{MARKER_PREFIX}{fingerprint} -->"


@dataclass(frozen=True, kw_only=True)
class Comment:
    path: str
    line: int
    start_line: int | None
    body: str
    fingerprint: str
    severity: Severity


def severity_badge(severity: Severity) -> str:
    return _BADGES[severity]


def code_lang(path: str) -> str:
    return _LANG_BY_EXT.get(Path(path).suffix.lower(), "")


def make_environment(user_dir: Path | None = None) -> jinja2.Environment:
    loader: jinja2.BaseLoader = jinja2.PackageLoader("bot", "templates")
    env: jinja2.Environment
    if user_dir is not None:
        # User templates are code from the repository under review: they run
        # sandboxed, and a name they do not provide falls back to ours.
        loader = jinja2.ChoiceLoader([jinja2.FileSystemLoader(str(user_dir)), loader])
        env = jinja2.sandbox.SandboxedEnvironment(loader=loader, undefined=jinja2.StrictUndefined)
    else:
        env = jinja2.Environment(loader=loader, undefined=jinja2.StrictUndefined, autoescape=False)
    env.keep_trailing_newline = False
    env.filters.update(
        severity_badge=severity_badge,
        code_block=escape.code_block,
        code_span=escape.code_span,
        md_text=escape.md_text,
    )
    return env


class Renderer:
    def __init__(self, env: jinja2.Environment) -> None:
        self._env = env

    def _render(self, name: str, **context: Any) -> str:
        try:
            return self._env.get_template(name).render(**context).strip()
        except jinja2.TemplateSyntaxError as exc:
            raise TemplateFailed(f"template {exc.name or name}, line {exc.lineno}: {exc.message}") from exc
        except jinja2.TemplateError as exc:
            raise TemplateFailed(f"template {name}: {exc}") from exc

    def finding_body(self, finding: Finding) -> str:
        taxonomy = antipatterns()
        ap = taxonomy.get(finding.antipattern)
        body = self._render(
            "comment.md.j2",
            finding=finding,
            antipattern=ap,
            antipattern_template=f"{finding.antipattern}.md.j2" if ap else "unknown.md.j2",
            library=str(finding.metadata.get("library", "")),
            lang=code_lang(finding.path),
        )
        tail = "\n\n" + marker(finding.fingerprint)
        if len(body) + len(tail) > MAX_BODY:
            body = body[: MAX_BODY - len(tail) - 40] + "\n\n…(truncated)"
        return body + tail

    def comments(self, kept: Sequence[FilteredFinding]) -> list[Comment]:
        return [
            Comment(
                path=m.finding.path,
                line=m.anchor.line,
                start_line=m.anchor.start_line,
                body=self.finding_body(m.finding),
                fingerprint=m.finding.fingerprint,
                severity=m.finding.severity,
            )
            for m in kept
            if m.anchor is not None
        ]

    def review_body(self, **context: Any) -> str:
        return self._render("review.md.j2", **context)

    def job_summary(self, **context: Any) -> str:
        return self._render("job_summary.md.j2", **context)
