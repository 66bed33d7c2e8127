#include "core/forms/FormText.h"

#include <QRegularExpression>

namespace motcua::forms::text {

QString date(const QDate& day)
{
    return day.isValid() ? day.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

QString time(const QDateTime& moment)
{
    return moment.isValid() ? moment.toString(QStringLiteral("HH:mm")) : QString();
}

QString moment(const QDateTime& moment)
{
    if (!moment.isValid()) {
        return {};
    }
    return QStringLiteral("%1, ngày %2").arg(time(moment), date(moment.date()));
}

QString shortMoment(const QDateTime& moment)
{
    return moment.isValid() ? QStringLiteral("%1 %2").arg(time(moment), date(moment.date())) : QString();
}

QString amount(qint64 dong)
{
    if (dong <= 0) {
        return {};
    }
    QString digits = QString::number(dong);
    for (qsizetype at = digits.size() - 3; at > 0; at -= 3) {
        digits.insert(at, QLatin1Char('.'));
    }
    return digits + QStringLiteral(" đồng");
}

QString number(double value)
{
    QString text = QString::number(value, 'f', 2);
    while (text.endsWith(QLatin1Char('0'))) {
        text.chop(1);
    }
    if (text.endsWith(QLatin1Char('.'))) {
        text.chop(1);
    }
    return text.replace(QLatin1Char('.'), QLatin1Char(','));
}

QString dateLine(const QString& place, const QDate& day)
{
    // Decree 30/2020/NĐ-CP: days below 10 and the months 1 and 2 are written with a leading zero.
    const QString dayText = QStringLiteral("%1").arg(day.day(), 2, 10, QLatin1Char('0'));
    const QString monthText = day.month() <= 2 ? QStringLiteral("%1").arg(day.month(), 2, 10, QLatin1Char('0'))
                                               : QString::number(day.month());
    const QString line = QStringLiteral("ngày %1 tháng %2 năm %3").arg(dayText, monthText).arg(day.year());
    return place.trimmed().isEmpty() ? line.left(1).toUpper() + line.mid(1)
                                     : place.trimmed() + QStringLiteral(", ") + line;
}

QString headerName(const QString& name)
{
    // The administrative unit of a place and its name, to the end of the agency's name.
    static const QRegularExpression place(
        QStringLiteral("(^|\\s)((tỉnh|thành phố|thị xã|xã|phường|đặc khu|huyện|quận) .+)$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    const QRegularExpressionMatch match = place.match(name);
    if (!match.hasMatch()) {
        return name;
    }
    QString unit = match.captured(2);
    unit.replace(QLatin1Char(' '), QChar(0x00A0));
    return name.left(match.capturedStart(2)) + unit;
}

QString timeLimit(const calendar::TimeLimit& limit)
{
    if (limit.isSameDay()) {
        return QStringLiteral("trong ngày");
    }
    return number(limit.amount) + (limit.unit == calendar::TimeLimit::Unit::WorkingDays
                                       ? QStringLiteral(" ngày làm việc")
                                       : QStringLiteral(" giờ làm việc"));
}

QString documentKind(catalogue::DocumentKind kind)
{
    switch (kind) {
    case catalogue::DocumentKind::Original:
        return QStringLiteral("Bản chính");
    case catalogue::DocumentKind::CertifiedCopy:
        return QStringLiteral("Bản sao có chứng thực");
    case catalogue::DocumentKind::Copy:
        return QStringLiteral("Bản sao");
    }
    return {};
}

QString outcome(const QString& key)
{
    if (key == QLatin1String("early")) {
        return QStringLiteral("Trước hạn");
    }
    if (key == QLatin1String("on-time")) {
        return QStringLiteral("Đúng hạn");
    }
    if (key == QLatin1String("late")) {
        return QStringLiteral("Quá hạn");
    }
    return {};
}

QString delivery(dossier::Delivery delivery)
{
    return delivery == dossier::Delivery::Post ? QStringLiteral("Qua dịch vụ bưu chính công ích")
                                               : QStringLiteral("Tại Bộ phận Một cửa");
}

QString status(dossier::DossierStatus status)
{
    using dossier::DossierStatus;
    switch (status) {
    case DossierStatus::SubmittedOnline:
        return QStringLiteral("Chờ tiếp nhận");
    case DossierStatus::Accepted:
        return QStringLiteral("Đã tiếp nhận");
    case DossierStatus::Refused:
        return QStringLiteral("Từ chối");
    case DossierStatus::Processing:
        return QStringLiteral("Đang giải quyết");
    case DossierStatus::SupplementRequested:
        return QStringLiteral("Yêu cầu bổ sung");
    case DossierStatus::FinancialObligation:
        return QStringLiteral("Thực hiện nghĩa vụ tài chính");
    case DossierStatus::Withdrawn:
        return QStringLiteral("Rút hồ sơ");
    case DossierStatus::Stopped:
        return QStringLiteral("Dừng giải quyết");
    case DossierStatus::ResultReady:
        return QStringLiteral("Có kết quả");
    case DossierStatus::Returned:
        return QStringLiteral("Đã trả kết quả");
    }
    return {};
}

} // namespace motcua::forms::text
