"""Drive one URL with wrk for a bounded time; its figures as a dict."""

import json
import shutil
import subprocess
from pathlib import Path

REPORT = Path(__file__).with_name("report.lua")
# What a browser sends: compressed bytes are part of what is measured.
HEADERS = ["-H", "Accept-Encoding: br, gzip"]


def wrk_path():
    path = shutil.which("wrk")
    if path is None:
        raise SystemExit("wrk is missing: apt-get install wrk (make bench does it)")
    return path


def measure(url, seconds, connections=1):
    """Requests/s and latency percentiles (ms) of GET url with `connections` clients."""
    result = subprocess.run(  # noqa: S603 (wrk with our own arguments)
        [
            wrk_path(),
            "-t1",
            f"-c{connections}",
            f"-d{seconds}s",
            "--timeout=10s",
            "-s",
            str(REPORT),
            *HEADERS,
            url,
        ],
        capture_output=True,
        text=True,
        check=True,
        timeout=seconds + 60,
    )
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    seconds_run = figures["duration_us"] / 1e6
    return {
        "requests": figures["requests"],
        "rps": figures["requests"] / seconds_run,
        "p50_ms": figures["p50_us"] / 1000,
        "p95_ms": figures["p95_us"] / 1000,
        "p99_ms": figures["p99_us"] / 1000,
        "errors": figures["socket_errors"] + figures["non_2xx"],
    }
