// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/PorticoStyle.h"

#include "widgets/UiStyle.h"

#include <QPainter>
#include <QStyleFactory>
#include <QStyleOption>

namespace Portico {

PorticoStyle::PorticoStyle()
    : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion")))
{}

void PorticoStyle::drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                                 const QWidget* widget) const
{
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    const bool indicator = element == PE_IndicatorRadioButton || element == PE_IndicatorCheckBox;
    if (!indicator || !UiStyle::isDark(option->palette))
        return;
    const bool enabled = option->state & State_Enabled;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setBrush(Qt::NoBrush);
    painter->setPen(
        QPen(enabled ? UiStyle::indicatorOutline(option->palette) : UiStyle::cardBorder(option->palette), 1.0));
    // The same shapes Fusion draws, half a pixel in so the line is crisp.
    const QRectF shape = QRectF(option->rect).adjusted(1.5, 1.5, -1.5, -1.5);
    if (element == PE_IndicatorRadioButton)
        painter->drawEllipse(shape);
    else
        painter->drawRoundedRect(shape, 1.5, 1.5);
    painter->restore();
}

} // namespace Portico
