// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizards/CertificateNamesEdit.h"

#include "text/CertificateText.h"
#include "tls/CertificateNames.h"
#include "wizards/FieldErrorMap.h"

#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace Portico {

CertificateNamesEdit::CertificateNamesEdit(const QString& prefix, Rule rule, QWidget* parent)
    : QWidget(parent)
    , m_rule(rule)
    , m_edit(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    m_edit->setObjectName(prefix + QStringLiteral("NamesLineEdit"));
    m_edit->setClearButtonEnabled(true);
    m_error->setObjectName(prefix + QStringLiteral("NamesErrorLabel"));
    FieldErrorMap::styleErrorLabel(m_error);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(3);
    layout->addWidget(m_edit);
    layout->addWidget(m_error);
    connect(m_edit, &QLineEdit::textEdited, this, [this] { m_edited = true; });
    connect(m_edit, &QLineEdit::textChanged, this, [this] {
        revalidate();
        Q_EMIT namesChanged();
    });
    revalidate();
}

QStringList CertificateNamesEdit::split(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

QStringList CertificateNamesEdit::names() const
{
    return split(m_edit->text());
}

void CertificateNamesEdit::setNames(const QStringList& names)
{
    m_edit->setText(names.join(QStringLiteral(", ")));
}

void CertificateNamesEdit::setPlaceholderText(const QString& text)
{
    m_edit->setPlaceholderText(text);
}

void CertificateNamesEdit::setError(const QString& text)
{
    FieldErrorMap::setError(m_error, text);
}

void CertificateNamesEdit::retranslate()
{
    revalidate();
}

void CertificateNamesEdit::revalidate()
{
    const QStringList names = this->names();
    QStringList dnsNames;
    QStringList ipAddresses;
    m_problem.clear();
    if (const std::optional<CertificateError> error = CertificateNames::split(names, dnsNames, ipAddresses))
        m_problem = CertificateText::error(*error);
    if (m_problem.isEmpty() && m_rule == Rule::PublicNamesOnly) {
        for (const QString& name : dnsNames) {
            if (name.startsWith(QLatin1String("*."))) {
                m_problem = tr("%1 is a wildcard name. Let's Encrypt checks those only through DNS records, which "
                               "Portico cannot do: list the exact names instead.")
                                .arg(name);
                break;
            }
        }
        if (m_problem.isEmpty() && !ipAddresses.isEmpty())
            m_problem = tr("%1 is an IP address. Public certificate authorities issue for names only; use the local "
                           "CA for addresses.")
                            .arg(ipAddresses.first());
    }
    // An untouched empty field is not a mistake yet.
    const bool quiet = !m_edited && names.isEmpty();
    FieldErrorMap::setError(m_error, quiet ? QString() : m_problem);
}

} // namespace Portico
