#pragma once

#include "core/model/connectorinstance.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

// A listing of connector instances as `connectorctl list --all-pages --output csv|json` prints it, made
// in pieces so that it can be written out page by page while later pages are still on their way:
// begin(), then appendPage() for each page in list order, then end(). The pieces, concatenated, are
// the whole listing. connectorctl and the console's export both write through here: one set of bytes
// for both. The CSV header row names the JSON keys of the same values.
class ConnectorListing final
{
public:
    enum class Format
    {
        Csv,
        Json,
    };

    explicit ConnectorListing(Format format);

    Format format() const
    {
        return m_format;
    }
    // How many instances the pages appended so far held.
    qint64 count() const
    {
        return m_count;
    }

    void appendBegin(QByteArray& out) const;
    void appendPage(QByteArray& out, const QList<ConnectorInstance>& connectors);
    // The JSON's pagination says one page that holds them all: {1, count, count, false}.
    void appendEnd(QByteArray& out) const;

    // "csv" / "json", case-insensitive, or nothing.
    static std::optional<Format> formatFromName(const QString& name);
    // From a file name's extension: data.csv, DATA.JSON...; nothing for any other.
    static std::optional<Format> formatFromPath(const QString& path);
    static QString extension(Format format); // "csv" / "json"

private:
    Format m_format;
    qint64 m_count = 0;
};
