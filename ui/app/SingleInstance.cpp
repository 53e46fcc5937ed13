// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/SingleInstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLoggingCategory>
#include <QRegularExpression>

Q_LOGGING_CATEGORY(lcSingleInstance, "portico.ui.instance", QtInfoMsg)

namespace Portico {

namespace {

const QByteArray activateMessage = QByteArrayLiteral("activate\n");

} // namespace

SingleInstance::SingleInstance(QString key, QObject* parent)
    : QObject(parent)
    , m_key(std::move(key))
{}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::keyForConfig(const QString& configPath)
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    // Socket names become file names on Unix: keep them short and plain.
    user.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.-]")), QStringLiteral("_"));
    const QString path = QDir::cleanPath(QFileInfo(configPath).absoluteFilePath());
    const QByteArray hash = QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return QStringLiteral("portico-%1-%2").arg(user.left(32), QString::fromLatin1(hash));
}

bool SingleInstance::notifyRunningInstance(int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(m_key);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    socket.write(activateMessage);
    if (!socket.waitForBytesWritten(timeoutMs)) {
        qCWarning(lcSingleInstance).noquote() << "Cannot reach the running Portico:" << socket.errorString();
        return false;
    }
    socket.disconnectFromServer();
    return true;
}

bool SingleInstance::listen()
{
    if (!m_server) {
        m_server = new QLocalServer(this);
        m_server->setSocketOptions(QLocalServer::UserAccessOption);
        connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onNewConnection);
    }
    if (m_server->listen(m_key))
        return true;
    // Nobody answered before we got here, so a leftover socket is from an instance that crashed.
    QLocalServer::removeServer(m_key);
    if (m_server->listen(m_key))
        return true;
    qCWarning(lcSingleInstance).noquote()
        << "Cannot listen for other Portico launches on" << m_key << "-" << m_server->errorString();
    return false;
}

bool SingleInstance::isListening() const
{
    return m_server && m_server->isListening();
}

void SingleInstance::onNewConnection()
{
    while (QLocalSocket* socket = m_server->nextPendingConnection()) {
        const auto readMessages = [this, socket] {
            while (socket->canReadLine()) {
                if (socket->readLine() == activateMessage)
                    Q_EMIT activationRequested();
            }
        };
        connect(socket, &QLocalSocket::readyRead, this, readMessages);
        connect(socket, &QLocalSocket::disconnected, this, [socket, readMessages] {
            readMessages();
            socket->deleteLater();
        });
        readMessages();
    }
}

} // namespace Portico
