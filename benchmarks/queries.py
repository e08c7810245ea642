"""SQL queries per request for each URL, in-process over the benchmark's database.

Run by the suite as `python -m benchmarks.queries URL...` with the server's environment
(response cache off); prints {url: queries} as JSON.
"""

import json
import sys

import django


def count(urls):
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_HOST="127.0.0.1")
    counts = {}
    for url in urls:
        client.get(url)  # warm: renditions made, caches filled
        with CaptureQueriesContext(connection) as queries:
            client.get(url)
        counts[url] = len(queries)
    return counts


if __name__ == "__main__":
    django.setup()
    print(json.dumps(count(sys.argv[1:])))
