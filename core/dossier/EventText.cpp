#include "core/dossier/EventText.h"

#include "core/calendar/Explanation.h"
#include "core/common/AgencyTime.h"
#include "core/dossier/Dossier.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace motcua::dossier {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("motcua::dossier", text);
}

QString momentText(const QString& iso)
{
    const QString text = calendar::formatShortMoment(momentFromIso(iso));
    return text.isEmpty() ? iso : text;
}

} // namespace

QString outcomeName(const QString& key)
{
    if (key == QLatin1String("early")) {
        return tr("early");
    }
    if (key == QLatin1String("on-time")) {
        return tr("on time");
    }
    if (key == QLatin1String("late")) {
        return tr("late");
    }
    return key;
}

QString eventName(const QString& action)
{
    static const QHash<QString, const char*> names{
        {QStringLiteral("submit_online"), QT_TRANSLATE_NOOP("motcua::dossier", "Submitted online")},
        {QStringLiteral("resubmit_online"), QT_TRANSLATE_NOOP("motcua::dossier", "Submitted online again")},
        {QStringLiteral("request_supplement_online"),
         QT_TRANSLATE_NOOP("motcua::dossier", "Supplement requested before acceptance (Mẫu 02)")},
        {QStringLiteral("receive"), QT_TRANSLATE_NOOP("motcua::dossier", "Received")},
        {QStringLiteral("assign"), QT_TRANSLATE_NOOP("motcua::dossier", "Assigned")},
        {QStringLiteral("handover"), QT_TRANSLATE_NOOP("motcua::dossier", "Handed over")},
        {QStringLiteral("pause"), QT_TRANSLATE_NOOP("motcua::dossier", "Paused")},
        {QStringLiteral("resume"), QT_TRANSLATE_NOOP("motcua::dossier", "Resumed")},
        {QStringLiteral("extend"), QT_TRANSLATE_NOOP("motcua::dossier", "Extended with apology")},
        {QStringLiteral("refuse"), QT_TRANSLATE_NOOP("motcua::dossier", "Refused")},
        {QStringLiteral("stop"), QT_TRANSLATE_NOOP("motcua::dossier", "Stopped")},
        {QStringLiteral("withdraw"), QT_TRANSLATE_NOOP("motcua::dossier", "Withdrawn")},
        {QStringLiteral("ready"), QT_TRANSLATE_NOOP("motcua::dossier", "Result ready")},
        {QStringLiteral("return"), QT_TRANSLATE_NOOP("motcua::dossier", "Result returned")},
        {QStringLiteral("calendar_change"), QT_TRANSLATE_NOOP("motcua::dossier", "Due moment moved by a calendar change")},
    };
    const auto name = names.constFind(action);
    return name == names.cend() ? action : tr(*name);
}

QString eventDetails(const QString& json)
{
    const QJsonObject details = QJsonDocument::fromJson(json.toUtf8()).object();
    QStringList parts;
    const auto add = [&](const QString& label, const QString& value) {
        if (!value.isEmpty()) {
            parts << QStringLiteral("%1: %2").arg(label, value);
        }
    };
    const auto text = [&](const char* key) {
        return details.value(QLatin1String(key)).toVariant().toString();
    };
    add(tr("Procedure"), text("procedure"));
    add(tr("Portal reference"), text("reference"));
    add(tr("Submitted"), momentText(text("submitted_at")));
    add(tr("File"), text("file"));
    add(tr("Received"), momentText(text("received_at")));
    if (details.value(QLatin1String("online")).toBool() && details.contains(QLatin1String("received_at"))) {
        parts << tr("accepted from the online queue");
    }
    add(tr("Number"), text("number"));
    QStringList missing;
    for (const QJsonValue& name : details.value(QLatin1String("missing")).toArray()) {
        missing << name.toString();
    }
    add(tr("Missing"), missing.join(QStringLiteral("; ")));
    add(tr("Guidance"), text("guidance"));
    if (details.contains(QLatin1String("from_step"))) {
        parts << tr("Step %1 → %2").arg(text("from_step"), text("to_step"));
    }
    add(tr("Step"), text("step"));
    add(tr("To"), details.contains(QLatin1String("assignee_name")) ? text("assignee_name") : text("to"));
    add(tr("Result of the step"),
        details.contains(QLatin1String("outcome")) ? outcomeName(text("outcome")) : QString());
    // A pause stores its reason as a key (supplement, financial …); a refusal or a stop as the words given.
    const auto pause = pauseReasonFromKey(text("reason"));
    add(tr("Reason"), pause ? pauseReasonName(*pause) : text("reason"));
    add(tr("Note"), text("note"));
    add(tr("Calendar change"), text("calendar"));
    add(tr("Due before"), momentText(text("old_due_at")));
    add(tr("Due"), momentText(text("due_at")));
    add(tr("New due"), momentText(text("new_due_at")));
    if (details.contains(QLatin1String("paused_minutes"))) {
        const qint64 minutes = details.value(QLatin1String("paused_minutes")).toInteger();
        add(tr("Paused working time"), tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60));
    }
    if (details.value(QLatin1String("restart")).toBool()) {
        parts << tr("the count restarts from zero");
    }
    return parts.join(QStringLiteral(" · "));
}

} // namespace motcua::dossier
