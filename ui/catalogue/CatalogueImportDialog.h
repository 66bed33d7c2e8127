#pragma once

#include "core/catalogue/CatalogueAdmin.h"

#include <QDialog>

class QTreeWidget;

namespace motcua::ui {

// Before a catalogue file is imported: what it would add, change and leave, per procedure with its process
// versions under it, and what it refuses (a version in use given another text). "Apply" is offered only when
// nothing is refused. The errors of a bad file are listed by FileErrorsDialog instead.
class CatalogueImportDialog : public QDialog {
    Q_OBJECT

public:
    // `unknownKeys`: the file's keys that the import ignores, each shown first with its path.
    CatalogueImportDialog(const QString& file, const catalogue::ImportPreview& preview,
                          const QList<Error>& unknownKeys = {}, QWidget* parent = nullptr);

private:
    void build(const QString& file, const QString& summary, bool applicable);

    QTreeWidget* m_tree = nullptr;
};

} // namespace motcua::ui
