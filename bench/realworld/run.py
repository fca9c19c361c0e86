"""The real-world benchmark: recall of the rule pack on labeled instances in public repositories (issue 14).

    .venv/bin/python bench/realworld/run.py --mirror DIR            # score every repo (tune and holdout)
    .venv/bin/python bench/realworld/run.py --mirror DIR --split tune
    .venv/bin/python bench/realworld/run.py --select-holdout SEED   # write holdout.txt once, before any scan

It reads the manifests in bench/realworld/instances/*.yml (facts only: repo,
commit, path, line, antipattern id, language, a note), exports the labeled
files and their folders' other files at the pinned commits from local bare
mirrors into one temporary tree, runs `jwt-session-guard scan --all --format
json` once over that tree with the bot's default settings, and scores: an
instance is found when a finding of the same antipattern id in the same file
covers its line (or one of its also_lines) with its range, start to end line,
or with one of its uses (also_at), as shared/score.py scores the corpora and as
the review comment spans that range; findings in files labeled clean
are false positives. Writes results.json and results.md to bench/results/realworld/.

Exit codes: 0 scored; 2 a manifest or holdout.txt is invalid, or bad usage;
3 repositories (or pinned commits) are missing from the mirror (unless
--allow-missing), or the scan itself failed.

Only the standard library and PyYAML: the bot is run as its console script.
"""

from __future__ import annotations

import argparse
import datetime
import functools
import hashlib
import json
import math
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
TAXONOMY = ROOT / "bot" / "antipatterns.yml"
LANGUAGES = ("python", "javascript", "typescript", "java", "go", "ruby", "php", "csharp", "kotlin")
KINDS = ("vulnerable", "ordinary")
SPLITS = ("tune", "holdout")
NEAR = 3
# Siblings larger than this are not exported: the bot leaves them unreviewed
# anyway (bot.scan.MAX_TARGET_BYTES), and they are usually data or bundles.
MAX_SIBLING_BYTES = 5_000_000
# File extensions per manifest language, only to warn about a likely typo.
EXTENSIONS = {
    "python": (".py", ".pyi"),
    "javascript": (".js", ".jsx", ".mjs", ".cjs"),
    "typescript": (".ts", ".tsx", ".mts", ".cts"),
    "java": (".java",),
    "go": (".go",),
    "ruby": (".rb",),
    "php": (".php",),
    "csharp": (".cs",),
    "kotlin": (".kt", ".kts"),
}
REPO_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,38}/[A-Za-z0-9._-]{1,100}$")
SHA_RE = re.compile(r"^[0-9a-f]{40}$")
REPO_KEYS = {"repo", "commit", "kind", "instances", "clean"}
INSTANCE_KEYS = {"path", "line", "id", "language", "note", "also_lines"}
CLEAN_KEYS = {"path", "language", "note"}


class BenchError(Exception):
    exit_code = 2


class ManifestInvalid(BenchError):
    def __init__(self, errors: Sequence[str]) -> None:
        super().__init__("\n".join(errors))
        self.errors = list(errors)


class MirrorMissing(BenchError):
    exit_code = 3


class ScanFailed(BenchError):
    exit_code = 3


# ---------------------------------------------------------------- manifests


@dataclass(frozen=True, kw_only=True)
class Instance:
    repo: str
    path: str
    line: int
    also_lines: tuple[int, ...]
    id: str
    language: str
    note: str
    where: str  # "instances/python.yml: repos[3] owner/name: instances[2]"

    @property
    def lines(self) -> tuple[int, ...]:
        return (self.line, *self.also_lines)


@dataclass(frozen=True, kw_only=True)
class CleanFile:
    repo: str
    path: str
    language: str
    note: str
    where: str


@dataclass(kw_only=True)
class RepoEntry:
    repo: str
    commit: str
    kind: str
    instances: list[Instance] = field(default_factory=list)
    clean: list[CleanFile] = field(default_factory=list)
    where: list[str] = field(default_factory=list)

    @property
    def dirname(self) -> str:
        return self.repo.replace("/", "+")

    @property
    def languages(self) -> set[str]:
        return {i.language for i in self.instances} | {c.language for c in self.clean}

    @property
    def labeled_paths(self) -> list[str]:
        return sorted({i.path for i in self.instances} | {c.path for c in self.clean})


def taxonomy_ids(path: Path = TAXONOMY) -> list[str]:
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [str(a["id"]) for a in doc["antipatterns"]]


def _safe_path(path: str) -> bool:
    return (
        bool(path)
        and not path.startswith("/")
        and "\\" not in path
        and not any(part in ("", ".", "..") for part in path.split("/"))
        and not any(ord(c) < 32 for c in path)
    )


def _check_path(value: Any, where: str, errors: list[str]) -> str | None:
    if not isinstance(value, str) or not _safe_path(value):
        errors.append(f"{where}: path must be a relative path inside the repository (no '..', no leading '/'), "
                      f"got {value!r}")
        return None
    return value


def _check_language(value: Any, where: str, errors: list[str]) -> str | None:
    if value not in LANGUAGES:
        errors.append(f"{where}: language must be one of {'|'.join(LANGUAGES)}, got {value!r}")
        return None
    return str(value)


def _unknown_keys(entry: dict[str, Any], allowed: set[str], where: str, errors: list[str]) -> None:
    extra = sorted(str(k) for k in entry if k not in allowed)
    if extra:
        errors.append(f"{where}: unknown key(s) {', '.join(extra)} (allowed: {', '.join(sorted(allowed))})")


def _other_language(path: str, language: str) -> str | None:
    """The language a source file's extension names, when it is not the labeled one (a likely typo).

    Configuration and template files (application.yml, Web.config, .html) carry
    no language of their own and are labeled with their ecosystem's."""
    name = path.lower()
    if name.endswith(EXTENSIONS[language]):
        return None
    return next((lang for lang, exts in EXTENSIONS.items() if name.endswith(exts)), None)


