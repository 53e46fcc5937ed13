// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/EmptyStateWidget.h"

#include "widgets/UiStyle.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace Portico {

EmptyStateWidget::EmptyStateWidget(QWidget* parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_title(new QLabel(this))
    , m_description(new QLabel(this))
    , m_actions(new QVBoxLayout())
{
    m_title->setObjectName(QStringLiteral("emptyStateTitleLabel"));
    m_description->setObjectName(QStringLiteral("emptyStateDescriptionLabel"));

    // The app icon, faded: a friendly mark without pretending to be a picture of the feature.
    const QPixmap icon = QIcon(QStringLiteral(":/icons/portico.svg")).pixmap(QSize(72, 72), QIcon::Disabled);
    m_icon->setPixmap(icon);
    m_icon->setAlignment(Qt::AlignCenter);
    m_icon->setVisible(!icon.isNull());

    UiStyle::makeHeading(m_title, 4);
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);
    m_description->setAlignment(Qt::AlignCenter);
    m_description->setWordWrap(true);
    m_description->setTextInteractionFlags(Qt::TextSelectableByMouse);
    UiStyle::makeSecondary(m_description);
    m_actions->setSpacing(8);

    // A readable column in the middle; word-wrapped labels must not carry a layout alignment,
    // or they get a one-line height.
    auto* column = new QWidget(this);
    column->setMaximumWidth(600);
    auto* columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->setSpacing(12);
    columnLayout->addWidget(m_icon, 0, Qt::AlignHCenter);
    columnLayout->addWidget(m_title);
    columnLayout->addWidget(m_description);
    columnLayout->addSpacing(4);
    columnLayout->addLayout(m_actions);

    auto* row = new QHBoxLayout();
    row->addStretch(1);
    row->addWidget(column, 10);
    row->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addStretch(2);
    layout->addLayout(row);
    layout->addStretch(3);
}

void EmptyStateWidget::setTitle(const QString& title)
{
    m_title->setText(title);
}

void EmptyStateWidget::setDescription(const QString& description)
{
    m_description->setText(description);
}

void EmptyStateWidget::addAction(QWidget* widget)
{
    m_actions->addWidget(widget, 0, Qt::AlignHCenter);
}

QString EmptyStateWidget::title() const
{
    return m_title->text();
}

QString EmptyStateWidget::description() const
{
    return m_description->text();
}

} // namespace Portico
