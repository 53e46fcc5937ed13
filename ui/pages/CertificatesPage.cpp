// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/CertificatesPage.h"

#include "widgets/EmptyStateWidget.h"
#include "widgets/PageHeader.h"
#include "widgets/UiStyle.h"

#include <QEvent>
#include <QVBoxLayout>

namespace Portico {

CertificatesPage::CertificatesPage(QWidget* parent)
    : QWidget(parent)
    , m_header(new PageHeader(this))
    , m_empty(new EmptyStateWidget(this))
{
    setObjectName(QStringLiteral("certificatesPage"));
    m_empty->setObjectName(QStringLiteral("certificatesEmptyState"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(UiStyle::pageMargin, UiStyle::pageMargin, UiStyle::pageMargin, UiStyle::pageMargin);
    layout->setSpacing(UiStyle::sectionSpacing);
    layout->addWidget(m_header);
    layout->addWidget(m_empty, 1);
    retranslate();
}

void CertificatesPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CertificatesPage::retranslate()
{
    m_header->setTitle(tr("Certificates"));
    m_header->setSubtitle(tr("TLS certificates that let your sites use HTTPS."));
    m_empty->setTitle(tr("Certificates are not available yet"));
    m_empty->setDescription(
        tr("This page will list the certificates of your sites, whether imported or obtained automatically, with their "
           "expiry dates. This version of Portico serves plain HTTP only and keeps no certificates."));
}

} // namespace Portico
