"""Pages of a PDF made by budgetsim, counted without a PDF parser."""

from __future__ import annotations

import re


def pdf_page_count(data: bytes) -> int:
    """Number of pages in a PDF made here (counts ``/Type /Page`` objects)."""
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", data))
