"""The first pages of a PDF as pictures: rendered by PDFium (pypdfium2), shown in a pane.

``render_pages`` may run on a worker thread: it makes only QImages (which own their pixels,
copied out of PDFium's buffer), never a QPixmap. PDFium itself is not thread-safe, so one
lock keeps two renders from running inside it at once.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from privguard.ui.style import HINT_CSS

# Pixels across a rendered page at most: sharp at the pane's width, also on a HiDPI screen.
PAGE_PIXELS = 900
_PDFIUM = threading.Lock()


def render_pages(data: bytes, count: int = 3, width: int = PAGE_PIXELS,
                 cancelled: Callable[[], bool] | None = None) -> tuple[list[QImage], int]:
    """The first ``count`` pages of the PDF ``data`` as images ``width`` pixels wide (or
    less), and the number of pages in the document."""
    import pypdfium2 as pdfium

    images: list[QImage] = []
    with _PDFIUM:
        pdf = pdfium.PdfDocument(data)
        try:
            total = len(pdf)
            for number in range(min(count, total)):
                if cancelled is not None and cancelled():
                    break
                page = pdf[number]
                try:
                    scale = min(2.0, width / max(1.0, page.get_width()))
                    # RGBx: four bytes a pixel, in the order QImage.Format_RGBX8888 reads.
                    bitmap = page.render(scale=scale, rev_byteorder=True, prefer_bgrx=True)
                    try:
                        images.append(to_qimage(bitmap))
                    finally:
                        bitmap.close()
                finally:
                    page.close()
        finally:
            pdf.close()
    return images, total


def to_qimage(bitmap) -> QImage:  # noqa: ANN001 - a pypdfium2 PdfBitmap
    """A copy of a PDFium bitmap that owns its pixels (the bitmap may be closed after)."""
    formats = {"RGBX": QImage.Format.Format_RGBX8888, "RGBA": QImage.Format.Format_RGBA8888,
               "BGRA": QImage.Format.Format_ARGB32, "BGRX": QImage.Format.Format_RGB32,
               "RGB": QImage.Format.Format_RGB888, "BGR": QImage.Format.Format_BGR888,
               "L": QImage.Format.Format_Grayscale8}
    fmt = formats.get(bitmap.mode)
    if fmt is None:
        raise ValueError(f"unexpected PDFium bitmap format {bitmap.mode}")
    pixels = bytes(bitmap.buffer)
    # QImage reads ``pixels`` in place; copy() gives it pixels of its own before they go.
    return QImage(pixels, bitmap.width, bitmap.height, bitmap.stride, fmt).copy()


def has_ink(image: QImage, threshold: int = 200) -> bool:
    """Whether anything darker than near-white is drawn on ``image`` (a page is not blank)."""
    import numpy as np

    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    if gray.isNull():
        return False
    rows = np.frombuffer(gray.constBits(), dtype=np.uint8, count=gray.sizeInBytes())
    pixels = rows.reshape(gray.height(), gray.bytesPerLine())[:, :gray.width()]
    return bool((pixels < threshold).any())


class PdfPreview(QScrollArea):
    """Pages one under the other, each as wide as the pane; a hint when there are none."""

    MARGIN = 10

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("preview")
        self.setWidgetResizable(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMinimumWidth(160)
        self._images: list[QImage] = []
        self._labels: list[QLabel] = []
        inner = QWidget()
        inner.setObjectName("pages")
        self._layout = QVBoxLayout(inner)
        self._layout.setContentsMargins(self.MARGIN, self.MARGIN, self.MARGIN, self.MARGIN)
        self._layout.setSpacing(self.MARGIN)
        self.hint = QLabel(wordWrap=True)
        self.hint.setObjectName("preview_hint")
        self.hint.setStyleSheet(HINT_CSS)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._layout.addWidget(self.hint)
        self._layout.addStretch(1)
        self.setWidget(inner)

    def images(self) -> list[QImage]:
        return list(self._images)

    def set_hint(self, text: str) -> None:
        self.hint.setText(text)

    def set_pages(self, images: list[QImage]) -> None:
        self.clear_pages()
        self._images = list(images)
        self.hint.setVisible(not self._images)
        for number, _image in enumerate(self._images, start=1):
            label = QLabel()
            label.setObjectName(f"page_{number}")
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            label.setFrameShape(QFrame.Shape.Box)
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            label.setAccessibleName(QCoreApplication.translate("reports", "Page {number}")
                                    .format(number=number))
            self._layout.insertWidget(self._layout.count() - 1, label)
            label.show()  # now, not at the layout's next turn of the event loop
            self._labels.append(label)
        self._fit()
        self.verticalScrollBar().setValue(0)

    def clear_pages(self) -> None:
        """Drop every page (on lock, nothing of the register stays on screen or in memory)."""
        for label in self._labels:
            self._layout.removeWidget(label)
            label.deleteLater()
        self._labels = []
        self._images = []
        self.hint.setVisible(True)

    def _fit(self) -> None:
        width = max(80, self.viewport().width() - 2 * self.MARGIN - 2)
        ratio = self.devicePixelRatioF()  # as sharp as the screen: 2 pixels a point on HiDPI
        for label, image in zip(self._labels, self._images, strict=True):
            pixmap = QPixmap.fromImage(image.scaledToWidth(
                round(width * ratio), Qt.TransformationMode.SmoothTransformation))
            pixmap.setDevicePixelRatio(ratio)
            label.setPixmap(pixmap)
            label.setFixedHeight(round(pixmap.height() / ratio) + 2)

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt's name
        super().resizeEvent(event)
        if self._labels:
            self._fit()
