"""Rules that hold only in files of their JWT library: look-alikes with no such library.

A rule test file cannot hold these cases (its `ruleid:` case brings the library
import that the guard looks for), so they are scanned here, once without the
import and once with it: the guard, not the patterns, is what keeps them silent.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from bot.scan import semgrep_executable

RULES = Path(__file__).resolve().parent.parent / "semgrep-rules"

ADVISORY_CONVERTER = """\
{imports}import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

class AdvisoryConverter {{
    private final ObjectMapper objectMapper = new ObjectMapper();

    List<Map<String, Object>> events(List<Object> source) {{
        List<Map<String, Object>> out = new ArrayList<>();
        for (Object event : source) {{
            Map<String, Object> map = objectMapper.convertValue(event, Map.class);
            out.add(map);
        }}
        return out;
    }}
}}
"""

OWN_SIGNATURE_TYPE = """\
package io.example.security
{imports}
enum class SignatureAlgorithm {{ NONE, SHA256_WITH_ECDSA }}

class Signature(val algorithm: SignatureAlgorithm, val bytes: ByteArray) {{
    companion object {{
        val none = Signature(SignatureAlgorithm.NONE, ByteArray(0))
    }}
}}
"""

CASES = [
    # a Jackson conversion added to a list (noise set 9): no JWT payload
    ("java/jjwt-sensitive-claims.yaml", "AdvisoryConverter.java", ADVISORY_CONVERTER,
     "import io.jsonwebtoken.Jwts;\n", 13),
    # an app's own signature type with a `none` placeholder (noise set 9): no jjwt
    ("kotlin/kotlin-jjwt-unsecured-jwt.yaml", "Signature.kt", OWN_SIGNATURE_TYPE,
     "import io.jsonwebtoken.SignatureAlgorithm\n", 8),
]


def _lines(rule: Path, target: Path) -> list[int]:
    proc = subprocess.run(
        [semgrep_executable(), "--config", str(rule), "--json", "--disable-version-check", "--metrics=off",
         "--quiet", str(target)],
        capture_output=True, text=True, timeout=300, check=True,
    )
    return [r["start"]["line"] for r in json.loads(proc.stdout)["results"]]


@pytest.mark.parametrize(("rule", "name", "source", "imports", "line"), CASES, ids=[c[0] for c in CASES])
def test_silent_without_the_library_and_reported_with_it(
    tmp_path: Path, rule: str, name: str, source: str, imports: str, line: int
) -> None:
    plain, with_library = tmp_path / "plain" / name, tmp_path / "lib" / name
    for path, text in ((plain, source.format(imports="")), (with_library, source.format(imports=imports))):
        path.parent.mkdir()
        path.write_text(text)
    assert _lines(RULES / rule, plain) == []
    assert _lines(RULES / rule, with_library) == [line]
