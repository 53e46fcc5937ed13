// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/StatTile.h"

#include "widgets/UiStyle.h"

#include <QLabel>
#include <QVBoxLayout>

namespace Portico {

StatTile::StatTile(const QString& name, QWidget* parent)
    : QFrame(parent)
    , m_caption(new QLabel(this))
    , m_value(new QLabel(this))
    , m_detail(new QLabel(this))
{
    setObjectName(name + QStringLiteral("Tile"));
    m_value->setObjectName(name + QStringLiteral("ValueLabel"));
    UiStyle::makeCard(this);
    UiStyle::makeSecondary(m_caption);
    UiStyle::makeSecondary(m_detail);
    UiStyle::makeHeading(m_value, 6);
    // The listener tile shows addresses as links that open in the browser.
    m_value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    m_value->setOpenExternalLinks(true);
    m_value->setWordWrap(true);
    m_detail->setVisible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->setSpacing(2);
    layout->addWidget(m_caption);
    layout->addWidget(m_value);
    layout->addWidget(m_detail);
    layout->addStretch();
    m_caption->setWordWrap(true);
    m_detail->setWordWrap(true);
    // Tiles in a row share the width evenly and take the height of the tallest one.
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    setMinimumWidth(120);
}

void StatTile::setCaption(const QString& caption)
{
    m_caption->setText(caption);
}

void StatTile::setValue(const QString& value)
{
    m_value->setText(value);
}

void StatTile::setDetail(const QString& detail)
{
    m_detail->setText(detail);
    m_detail->setVisible(!detail.isEmpty());
}

void StatTile::setValueColor(const QColor& color)
{
    if (!color.isValid()) {
        m_value->setPalette(QPalette());
        return;
    }
    QPalette palette = m_value->palette();
    palette.setColor(QPalette::WindowText, color);
    m_value->setPalette(palette);
}

QString StatTile::value() const
{
    return m_value->text();
}

} // namespace Portico
