"""Inline scripts of .vue, .svelte and .html files are reviewed as JavaScript or TypeScript.

The scan tests run the real pack through semgrep and check that findings carry
the changed file's own path, line and fingerprint.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.diff import ChangedFile, FileStatus
from bot.diff_filter import FilterMode
from bot.embedded import shadow_of, write_shadows
from bot.fingerprint import fingerprint
from bot.pack import load_pack
from bot.paths import rules_dir
from bot.pipeline import Review, scan_files
from bot.settings import Settings
from bot.sources import worktree_reader

VUE = """\
<template>
  <form @submit.prevent="login"><input v-model="password" type="password"></form>
</template>

<script lang="ts">
import axios from 'axios'
import { jwtDecode } from 'jwt-decode'
export default {
  methods: {
    async login(): Promise<void> {
      const res = await axios.post('/api/login', { password: this.password })
      localStorage.setItem('token', res.data.token)
      const claims = jwtDecode(this.$route.query.state)
    }
  }
}
</script>
"""

HTML = """\
<html><body>
<script src="/app.js"></script>
<script type="text/template"><p>localStorage.setItem('token', t)</p></script>
<script>
  fetch('/login').then(r => r.json()).then(d => { localStorage.setItem("jwt", d.token); });
  function logout() {
    localStorage.removeItem('jwt');
    window.location.href = "/login.html";
  }
</script>
</body></html>
"""

SVELTE = """\
<script>
  export let user;
  const theme = localStorage.getItem('theme');
</script>

<h1>Hello {user.name}</h1>
"""


def test_the_shadow_keeps_every_script_line_and_column_and_blanks_the_rest() -> None:
    data, ext = shadow_of(HTML.encode())
    assert ext == ".js"
    lines = data.decode().split("\n")
    assert len(lines) == len(HTML.split("\n"))
    assert lines[4] == HTML.split("\n")[4]  # the script body, byte for byte
    # Markup, an external script and a template are blank: the template's text is not code.
    assert [i for i, line in enumerate(lines) if line.strip()] == [4, 5, 6, 7, 8]


def test_lang_ts_makes_a_typescript_shadow_and_a_file_without_script_has_none() -> None:
    assert shadow_of(VUE.encode())[1] == ".ts"
    assert shadow_of(b"<html><body><p>hi</p></body></html>") is None
    assert shadow_of(b'<script src="x.js"></script><script type="application/ld+json">{"a": 1}</script>') is None


def test_a_shadow_never_overwrites_a_file_of_the_change(tmp_path: Path) -> None:
    (tmp_path / "a.vue").write_text(VUE)
    (tmp_path / "a.vue.jsg-script.ts").write_text("const mine = 1;\n")
    shadows = write_shadows(tmp_path, ["a.vue", "a.vue.jsg-script.ts"])
    assert shadows == {"a.vue.jsg-script-1.ts": "a.vue"}
    assert (tmp_path / "a.vue.jsg-script.ts").read_text() == "const mine = 1;\n"


def test_the_bundled_pack_covers_components_and_pages() -> None:
    coverage = load_pack([rules_dir()]).coverage
    assert [coverage.covers(p) for p in ("web/Login.vue", "web/Nav.svelte", "public/index.html", "a.HTM")] == [
        True, True, True, True]


@pytest.fixture(scope="module")
def review(tmp_path_factory: pytest.TempPathFactory) -> Review:
    root = tmp_path_factory.mktemp("app")
    files = {"src/Login.vue": VUE, "public/login.html": HTML, "src/Nav.svelte": SVELTE,
             "public/about.html": "<html><body><p>About</p></body></html>\n"}
    for path, text in files.items():
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        (root / path).write_text(text)
    changed = [ChangedFile(path=p, status=FileStatus.ADDED, has_patch=False) for p in files]
    return scan_files(changed, read=worktree_reader(root), settings=Settings(rule_configs=(rules_dir(),)),
                      mode=FilterMode.NOFILTER)


def test_findings_land_on_the_changed_file_at_the_scripts_line(review: Review) -> None:
    # The page's own jwtDecode (line 13) is the browser reading its token, not a server trusting one.
    assert [(f.path, f.line, f.end_line, f.rule_id) for f in review.findings] == [
        ("public/login.html", 5, 5, "browser-storage-token"),
        ("public/login.html", 6, 9, "express-logout-without-revocation"),
        ("src/Login.vue", 12, 12, "browser-storage-token"),
    ]
    vue = review.findings[2]
    assert vue.code == "      localStorage.setItem('token', res.data.token)"
    # The identity is the component's, so a later run matches the same comment.
    assert vue.fingerprint == fingerprint(rule_id=vue.rule_id, path="src/Login.vue", code=vue.code, occurrence=0)


def test_every_host_counts_as_scanned_and_no_shadow_is_named(review: Review) -> None:
    assert review.scan.scanned == ("public/about.html", "public/login.html", "src/Login.vue", "src/Nav.svelte")
    assert review.not_reviewed == ()
    assert review.to_scan == 4
