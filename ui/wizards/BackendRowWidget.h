// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/BackendConfig.h"
#include "stats/HealthCheckResult.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTimer;

namespace Portico {

// One server in the wizard's list: host, port and weight, a Test button with its answer, and the
// validator's message for this server.
class BackendRowWidget : public QWidget
{
    Q_OBJECT

public:
    // The backend's other settings (limits, backup, admin state) are kept as they are.
    explicit BackendRowWidget(const BackendConfig& backend, QWidget* parent = nullptr);

    BackendConfig backend() const;
    QLabel* errorLabel() const { return m_error; }
    // Whether the admin typed in the host field: a blank row just added is not yet an error.
    bool hostEdited() const { return m_hostEdited; }
    void setRemovable(bool removable);

    // The Test button was pressed: the page sends the probe and reports back here.
    void setTesting(int timeoutMs);
    void setTestResult(const HealthCheckResult& result);
    void setTestUnavailable(const QString& reason);

Q_SIGNALS:
    void changed();
    void testRequested();
    void removeRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void onTestTimedOut();

    BackendConfig m_backend;
    bool m_hostEdited = false;
    QLabel* m_hostLabel;
    QLineEdit* m_host;
    QLabel* m_portLabel;
    QSpinBox* m_port;
    QLabel* m_weightLabel;
    QSpinBox* m_weight;
    QPushButton* m_test;
    QPushButton* m_remove;
    QLabel* m_result;
    QLabel* m_error;
    QTimer* m_testTimeout;
};

} // namespace Portico
