#pragma once

#include "core/wire/nametable.h"

#include <QString>

// The enums the API sends as text (see docs/API.md), each with its one name table, and WireEnum, which
// holds such a value together with the text the server sent: a server may say something we do not
// know yet (a new job status, a new scope), and that text is shown as it came, never dropped.

// Who uses an instance: the whole organisation (team, needs an admin) or its creator (personal).
enum class ConnectorScope
{
    None, // not said
    Team,
    Personal,
    Other, // a name this client does not know: see WireEnum::text()
};

// The background job an instance reports in `status`: none when idle, and the server may add more.
enum class JobStatus
{
    None, // idle
    Syncing,
    FullSyncing,
    Deleting,
    Other, // a job this client does not know: see WireEnum::text()
};

NameTable<ConnectorScope> connectorScopeNames(); // team, personal
NameTable<JobStatus> jobStatusNames(); // SYNCING, FULL_SYNCING, DELETING

// The names as the API spells them: "team", "DELETING"... Empty for None and Other.
QString scopeName(ConnectorScope scope);
QString jobStatusName(JobStatus status);
// The scope named `name` (any case); nullopt for anything but team and personal.
std::optional<ConnectorScope> scopeFromName(QStringView name);

// For WireEnum: the table of an enum, found by argument-dependent lookup.
inline NameTable<ConnectorScope> nameTableOf(ConnectorScope)
{
    return connectorScopeNames();
}
inline NameTable<JobStatus> nameTableOf(JobStatus)
{
    return jobStatusNames();
}

// A value of `Enum` as the server sent it: the value (None when empty, Other when unknown) and the text.
// `Enum` has None and Other, and a nameTableOf(Enum) overload.
template <typename Enum>
class WireEnum
{
public:
    WireEnum() = default;
    // Implicit, so that `instance.status = JobStatus::Deleting` reads as what it means.
    WireEnum(Enum value)
        : m_value(value)
        , m_text(names::of(nameTableOf(value), value))
    { }
    // The server's text (any case): kept as sent, for display and for writing it back.
    static WireEnum fromText(const QString& text)
    {
        WireEnum result;
        result.m_text = text;
        result.m_value = text.isEmpty() ? Enum::None : names::find(nameTableOf(Enum::None), text).value_or(Enum::Other);
        return result;
    }

    Enum value() const
    {
        return m_value;
    }
    const QString& text() const
    {
        return m_text;
    }
    bool isEmpty() const
    {
        return m_text.isEmpty();
    }

    friend bool operator==(const WireEnum& a, Enum b)
    {
        return a.m_value == b;
    }
    friend bool operator!=(const WireEnum& a, Enum b)
    {
        return a.m_value != b;
    }
    // Same value and same text: what round trips must keep.
    friend bool operator==(const WireEnum& a, const WireEnum& b)
    {
        return a.m_value == b.m_value && a.m_text == b.m_text;
    }
    friend bool operator!=(const WireEnum& a, const WireEnum& b)
    {
        return !(a == b);
    }

private:
    Enum m_value = Enum::None;
    QString m_text;
};

using InstanceScope = WireEnum<ConnectorScope>;
using InstanceStatus = WireEnum<JobStatus>;
