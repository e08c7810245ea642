"""`python -m benchmarks`: the HTTP benchmark suite (make bench, make bench-smoke).

Builds a data set per size with `generate_bench_data`, serves it with gunicorn and the
production settings on 127.0.0.1, and drives each URL with wrk for a fixed time,
cold (response cache off) and warm; prints a table and writes it as JSON under
benchmarks/results/.
"""

import argparse
import os
import sys

from benchmarks import suite


def parse(argv):
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument(
        "--posts",
        type=int,
        nargs="+",
        default=[100, 10_000],
        help="Data set sizes to measure (default: 100 10000).",
    )
    parser.add_argument("--seconds", type=int, default=5, help="wrk time per URL.")
    parser.add_argument(
        "--port", type=int, default=int(os.environ.get("BENCH_PORT", 8250))
    )
    parser.add_argument("--var", default="var/bench", help="Where data sets are kept.")
    parser.add_argument(
        "--database-url",
        default=os.environ.get("BENCH_DATABASE_URL", ""),
        help="PostgreSQL URL; {posts} is replaced by the size (SQLite when empty).",
    )
    parser.add_argument(
        "--redis-url",
        default=os.environ.get("BENCH_REDIS_URL", ""),
        help="Redis for the cache (the on-disk cache when empty).",
    )
    parser.add_argument(
        "--skip",
        nargs="+",
        default=[],
        metavar="NAME",
        help="URLs to leave out, by their name in the table (e.g. search).",
    )
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="CI: 20 posts, 1 s per URL, no thresholds; proves the suite runs.",
    )
    return parser.parse_args(argv)


def main(argv=None):
    args = parse(argv)
    sizes, seconds = (args.posts, args.seconds)
    if args.smoke:
        sizes, seconds = [20], 1
    results = suite.run(
        sizes,
        seconds=seconds,
        port=args.port,
        var_root=args.var + ("-smoke" if args.smoke else ""),
        database_url=args.database_url,
        redis_url=args.redis_url,
        skip=args.skip,
    )
    print(suite.table(results))
    print(f"\nWritten to {suite.save(results)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
