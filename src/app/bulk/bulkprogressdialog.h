#pragma once

#include <QDialog>

class BulkItemModel;
class BulkOperation;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

// The progress of a bulk run: a summary, a bar, one line per instance (a model and a view,
// not a widget per line), Cancel (what is in flight finishes, nothing new is sent), and at the end
// "Retry failed" and "Copy report" (as text or as CSV). runFinished() comes at the end of each run,
// for the one reload of the table it calls for.
class BulkProgressDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkProgressDialog)

public:
    // Takes `operation` over (as a child) and starts it.
    explicit BulkProgressDialog(BulkOperation* operation, QWidget* parent = nullptr);

    BulkOperation* operation() const
    {
        return m_operation;
    }
    BulkItemModel* model() const
    {
        return m_model;
    }
    QString summaryText() const;

signals:
    void runFinished();

protected:
    void closeEvent(QCloseEvent* event) override;
    void reject() override;

private:
    void updateSummary();
    void onFinished();
    void copy(bool csv);

    BulkOperation* m_operation;
    BulkItemModel* m_model;
    QLabel* m_summary;
    QLabel* m_pace;
    QProgressBar* m_bar;
    QTableView* m_view;
    QPushButton* m_cancel;
    QPushButton* m_retry;
    QPushButton* m_copy;
    QPushButton* m_close;
};
