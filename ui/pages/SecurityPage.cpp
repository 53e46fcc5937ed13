// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/SecurityPage.h"

#include "widgets/EmptyStateWidget.h"
#include "widgets/PageHeader.h"
#include "widgets/UiStyle.h"

#include <QEvent>
#include <QVBoxLayout>

namespace Portico {

SecurityPage::SecurityPage(QWidget* parent)
    : QWidget(parent)
    , m_header(new PageHeader(this))
    , m_empty(new EmptyStateWidget(this))
{
    setObjectName(QStringLiteral("securityPage"));
    m_empty->setObjectName(QStringLiteral("securityEmptyState"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(UiStyle::pageMargin, UiStyle::pageMargin, UiStyle::pageMargin, UiStyle::pageMargin);
    layout->setSpacing(UiStyle::sectionSpacing);
    layout->addWidget(m_header);
    layout->addWidget(m_empty, 1);
    retranslate();
}

void SecurityPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SecurityPage::retranslate()
{
    m_header->setTitle(tr("Security"));
    m_header->setSubtitle(tr("Who may reach your sites, and how often."));
    m_empty->setTitle(tr("Security rules are not available yet"));
    m_empty->setDescription(tr(
        "This page will hold access rules, rate limits and blocked addresses. This version of Portico applies none of "
        "them; it only refuses requests whose headers are larger than the limits in the configuration file allow."));
}

} // namespace Portico
