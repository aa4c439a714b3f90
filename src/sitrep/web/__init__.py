"""The web app: map, timeline and table of events, review with history, accounts, API, exports.

`create_app` builds the FastAPI application over a store; `sitrep serve` runs it with uvicorn.
"""

from __future__ import annotations

from sitrep.web.app import create_app
from sitrep.web.config import WebConfig

__all__ = ["WebConfig", "create_app"]
