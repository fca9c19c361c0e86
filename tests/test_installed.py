"""Installed library versions from lock files and manifests, and the hardening notes they make moot."""

from __future__ import annotations

import json

import pytest

from bot.installed import Installed, Requirement, covered_from, drop_covered
from bot.model import Finding
from bot.severity import Severity
from bot.sources import one_by_one



def _reader(files: dict[str, str]):  # type: ignore[no-untyped-def]
    return one_by_one(lambda path: files[path].encode() if path in files else None)


def _lowest(files: dict[str, str], path: str, ecosystem: str, package: str) -> tuple[int, ...] | None:
    return Installed(_reader(files), [path]).lowest(path, ecosystem, package)


def _lock_v3(**versions: str) -> str:
    return json.dumps({"lockfileVersion": 3, "packages": {
        "": {"dependencies": {"passport-jwt": "^4.0.1"}},
        **{key: {"version": v} for key, v in versions.items()}}})


def test_package_lock_gives_every_installed_copy_and_the_lowest_wins() -> None:
    lock = _lock_v3(**{"node_modules/jsonwebtoken": "9.0.3", "node_modules/old/node_modules/jsonwebtoken": "8.5.1"})
    assert _lowest({"package-lock.json": lock}, "backend/server.js", "npm", "jsonwebtoken") == (8, 5, 1)
    only9 = _lock_v3(**{"node_modules/jsonwebtoken": "9.0.3"})
    assert _lowest({"package-lock.json": only9}, "backend/server.js", "npm", "jsonwebtoken") == (9, 0, 3)


def test_package_lock_version_1_nests_its_dependencies() -> None:
    lock = json.dumps({"lockfileVersion": 1, "dependencies": {
        "passport-jwt": {"version": "4.0.0", "dependencies": {"jsonwebtoken": {"version": "8.5.1"}}}}})
    assert _lowest({"package-lock.json": lock}, "a.js", "npm", "jsonwebtoken") == (8, 5, 1)


def test_yarn_classic_and_berry_and_pnpm_locks() -> None:
    classic = 'jsonwebtoken@^9.0.0, jsonwebtoken@^9.0.2:\n  version "9.0.2"\n  resolved "x"\n\njws@^3.2.2:\n  version "3.2.2"\n'
    berry = '"jsonwebtoken@npm:^9.0.0":\n  version: 9.0.2\n  resolution: "jsonwebtoken@npm:9.0.2"\n'
    scoped = '"@nestjs/jwt@^10.2.0":\n  version "10.2.0"\n'
    pnpm = "packages:\n\n  /jsonwebtoken@8.5.1:\n    resolution: {integrity: x}\n  jws@3.2.2:\n"
    assert _lowest({"yarn.lock": classic}, "src/a.ts", "npm", "jsonwebtoken") == (9, 0, 2)
    assert _lowest({"yarn.lock": classic}, "src/a.ts", "npm", "jws") == (3, 2, 2)
    assert _lowest({"yarn.lock": berry}, "src/a.ts", "npm", "jsonwebtoken") == (9, 0, 2)
    assert _lowest({"yarn.lock": scoped}, "src/a.ts", "npm", "@nestjs/jwt") == (10, 2, 0)
    assert _lowest({"pnpm-lock.yaml": pnpm}, "src/a.ts", "npm", "jsonwebtoken") == (8, 5, 1)


def test_package_json_ranges_give_their_floor_and_open_ranges_are_unknown() -> None:
    def floor(spec: str) -> tuple[int, ...] | None:
        pkg = json.dumps({"dependencies": {"jsonwebtoken": spec}})
        return _lowest({"package.json": pkg}, "a.js", "npm", "jsonwebtoken")

    assert [floor(s) for s in ("^9.0.0", "~8.5.1", "9.x", ">=9 <10", "^8.0.0 || ^9.0.0", "*", "latest", "<9")] == [
        (9, 0, 0), (8, 5, 1), (9,), (9,), (8, 0, 0), None, None, None]


