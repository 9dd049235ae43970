#include "devserver/seeddata.h"

#include <QHash>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>

#include <algorithm>
#include <array>

namespace devserver {

namespace {

struct TypeSeed
{
    const char* type;
    const char* displayName;
    const char* appGroup;
    std::initializer_list<const char*> authTypes;
    std::initializer_list<const char*> scopes;
    const char* description;
    std::initializer_list<const char*> categories;
    const char* icon;
    bool realtime;
    bool agent;
    bool beta;
    bool selfHosted;
    bool adminAccess;
};

QStringList toList(std::initializer_list<const char*> items)
{
    QStringList list;
    for (const char* item : items)
        list.append(QString::fromUtf8(item));
    return list;
}

// What the seeded instances can be; the first instances walk through every profile in both scopes.
struct StateProfile
{
    bool active;
    bool configured;
    bool authenticated;
    bool agent;
    const char* status; // nullptr: null
    bool locked;
    bool usedByAgents;
    int weight; // for the instances after the walk-through
};

constexpr std::array<StateProfile, 12> kProfiles{{
    {false, false, false, false, nullptr, false, false, 6}, // just created
    {false, true, false, false, nullptr, false, false, 4}, // configured, not signed in
    {false, true, true, false, nullptr, false, false, 5}, // ready, switched off
    {false, true, true, true, nullptr, false, false, 2}, // agent flag left on a disabled instance
    {true, true, true, false, nullptr, false, false, 22}, // the usual
    {true, true, true, true, nullptr, false, false, 12}, // active and agent-enabled
    {true, true, true, false, "SYNCING", false, false, 6}, // syncing without a lock (as in the samples)
    {true, true, true, true, "SYNCING", true, false, 1}, // syncing and locked
    {true, true, true, false, "FULL_SYNCING", true, false, 1}, // full sync, locked
    {true, true, true, true, nullptr, false, true, 1}, // in use by agents
    {true, true, false, false, nullptr, false, false, 2}, // active, credentials expired
    {true, true, true, false, "FULL_SYNCING", false, false, 2}, // full sync without a lock
}};

const char* const kPrefixes[] = {
    "Engineering",
    "Marketing",
    "東京チーム",
    "فريق المبيعات",
    "Отдел продаж",
    "Ομάδα πωλήσεων",
    "बिक्री टीम",
    "🚀 Launch",
    "Sales",
    "Support",
    "開発部",
    "الدعم الفني",
    "Команда разработки",
    "Τμήμα υποστήριξης",
    "विकास दल",
    "📚 Library",
    "Finance",
    "Café Équipe",
    "営業部",
    "قسم التسويق",
    "Бухгалтерия",
    "Έρευνα",
    "डेटा प्लेटफ़ॉर्म",
    "🎨 Creative",
    "Legal",
    "Design",
    "Research",
    "Operations",
    "People Ops",
    "Data Platform",
    "Security",
    "Customer Success",
    "Zürich Office",
    "大阪オフィス",
};

const char* const kAgentNames[] = {
    "Support Assistant",
    "Sales Copilot",
    "Onboarding Buddy",
    "Release Notes Bot",
};

const char* const kOtherAdmins[] = {
    "6650f0c1a2b3c4d5e6f70002",
    "6650f0c1a2b3c4d5e6f70003",
};

const char* const kCompanies[] = {"acme", "globex", "initech", "umbrella"};

template <typename T, std::size_t N>
const T& pick(const T (&items)[N], QRandomGenerator& random)
{
    return items[random.bounded(quint32(N))];
}

const StateProfile& weightedProfile(QRandomGenerator& random)
{
    int total = 0;
    for (const auto& profile : kProfiles)
        total += profile.weight;
    int roll = int(random.bounded(quint32(total)));
    for (const auto& profile : kProfiles) {
        if (roll < profile.weight)
            return profile;
        roll -= profile.weight;
    }
    return kProfiles.front();
}

// The types an instance can have, per scope and agent need, so that picking one costs nothing.
class TypePicker
{
public:
    explicit TypePicker(const QList<ConnectorTypeInfo>& types)
    {
        for (const auto& type : types) {
            for (int scope = 0; scope < 2; ++scope) {
                if (!type.supportsScope(QString::fromUtf16(scope == 0 ? kScopeTeam : kScopePersonal)))
                    continue;
                m_fitting[scope][0].append(&type);
                if (type.supportsAgent)
                    m_fitting[scope][1].append(&type);
            }
        }
    }

