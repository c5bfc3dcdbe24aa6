"""Pictures for the HTML report, as inline SVG (no script, no file beside the page).

Each function returns the markup of one ``<svg>``; every number it draws is also on the
element as a ``data-`` attribute, so a test (or a reader's tool) can check the picture
against ``grokpat stats --json`` without guessing from pixels.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape


def progress_bar(solved: int, total: int, width: int = 160, height: int = 12) -> str:
    """A pattern's solved problems out of its total."""
    filled = 0 if total == 0 else round(width * solved / total, 1)
    return (
        f'<svg class="bar" width="{width}" height="{height}" viewBox="0 0 {width} {height}" role="img" '
        f'aria-label="{solved} of {total} solved" data-solved="{solved}" data-total="{total}">'
        f'<rect width="{width}" height="{height}" rx="3" class="track"/>'
        f'<rect width="{filled}" height="{height}" rx="3" class="fill"/></svg>'
    )


def grok_curve(shares: Sequence[float], width: int = 160, height: int = 36) -> str:
    """The grok curve: after each problem met once the pattern was solved, the share of
    those solved cold (no hint, no reveal) so far. Rising means the pattern is grokked."""
    if not shares:
        return f'<svg class="curve" width="{width}" height="{height}" role="img" aria-label="no problems met after the first solve yet" data-points=""></svg>'
    step = (width - 8) / max(len(shares) - 1, 1)
    points = " ".join(f"{4 + i * step:.1f},{height - 4 - share * (height - 8):.1f}" for i, share in enumerate(shares))
    dots = "".join(f'<circle cx="{4 + i * step:.1f}" cy="{height - 4 - s * (height - 8):.1f}" r="2"/>' for i, s in enumerate(shares))
    data = " ".join(f"{s:.4f}" for s in shares)
    return (
        f'<svg class="curve" width="{width}" height="{height}" viewBox="0 0 {width} {height}" role="img" '
        f'aria-label="cold-solve share {shares[-1]:.0%} after {len(shares)} problems" data-points="{data}">'
        f'<line x1="4" y1="{height - 4}" x2="{width - 4}" y2="{height - 4}" class="axis"/>'
        f'<polyline points="{points}" class="line"/>{dots}</svg>'
    )


def score_history(scores: Sequence[float], width: int = 480, height: int = 120) -> str:
    """Mock interview scores (out of 100), oldest first."""
    if not scores:
        return ""
    step = (width - 40) / max(len(scores) - 1, 1)
    xy = [(30 + i * step, height - 15 - s / 100 * (height - 30)) for i, s in enumerate(scores)]
    points = " ".join(f"{x:.1f},{y:.1f}" for x, y in xy)
    labels = "".join(f'<text x="{x:.1f}" y="{y - 5:.1f}">{s:g}</text>' for (x, y), s in zip(xy, scores))
    return (
        f'<svg class="scores" width="{width}" height="{height}" viewBox="0 0 {width} {height}" role="img" '
        f'aria-label="mock interview scores" data-scores="{escape(" ".join(f"{s:g}" for s in scores))}">'
        f'<line x1="30" y1="{height - 15}" x2="{width - 10}" y2="{height - 15}" class="axis"/>'
        f'<text x="2" y="{height - 12}">0</text><text x="2" y="18">100</text>'
        f'<polyline points="{points}" class="line"/>{labels}</svg>'
    )
