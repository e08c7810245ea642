"""Benchmark data generators: each app registers one in its `bench_data` module.

`manage.py generate_bench_data --posts N` finds every app's `bench_data` module (as the
admin finds `admin` modules), then runs the generator behind each option it is given.
An app that lands later (events, resources) adds its own option the same way.
"""

import sys
from dataclasses import dataclass


@dataclass(frozen=True)
class Generator:
    option: str
    help: str
    function: object


registry = {}


def generator(option, *, help):
    """Register a function(count, rng, progress) that builds `count` objects."""

    def register(function):
        registry[option] = Generator(option, help, function)
        return function

    return register


class Progress:
    """A one-line progress bar on stderr."""

    def __init__(self, label, total, stream=sys.stderr, width=30):
        self.label, self.total, self.stream, self.width = label, total, stream, width
        self.done = 0

    def advance(self, step=1):
        self.done += step
        if self.done == self.total or self.done % max(1, self.total // 100) == 0:
            filled = self.width * self.done // max(1, self.total)
            bar = "#" * filled + "." * (self.width - filled)
            self.stream.write(f"\r{self.label:<12} [{bar}] {self.done}/{self.total}")
            if self.done >= self.total:
                self.stream.write("\n")
            self.stream.flush()
