"""The embedded shared cache keeps its SQLite connections between requests."""

from core.cache import PersistentDiskCache


def test_the_disk_cache_keeps_its_connections_between_requests(tmp_path):
    cache = PersistentDiskCache(str(tmp_path), {"SHARDS": 2})
    cache.set("key", "value")
    shard = cache._cache._shards[0]
    before = shard._local.con

    cache.close()  # what Django calls when a request finishes

    assert shard._local.con is before
    assert cache.get("key") == "value"
