#!/usr/bin/env python3
"""Runs the six benchmark figures of docs/PERFORMANCE.md against their floors, measured in the same
run, and prints one table (also written to bench/results/latest.md and latest.json).

    run_all.py BUILD_DIR [--quick]

Called by bench/run after a Release build; nothing here hard-codes a floor."""
import json
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

BUILD = Path(sys.argv[1]).resolve()
QUICK = "--quick" in sys.argv
HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results"
BIN = BUILD / "bench"
DEV_SERVER = BUILD / "src/devserver/connector-dev-server"
CTL = BUILD / "src/cli/connectorctl"
REPEAT = 3 if QUICK else 7

ENV = dict(os.environ)
ENV.setdefault("QT_QPA_PLATFORM", "offscreen")
ENV["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="bench-config-")  # never the user's settings
ENV.setdefault("XDG_RUNTIME_DIR", tempfile.mkdtemp(prefix="bench-runtime-"))
ENV["PIPESHUB_BEARER_AUTH"] = "bench"  # the token: never the keychain
ENV["CONNECTOR_DEV_SERVER"] = str(DEV_SERVER)

rows = []
notes = []


def log(text):
    print(text, file=sys.stderr, flush=True)


def add(figure, value, unit, floor=None, target=None, met=None, ratio=None, note=""):
    if ratio is None and floor not in (None, 0) and value is not None:
        ratio = value / floor
    rows.append(dict(figure=figure, value=value, unit=unit, floor=floor, ratio=ratio, target=target, met=met,
                     note=note))


class DevServer:
    def __init__(self, seed, dialect="pipeshub"):
        self.proc = subprocess.Popen([str(DEV_SERVER), "--port", "0", "--seed", str(seed), "--dialect", dialect],
                                     stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=ENV)
        line = self.proc.stdout.readline()
        match = re.search(r"(http://\S+)", line)
        if not match:
            raise RuntimeError("connector-dev-server did not start: " + line)
        self.url = match.group(1)

    def get(self, path):
        request = urllib.request.Request(self.url + path, headers={"Authorization": "Bearer bench"})
        with urllib.request.urlopen(request) as answer:
            return json.load(answer)

    def stop(self):
        self.proc.terminate()
        self.proc.wait(10)


def gbench(program, extra=()):
    out = subprocess.run([str(BIN / program), "--benchmark_format=json",
                          f"--benchmark_repetitions={REPEAT}", "--benchmark_report_aggregates_only=true",
                          *extra], capture_output=True, text=True, env=ENV, check=True).stdout
    medians = {}
    for b in json.loads(out)["benchmarks"]:
        if b.get("aggregate_name") == "median":
            unit = {"ns": 1e-6, "us": 1e-3, "ms": 1.0, "s": 1e3}[b["time_unit"]]
            medians[b["run_name"]] = dict(cpu=b["cpu_time"] * unit, real=b["real_time"] * unit, raw=b)
    return medians


def run_timed(command, env=None):
    """Wall time from spawn to exit (ms), peak RSS (KiB) and stdout of one process."""
    env = dict(env or ENV)
    env["CONNECTOR_BENCH_T0_NS"] = str(time.monotonic_ns())
    start = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
    out = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = (time.perf_counter() - start) * 1000
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"{command[0]} failed with {status}")
    return wall, usage.ru_maxrss, out


