"""The render stage: findings -> review comment bodies, from Jinja2 templates."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
import re
from typing import Any

import difflib
import functools
import textwrap

import jinja2
import jinja2.sandbox

from bot import escape
from bot.diff_filter import FilteredFinding
from bot.libraries import library as find_library
from bot.pack import load_pack
from bot.paths import rules_dir
from bot.repo_facts import explained
from bot.commands import Waiver
from bot.markers import SUMMARY, finding_tail, strip_marks
from bot.errors import TemplateFailed
from bot.model import Comment, Finding
from bot.severity import Severity
from bot.taxonomy import antipatterns

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
    ".kt": "kotlin", ".kts": "kotlin", ".xml": "xml",
    ".vue": "vue", ".svelte": "svelte", ".html": "html", ".htm": "html",
}


# A sentence ends at . ! or ? before a space, but not after "e.g." or "i.e.".
_SENTENCE_END = re.compile(r"(?<!e\.g\.)(?<!i\.e\.)(?<=[.!?])\s")
_CWE = re.compile(r"CWE-(\d+)")
_OWASP = re.compile(r"^(A\d{2}):(20\d\d) - (.+)$")


@dataclass(frozen=True, kw_only=True)
class Link:
    text: str
    url: str


def _safe_url(url: str) -> str | None:
    # Links come from rule metadata, and extra rule folders live in the
    # repository under review: only plain https URLs, nothing that can end
    # the Markdown link early.
    if not re.fullmatch(r"https://[A-Za-z0-9._~:/?#\[\]@!$&'*+,;=%-]+", url):
        return None
    return url.replace("(", "%28").replace(")", "%29")


def reference_links(finding: Finding, cwe_fallback: Sequence[str]) -> list[Link]:
    meta = finding.metadata
    links: list[Link] = []
    for cwe in list(meta.get("cwe") or cwe_fallback):
        m = _CWE.search(str(cwe))
        if m:
            links.append(Link(text=str(cwe), url=f"https://cwe.mitre.org/data/definitions/{m.group(1)}.html"))
    for item in meta.get("owasp") or []:
        m = _OWASP.match(str(item))
        if m and m.group(2) == "2021":
            slug = m.group(3).strip().replace(" ", "_")
            links.append(Link(text=f"OWASP Top 10 {item}", url=_safe_url(f"https://owasp.org/Top10/{m.group(1)}_2021-{slug}/") or ""))
    for ref in meta.get("references") or []:
        url = _safe_url(str(ref))
        if url:
            links.append(Link(text=url.removeprefix("https://"), url=url))
    return [link for link in links if link.url]


def first_sentence(message: str) -> str:
    flat = " ".join(message.split())
    return _SENTENCE_END.split(flat, maxsplit=1)[0]


_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|~>])")
_MD_LINK = re.compile(r"\[([^\]]+)\]\((https?://[^)\s]+)\)")


def plain(markdown: str) -> str:
    """The pack's Markdown as terminal text: no emphasis markers, no escapes, links as "text (url)"."""
    text = _MD_LINK.sub(lambda m: m.group(1) if m.group(1) == m.group(2) else f"{m.group(1)} ({m.group(2)})", markdown)
    text = text.replace("**", "").replace("__", "")
    text = _MD_ESCAPE.sub(r"\1", text)
    return "\n".join(line.rstrip() for line in text.strip().splitlines())


def _indent(text: str, width: int = 98) -> list[str]:
    lines: list[str] = []
    for para in text.split("\n\n"):
        if lines:
            lines.append("")
        lines += ["  " + line for line in textwrap.wrap(" ".join(para.split()), width - 2, break_on_hyphens=False,
                                                         break_long_words=False)]
    return lines


def first_sentences(message: str, n: int = 2) -> str:
    flat = " ".join(message.split())
    return " ".join(_SENTENCE_END.split(flat, maxsplit=n)[:n])


