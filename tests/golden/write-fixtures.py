#!/usr/bin/env python3
"""Turns the raw runs left by record.sh into fixtures/<name>.json and SUMMARY.md.

Called only by record.sh (python3 is a recording-time tool; npm test reads the JSON).
Per (scenario, mode) it normalises every run, compares the runs field by field, marks the
fields that differ as historyDependent, merges the hand-written judgement.json entries, and
stores the first run.
"""
import argparse
import json
import os
import re
import signal
import sys

FIELDS = ["exitStatus", "signal", "stdout", "stderr"]

# The addresses CPython prints: "p=0x..." and "tail=0x..." in the debug dump, the thread id in
# "Current thread 0x..." / "Thread 0x..." and "tstate=0x..." in the runtime-state line. Only the
# address token is replaced; other hex on those lines, e.g. "(0xfd)", is kept.
ADDR = re.compile(rb"(p=|tail=|Current thread |Thread |tstate=)0x[0-9a-fA-F]+")


def normalise(data: bytes) -> bytes:
    return ADDR.sub(rb"\g<1>0xADDR", data)


def to_text(data: bytes) -> str:
    # Valid UTF-8 is kept as is; each other byte becomes the four characters \xNN.
    return data.decode("utf-8", errors="backslashreplace")


def signal_name(status: int):
    if 128 < status < 128 + 65:
        try:
            return signal.Signals(status - 128).name
        except ValueError:
            return "SIG%d" % (status - 128)
    return None


def read_run(d: str, i: int) -> dict:
    with open(os.path.join(d, "%d.status" % i)) as f:
        status = int(f.read().strip())
    with open(os.path.join(d, "%d.stdout" % i), "rb") as f:
        out = f.read()
    with open(os.path.join(d, "%d.stderr" % i), "rb") as f:
        err = f.read()
    run = {
        "exitStatus": status,
        "signal": signal_name(status),
        "stdout": to_text(normalise(out)),
        "stderr": to_text(normalise(err)),
    }
    if status == 124:
        run["timedOut"] = True
    return run


def outcome_key(run: dict) -> str:
    """A short label for SUMMARY.md: exit status plus the decisive stderr line."""
    status = run["exitStatus"]
    err = run["stderr"]
    lines = [l for l in err.split("\n") if l.strip()]
    label = ""
    for l in lines:
        if l.startswith("Fatal Python error: "):
            label = l[len("Fatal Python error: "):]
            break
    if not label and status == 134 and lines:
        label = lines[-1]
    if not label and status == 139:
        label = "SIGSEGV"
        if any("Debug memory block" in l for l in lines):
            label = "SIGSEGV in debug dump"
    if not label and status == 1 and lines:
        label = lines[0]
    if status == 124:
        label = "timeout"
    return ("%d %s" % (status, label)).strip()


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs-dir", required=True)
    ap.add_argument("--fixtures-dir", required=True)
    ap.add_argument("--scenarios-dir", required=True)
    ap.add_argument("--judgement", required=True)
    ap.add_argument("--summary", required=True)
    ap.add_argument("--python", required=True)
    ap.add_argument("--glibc", required=True)
    ap.add_argument("--modes", required=True)
    ap.add_argument("--extra-mode", required=True)
    ap.add_argument("names", nargs="+")
    a = ap.parse_args()

    with open(a.judgement) as f:
        judgement = json.load(f)
    modes = a.modes.split()

    for name in a.names:
        runs = {}
        history = {}
        recorded = 0
        for mode in modes + [a.extra_mode]:
            d = os.path.join(a.runs_dir, name, mode)
            if not os.path.isdir(d):
                continue
            count = len([f for f in os.listdir(d) if f.endswith(".status")])
            results = [read_run(d, i) for i in range(1, count + 1)]
            recorded = min(recorded, count) if recorded else count
            runs[mode] = results[0]
            differing = [k for k in FIELDS if any(r[k] != results[0][k] for r in results[1:])]
            if differing:
                seen = sorted(set(r["exitStatus"] for r in results))
                counts = {}
                for r in results:
                    counts[r["exitStatus"]] = counts.get(r["exitStatus"], 0) + 1
                history[mode] = {
                    "fields": differing,
                    "exitStatusesSeen": {str(k): v for k, v in sorted(counts.items())},
                    "why": "observed: %d runs differed in %s after address normalisation "
                    "(exit statuses seen: %s); the first run is stored"
                    % (count, ", ".join(differing), ", ".join(str(s) for s in seen)),
                    "observed": True,
                }
        for mode, entry in judgement.get(name, {}).items():
            targets = modes if mode == "*" else [mode]
            for m in targets:
                if m not in runs:
                    continue
                if m in history:
                    h = history[m]
                    h["fields"] = [f for f in FIELDS if f in h["fields"] or f in entry["fields"]]
                    h["why"] = h["why"] + "; judgement: " + entry["why"]
                else:
                    history[m] = {"fields": list(entry["fields"]), "why": "judgement: " + entry["why"],
                                  "observed": False}
        fixture = {
            "scenario": name,
            "source": "scenarios/%s.c" % name,
            "python": a.python,
            "glibc": a.glibc,
            "recordedRuns": recorded,
            "runs": runs,
            "historyDependent": history,
        }
        with open(os.path.join(a.fixtures_dir, name + ".json"), "w") as f:
            json.dump(fixture, f, indent=2, ensure_ascii=False)
            f.write("\n")

    write_summary(a, modes)
    return 0


