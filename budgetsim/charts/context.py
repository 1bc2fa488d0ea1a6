"""What a chart is about (gemeente and scenario: :class:`ChartContext`) and its frame: title,
subtitle, source line and text alternative."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from .. import vegalite as vl
from ..formatting import vega_locale
from ..i18n import t
from ..vegalite import VegaLiteChart
from .style import FONT, GRID_COLOR, MUTED_COLOR, SUBTITLE_CHARS, TEXT_COLOR


@dataclass(frozen=True)
class ChartContext:
    """What a chart is about: the gemeente's name and the scenario's name (may be empty)."""

    gemeente: str
    scenario: str = ""

    def subtitle(self, lang: str) -> str:
        """Gemeente and scenario name, cut to :data:`SUBTITLE_CHARS` (a long name would otherwise
        widen the chart, and shrink it on paper)."""
        if self.scenario.startswith(self.gemeente):  # "Dordrecht: krant …" already names the place
            text = self.scenario
        elif self.scenario:
            text = t("common.subtitle", lang, gemeente=self.gemeente, scenario=self.scenario)
        else:
            text = self.gemeente
        return text if len(text) <= SUBTITLE_CHARS else text[: SUBTITLE_CHARS - 1].rstrip() + "…"


def as_context(context) -> ChartContext:
    """A :class:`ChartContext` from itself, a dict ``{"gemeente", "scenario"}``, a tuple or a name."""
    if isinstance(context, ChartContext):
        return context
    if isinstance(context, Mapping):
        return ChartContext(str(context.get("gemeente") or ""), str(context.get("scenario") or ""))
    if isinstance(context, (tuple, list)):
        return ChartContext(*(str(x or "") for x in context[:2]))
    if context is None:
        return ChartContext("")
    return ChartContext(str(context))


def finish_chart(
    chart,
    lang: str,
    context: ChartContext,
    title: str,
    *,
    width: int,
    footer_offset: int = 0,
    note: str | None = None,
    note_swatch: bool = False,
    datasets: dict | None = None,
    description: str | None = None,
) -> VegaLiteChart:
    """Title + subtitle, the source line under the chart, fonts, locale and quiet axes.

    ``chart`` is a Vega-Lite unit or layer spec with its size. ``note`` is a short
    caption on its own line above the source line (with a small translucent grey square in front
    when ``note_swatch``: the legend of a band). ``datasets`` are named data sets at the top level
    (large data such as map boundaries, shared by the layers that name them). ``description`` is the
    text alternative: what the chart shows and its main figures (see :func:`budgetsim.vegalite.frame`).
    """
    return vl.frame(
        chart,
        title=title,
        subtitle=context.subtitle(lang),
        source=t("source.chart", lang),
        look=vl.config(FONT, vega_locale(lang), TEXT_COLOR, GRID_COLOR),
        width=width,
        muted_color=MUTED_COLOR,
        text_color=TEXT_COLOR,
        footer_offset=footer_offset,
        note=note,
        note_swatch=note_swatch,
        datasets=datasets,
        description=description,
    )


def as_sentence(title: str) -> str:
    """A title as the first sentence of a text alternative: with a full stop unless it ends in one."""
    return title if title.endswith((".", "?", "!")) else title + "."