@functools.cache
def pack_messages() -> dict[str, str]:
    """rule id -> message of the bundled pack: the pack's own Markdown, trusted.

    A finding's own message is not: it may come from an extra rule folder of the
    repository under review, or from a findings file written by a fork's job.
    """
    return {str(r["id"]): str(r.get("message", "")) for r in load_pack([rules_dir()]).rules}


# How a line comment starts, per file type: for the suppression hint.
_COMMENT = {"python": "#", "ruby": "#", "yaml": "#", "properties": "#"}


@dataclass(frozen=True, kw_only=True)
class Fix:
    """A library fix snippet taken apart: its one sentence, and the changed lines as a short diff."""

    sentence: str
    lang: str = ""
    after: str = ""
    diff: str = ""


_FIX_HEAD = re.compile(r"^\*\*How to fix it(?: with [^*]+)?:\*\*\s*(.+?)(?:\n\n|$)", re.S)
_FIX_BLOCK = re.compile(r"\*\*(Before|After)\*\*\n(`{3,})(\w*)\n(.*?)\n\2", re.S)
MAX_DIFF_LINES = 6


def split_fix(text: str) -> Fix:
    text = re.sub(r"^\{#.*?#\}\s*", "", text.strip(), flags=re.S)
    head = _FIX_HEAD.match(text)
    blocks = {kind: (lang, code) for kind, _, lang, code in _FIX_BLOCK.findall(text)}
    if head is None:
        return Fix(sentence="")
    sentence = " ".join(head.group(1).split())
    if "Before" not in blocks or "After" not in blocks:
        return Fix(sentence=sentence)
    lang, before = blocks["Before"]
    after = blocks["After"][1]
    changed = [line for line in difflib.ndiff(before.splitlines(), after.splitlines())
               if line[:2] in ("- ", "+ ")]
    if len(changed) > MAX_DIFF_LINES:
        # The first changes, whole: the full example is one click away.
        changed = changed[:MAX_DIFF_LINES]
    diff = escape.code_block("\n".join(line[0] + line[2:] for line in changed), "diff") if changed else ""
    return Fix(sentence=sentence, lang=lang, after=after, diff=diff)


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
        severity_badge_only=lambda sev: _BADGES[sev].split(" ", 1)[0],
        code_block=escape.code_block,
        code_span=escape.code_span,
        md_text=escape.md_text,
        suggestion_block=escape.suggestion_block,
    )
    return env


def suggestion_for(marked: FilteredFinding, everything: Sequence[FilteredFinding]) -> str | None:
    """The autofix as a suggestion, only when it replaces exactly the commented lines.

    A suggestion replaces every line the comment spans: it is offered when the
    comment covers the whole finding and no other finding shares those lines
    (applying one fix would silently drop the other's context).
    """
    f, anchor = marked.finding, marked.anchor
    if f.fixed_lines is None or anchor is None or f.fixed_lines == f.code:
        return None
    if anchor.line != f.end_line or (anchor.start_line or anchor.line) != f.line:
        return None
    for other in everything:
        o = other.finding
        if o is f or o.path != f.path:
            continue
        if o.line <= f.end_line and f.line <= o.end_line:
            return None
    return f.fixed_lines


def _where(exc: BaseException, default: str) -> str:
    """`name, line N` of the innermost template frame: Jinja maps its frames to template lines."""
    tb, found = exc.__traceback__, None
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if filename.endswith(".j2"):
            found = (Path(filename).name if "/" in filename else filename, tb.tb_lineno)
        tb = tb.tb_next
    return f"{found[0]}, line {found[1]}" if found else default


