// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/MessageBanner.h"

#include "widgets/UiStyle.h"

#include <QLabel>
#include <QVBoxLayout>

namespace Portico {

MessageBanner::MessageBanner(Kind kind, QWidget* parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_text(new QLabel(this))
{
    const QColor accent = kind == Kind::Error ? UiStyle::errorColor() : UiStyle::warningColor();
    QColor background = accent;
    background.setAlphaF(0.09f);
    setAttribute(Qt::WA_StyledBackground, true);
    // Object names are set by the owner after construction, so style by class rather than by name.
    setStyleSheet(QStringLiteral("Portico--MessageBanner { background-color: %1; border: 1px solid %2; "
                                 "border-left: 4px solid %2; border-radius: 6px; }")
                      .arg(background.name(QColor::HexArgb), accent.name()));

    UiStyle::makeHeading(m_title, 1);
    QPalette titlePalette = m_title->palette();
    titlePalette.setColor(QPalette::WindowText, accent);
    m_title->setPalette(titlePalette);
    m_title->setWordWrap(true);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setObjectName(QStringLiteral("bannerTextLabel"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 12);
    layout->setSpacing(4);
    layout->addWidget(m_title);
    layout->addWidget(m_text);
}

void MessageBanner::setTitle(const QString& title)
{
    m_title->setText(title);
}

void MessageBanner::setText(const QString& text)
{
    m_text->setText(text);
}

QString MessageBanner::title() const
{
    return m_title->text();
}

QString MessageBanner::text() const
{
    return m_text->text();
}

} // namespace Portico
