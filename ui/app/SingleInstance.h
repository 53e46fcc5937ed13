// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

class QLocalServer;

namespace Portico {

// Keeps one Portico window per user and config file: a second launch asks the first to show
// itself and exits. The key holds the user name and a hash of the config path, so instances
// with different configs (parallel tests, say) never see each other.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    explicit SingleInstance(QString key, QObject* parent = nullptr);
    ~SingleInstance() override;

    static QString keyForConfig(const QString& configPath);
    const QString& key() const { return m_key; }

    // True when an instance with this key is running and received the request to show itself.
    bool notifyRunningInstance(int timeoutMs = 2000);
    // Starts answering later launches; false (and a warning) when the name cannot be taken.
    bool listen();
    bool isListening() const;

Q_SIGNALS:
    void activationRequested();

private:
    void onNewConnection();

    QString m_key;
    QLocalServer* m_server = nullptr;
};

} // namespace Portico
