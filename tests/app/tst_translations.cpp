// The translations: each .ts in resources/translations is complete and embedded in connector_app, and
// once the German one is installed the window, a dialog and the core's messages speak German. The
// translator is installed for an explicit locale, so the machine's own locales play no part (ctest
// runs under LC_ALL=C.UTF-8, which means English).
#include "apptestutil.h"

#include "app/appstartup.h"
#include "app/list/errorbanner.h"
#include "app/list/pagerwidget.h"
#include "core/model/createconnectorrequest.h"
#include "core/net/apierror.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLibraryInfo>
#include <QMenu>
#include <QRegularExpression>
#include <QTranslator>
#include <QXmlStreamReader>

#include "app/dialogs/deleteconnectordialog.h"

#include <QPushButton>

using namespace apptest;

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QStringList translations; // one, or one per plural form
    QString type; // of <translation>: empty when finished
};

// Every <message> of a .ts file, as lupdate writes them.
QList<Message> readTs(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QString context;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue; // TS and context hold the elements below
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            Message m;
            m.context = context;
            m.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            while (xml.readNextStartElement()) {
                if (xml.name() == QLatin1String("source")) {
                    m.source = xml.readElementText();
                } else if (xml.name() == QLatin1String("comment")) {
                    m.comment = xml.readElementText();
                } else if (xml.name() == QLatin1String("translation")) {
                    m.type = xml.attributes().value(QLatin1String("type")).toString();
                    if (m.numerus) {
                        while (xml.readNextStartElement())
                            m.translations.append(xml.readElementText());
                    } else {
                        m.translations.append(xml.readElementText());
                    }
                } else {
                    xml.skipCurrentElement(); // location, extracomment...
                }
            }
            messages.append(m);
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1 at line %2").arg(xml.errorString()).arg(xml.lineNumber());
    return messages;
}

QStringList tsFiles()
{
    const QDir dir(QStringLiteral(CONNECTOR_TRANSLATIONS_DIR));
    QStringList paths;
    for (const QString& name : dir.entryList({QStringLiteral("connector-admin_*.ts")}, QDir::Files))
        paths.append(dir.filePath(name));
    return paths;
}

