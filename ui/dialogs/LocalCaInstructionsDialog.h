// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tls/CertificateStore.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTabWidget;

namespace Portico {

class EngineSession;

// Saves the local CA's certificate (never its key) and explains, in plain steps, how to make Windows, macOS,
// Linux, Firefox, Android and iOS trust it, so browsers accept the certificates it issues.
class LocalCaInstructionsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LocalCaInstructionsDialog(EngineSession& session, QWidget* parent = nullptr);

    // Writes the CA certificate to path; false (and the reason shown) on failure.
    bool saveCertificate(const QString& path, CertificateStore::ExportFormat format);
    // "portico-local-ca.crt" or ".cer".
    static QString defaultFileName(CertificateStore::ExportFormat format);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void chooseFileAndSave(CertificateStore::ExportFormat format);
    void showStatus(const QString& text, bool error);

    EngineSession& m_session;
    QLabel* m_intro;
    QLabel* m_caSummary;
    QPushButton* m_savePemButton;
    QPushButton* m_saveDerButton;
    QLabel* m_status;
    QTabWidget* m_tabs;
    QList<QLabel*> m_steps;
};

} // namespace Portico
