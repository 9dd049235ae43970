#include "devserver/connectorstore.h"

#include "devserver/indexingstats.h"
#include "devserver/seeddata.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QtDebug>

#include <algorithm>

namespace devserver {

namespace {

const auto kFormatName = QLatin1String("connector-dev-server");
constexpr int kFormatVersion = 1;

// Newest first; the id breaks ties so that the order never depends on insertion history.
bool listsBefore(const ConnectorRecord& a, const ConnectorRecord& b)
{
    if (a.createdAt != b.createdAt)
        return a.createdAt > b.createdAt;
    return a.id < b.id;
}

bool isValidId(const QString& id)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    return pattern.match(id).hasMatch();
}

} // namespace

ConnectorStore::ConnectorStore(quint32 randomSeed)
    : m_types(registryDefinitions())
    , m_random(randomSeed)
    , m_randomSeed(randomSeed)
{ }

ConnectorStore::~ConnectorStore() = default;

int ConnectorStore::count() const
{
    return int(m_records.size());
}

bool ConnectorStore::contains(const QString& id) const
{
    return m_index.contains(id);
}

QJsonObject ConnectorStore::instance(const QString& id) const
{
    const auto* found = record(id);
    return found ? found->toJson() : QJsonObject{};
}

QStringList ConnectorStore::ids() const
{
    QStringList list;
    list.reserve(m_records.size());
    for (const auto& record : m_records)
        list.append(record.id);
    return list;
}

QString ConnectorStore::addInstance(const QJsonObject& fields)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    ConnectorRecord record;
    record.type = QStringLiteral("Confluence");
    record.scope = QString::fromUtf16(kScopeTeam);
    record.createdBy = QString::fromUtf16(kCurrentUserId);
    record.createdAt = now;
    record.merge(fields);
    const auto* type = findType(record.type);
    if (type) {
        record.type = type->type;
        if (record.appGroup.isEmpty())
            record.appGroup = type->appGroup;
        if (!fields.contains(QLatin1String("authType")) && !type->authTypes.isEmpty())
            record.authType = type->authTypes.constFirst();
    }
    if (record.name.isEmpty())
        record.setName(QStringLiteral("Instance %1").arg(m_records.size() + 1));
    if (record.updatedBy.isEmpty())
        record.updatedBy = record.createdBy;
    if (!fields.contains(QLatin1String("updatedAt")))
        record.updatedAt = record.createdAt;
    if (record.id.isEmpty() || contains(record.id))
        record.id = newId();
    const QString id = record.id;
    insert(std::move(record));
    persist();
    return id;
}

bool ConnectorStore::updateInstance(const QString& id, const QJsonObject& fields)
{
    auto* target = mutableRecord(id);
    if (!target)
        return false;
    const qint64 createdAt = target->createdAt;
    QJsonObject changes = fields;
    changes.remove(QLatin1String("id"));
    target->merge(changes);
    if (target->createdAt != createdAt) {
        ConnectorRecord moved = *target;
        m_records.removeAt(m_index.value(id));
        rebuildIndex();
        insert(std::move(moved));
    }
    persist();
    return true;
}

bool ConnectorStore::removeInstance(const QString& id)
{
    const auto it = m_index.constFind(id);
    if (it == m_index.cend())
        return false;
    m_records.removeAt(it.value());
    m_statsOverrides.remove(id);
    rebuildIndex();
    persist();
    return true;
}

void ConnectorStore::setLocked(const QString& id, bool locked, const QString& heldBy)
{
    auto* target = mutableRecord(id);
    if (!target)
        return;
    static const QStringList statuses{
        QStringLiteral("SYNCING"), QStringLiteral("FULL_SYNCING"), QStringLiteral("DELETING")};
    if (locked) {
        target->isLocked = true;
        target->lockedBy = heldBy;
        if (statuses.contains(heldBy))
            target->status = heldBy;
    } else {
        if (!target->lockedBy.isEmpty() && target->status == target->lockedBy)
            target->status.clear();
        target->isLocked = false;
        target->lockedBy.clear();
    }
    persist();
}

void ConnectorStore::setUsedByAgents(const QString& id, const QStringList& agents)
{
    auto* target = mutableRecord(id);
    if (!target)
        return;
    target->usedByAgents = agents;
    persist();
}

