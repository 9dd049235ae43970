#include "app/details/indexingstatuscolors.h"

#include <QCoreApplication>

namespace {

struct StatusLook
{
    const char* status;
    QRgb colour;
    const char* label;
};

// Colours that read on light and dark palettes alike; done is green, broken is red, running is blue,
// waiting is amber, not (yet) indexed is grey.
constexpr StatusLook looks[] = {
    {"COMPLETED", 0x2e9d4f, QT_TRANSLATE_NOOP("IndexingStatus", "Completed")},
    {"IN_PROGRESS", 0x2f6fd6, QT_TRANSLATE_NOOP("IndexingStatus", "In progress")},
    {"QUEUED", 0xe0a21b, QT_TRANSLATE_NOOP("IndexingStatus", "Queued")},
    {"NOT_STARTED", 0xa3a9b1, QT_TRANSLATE_NOOP("IndexingStatus", "Not started")},
    {"PAUSED", 0x7d8ca3, QT_TRANSLATE_NOOP("IndexingStatus", "Paused")},
    {"FAILED", 0xd64545, QT_TRANSLATE_NOOP("IndexingStatus", "Failed")},
    {"FILE_TYPE_NOT_SUPPORTED", 0xc9773a, QT_TRANSLATE_NOOP("IndexingStatus", "File type not supported")},
    {"AUTO_INDEX_OFF", 0x5b9aa9, QT_TRANSLATE_NOOP("IndexingStatus", "Auto-index off")},
    {"EMPTY", 0xd4d7dc, QT_TRANSLATE_NOOP("IndexingStatus", "Empty")},
    {"ENABLE_MULTIMODAL_MODELS", 0x8a5cc2, QT_TRANSLATE_NOOP("IndexingStatus", "Needs multimodal models")},
};

const StatusLook* find(const QString& status)
{
    for (const StatusLook& look : looks) {
        if (status == QLatin1String(look.status))
            return &look;
    }
    return nullptr;
}

} // namespace

namespace indexingstatus {

QColor colour(const QString& status)
{
    const StatusLook* look = find(status);
    return look ? QColor(look->colour) : QColor(0x6e, 0x6a, 0x62); // unknown: neutral, and hatched
}

bool isUnknown(const QString& status)
{
    return find(status) == nullptr;
}

QString label(const QString& status)
{
    const StatusLook* look = find(status);
    return look ? QCoreApplication::translate("IndexingStatus", look->label) : status;
}

} // namespace indexingstatus
