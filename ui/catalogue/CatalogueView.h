#pragma once

#include "ui/common/Session.h"

#include <QWidget>

class QLineEdit;
class QTreeWidget;

namespace motcua::ui {

// The procedures catalogue, read-only: each procedure with its limit, fee, documents and process versions.
class CatalogueView : public QWidget {
    Q_OBJECT

public:
    explicit CatalogueView(const Session& session, QWidget* parent = nullptr);

    void reload();

private:
    void applyFilter(const QString& text);

    const Session& m_session;
    QLineEdit* m_filter = nullptr;
    QTreeWidget* m_tree = nullptr;
};

} // namespace motcua::ui