void ConnectorStore::setIndexingStats(const QString& id, const QJsonArray& byRecordType)
{
    if (contains(id))
        m_statsOverrides.insert(id, byRecordType);
}

void ConnectorStore::clearIndexingStats(const QString& id)
{
    m_statsOverrides.remove(id);
}

QJsonArray ConnectorStore::indexingStats(const QString& id) const
{
    const auto* found = record(id);
    if (!found)
        return {};
    const auto it = m_statsOverrides.constFind(id);
    return it != m_statsOverrides.cend() ? it.value() : indexingstats::derived(*found, m_randomSeed);
}

void ConnectorStore::clear()
{
    m_statsOverrides.clear();
    m_records.clear();
    m_index.clear();
    persist();
}

void ConnectorStore::reseed(int count)
{
    seed(count, m_randomSeed);
}

void ConnectorStore::seed(int count, quint32 randomSeed)
{
    m_randomSeed = randomSeed;
    m_random.seed(randomSeed);
    m_statsOverrides.clear();
    m_records = seedInstances(m_types, count, m_random);
    std::sort(m_records.begin(), m_records.end(), listsBefore);
    rebuildIndex();
    persist();
}

quint32 ConnectorStore::randomSeed() const
{
    return m_randomSeed;
}

QJsonArray ConnectorStore::registryTypes() const
{
    QJsonArray array;
    for (const auto& type : m_types)
        array.append(type.toJson());
    return array;
}

const QList<ConnectorTypeInfo>& ConnectorStore::types() const
{
    return m_types;
}

const ConnectorTypeInfo* ConnectorStore::findType(const QString& name) const
{
    for (const auto& type : m_types) {
        if (type.type.compare(name, Qt::CaseInsensitive) == 0)
            return &type;
    }
    return nullptr;
}

const QList<ConnectorRecord>& ConnectorStore::records() const
{
    return m_records;
}

const ConnectorRecord* ConnectorStore::record(const QString& id) const
{
    const auto it = m_index.constFind(id);
    return it == m_index.cend() ? nullptr : &m_records.at(it.value());
}

bool ConnectorStore::isNameTaken(const QString& scope, const QString& name, const QString& exceptId) const
{
    const QString folded = name.toCaseFolded();
    return std::any_of(m_records.cbegin(), m_records.cend(), [&](const ConnectorRecord& record) {
        return record.scope == scope && record.foldedName == folded && record.id != exceptId;
    });
}

QString ConnectorStore::create(ConnectorRecord record)
{
    record.id = newId();
    const QString id = record.id;
    insert(std::move(record));
    persist();
    return id;
}

bool ConnectorStore::rename(const QString& id, const QString& name, const QString& userId, qint64 nowMs)
{
    auto* target = mutableRecord(id);
    if (!target)
        return false;
    target->setName(name);
    target->updatedBy = userId;
    target->updatedAt = nowMs;
    persist();
    return true;
}

bool ConnectorStore::markDeleting(const QString& id, const QString& userId, qint64 nowMs)
{
    auto* target = mutableRecord(id);
    if (!target)
        return false;
    target->status = QStringLiteral("DELETING");
    target->isLocked = true;
    target->lockedBy = target->status;
    target->updatedBy = userId;
    target->updatedAt = nowMs;
    persist();
    return true;
}

void ConnectorStore::setDataFile(const QString& path)
{
    m_dataFile = path;
}

QString ConnectorStore::dataFile() const
{
    return m_dataFile;
}

