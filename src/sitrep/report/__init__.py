"""Situation reports: what an analyst sends about a period, written as Markdown, HTML or PDF."""

from __future__ import annotations