# 1. Decoding ----------------------------------------------------------------------------------------
def decoding():
    log("1. decoding (bench_decode)")
    m = gbench("bench_decode")
    # clientDecode keeps every field (connectorctl); consoleDecode skips those the table does not show.
    for name, who in (("clientDecode", "all fields, connectorctl"), ("consoleDecode", "table fields, console")):
        for dialect_id, dialect in ((1, "pipeshub"), (0, "published")):
            for count in (200, 10000):
                client = m[f"{name}/{dialect_id}/{count}"]
                floor = m[f"floorFromJson/{dialect_id}/{count}"]
                size = client["raw"].get("label", "").split("/")[-1]
                ratio = client["cpu"] / floor["cpu"]
                add(f"1. decode {count} instances, {dialect} ({size}), {who}", client["cpu"], "ms", floor["cpu"],
                    "<= 1.5x", ratio <= 1.5, ratio, "floor: QJsonDocument::fromJson of the same bytes; CPU time")
    log("1b. GUI-thread block (bench_guiblock)")
    out = subprocess.run([str(BIN / "bench_guiblock"), "--repetitions", str(max(3, REPEAT - 2))],
                         capture_output=True, text=True, env=ENV, check=True).stdout
    result = json.loads(out.strip().splitlines()[-1])
    n = result["instances"]
    add(f"1. GUI thread, longest event while loading {n} instances (thread CPU)", result["worstEventCpuMs"], "ms",
        None, "<= 16 ms", result["worstEventCpuMs"] <= 16, None, "what the client itself holds the GUI thread for")
    add(f"1. GUI thread, longest gap of a 1 ms timer during that load (wall)", result["worstBlockMs"], "ms",
        result["idleProbeMs"], "<= 16 ms", result["worstBlockMs"] <= 16, None,
        "floor: the same probe on an idle event loop (scheduling noise of this machine)")


# 2. Table -------------------------------------------------------------------------------------------
def table():
    log("2. table (bench_table; seeds 13,577 and 135,759 instances)")
    m = gbench("bench_table")
    for rows_ in (10000, 100000):
        load, floor = m[f"modelAndViewLoad/{rows_}"], m[f"floorLoad/{rows_}"]
        add(f"2. load {rows_} instances into model + view, painted", load["cpu"], "ms", floor["cpu"], "-", None, None,
            "floor: a bare QTableView over a bare model of the same rows")
        scan = m[f"floorScan/{rows_}"]
        for kind in ("Set", "Clear"):
            k = m[f"keystroke{kind}/{rows_}"]
            ratio = k["cpu"] / scan["cpu"]
            if rows_ == 10000:
                target, met = "< 16 ms", k["cpu"] < 16
            else:
                target, met = "<= 1.5x", ratio <= 1.5
            what = "setting the term (googl -> google)" if kind == "Set" else "clearing the term"
            add(f"2. keystroke at {rows_} rows, {what}, repainted", k["cpu"], "ms", scan["cpu"], target, met, ratio,
                "floor: a plain scan of the same rows for the term; CPU time")


# 3. End to end --------------------------------------------------------------------------------------
def end_to_end():
    log("3. end to end (connectorctl list --all-pages vs curl)")
    server = DevServer(10000)
    try:
        urls = []
        for scope in ("team", "personal"):
            total = server.get(f"/connectors?scope={scope}&page=1&limit=1")["pagination"]["totalCount"]
            pages = (total + 199) // 200
            urls += [f"{server.url}/connectors?scope={scope}&page={p}&limit=200" for p in range(1, pages + 1)]
        ctl = [str(CTL), "--server", server.url, "list", "--all-pages", "--limit", "200", "--output", "json"]
        curl = ["curl", "-s", "-H", "Authorization: Bearer bench"] + urls
        ctl_times, curl_times = [], []
        run_timed(ctl), run_timed(curl)  # warm both (page cache, server caches)
        for _ in range(REPEAT):
            ctl_times.append(run_timed(ctl)[0])
            curl_times.append(run_timed(curl)[0])
        ctl_ms, curl_ms = statistics.median(ctl_times), statistics.median(curl_times)
        ratio = ctl_ms / curl_ms
        add(f"3. connectorctl list --all-pages --limit 200 --output json, 10,000 instances ({len(urls)} pages)",
            ctl_ms, "ms", curl_ms, "<= 1.0x", ratio <= 1.0, ratio,
            "floor: curl fetching the same pages over one keep-alive connection; wall time, median")
    finally:
        server.stop()


