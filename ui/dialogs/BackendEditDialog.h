// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/Config.h"
#include "wizards/FieldErrorMap.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace Portico {

class EngineSession;

// Edits one backend of a pool: address, weight, connection limit and backup flag, validated as
// the admin types; Save applies and saves the change through the session.
class BackendEditDialog : public QDialog
{
    Q_OBJECT

public:
    BackendEditDialog(EngineSession& session, int poolIndex, int backendIndex, QWidget* parent = nullptr);

    Config candidate() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void revalidate();
    void save();

    EngineSession& m_session;
    Config m_base;
    int m_poolIndex;
    int m_backendIndex;
    FieldErrorMap m_errors;

    QLabel* m_intro;
    QLabel* m_hostLabel;
    QLineEdit* m_host;
    QLabel* m_hostError;
    QLabel* m_portLabel;
    QSpinBox* m_port;
    QLabel* m_portError;
    QLabel* m_weightLabel;
    QSpinBox* m_weight;
    QLabel* m_weightError;
    QLabel* m_maxConnectionsLabel;
    QSpinBox* m_maxConnections;
    QLabel* m_maxConnectionsError;
    QCheckBox* m_backup;
    QLabel* m_backupError;
    QLabel* m_generalError;
    QPushButton* m_saveButton;
    QPushButton* m_cancelButton;
};

} // namespace Portico
