// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QFormLayout;
class QLabel;

namespace Portico {

class EngineSession;

// Everything the store knows about one entry: subject, names, issuer and chain, key, validity, fingerprints,
// where it is used and, for ACME certificates, the renewal state.
class CertificateDetailsDialog : public QDialog
{
    Q_OBJECT

public:
    CertificateDetailsDialog(EngineSession& session, const QString& id, QWidget* parent = nullptr);

    const QString& entryId() const { return m_id; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void refresh();
    void addRow(const QString& label, const QString& value, const char* objectName);

    EngineSession& m_session;
    QString m_id;
    QLabel* m_title;
    QLabel* m_subtitle;
    QFormLayout* m_form;
};

} // namespace Portico
