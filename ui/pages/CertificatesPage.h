// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wizards/CertificateWizard.h"

#include <QHash>
#include <QWidget>

class QFrame;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace Portico {

class AcmeOutcome;
class CertificateDetailsDialog;
class CertificateTableModel;
class EmptyStateWidget;
class EngineEvent;
class EngineSession;
class LocalCaInstructionsDialog;
class PageHeader;

// The certificate store: every server certificate and pending request with its names, issuer, source, key,
// expiry (amber within a month, red within a week or once expired) and where it is used; the office's local CA
// on its own card; and the actions, live as the store, the config and the ACME renewals change.
class CertificatesPage : public QWidget
{
    Q_OBJECT

public:
    explicit CertificatesPage(EngineSession& session, QWidget* parent = nullptr);

    CertificateTableModel* model() const { return m_model; }
    // Selects the entry; false when it is not a row.
    bool selectEntry(const QString& id);
    QString selectedId() const;

    CertificateWizard* openWizard(int startPage = CertificateWizard::MethodPageId);
    CertificateDetailsDialog* openDetails();
    LocalCaInstructionsDialog* openLocalCaInstructions();
    // Starts an ACME renewal of the selected entry now; returns the order id, 0 when it is no ACME certificate.
    quint64 renewSelected();
    void confirmRemoveSelected();
    // The pending request's .csr, written to path; false (and why, on the page) on failure.
    bool saveRequest(const QString& id, const QString& path);
    // The CA's answer to a pending request, read from path; false (and why) when refused.
    bool importAnswer(const QString& id, const QString& path);
    // The message the page shows after an action ("Saved to …", a refusal); empty when none.
    QString statusText() const;

public Q_SLOTS:
    void refresh();

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslate();
    void refreshButtons();
    void refreshSelection();
    void refreshLocalCa();
    void onEvent(const EngineEvent& event);
    void onAcmeFinished(quint64 id, const AcmeOutcome& outcome);
    void chooseRequestFile();
    void chooseAnswerFile();
    void removeEntry(const QString& id);
    void showStatus(const QString& text, bool error);
    void showRefusal(const QString& title, const QString& text, const char* objectName);

    EngineSession& m_session;
    CertificateTableModel* m_model;
    // Renewals started here (order id -> entry name), so their outcome can be told.
    QHash<quint64, QString> m_renewals;
    PageHeader* m_header;
    QStackedWidget* m_stack;
    EmptyStateWidget* m_empty;
    QPushButton* m_newFirstButton;
    QPushButton* m_newButton;
    QPushButton* m_importButton;
    QPushButton* m_detailsButton;
    QPushButton* m_renewButton;
    QPushButton* m_downloadRequestButton;
    QPushButton* m_importAnswerButton;
    QPushButton* m_removeButton;
    QFrame* m_localCaFrame;
    QLabel* m_localCaTitle;
    QLabel* m_localCaStatus;
    QPushButton* m_exportLocalCaButton;
    QPushButton* m_createLocalCaButton;
    QTableView* m_table;
    QLabel* m_selection;
    QLabel* m_status;
    QLabel* m_directoryNote;
};

} // namespace Portico
