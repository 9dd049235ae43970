#pragma once

#include "core/net/apireply.h"

#include <QDialog>
#include <QList>
#include <QPointer>
#include <QString>

#include <functional>

class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;

// A dialog that sends one request when the user presses OK (after Quaternion's client/dialog.h):
// - validate() says what is wrong with the form; OK stays disabled and the message shows inline;
// - apply() sends the request; while it runs the form and OK are disabled and Cancel aborts it;
// - applyFailed() returns the user to the form, everything typed kept, with the server's message,
//   which belongs to the inputs it was about: inputEdited() on one of them clears it for good;
// - finish() closes the dialog after a success.
// Subclasses set their Designer form up on form() and call revalidate() whenever an input changes.
class RequestDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestDialog)

public:
    enum class StatusKind
    {
        Hint, // what the form still needs, before the user has typed anything
        Info,
        Success,
        Warning, // the form cannot be sent yet
        Error, // the server or the network said no
    };
    Q_ENUM(StatusKind)

    explicit RequestDialog(QWidget* parent = nullptr);
    ~RequestDialog() override;

    bool isBusy() const
    {
        return m_busy;
    }
    QPushButton* okButton() const;
    QPushButton* cancelButton() const;
    QString statusText() const;
    StatusKind statusKind() const
    {
        return m_statusKind;
    }

public slots:
    // Validates, then apply(); does nothing while a request runs (a double click sends one request).
    void accept() override;
    // Aborts the running request and stays open; closes when no request runs.
    void reject() override;

signals:
    // The dialog started or ended a request (the disable-then-delete steps each are one).
    void busyChanged(bool busy);

protected:
    // The widget the subclass builds its form on (its Designer form's setupUi target).
    QWidget* form() const
    {
        return m_form;
    }
    QDialogButtonBox* buttonBox() const
    {
        return m_buttons;
    }

    // Empty when the form can be sent, else a message for the user naming the field.
    virtual QString validate() const = 0;
    // Sends the request, normally through send(); called only when validate() passed.
    virtual void apply() = 0;
    // Enables or disables the inputs while busy; the default disables the whole form.
    virtual void setInputsEnabled(bool enabled);

    // Runs `reply` in the busy state and calls `done` with it when it ends, unless it was cancelled
    // (the base reports that). `done` decides between finish() and applyFailed().
    void send(ApiReply* reply, const QString& busyText, std::function<void(ApiReply& reply)> done);
    // For work that is not an ApiReply (a keychain job): the subclass ends it with setBusy(false), and
    // its callback must allow for the dialog having been closed meanwhile (hold it in a QPointer).
    void setBusy(bool busy, const QString& busyText = {});
    // Back to the form, nothing lost, with `message` (the server's words) shown as an error. The
    // message stays while the inputs in `about` are unchanged (none: about the whole form).
    void applyFailed(const QString& message, const QString& details = {}, const QList<const QObject*>& about = {});
    // The user changed `input`: a refusal about it (or about the whole form) no longer holds.
    void inputEdited(const QObject* input);
    // Success: closes the dialog (it deletes itself).
    void finish();
    // Re-checks the form: enables OK and shows what is missing. Call on every input change.
    void revalidate();
    // Marks the form as touched by the user: from now on, problems show as warnings, not hints.
    void markTouched();
    void setStatus(const QString& text, StatusKind kind, const QString& details = {});
    // Extra reasons to keep OK disabled that are not messages (e.g. nothing changed yet).
    virtual bool canApply() const
    {
        return true;
    }

private:
    void updateOkButton();

    QWidget* m_form;
    QLabel* m_statusIcon;
    QLabel* m_statusLabel;
    QProgressBar* m_busyBar;
    QDialogButtonBox* m_buttons;
    QPointer<ApiReply> m_reply;
    QPointer<QWidget> m_focusBeforeBusy;
    QString m_failure; // the last server refusal, kept on screen while the form stays valid
    QString m_failureDetails;
    QList<const QObject*> m_failureAbout; // the inputs the refusal was about; empty: all of them
    StatusKind m_statusKind = StatusKind::Hint;
    bool m_busy = false;
    bool m_touched = false;
};
