#pragma once

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

// The optional initial configuration of a new instance, as the create form holds it (texts and
// numbers), turned into the `config` object of CreateConnectorRequest:
// {auth: {values, oauthConfigId}, sync: {selectedStrategy, scheduledConfig, webhookConfig},
//  filters: {sync: {values}, indexing: {values}}}. Kept apart from the widgets so that the JSON is
// assembled in one place and checked field by field, with messages that name the field.
struct InitialConfig
{
    enum class Schedule
    {
        Interval,
        Cron,
    };

    static constexpr int minIntervalMinutes = 5;

    QList<QPair<QString, QString>> authValues; // key, value; rows with both empty are ignored
    QString oauthConfigId;
    QString strategy; // MANUAL, SCHEDULED, WEBHOOK, REALTIME; empty: left to the server
    // Sent only with the SCHEDULED strategy.
    Schedule schedule = Schedule::Interval;
    QString cronExpression;
    int intervalMinutes = 60;
    QString timezone = QStringLiteral("UTC");
    // Sent only with the WEBHOOK strategy: comma-separated event names.
    QString webhookEvents;
    // JSON object texts; empty: not sent.
    QString syncFilters;
    QString indexingFilters;

    static const QStringList& strategies();

    // The `config` object (empty when nothing was set), or nullopt with `error` naming the field.
    std::optional<QJsonObject> toJson(QString* error) const;
    // The text of a JSON object typed by the user, or nullopt with `error` saying where it is wrong.
    static std::optional<QJsonObject> parseObject(const QString& text, const QString& what, QString* error);
    static QStringList splitEvents(const QString& text);
};
