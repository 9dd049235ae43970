#pragma once

#include "core/model/connectorinstance.h"

#include <QVariant>

// One order for the table's columns, shared by the proxy that sorts the rows on screen and by
// ListQuery::pageLocally, which sorts a whole local list before cutting its page: the page then holds
// what the sorted list holds there, and sorting it again on screen changes nothing.
namespace connectororder {

// -1, 0, 1 for raw sort values (ConnectorTableModel::SortRole): text as a person reads it, numbers
// and dates as what they are.
int compareValues(const QVariant& left, const QVariant& right);
// Ascending by `column`; ties broken by name, then id, so that equal rows never swap places.
bool lessThan(const ConnectorInstance& left, const ConnectorInstance& right, int column);

} // namespace connectororder