def _line(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 1 else None


def parse_manifest(doc: Any, source: str, ids: set[str], errors: list[str], warnings: list[str]) -> list[RepoEntry]:
    if not isinstance(doc, dict) or not isinstance(doc.get("repos"), list):
        errors.append(f"{source}: the file must be a mapping with a list under `repos:`")
        return []
    _unknown_keys(doc, {"repos"}, source, errors)
    out: list[RepoEntry] = []
    for r_index, raw in enumerate(doc["repos"]):
        name = raw.get("repo") if isinstance(raw, dict) else None
        where = f"{source}: repos[{r_index}]" + (f" {name}" if isinstance(name, str) else "")
        if not isinstance(raw, dict):
            errors.append(f"{where}: each repo entry must be a mapping")
            continue
        n_errors = len(errors)
        _unknown_keys(raw, REPO_KEYS, where, errors)
        if not isinstance(name, str) or not REPO_RE.match(name):
            errors.append(f"{where}: repo must be 'owner/name', got {name!r}")
        commit = raw.get("commit")
        if not isinstance(commit, str) or not SHA_RE.match(commit.lower()):
            errors.append(f"{where}: commit must be the full 40-hex commit id (quote it), got {commit!r}")
        kind = raw.get("kind")
        if kind not in KINDS:
            errors.append(f"{where}: kind must be one of {'|'.join(KINDS)}, got {kind!r}")
        instances_raw = raw.get("instances", [])
        clean_raw = raw.get("clean", [])
        if instances_raw is None:
            instances_raw = []
        if clean_raw is None:
            clean_raw = []
        if not isinstance(instances_raw, list) or not isinstance(clean_raw, list):
            errors.append(f"{where}: instances and clean must be lists")
            continue
        if not instances_raw and not clean_raw:
            errors.append(f"{where}: has neither instances nor clean files")
        entry = RepoEntry(repo=str(name), commit=str(commit).lower(), kind=str(kind), where=[where])
        for i_index, inst in enumerate(instances_raw):
            iw = f"{where}: instances[{i_index}]"
            if not isinstance(inst, dict):
                errors.append(f"{iw}: must be a mapping")
                continue
            _unknown_keys(inst, INSTANCE_KEYS, iw, errors)
            missing = [k for k in ("path", "line", "id", "language") if k not in inst]
            if missing:
                errors.append(f"{iw}: missing key(s) {', '.join(missing)}")
                continue
            path = _check_path(inst["path"], iw, errors)
            line = _line(inst["line"])
            if line is None:
                errors.append(f"{iw}: line must be an integer >= 1, got {inst['line']!r}")
            also = inst.get("also_lines", []) or []
            if not isinstance(also, list) or any(_line(v) is None for v in also):
                errors.append(f"{iw}: also_lines must be a list of integers >= 1, got {also!r}")
                also = []
            ap_id = inst["id"]
            if ap_id not in ids:
                errors.append(f"{iw}: id {ap_id!r} is not in bot/antipatterns.yml ({', '.join(sorted(ids))})")
            language = _check_language(inst["language"], iw, errors)
            note = inst.get("note", "")
            if not isinstance(note, str):
                errors.append(f"{iw}: note must be a string")
                note = str(note)
            if path and language and (other := _other_language(path, language)):
                warnings.append(f"{iw}: {path} looks like a {other} file, but the label says {language}")
            if path and line and ap_id in ids and language:
                entry.instances.append(Instance(
                    repo=entry.repo, path=path, line=line, also_lines=tuple(a for a in also if a != line),
                    id=str(ap_id), language=language, note=" ".join(note.split()), where=iw,
                ))
        for c_index, clean in enumerate(clean_raw):
            cw = f"{where}: clean[{c_index}]"
            if not isinstance(clean, dict):
                errors.append(f"{cw}: must be a mapping")
                continue
            _unknown_keys(clean, CLEAN_KEYS, cw, errors)
            missing = [k for k in ("path", "language") if k not in clean]
            if missing:
                errors.append(f"{cw}: missing key(s) {', '.join(missing)}")
                continue
            path = _check_path(clean["path"], cw, errors)
            language = _check_language(clean["language"], cw, errors)
            note = clean.get("note", "")
            if path and language:
                entry.clean.append(CleanFile(repo=entry.repo, path=path, language=language,
                                             note=" ".join(str(note).split()), where=cw))
        if len(errors) == n_errors:
            out.append(entry)
    return out


def merge_entries(entries: Iterable[RepoEntry], errors: list[str]) -> dict[str, RepoEntry]:
    """One entry per repository: a repo may appear in several language files, at one commit."""
    merged: dict[str, RepoEntry] = {}
    for e in entries:
        key = e.repo.lower()
        if key not in merged:
            merged[key] = RepoEntry(repo=e.repo, commit=e.commit, kind=e.kind, where=list(e.where))
        m = merged[key]
        if m.commit != e.commit:
            errors.append(f"{e.where[0]}: {e.repo} is pinned to {e.commit}, but {m.where[0]} pins it to {m.commit}; "
                          "one repository is scored at one commit")
            continue
        if m.kind != e.kind:
            errors.append(f"{e.where[0]}: {e.repo} has kind {e.kind}, but {m.where[0]} says {m.kind}")
            continue
        if e.where[0] not in m.where:
            m.where.extend(e.where)
        m.instances.extend(e.instances)
        m.clean.extend(e.clean)
    for m in merged.values():
        seen: dict[tuple[str, int, str], str] = {}
        for inst in m.instances:
            k = (inst.path, inst.line, inst.id)
            if k in seen:
                errors.append(f"{inst.where}: duplicate of {seen[k]} ({inst.path}:{inst.line} {inst.id})")
            seen[k] = inst.where
        labeled = {i.path for i in m.instances}
        for c in m.clean:
            if c.path in labeled:
                errors.append(f"{c.where}: {c.path} is listed as clean but also has instances in {m.repo}")
    return merged


def load_manifests(folder: Path, ids: set[str]) -> tuple[dict[str, RepoEntry], list[str]]:
    files = sorted(folder.glob("*.yml")) + sorted(folder.glob("*.yaml"))
    if not files:
        raise ManifestInvalid([f"{folder}: no *.yml manifests"])
    errors: list[str] = []
    warnings: list[str] = []
    entries: list[RepoEntry] = []
    for path in files:
        source = f"{path.parent.name}/{path.name}"
        try:
            doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
            errors.append(f"{source}: not readable YAML: {' '.join(str(exc).split())}")
            continue
        entries.extend(parse_manifest(doc, source, ids, errors, warnings))
    merged = merge_entries(entries, errors)
    if errors:
        _warn(warnings)
        raise ManifestInvalid(errors)
    return dict(sorted(merged.items())), warnings


# ---------------------------------------------------------------- splits


def read_holdout(path: Path, repos: dict[str, RepoEntry]) -> tuple[set[str] | None, list[str]]:
    """The held-back repos (lower-cased keys), or None without holdout.txt."""
    if not path.is_file():
        return None, []
    held: set[str] = set()
    warnings: list[str] = []
    errors: list[str] = []
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        text = raw.split("#", 1)[0].strip()
        if not text:
            continue
        if not REPO_RE.match(text):
            errors.append(f"{path.name}:{number}: not an owner/name: {text!r}")
        elif text.lower() not in repos:
            warnings.append(f"{path.name}:{number}: {text} is in no manifest")
        else:
            held.add(text.lower())
    if errors:
        raise ManifestInvalid(errors)
    return held, warnings


def select_holdout(repos: dict[str, RepoEntry], seed: str, tries: int = 4000) -> list[str]:
    """A third of the repos (rounded up), stratified by language (and kind) with random.Random(seed).

    Random candidate sets are drawn from the sorted repo list and the first best
    one kept: fewest languages (then kinds) that end up with repos in only one
    split, although they have two or more repos; then per-language and per-kind
    holdout shares closest to a third.
    """
    names = sorted(e.repo for e in repos.values())
    k = math.ceil(len(names) / 3)
    langs = {e.repo: e.languages for e in repos.values()}
    kinds = {e.repo: e.kind for e in repos.values()}
    per_lang = Counter(lang for n in names for lang in langs[n])
    per_kind = Counter(kinds[n] for n in names)
    # `--select-holdout 14` means the integer seed 14, as random.Random(14) would.
    rng = random.Random(int(seed) if re.fullmatch(r"-?[0-9]+", seed) else seed)

    def score(held: set[str]) -> tuple[int, int, float]:
        h_lang = Counter(lang for n in held for lang in langs[n])
        h_kind = Counter(kinds[n] for n in held)
        lonely = sum(1 for lang, g in per_lang.items() if g >= 2 and h_lang[lang] in (0, g))
        lonely_kind = sum(1 for kd, g in per_kind.items() if g >= 2 and h_kind[kd] in (0, g))
        spread = sum((h_lang[lang] / g - 1 / 3) ** 2 for lang, g in per_lang.items()) + sum(
            (h_kind[kd] / g - 1 / 3) ** 2 for kd, g in per_kind.items())
        return lonely, lonely_kind, round(spread, 12)

    best: tuple[tuple[int, int, float], list[str]] | None = None
    for _ in range(tries if k else 1):
        pick = sorted(rng.sample(names, k))
        s = score(set(pick))
        if best is None or s < best[0]:
            best = (s, pick)
    return best[1] if best else []


def holdout_text(repos: dict[str, RepoEntry], held: list[str], seed: str) -> str:
    held_set = set(held)
    lines = [
        "# Held-back repositories of the real-world benchmark: scored only after a rule change is finished.",
        f"# Chosen by `run.py --select-holdout {seed}` on {datetime.date.today().isoformat()}: "
        f"{len(held)} of {len(repos)} repos, stratified by language.",
    ]
    for lang in LANGUAGES:
        total = [e for e in repos.values() if lang in e.languages]
        if total:
            h = sum(1 for e in total if e.repo in held_set)
            lines.append(f"#   {lang}: {h} held back, {len(total) - h} to tune")
    for kind in KINDS:
        total = [e for e in repos.values() if e.kind == kind]
        if total:
            h = sum(1 for e in total if e.repo in held_set)
            lines.append(f"#   kind {kind}: {h} held back, {len(total) - h} to tune")
    lines += sorted(held, key=str.lower)
    return "\n".join(lines) + "\n"


def _load_files(files: Iterable[Path]) -> dict[str, RepoEntry]:
    with tempfile.TemporaryDirectory() as tmp:
        for f in files:
            shutil.copy(f, Path(tmp) / f.name)
        return load_manifests(Path(tmp), set(taxonomy_ids()))[0]


def _manifest_and_others(manifest: Path) -> tuple[dict[str, RepoEntry], dict[str, RepoEntry]]:
    """The repos of one manifest, and those of every other manifest beside it."""
    return (_load_files([manifest]),
            _load_files(f for f in manifest.parent.glob("*.yml") if f.name != manifest.name))


def extend_holdout(path: Path, manifest: Path, seed: str) -> str:
    """Hold back a third of the repos of one NEW manifest, chosen like the first third; appended to holdout.txt.

    The first third was chosen once, before any scan, so a later manifest (a new
    language) gets its own third the same way, before any scan of it: only when
    none of its repos is in another manifest or held back already.
    """
    new, before = _manifest_and_others(manifest)
    held_now, _ = read_holdout(path, {**before, **new})
    clash = sorted(e.repo for key, e in new.items() if key in before or key in (held_now or set()))
    if clash:
        raise BenchError(f"{manifest.name}: split already decided for {', '.join(clash)} "
                         "(in another manifest or in holdout.txt)")
    held = sorted(select_holdout(new, seed), key=str.lower)
    block = "\n".join([f"# Added by `run.py --extend-holdout {seed} --manifest {manifest.name}` on "
                        f"{datetime.date.today().isoformat()}, before any scan of it: {len(held)} of {len(new)} "
                        "repos.", *held]) + "\n"
    text = path.read_text(encoding="utf-8") if path.is_file() else ""
    path.write_text(text + block, encoding="utf-8")
    return block


def renew_holdout(path: Path, manifest: Path) -> str:
    """Retire the held-back repos read so far (they join the tune split) and hold back all of a NEW manifest.

    A held-back set is spent once its misses have guided a rule change; the
    honest next step is a fresh set labeled by someone who never saw the rules,
    held back whole. The retired names stay in the file as comments, so the
    history of the splits can be read there.
    """
    new, before = _manifest_and_others(manifest)
    clash = sorted(e.repo for key, e in new.items() if key in before)
    if clash:
        raise BenchError(f"{manifest.name}: not a fresh set, already in another manifest: {', '.join(clash)}")
    old = path.read_text(encoding="utf-8") if path.is_file() else ""
    today = datetime.date.today().isoformat()
    retired = [ln if not ln.split("#", 1)[0].strip() else f"# retired: {ln}" for ln in old.splitlines()]
    held = sorted((e.repo for e in new.values()), key=str.lower)
    text = "\n".join([
        f"# Renewed by `run.py --renew-holdout --manifest {manifest.name}` on {today}: the repos held back",
        "# before (below, commented out as `retired:`) were spent and now belong to the tune split;",
        f"# the {len(held)} repos of {manifest.name}, labeled by a session that never saw the rules,",
        "# are held back whole.",
        *held,
        "",
        *retired,
    ]) + "\n"
    path.write_text(text, encoding="utf-8")
    return text


def split_of(repo: str, held: set[str] | None) -> str:
    return "holdout" if held is not None and repo.lower() in held else "tune"


# ---------------------------------------------------------------- export


def find_git_dir(mirror: Path, repo: str) -> Path | None:
    """The bare git directory under <mirror>/<owner+name> (the folder holding HEAD and objects/)."""
    base = mirror / repo.replace("/", "+")
    if not base.is_dir() and mirror.is_dir():
        wanted = repo.replace("/", "+").lower()
        base = next((p for p in mirror.iterdir() if p.name.lower() == wanted and p.is_dir()), base)
    if not base.is_dir():
        return None
    candidates = [base] + sorted(p for p in base.glob("*") if p.is_dir()) + sorted(
        p for p in base.glob("*/*") if p.is_dir())
    for c in candidates:
        if (c / "HEAD").is_file() and (c / "objects").is_dir():
            return c
        if (c / ".git" / "HEAD").is_file():
            return c / ".git"
    return None


def _git(git_dir: Path, *args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "GIT_LITERAL_PATHSPECS": "1"}
    return subprocess.run(["git", f"--git-dir={git_dir}", *args], input=stdin, capture_output=True, env=env)


def has_commit(git_dir: Path, commit: str) -> bool:
    return _git(git_dir, "cat-file", "-e", f"{commit}^{{commit}}").returncode == 0


@dataclass(frozen=True, kw_only=True)
class TreeEntry:
    mode: str
    type: str
    sha: str
    size: int | None
    path: str


MISSING_BLOB = -1


def list_folder(git_dir: Path, commit: str, folder: str) -> list[TreeEntry]:
    """The entries of one folder at the commit, not recursive."""
    args = ["ls-tree", "-l", "-z", commit] + (["--", folder + "/"] if folder else [])
    proc = _git(git_dir, *args)
    if proc.returncode != 0:
        raise BenchError(f"git ls-tree {commit} {folder or '.'} failed in {git_dir}: "
                         f"{proc.stderr.decode(errors='replace').strip()}")
    entries = []
    for record in proc.stdout.split(b"\0"):
        if not record:
            continue
        meta, _, name = record.partition(b"\t")
        mode, typ, sha, size = meta.decode().split()
        # "-" for a tree or submodule; a snapshot that left a large blob out
        # answers "BAD" (the blob is not in the mirror): MISSING_BLOB.
        entries.append(TreeEntry(mode=mode, type=typ, sha=sha,
                                 size=None if size == "-" else int(size) if size.isdigit() else MISSING_BLOB,
                                 path=name.decode("utf-8", "surrogateescape")))
    return entries


def read_blobs(git_dir: Path, shas: Sequence[str]) -> dict[str, bytes]:
    """Blob contents in one `git cat-file --batch`."""
    if not shas:
        return {}
    unique = list(dict.fromkeys(shas))
    proc = _git(git_dir, "cat-file", "--batch", stdin=("\n".join(unique) + "\n").encode())
    if proc.returncode != 0:
        raise BenchError(f"git cat-file --batch failed in {git_dir}: {proc.stderr.decode(errors='replace').strip()}")
    out, pos, data = {}, 0, proc.stdout
    for sha in unique:
        end = data.index(b"\n", pos)
        header = data[pos:end].decode().split()
        if len(header) != 3:
            raise BenchError(f"git cat-file: unexpected answer {data[pos:end]!r} for {sha} in {git_dir}")
        size = int(header[2])
        out[sha] = data[end + 1 : end + 1 + size]
        pos = end + 1 + size + 1
    return out


def count_lines(data: bytes) -> int:
    # As semgrep counts: lines end at \n.
    if not data:
        return 0
    return data.count(b"\n") + (0 if data.endswith(b"\n") else 1)


@dataclass(kw_only=True)
class Exported:
    files: int = 0
    bytes: int = 0
    line_counts: dict[str, int] = field(default_factory=dict)  # labeled path -> lines
    skipped_large: int = 0
    skipped_missing: int = 0  # siblings whose blob the mirror does not hold


def export_repo(git_dir: Path, entry: RepoEntry, dest: Path, errors: list[str]) -> Exported:
    """The labeled files and the other files of their folders, at the pinned commit, under dest."""
    result = Exported()
    wanted = set(entry.labeled_paths)
    folders = sorted({p.rsplit("/", 1)[0] if "/" in p else "" for p in wanted})
    chosen: dict[str, str] = {}
    for folder in folders:
        listing = {e.path: e for e in list_folder(git_dir, entry.commit, folder)}
        for path in sorted(p for p in wanted if (p.rsplit("/", 1)[0] if "/" in p else "") == folder):
            e = listing.get(path)
            if e is None:
                errors.append(f"{entry.repo}@{entry.commit[:12]}: {path} does not exist at the pinned commit "
                              f"(labeled in {_where_of(entry, path)})")
            elif e.type != "blob" or e.mode == "120000":
                kind = {"120000": "a symlink", "160000": "a submodule"}.get(e.mode, f"a {e.type}")
                errors.append(f"{entry.repo}@{entry.commit[:12]}: {path} is {kind}, not a regular file "
                              f"(labeled in {_where_of(entry, path)})")
            elif e.size == MISSING_BLOB:
                errors.append(f"{entry.repo}@{entry.commit[:12]}: {path} is not in the mirror (its blob was left "
                              f"out of the snapshot; labeled in {_where_of(entry, path)})")
            else:
                chosen[path] = e.sha
        for e in listing.values():
            if e.path in chosen or e.type != "blob" or e.mode not in ("100644", "100755"):
                continue
            if e.size == MISSING_BLOB:
                result.skipped_missing += 1
                continue
            if e.size is not None and e.size > MAX_SIBLING_BYTES:
                result.skipped_large += 1
                continue
            if _safe_path(e.path):
                chosen[e.path] = e.sha
    # The bot reads the whole repository for its repository facts (bot/repo_facts.yml); the files that show
    # one come along, so a fact outside the labeled folders holds here as it would in the repository.
    facts = [p for p in fact_files(git_dir, entry.commit) if p not in chosen and _safe_path(p)]
    if facts:
        listed = _git(git_dir, "ls-tree", "-l", "-z", entry.commit, "--", *facts)
        for record in listed.stdout.split(b"\0") if listed.returncode == 0 else ():
            meta, _, name = record.partition(b"\t")
            if record and meta.startswith(b"100") and meta.split()[3].isdigit() and (
                    int(meta.split()[3]) <= MAX_SIBLING_BYTES):
                chosen[name.decode("utf-8", "surrogateescape")] = meta.split()[2].decode()
    blobs = read_blobs(git_dir, list(chosen.values()))
    for path, sha in chosen.items():
        data = blobs[sha]
        target = dest.joinpath(*path.split("/"))
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        result.files += 1
        result.bytes += len(data)
        if path in wanted:
            result.line_counts[path] = count_lines(data)
    return result


def fact_files(git_dir: Path, commit: str) -> list[str]:
    """The files at the commit that may show a repository fact of the bot (its `git grep -P` patterns, all
    in one search over all their globs: a file too many costs a little scan time, a file missed a fact)."""
    args, globs = _fact_search()
    proc = subprocess.run(["git", f"--git-dir={git_dir}", "grep", "-z", "-l", "-I", "-P", *args, commit, "--", *globs],
                          capture_output=True)
    if proc.returncode not in (0, 1):
        raise BenchError(f"git grep for repository facts failed in {git_dir}: "
                         f"{proc.stderr.decode(errors='replace').strip()}")
    return sorted(p.decode("utf-8", "surrogateescape").removeprefix(f"{commit}:")
                  for p in proc.stdout.split(b"\0") if p)


@functools.cache
def _fact_search() -> tuple[list[str], list[str]]:
    """The `-e` arguments and globs of every fact pattern, read once per run."""
    doc = yaml.safe_load((ROOT / "bot" / "repo_facts.yml").read_text(encoding="utf-8"))
    patterns = [p for fact in doc["facts"] for p in fact["patterns"]]
    return [a for p in patterns for a in ("-e", p["regex"])], sorted({g for p in patterns for g in p["globs"]})


def _where_of(entry: RepoEntry, path: str) -> str:
    for item in [*entry.instances, *entry.clean]:
        if item.path == path:
            return item.where
    return entry.where[0]


# ---------------------------------------------------------------- the scan


def find_bot(explicit: str | None) -> Path:
    if explicit:
        p = Path(explicit)
        if not p.is_file():
            raise BenchError(f"--bot {explicit}: no such file")
        return p
    beside = Path(sys.executable).parent / "jwt-session-guard"
    if beside.is_file():
        return beside
    found = shutil.which("jwt-session-guard")
    if found:
        return Path(found)
    raise BenchError("jwt-session-guard is not installed beside this interpreter; run with the project venv "
                     "(.venv/bin/python bench/realworld/run.py) or pass --bot PATH")


def bot_python(bot: Path) -> str | None:
    """The interpreter of the console script (its shebang), to ask the bot what it covers."""
    try:
        first = bot.read_bytes().split(b"\n", 1)[0].decode()
    except (OSError, UnicodeDecodeError):
        return None
    if first.startswith("#!"):
        exe = first[2:].strip().split()[0]
        # A shell wrapper (`#!/bin/sh` setting PYTHONPATH) is not the bot's interpreter.
        if Path(exe).is_file() and Path(exe).name.startswith("python"):
            return exe
    return None


# Run in the bot's interpreter: which labeled files the default settings and the
# pack cover (the bot's own functions), and which antipattern ids have a rule
# whose languages and `paths:` (approximated with the bot's gitignore-like
# matcher) read each file. It prints facts about files, never the rules.
PROBE = r"""
import json, sys
from pathlib import Path
from bot.pack import load_pack, _EXTENSIONS
from bot.policy import path_selected
from bot.settings import build_settings, DEFAULT_CONFIG
req = json.load(sys.stdin)
root = Path(req["root"])
settings = build_settings(inputs={}, base_dir=root, config_path=root / DEFAULT_CONFIG)
pack = load_pack(settings.rule_configs)
cov = pack.coverage

def reads(rule, path):
    name = path.rsplit("/", 1)[-1].lower()
    langs = [str(l).lower() for l in rule.get("languages") or []]
    paths = rule.get("paths") or {}
    inc = [str(g) for g in paths.get("include") or []]
    exc = [str(g) for g in paths.get("exclude") or []]
    if not any(l in ("generic", "regex", "none") for l in langs):
        if not any(name.endswith(tuple(_EXTENSIONS.get(l, ()))) for l in langs):
            return False
    return path_selected(path, include=inc, exclude=exc)

out = {}
for p in req["paths"]:
    if not cov.covers(p):
        why = "no rule of the pack reads this file type"
    elif not path_selected(p, include=settings.include, exclude=settings.exclude):
        why = "excluded by the default paths (" + ", ".join(settings.exclude) + ")"
    else:
        why = None
    ids = sorted({str((r.get("metadata") or {}).get("antipattern")) for r in pack.rules if reads(r, p)})
    out[p] = {"why_not": why, "ids": ids}
json.dump(out, sys.stdout)
"""


@dataclass(frozen=True, kw_only=True)
class Finding:
    path: str  # tree path: owner+name/path
    line: int
    end_line: int
    rule_id: str
    antipattern: str
    severity: str
    # Uses of a defect defined on `line` (a key defined on one line, used in a
    # sign call on another): the finding is on each of them too.
    also_at: tuple[int, ...] = ()

    @classmethod
    def from_bot(cls, item: dict[str, Any]) -> Finding:
        return cls(path=str(item["path"]), line=int(item["line"]), end_line=int(item.get("end_line", item["line"])),
                   rule_id=str(item["rule_id"]), antipattern=str(item["antipattern"]),
                   severity=str(item.get("severity", "")), also_at=tuple(int(n) for n in item.get("also_at", ())))

    @property
    def lines(self) -> tuple[int, ...]:
        # The review comment spans line..end_line (a claims struct, a cookie call
        # over several lines), so a label anywhere in it is where the reviewer acts.
        return (*range(self.line, self.end_line + 1), *self.also_at)


@dataclass(kw_only=True)
class ScanRun:
    findings: list[Finding]
    exit_code: int
    seconds: float
    stderr_lines: list[str]
    version: str
    coverage: dict[str, dict[str, Any]] | None
    coverage_error: str | None


# Each top folder of the tree is one repository: the facts one of them shows must not speak for another.
CONFIG = "paths:\n  projects: [\"*\"]\n"


def run_scan(tree: Path, bot: Path, labeled_tree_paths: Sequence[str]) -> ScanRun:
    (tree / ".github").mkdir(exist_ok=True)
    (tree / ".github" / "jwt-session-guard.yml").write_text(CONFIG, encoding="utf-8")
    for cmd in (["git", "init", "-q"], ["git", "add", "-A", "-f"]):
        proc = subprocess.run(cmd, cwd=tree, capture_output=True, text=True)
        if proc.returncode != 0:
            raise ScanFailed(f"{' '.join(cmd)} in {tree} failed: {proc.stderr.strip()}")
    version = subprocess.run([str(bot), "--version"], capture_output=True, text=True).stdout.strip()
    started = time.monotonic()
    proc = subprocess.run([str(bot), "scan", "--all", "--format", "json"], cwd=tree, capture_output=True, text=True)
    seconds = time.monotonic() - started
    if proc.returncode not in (0, 1):
        raise ScanFailed(f"jwt-session-guard scan exited {proc.returncode}:\n{proc.stderr.strip()}")
    try:
        findings = [Finding.from_bot(item) for item in json.loads(proc.stdout)]
    except (ValueError, KeyError, TypeError) as exc:
        raise ScanFailed(f"jwt-session-guard scan printed no findings list ({exc}):\n{proc.stdout[:2000]}") from exc
    coverage, coverage_error = None, None
    python = bot_python(bot)
    if python is None:
        coverage_error = f"cannot tell the interpreter of {bot}; coverage of labeled files not checked"
    else:
        probe = subprocess.run([python, "-c", PROBE], cwd=tree, capture_output=True, text=True,
                               input=json.dumps({"root": str(tree), "paths": list(labeled_tree_paths)}))
        if probe.returncode == 0:
            coverage = json.loads(probe.stdout)
        else:
            coverage_error = "coverage probe failed: " + (probe.stderr.strip().splitlines() or ["?"])[-1]
    return ScanRun(findings=findings, exit_code=proc.returncode, seconds=seconds,
                   stderr_lines=[ln for ln in proc.stderr.splitlines() if ln.strip()], version=version,
                   coverage=coverage, coverage_error=coverage_error)


# ---------------------------------------------------------------- scoring


def _pct(found: int, total: int) -> float | None:
    return round(found / total, 4) if total else None


def _tally(rows: Iterable[dict[str, Any]], key: str) -> dict[str, dict[str, dict[str, Any]]]:
    """{group: {split|all: {instances, found, found_near, recall, recall_near}}}."""
    acc: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0, 0]))
    for r in rows:
        for split in (r["split"], "all"):
            cell = acc[r[key] if key else "all"][split]
            cell[0] += 1
            cell[1] += r["found"]
            cell[2] += r["found_near"]
    return {
        group: {s: {"instances": n, "found": f, "found_near": fn, "recall": _pct(f, n), "recall_near": _pct(fn, n)}
                for s, (n, f, fn) in cells.items()}
        for group, cells in sorted(acc.items())
    }