bool ConnectorStore::load(int seedCount, QString* errorMessage)
{
    const auto fail = [&](const QString& message) {
        if (errorMessage)
            *errorMessage = message;
        return false;
    };
    if (m_dataFile.isEmpty())
        return fail(QStringLiteral("no data file set"));

    const QFileInfo info(m_dataFile);
    if (!info.exists() || (info.isFile() && info.size() == 0)) {
        m_records.clear();
        m_index.clear();
        m_random.seed(m_randomSeed);
        m_records = seedInstances(m_types, seedCount, m_random);
        std::sort(m_records.begin(), m_records.end(), listsBefore);
        rebuildIndex();
        return save(errorMessage);
    }

    QFile file(m_dataFile);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read data file %1: %2").arg(m_dataFile, file.errorString()));
    QJsonParseError parseError{};
    const auto document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return fail(QStringLiteral("data file %1 is not valid JSON (%2 at offset %3); fix or remove it")
                        .arg(m_dataFile, parseError.errorString())
                        .arg(parseError.offset));
    }
    const auto root = document.object();
    if (!document.isObject() || root.value(QLatin1String("format")).toString() != kFormatName
        || !root.value(QLatin1String("instances")).isArray()) {
        return fail(QStringLiteral("data file %1 is not a connector-dev-server data file (expected an object "
                                   "with \"format\": \"%2\" and an \"instances\" array)")
                        .arg(m_dataFile, kFormatName));
    }
    if (root.value(QLatin1String("version")).toInt() > kFormatVersion) {
        return fail(QStringLiteral("data file %1 has version %2; this server reads version %3")
                        .arg(m_dataFile)
                        .arg(root.value(QLatin1String("version")).toInt())
                        .arg(kFormatVersion));
    }

    QList<ConnectorRecord> loaded;
    QSet<QString> seen;
    const auto instances = root.value(QLatin1String("instances")).toArray();
    loaded.reserve(instances.size());
    for (qsizetype i = 0; i < instances.size(); ++i) {
        const auto object = instances.at(i).toObject();
        ConnectorRecord record;
        record.merge(object);
        const bool scopeOk = record.scope == QStringView(kScopeTeam) || record.scope == QStringView(kScopePersonal);
        if (!instances.at(i).isObject() || !isValidId(record.id) || seen.contains(record.id) || record.name.isEmpty()
            || !scopeOk || record.type.isEmpty()) {
            return fail(QStringLiteral("data file %1: instance #%2 is invalid (needs a unique id matching "
                                       "[A-Za-z0-9_-]{1,64}, a type, a name and a scope of team or personal)")
                            .arg(m_dataFile)
                            .arg(i + 1));
        }
        seen.insert(record.id);
        loaded.append(std::move(record));
    }
    std::sort(loaded.begin(), loaded.end(), listsBefore);
    m_records = std::move(loaded);
    if (root.value(QLatin1String("randomSeed")).isDouble())
        m_randomSeed = quint32(root.value(QLatin1String("randomSeed")).toInteger());
    // New ids continue from a state that differs from the seeding one, so they never repeat seeded ids.
    m_random.seed(m_randomSeed ^ quint32(m_records.size() * 2654435761u));
    rebuildIndex();
    return true;
}

bool ConnectorStore::save(QString* errorMessage) const
{
    if (m_dataFile.isEmpty())
        return true;
    QJsonArray instances;
    for (const auto& record : m_records)
        instances.append(record.toJson());
    const QJsonObject root{
        {QStringLiteral("format"), kFormatName},
        {QStringLiteral("version"), kFormatVersion},
        {QStringLiteral("randomSeed"), qint64(m_randomSeed)},
        {QStringLiteral("instances"), instances},
    };
    QSaveFile file(m_dataFile);
    if (!file.open(QIODevice::WriteOnly)) {
        if (errorMessage)
            *errorMessage = QStringLiteral("cannot write data file %1: %2").arg(m_dataFile, file.errorString());
        return false;
    }
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        if (errorMessage)
            *errorMessage = QStringLiteral("cannot write data file %1: %2").arg(m_dataFile, file.errorString());
        return false;
    }
    return true;
}

void ConnectorStore::insert(ConnectorRecord record)
{
    const auto position = std::upper_bound(m_records.begin(), m_records.end(), record, listsBefore);
    m_records.insert(position, std::move(record));
    rebuildIndex();
}

void ConnectorStore::rebuildIndex()
{
    m_index.clear();
    m_index.reserve(m_records.size());
    for (qsizetype i = 0; i < m_records.size(); ++i)
        m_index.insert(m_records.at(i).id, i);
}

void ConnectorStore::persist()
{
    QString error;
    if (!save(&error))
        qWarning().noquote() << "connector-dev-server:" << error;
}

QString ConnectorStore::newId()
{
    QString id;
    do {
        id = makeUuid(m_random);
    } while (contains(id));
    return id;
}

ConnectorRecord* ConnectorStore::mutableRecord(const QString& id)
{
    const auto it = m_index.constFind(id);
    return it == m_index.cend() ? nullptr : &m_records[it.value()];
}

} // namespace devserver
