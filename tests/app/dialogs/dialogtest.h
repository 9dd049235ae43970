#pragma once

// Helpers shared by the dialog tests: finding widgets by object name, and fetching an instance the
// way the main window holds it (a full GET answer in the server's dialect). Their instances go
// straight into the dev server's store, with only the fields each test gives (ConnectorStore's names).

#include "testserver.h"
#include "testsettings.h"

#include "core/model/connectorinstance.h"
#include "core/net/apiclient.h"
#include "core/wire/pagination.h"
#include "devserver/connectorstore.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QWidget>

#include <optional>

// Declares `var` as the child of `parent` named `name`, failing the test when there is none.
#define FIND_CHILD(Type, var, parent, name)                                                                            \
    auto* var = (parent)->findChild<Type*>(QStringLiteral(name));                                                      \
    QVERIFY2(var, "no child named " name)

namespace dialogtest {

// The offscreen platform warns each time a window's size hints change (wrapped messages change the
// dialogs' minimum height): that one message is noise in these tests; every other one is kept.
inline void silenceOffscreenSizeHintWarnings()
{
    static QtMessageHandler previous = nullptr;
    previous = qInstallMessageHandler([](QtMsgType type, const QMessageLogContext& context, const QString& message) {
        if (type == QtWarningMsg && message == QLatin1String("This plugin does not support propagateSizeHints()"))
            return;
        if (previous)
            previous(type, context, message);
    });
}

inline devserver::Dialect dialectOf(bool pipesHub)
{
    return pipesHub ? devserver::Dialect::PipesHub : devserver::Dialect::Published;
}

// What a real double click delivers to a widget: press, release, double-click, release. (QTest's
// mouseDClick alone sends only the double-click event, which a button does not take as a click.)
inline void doubleClick(QWidget* widget)
{
    QTest::mousePress(widget, Qt::LeftButton);
    QTest::mouseRelease(widget, Qt::LeftButton);
    QTest::mouseDClick(widget, Qt::LeftButton);
    QTest::mouseRelease(widget, Qt::LeftButton);
}

// The instance as GET /connectors/{id} describes it, in the server's own dialect.
inline std::optional<ConnectorInstance> fetch(TestServer& ts, const QString& id)
{
    ApiReply* reply = ts.client->getConnector(id);
    QSignalSpy finished(reply, &ApiReply::finished);
    if (!finished.wait(5000) || reply->hasError())
        return std::nullopt;
    const auto object = decode::connectorObject(reply->json(), nullptr);
    if (!object)
        return std::nullopt;
    return ConnectorInstance::fromJson(*object);
}

} // namespace dialogtest
