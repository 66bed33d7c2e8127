#pragma once

#include <QString>

namespace motcua::catalogue {

// The agency running the one-stop shop (one a database).
struct Agency {
    QString code; // electronic identifier, e.g. 000.00.16.H33
    QString name;
    QString parent; // e.g. Ủy ban nhân dân tỉnh Kiên Giang
    QString address;
    QString place; // for the date line: "Rạch Giá, ngày … tháng … năm …"
    QString phone;
    QString hotline;
    QString email;

    friend bool operator==(const Agency&, const Agency&) = default;
};

struct Department {
    qint64 id = 0;
    QString code; // short: VP, BCXB …
    QString name;
    bool oneStop = false; // runs the one-stop desk

    friend bool operator==(const Department&, const Department&) = default;
};

} // namespace motcua::catalogue