def score(
    repos: Sequence[RepoEntry], held: set[str] | None, findings: Sequence[Finding],
    coverage: dict[str, dict[str, Any]] | None, scan_errors: dict[str, list[str]],
) -> dict[str, Any]:
    by_file: dict[str, list[Finding]] = defaultdict(list)
    for f in findings:
        by_file[f.path].append(f)
    rows: list[dict[str, Any]] = []
    false_positives: list[dict[str, Any]] = []
    unmatched: list[dict[str, Any]] = []
    elsewhere: dict[str, Counter[str]] = defaultdict(Counter)
    labeled_tree = set()
    for e in repos:
        split = split_of(e.repo, held)
        for inst in e.instances:
            labeled_tree.add(f"{e.dirname}/{inst.path}")
        for c in e.clean:
            labeled_tree.add(f"{e.dirname}/{c.path}")
        used: set[Finding] = set()
        inst_rows = []
        for inst in e.instances:
            tree_path = f"{e.dirname}/{inst.path}"
            same = [f for f in by_file.get(tree_path, []) if f.antipattern == inst.id]
            exact = next((f for f in same if set(f.lines) & set(inst.lines)), None)
            if exact:
                used.add(exact)
            cov = (coverage or {}).get(tree_path)
            inst_rows.append((inst, exact, same, cov))
        # Within NEAR lines, one finding counts for one instance: nearest first.
        near: dict[Instance, Finding] = {inst: f for inst, f, _, _ in inst_rows if f}
        pairs = sorted(
            (min(abs(fl - ln) for fl in f.lines for ln in inst.lines), idx, f.line, f.rule_id, j, f)
            for idx, (inst, exact, same, _) in enumerate(inst_rows) if not exact
            for j, f in enumerate(same) if min(abs(fl - ln) for fl in f.lines for ln in inst.lines) <= NEAR
        )
        for _, idx, _, _, _, f in pairs:
            inst = inst_rows[idx][0]
            if inst not in near and f not in used:
                near[inst] = f
                used.add(f)
        for inst, exact, same, cov in inst_rows:
            tree_path = f"{e.dirname}/{inst.path}"
            close = [f"{f.antipattern}@{f.line}" for f in by_file.get(tree_path, [])
                     if f.antipattern != inst.id and min(abs(f.line - ln) for ln in inst.lines) <= NEAR]
            rows.append({
                "repo": e.repo, "commit": e.commit, "kind": e.kind, "split": split, "path": inst.path,
                "line": inst.line, "also_lines": list(inst.also_lines), "id": inst.id, "language": inst.language,
                "note": inst.note, "found": int(exact is not None), "found_near": int(inst in near),
                "finding": (f"{exact.rule_id}@{exact.line}" if exact else
                            f"{near[inst].rule_id}@{near[inst].line}" if inst in near else None),
                "file_covered": None if cov is None else cov["why_not"] is None,
                "rule_for_id_reads_file": None if cov is None else inst.id in cov["ids"],
                "other_ids_nearby": close,
                "scan_errors": scan_errors.get(tree_path, []),
            })
        labeled = {i.path for i in e.instances}
        for path in sorted(labeled):
            for f in by_file.get(f"{e.dirname}/{path}", []):
                if f not in used:
                    unmatched.append({"repo": e.repo, "split": split, "path": path, "line": f.line,
                                      "rule_id": f.rule_id, "antipattern": f.antipattern})
        for c in e.clean:
            for f in by_file.get(f"{e.dirname}/{c.path}", []):
                false_positives.append({"repo": e.repo, "split": split, "path": c.path, "line": f.line,
                                        "rule_id": f.rule_id, "antipattern": f.antipattern, "language": c.language})
    for f in findings:
        if f.path not in labeled_tree:
            repo_dir = f.path.split("/", 1)[0]
            match = next((e for e in repos if e.dirname == repo_dir), None)
            elsewhere[split_of(match.repo, held) if match else "tune"][f.antipattern] += 1
    return {"rows": rows, "false_positives": false_positives, "unmatched": unmatched,
            "sibling_findings": {s: dict(sorted(c.items())) for s, c in sorted(elsewhere.items())}}


