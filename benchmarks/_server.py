"""Helpers for benchmarks: run a real ``docsplit serve`` process and read its memory."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from typing import Any


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Server:
    """``docsplit serve`` in a child process on 127.0.0.1 with its own data dir."""

    def __init__(self, data_dir: Path, **env: Any) -> None:
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        environ = {
            **os.environ,
            "DOCSPLIT_DATA_DIR": str(data_dir),
            "DOCSPLIT_PORT": str(self.port),
            "DOCSPLIT_LOG_LEVEL": "warning",
            **{f"DOCSPLIT_{k.upper()}": str(v) for k, v in env.items()},
        }
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "docsplit", "serve"],
            env=environ,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(f"{self.base}/healthz", timeout=1) as resp:
                    if resp.status == 200:
                        return
            except OSError:
                time.sleep(0.05)
        self.stop()
        raise RuntimeError("server did not start")

    def rss_kb(self) -> int:
        return _status_kb(self.proc.pid, "VmRSS")

    def peak_kb(self) -> int:
        return _status_kb(self.proc.pid, "VmHWM")

    def reset_peak(self) -> None:
        """Reset VmHWM (Linux: writing 5 to clear_refs) so the next peak is this phase's."""
        with open(f"/proc/{self.proc.pid}/clear_refs", "w") as handle:
            handle.write("5")

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(30)
        except subprocess.TimeoutExpired:
            self.proc.kill()


def _status_kb(pid: int, field: str) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise KeyError(field)


def machine() -> str:
    model = "unknown CPU"
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            model = line.split(":", 1)[1].strip()
            break
    return f"{os.cpu_count()} cores, {model}, Python {sys.version.split()[0]}"
