#pragma once

// For decoders that read an instance field by field (pagebodydecoder.cpp) instead of from a
// QJsonObject: the same keys, the same precedence between aliases, the same tolerance of wrong types,
// so both paths give the same ConnectorInstance. Not part of the core's interface.

#include "core/model/connectorinstance.h"

#include <QByteArrayView>
#include <QHash>
#include <QJsonValue>

#include <string_view>

namespace connectorfields {

// Every key ConnectorInstance models, in both dialects, in the order of precedence used where a field
// has two names (connectorId before _key before id, ...).
enum Key
{
    ConnectorIdKey,
    UnderscoreKeyKey,
    IdKey,
    ConnectorTypeKey,
    TypeKey,
    AppGroupKey,
    InstanceNameKey,
    NameKey,
    ScopeKey,
    AuthTypeKey,
    CreatedByKey,
    UpdatedByKey,
    StatusKey,
    IsActiveKey,
    IsConfiguredKey,
    IsAuthenticatedKey,
    AgentEnabledKey,
    IsAgentActiveKey,
    IsLockedKey,
    CreatedAtKey,
    CreatedAtTimestampKey,
    UpdatedAtKey,
    UpdatedAtTimestampKey,
    LastSyncAtKey,
    KeyCount
};

// Which known key the UTF-8 `key` is, or KeyCount.
Key keyOf(std::string_view key);

// One field as a streaming reader saw it. Strings stay UTF-8 views into the reader's buffer until
// the instance is built; anything that is neither a string, a boolean nor null is a QJsonValue.
struct Field
{
    enum class Kind : unsigned char
    {
        Absent,
        Null,
        String,
        Bool,
        Other
    };
    Kind kind = Kind::Absent;
    bool boolean = false;
    std::string_view text;
    QJsonValue other;
};

// One QString per distinct value, for the fields that repeat across a list (type, group, scope, auth
// type, users, status): 10,000 instances of a few types share a few strings instead of holding
// 10,000 copies each. Only text inside [stableBegin, stableEnd) (the answer's body, which outlives
// the interner) is remembered; a view into a reader's scratch buffer is converted and forgotten.
class StringInterner
{
public:
    StringInterner(const char* stableBegin, const char* stableEnd)
        : m_begin(stableBegin)
        , m_end(stableEnd)
    { }
    QString text(std::string_view utf8);

private:
    const char* m_begin;
    const char* m_end;
    QHash<QByteArrayView, QString> m_seen;
};

// The instance from its known fields (indexed by Key) and the rest, exactly as
// ConnectorInstance::fromJson reads the object they came from; repeated values through `interner`.
ConnectorInstance build(const Field (&fields)[KeyCount], QJsonObject extra, StringInterner* interner = nullptr);

} // namespace connectorfields
