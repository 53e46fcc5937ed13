// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/BackendConfig.h"
#include "stats/HealthCheckResult.h"
#include "wizards/FieldErrorMap.h"

#include <QHash>
#include <QPointer>
#include <QWizardPage>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace Portico {

class BackendRowWidget;
class SiteWizard;

// Step 2: the servers that run the application, each with a Test button that asks Portico's
// engine to connect and fetch a page the way a health check would.
class SiteBackendsPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit SiteBackendsPage(SiteWizard* wizard);

    void initializePage() override;
    bool isComplete() const override;

    void addBackend();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    BackendRowWidget* addRow(const BackendConfig& backend);
    void removeRow(BackendRowWidget* row);
    void testRow(BackendRowWidget* row);
    void onProbeFinished(quint64 id, const HealthCheckResult& result);
    void pushBackends();
    void revalidate();

    SiteWizard* m_wizard;
    bool m_valid = false;
    FieldErrorMap m_errors;
    QList<BackendRowWidget*> m_rows;
    QHash<quint64, QPointer<BackendRowWidget>> m_probes;

    QLabel* m_intro;
    QVBoxLayout* m_rowsLayout;
    QPushButton* m_addButton;
    QLabel* m_pageError;
};

} // namespace Portico
