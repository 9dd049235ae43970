#include "core/model/connectorinstance.h"
#include "core/model/connectorinstance_p.h"

#include "core/wire/jsonvalue.h"
#include "core/wire/wirekeys.h"

#include <QCoreApplication>

#include <algorithm>
#include <functional>
#include <iterator>

using namespace connectorfields;

namespace {

using L = QLatin1String;

constexpr L keyNames[KeyCount] = {
    wirekey::connectorId,
    L("_key"),
    L("id"),
    wirekey::connectorType,
    L("type"),
    wirekey::appGroup,
    wirekey::instanceName,
    L("name"),
    wirekey::scope,
    wirekey::authType,
    wirekey::createdBy,
    wirekey::updatedBy,
    wirekey::status,
    wirekey::isActive,
    wirekey::isConfigured,
    wirekey::isAuthenticated,
    wirekey::agentEnabled,
    L("isAgentActive"),
    wirekey::isLocked,
    wirekey::createdAt,
    L("createdAtTimestamp"),
    wirekey::updatedAt,
    L("updatedAtTimestamp"),
    wirekey::lastSyncAt,
};

const std::initializer_list<L> idKeys{L("connectorId"), L("_key"), L("id")};
const std::initializer_list<L> typeKeys{L("connectorType"), L("type")};
const std::initializer_list<L> nameKeys{L("instanceName"), L("name")};
const std::initializer_list<L> agentKeys{L("agentEnabled"), L("isAgentActive")};
const std::initializer_list<L> createdKeys{L("createdAt"), L("createdAtTimestamp")};
const std::initializer_list<L> updatedKeys{L("updatedAt"), L("updatedAtTimestamp")};

// Which known key `key` is, or KeyCount. Keys are told apart by length first, then compared whole.
Key keyOf(const QString& key)
{
    for (int k = 0; k < KeyCount; ++k) {
        if (keyNames[k].size() == key.size() && keyNames[k] == key)
            return Key(k);
    }
    return KeyCount;
}

// One walk over the parsed object: each key is read once and told apart from the known ones; the
// fields are then read straight from the parsed data, without a QJsonValue (and its copy of a
// string) in between. QJsonObject's own lookups compare UTF-8 keys character by character in a
// binary search, several times dearer per field than this walk. A list answer holds thousands of
// instances, so this is the client's hot path (see docs/PERFORMANCE.md).
class Lookup
{
public:
    explicit Lookup(const QJsonObject& o)
        : m_object(o)
        , m_end(o.constEnd())
    {
        std::fill(std::begin(m_found), std::end(m_found), m_end);
        qsizetype position = 0;
        for (auto it = o.constBegin(); it != m_end; ++it, ++position) {
            const Key key = keyOf(it.key());
            if (key == KeyCount)
                continue;
            m_found[key] = it;
            m_knownPositions[m_knownCount++] = position;
        }
    }

    // The first of `first`..`last` that is present and not null, like json::firstOf.
    QJsonObject::const_iterator first(Key firstKey, Key lastKey = KeyCount) const
    {
        if (lastKey == KeyCount)
            lastKey = firstKey;
        for (int key = firstKey; key <= lastKey; ++key) {
            const QJsonObject::const_iterator it = m_found[key];
            if (it != m_end && !it->isNull() && !it->isUndefined())
                return it;
        }
        return m_end;
    }

    QString string(Key firstKey, Key lastKey = KeyCount) const
    {
        const auto it = first(firstKey, lastKey);
        if (it == m_end)
            return {};
        if (it->isString())
            return it->toString();
        return json::toString(it.value()).value_or(QString());
    }

    bool boolean(Key firstKey, Key lastKey = KeyCount) const
    {
        const auto it = first(firstKey, lastKey);
        if (it == m_end)
            return false;
        if (it->isBool())
            return it->toBool();
        return json::toBool(it.value()).value_or(false);
    }

    QDateTime time(Key firstKey, Key lastKey = KeyCount) const
    {
        const auto it = first(firstKey, lastKey);
        if (it == m_end)
            return {};
        if (it->isString())
            return json::toDateTime(it->toString()).value_or(QDateTime());
        return json::toDateTime(it.value()).value_or(QDateTime());
    }

    // The object without the keys we model: a copy that shares the parsed data until the first
    // erase, then one erase per known key present, by position, last first.
    QJsonObject rest() const
    {
        if (m_knownCount == m_object.size())
            return {};
        QJsonObject rest = m_object;
        for (int i = m_knownCount - 1; i >= 0; --i)
            rest.erase(rest.begin() + m_knownPositions[i]);
        return rest;
    }

private:
    const QJsonObject& m_object;
    const QJsonObject::const_iterator m_end;
    QJsonObject::const_iterator m_found[KeyCount];
    qsizetype m_knownPositions[KeyCount];
    int m_knownCount = 0;
};

} // namespace

