#pragma once

#include <QLatin1String>
#include <QStringView>

#include <initializer_list>
#include <optional>

// One enum's names in one table, for the few enums that travel as text (scopes, states, job statuses):
// the first entry of a value is its name; later entries of the same value are aliases that reading
// accepts (e.g. "agent-enabled" for agents). Reading ignores case and surrounding spaces. A table has a
// handful of entries: walking it is as fast as any lookup. Define a table at namespace scope, so that
// the initializer list's array lives as long as the program.
template <typename Enum>
struct EnumName
{
    Enum value;
    QLatin1String name;
};

template <typename Enum>
using NameTable = std::initializer_list<EnumName<Enum>>;

namespace names {

// The name of `value`; empty when the table has none.
template <typename Enum>
QLatin1String of(NameTable<Enum> table, Enum value)
{
    for (const EnumName<Enum>& entry : table) {
        if (entry.value == value)
            return entry.name;
    }
    return {};
}

// The value named `name` (a name or an alias, any case, spaces around ignored); nullopt when none is.
template <typename Enum>
std::optional<Enum> find(NameTable<Enum> table, QStringView name)
{
    const QStringView trimmed = name.trimmed();
    for (const EnumName<Enum>& entry : table) {
        if (trimmed.compare(entry.name, Qt::CaseInsensitive) == 0)
            return entry.value;
    }
    return std::nullopt;
}

} // namespace names
