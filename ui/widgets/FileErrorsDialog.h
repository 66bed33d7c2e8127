#pragma once

#include "core/common/Result.h"

#include <QDialog>

namespace motcua::ui {

// A file that cannot be imported (the catalogue, a year's calendar): every error found, each beside its field path
// ("entries[3].date", "procedures[2].documents[0].kind"), with the summary that nothing was changed. Only Close.
class FileErrorsDialog : public QDialog {
    Q_OBJECT

public:
    FileErrorsDialog(const QString& title, const QList<Error>& errors, QWidget* parent = nullptr);
};

} // namespace motcua::ui
