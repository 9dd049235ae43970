#pragma once

#include <QColor>
#include <QString>

// The one table of indexing status colours and names: every picture of indexing statuses (the stats
// bar, its legend, the per record type bars) takes its colours from here, so that a colour means the
// same everywhere. A status this client does not know gets a neutral colour (drawn hatched) and is
// shown under the server's own name: never dropped.
namespace indexingstatus {

QColor colour(const QString& status);
// Whether to draw the status hatched: statuses this client does not know.
bool isUnknown(const QString& status);
// "Completed", "Failed"... translated; the server's name for a status it does not know.
QString label(const QString& status);

} // namespace indexingstatus