namespace connectorfields {

Key keyOf(std::string_view key)
{
    for (int k = 0; k < KeyCount; ++k) {
        if (size_t(keyNames[k].size()) == key.size() && std::equal(key.begin(), key.end(), keyNames[k].data()))
            return Key(k);
    }
    return KeyCount;
}

namespace {

const Field* firstPresent(const Field (&fields)[KeyCount], Key firstKey, Key lastKey = KeyCount)
{
    if (lastKey == KeyCount)
        lastKey = firstKey;
    for (int key = firstKey; key <= lastKey; ++key) {
        const Field& field = fields[key];
        if (field.kind != Field::Kind::Absent && field.kind != Field::Kind::Null
            && !(field.kind == Field::Kind::Other && (field.other.isNull() || field.other.isUndefined())))
            return &field;
    }
    return nullptr;
}

QString textOf(const Field& field)
{
    return QString::fromUtf8(field.text.data(), qsizetype(field.text.size()));
}

// The field as the QJsonValue that QJsonDocument would have made of it, for the tolerant readers.
QJsonValue valueOf(const Field& field)
{
    switch (field.kind) {
    case Field::Kind::String:
        return textOf(field);
    case Field::Kind::Bool:
        return field.boolean;
    case Field::Kind::Other:
        return field.other;
    case Field::Kind::Absent:
    case Field::Kind::Null:
        break;
    }
    return QJsonValue(QJsonValue::Null);
}

QString
stringOf(const Field (&fields)[KeyCount], Key firstKey, Key lastKey = KeyCount, StringInterner* interner = nullptr)
{
    const Field* field = firstPresent(fields, firstKey, lastKey);
    if (!field)
        return {};
    if (field->kind == Field::Kind::String)
        return interner ? interner->text(field->text) : textOf(*field);
    return json::toString(valueOf(*field)).value_or(QString());
}

bool booleanOf(const Field (&fields)[KeyCount], Key firstKey, Key lastKey = KeyCount)
{
    const Field* field = firstPresent(fields, firstKey, lastKey);
    if (!field)
        return false;
    if (field->kind == Field::Kind::Bool)
        return field->boolean;
    return json::toBool(valueOf(*field)).value_or(false);
}

QDateTime timeOf(const Field (&fields)[KeyCount], Key firstKey, Key lastKey = KeyCount)
{
    const Field* field = firstPresent(fields, firstKey, lastKey);
    if (!field)
        return {};
    if (field->kind == Field::Kind::String)
        return json::toDateTime(textOf(*field)).value_or(QDateTime());
    return json::toDateTime(valueOf(*field)).value_or(QDateTime());
}

} // namespace

QString StringInterner::text(std::string_view utf8)
{
    const QByteArrayView key(utf8.data(), qsizetype(utf8.size()));
    // std::less: pointers into different buffers are compared portably.
    const bool stable = !std::less<const char*>()(utf8.data(), m_begin)
        && !std::less<const char*>()(m_end, utf8.data() + utf8.size());
    if (!stable)
        return QString::fromUtf8(key);
    const auto found = m_seen.constFind(key);
    if (found != m_seen.constEnd())
        return *found;
    const QString made = QString::fromUtf8(key);
    m_seen.insert(key, made);
    return made;
}

ConnectorInstance build(const Field (&f)[KeyCount], QJsonObject extra, StringInterner* interner)
{
    ConnectorInstance c;
    // Ids and names are unique: interning them would only cost a lookup.
    c.id = stringOf(f, ConnectorIdKey, IdKey);
    c.connectorType = stringOf(f, ConnectorTypeKey, TypeKey, interner);
    c.appGroup = stringOf(f, AppGroupKey, KeyCount, interner);
    c.name = stringOf(f, InstanceNameKey, NameKey);
    c.scope = InstanceScope::fromText(stringOf(f, ScopeKey, KeyCount, interner));
    c.authType = stringOf(f, AuthTypeKey, KeyCount, interner);
    c.createdBy = stringOf(f, CreatedByKey, KeyCount, interner);
    c.updatedBy = stringOf(f, UpdatedByKey, KeyCount, interner);
    c.status = InstanceStatus::fromText(stringOf(f, StatusKey, KeyCount, interner));
    c.isActive = booleanOf(f, IsActiveKey);
    c.isConfigured = booleanOf(f, IsConfiguredKey);
    c.isAuthenticated = booleanOf(f, IsAuthenticatedKey);
    c.agentEnabled = booleanOf(f, AgentEnabledKey, IsAgentActiveKey);
    c.isLocked = booleanOf(f, IsLockedKey);
    c.createdAt = timeOf(f, CreatedAtKey, CreatedAtTimestampKey);
    c.updatedAt = timeOf(f, UpdatedAtKey, UpdatedAtTimestampKey);
    c.lastSyncAt = timeOf(f, LastSyncAtKey);
    c.extra = std::move(extra);
    return c;
}

} // namespace connectorfields

