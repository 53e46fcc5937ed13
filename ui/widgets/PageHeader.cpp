// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/PageHeader.h"

#include "widgets/UiStyle.h"

#include <QLabel>
#include <QVBoxLayout>

namespace Portico {

PageHeader::PageHeader(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
{
    m_title->setObjectName(QStringLiteral("pageTitleLabel"));
    m_subtitle->setObjectName(QStringLiteral("pageSubtitleLabel"));
    UiStyle::makeHeading(m_title, 7);
    UiStyle::makeSecondary(m_subtitle);
    m_subtitle->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
}

void PageHeader::setTitle(const QString& title)
{
    m_title->setText(title);
}

void PageHeader::setSubtitle(const QString& subtitle)
{
    m_subtitle->setText(subtitle);
    m_subtitle->setVisible(!subtitle.isEmpty());
}

QString PageHeader::title() const
{
    return m_title->text();
}

} // namespace Portico