QStringList placeholders(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("%(\\d+|n)"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.append(it.next().captured());
    found.sort();
    found.removeDuplicates();
    return found;
}

// An & that underlines the next letter ("&&" is a literal ampersand).
bool hasMnemonic(QString text)
{
    text.remove(QLatin1String("&&"));
    static const QRegularExpression mnemonic(QStringLiteral("&\\w"), QRegularExpression::UseUnicodePropertiesOption);
    return text.contains(mnemonic);
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void everyTranslationIsFinished_data();
    void everyTranslationIsFinished();
    void embeddedCatalogueHasEveryMessage_data();
    void embeddedCatalogueHasEveryMessage();
    void languageFollowsTheUsersPreferences_data();
    void languageFollowsTheUsersPreferences();
    void cLocaleMeansEnglish();
    void windowSpeaksGerman();
    void dialogSpeaksGerman();
    void coreMessagesSpeakGerman();
    void pluralsFollowGermanRules();
    void qtsOwnTextsFollowWhenInstalled();
};

void TestTranslations::initTestCase()
{
    isolateSettings();
    QVERIFY2(!tsFiles().isEmpty(), CONNECTOR_TRANSLATIONS_DIR);
}

void TestTranslations::cleanup()
{
    // installTranslators() parents its translators to the application: back to English for the next test.
    for (QTranslator* translator : qApp->findChildren<QTranslator*>(QString(), Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

void TestTranslations::everyTranslationIsFinished_data()
{
    QTest::addColumn<QString>("path");
    for (const QString& path : tsFiles())
        QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
}

void TestTranslations::everyTranslationIsFinished()
{
    QFETCH(QString, path);
    QString error;
    const QList<Message> messages = readTs(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(messages.size() > 300); // the whole console, core included; not a stub
    for (const Message& m : messages) {
        const QString where = QStringLiteral("%1 / \"%2\"").arg(m.context, m.source);
        // "unfinished" is what lupdate writes for a new or changed text; "vanished" and "obsolete" for
        // one the sources no longer have.
        QVERIFY2(m.type.isEmpty(), qPrintable(QStringLiteral("%1 is %2").arg(where, m.type)));
        QVERIFY2(!m.translations.isEmpty(), qPrintable(where));
        if (m.numerus)
            QVERIFY2(m.translations.size() == 2, qPrintable(where + QLatin1String(": not one form per plural")));
        for (const QString& translation : m.translations) {
            QVERIFY2(!translation.isEmpty(), qPrintable(where + QLatin1String(" has an empty translation")));
            QVERIFY2(placeholders(translation) == placeholders(m.source),
                     qPrintable(QStringLiteral("%1: the placeholders differ in \"%2\"").arg(where, translation)));
            QVERIFY2(hasMnemonic(translation) == hasMnemonic(m.source),
                     qPrintable(QStringLiteral("%1: the & marker differs in \"%2\"").arg(where, translation)));
        }
    }
}

void TestTranslations::embeddedCatalogueHasEveryMessage_data()
{
    everyTranslationIsFinished_data();
}

void TestTranslations::embeddedCatalogueHasEveryMessage()
{
    // The .qm under :/i18n is lrelease's output of this very .ts: nothing stale, nothing dropped.
    QFETCH(QString, path);
    const QString qm = QStringLiteral(":/i18n/%1.qm").arg(QFileInfo(path).completeBaseName());
    QTranslator translator;
    QVERIFY2(translator.load(qm), qPrintable(qm));
    QString error;
    const QList<Message> messages = readTs(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    for (const Message& m : messages) {
        const QByteArray context = m.context.toUtf8();
        const QByteArray source = m.source.toUtf8();
        const QByteArray comment = m.comment.toUtf8();
        const char* disambiguation = m.comment.isEmpty() ? nullptr : comment.constData();
        if (m.numerus) {
            QCOMPARE(translator.translate(context.constData(), source.constData(), disambiguation, 1),
                     m.translations.value(0));
            QCOMPARE(translator.translate(context.constData(), source.constData(), disambiguation, 2),
                     m.translations.value(1));
        } else {
            QCOMPARE(translator.translate(context.constData(), source.constData(), disambiguation),
                     m.translations.value(0));
        }
    }
}

void TestTranslations::languageFollowsTheUsersPreferences_data()
{
    QTest::addColumn<QStringList>("uiLanguages");
    QTest::addColumn<QString>("language");
    QTest::newRow("German") << QStringList{"de-DE", "de"} << "de";
    QTest::newRow("Austrian German falls back to German") << QStringList{"de-AT"} << "de";
    QTest::newRow("English first means English") << QStringList{"en-US", "de-DE"} << "";
    QTest::newRow("French, then German") << QStringList{"fr-FR", "de-DE"} << "de";
    QTest::newRow("an unknown name is passed over") << QStringList{"xx", "de"} << "de";
    QTest::newRow("no translation") << QStringList{"fr-FR", "it"} << "";
    QTest::newRow("nothing") << QStringList() << "";
}

void TestTranslations::languageFollowsTheUsersPreferences()
{
    QFETCH(QStringList, uiLanguages);
    QFETCH(QString, language);
    QCOMPARE(appstartup::translationFor(uiLanguages), language);
}

void TestTranslations::cLocaleMeansEnglish()
{
    QCOMPARE(appstartup::installTranslators(QLocale::c()), QString());
    QVERIFY(qApp->findChildren<QTranslator*>().isEmpty());
    QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), QStringLiteral("&File"));
}

void TestTranslations::windowSpeaksGerman()
{
    QCOMPARE(appstartup::installTranslators(QLocale(QLocale::German, QLocale::Germany)), QStringLiteral("de"));
    Harness h(137);
    QVERIFY(h.open());
    // The form (uic's retranslateUi)...
    QCOMPARE(h.child<QMenu>("menuFile")->title(), QStringLiteral("&Datei"));
    QCOMPARE(h.child<QAction>("actionNew")->text(), QStringLiteral("&Neue Instanz…"));
    QCOMPARE(h.child<QAction>("actionDelete")->toolTip(), QStringLiteral("Die ausgewählte Instanz löschen"));
    // ...the code's own texts, the model's headers and badges...
    QCOMPARE(h.model()->headerData(ConnectorTableModel::ScopeColumn, Qt::Horizontal).toString(),
             QStringLiteral("Bereich"));
    QCOMPARE(h.model()->headerData(ConnectorTableModel::StateColumn, Qt::Horizontal).toString(),
             QStringLiteral("Status"));
    QCOMPARE(ConnectorTableModel::badges(ConnectorInstance{}).value(0), QStringLiteral("Inaktiv"));
    QVERIFY2(h.child<QLabel>("pageLabel")->text().startsWith(QStringLiteral("Seite 1 von ")),
             qPrintable(h.child<QLabel>("pageLabel")->text()));
    QCOMPARE(h.child<QLabel>("connectionLabel")->text(), QStringLiteral("Verbunden"));
    QCOMPARE(h.child<QLabel>("detailsPlaceholder")->text(),
             QStringLiteral("Wählen Sie eine Connector-Instanz aus, um alle ihre Felder zu sehen."));

    // ...and a message built in code with a typographic quote in its source (lupdate and the compiler
    // must agree on the text for it to be found).
    ErrorBanner banner;
    ApiError tls;
    tls.kind = ApiError::Kind::Tls;
    tls.message = QStringLiteral("certificate has expired");
    tls.details = QStringLiteral("subject: ...");
    banner.showError(tls, false);
    const QString text = banner.findChild<QLabel*>(QStringLiteral("errorText"))->text();
    QVERIFY2(text.contains(QStringLiteral("unter „CA-Zertifikate“ in den Serverprofilen")), qPrintable(text));
}

void TestTranslations::dialogSpeaksGerman()
{
    QCOMPARE(appstartup::installTranslators(QLocale(QLocale::German, QLocale::Germany)), QStringLiteral("de"));
    ApiClient client;
    ConnectorInstance instance;
    instance.id = QStringLiteral("c1");
    instance.name = QStringLiteral("Wiki");
    instance.connectorType = QStringLiteral("Confluence");
    instance.scope = ConnectorScope::Personal;
    DeleteConnectorDialog dialog(&client, instance);
    QCOMPARE(dialog.windowTitle(), QStringLiteral("„Wiki“ löschen"));
    QCOMPARE(dialog.findChild<QLabel*>(QStringLiteral("questionLabel"))->text(),
             QStringLiteral("Die Connector-Instanz „Wiki“ löschen?"));
    QCOMPARE(
        dialog.findChild<QLabel*>(QStringLiteral("detailsLabel"))->text(),
        QStringLiteral("Typ: Confluence. Bereich: Persönlich (nur von der Person genutzt, die sie erstellt hat)."));
    QCOMPARE(dialog.findChild<QPushButton*>(QStringLiteral("okPushButton"))->text(), QStringLiteral("Löschen"));
}

void TestTranslations::coreMessagesSpeakGerman()
{
    QCOMPARE(appstartup::installTranslators(QLocale(QLocale::German, QLocale::Germany)), QStringLiteral("de"));
    QCOMPARE(ApiError::fromHttp(502, QByteArray(), QByteArray()).toString(),
             QStringLiteral("Der Server antwortete mit HTTP 502"));
    QCOMPARE(CreateConnectorRequest::validateName(QString()), QStringLiteral("Der Instanzname darf nicht leer sein."));
    QCOMPARE(CreateConnectorRequest::validateCron(QStringLiteral("0 25 * * *")),
             QStringLiteral("Das Feld „Stunde“ des Cron-Ausdrucks ist ungültig: „25“."));
}

void TestTranslations::pluralsFollowGermanRules()
{
    QCOMPARE(appstartup::installTranslators(QLocale(QLocale::German, QLocale::Germany)), QStringLiteral("de"));
    QCOMPARE(QCoreApplication::translate("DetailsPane", "%n field(s)", nullptr, 1), QStringLiteral("1 Feld"));
    QCOMPARE(QCoreApplication::translate("DetailsPane", "%n field(s)", nullptr, 12), QStringLiteral("12 Felder"));
    QCOMPARE(QCoreApplication::translate("DetailsPane", "[%n item(s)]", nullptr, 0), QStringLiteral("[0 Einträge]"));
}

void TestTranslations::qtsOwnTextsFollowWhenInstalled()
{
    const QString dir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    // qt6-translations-l10n, installed by scripts/test (scripts/deps.sh).
    QVERIFY2(QFile::exists(dir + QLatin1String("/qtbase_de.qm")), qPrintable(dir));
    QCOMPARE(appstartup::installTranslators(QLocale(QLocale::German, QLocale::Germany)), QStringLiteral("de"));
    QCOMPARE(QCoreApplication::translate("QShortcut", "Ctrl"), QStringLiteral("Strg"));
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
