#pragma once

#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

namespace thidua::test {

// Reads a PDF through poppler's command-line tools (poppler-utils), as a reader of the file would see it.
// Coordinates in millimetres from the top-left corner of the page.
class PdfProbe
{
public:
    struct Word
    {
        QString text;
        QRectF box; // mm
        int page = 1; // 1-based
    };
    struct Font
    {
        QString name;
        QString type;
        bool embedded = false;
    };

    // False (and error() set) when the tools are missing or fail.
    bool load(const QString& pdfPath);
    QString error() const { return m_error; }

    int pageCount() const { return m_pageCount; }
    QSizeF pageSize(int page) const; // mm
    QString layoutText() const { return m_layoutText; } // pdftotext -layout
    QStringList pageTexts() const; // one string per page, from the layout text
    QList<Word> words(int page = 0) const; // 0 = all pages
    QList<Word> find(const QString& text, int page = 0) const;
    QList<Font> fonts() const { return m_fonts; }
    // The words in a horizontal band (by vertical centre), left to right, joined by spaces.
    QString lineAt(int page, double yMm, double toleranceMm = 1.5) const;
    // The lines of the words lying inside `areaMm` on `page`, top to bottom, each left to right.
    QStringList linesIn(int page, const QRectF& areaMm) const;

    static bool toolsAvailable();

private:
    QString m_error;
    int m_pageCount = 0;
    QList<QSizeF> m_pageSizes;
    QString m_layoutText;
    QList<Word> m_words;
    QList<Font> m_fonts;
};

} // namespace thidua::test
