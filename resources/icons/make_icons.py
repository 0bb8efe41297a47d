"""Draw the application icon with Qt and write it in the formats the platforms want.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python resources/icons/make_icons.py
Writes taskforce-app.png (256 px, the window and Linux icon), taskforce-app.ico (Windows) and
taskforce-app.icns (macOS), the last two with Qt's image-format plugins. The icon
is a calendar page with a check mark: the forløb's plan, kept.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QImage,
    QImageWriter,
    QPainter,
    QPainterPath,
    QPen,
)

HERE = Path(__file__).resolve().parent
NAME = "taskforce-app"
BLUE = QColor("#1f4e79")
RED = QColor("#c8102e")  # Dannebrog red, for the rings
GREEN = QColor("#2e7d32")


def draw(size: int) -> QImage:
    """The icon at `size` x `size` pixels on a transparent background."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(size / 256, size / 256)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(BLUE)
    painter.drawRoundedRect(QRectF(16, 28, 224, 212), 36, 36)
    painter.setBrush(QColor("white"))
    painter.drawRoundedRect(QRectF(36, 84, 184, 136), 16, 16)
    painter.setBrush(RED)
    for x in (76, 164):
        painter.drawRoundedRect(QRectF(x, 12, 16, 48), 8, 8)
    check = QPainterPath(QPointF(78, 152))
    check.lineTo(QPointF(114, 188))
    check.lineTo(QPointF(180, 114))
    pen = QPen(GREEN, 26, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(check)
    painter.end()
    return image


def main() -> int:
    """Write the icon files beside this script."""
    app = QGuiApplication(sys.argv[:1])
    draw(256).save(str(HERE / f"{NAME}.png"))
    writers = {bytes(fmt.data()).decode() for fmt in QImageWriter.supportedImageFormats()}
    for suffix, size in (("ico", 256), ("icns", 512)):
        if suffix not in writers:
            print(f"Qt has no {suffix} writer here: {NAME}.{suffix} not written", file=sys.stderr)
            return 1
        writer = QImageWriter(str(HERE / f"{NAME}.{suffix}"), suffix.encode())
        if not writer.write(draw(size)):
            print(f"{NAME}.{suffix}: {writer.errorString()}", file=sys.stderr)
            return 1
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
