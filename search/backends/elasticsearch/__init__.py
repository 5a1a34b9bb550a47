"""Search answered by Elasticsearch 8 through elasticsearch-dsl.

``mapping`` holds the analyzers and the document mapping, ``query`` the
faceted text query, ``backend`` the index lifecycle and the backend itself.
"""

from search.backends.elasticsearch.backend import ElasticsearchBackend

__all__ = ["ElasticsearchBackend", "SearchBackend"]

SearchBackend = ElasticsearchBackend
