#pragma once

#include "core/model/connectorinstance.h"
#include "core/net/apierror.h"
#include "core/wire/apianswer.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

// One action on many instances: what a bulk run does to each of them.
enum class BulkAction
{
    EnableSync,
    DisableSync,
    EnableAgent,
    DisableAgent,
    Delete,
};

// One instance of a bulk run and what became of it.
struct BulkItem
{
    enum class State
    {
        Waiting, // not sent yet
        Running, // in flight
        Done, // the server did it
        Skipped, // nothing sent (or nothing needed): `message` says why
        Failed, // refused or not sent: `message` is the server's own
        Unknown, // sent, and whether it arrived is not known (timeout, cut connection): never re-sent
        Cancelled, // not sent: the run was cancelled first
    };
    ConnectorInstance instance; // as selected: id, name, scope, state
    State state = State::Waiting;
    QString message;
    ApiError error; // Failed and Unknown
    int attempts = 0; // times sent after a 429 refused it (a 429 means it was not processed)
    // What the server said, for connectorctl, which starts from bare ids (BulkPlan::fromIds) and prints
    // an instance's fields only when they were read, and a delete's answer as a single delete does.
    bool instanceRead = false; // `instance` was read from the server during the run (a toggle's reads)
    DeletionAccepted deletion; // a delete that is Done: the server's status and message

    static QString stateName(State state); // for the CSV report: "waiting", "done"...
    QString stateText() const; // translated, for the progress view
};

// What a bulk action is about to do, before anything is sent: for the one confirmation.
struct BulkPlan
{
    BulkAction action = BulkAction::DisableSync;
    QList<ConnectorInstance> toSend;
    QList<QPair<ConnectorInstance, QString>> skipped; // with the reason, in selection order
    // Selected instances per scope ("team", "personal", or the server's word), then per state label.
    QMap<QString, QMap<QString, int>> counts;
    int teamCount = 0; // among toSend: deleting them asks for the typed count

    // Why `instance` needs nothing for `action` (already so, locked, being deleted); empty when it does.
    static QString skipReason(BulkAction action, const ConnectorInstance& instance);
    static BulkPlan make(BulkAction action, const QList<ConnectorInstance>& instances);
    // Every id to send, nothing skipped, for connectorctl, which has ids and no instances loaded: it
    // cannot know what make() skips, and need not: a toggle reads its instance first (ConnectorLifecycle)
    // and ends Skipped when the flag is already so; the server refuses a delete it cannot carry out.
    static BulkPlan fromIds(BulkAction action, const QStringList& ids);
    // The state an instance counts under in `counts` (active, inactive, locked, deleting), translated.
    static QString stateLabel(const ConnectorInstance& instance);
    static QString actionText(BulkAction action); // "Disable sync", translated
    // Skip reasons with how many share each, most common first: "Sync is already disabled: 12".
    QStringList skipSummary() const;
};

// The report of a run, for "Copy report".
namespace bulkreport {
// One line per instance under a summary line.
QString text(BulkAction action, const QList<BulkItem>& items);
// RFC 4180; header connectorId, instanceName, scope, result, message (outputname:: / wirekey:: names).
QString csv(const QList<BulkItem>& items);
const QStringList& csvColumns();
} // namespace bulkreport
