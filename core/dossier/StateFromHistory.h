#pragma once

#include "core/dossier/Dossier.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace motcua::dossier {

// What a dossier's stored row must say, given its events and its open step (docs/history-chain.md, "What verify
// checks"). The state is not replayed whole (a due moment comes from the calendar of its day): each stored field
// is held against the event that last set it.
class StateFromHistory {
    Q_DECLARE_TR_FUNCTIONS(motcua::dossier::StateFromHistory)

public:
    // The stored state of a dossier.
    struct Stored {
        DossierStatus status = DossierStatus::Accepted;
        int currentStep = 0;     // 0: none
        qint64 assigneeId = 0;   // 0: none
        bool paused = false;
        QDateTime dueAt;
        int processSteps = 0; // steps of its process version
    };
    struct OpenStep {
        int position = 0;
        qint64 assigneeId = 0;
    };
    // One way the stored row does not follow from the history: a key (status, paused, step, assignee, due, history)
    // and the reason in words.
    struct Mismatch {
        QString check;
        QString reason;
    };

    // The actions whose events the check reads; the others (documents, notes, …) set none of the fields.
    static const QStringList& actions();

    // Events of one dossier, in id order (only those of actions()).
    void add(const QString& action, const QString& details);
    void addOpenStep(int position, qint64 assigneeId) { m_openSteps.append({position, assigneeId}); }
    QList<Mismatch> check(const Stored& stored) const;

private:
    bool m_any = false;
    QString m_statusAction;                 // the last event that set the status
    std::optional<DossierStatus> m_status;  // what it set (none for a resume: it depends on the step)
    int m_handedTo = 0;                     // the step the last status-setting hand-over opened
    QString m_pauseAction;                  // the last pause, resume or closing
    QString m_dueAction;                    // the last event that set the due moment
    QDateTime m_due;
    QList<OpenStep> m_openSteps;
};

} // namespace motcua::dossier
