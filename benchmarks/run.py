"""Every speed and memory figure of the package, printed as tables.

    python benchmarks/run.py [--runs 20] [--quick]

Figures, not assertions: the budgets are stated beside the figures and the
verdict is printed, but nothing here fails a test run. Results and the machine
they came from are recorded in benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import gc
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def median_ms(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1e3


# An installed wheel has its bytecode compiled by pip; a checkout whose environment sets
# PYTHONDONTWRITEBYTECODE would recompile our sources in every process and not theirs.
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def compile_package() -> None:
    import compileall

    import yrd_meetings

    compileall.compile_dir(str(Path(yrd_meetings.__file__).parent), quiet=1)


def process_ms(code: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, env=ENV)
    return (time.perf_counter() - start) * 1e3


def interleaved(commands: dict[str, str], runs: int) -> dict[str, float]:
    """Median whole-process time of each command, runs interleaved A B C A B C ..."""
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, code in commands.items():
            times[name].append(process_ms(code))
    return {name: statistics.median(values) for name, values in times.items()}


def has(module: str) -> bool:
    code = f"import {module}"
    return subprocess.run([sys.executable, "-c", code], capture_output=True).returncode == 0


def section(title: str) -> None:
    print(f"\n## {title}\n")


def row(name: str, value: str, note: str = "") -> None:
    print(f"{name:48} {value:>14}  {note}")


def startup(runs: int) -> None:
    section("Whole-process start-up (median of interleaved runs)")
    compile_package()
    commands = {
        "python -c pass": "pass",
        "import attrs, cattrs": "import attrs, cattrs",
        "yrd_meetings: import, load, 2 look-ups": (
            "import yrd_meetings; ds = yrd_meetings.load(); ds.meeting(2025); ds.official('陈吉宁')"
        ),
    }
    if has("pycountry"):
        commands["pycountry: import, get(alpha_2='CN')"] = (
            "import pycountry; pycountry.countries.get(alpha_2='CN')"
        )
    result = interleaved(commands, runs)
    base = result["import attrs, cattrs"]
    for name, ms in result.items():
        row(name, f"{ms:.1f} ms", f"{ms / base:.2f}× attrs+cattrs")
    ours = result["yrd_meetings: import, load, 2 look-ups"] / base
    verdict = "met" if ours <= 1.25 else "NOT met"
    print(f"\nbudget: within 1.25× of `import attrs, cattrs` — {ours:.2f}×, {verdict}")
    heavy = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys, yrd_meetings; yrd_meetings.load(); print(' '.join(m for m in "
            "('jieba', 'opencc', 'pandas', 'importlib.metadata') if m in sys.modules))",
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    print(f"heavy modules after import + load(): {heavy or 'none'}")


def loading(runs: int) -> None:
    import yrd_meetings
    from yrd_meetings.dataset import package_data, read_directory

    section("load() in-process")
    yrd_meetings.load()
    row("warm load() (cached)", f"{median_ms(yrd_meetings.load, runs * 50) * 1e3:.2f} µs")
    row(
        "cold read of the data directory",
        f"{median_ms(lambda: read_directory(package_data()), runs):.2f} ms",
    )
    gc.collect()
    tracemalloc.start()
    ds = read_directory(package_data())
    size, _ = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    row("memory of a loaded Dataset", f"{size / 1024:.0f} KiB", repr(ds))
    row(
        "load(script='traditional') first call",
        f"{median_ms(lambda: yrd_meetings.load(script='traditional'), 1):.1f} ms",
    )
    row(
        "load(script='traditional') cached",
        f"{median_ms(lambda: yrd_meetings.load(script='traditional'), runs) * 1e3:.1f} µs",
    )
    ds = yrd_meetings.load()
    row("meeting(2025)", f"{median_ms(lambda: ds.meeting(2025), runs * 50) * 1e3:.2f} µs")
    row("official('陈吉宁')", f"{median_ms(lambda: ds.official('陈吉宁'), runs * 50) * 1e3:.2f} µs")
    import datetime

    day = datetime.date(2024, 6, 5)
    row(
        "holder('CN-ZJ', 'governor', day)",
        f"{median_ms(lambda: ds.holder('CN-ZJ', 'governor', day), runs * 50) * 1e3:.2f} µs",
    )


def exports(runs: int) -> None:
    import yrd_meetings

    section("Exports (median, fresh directory each run)")
    ds = yrd_meetings.load()
    formats = ["json", "jsonl", "csv", "datapackage"]
    with tempfile.TemporaryDirectory() as tmp:
        for fmt in formats:
            counter = iter(range(10_000))

            def write(fmt: str = fmt, counter: object = counter) -> None:
                ds.export(Path(tmp) / f"{fmt}-{next(counter)}", format=fmt)  # type: ignore[call-overload]

            try:
                row(f"export format={fmt}", f"{median_ms(write, max(3, runs // 4)):.1f} ms")
            except Exception as exc:  # a format not built yet is reported, not fatal
                row(f"export format={fmt}", "n/a", f"{type(exc).__name__}: {exc}")
        if has("pandas"):
            row("to_frames()", f"{median_ms(ds.to_frames, max(3, runs // 4)):.1f} ms")


def parsing(runs: int) -> None:
    section("Parsing")
    if not has("jieba"):
        print("jieba not installed: skipped")
        return
    text = max((p.read_text(encoding="utf-8") for p in SEEDS), key=len)
    cold_parse = (
        "import time; t = time.perf_counter(); import yrd_meetings; "
        f"yrd_meetings.parse(open({str(SEEDS[0])!r}, encoding='utf-8').read()); "
        "print((time.perf_counter() - t) * 1e3)"
    )
    cold_jieba = (
        "import time, logging; logging.disable(logging.CRITICAL); t = time.perf_counter(); "
        "import jieba; jieba.initialize(); print((time.perf_counter() - t) * 1e3)"
    )
    env = dict(os.environ)
    cold: dict[str, list[float]] = {"parse": [], "jieba": []}
    for _ in range(max(3, runs // 4)):
        for name, code in (("parse", cold_parse), ("jieba", cold_jieba)):
            out = subprocess.run(
                [sys.executable, "-W", "ignore", "-c", code],
                capture_output=True,
                text=True,
                check=True,
                env=env,
            )
            cold[name].append(float(out.stdout.strip().splitlines()[-1]))
    parse_ms, jieba_ms = statistics.median(cold["parse"]), statistics.median(cold["jieba"])
    row("cold process: import + first parse()", f"{parse_ms:.0f} ms")
    row("cold process: import jieba + initialize()", f"{jieba_ms:.0f} ms")
    verdict = "met" if parse_ms <= jieba_ms / 2 else "NOT met"
    print(
        "budget: first parse at most half of jieba's initialisation — "
        f"{parse_ms / jieba_ms:.2f}, {verdict}"
    )

    import warnings

    import yrd_meetings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import jieba
    import logging

    logging.getLogger("jieba").setLevel(logging.WARNING)
    jieba.initialize()
    yrd_meetings.parse(text)
    ours = median_ms(lambda: yrd_meetings.parse(text), runs)
    theirs = median_ms(lambda: jieba.lcut(text), runs)
    chars = len(text)
    row(f"parse() on {chars} chars", f"{ours:.1f} ms", f"{chars / ours * 1e3 / 1e3:.0f} k chars/s")
    row(
        "jieba.lcut() on the same text",
        f"{theirs:.1f} ms",
        f"{chars / theirs * 1e3 / 1e3:.0f} k chars/s",
    )
    verdict = "met" if ours < theirs else "NOT met"
    print(f"budget: parse faster than jieba.lcut — {theirs / ours:.1f}× faster, {verdict}")
    for scale in (1, 40):
        big = text * scale
        row(
            f"parse() on {scale}× the text",
            f"{median_ms(lambda big=big: yrd_meetings.parse(big), 3):.0f} ms",
        )


def plugin(runs: int) -> None:
    section("pytest plugin: start-up cost pytest pays for it")
    with tempfile.TemporaryDirectory() as tmp:
        Path(tmp, "test_nothing.py").write_text("def test_nothing():\n    pass\n")
        base = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", tmp]
        times: dict[str, list[float]] = {"with the plugin": [], "-p no:yrd_meetings": []}
        for _ in range(max(5, runs // 2)):
            for name, extra in (
                ("with the plugin", []),
                ("-p no:yrd_meetings", ["-p", "no:yrd_meetings"]),
            ):
                start = time.perf_counter()
                subprocess.run([*base, *extra], check=True, capture_output=True, env=ENV)
                times[name].append((time.perf_counter() - start) * 1e3)
        with_plugin = statistics.median(times["with the plugin"])
        without = statistics.median(times["-p no:yrd_meetings"])
        row("pytest session, plugin loaded", f"{with_plugin:.0f} ms")
        row("pytest session, -p no:yrd_meetings", f"{without:.0f} ms")
        row("difference (noise is larger)", f"{with_plugin - without:.0f} ms")
    out = subprocess.run(
        [
            sys.executable,
            "-X",
            "importtime",
            "-c",
            "import pytest; import yrd_meetings.pytest_plugin",
        ],
        capture_output=True,
        text=True,
        env=ENV,
    ).stderr
    ours = sum(
        int(line.split("|")[0].split(":")[1])
        for line in out.splitlines()
        if line.startswith("import time:") and "yrd_meetings" in line.split("|")[2]
    )
    row("import of the plugin's own modules (self time)", f"{ours / 1e3:.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--quick", action="store_true", help="fewer runs, for a smoke test")
    args = parser.parse_args()
    runs = 3 if args.quick else args.runs
    print(
        f"# yrd-meetings benchmarks\n\nPython {platform.python_version()} on "
        f"{platform.machine()} {platform.system()}, {os.cpu_count()} CPUs"
    )
    startup(runs)
    loading(runs)
    exports(runs)
    plugin(runs)
    parsing(runs)


if __name__ == "__main__":
    main()
