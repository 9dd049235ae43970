#include "cli/commands/deletecommand.h"

#include "cli/commands/bulkrunner.h"
#include "cli/exitcode.h"
#include "cli/optionnames.h"
#include "cli/session.h"

#include "core/net/apiclient.h"
#include "core/wire/wirekeys.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QTextStream>

#include <optional>
#include <vector>

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
                  "sent. With several ids, --output json prints one JSON object per line, a refusal goes to "
                  "stderr naming its id, and the exit status is the worst of all.");
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

    if (ids.size() == 1) {
        const QString& id = ids.constFirst();
        const Session::CallResult result = session.wait(session.client().deleteConnector(id));
        if (!result.ok())
            return session.fail(result.error);
        session.format().writeDeleted(session.out(), result.answer.deletion(id));
        return exitcode::Ok;
    }

    // Several: one line each, in the order given; the table's lines are those of a single delete.
    std::vector<Session::CallResult> results(size_t(ids.size()));
    const OutputFormat::Kind kind = session.format().kind();
    const auto csvRow = [&session](const QStringList& fields) {
        QStringList quoted;
        for (const QString& field : fields)
            quoted.append(OutputFormat::csvField(field));
        session.out() << quoted.join(QLatin1Char(',')) << "\r\n";
    };
    if (kind == OutputFormat::Kind::Csv)
        csvRow(outputname::deletionCsvColumns());
    const auto start = [&](int index, const QString& id, const BulkRunner::Done& done) {
        ApiReply* reply = session.client().deleteConnector(id);
        QObject::connect(reply, &ApiReply::finished, reply, [&results, index, reply, done] {
            Session::CallResult& result = results[size_t(index)];
            result.error = reply->error();
            result.answer = reply->answer();
            result.httpStatus = reply->httpStatus();
            done(exitcode::forError(result.error));
        });
    };
    const auto report = [&](int index) {
        const QString& id = ids.at(index);
        const Session::CallResult& result = results[size_t(index)];
        if (!result.ok()) {
            session.err() << QCoreApplication::applicationName() << ": " << OutputFormat::escapeControls(id) << ": "
                          << session.redact(result.error.toString()) << Qt::endl;
            return;
        }
        const DeletionAccepted accepted = result.answer.deletion(id);
        if (kind == OutputFormat::Kind::Json)
            session.out() << QString::fromUtf8(QJsonDocument(accepted.toJson()).toJson(QJsonDocument::Compact)) << '\n';
        else if (kind == OutputFormat::Kind::Csv)
            csvRow(accepted.csvRow());
        else
            session.format().writeDeleted(session.out(), accepted);
        session.out().flush();
    };
    return BulkRunner::run(ids, concurrency, start, report);
}
