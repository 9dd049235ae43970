#pragma once

#include "core/ops/bulkitem.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

// The one confirmation of a bulk action: what will happen (counts per scope and state, the
// names when there are up to 20), what will be skipped and why, and how many calls run at a time.
// Deleting team instances asks the admin to type how many instances will be deleted.
class BulkConfirmDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkConfirmDialog)

public:
    static constexpr int maxNamesShown = 20;

    explicit BulkConfirmDialog(const BulkPlan& plan, QWidget* parent = nullptr);

    const BulkPlan& plan() const
    {
        return m_plan;
    }
    int concurrency() const;
    QString text() const; // what the dialog says, for tests and the screenshot driver
    bool needsTypedCount() const
    {
        return m_typed != nullptr;
    }

signals:
    void confirmed(const BulkPlan& plan, int concurrency);

private:
    void updateOk();
    QString describe() const;

    BulkPlan m_plan;
    QLabel* m_text;
    QLineEdit* m_typed = nullptr;
    QSpinBox* m_concurrency;
    QDialogButtonBox* m_buttons;
};