bool ConnectorInstance::usesOAuth() const
{
    return authType.compare(QLatin1String("OAUTH"), Qt::CaseInsensitive) == 0
        || authType.compare(QLatin1String("OAUTH_ADMIN_CONSENT"), Qt::CaseInsensitive) == 0;
}

QString ConnectorInstance::lockReason() const
{
    if (isDeleting())
        return QCoreApplication::translate("ConnectorInstance", "Deletion is in progress.");
    if (isLocked) {
        if (!status.isEmpty())
            return QCoreApplication::translate("ConnectorInstance", "Locked by a running job (%1).").arg(status.text());
        return QCoreApplication::translate("ConnectorInstance", "Locked by a running job.");
    }
    return {};
}

ConnectorInstance ConnectorInstance::fromJson(const QJsonObject& o, Extra extra)
{
    const Lookup found(o);
    ConnectorInstance c;
    c.id = found.string(ConnectorIdKey, IdKey);
    c.connectorType = found.string(ConnectorTypeKey, TypeKey);
    c.appGroup = found.string(AppGroupKey);
    c.name = found.string(InstanceNameKey, NameKey);
    c.scope = InstanceScope::fromText(found.string(ScopeKey));
    c.authType = found.string(AuthTypeKey);
    c.createdBy = found.string(CreatedByKey);
    c.updatedBy = found.string(UpdatedByKey);
    c.status = InstanceStatus::fromText(found.string(StatusKey));
    c.isActive = found.boolean(IsActiveKey);
    c.isConfigured = found.boolean(IsConfiguredKey);
    c.isAuthenticated = found.boolean(IsAuthenticatedKey);
    c.agentEnabled = found.boolean(AgentEnabledKey, IsAgentActiveKey);
    c.isLocked = found.boolean(IsLockedKey);
    c.createdAt = found.time(CreatedAtKey, CreatedAtTimestampKey);
    c.updatedAt = found.time(UpdatedAtKey, UpdatedAtTimestampKey);
    c.lastSyncAt = found.time(LastSyncAtKey);
    if (extra == Extra::Keep)
        c.extra = found.rest();
    return c;
}

QJsonObject ConnectorInstance::toJson() const
{
    QJsonObject o = extra;
    auto optionalString = [&o](QLatin1String key, const QString& value) {
        o.insert(key, value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value));
    };
    auto optionalTime = [&o](QLatin1String key, const QDateTime& value) {
        o.insert(key, value.isValid() ? QJsonValue(json::isoUtc(value)) : QJsonValue(QJsonValue::Null));
    };
    o.insert(wirekey::connectorId, id);
    o.insert(wirekey::connectorType, connectorType);
    o.insert(wirekey::instanceName, name);
    optionalString(wirekey::appGroup, appGroup);
    optionalString(wirekey::scope, scope.text());
    optionalString(wirekey::authType, authType);
    optionalString(wirekey::createdBy, createdBy);
    optionalString(wirekey::updatedBy, updatedBy);
    optionalString(wirekey::status, status.text());
    o.insert(wirekey::isActive, isActive);
    o.insert(wirekey::isConfigured, isConfigured);
    o.insert(wirekey::isAuthenticated, isAuthenticated);
    o.insert(wirekey::agentEnabled, agentEnabled);
    o.insert(wirekey::isLocked, isLocked);
    optionalTime(wirekey::createdAt, createdAt);
    optionalTime(wirekey::updatedAt, updatedAt);
    optionalTime(wirekey::lastSyncAt, lastSyncAt);
    return o;
}

void ConnectorInstance::mergeFrom(const QJsonObject& partial)
{
    // Rebuild the instance from our own fields, drop every alias of a field the partial carries,
    // then lay the partial over it: no stale alias can win over the new value.
    QJsonObject merged = toJson();
    const std::initializer_list<std::initializer_list<L>> aliasGroups{
        idKeys, typeKeys, nameKeys, agentKeys, createdKeys, updatedKeys};
    for (const auto& group : aliasGroups) {
        bool present = false;
        for (const L& key : group)
            present = present || partial.contains(key);
        if (present) {
            for (const L& key : group)
                merged.remove(key);
        }
    }
    for (auto it = partial.constBegin(); it != partial.constEnd(); ++it)
        merged.insert(it.key(), it.value());
    *this = fromJson(merged);
}

bool operator==(const ConnectorInstance& a, const ConnectorInstance& b)
{
    return a.id == b.id && a.connectorType == b.connectorType && a.appGroup == b.appGroup && a.name == b.name
        && a.scope == b.scope && a.authType == b.authType && a.createdBy == b.createdBy && a.updatedBy == b.updatedBy
        && a.status == b.status && a.isActive == b.isActive && a.isConfigured == b.isConfigured
        && a.isAuthenticated == b.isAuthenticated && a.agentEnabled == b.agentEnabled && a.isLocked == b.isLocked
        && a.createdAt == b.createdAt && a.updatedAt == b.updatedAt && a.lastSyncAt == b.lastSyncAt
        && a.extra == b.extra;
}
