"""A reportlab drawing (the report's charts) as a PNG image, painted with Pillow.

reportlab's own bitmap renderer needs cairo (rlPyCairo and pycairo, which has no wheels for
Linux), so the charts of the Word report are painted here instead: the drawing's shapes are
walked with reportlab's renderer base class (which keeps the transforms and the inherited
style) and each rectangle, line, polygon, circle and string is drawn on a Pillow image in the
same embedded DejaVu Sans font as the PDF. The same `Drawing` therefore makes the PDF's vector
chart and the Word file's picture.
"""

from __future__ import annotations

import io
import math
from pathlib import Path
from typing import Any

from PIL import Image, ImageDraw, ImageFont
from reportlab.graphics.renderbase import Renderer, getStateDelta
from reportlab.graphics.shapes import Drawing

from taskforce_app.exporters.pdf_fonts import BOLD, FONT_FILES, REGULAR

DEFAULT_DPI = 200
_ANCHORS = {"start": "ls", "middle": "ms", "end": "rs"}

Point = tuple[float, float]
Colour = tuple[int, int, int, int]


def drawing_png(drawing: Drawing, *, fonts_dir: Path, dpi: int = DEFAULT_DPI) -> bytes:
    """The PNG bytes of `drawing` at `dpi` (white background).

    Args:
        drawing: a reportlab drawing (a chart of the report).
        fonts_dir: the folder with the DejaVu Sans TTF files.
        dpi: the resolution; the image is `drawing.width` points wide at this density.
    """
    scale = dpi / 72
    size = (max(1, math.ceil(drawing.width * scale)), max(1, math.ceil(drawing.height * scale)))
    image = Image.new("RGB", size, "white")
    painter = _PillowRenderer(image, scale, drawing.height, fonts_dir)
    painter.draw(drawing, _Canvas(), 0, 0, showBoundary=False)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", dpi=(dpi, dpi), optimize=True)
    return buffer.getvalue()


class _Canvas:
    """The canvas `Renderer.draw` expects: the painting itself happens in the renderer."""

    def saveState(self) -> None:
        """Nothing to save: the state lives in the renderer's tracker."""

    def restoreState(self) -> None:
        """Nothing to restore."""


