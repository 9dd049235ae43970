#include "cli/commands/deletecommand.h"

#include "cli/commands/bulkrunner.h"
#include "cli/exitcode.h"
#include "cli/optionnames.h"
#include "cli/session.h"

#include "core/export/csvwriter.h"
#include "core/wire/wirekeys.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QTextStream>

DeleteCommand::DeleteCommand()
    : Command(
        QStringLiteral("delete"),
        tr("Delete connector instances (their configuration; records already synced stay in the knowledge bases)."))
{
    m_options = {{QStringLiteral("yes"), tr("Confirm the deletion: it cannot be undone. Required.")},
                 BulkRunner::concurrencyOption()};
    m_arguments = {{optionname::id, tr("Connector ids; - reads them from standard input, one a line."), tr("ID...")}};
    m_epilog = tr("The server may refuse (exit status 5) while a sync or another deletion holds the instance, "
                  "or while agents use it; its message says which. Every id is checked before anything is "
                  "sent. A delete whose answer was lost (a timeout, a cut connection, a 5xx) may have been "
                  "carried out: it is not sent again, and its result is unknown (exit status 6). A 429 (the "
                  "server is busy) is no failure: the run waits (Retry-After), works on fewer at once and "
                  "sends it again. With several ids, --output json prints one JSON object per line, a "
                  "refusal goes to stderr naming its id, and the exit status is the worst of all.");
}

int DeleteCommand::execute(Session& session, const QCommandLineParser& parser)
{
    QStringList ids;
    int concurrency = 0;
    if (const int code = BulkRunner::readIdsAndConcurrency(session, parser, &ids, &concurrency); code != exitcode::Ok)
        return code;
    if (!parser.isSet(QStringLiteral("yes"))) {
        const QString what = ids.size() == 1 ? ids.constFirst() : tr("%n instances", nullptr, int(ids.size()));
        return session.usageError(tr("Deleting %1 cannot be undone: add --yes to confirm.").arg(what));
    }
    if (const int code = session.connectToServer(); code != exitcode::Ok)
        return code;

    // One id prints as a single delete always has (an indented JSON object, CSV with its header, an
    // error line without the id); several, one line each in the order given (JSON lines, CSV under one
    // header, the table's lines of a single delete), with refusals on stderr naming their id.
    const bool single = ids.size() == 1;
    const OutputFormat::Kind kind = session.format().kind();
    if (!single && kind == OutputFormat::Kind::Csv)
        CsvWriter::writeRow(session.out(), outputname::deletionCsvColumns());
    const auto report = [&](int index, const BulkItem& item) {
        const QString& id = ids.at(index);
        if (item.state == BulkItem::State::Done) {
            if (single || kind == OutputFormat::Kind::Table)
                session.format().writeDeleted(session.out(), item.deletion);
            else if (kind == OutputFormat::Kind::Json)
                session.out() << QString::fromUtf8(QJsonDocument(item.deletion.toJson()).toJson(QJsonDocument::Compact))
                              << '\n';
            else
                CsvWriter::writeRow(session.out(), item.deletion.csvRow());
            session.out().flush();
            return;
        }
        if (single && item.state == BulkItem::State::Failed && item.error.isError()) {
            session.fail(item.error); // with the hints of any failed call (a token that was not sent)
            return;
        }
        QString line = BulkRunner::errorText(session, item);
        if (item.state == BulkItem::State::Unknown) {
            line = single ? tr("%1 - unknown whether %2 was deleted; it was not sent again.")
                                .arg(line, OutputFormat::escapeControls(id))
                          : tr("%1 - unknown whether it was deleted; it was not sent again.").arg(line);
        }
        session.err() << QCoreApplication::applicationName() << ": ";
        if (!single)
            session.err() << OutputFormat::escapeControls(id) << ": ";
        session.err() << line << Qt::endl;
    };
    return BulkRunner::run(session, BulkAction::Delete, ids, concurrency, report);
}