def what_of(path: str) -> str:
    with open(path) as f:
        for line in f:
            m = re.match(r"\s*\*\s*what:\s*(.*)", line)
            if m:
                return m.group(1).strip()
    return ""


def printable(text: str) -> str:
    # Control bytes (e.g. an API id of 0x00) are shown as \xNN in the Markdown table.
    return "".join("\\x%02x" % ord(c) if ord(c) < 32 or ord(c) == 127 else c for c in text)


def write_summary(a, modes) -> None:
    names = sorted(n[:-5] for n in os.listdir(a.fixtures_dir) if n.endswith(".json"))
    rows = []
    runs_seen = set()
    for name in names:
        with open(os.path.join(a.fixtures_dir, name + ".json")) as f:
            fx = json.load(f)
        runs_seen.add(fx.get("recordedRuns"))
        cells = []
        for m in modes:
            run = fx["runs"].get(m)
            if run is None:
                cells.append("-")
                continue
            cell = printable(outcome_key(run)).replace("|", "\\|")
            if m in fx.get("historyDependent", {}):
                cell += " *"
            cells.append(cell)
        rows.append((name, cells))
    out = []
    out.append("# Golden outcomes (generated by record.sh; do not edit)")
    out.append("")
    out.append("CPython %s, glibc %s, %s runs per scenario and mode. A cell is the exit status as the "
               "shell sees it (134 = SIGABRT, 139 = SIGSEGV) and the decisive stderr line "
               "(glibc's message, or the `Fatal Python error:` text without its prefix). "
               "`*` = historyDependent in that mode (see the fixture for which fields and why)."
               % (a.python, a.glibc, "/".join(str(r) for r in sorted(runs_seen))))
    out.append("")
    out.append("| scenario | " + " | ".join(modes) + " |")
    out.append("| --- |" + " --- |" * len(modes))
    for name, cells in rows:
        out.append("| `%s` | %s |" % (name, " | ".join(cells)))
    out.append("")
    extra = [n for n in names if a.extra_mode in json.load(open(os.path.join(a.fixtures_dir, n + ".json")))["runs"]]
    if extra:
        out.append("Extra mode `PYTHONMALLOC=%s` was recorded for: %s." % (a.extra_mode, ", ".join("`%s`" % n for n in extra)))
        out.append("")
    out.append("## What each scenario exercises")
    out.append("")
    for name in names:
        out.append("- `%s`: %s" % (name, what_of(os.path.join(a.scenarios_dir, name + ".c"))))
    out.append("")
    with open(a.summary, "w") as f:
        f.write("\n".join(out))


if __name__ == "__main__":
    sys.exit(main())
