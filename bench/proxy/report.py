"""Markdown tables from a bench/proxy JSON result, for docs/benchmarks.md.

    .venv/bin/python bench/proxy/report.py bench/out/proxy-latest.json

One table per (streamed, prompt size): a row per target and concurrency with throughput and its ratio
to the bare pass-through, p50/p99 added to the direct call, streaming TTFB added and CPU per request;
then peak RSS and the inspection-off target checks. Figures are copied from the JSON, never re-measured.
"""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path
from typing import Any


def _f(value: Any, digits: int = 2) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    return f"{value:.{digits}f}"


def render(data: dict[str, Any]) -> str:
    out: list[str] = []
    groups: dict[tuple[bool, int], list[dict[str, Any]]] = {}
    for cell in data["cells"]:
        groups.setdefault((cell["stream"], cell["size"]), []).append(cell)
    for (stream, size), cells in groups.items():
        out.append(f"\n**{'Streamed' if stream else 'Not streamed'}, {size // 1024} KB prompt**\n")
        head = "| target | conc. | req/s | × bare | p50 ms | +p50 ms | +p99 ms |"
        sep = "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"
        if stream:
            head += " +TTFB ms |"
            sep += " ---: |"
        out += [head + " CPU ms/req | errors |", sep + " ---: | ---: |"]
        for cell in sorted(cells, key=lambda c: (c["concurrency"], data["targets"].index(c["target"]))):
            r, d = cell["result"], cell["derived"]
            row = (f"| {cell['target']} | {cell['concurrency']} | {r['rps']:.0f} | {_f(d.get('throughput_vs_bare'))} "
                   f"| {_f(r['lat_p50_ms'])} | {_f(d.get('added_p50_ms'))} | {_f(d.get('added_p99_ms'))} |")
            if stream:
                row += f" {_f(d.get('added_ttfb_p50_ms'))} |"
            out.append(row + f" {_f(cell.get('cpu_ms_per_req'), 3)} | {r['errors']} |")
    out.append("\n**Peak RSS** (kernel high-water mark of the process tree over the whole run)\n")
    out += ["| proxy | MiB |", "| --- | ---: |"]
    out += [f"| {name} | {peak / 2**20:.1f} |" for name, peak in data.get("peak_rss_bytes", {}).items()]
    if data.get("checks"):
        out.append("\n**Targets, Guanqia with inspection off**\n")
        out += ["| check | cell | value | verdict |", "| --- | --- | ---: | --- |"]
        out += [f"| {c['check']} | {c['cell']} | {_f(c['value'])} | {'PASS' if c['ok'] else 'MISS'} |"
                for c in data["checks"]]
    return "\n".join(out)


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    data = json.loads(Path(argv[0]).read_text(encoding="utf-8"))
    print(render(data))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
