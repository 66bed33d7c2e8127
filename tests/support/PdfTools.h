#pragma once

#include <catch2/catch.hpp>

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStringList>

namespace motcua::test {

// Runs a poppler or zbar tool and gives its standard output; they are installed by scripts/dev (poppler-utils,
// zbar-tools).
inline QString runTool(const QString& program, const QStringList& arguments)
{
    const QString path = QStandardPaths::findExecutable(program);
    INFO(program.toStdString() << " is missing: scripts/dev installs poppler-utils and zbar-tools");
    REQUIRE_FALSE(path.isEmpty());
    QProcess process;
    process.start(path, arguments);
    REQUIRE(process.waitForFinished(120000));
    INFO(QString::fromUtf8(process.readAllStandardError()).toStdString());
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The PDF's text, one entry a page, with every run of white space made one space, so that wrapped lines read as one.
// -raw: in the order drawn, so that a table cell's lines are not interleaved with its neighbours'.
inline QStringList pdfPages(const QString& pdf)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    QStringList pages = runTool(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), QStringLiteral("-enc"),
                                                              QStringLiteral("UTF-8"), pdf, QStringLiteral("-")})
                            .split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.constLast().trimmed().isEmpty()) {
        pages.removeLast(); // after the last page's form feed
    }
    for (QString& page : pages) {
        page.replace(space, QStringLiteral(" "));
    }
    return pages;
}

inline QString pdfText(const QString& pdf)
{
    return pdfPages(pdf).join(QLatin1Char(' '));
}

struct PdfInfo {
    int pages = 0;
    QString size;
    QString title;
};

inline PdfInfo pdfInfo(const QString& pdf)
{
    const QString info = runTool(QStringLiteral("pdfinfo"), {pdf});
    static const QRegularExpression pages(QStringLiteral("Pages:\\s+(\\d+)"));
    static const QRegularExpression size(QStringLiteral("Page size:\\s+(.*)"));
    static const QRegularExpression title(QStringLiteral("Title:\\s+(.*)"));
    return {pages.match(info).captured(1).toInt(), size.match(info).captured(1).trimmed(),
            title.match(info).captured(1).trimmed()};
}

} // namespace motcua::test
