"""Named profiles: filter choices for common sources (``--profile``, ``--list-profiles``).

Each profile is a set of defaults for the command's options; a config file and flags
override them.
"""

from typing import Any

PROFILES: dict[str, dict[str, Any]] = {
    "generic": {
        "description": "every filter (the default)",
    },
    "pressreader": {
        "description": "e-paper exports of today's papers: one paragraph per line, picture captions, footers",
        "skip": ["strip_running_heads", "unwrap_lines"],
    },
    "historical-newspaper": {
        "description": "hard-wrapped columns of old newspapers (Chronicling America, Trove): no e-paper artifacts",
        "skip": ["strip_captions", "strip_byline_bullets", "restore_prefix_hyphens"],
    },
    "book-scan": {
        "description": "scanned books (Google Books, HathiTrust, Internet Archive): pages, running heads, stamps",
        "skip": ["strip_captions", "strip_byline_bullets"],
    },
}
