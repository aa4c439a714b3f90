"""Sources beyond files handed over: safe fetching, feeds, WARC archives, watching, alerts."""

from __future__ import annotations
