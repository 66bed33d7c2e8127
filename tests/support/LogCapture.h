#pragma once

#include <QList>
#include <QLoggingCategory>
#include <QString>
#include <QStringList>

namespace motcua::test {

struct LogLine {
    QtMsgType type;
    QString category;
    QString message;
};

// Collects what is logged while it lives, with the categories `rules` turns on (by default every motcua
// category's info messages).
class LogCapture {
public:
    explicit LogCapture(const QString& rules = QStringLiteral("motcua.*.info=true"))
    {
        s_lines.clear();
        QLoggingCategory::setFilterRules(rules);
        m_previous = qInstallMessageHandler(&LogCapture::handle);
    }
    ~LogCapture()
    {
        qInstallMessageHandler(m_previous);
        QLoggingCategory::setFilterRules(QString());
    }
    LogCapture(const LogCapture&) = delete;
    LogCapture& operator=(const LogCapture&) = delete;

    // The info lines of a category.
    static QStringList info(const char* category)
    {
        QStringList lines;
        for (const LogLine& line : s_lines) {
            if (line.type == QtInfoMsg && line.category == QLatin1String(category)) {
                lines << line.message;
            }
        }
        return lines;
    }
    static QString all()
    {
        QStringList lines;
        for (const LogLine& line : s_lines) {
            lines << line.category + QStringLiteral(": ") + line.message;
        }
        return lines.join(QLatin1Char('\n'));
    }
    static qsizetype size() { return s_lines.size(); }

private:
    static void handle(QtMsgType type, const QMessageLogContext& context, const QString& message)
    {
        s_lines.append({type, QString::fromUtf8(context.category ? context.category : ""), message});
    }

    static inline QList<LogLine> s_lines;
    QtMessageHandler m_previous = nullptr;
};

} // namespace motcua::test
