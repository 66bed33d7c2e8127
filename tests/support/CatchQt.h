#pragma once

// Readable Catch2 output for Qt values.
#include <catch2/catch.hpp>

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace Catch {

template <> struct StringMaker<QString> {
    static std::string convert(const QString& value) { return '"' + value.toStdString() + '"'; }
};

template <> struct StringMaker<QStringList> {
    static std::string convert(const QStringList& value)
    {
        return '[' + value.join(QStringLiteral(", ")).toStdString() + ']';
    }
};

template <> struct StringMaker<QDate> {
    static std::string convert(const QDate& value) { return value.toString(Qt::ISODate).toStdString(); }
};

template <> struct StringMaker<QDateTime> {
    static std::string convert(const QDateTime& value) { return value.toString(Qt::ISODate).toStdString(); }
};

} // namespace Catch