# 7. Export ------------------------------------------------------------------------------------------
def export():
    log("7. export of 10,000 instances (bench_export vs connectorctl list --all-pages)")
    server = DevServer(10000)
    out_dir = tempfile.mkdtemp(prefix="bench-export-")
    try:
        for fmt_name in ("csv", "json"):
            target = os.path.join(out_dir, "view." + fmt_name)
            console = [str(BIN / "bench_export"), "--server", server.url, "--output", fmt_name, "--file", target]
            ctl = [str(CTL), "--server", server.url, "--output", fmt_name, "list", "--all-pages"]
            run_timed(console), run_timed(ctl)  # warm both
            console_times, ctl_times = [], []
            for _ in range(REPEAT):
                console_times.append(run_timed(console)[0])
                ctl_times.append(run_timed(ctl)[0])
            with open(target, "rb") as written:
                same = written.read() == run_timed(ctl)[2]
            console_ms, ctl_ms = statistics.median(console_times), statistics.median(ctl_times)
            ratio = console_ms / ctl_ms
            add(f"7. export view to {fmt_name.upper()}, 10,000 instances (console's ViewExporter, file committed)",
                console_ms, "ms", ctl_ms, "<= 1.2x", ratio <= 1.2 and same, ratio,
                "floor: connectorctl list --all-pages --output " + fmt_name + " to a pipe, same server; wall time, "
                "median; the bytes compared " + ("equal" if same else "DIFFERENT"))
    finally:
        server.stop()
        shutil.rmtree(out_dir, ignore_errors=True)


