// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/CachePage.h"

#include "widgets/EmptyStateWidget.h"
#include "widgets/PageHeader.h"
#include "widgets/UiStyle.h"

#include <QEvent>
#include <QVBoxLayout>

namespace Portico {

CachePage::CachePage(QWidget* parent)
    : QWidget(parent)
    , m_header(new PageHeader(this))
    , m_empty(new EmptyStateWidget(this))
{
    setObjectName(QStringLiteral("cachePage"));
    m_empty->setObjectName(QStringLiteral("cacheEmptyState"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(UiStyle::pageMargin, UiStyle::pageMargin, UiStyle::pageMargin, UiStyle::pageMargin);
    layout->setSpacing(UiStyle::sectionSpacing);
    layout->addWidget(m_header);
    layout->addWidget(m_empty, 1);
    retranslate();
}

void CachePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CachePage::retranslate()
{
    m_header->setTitle(tr("Cache"));
    m_header->setSubtitle(tr("Responses Portico keeps so that backends do not have to send them again."));
    m_empty->setTitle(tr("Caching is not available yet"));
    m_empty->setDescription(tr("This page will show how much the cache holds, how often it answers requests, and let "
                               "you empty it. This version of Portico caches nothing."));
}

} // namespace Portico