class _PillowRenderer(Renderer):
    """Paints the shapes of a drawing on a Pillow image."""

    _tracker: Any
    """reportlab's state tracker (style and transform), set by `Renderer.draw`."""

    def __init__(self, image: Image.Image, scale: float, height: float, fonts_dir: Path) -> None:
        self._image = image
        self._paint = ImageDraw.Draw(image, "RGBA")
        self._scale = scale
        self._height = height
        self._fonts_dir = fonts_dir
        self._fonts: dict[tuple[str, int], ImageFont.FreeTypeFont] = {}

    # Walking the tree.
    def drawNode(self, node: Any) -> None:
        """Push the node's style and transform, draw it, pop them."""
        self._tracker.push(getStateDelta(node))  # type: ignore[no-untyped-call]
        self.drawNodeDispatcher(node)
        self._tracker.pop()

    def applyStateChanges(self, delta: Any, new_state: Any) -> None:
        """Nothing to apply: every shape reads the current state when it is drawn."""

    # Shapes.
    def drawRect(self, rect: Any) -> None:
        """A rectangle (rounded corners are drawn square)."""
        x, y, w, h = rect.x, rect.y, rect.width, rect.height
        self._shape([(x, y), (x + w, y), (x + w, y + h), (x, y + h)], closed=True)

    def drawLine(self, line: Any) -> None:
        """A straight line."""
        self._shape([(line.x1, line.y1), (line.x2, line.y2)], closed=False)

    def drawPolygon(self, polygon: Any) -> None:
        """A closed polygon."""
        self._shape(_pairs(polygon.points), closed=True)

    def drawPolyLine(self, polyline: Any) -> None:
        """An open line through points."""
        self._shape(_pairs(polyline.points), closed=False)

    def drawCircle(self, circle: Any) -> None:
        """A circle (a chart's marker)."""
        self.drawEllipseAt(circle.cx, circle.cy, circle.r, circle.r)

    def drawEllipse(self, ellipse: Any) -> None:
        """An ellipse."""
        self.drawEllipseAt(ellipse.cx, ellipse.cy, ellipse.rx, ellipse.ry)

    def drawEllipseAt(self, cx: float, cy: float, rx: float, ry: float) -> None:
        """An ellipse around (cx, cy), as a polygon so any transform applies."""
        steps = 36
        points = [
            (
                cx + rx * math.cos(2 * math.pi * i / steps),
                cy + ry * math.sin(2 * math.pi * i / steps),
            )
            for i in range(steps)
        ]
        self._shape(points, closed=True)

    def drawString(self, text: Any) -> None:
        """A string at its anchor, in the state's font, size, colour and rotation."""
        state = self._tracker.getState()
        colour = _colour(state.get("fillColor"))
        value = str(text.text)
        if colour is None or not value:
            return
        font = self._font(str(state.get("fontName") or REGULAR), float(state.get("fontSize", 10)))
        anchor = _ANCHORS.get(str(state.get("textAnchor", "start")), "ls")
        a, b = self._ctm()[:2]
        angle = math.degrees(math.atan2(b, a))
        x, y = self._to_image(text.x, text.y)
        if abs(angle) < 0.5:
            self._paint.text((x, y), value, font=font, fill=colour, anchor=anchor)
            return
        left, top, right, bottom = font.getbbox(value, anchor=anchor)
        pad = 2
        size = (math.ceil(right - left) + 2 * pad, math.ceil(bottom - top) + 2 * pad)
        patch = Image.new("RGBA", size, (0, 0, 0, 0))
        ImageDraw.Draw(patch).text(
            (pad - left, pad - top), value, font=font, fill=colour, anchor=anchor
        )
        turned = patch.rotate(angle, expand=True, resample=Image.Resampling.BICUBIC)
        # The anchor sits at (pad - left, pad - top) in the patch; find it after the turn.
        ox, oy = pad - left - patch.width / 2, pad - top - patch.height / 2
        rad = math.radians(angle)
        rx = ox * math.cos(rad) + oy * math.sin(rad)
        ry = -ox * math.sin(rad) + oy * math.cos(rad)
        corner = (round(x - (rx + turned.width / 2)), round(y - (ry + turned.height / 2)))
        self._image.paste(turned, corner, turned)

    # Helpers.
    def _ctm(self) -> tuple[float, float, float, float, float, float]:
        a, b, c, d, e, f = self._tracker.getState()["ctm"]
        return float(a), float(b), float(c), float(d), float(e), float(f)

    def _to_image(self, x: float, y: float) -> Point:
        a, b, c, d, e, f = self._ctm()
        px, py = a * x + c * y + e, b * x + d * y + f
        return px * self._scale, (self._height - py) * self._scale

    def _shape(self, points: list[Point], *, closed: bool) -> None:
        if len(points) < 2:
            return
        state = self._tracker.getState()
        shown = [self._to_image(x, y) for x, y in points]
        a, b, c, d, _, _ = self._ctm()
        zoom = math.sqrt(abs(a * d - b * c)) or 1.0
        width = float(state.get("strokeWidth") or 0) * zoom * self._scale
        stroke = _colour(state.get("strokeColor"), state.get("strokeOpacity"))
        if closed:
            fill = _colour(state.get("fillColor"), state.get("fillOpacity"))
            if fill is not None:
                self._paint.polygon(shown, fill=fill)
            if stroke is not None and width > 0:
                self._paint.line([*shown, shown[0]], fill=stroke, width=max(1, round(width)))
        elif stroke is not None and width > 0:
            self._paint.line(shown, fill=stroke, width=max(1, round(width)), joint="curve")

    def _font(self, name: str, size: float) -> ImageFont.FreeTypeFont:
        face = BOLD if "bold" in name.lower() else REGULAR
        pixels = max(1, round(size * self._scale))
        key = (face, pixels)
        font = self._fonts.get(key)
        if font is None:
            font = ImageFont.truetype(str(self._fonts_dir / FONT_FILES[face]), pixels)
            self._fonts[key] = font
        return font


def _pairs(flat: Any) -> list[Point]:
    values = [float(value) for value in flat]
    return list(zip(values[0::2], values[1::2], strict=False))


def _colour(colour: Any, opacity: Any = None) -> Colour | None:
    """A reportlab colour as RGBA (None when nothing is to be painted)."""
    if colour is None:
        return None
    alpha = float(getattr(colour, "alpha", 1) or 1)
    if opacity is not None:
        alpha *= float(opacity)
    if alpha <= 0:
        return None
    return (
        round(colour.red * 255),
        round(colour.green * 255),
        round(colour.blue * 255),
        round(alpha * 255),
    )
