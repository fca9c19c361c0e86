"""Deterministic synthetic repositories and pull requests for the benchmark.

A repository holds N files of mixed-language application code (python,
javascript, typescript, java, go, ruby, php, csharp). Most are "neutral"
modules, handlers, services and utilities (30-200 lines) that never mention
tokens, sessions or cookies, so semgrep's prefilter can skip them. A share of
them ("auth" files: ~5% in the `few` variant, ~60% in `many`) are copies of
the project's own annotated corpus (tests/corpus/<lang>/) with renamed
classes: realistic JWT/session code carrying the antipatterns the pack reports
(each marked by an `expect:` comment).

A pull request branch `pr-k<K>` then changes K files: ~60% modified (neutral
files get a new function; auth files get edited lines right under their
`expect:` markers, so those findings sit on added lines) and ~40% added (new
neutral or auth files; at least a quarter of the added files are auth files,
so every PR carries antipatterns on added lines).

Everything is derived from a seed: the same arguments give byte-identical
files and the same commit trees (commit dates are pinned too).

    python bench/generate.py --variant many --files 1000 --pr 20 --pr 200 /tmp/repo
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus"
GENERATOR_VERSION = "4"

VARIANTS = {"few": 0.05, "many": 0.60}
LANG_WEIGHTS = {
    "python": 20, "javascript": 15, "typescript": 15, "java": 12,
    "go": 12, "ruby": 8, "php": 8, "csharp": 10,
}
EXT = {"python": ".py", "javascript": ".js", "typescript": ".ts", "java": ".java",
       "go": ".go", "ruby": ".rb", "php": ".php", "csharp": ".cs"}
COMMENT = {"python": "#", "ruby": "#", "php": "//", "javascript": "//", "typescript": "//",
           "java": "//", "go": "//", "csharp": "//"}
CORPUS_EXT = {"python": (".py",), "javascript": (".js", ".jsx", ".mjs"), "typescript": (".ts", ".tsx"),
              "java": (".java",), "go": (".go",), "ruby": (".rb",), "php": (".php",), "csharp": (".cs",)}

AREAS = ["billing", "catalog", "inventory", "orders", "shipping", "reports", "search", "notifications",
         "analytics", "pricing", "customers", "warehouse", "payments", "media", "scheduling", "audit",
         "exports", "imports", "metrics", "geo", "ledger", "returns", "support", "content"]
ENTITIES = ["order", "invoice", "product", "shipment", "customer", "report", "item", "payment",
            "refund", "coupon", "address", "vendor", "ticket", "booking", "batch", "asset", "metric",
            "article", "review", "quote", "parcel", "route", "plan", "receipt"]
FIELDS = ["amount", "quantity", "status", "region", "created_at", "weight", "price", "currency",
          "priority", "category", "score", "total", "discount", "owner_id", "sku", "rating"]
VERBS = ["load", "build", "compute", "collect", "group", "filter", "normalize", "summarize", "merge",
         "rank", "format", "export", "refresh", "resolve", "schedule", "validate", "split", "index"]
KINDS = ["service", "handler", "util", "repository", "module", "worker", "mapper", "client"]

# Words a neutral file must never contain, so it cannot look like auth code.
FORBIDDEN = re.compile(r"(?i)jwt|token|session|cookie|secret|passw|auth|login|logout|signin|bearer|credential|jose")


def camel(s: str) -> str:
    return "".join(p[:1].upper() + p[1:] for p in re.split(r"[_\W]+", s) if p)


def lower_camel(s: str) -> str:
    c = camel(s)
    return c[:1].lower() + c[1:]


# --------------------------------------------------------------------------- neutral code


@dataclass
class Names:
    area: str
    entity: str
    other: str
    field: str
    field2: str
    verb: str
    n: int

    @classmethod
    def pick(cls, rnd: random.Random, area: str) -> Names:
        e, o = rnd.sample(ENTITIES, 2)
        f, f2 = rnd.sample(FIELDS, 2)
        return cls(area=area, entity=e, other=o, field=f, field2=f2, verb=rnd.choice(VERBS), n=rnd.randint(3, 500))


def py_funcs(x: Names) -> list[str]:
    E, e, f, f2, o = camel(x.entity), x.entity, x.field, x.field2, x.other
    return [
        f'''def {x.verb}_{e}_rows(rows, limit={x.n}):
    """Return at most `limit` {e} rows with a non-empty {f}, newest first."""
    out = []
    for row in sorted(rows, key=lambda r: r.get("{f2}") or 0, reverse=True):
        if not row.get("{f}"):
            continue
        out.append({{"id": row["id"], "{f}": row["{f}"], "{f2}": row.get("{f2}")}})
        if len(out) >= limit:
            break
    return out
''',
        f'''def group_{e}s_by_{f}(items):
    groups = defaultdict(list)
    for item in items:
        groups[item.{f}].append(item)
    summary = {{}}
    for value, members in groups.items():
        summary[value] = {{
            "count": len(members),
            "{f2}": sum(getattr(m, "{f2}", 0) or 0 for m in members),
        }}
    logger.debug("grouped %d {e}s into %d buckets", len(items), len(summary))
    return summary
''',
        f'''def parse_{e}_line(line: str) -> {E}:
    parts = [p.strip() for p in line.split(",")]
    if len(parts) < 3:
        raise ValueError(f"expected 3 columns, got {{len(parts)}}: {{line!r}}")
    ident, {f}, {f2} = parts[:3]
    return {E}(id=int(ident), {f}={f}, {f2}=float({f2} or 0))
''',
        f'''def retry_{x.verb}(fn, attempts={x.n % 5 + 2}, delay=0.{x.n % 9 + 1}):
    last = None
    for attempt in range(1, attempts + 1):
        try:
            return fn()
        except (ConnectionError, TimeoutError) as exc:
            last = exc
            logger.warning("attempt %d/%d failed: %s", attempt, attempts, exc)
            time.sleep(delay * attempt)
    raise RuntimeError("giving up after %d attempts" % attempts) from last
''',
        f'''class {E}{camel(x.verb)}Service:
    def __init__(self, store, clock=time.time):
        self.store = store
        self.clock = clock
        self._cache = {{}}

    def get(self, ident):
        if ident in self._cache:
            return self._cache[ident]
        record = self.store.fetch("{e}", ident)
        if record is None:
            raise LookupError(f"no {e} {{ident}}")
        self._cache[ident] = record
        return record

    def {x.verb}(self, idents):
        started = self.clock()
        results = [self.get(i) for i in idents]
        logger.info("{x.verb} %d {e}s in %.2fs", len(results), self.clock() - started)
        return results

    def link_{o}(self, ident, {o}_id):
        record = self.get(ident)
        record.setdefault("{o}_ids", []).append({o}_id)
        self.store.save("{e}", ident, record)
        return record
''',
        f'''def {e}_to_dict(obj: {E}) -> dict:
    data = asdict(obj)
    data["{f}"] = str(data["{f}"]).strip().lower()
    if data.get("{f2}") is not None:
        data["{f2}"] = round(float(data["{f2}"]), 2)
    return data
''',
    ]


def py_file(rnd: random.Random, x: Names, funcs: list[str]) -> str:
    E = camel(x.entity)
    head = f'''"""{camel(x.area)} {x.entity} helpers: parsing, grouping and lookups."""
from __future__ import annotations

import logging
import time
from collections import defaultdict
from dataclasses import asdict, dataclass

logger = logging.getLogger(__name__)

PAGE_SIZE = {x.n}


@dataclass
class {E}:
    id: int
    {x.field}: str
    {x.field2}: float = 0.0
'''
    return head + "\n\n" + "\n\n".join(funcs)


def js_funcs(x: Names, ts: bool) -> list[str]:
    E, e, f, f2, o = camel(x.entity), lower_camel(x.entity), lower_camel(x.field), lower_camel(x.field2), lower_camel(x.other)
    t = (lambda s: s) if ts else (lambda s: "")
    return [
        f'''export function {lower_camel(x.verb)}{E}s(rows{t(f": {E}[]")}, limit = {x.n}){t(f": {E}[]")} {{
  const out{t(f": {E}[]")} = [];
  const sorted = [...rows].sort((a, b) => (b.{f2} || 0) - (a.{f2} || 0));
  for (const row of sorted) {{
    if (!row.{f}) continue;
    out.push({{ ...row, {f}: String(row.{f}).trim() }});
    if (out.length >= limit) break;
  }}
  return out;
}}
''',
        f'''export function groupBy{camel(x.field)}(items{t(f": {E}[]")}){t(": Record<string, number>")} {{
  const counts{t(": Record<string, number>")} = {{}};
  for (const item of items) {{
    const k = String(item.{f} ?? "unknown");
    counts[k] = (counts[k] || 0) + 1;
  }}
  return counts;
}}
''',
        f'''export async function fetch{E}(client{t(": HttpClient")}, id{t(": string")}){t(f": Promise<{E} | null>")} {{
  const res = await client.get(`/api/{x.area}/{e}s/${{encodeURIComponent(id)}}`);
  if (res.status === 404) {{
    return null;
  }}
  if (res.status >= 400) {{
    throw new Error(`{e} ${{id}}: HTTP ${{res.status}}`);
  }}
  const body = await res.json();
  return {{ id: body.id, {f}: body.{f}, {f2}: Number(body.{f2} || 0) }};
}}
''',
        f'''export async function retry{camel(x.verb)}{t("<T>")}(fn{t(": () => Promise<T>")}, attempts = {x.n % 5 + 2}){t(": Promise<T>")} {{
  let last{t(": unknown")};
  for (let i = 1; i <= attempts; i++) {{
    try {{
      return await fn();
    }} catch (err) {{
      last = err;
      await new Promise((resolve) => setTimeout(resolve, 100 * i));
    }}
  }}
  throw last;
}}
''',
        f'''export class {E}{camel(x.verb)}Service {{
  {t("private cache: Map<string, " + E + "> = new Map();") if ts else "cache = new Map();"}

  constructor({t("private readonly ")}repo{t(f": {E}Repository")}) {{
    {"" if ts else "this.repo = repo;"}
  }}

  async get(id{t(": string")}){t(f": Promise<{E}>")} {{
    const hit = this.cache.get(id);
    if (hit) return hit;
    const found = await this.repo.findById(id);
    if (!found) throw new Error(`no {e} ${{id}}`);
    this.cache.set(id, found);
    return found;
  }}

  async link{camel(x.other)}(id{t(": string")}, {o}Id{t(": string")}) {{
    const rec = await this.get(id);
    rec.{o}Ids = [...(rec.{o}Ids || []), {o}Id];
    await this.repo.save(rec);
    return rec;
  }}
}}
''',
        f'''export function format{E}(row{t(f": {E}")}){t(": string")} {{
  const parts = [row.id, row.{f}, (row.{f2} || 0).toFixed(2)];
  return parts.map((p) => String(p).padEnd(12)).join(" | ");
}}
''',
    ]


def js_file(rnd: random.Random, x: Names, funcs: list[str], ts: bool) -> str:
    E, f, f2 = camel(x.entity), lower_camel(x.field), lower_camel(x.field2)
    if ts:
        head = f'''// {camel(x.area)} {x.entity} module.
import type {{ HttpClient }} from "../lib/http";

export interface {E} {{
  id: string;
  {f}: string;
  {f2}?: number;
  [extra: string]: unknown;
}}

export interface {E}Repository {{
  findById(id: string): Promise<{E} | undefined>;
  save(row: {E}): Promise<void>;
}}

export const PAGE_SIZE = {x.n};
'''
    else:
        head = f'''// {camel(x.area)} {x.entity} module.
"use strict";

export const PAGE_SIZE = {x.n};
const DEFAULT_{x.field.upper()} = "{x.field}-default";
'''
    return head + "\n" + "\n".join(funcs)


def java_funcs(x: Names) -> list[str]:
    E, e, F, F2 = camel(x.entity), lower_camel(x.entity), camel(x.field), camel(x.field2)
    return [
        f'''    public List<{E}> {lower_camel(x.verb)}{E}s(List<{E}> rows, int limit) {{
        List<{E}> out = new ArrayList<>();
        for ({E} row : rows) {{
            if (row.get{F}() == null || row.get{F}().isBlank()) {{
                continue;
            }}
            out.add(row);
            if (out.size() >= limit) {{
                break;
            }}
        }}
        out.sort(Comparator.comparingDouble({E}::get{F2}).reversed());
        return out;
    }}
''',
        f'''    public Map<String, Integer> countBy{F}(Collection<{E}> items) {{
        Map<String, Integer> counts = new HashMap<>();
        for ({E} item : items) {{
            counts.merge(String.valueOf(item.get{F}()), 1, Integer::sum);
        }}
        log.debug("counted {{}} {e}s in {{}} groups", items.size(), counts.size());
        return counts;
    }}
''',
        f'''    public Optional<{E}> find{E}(String id) {{
        if (cache.containsKey(id)) {{
            return Optional.of(cache.get(id));
        }}
        Optional<{E}> found = repository.findById(id);
        found.ifPresent(v -> cache.put(id, v));
        return found;
    }}
''',
        f'''    public double total{F2}(List<{E}> rows) {{
        double total = 0;
        for ({E} row : rows) {{
            total += Math.max(0, row.get{F2}());
        }}
        return Math.round(total * 100.0) / 100.0;
    }}
''',
        f'''    public <T> T retry{camel(x.verb)}(Supplier<T> fn, int attempts) {{
        RuntimeException last = null;
        for (int i = 1; i <= attempts; i++) {{
            try {{
                return fn.get();
            }} catch (RuntimeException ex) {{
                last = ex;
                log.warn("attempt {{}}/{{}} failed: {{}}", i, attempts, ex.getMessage());
            }}
        }}
        throw new IllegalStateException("giving up", last);
    }}
''',
    ]


def java_file(rnd: random.Random, x: Names, funcs: list[str], cls: str) -> str:
    E = camel(x.entity)
    return f'''package com.acme.{x.area};

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

@Service
public class {cls} {{
    private static final Logger log = LoggerFactory.getLogger({cls}.class);
    private static final int PAGE_SIZE = {x.n};

    private final {E}Repository repository;
    private final Map<String, {E}> cache = new HashMap<>();

    public {cls}({E}Repository repository) {{
        this.repository = repository;
    }}

''' + "\n".join(funcs) + "}\n"


def cs_funcs(x: Names) -> list[str]:
    E, F, F2 = camel(x.entity), camel(x.field), camel(x.field2)
    return [
        f'''        public IReadOnlyList<{E}> {camel(x.verb)}{E}s(IEnumerable<{E}> rows, int limit = {x.n})
        {{
            var result = new List<{E}>();
            foreach (var row in rows.OrderByDescending(r => r.{F2}))
            {{
                if (string.IsNullOrWhiteSpace(row.{F}))
                {{
                    continue;
                }}
                result.Add(row);
                if (result.Count >= limit) break;
            }}
            return result;
        }}
''',
        f'''        public Dictionary<string, int> CountBy{F}(IEnumerable<{E}> items)
        {{
            var counts = new Dictionary<string, int>();
            foreach (var item in items)
            {{
                var k = item.{F} ?? "unknown";
                counts[k] = counts.TryGetValue(k, out var c) ? c + 1 : 1;
            }}
            _logger.LogDebug("Counted {{Groups}} groups", counts.Count);
            return counts;
        }}
''',
        f'''        public async Task<{E}?> Find{E}Async(string id, CancellationToken ct = default)
        {{
            if (_cache.TryGetValue(id, out var hit))
            {{
                return hit;
            }}
            var found = await _repository.FindAsync(id, ct);
            if (found != null)
            {{
                _cache[id] = found;
            }}
            return found;
        }}
''',
        f'''        public decimal Total{F2}(IEnumerable<{E}> rows)
        {{
            decimal total = 0;
            foreach (var row in rows)
            {{
                total += Math.Max(0, row.{F2});
            }}
            return Math.Round(total, 2);
        }}
''',
    ]


def cs_file(rnd: random.Random, x: Names, funcs: list[str], cls: str) -> str:
    E, F, F2 = camel(x.entity), camel(x.field), camel(x.field2)
    return f'''using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

namespace Acme.{camel(x.area)}
{{
    public class {E}
    {{
        public string Id {{ get; set; }} = "";
        public string? {F} {{ get; set; }}
        public decimal {F2} {{ get; set; }}
    }}

    public class {cls}
    {{
        private readonly I{E}Repository _repository;
        private readonly ILogger<{cls}> _logger;
        private readonly Dictionary<string, {E}> _cache = new();

        public {cls}(I{E}Repository repository, ILogger<{cls}> logger)
        {{
            _repository = repository;
            _logger = logger;
        }}

''' + "\n".join(funcs) + "    }\n}\n"


def go_funcs(x: Names) -> list[str]:
    E, F, F2 = camel(x.entity), camel(x.field), camel(x.field2)
    return [
        f'''// {camel(x.verb)}{E}s keeps at most limit rows with a {x.field}, highest {x.field2} first.
func {camel(x.verb)}{E}s(rows []{E}, limit int) []{E} {{
	out := make([]{E}, 0, limit)
	sort.Slice(rows, func(i, j int) bool {{ return rows[i].{F2} > rows[j].{F2} }})
	for _, row := range rows {{
		if strings.TrimSpace(row.{F}) == "" {{
			continue
		}}
		out = append(out, row)
		if len(out) >= limit {{
			break
		}}
	}}
	return out
}}
''',
        f'''func CountBy{F}(items []{E}) map[string]int {{
	counts := make(map[string]int)
	for _, it := range items {{
		counts[it.{F}]++
	}}
	log.Printf("counted %d {x.entity}s in %d groups", len(items), len(counts))
	return counts
}}
''',
        f'''func (s *{E}Store) Get(ctx context.Context, id string) (*{E}, error) {{
	s.mu.RLock()
	hit, ok := s.cache[id]
	s.mu.RUnlock()
	if ok {{
		return hit, nil
	}}
	row, err := s.repo.Find(ctx, id)
	if err != nil {{
		return nil, fmt.Errorf("find {x.entity} %s: %w", id, err)
	}}
	s.mu.Lock()
	s.cache[id] = row
	s.mu.Unlock()
	return row, nil
}}
''',
        f'''func Handle{E}List(store *{E}Store) http.HandlerFunc {{
	return func(w http.ResponseWriter, r *http.Request) {{
		limit, err := strconv.Atoi(r.URL.Query().Get("limit"))
		if err != nil || limit <= 0 {{
			limit = {x.n}
		}}
		rows, err := store.List(r.Context(), limit)
		if err != nil {{
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}}
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(rows)
	}}
}}
''',
        f'''func Retry{camel(x.verb)}(attempts int, fn func() error) error {{
	var last error
	for i := 1; i <= attempts; i++ {{
		if last = fn(); last == nil {{
			return nil
		}}
		time.Sleep(time.Duration(i*100) * time.Millisecond)
	}}
	return fmt.Errorf("giving up after %d attempts: %w", attempts, last)
}}
''',
    ]


def go_file(rnd: random.Random, x: Names, funcs: list[str]) -> str:
    E, F, F2 = camel(x.entity), camel(x.field), camel(x.field2)
    return f'''package {x.area}

import (
	"context"
	"encoding/json"
	"fmt"
	"log"
	"net/http"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
)

// {E} is one {x.entity} row.
type {E} struct {{
	ID  string  `json:"id"`
	{F} string  `json:"{x.field}"`
	{F2} float64 `json:"{x.field2}"`
}}

type {E}Store struct {{
	mu    sync.RWMutex
	cache map[string]*{E}
	repo  interface {{
		Find(ctx context.Context, id string) (*{E}, error)
	}}
}}

func (s *{E}Store) List(ctx context.Context, limit int) ([]{E}, error) {{
	return nil, nil
}}

''' + "\n".join(funcs)


def rb_funcs(x: Names) -> list[str]:
    e, f, f2, o = x.entity, x.field, x.field2, x.other
    return [
        f'''    def {x.verb}_{e}s(rows, limit: {x.n})
      rows
        .reject {{ |row| row[:{f}].to_s.strip.empty? }}
        .sort_by {{ |row| -(row[:{f2}] || 0) }}
        .first(limit)
        .map {{ |row| row.slice(:id, :{f}, :{f2}) }}
    end
''',
        f'''    def count_by_{f}(items)
      counts = Hash.new(0)
      items.each do |item|
        counts[item.{f}.to_s] += 1
      end
      logger.debug("counted #{{items.size}} {e}s in #{{counts.size}} groups")
      counts
    end
''',
        f'''    def find_{e}(id)
      @cache ||= {{}}
      return @cache[id] if @cache.key?(id)

      record = repository.find(id)
      raise ArgumentError, "no {e} #{{id}}" if record.nil?

      @cache[id] = record
    end
''',
        f'''    def link_{o}(id, {o}_id)
      record = find_{e}(id)
      record.{o}_ids = (record.{o}_ids || []) + [{o}_id]
      repository.save(record)
      record
    end
''',
        f'''    def with_retries(attempts: {x.n % 5 + 2})
      tries = 0
      begin
        tries += 1
        yield
      rescue Timeout::Error, IOError => e
        logger.warn("attempt #{{tries}} failed: #{{e.message}}")
        retry if tries < attempts
        raise
      end
    end
''',
    ]


def rb_file(rnd: random.Random, x: Names, funcs: list[str], cls: str) -> str:
    return f'''# frozen_string_literal: true

require "logger"
require "timeout"

module {camel(x.area)}
  # {camel(x.verb)}s and looks up {x.entity} records.
  class {cls}
    PAGE_SIZE = {x.n}

    attr_reader :repository, :logger

    def initialize(repository, logger: Logger.new($stdout))
      @repository = repository
      @logger = logger
    end

''' + "\n".join(funcs) + "  end\nend\n"


def php_funcs(x: Names) -> list[str]:
    E, e, f, f2 = camel(x.entity), lower_camel(x.entity), lower_camel(x.field), lower_camel(x.field2)
    return [
        f'''    public function {lower_camel(x.verb)}{E}s(array $rows, int $limit = {x.n}): array
    {{
        usort($rows, fn ($a, $b) => ($b['{f2}'] ?? 0) <=> ($a['{f2}'] ?? 0));
        $out = [];
        foreach ($rows as $row) {{
            if (empty($row['{f}'])) {{
                continue;
            }}
            $out[] = ['id' => $row['id'], '{f}' => trim((string) $row['{f}'])];
            if (count($out) >= $limit) {{
                break;
            }}
        }}
        return $out;
    }}
''',
        f'''    public function countBy{camel(x.field)}(iterable $items): array
    {{
        $counts = [];
        foreach ($items as $item) {{
            $k = (string) ($item->{f} ?? 'unknown');
            $counts[$k] = ($counts[$k] ?? 0) + 1;
        }}
        $this->logger->debug('counted {e} groups', ['groups' => count($counts)]);
        return $counts;
    }}
''',
        f'''    public function find{E}(string $id): ?array
    {{
        if (isset($this->cache[$id])) {{
            return $this->cache[$id];
        }}
        $row = $this->repository->find($id);
        if ($row !== null) {{
            $this->cache[$id] = $row;
        }}
        return $row;
    }}
''',
        f'''    public function index(Request $request): JsonResponse
    {{
        $limit = max(1, (int) $request->query('limit', {x.n}));
        $rows = $this->repository->latest($limit);
        return new JsonResponse(['data' => $this->{lower_camel(x.verb)}{E}s($rows, $limit)]);
    }}
''',
    ]


def php_file(rnd: random.Random, x: Names, funcs: list[str], cls: str) -> str:
    return f'''<?php

declare(strict_types=1);

namespace App\\{camel(x.area)};

use Illuminate\\Http\\JsonResponse;
use Illuminate\\Http\\Request;
use Psr\\Log\\LoggerInterface;

final class {cls}
{{
    private array $cache = [];

    public function __construct(
        private {camel(x.entity)}Repository $repository,
        private LoggerInterface $logger,
    ) {{
    }}

''' + "\n".join(funcs) + "}\n"


def neutral_file(lang: str, seed: str, extra: int = 0) -> tuple[str, str]:
    """(relative path, text) of a neutral file; `extra` > 0 adds functions (the PR's edit)."""
    rnd = random.Random(seed)
    area = rnd.choice(AREAS)
    x = Names.pick(rnd, area)
    kind = rnd.choice(KINDS)
    tag = hashlib.sha1(seed.encode()).hexdigest()[:6]
    ts = lang == "typescript"
    pool = {
        "python": lambda: py_funcs(x),
        "javascript": lambda: js_funcs(x, False),
        "typescript": lambda: js_funcs(x, True),
        "java": lambda: java_funcs(x),
        "csharp": lambda: cs_funcs(x),
        "go": lambda: go_funcs(x),
        "ruby": lambda: rb_funcs(x),
        "php": lambda: php_funcs(x),
    }[lang]()
    count = rnd.randint(2, len(pool))
    order = rnd.sample(range(len(pool)), len(pool))
    chosen = order[:count]
    if extra:
        # The PR's edit: one more function (a different one when there is one left).
        rest = order[count:]
        chosen = chosen + (rest[:extra] if rest else chosen[:extra])
    funcs = [pool[i] for i in chosen]
    if extra and not order[count:]:
        funcs[-1] = _renamed_copy(funcs[-1], lang)
    cls = f"{camel(x.entity)}{camel(kind)}"
    base = f"{x.entity}_{kind}_{tag}"
    if lang == "python":
        return f"app/{area}/{base}.py", py_file(rnd, x, funcs)
    if lang in ("javascript", "typescript"):
        return f"web/src/{area}/{lower_camel(base)}{EXT[lang]}", js_file(rnd, x, funcs, ts)
    if lang == "java":
        cls = f"{cls}{tag.upper()}"
        return f"services/src/main/java/com/acme/{area}/{cls}.java", java_file(rnd, x, funcs, cls)
    if lang == "csharp":
        cls = f"{cls}{tag.upper()}"
        return f"dotnet/Acme.{camel(area)}/{cls}.cs", cs_file(rnd, x, funcs, cls)
    if lang == "go":
        return f"internal/{area}/{base}.go", go_file(rnd, x, funcs)
    if lang == "ruby":
        return f"rails/app/services/{area}/{base}.rb", rb_file(rnd, x, funcs, cls)
    return f"php/src/{camel(area)}/{cls}{tag.upper()}.php", php_file(rnd, x, funcs, f"{cls}{tag.upper()}")


def _renamed_copy(func: str, lang: str) -> str:
    # Duplicate the last function under a new name (all templates name it in the first line).
    first, _, rest = func.partition("\n")
    m = re.search(r"(\w+)\s*(?:<[^>]*>)?\s*\(", first)
    if not m:
        return func + "\n"
    name = m.group(1)
    return func + "\n" + first.replace(name, name + "V2", 1) + "\n" + rest


# --------------------------------------------------------------------------- auth files from the corpus


def corpus_files() -> dict[str, list[Path]]:
    out: dict[str, list[Path]] = {}
    for lang, exts in CORPUS_EXT.items():
        files = sorted(p for p in (CORPUS / lang).iterdir() if p.suffix in exts)
        if files:
            out[lang] = files
    return out


_CLASS = re.compile(r"\b(?:class|interface|struct|record|module|type)\s+([A-Z][A-Za-z0-9_]*)")


def auth_file(lang: str, template: Path, seed: str) -> tuple[str, str, int]:
    """(path, text, number of expect: markers) of a corpus file with renamed types."""
    text = template.read_text(encoding="utf-8")
    tag = hashlib.sha1(seed.encode()).hexdigest()[:6]
    suffix = tag.upper()
    names = sorted(set(_CLASS.findall(text)), key=len, reverse=True)
    for name in names:
        text = re.sub(rf"\b{re.escape(name)}\b", name + suffix, text)
    rnd = random.Random(seed)
    area = rnd.choice(AREAS)
    note = f"{COMMENT[lang]} {camel(area)} module {tag} (derived from the shared account code)."
    lines = text.split("\n")
    at = 1 if lang == "php" and lines[0].startswith("<?php") else 0
    lines.insert(at, note)
    text = "\n".join(lines)
    stem = template.stem
    ext = template.suffix
    prefix = {"python": "app", "javascript": "web/src", "typescript": "web/src", "java": "services/src/main/java/com/acme",
              "csharp": "dotnet", "go": "internal", "ruby": "rails/app/services", "php": "php/src"}[lang]
    path = f"{prefix}/{area}/{stem}_{tag}{ext}"
    return path, text, text.count("expect:")


def edit_auth(text: str, lang: str, rnd: random.Random) -> str:
    """The PR's edit of an auth file: up to two lines under `expect:` markers get a trailing note."""
    lines = text.split("\n")
    marks = [i + 1 for i, line in enumerate(lines)
             if "expect:" in line and i + 1 < len(lines) and lines[i + 1].strip()
             and "expect:" not in lines[i + 1] and not lines[i + 1].rstrip().endswith(("\\", "`", '"""', "'''", ","))]
    note = f"  {COMMENT[lang]} reviewed {rnd.randint(100, 999)}"
    if not marks:
        lines.append(f"{COMMENT[lang]} touched {rnd.randint(100, 999)}")
        return "\n".join(lines)
    for i in rnd.sample(marks, min(2, len(marks))):
        lines[i] = lines[i] + note
    return "\n".join(lines)


# --------------------------------------------------------------------------- repositories


def git(root: Path, *args: str, env: dict[str, str] | None = None) -> str:
    return subprocess.run(["git", "-C", str(root), *args], check=True, capture_output=True, text=True,
                          env=env).stdout


def _commit_env(when: int) -> dict[str, str]:
    stamp = f"{1_767_000_000 + when} +0000"
    return {**os.environ, "GIT_AUTHOR_DATE": stamp, "GIT_COMMITTER_DATE": stamp,
            "GIT_AUTHOR_NAME": "Dev", "GIT_AUTHOR_EMAIL": "dev@example.com",
            "GIT_COMMITTER_NAME": "Dev", "GIT_COMMITTER_EMAIL": "dev@example.com"}


@dataclass
class Spec:
    path: str
    lang: str
    kind: str  # neutral | auth
    seed: str
    template: str | None = None
    expects: int = 0


def _write(root: Path, path: str, text: str) -> None:
    full = root / path
    full.parent.mkdir(parents=True, exist_ok=True)
    full.write_text(text, encoding="utf-8")


def _make_spec(rnd: random.Random, corpus: dict[str, list[Path]], share: float, seed: str,
               auth: bool | None = None) -> tuple[Spec, str]:
    lang = rnd.choices(list(LANG_WEIGHTS), weights=list(LANG_WEIGHTS.values()))[0]
    is_auth = (rnd.random() < share) if auth is None else auth
    if is_auth:
        template = rnd.choice(corpus[lang])
        path, text, expects = auth_file(lang, template, seed)
        return Spec(path, lang, "auth", seed, str(template.relative_to(ROOT)), expects), text
    path, text = neutral_file(lang, seed)
    # C# code passes CancellationTokens everywhere: that is no auth code.
    assert not FORBIDDEN.search(text.replace("CancellationToken", "")), (path, FORBIDDEN.search(text))
    return Spec(path, lang, "neutral", seed), text


def stamp_of(variant: str, files: int, seed: int) -> str:
    corpus_digest = hashlib.sha1()
    for lang_files in corpus_files().values():
        for p in lang_files:
            corpus_digest.update(p.name.encode())
            corpus_digest.update(p.read_bytes())
    return json.dumps({"version": GENERATOR_VERSION, "variant": variant, "files": files, "seed": seed,
                       "corpus": corpus_digest.hexdigest()[:12],
                       "source": hashlib.sha1(Path(__file__).read_bytes()).hexdigest()[:12]}, sort_keys=True)


def generate_base(dest: Path, *, variant: str, files: int, seed: int = 1) -> dict:
    """Create (or reuse, if its stamp matches) the repository with N files on `main`."""
    stamp = stamp_of(variant, files, seed)
    manifest_path = dest / ".git" / "bench-manifest.json"
    if manifest_path.exists():
        manifest = json.loads(manifest_path.read_text())
        if manifest.get("stamp") == stamp:
            return manifest
    if dest.exists():
        shutil.rmtree(dest)
    dest.mkdir(parents=True)
    git(dest, "init", "-q", "-b", "main")
    git(dest, "config", "commit.gpgsign", "false")
    git(dest, "config", "gc.auto", "0")
    corpus = corpus_files()
    share = VARIANTS[variant]
    # Not seeded by N: the repository of 100 files is the first 100 files of the one of 5000.
    rnd = random.Random(f"{variant}:{seed}")
    specs: list[Spec] = []
    seen: set[str] = set()
    i = 0
    while len(specs) < files:
        spec, text = _make_spec(rnd, corpus, share, f"{variant}:{seed}:base:{i}")
        i += 1
        if spec.path in seen:
            continue
        seen.add(spec.path)
        specs.append(spec)
        _write(dest, spec.path, text)
    _write(dest, "README.md", f"# acme monorepo ({variant}, {files} files)\n")
    git(dest, "add", "-A")
    git(dest, "commit", "-q", "-m", "base", env=_commit_env(0))
    base = git(dest, "rev-parse", "HEAD").strip()
    manifest = {"stamp": stamp, "variant": variant, "files": files, "seed": seed, "base": base,
                "specs": [s.__dict__ for s in specs], "prs": {}}
    manifest_path.write_text(json.dumps(manifest))
    return manifest


def generate_pr(dest: Path, manifest: dict, k: int) -> dict:
    """Branch pr-k<K> off main changing K files; returns {base, head, branch, changed, ...}."""
    key = str(k)
    if key in manifest["prs"]:
        return manifest["prs"][key]
    branch = f"pr-k{k}"
    git(dest, "checkout", "-q", "-f", "main")
    git(dest, "clean", "-qfdx")
    share = VARIANTS[manifest["variant"]]
    # Not seeded by N either, and a small PR modifies files among the first 100 (which every
    # repository of the grid shares): the PR at K=20 is the same change at N=100, 1000 and 5000,
    # so the N-sweep measures the repository's size, not a different change.
    rnd = random.Random(f"pr:{manifest['variant']}:{manifest['seed']}:{k}")
    specs = [Spec(**s) for s in manifest["specs"]]
    n_mod = min(len(specs), max(1, round(k * 0.6)))
    n_add = k - n_mod
    pool = specs[:100] if n_mod <= 50 else specs
    changed: list[dict] = []
    for spec in rnd.sample(pool, n_mod):
        full = dest / spec.path
        if spec.kind == "auth":
            text = edit_auth(full.read_text(encoding="utf-8"), spec.lang, rnd)
        else:
            path, text = neutral_file(spec.lang, spec.seed, extra=1)
            assert path == spec.path
        full.write_text(text, encoding="utf-8")
        changed.append({"path": spec.path, "status": "modified", "kind": spec.kind, "lang": spec.lang})
    corpus = corpus_files()
    existing = {s.path for s in specs}
    auth_share = max(share, 0.25)
    i = 0
    while sum(1 for c in changed if c["status"] == "added") < n_add:
        force = True if i == 0 else None  # the first added file is always an auth file
        spec, text = _make_spec(rnd, corpus, auth_share, f"{manifest['variant']}:{manifest['seed']}:pr{k}:{i}",
                                auth=force)
        i += 1
        if spec.path in existing:
            continue
        existing.add(spec.path)
        _write(dest, spec.path, text)
        changed.append({"path": spec.path, "status": "added", "kind": spec.kind, "lang": spec.lang,
                        "expects": spec.expects})
    git(dest, "checkout", "-q", "-B", branch)
    git(dest, "add", "-A")
    git(dest, "commit", "-q", "-m", f"change {k} files", env=_commit_env(k))
    head = git(dest, "rev-parse", "HEAD").strip()
    git(dest, "checkout", "-q", "-f", "main")
    info = {"branch": branch, "base": manifest["base"], "head": head, "k": k, "changed": changed}
    manifest["prs"][key] = info
    (dest / ".git" / "bench-manifest.json").write_text(json.dumps(manifest))
    return info


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dest", type=Path)
    ap.add_argument("--variant", choices=sorted(VARIANTS), default="few")
    ap.add_argument("--files", type=int, default=100)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--pr", type=int, action="append", default=[], help="K: files the PR changes (repeatable)")
    args = ap.parse_args()
    manifest = generate_base(args.dest, variant=args.variant, files=args.files, seed=args.seed)
    kinds = [s["kind"] for s in manifest["specs"]]
    print(f"{args.dest}: {len(kinds)} files, {kinds.count('auth')} auth, base {manifest['base'][:12]}")
    for k in args.pr:
        info = generate_pr(args.dest, manifest, k)
        added = sum(1 for c in info["changed"] if c["status"] == "added")
        print(f"  {info['branch']}: {info['head'][:12]} ({len(info['changed'])} files, {added} added)")


if __name__ == "__main__":
    main()