    const ConnectorTypeInfo& pick(bool team, bool needsAgent, QRandomGenerator& random) const
    {
        const auto& fitting = m_fitting[team ? 0 : 1][needsAgent ? 1 : 0];
        return *fitting.at(random.bounded(quint32(fitting.size())));
    }

private:
    QList<const ConnectorTypeInfo*> m_fitting[2][2];
};

QString uniqueName(const QString& base, const QString& scope, QHash<QString, int>& taken)
{
    // `taken` maps scope + folded name to the next suffix to try, so that 100,000 names stay fast.
    const QString key = scope + QLatin1Char('\n') + base.toCaseFolded();
    auto it = taken.find(key);
    if (it == taken.end()) {
        taken.insert(key, 2);
        return base;
    }
    int next = it.value();
    for (;;) {
        const QString candidate = base + QLatin1Char(' ') + QString::number(next++);
        const QString candidateKey = scope + QLatin1Char('\n') + candidate.toCaseFolded();
        if (!taken.contains(candidateKey)) {
            taken.insert(key, next);
            taken.insert(candidateKey, 2);
            return candidate;
        }
    }
}

QJsonObject seededConfig(const ConnectorTypeInfo& type, const StateProfile& profile, QRandomGenerator& random)
{
    if (!profile.configured)
        return {};
    const QString strategy = type.syncStrategies.isEmpty()
        ? QStringLiteral("MANUAL")
        : type.syncStrategies.at(random.bounded(quint32(type.syncStrategies.size())));
    QJsonObject sync{{QStringLiteral("selectedStrategy"), strategy}};
    if (strategy == QLatin1String("SCHEDULED")) {
        sync.insert(
            QStringLiteral("scheduledConfig"),
            QJsonObject{{QStringLiteral("intervalMinutes"), 60}, {QStringLiteral("timezone"), QStringLiteral("UTC")}});
    }
    return {{QStringLiteral("sync"), sync}, {QStringLiteral("filters"), QJsonObject{}}};
}

} // namespace

QList<ConnectorTypeInfo> registryDefinitions()
{
    // clang-format off
    static const TypeSeed seeds[] = {
        {"Box", "Box", "Box", {"OAUTH"}, {"personal", "team"},
         "Sync files and folders from Box", {"Storage"}, "box", false, true, false, false, false},
        {"Calendar", "Google Calendar", "Google Workspace", {"OAUTH"}, {"personal"},
         "Sync events and meeting notes from Google Calendar", {"Calendar"}, "calendar", true, true, false, false, false},
        {"Confluence", "Confluence", "Atlassian", {"OAUTH", "API_TOKEN"}, {"personal", "team"},
         "Sync pages, blog posts and attachments from Confluence Cloud spaces", {"Knowledge Management"}, "confluence",
         false, true, false, true, false},
        {"Drive", "Google Drive", "Google Workspace", {"OAUTH"}, {"personal", "team"},
         "Sync files and folders from Google Drive", {"Storage"}, "drive", true, true, false, false, false},
        {"Dropbox", "Dropbox", "Dropbox", {"OAUTH"}, {"personal", "team"},
         "Sync files and folders from Dropbox", {"Storage"}, "dropbox", false, true, false, false, false},
        {"GitHub", "GitHub", "GitHub", {"OAUTH", "API_TOKEN"}, {"personal", "team"},
         "Sync repositories, issues and pull requests from GitHub", {"Development"}, "github", false, true, false, true,
         false},
        {"Gmail", "Gmail", "Google Workspace", {"OAUTH"}, {"personal", "team"},
         "Sync emails and attachments from Gmail", {"Email"}, "gmail", true, true, false, false, false},
        {"Jira", "Jira", "Atlassian", {"OAUTH", "API_TOKEN"}, {"personal", "team"},
         "Sync issues, comments and attachments from Jira Cloud projects", {"Project Management"}, "jira", false, true,
         false, true, false},
        {"Linear", "Linear", "Linear", {"OAUTH", "API_TOKEN"}, {"personal", "team"},
         "Sync issues, projects and cycles from Linear", {"Project Management"}, "linear", false, true, true, false,
         false},
        {"Notion", "Notion", "Notion", {"OAUTH", "API_TOKEN"}, {"personal", "team"},
         "Sync pages and databases from Notion workspaces", {"Knowledge Management"}, "notion", false, true, false,
         false, false},
        {"OneDrive", "OneDrive", "Microsoft 365", {"OAUTH", "OAUTH_ADMIN_CONSENT"}, {"personal", "team"},
         "Sync files and folders from OneDrive for Business", {"Storage"}, "onedrive", true, true, false, false, false},
        {"Outlook", "Outlook", "Microsoft 365", {"OAUTH", "OAUTH_ADMIN_CONSENT"}, {"personal", "team"},
         "Sync mail, calendar events and attachments from Outlook", {"Email", "Calendar"}, "outlook", false, true,
         false, false, false},
        {"S3", "Amazon S3", "Amazon", {"API_TOKEN"}, {"team"},
         "Sync objects from Amazon S3 buckets", {"Storage"}, "s3", false, false, false, false, true},
        {"ServiceNow", "ServiceNow", "ServiceNow", {"USERNAME_PASSWORD", "OAUTH"}, {"team"},
         "Sync knowledge articles and incidents from a ServiceNow instance", {"IT Service Management"}, "servicenow",
         false, true, false, true, true},
        {"SharePoint Online", "SharePoint Online", "Microsoft 365", {"OAUTH_ADMIN_CONSENT"}, {"team"},
         "Sync sites, document libraries and pages from SharePoint Online", {"Storage", "Knowledge Management"},
         "sharepoint", false, true, false, false, true},
        {"Slack", "Slack", "Slack", {"OAUTH", "API_TOKEN"}, {"personal", "team"},
         "Sync messages, threads and files from Slack channels", {"Communication"}, "slack", true, true, false, false,
         false},
        {"Web", "Web", "Web", {"NONE"}, {"personal", "team"},
         "Crawl and index public web pages", {"Web"}, "web", false, false, false, false, false},
    };
    // clang-format on
    QList<ConnectorTypeInfo> types;
    for (const auto& seed : seeds) {
        ConnectorTypeInfo type;
        type.type = QString::fromUtf8(seed.type);
        type.displayName = QString::fromUtf8(seed.displayName);
        type.appGroup = QString::fromUtf8(seed.appGroup);
        type.authTypes = toList(seed.authTypes);
        type.scopes = toList(seed.scopes);
        type.description = QString::fromUtf8(seed.description);
        type.categories = toList(seed.categories);
        type.iconPath = QStringLiteral("/assets/icons/connectors/%1.svg").arg(QString::fromUtf8(seed.icon));
        type.supportsRealtime = seed.realtime;
        type.supportsAgent = seed.agent;
        type.isBeta = seed.beta;
        type.selfHosted = seed.selfHosted;
        type.adminAccessRequired = seed.adminAccess;
        type.syncStrategies = {QStringLiteral("MANUAL"), QStringLiteral("SCHEDULED")};
        if (seed.realtime)
            type.syncStrategies.append(QStringLiteral("REALTIME"));
        if (type.type == QLatin1String("Slack") || type.type == QLatin1String("GitHub"))
            type.syncStrategies.append(QStringLiteral("WEBHOOK"));
        types.append(type);
    }
    std::sort(types.begin(), types.end(), [](const auto& a, const auto& b) {
        return a.type.compare(b.type, Qt::CaseInsensitive) < 0;
    });
    return types;
}

QString makeUuid(QRandomGenerator& random)
{
    quint32 words[4];
    random.fillRange(words);
    QByteArray bytes(16, '\0');
    for (int i = 0; i < 4; ++i) {
        for (int b = 0; b < 4; ++b)
            bytes[i * 4 + b] = char((words[i] >> (8 * b)) & 0xff);
    }
    bytes[6] = char((bytes[6] & 0x0f) | 0x40); // version 4
    bytes[8] = char((bytes[8] & 0x3f) | 0x80); // RFC 4122 variant
    const QByteArray hex = bytes.toHex();
    return QString::fromLatin1(hex.mid(0, 8) + '-' + hex.mid(8, 4) + '-' + hex.mid(12, 4) + '-' + hex.mid(16, 4) + '-'
                               + hex.mid(20, 12));
}

QList<ConnectorRecord> seedInstances(const QList<ConnectorTypeInfo>& types, int count, QRandomGenerator& random)
{
    QList<ConnectorRecord> records;
    if (count <= 0 || types.isEmpty())
        return records;
    records.reserve(count);

    // Spread the history over about a year whatever the count; newest first.
    const qint64 year = 365LL * 24 * 3600 * 1000;
    const qint64 maxStep = std::max<qint64>(120000, 2 * year / count);
    qint64 createdAt = kSeedEpochMs - 3600 * 1000;

    QHash<QString, int> takenNames;
    QSet<QString> takenIds;
    const int walkThrough = int(kProfiles.size()) * 2;
    const TypePicker picker(types);
    const QString currentUser = QString::fromUtf16(kCurrentUserId);

    for (int i = 0; i < count; ++i) {
        const bool walking = i < walkThrough;
        const StateProfile& profile
            = walking ? kProfiles.at(std::size_t(i) % kProfiles.size()) : weightedProfile(random);
        const QString scope = walking
            ? (i < int(kProfiles.size()) ? QString::fromUtf16(kScopeTeam) : QString::fromUtf16(kScopePersonal))
            : (random.bounded(100) < 60 ? QString::fromUtf16(kScopeTeam) : QString::fromUtf16(kScopePersonal));
        const ConnectorTypeInfo& type
            = picker.pick(scope == QStringView(kScopeTeam), profile.agent || profile.usedByAgents, random);

        ConnectorRecord record;
        do {
            record.id = makeUuid(random);
        } while (takenIds.contains(record.id));
        takenIds.insert(record.id);
        record.type = type.type;
        record.appGroup = type.appGroup;
        record.scope = scope;
        const QString prefix = QString::fromUtf8(i == 0 ? "Engineering" : pick(kPrefixes, random));
        record.setName(uniqueName(prefix + QLatin1Char(' ') + type.displayName, scope, takenNames));
        record.authType = type.authTypes.at(random.bounded(quint32(type.authTypes.size())));
        if (scope == QStringView(kScopeTeam) && random.bounded(100) >= 70)
            record.createdBy = QString::fromUtf8(pick(kOtherAdmins, random));
        else
            record.createdBy = currentUser;
        record.updatedBy = random.bounded(2) == 0 ? record.createdBy : currentUser;
        record.isActive = profile.active;
        record.isConfigured = profile.configured;
        record.isAuthenticated = profile.authenticated;
        record.isAgentActive = profile.agent && type.supportsAgent;
        if (profile.status)
            record.status = QString::fromUtf8(profile.status);
        record.isLocked = profile.locked;
        if (profile.locked)
            record.lockedBy = record.status;
        if (profile.usedByAgents) {
            record.usedByAgents.append(QString::fromUtf8(pick(kAgentNames, random)));
            const QString second = QString::fromUtf8(pick(kAgentNames, random));
            if (!record.usedByAgents.contains(second))
                record.usedByAgents.append(second);
        }

        createdAt -= 60000 + qint64(random.bounded(double(maxStep)));
        record.createdAt = createdAt;
        const qint64 room = kSeedEpochMs - createdAt;
        record.updatedAt = createdAt + qint64(random.bounded(double(std::min<qint64>(room, 30LL * 24 * 3600 * 1000))));
        if (profile.active)
            record.lastSyncAt = record.updatedAt + qint64(random.bounded(double(kSeedEpochMs - record.updatedAt)));

        if (type.type == QLatin1String("ServiceNow"))
            record.baseUrl
                = QStringLiteral("https://%1.service-now.com").arg(QString::fromUtf8(pick(kCompanies, random)));
        else if (type.selfHosted && random.bounded(100) < 30)
            record.baseUrl = QStringLiteral("https://%1.%2.example")
                                 .arg(type.type.toLower(), QString::fromUtf8(pick(kCompanies, random)));
        record.config = seededConfig(type, profile, random);
        records.append(record);
    }
    return records;
}

} // namespace devserver
