// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/LogsPage.h"

#include "models/EventLogModel.h"
#include "widgets/EventItemDelegate.h"
#include "widgets/PageHeader.h"
#include "widgets/UiStyle.h"

#include <QEvent>
#include <QLabel>
#include <QListView>
#include <QVBoxLayout>

namespace Portico {

LogsPage::LogsPage(EventLogModel* events, QWidget* parent)
    : QWidget(parent)
    , m_events(events)
    , m_header(new PageHeader(this))
    , m_view(new QListView(this))
    , m_countLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("logsPage"));
    m_view->setObjectName(QStringLiteral("eventLogView"));
    m_view->setModel(events);
    m_view->setItemDelegate(new EventItemDelegate(m_view));
    m_view->setUniformItemSizes(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_countLabel->setObjectName(QStringLiteral("eventCountLabel"));
    UiStyle::makeSecondary(m_countLabel);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(UiStyle::pageMargin, UiStyle::pageMargin, UiStyle::pageMargin, UiStyle::pageMargin);
    layout->setSpacing(UiStyle::sectionSpacing);
    layout->addWidget(m_header);
    auto* listLayout = new QVBoxLayout();
    listLayout->setSpacing(6);
    listLayout->addWidget(m_view, 1);
    listLayout->addWidget(m_countLabel);
    layout->addLayout(listLayout, 1);

    connect(events, &QAbstractItemModel::rowsInserted, this, &LogsPage::refreshCount);
    connect(events, &QAbstractItemModel::rowsRemoved, this, &LogsPage::refreshCount);
    connect(events, &QAbstractItemModel::modelReset, this, &LogsPage::refreshCount);
    retranslate();
}

void LogsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LogsPage::retranslate()
{
    m_header->setTitle(tr("Logs"));
    m_header->setSubtitle(tr("What the engine reported since Portico started, newest first."));
    refreshCount();
}

void LogsPage::refreshCount()
{
    m_countLabel->setText(tr("%n event(s). Portico keeps the newest %1 while it runs; a log of individual requests "
                             "comes in a later version.",
                             nullptr, m_events->rowCount())
                              .arg(EventLogModel::maxEvents));
}

} // namespace Portico
