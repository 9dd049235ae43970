#pragma once

#include "core/model/connectorinstance.h"
#include "core/model/indexingstats.h"
#include "core/net/apierror.h"
#include "core/wire/pagination.h"
#include "core/wire/wireenums.h"

#include <QJsonObject>
#include <QStringList>
#include <QUrl>

#include <optional>

// The typed outcome of each operation (docs/API.md), decoded in the core from either dialect, so that
// no caller reads or writes the API's JSON.

// POST /connectors: the instance as the server answered it (the real server's answer is short) and its
// top-level message ("Connector instance created successfully."), empty when it said none.
struct CreatedInstance
{
    ConnectorInstance instance;
    QString message;
};

// PUT /connectors/{id}/name, laid over the instance the caller held: the real server answers only
// {_key, name}, which must never replace a full instance.
struct RenamedInstance
{
    ConnectorInstance instance;
    // False when the answer carried no instance of that id: `instance` then has the name that was sent.
    bool fromAnswer = false;
};

// DELETE /connectors/{id}, accepted. The published dialect answers 200 {success, message}; the real
// server 202 {success, message, connectorId, status: DELETING} and deletes in the background.
struct DeletionAccepted
{
    QString connectorId; // the id asked for
    InstanceStatus status; // DELETING from the real server, empty when the answer had none
    QString message; // the server's, trimmed; empty when it said none
    bool inBackground = false; // 202, or a DELETING status: the instance stays listed for a while

    // connectorctl's printed form: {"deleted": id, "message": ..., "status": ... (when there is one)}.
    QJsonObject toJson() const;
    QStringList csvRow() const; // under outputname::deletionCsvColumns()
};

// GET /connectors/{id}/oauth/authorize: where the admin signs in (the provider's consent page; the
// provider then calls the server's own callback, which completes the sign-in).
struct AuthorizationUrl
{
    QUrl url;
    QString state;
};

// A successful answer, copied out of its ApiReply (which deletes itself after finishing), read through
// the typed accessor of the operation that was called. A default ApiAnswer is an empty answer.
class ApiAnswer
{
public:
    ApiAnswer() = default;

    int httpStatus() const
    {
        return m_httpStatus;
    }

    // GET /connectors/{id}: the instance (its id may be empty when the server left it out).
    std::optional<ConnectorInstance> instance(ApiError* error) const;
    // POST /connectors.
    std::optional<CreatedInstance> created(ApiError* error) const;
    // PUT /connectors/{id}/name of `held`, renamed to `sentName`. Never fails: the server said yes.
    RenamedInstance renamed(const ConnectorInstance& held, const QString& sentName) const;
    // DELETE /connectors/{id} of `connectorId`. Never fails: the server said yes.
    DeletionAccepted deletion(const QString& connectorId) const;
    // A list of instances (for the calls whose body was parsed, not kept: see ApiReply::keepBody).
    std::optional<ConnectorPage> connectorPage(const Pagination& requested, ApiError* error) const;
    // GET /connectors/registry.
    std::optional<ConnectorTypePage> registryPage(const Pagination& requested, ApiError* error) const;
    // The server's top-level message (toggle, resync...), trimmed; empty when it said none.
    QString message() const;
    // GET /connectors/{id}/stats.
    std::optional<IndexingStats> stats(ApiError* error) const;
    // GET /connectors/{id}/oauth/authorize: an http(s) URL, else an error (never a file: or other URL
    // to hand to the system's opener).
    std::optional<AuthorizationUrl> authorization(ApiError* error) const;

private:
    friend class ApiReply;
    ApiAnswer(int httpStatus, const QJsonObject& body)
        : m_httpStatus(httpStatus)
        , m_body(body)
    { }

    int m_httpStatus = 0;
    QJsonObject m_body;
};