def test_the_nearest_folder_that_names_the_package_decides() -> None:
    files = {
        "package-lock.json": _lock_v3(**{"node_modules/jsonwebtoken": "9.0.3"}),
        "apps/legacy/package.json": json.dumps({"dependencies": {"jsonwebtoken": "^8.5.1"}}),
        "apps/web/package.json": json.dumps({"dependencies": {"react": "^18"}}),
    }
    assert _lowest(files, "apps/legacy/src/auth.js", "npm", "jsonwebtoken") == (8, 5, 1)
    assert _lowest(files, "apps/web/src/auth.js", "npm", "jsonwebtoken") == (9, 0, 3)
    assert _lowest(files, "apps/web/src/auth.js", "npm", "jose") is None


def test_python_locks_and_requirements() -> None:
    poetry = '[[package]]\nname = "PyJWT"\nversion = "2.8.0"\ndescription = "x"\n'
    pipfile_lock = json.dumps({"default": {"pyjwt": {"version": "==1.7.1"}}, "develop": {}})
    assert _lowest({"poetry.lock": poetry}, "app/auth.py", "pypi", "pyjwt") == (2, 8, 0)
    assert _lowest({"Pipfile.lock": pipfile_lock}, "app/auth.py", "pypi", "pyjwt") == (1, 7, 1)
    assert _lowest({"requirements.txt": "flask==3.0\nPyJWT[crypto]>=2.4,<3  # tokens\n"},
                   "app/auth.py", "pypi", "pyjwt") == (2, 4)
    assert _lowest({"requirements.txt": "pyjwt\n"}, "app/auth.py", "pypi", "pyjwt") is None
    assert _lowest({"pyproject.toml": 'dependencies = [\n  "pyjwt~=2.1",\n]\n'}, "app/auth.py", "pypi", "pyjwt") == (2, 1)


def _f(rule: str, path: str, covered: list[str] | None) -> Finding:
    return Finding(rule_id=rule, antipattern="jwt-none-algorithm", severity=Severity.WARNING, path=path, line=3,
                   end_line=3, message="m", code="c", fingerprint=rule + path,
                   metadata={"covered-from": covered} if covered else {})


def test_a_hardening_note_the_installed_version_covers_is_dropped_and_unknown_stays() -> None:
    files = {"api/package-lock.json": _lock_v3(**{"node_modules/jsonwebtoken": "9.0.3"}),
             "legacy/package.json": json.dumps({"dependencies": {"jsonwebtoken": "8.5.1"}})}
    gate = ["npm:jsonwebtoken@9", "npm:passport-jwt@4.0.1"]
    findings = [_f("verify-no-algs", "api/auth.js", gate), _f("verify-no-algs", "legacy/auth.js", gate),
                _f("verify-no-algs", "other/auth.js", gate), _f("weak-key", "api/auth.js", None)]
    kept = drop_covered(findings, _reader(files))
    assert [(f.rule_id, f.path) for f in kept] == [
        ("verify-no-algs", "legacy/auth.js"), ("verify-no-algs", "other/auth.js"), ("weak-key", "api/auth.js")]


def test_one_covering_requirement_is_enough() -> None:
    files = {"package.json": json.dumps({"dependencies": {"passport-jwt": "^4.0.1"}})}
    kept = drop_covered([_f("strategy", "src/jwt.strategy.ts", ["npm:jsonwebtoken@9", "npm:passport-jwt@4.0.1"])],
                        _reader(files))
    assert kept == []


def test_no_gated_finding_reads_nothing() -> None:
    def read(paths):  # type: ignore[no-untyped-def]
        raise AssertionError(f"read {paths}")

    found = [_f("weak-key", "a.js", None)]
    assert drop_covered(found, read) == found


@pytest.mark.parametrize(("spec", "parsed"), [
    ("npm:jsonwebtoken@9", Requirement("npm", "jsonwebtoken", (9,))),
    ("npm:@nestjs/jwt@10.0.2", Requirement("npm", "@nestjs/jwt", (10, 0, 2))),
    ("pypi:PyJWT@2", Requirement("pypi", "pyjwt", (2,))),
])
def test_covered_from_metadata(spec: str, parsed: Requirement) -> None:
    assert covered_from({"covered-from": [spec, "bogus"]}) == (parsed,)