def counts(repos: Sequence[RepoEntry], held: set[str] | None) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for split in (*SPLITS, "all"):
        chosen = [e for e in repos if split == "all" or split_of(e.repo, held) == split]
        out[split] = {
            "repos": len(chosen),
            "repos_by_kind": dict(sorted(Counter(e.kind for e in chosen).items())),
            "instances": sum(len(e.instances) for e in chosen),
            "clean_files": sum(len(e.clean) for e in chosen),
            "labeled_files": sum(len(e.labeled_paths) for e in chosen),
            "repos_by_language": {lang: sum(1 for e in chosen if lang in e.languages)
                                  for lang in LANGUAGES if any(lang in e.languages for e in chosen)},
        }
    return out


def parse_scan_errors(lines: Sequence[str], labeled_tree_paths: Iterable[str]) -> dict[str, list[str]]:
    """The bot prints `semgrep <level>: <path> <message>` per semgrep error."""
    out: dict[str, list[str]] = defaultdict(list)
    labeled = sorted(labeled_tree_paths, key=len, reverse=True)
    for ln in lines:
        m = re.match(r"semgrep (\w+): (.*)$", ln)
        if not m:
            continue
        rest = m.group(2)
        for p in labeled:
            if rest.startswith(p + " ") or rest.startswith(p + ":") or rest == p:
                msg = rest[len(p):].strip(" :")
                msg = msg[len(p):].strip(" :") if msg.startswith(p) else msg
                out[p].append(f"{m.group(1)}: {msg.replace(p + ':', '')[:200]}")
                break
    return dict(out)