class Renderer:
    def __init__(self, env: jinja2.Environment, *, fail_on: Severity | None = Severity.ERROR) -> None:
        self._env = env
        self._fail_on = fail_on

    def _render(self, name: str, **context: Any) -> str:
        try:
            return self._env.get_template(name).render(**context).strip()
        except jinja2.TemplateSyntaxError as exc:
            raise TemplateFailed(f"template {exc.name or name}, line {exc.lineno}: {exc.message}") from exc
        except jinja2.TemplateError as exc:
            raise TemplateFailed(f"template {_where(exc, name)}: {exc}") from exc
        except Exception as exc:  # noqa: BLE001  (a user template can raise anything)
            raise TemplateFailed(f"template {_where(exc, name)}: {type(exc).__name__}: {exc}") from exc

    def finding_body(self, finding: Finding, *, suggestion: str | None = None, waiver: Waiver | None = None,
                     waiver_url: str = "") -> str:
        """`waiver`: the triage command that waived the finding (said at the top of the comment)."""
        ap = antipatterns().get(finding.antipattern)
        slug = str(finding.metadata.get("library", ""))
        library_slug = slug if re.fullmatch(r"[a-z0-9.-]+", slug) else "generic"
        trusted = pack_messages().get(finding.rule_id)
        summary = first_sentences(trusted) if trusted is not None else escape.md_text(first_sentences(finding.message))
        lang = code_lang(finding.path)
        context = dict(
            finding=finding,
            antipattern=ap,
            title=ap.title if ap else finding.antipattern,
            library=find_library(slug),
            library_slug=library_slug,
            lang=lang,
        )
        fix = split_fix(self._render_fix(finding.antipattern, library_slug, lang, context)) if ap else Fix(sentence="")
        blocks = self._fail_on is not None and finding.severity >= self._fail_on and waiver is None
        body = self._render(
            "comment.md.j2",
            **context,
            summary=summary or escape.md_text(finding.rule_id),
            antipattern_template=f"{finding.antipattern}.md.j2" if ap else "unknown.md.j2",
            with_fix=False,
            severity_word=finding.severity.label.capitalize(),
            blocks=blocks,
            suggestion=suggestion,
            fix=fix,
            links=reference_links(finding, ap.cwe if ap else ()),
            comment_start=_COMMENT.get(lang, "//"),
            waiver=waiver,
            waiver_url=waiver_url,
            repo_facts=explained(finding.metadata),
        )
        room = MAX_BODY - 400  # the markers
        if len(body) > room:
            body = body[: room - 40] + "\n\n…(truncated)"
        return body + "\n\n" + finding_tail(text=body, fingerprint=finding.fingerprint,
                                             waived_by=waiver.comment_id if waiver else None)

    def _render_fix(self, antipattern: str, slug: str, lang: str, context: dict[str, Any]) -> str:
        # A library used from another language (jjwt from Kotlin) has its fix in
        # that language when the pack has one: fixes/<id>/<library>.<lang>.md.j2.
        names = [f"fixes/{antipattern}/{slug}.md.j2", f"fixes/{antipattern}/generic.md.j2"]
        if lang:
            names.insert(0, f"fixes/{antipattern}/{slug}.{lang}.md.j2")
        try:
            template = self._env.select_template(names)
        except jinja2.TemplateNotFound:
            return ""
        return self._render(template.name or names[-1], **context)

    def fixed_body(self, previous: str, *, fingerprint: str, sha: str) -> str:
        """A finding's comment once the finding is gone: says where, keeps the original folded."""
        text = self._render("fixed.md.j2", sha=sha, original=strip_marks(previous))
        room = MAX_BODY - 400
        if len(text) > room:
            text = text[: room - 40] + "\n\n…(truncated)"
        return text + "\n\n" + finding_tail(text=text, fingerprint=fingerprint, fixed_in=sha)

    def summary_comment(self, **context: Any) -> str:
        return self._render("summary_comment.md.j2", **context) + "\n\n" + SUMMARY

    def comments(self, kept: Sequence[FilteredFinding], *, all_kept: Sequence[FilteredFinding] = ()) -> list[Comment]:
        """Inline comments for the anchored findings of `kept` (`all_kept`: every finding of the run)."""
        others = list(all_kept) or list(kept)
        return [
            Comment(
                path=m.finding.path,
                line=m.anchor.line,
                start_line=m.anchor.start_line,
                body=self.finding_body(m.finding, suggestion=suggestion_for(m, others)),
                fingerprint=m.finding.fingerprint,
                severity=m.finding.severity,
                finding=m.finding,
            )
            for m in kept
            if m.anchor is not None
        ]

    def explain(self, *, antipattern_id: str, rule: dict[str, Any] | None, rules: Sequence[str]) -> str:
        """The guidance for an antipattern, or for one rule, outside any pull request."""
        ap = antipatterns()[antipattern_id]
        meta = dict(rule.get("metadata", {})) if rule else {}
        slug = str(meta.get("library", ""))
        probe = Finding(
            rule_id=str(rule["id"]) if rule else antipattern_id, antipattern=antipattern_id,
            severity=Severity.from_semgrep(str(rule.get("severity", "WARNING"))) if rule else ap.min_severity,
            path="", line=0, end_line=0, message="", code="", fingerprint="", metadata=meta,
        )
        # A rule that context raises (bot/escalate.py) has two levels; its message says which decides.
        raised = " or " + severity_badge(Severity.ERROR) if meta.get("error-when") else ""
        return self._render(
            "explain.md.j2",
            badge=severity_badge(probe.severity) + raised,
            title=ap.title,
            rule=rule,
            rules=rules,
            antipattern=ap,
            antipattern_template=f"{antipattern_id}.md.j2",
            with_fix=True,
            library=find_library(slug),
            library_slug=slug if re.fullmatch(r"[a-z0-9.-]+", slug) else "generic",
            links=reference_links(probe, ap.cwe),
        )

    def explain_text(self, *, antipattern_id: str, rule: dict[str, Any] | None, rules: Sequence[str]) -> str:
        """The same guidance as plain text for a terminal or a pipe: sections, indentation, no
        Markdown; the library's fix once; CWE ids named literally."""
        ap = antipatterns()[antipattern_id]
        meta = dict(rule.get("metadata", {})) if rule else {}
        slug = str(meta.get("library", ""))
        lib = find_library(slug)
        library_slug = slug if re.fullmatch(r"[a-z0-9.-]+", slug) else "generic"
        severity = Severity.from_semgrep(str(rule.get("severity", "WARNING"))) if rule else ap.min_severity
        context = dict(antipattern=ap, library=lib, library_slug=library_slug, with_fix=False, rule=rule)
        why = plain(self._render(f"{antipattern_id}.md.j2", **context)).removeprefix("Why it matters.").strip()
        lang = str(((rule or {}).get("languages") or [""])[0]).lower()
        fix = split_fix(self._render_fix(antipattern_id, library_slug, lang, context))
        raised = " or ERROR" if meta.get("error-when") else ""
        out = [f"{severity.label.upper()}{raised}  {ap.title}"]
        if rule:
            out.append(f"Rule: {rule['id']}" + (f" ({lib.name})" if lib else ""))
            out += ["", "What it finds", *_indent(plain(str(rule.get("message", ""))))]
        out += ["", "Why it matters", *_indent(why)]
        if fix.sentence:
            out += ["", f"Fix ({lib.name})" if lib and rule else "Fix", *_indent(plain(fix.sentence))]
            if fix.diff:
                out += [""] + ["  " + line for line in fix.diff.splitlines()[1:-1]]
        if not rule and rules:
            out += ["", "Rules", *_indent(", ".join(rules))]
        cwes = [str(c) for c in (meta.get("cwe") or ap.cwe)]
        refs = [str(r) for r in meta.get("references") or []]
        if cwes or refs:
            out += ["", "References"]
            out += [f"  {c.split(':', 1)[0]}  https://cwe.mitre.org/data/definitions/{m.group(1)}.html"
                    for c in cwes if (m := _CWE.search(c))]
            out += [f"  {r}" for r in refs]
        return "\n".join(out)

    def review_body(self, **context: Any) -> str:
        return self._render("review.md.j2", **context)

    def job_summary(self, **context: Any) -> str:
        return self._render("job_summary.md.j2", **context)
