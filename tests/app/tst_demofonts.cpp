// The demo's names are written in eight scripts (Latin, Cyrillic, Greek, Arabic, Devanagari, Japanese,
// emoji...). A new user's first window must show them, not empty boxes: every character of every
// seeded name has a font on this machine (scripts/deps.sh installs them, the package recommends them).
#include "devserver/seeddata.h"

#include <QFontDatabase>
#include <QHash>
#include <QRandomGenerator>
#include <QRawFont>
#include <QSet>
#include <QTest>

class TestDemoFonts : public QObject
{
    Q_OBJECT

private slots:
    void everyCharacterOfTheDemoNamesHasAFont();
};

namespace {

// Characters that only steer how others are drawn: no font needs a glyph of their own.
bool isFormatCharacter(char32_t c)
{
    return c == 0x200D /* zero-width joiner */ || (c >= 0xFE00 && c <= 0xFE0F) /* variation selectors */
        || QChar::category(c) == QChar::Separator_Space;
}

} // namespace

void TestDemoFonts::everyCharacterOfTheDemoNamesHasAFont()
{
    QRandomGenerator random(20241201);
    const QList<devserver::ConnectorRecord> records
        = devserver::seedInstances(devserver::registryDefinitions(), 400, random);
    QSet<char32_t> characters;
    for (const devserver::ConnectorRecord& record : records) {
        for (const char32_t c : record.name.toUcs4()) {
            if (!isFormatCharacter(c))
                characters.insert(c);
        }
    }
    QVERIFY2(characters.size() > 100, "the seed should name instances in several scripts");

    const QStringList families = QFontDatabase::families();
    QVERIFY(!families.isEmpty());
    QHash<QString, QRawFont> fonts;
    QStringList missing;
    for (const char32_t c : std::as_const(characters)) {
        const bool covered = std::any_of(families.cbegin(), families.cend(), [&](const QString& family) {
            auto it = fonts.find(family);
            if (it == fonts.end())
                it = fonts.insert(family, QRawFont::fromFont(QFont(family)));
            return it->isValid() && it->supportsCharacter(c);
        });
        if (!covered)
            missing.append(
                QStringLiteral("U+%1 %2").arg(uint(c), 4, 16, QLatin1Char('0')).arg(QString::fromUcs4(&c, 1)));
    }
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("no installed font draws %1 (scripts/deps.sh: CONNECTOR_FONT_PACKAGES)")
                            .arg(missing.join(QLatin1String(", ")))));
}

QTEST_MAIN(TestDemoFonts)
#include "tst_demofonts.moc"