# ---------------------------------------------------------------- report


def _cell(c: dict[str, Any] | None) -> str:
    if not c or not c["instances"]:
        return "–"
    return (f"{c['found']}/{c['instances']} ({c['recall']:.0%}); "
            f"±{NEAR}: {c['found_near']} ({c['recall_near']:.0%})")


def _table(title: str, tally: dict[str, dict[str, dict[str, Any]]], splits: Sequence[str], scored: Sequence[str],
           label: str, groups: Sequence[str] = ()) -> list[str]:
    lines = [f"### {title}", "", f"| {label} | " + " | ".join(splits) + " |",
             "|---|" + "---|" * len(splits)]
    # Every group of the taxonomy is a row, so an id without instances shows as a gap.
    for group in [*groups, *(g for g in tally if g not in groups)]:
        cells = tally.get(group, {})
        lines.append(f"| {group} | " + " | ".join(_cell(cells.get(s)) if s in scored else "not scored"
                                                   for s in splits) + " |")
    return lines + [""]


def _md(text: Any) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def render_markdown(res: dict[str, Any]) -> str:
    splits = res["columns"]
    scored = res["scored_splits"]
    meta = res["run"]
    out = [
        "# Real-world benchmark: results",
        "",
        f"Run {meta['finished']} · split `{meta['split']}` · {meta['bot_version']} · rules of commit "
        f"{meta['project_commit'][:12]}{' (semgrep-rules/ had uncommitted changes)' if meta['rules_dirty'] else ''}"
        f" · {meta['files_exported']} files exported, scan {meta['scan_seconds']:.1f} s.",
        "",
        "An instance is **found** when a finding of the same antipattern id in the same file covers its line or one "
        f"of its `also_lines` (the finding's range, start to end line, as the review comment spans it, or one of its "
        f"uses); the `±{NEAR}` figure also counts a finding up to {NEAR} lines away (one finding "
        "per instance). Cells: found/instances (recall).",
        "",
    ]
    if not res["holdout_exists"]:
        out += ["No `holdout.txt`: every repository counts as tune.", ""]
    for s in splits:
        if s not in scored and s != "all":
            out += [f"The {s} split was not scored in this run (`--split {meta['split']}`).", ""]
    out += ["### Counts", "", "| | " + " | ".join(splits) + " |", "|---|" + "---|" * len(splits)]
    for key, label in (("repos", "repos"), ("instances", "instances"), ("clean_files", "clean files"),
                       ("labeled_files", "labeled files")):
        out.append(f"| {label} | " + " | ".join(str(res["counts"][s][key]) if s in scored else "–"
                                                for s in splits) + " |")
    for kind in KINDS:
        out.append(f"| repos `{kind}` | " + " | ".join(
            str(res["counts"][s]["repos_by_kind"].get(kind, 0)) if s in scored else "–" for s in splits) + " |")
    out.append("")
    out += _table("Recall, overall", res["recall"]["overall"], splits, scored, "")
    out += _table("Recall per antipattern id", res["recall"]["by_id"], splits, scored, "id", res["taxonomy"])
    out += _table("Recall per language", res["recall"]["by_language"], splits, scored, "language", LANGUAGES)
    out += _table("Recall per kind of repository", res["recall"]["by_kind"], splits, scored, "kind", KINDS)
    nc = res["not_covered"]
    out += ["### Coverage", ""]
    if res["coverage_error"]:
        out += [f"**Coverage of labeled files not checked:** {res['coverage_error']}", ""]
    else:
        n_inst = sum(x["instances"] for x in nc)
        out += [f"**Labeled files the scan did not cover: {len(nc)} of {res['labeled_files_scored']}** "
                f"({n_inst} instance{'s' if n_inst != 1 else ''} in them; they count as misses above).", ""]
        for x in nc:
            out.append(f"- {x['repo']} `{x['path']}` ({x['split']}): {x['reason']}")
        no_rule = [r for r in res["instances"] if r["rule_for_id_reads_file"] is False]
        out += ["", f"Instances whose file no rule of their id reads (language or `paths:` of the rules): "
                f"{len(no_rule)} of {len(res['instances'])}.", ""]
    if res["scan_errors"]:
        out += [f"Semgrep reported errors on {len(res['scan_errors'])} labeled files:", ""]
        out += [f"- `{p}`: {'; '.join(_md(m) for m in msgs)}" for p, msgs in sorted(res["scan_errors"].items())]
        out.append("")
    if res["past_end"]:
        out += [f"**WARNING: {len(res['past_end'])} labels point past the end of their file** "
                "(wrong commit or line?):", ""]
        out += [f"- {x['repo']} `{x['path']}`:{x['line']} {x['id']} (file has {x['file_lines']} lines)"
                for x in res["past_end"]]
        out.append("")
    if res["missing_repos"]:
        out += [f"**Repositories not scored (not in the mirror, or the commit is absent): "
                f"{len(res['missing_repos'])}**", ""]
        out += [f"- {x['repo']} @ {x['commit'][:12]} ({x['split']}, {x['instances']} instances): {x['reason']}"
                for x in res["missing_repos"]]
        out.append("")
    fps = res["false_positives"]
    out += ["### Findings on files labeled clean (false positives)", "",
            "| | " + " | ".join(splits) + " |", "|---|" + "---|" * len(splits),
            "| findings | " + " | ".join(
                str(sum(1 for f in fps if f["split"] == s or s == "all")) if s in scored else "–" for s in splits)
            + " |",
            "| clean files | " + " | ".join(
                str(res["counts"][s]["clean_files"]) if s in scored else "–" for s in splits) + " |", ""]
    if fps:
        out += ["| split | repo | path:line | rule | id |", "|---|---|---|---|---|"]
        out += [f"| {f['split']} | {f['repo']} | `{_md(f['path'])}:{f['line']}` | {f['rule_id']} | {f['antipattern']} |"
                for f in fps]
        out.append("")
    if res["unmatched"]:
        out += [f"Findings in files with instances, on no labeled line: {len(res['unmatched'])} "
                "(not scored; either a label is missing or the finding is a false positive):", ""]
        out += [f"- {u['repo']} `{u['path']}:{u['line']}` {u['antipattern']} ({u['rule_id']})" for u in res["unmatched"]]
        out.append("")
    sib = res["sibling_findings"]
    if sib:
        out += ["Findings in unlabeled files exported beside the labeled ones (not scored): " + "; ".join(
            f"{s}: " + ", ".join(f"{k} {v}" for k, v in c.items()) for s, c in sib.items()), ""]
    misses = [r for r in res["instances"] if not r["found"]]
    out += [f"### Misses ({len(misses)})", "",
            "| split | repo | path | line | id | lang | note | file covered | rule for id reads file | nearby |",
            "|---|---|---|---|---|---|---|---|---|---|"]
    yn = {True: "yes", False: "**no**", None: "?"}
    for r in misses:
        lines = str(r["line"]) + (f" (+{','.join(map(str, r['also_lines']))})" if r["also_lines"] else "")
        nearby = ", ".join(r["other_ids_nearby"]) + (f" ±{NEAR}: {r['finding']}" if r["finding"] else "")
        out.append(f"| {r['split']} | {r['repo']} | `{_md(r['path'])}` | {lines} | {r['id']} | {r['language']} | "
                   f"{_md(r['note'])} | {yn[r['file_covered']]} | {yn[r['rule_for_id_reads_file']]} | {_md(nearby)} |")
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- main


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="bench/realworld/run.py", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--mirror", help="folder of fetched bare repositories, <mirror>/<owner+name>/... "
                                    "(default: $JSG_BENCH_MIRROR)")
    p.add_argument("--language", action="append", choices=LANGUAGES,
                   help="only repositories with labels in this language (repeatable; for quick runs)")
    p.add_argument("--split", choices=("tune", "holdout", "all"), default="all",
                   help="which repositories to scan and score (default: all)")
    p.add_argument("--allow-missing", action="store_true",
                   help="score what is in the mirror and list the missing repositories instead of failing")
    p.add_argument("--bot", help="the jwt-session-guard console script (default: beside this interpreter)")
    p.add_argument("--select-holdout", metavar="SEED",
                   help="write holdout.txt with a third of the repos chosen with this seed, print it, and stop")
    p.add_argument("--extend-holdout", metavar="SEED",
                   help="with --manifest: hold back a third of that new manifest's repos (in no other manifest), "
                        "appended to holdout.txt, and stop")
    p.add_argument("--renew-holdout", action="store_true",
                   help="with --manifest: retire the held-back repos (they join the tune split) and hold back "
                        "every repo of that fresh manifest, then stop")
    p.add_argument("--manifest", help="with --extend-holdout or --renew-holdout: the new manifest file "
                                      "(instances/<name>.yml)")
    p.add_argument("--check", action="store_true",
                   help="validate the manifests and export the files (labeled paths exist, lines in range); no scan")
    p.add_argument("--force", action="store_true", help="with --select-holdout: replace an existing holdout.txt")
    p.add_argument("--instances", default=str(HERE / "instances"), help="folder of the manifests (*.yml)")
    p.add_argument("--holdout", default=str(HERE / "holdout.txt"), help="the held-back repo list")
    p.add_argument("--out", default=str(HERE.parent / "results" / "realworld"),
                   help="where results.json and results.md go (default: bench/results/realworld/)")
    p.add_argument("--keep-tree", action="store_true", help="keep the exported tree and print its path")
    return p


