"""Facts about the whole repository, for findings that depend on another file.

semgrep reads one file at a time. A password change that revokes nothing is a
mistake only in an app that authenticates with JWTs, which the file that
changes the password rarely shows; and it is already fixed when a model hook
elsewhere stamps `passwordChangedAt` and the token check compares it with
`iat`. In the real-world benchmark's blind tune batch 6, 15 of 22
jwt-no-revocation instances were missed, most of them for want of such a fact.

A rule names the facts it depends on (`metadata.requires-repo`, kept only where
all hold; `metadata.unless-repo`, dropped where any holds). The facts are
defined in `repo_facts.yml` as Perl-compatible patterns that `git grep -P`
looks for once per review in the reviewed commit (or the work tree for
`scan`), in shipped files only: test code and excluded paths never make a fact.
Where git cannot say, nothing is known, and the findings fall back to what the
file alone shows: requires-repo findings are left out, unless-repo ones kept.

A monorepo of separate apps names their folders (`paths.projects` in the config
file, globs such as `services/*`): a fact then holds only for the findings of
the project whose files show it.
"""

from __future__ import annotations

import dataclasses
import fnmatch
import functools
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

import yaml

from bot.gitrepo import GitRepo
from bot.model import Finding
from bot.policy import path_selected

_DEFINITIONS = Path(__file__).resolve().parent / "repo_facts.yml"


@dataclass(frozen=True, kw_only=True)
class Pattern:
    globs: tuple[str, ...]
    regex: str


@dataclass(frozen=True, kw_only=True)
class Fact:
    id: str
    says: str
    patterns: tuple[Pattern, ...]


@dataclass(frozen=True, kw_only=True)
class RepoFacts:
    """What the reviewed commit shows: (project folder, fact id) -> one shipped file that shows it."""

    known: bool
    seen: Mapping[tuple[str, str], str] = field(default_factory=dict)
    projects: tuple[str, ...] = ()  # globs of project folders; none: the repository is one project

    def shown(self, fact: str, path: str) -> str | None:
        """The file that shows the fact for the project of `path`; None if it does not hold there."""
        return self.seen.get((project_of(path, self.projects), fact))


UNKNOWN = RepoFacts(known=False)

# Paths -> the paths among them where one pattern matches; None when git cannot tell.
Grep = Callable[[Pattern], "list[str] | None"]


@functools.cache
def definitions() -> dict[str, Fact]:
    doc = yaml.safe_load(_DEFINITIONS.read_text(encoding="utf-8"))
    return {
        f["id"]: Fact(id=f["id"], says=f["says"],
                      patterns=tuple(Pattern(globs=tuple(p["globs"]), regex=p["regex"]) for p in f["patterns"]))
        for f in doc["facts"]
    }


def needed(findings: Iterable[Finding]) -> set[str]:
    return {fact for f in findings for key in ("requires-repo", "unless-repo") for fact in _ids(f.metadata.get(key))}


def find_facts(grep: Grep | None, wanted: Iterable[str], *, exclude: Sequence[str],
               projects: Sequence[str] = ()) -> RepoFacts:
    """The wanted facts that hold, per project, each with the first shipped file that shows it."""
    if grep is None:
        return UNKNOWN
    seen: dict[tuple[str, str], str] = {}
    defs = definitions()
    for fact_id in sorted(set(wanted)):
        fact = defs.get(fact_id)
        if fact is None:
            continue  # the rule schema test keeps ids known; an unknown one is never a fact
        for pattern in fact.patterns:
            paths = grep(pattern)
            if paths is None:
                return UNKNOWN
            for path in sorted(p for p in paths if path_selected(p, include=(), exclude=exclude)):
                seen.setdefault((project_of(path, projects), fact_id), path)
    return RepoFacts(known=True, seen=seen, projects=tuple(projects))


def project_of(path: str, projects: Sequence[str]) -> str:
    """The deepest folder above `path` that a project glob names (component by component); "" for none."""
    for folder in PurePosixPath(path).parents:
        parts = folder.parts
        if parts and any(_names(parts, glob) for glob in projects):
            return folder.as_posix()
    return ""


def _names(parts: tuple[str, ...], glob: str) -> bool:
    globs = PurePosixPath(glob).parts
    return len(globs) == len(parts) and all(fnmatch.fnmatchcase(p, g) for p, g in zip(parts, globs))


def apply_repo_facts(findings: Iterable[Finding], facts: RepoFacts) -> list[Finding]:
    """The findings whose repository facts allow them; those kept for a fact say which file showed it."""
    out: list[Finding] = []
    for f in findings:
        requires = _ids(f.metadata.get("requires-repo"))
        unless = _ids(f.metadata.get("unless-repo"))
        shown = {fact: where for fact in (*requires, *unless) if (where := facts.shown(fact, f.path)) is not None}
        if requires and not (facts.known and all(r in shown for r in requires)):
            continue
        if unless and facts.known and any(u in shown for u in unless):
            continue
        if requires:
            f = dataclasses.replace(f, metadata={**f.metadata, "repo-facts": [[r, shown[r]] for r in requires]})
        out.append(f)
    return out


def explained(metadata: Mapping[str, object]) -> list[tuple[str, str]]:
    """(what the fact says, the file that showed it) for the comment; unknown ids and bad shapes are skipped.

    The metadata may come from an artifact written by the job that ran on the
    pull request's code: only our own sentences are looked up, and the path is
    returned for the template to escape."""
    out = []
    for item in metadata.get("repo-facts") or ():  # type: ignore[attr-defined]
        if (isinstance(item, (list, tuple)) and len(item) == 2 and all(isinstance(x, str) for x in item)
                and (fact := definitions().get(item[0])) is not None):
            out.append((fact.says, item[1]))
    return out


def git_grep(repo: GitRepo, commit: str | None) -> Grep:
    """Search a commit of the repository, or (None) its work tree with untracked files as `scan --all` reads it."""
    return lambda pattern: repo.grep_paths(pattern.regex, pattern.globs, commit)


def _ids(value: object) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    return tuple(str(v) for v in value) if isinstance(value, (list, tuple)) else ()
