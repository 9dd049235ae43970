#pragma once

// For decoders that read an instance field by field (pagebodydecoder.cpp) instead of from a
// QJsonObject: the same keys, the same precedence between aliases, the same tolerance of wrong types,
// so both paths give the same ConnectorInstance. Not part of the core's interface.

#include "connectorinstance.h"

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

// The instance from its known fields (indexed by Key) and the rest, exactly as
// ConnectorInstance::fromJson reads the object they came from.
ConnectorInstance build(const Field (&fields)[KeyCount], QJsonObject extra);

} // namespace connectorfields