def _warn(lines: Iterable[str]) -> None:
    for ln in lines:
        sys.stderr.write(f"warning: {ln}\n")


def _project_state() -> tuple[str, bool]:
    head = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "HEAD"], capture_output=True, text=True)
    status = subprocess.run(["git", "-C", str(ROOT), "--no-optional-locks", "status", "--porcelain", "--",
                             "semgrep-rules"], capture_output=True, text=True)
    return (head.stdout.strip() or "unknown"), bool(status.stdout.strip())


def run(args: argparse.Namespace) -> int:
    ids = set(taxonomy_ids())
    repos, warnings = load_manifests(Path(args.instances), ids)
    _warn(warnings)
    holdout_path = Path(args.holdout)
    if args.select_holdout is not None:
        if holdout_path.exists() and not args.force:
            raise BenchError(f"{holdout_path} exists: the held-back third is chosen once, before any scan "
                             "(--force replaces it)")
        held_list = select_holdout(repos, args.select_holdout)
        text = holdout_text(repos, held_list, args.select_holdout)
        holdout_path.write_text(text, encoding="utf-8")
        sys.stdout.write(text)
        sys.stdout.write(f"wrote {holdout_path}\n")
        return 0
    if args.extend_holdout is not None:
        if not args.manifest:
            raise BenchError("--extend-holdout needs --manifest instances/<name>.yml")
        manifest = Path(args.manifest) if Path(args.manifest).is_file() else Path(args.instances) / args.manifest
        sys.stdout.write(extend_holdout(holdout_path, manifest, args.extend_holdout))
        return 0
    if args.renew_holdout:
        if not args.manifest:
            raise BenchError("--renew-holdout needs --manifest instances/<name>.yml")
        manifest = Path(args.manifest) if Path(args.manifest).is_file() else Path(args.instances) / args.manifest
        sys.stdout.write(renew_holdout(holdout_path, manifest))
        return 0
    held, h_warnings = read_holdout(holdout_path, repos)
    _warn(h_warnings)
    scored_splits = ["tune", "holdout", "all"] if args.split == "all" else [args.split]
    if held is None and args.split == "holdout":
        raise BenchError(f"--split holdout: {holdout_path} does not exist (run --select-holdout SEED first)")
    selected = [e for e in repos.values() if args.split == "all" or split_of(e.repo, held) == args.split]
    if args.language:
        # Repositories with a label in these languages (for quicker runs while working on one language).
        wanted = set(args.language)
        selected = [e for e in selected
                    if any(i.language in wanted for i in e.instances) or any(c.language in wanted for c in e.clean)]
    mirror_arg = args.mirror or os.environ.get("JSG_BENCH_MIRROR")
    if not mirror_arg:
        raise BenchError("no mirror: pass --mirror DIR or set JSG_BENCH_MIRROR (the folder of fetched repositories)")
    mirror = Path(mirror_arg)
    if not mirror.is_dir():
        raise BenchError(f"mirror {mirror}: not a folder")
    bot = find_bot(args.bot)

    missing: list[dict[str, Any]] = []
    present: list[tuple[RepoEntry, Path]] = []
    for e in selected:
        git_dir = find_git_dir(mirror, e.repo)
        reason = None
        if git_dir is None:
            reason = f"no git directory under {mirror / e.dirname}"
        elif not has_commit(git_dir, e.commit):
            reason = f"commit {e.commit} is not in {git_dir}"
        if reason:
            missing.append({"repo": e.repo, "commit": e.commit, "split": split_of(e.repo, held),
                            "instances": len(e.instances), "reason": reason})
        else:
            present.append((e, git_dir))
    if missing:
        for m in missing:
            sys.stderr.write(f"missing: {m['repo']} @ {m['commit']}: {m['reason']}\n")
        if not args.allow_missing:
            raise MirrorMissing(f"{len(missing)} of {len(selected)} repositories are missing from {mirror}; "
                                "fetch them (or pass --allow-missing to score the rest)")
    if not present:
        raise MirrorMissing("no repository to scan")

    tree = Path(tempfile.mkdtemp(prefix="jsg-realworld-"))
    try:
        errors: list[str] = []
        exported: dict[str, Exported] = {}
        for e, git_dir in present:
            exported[e.repo] = export_repo(git_dir, e, tree / e.dirname, errors)
        if errors:
            raise ManifestInvalid(errors)
        past_end = []
        for e, _ in present:
            for inst in e.instances:
                n = exported[e.repo].line_counts[inst.path]
                for ln in inst.lines:
                    if ln > n:
                        past_end.append({"repo": e.repo, "path": inst.path, "line": ln, "id": inst.id,
                                         "file_lines": n, "where": inst.where})
        for p in past_end:
            sys.stderr.write(f"WARNING: LABEL PAST END OF FILE: {p['where']}: {p['path']}:{p['line']} "
                             f"but the file has {p['file_lines']} lines at the pinned commit\n")
        if args.check:
            n_inst = sum(len(e.instances) for e, _ in present)
            n_clean = sum(len(e.clean) for e, _ in present)
            sys.stdout.write(
                f"check: {len(present)} repositories, {n_inst} instances and {n_clean} clean files are valid; "
                f"{sum(x.files for x in exported.values())} files exported; {len(past_end)} labels past the end "
                f"of their file; {len(missing)} repositories missing; nothing scanned\n")
            return 0
        labeled_tree_paths = [f"{e.dirname}/{p}" for e, _ in present for p in e.labeled_paths]
        scan = run_scan(tree, bot, labeled_tree_paths)
        scan_errors = parse_scan_errors(scan.stderr_lines, labeled_tree_paths)
        entries = [e for e, _ in present]
        scored = score(entries, held, scan.findings, scan.coverage, scan_errors)
        rows = scored["rows"]
        not_covered = []
        if scan.coverage is not None:
            for e in entries:
                for p in e.labeled_paths:
                    why = scan.coverage.get(f"{e.dirname}/{p}", {}).get("why_not")
                    if why:
                        not_covered.append({"repo": e.repo, "path": p, "split": split_of(e.repo, held),
                                            "reason": why,
                                            "instances": sum(1 for i in e.instances if i.path == p)})
        project_commit, rules_dirty = _project_state()
        res: dict[str, Any] = {
            "run": {
                "finished": datetime.datetime.now().astimezone().isoformat(timespec="seconds"),
                "split": args.split, "bot": Path(bot).name, "bot_version": scan.version,
                "project_commit": project_commit, "rules_dirty": rules_dirty,
                "scan_exit_code": scan.exit_code, "scan_seconds": round(scan.seconds, 1),
                "files_exported": sum(x.files for x in exported.values()),
                "bytes_exported": sum(x.bytes for x in exported.values()),
                "siblings_skipped_as_large": sum(x.skipped_large for x in exported.values()),
                "siblings_not_in_mirror": sum(x.skipped_missing for x in exported.values()),
                "findings_total": len(scan.findings),
            },
            "taxonomy": taxonomy_ids(),
            "holdout_exists": held is not None,
            "holdout": sorted(e.repo for e in repos.values() if held and e.repo.lower() in held),
            "columns": ["tune", "holdout", "all"] if held is not None else ["all"],
            "scored_splits": scored_splits if held is not None else ["all"],
            "manifests": {f.name: hashlib.sha256(f.read_bytes()).hexdigest()
                          for f in sorted(Path(args.instances).glob("*.y*ml"))},
            "counts": counts(entries, held),
            "recall": {
                "overall": _tally(rows, ""),
                "by_id": _tally(rows, "id"),
                "by_language": _tally(rows, "language"),
                "by_kind": _tally(rows, "kind"),
            },
            "labeled_files_scored": len(labeled_tree_paths),
            "not_covered": not_covered,
            "coverage_error": scan.coverage_error,
            "scan_errors": scan_errors,
            "past_end": past_end,
            "missing_repos": missing,
            "false_positives": scored["false_positives"],
            "unmatched": scored["unmatched"],
            "sibling_findings": scored["sibling_findings"],
            "instances": rows,
        }
        md = render_markdown(res)
        out = Path(args.out)
        out.mkdir(parents=True, exist_ok=True)
        (out / "results.json").write_text(json.dumps(res, indent=2) + "\n", encoding="utf-8")
        (out / "results.md").write_text(md, encoding="utf-8")
        sys.stdout.write(md)
        sys.stdout.write(f"\nwrote {out / 'results.json'} and {out / 'results.md'}\n")
        if scan.coverage_error:
            sys.stderr.write(f"warning: {scan.coverage_error}\n")
        if past_end:
            sys.stderr.write(f"WARNING: {len(past_end)} labels point past the end of their file (see above)\n")
    finally:
        if args.keep_tree:
            sys.stderr.write(f"kept the exported tree: {tree}\n")
        else:
            shutil.rmtree(tree, ignore_errors=True)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return run(args)
    except ManifestInvalid as exc:
        sys.stderr.write(f"invalid benchmark input ({len(exc.errors)} problem{'s' if len(exc.errors) != 1 else ''}):\n")
        for err in exc.errors:
            sys.stderr.write(f"  {err}\n")
        return exc.exit_code
    except BenchError as exc:
        sys.stderr.write(f"run.py: error: {exc}\n")
        return exc.exit_code


if __name__ == "__main__":
    sys.exit(main())
