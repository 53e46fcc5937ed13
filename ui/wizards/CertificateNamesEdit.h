// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;

namespace Portico {

// The host names and IP addresses a certificate is for, typed as a list and checked as the admin types, with
// the problem shown underneath. Object names: "<prefix>NamesLineEdit", "<prefix>NamesErrorLabel".
class CertificateNamesEdit : public QWidget
{
    Q_OBJECT

public:
    enum class Rule
    {
        NamesAndAddresses, // anything a certificate can hold
        PublicNamesOnly,   // ACME over HTTP-01: no wildcards, no IP addresses
    };

    CertificateNamesEdit(const QString& prefix, Rule rule, QWidget* parent = nullptr);

    QLineEdit* lineEdit() const { return m_edit; }
    QStringList names() const;
    void setNames(const QStringList& names);
    // No problem with the names (and at least one).
    bool isValid() const { return m_problem.isEmpty(); }
    // A problem found elsewhere (the store refused a name); cleared on the next edit.
    void setError(const QString& text);
    void setPlaceholderText(const QString& text);
    void retranslate();

    // "a.example.com, b.example.com" or one per line: the names, trimmed and without empties.
    static QStringList split(const QString& text);

Q_SIGNALS:
    void namesChanged();

private:
    void revalidate();

    Rule m_rule;
    bool m_edited = false;
    QString m_problem;
    QLineEdit* m_edit;
    QLabel* m_error;
};

} // namespace Portico
