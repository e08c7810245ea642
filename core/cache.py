"""The embedded shared cache: diskcache's Django backend, kept open between requests.

Django closes every cache when a request finishes. diskcache's backend then closes its
SQLite connections, and the next request reopens them: a WAL checkpoint on close and a
dozen PRAGMAs on open, about 15 ms a request on this machine. Its connections are per
thread and reopened after a fork (diskcache checks the process id), so keeping them is
safe for gunicorn's workers and the development server's threads alike.
"""

from diskcache import DjangoCache


class PersistentDiskCache(DjangoCache):
    def close(self, **kwargs):
        """Keep the connections: Django calls this at the end of every request."""
