#pragma once

#include "core/common/Clock.h"
#include "core/storage/Database.h"

#include <QCoreApplication>

#include <functional>
#include <memory>

class QWidget;

namespace motcua::ui {

// Opens the database at start: the one given with --db, else the one chosen on this computer, else the embedded
// file. When it cannot be opened (a server that cannot be reached, a wrong password) the message says why in words,
// with "Retry", "Change the connection…" and "Quit", never a crash. A server's password missing from the keyring
// is asked for.
class StartupConnection {
    Q_DECLARE_TR_FUNCTIONS(motcua::ui::StartupConnection)

public:
    explicit StartupConnection(const Clock& clock)
        : m_clock(clock)
    {}

    // nullptr when the user quits.
    std::unique_ptr<storage::Database> open(const QString& given, QWidget* parent = nullptr);

    // Tests: answers the password question without showing it (an empty answer cancels).
    static void setPasswordPrompt(std::function<QString(const QString& prompt)> prompt);

private:
    enum class Answer { Retry, Change, Quit };
    Answer askAfterFailure(const QString& message, QWidget* parent) const;

    const Clock& m_clock;
};

} // namespace motcua::ui