# 4. Start-up and 5. memory --------------------------------------------------------------------------
def startup_and_memory():
    log("4. start-up (bench_console --startup vs bench_bare_qt)")
    # The demo's first page (150 seeded instances, team first): its names, for the bare program too.
    demo_like = DevServer(150)
    try:
        rows = [c["name"] for c in demo_like.get("/connectors?scope=team&page=1&limit=20")["connectors"]]
        rows += [c["name"] for c in demo_like.get("/connectors?scope=personal&page=1&limit=20")["connectors"]]
    finally:
        demo_like.stop()
    names_file = BUILD / "bench-demo-names.txt"
    names_file.write_text("\n".join(rows[:20]) + "\n", encoding="utf-8")
    bare, bare_names, console = [], [], []
    for _ in range(REPEAT):
        wall, rss, out = run_timed([str(BIN / "bench_bare_qt")])
        r = json.loads(out)
        bare.append((wall, r["firstPaintMs"], r["peakRssKiB"]))
        wall, rss, out = run_timed([str(BIN / "bench_bare_qt"), "--names", str(names_file)])
        bare_names.append((wall, json.loads(out)["firstPaintMs"]))
        # As shipped: the demo server answers without added latency (--demo-latency adds some).
        wall, rss, out = run_timed([str(BIN / "bench_console"), "--startup"])
        r = json.loads(out)
        console.append((wall, r["firstPaintMs"], rss))
        latency = r["demoLatencyMs"]
    med = lambda runs, i: statistics.median(x[i] for x in runs)
    label = f"--demo as shipped, {latency} ms added latency"
    ratio = med(console, 1) / med(bare, 1)
    add(f"4. start-up, exec -> first page painted ({label})", med(console, 1), "ms", med(bare, 1), "<= 2x",
        ratio <= 2, ratio, "floor: bare Qt Widgets program, 200-row table, first paint; in-process mark")
    ratio = med(console, 0) / med(bare, 0)
    add(f"4. start-up, whole process ({label})", med(console, 0), "ms", med(bare, 0), "<= 2x", ratio <= 2, ratio,
        "whole process: spawn to exit, quitting right after the first paint")
    ratio = med(console, 1) / med(bare_names, 1)
    add("4. (for the record) the same first paint against the bare program showing the demo's names",
        med(console, 1), "ms", med(bare_names, 1), "-", None, ratio,
        "the floor's first column holds the 20 names of the demo's first page (eight scripts and emoji): "
        "the fonts their scripts need cost the bare program the same; not the target's floor")

    log("5. memory (bench_console --memory, 10,000 active instances)")
    server = DevServer(13577)
    try:
        peaks = []
        for _ in range(max(2, REPEAT // 2)):
            # VmHWM from inside: wait4's ru_maxrss also counts the forking Python before exec.
            _, _, out = run_timed([str(BIN / "bench_console"), "--memory", "--server", server.url])
            r = json.loads(out)
            peaks.append(r["peakRssKiB"])
        peak = max(peaks)
        floor = max(x[2] for x in bare)
        add(f"5. peak RSS, console showing the Active list ({r['cachedInstances']} instances cached)",
            peak * 1024 / 1e6, "MB", floor * 1024 / 1e6, "< 60 MB", peak * 1024 < 60e6, None,
            "floor: peak RSS (VmHWM) of the bare Qt program; largest of the runs")
    finally:
        server.stop()


# 6. Requests ----------------------------------------------------------------------------------------
def requests():
    log("6. requests of a typical session (bench_console --session)")
    _, _, out = run_timed([str(BIN / "bench_console"), "--session"])
    r = json.loads(out)
    ok = r["requests"] == r["floor"] and r["duplicates"] == 0 and r["allAnswered"] and r["finalPageShown"]
    add(f"6. requests: open, type a 6-letter search, page x3, change state, disable sync, again, idle "
        f"({len(r['intents'])} intents)",
        r["requests"], "requests", r["floor"], "1.0x, no duplicate, none lost", ok, None,
        f"duplicates {r['duplicates']}, all answered {r['allAnswered']}, final page shown {r['finalPageShown']}; "
        "floor: the fewest requests the API allows per intent (2 for both scopes)")
    notes.append("Requests per intent:\n" + "\n".join(
        f"- {i['intent']}: " + ", ".join(f"`{u}`" for u in i["requests"]) for i in r["intents"]))


# 8. Bulk ---------------------------------------------------------------------------------------------
def bulk():
    log("8. bulk disable of 1,000 instances, dev server --latency 50 (bench_bulk)")
    _, _, out = run_timed([str(BIN / "bench_bulk"), "--count", "1000", "--latency", "50", "--concurrency", "4"])
    r = json.loads(out.strip().splitlines()[-1])
    add(f"8. bulk disable sync, {r['sent']} of {r['instances']} instances ({r['requests']} requests, 50 ms each, "
        f"{r['concurrency']} at a time)", r["totalMs"], "ms", r["floorMs"], "<= 1.2x",
        r["totalMs"] <= 1.2 * r["floorMs"], None, "floor: requests x latency / concurrency")
    add("8. GUI thread, longest event during that bulk run, progress dialog shown (thread CPU)",
        r["longestEventCpuMs"], "ms", None, "<= 16 ms", r["longestEventCpuMs"] <= 16)
    add("8. memory growth (VmRSS) over that bulk run", r["rssGrowthKb"] / 1024, "MB", None, "< 10 MB",
        r["rssGrowthKb"] < 10 * 1024)


def fmt(value, unit):
    if value is None:
        return "-"
    if unit == "requests":
        return f"{value:.0f}"
    return f"{value:.2f} {unit}" if value < 10 else f"{value:.1f} {unit}"


def machine():
    cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
    qt = subprocess.run(["dpkg-query", "-W", "-f=${Version}", "libqt6core6"], capture_output=True, text=True).stdout
    load = open("/proc/loadavg").read().split()[:3]
    return (f"{os.cpu_count()} cores, {cpu}; Qt {qt or '?'}; {os.uname().sysname} {os.uname().release}; "
            f"load average at the end {' '.join(load)}; {time.strftime('%Y-%m-%d %H:%M %Z')}")


def main():
    for step in (decoding, table, end_to_end, startup_and_memory, requests, export, bulk):
        try:
            step()
        except Exception as e:  # one broken figure must not hide the others
            add(f"{step.__name__}: FAILED ({e})", None, "", None, "-", False)
    lines = ["| figure | value | floor | ratio | target | met |", "|---|---|---|---|---|---|"]
    for r in rows:
        met = "-" if r["met"] is None else ("yes" if r["met"] else "**no**")
        ratio = "-" if r["ratio"] is None else f"{r['ratio']:.2f}x"
        lines.append(f"| {r['figure']} | {fmt(r['value'], r['unit'])} | {fmt(r['floor'], r['unit'])} | {ratio} "
                     f"| {r['target']} | {met} |")
    text = "\n".join(lines)
    report = f"Machine: {machine()}\n\n{text}\n\n" + "\n\n".join(notes) + "\n\nNotes per figure:\n" + "\n".join(
        f"- {r['figure']}: {r['note']}" for r in rows if r["note"]) + "\n"
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "latest.md").write_text(report)
    (RESULTS / "latest.json").write_text(json.dumps(dict(machine=machine(), rows=rows), indent=2))
    print(report)


if __name__ == "__main__":
    main()
