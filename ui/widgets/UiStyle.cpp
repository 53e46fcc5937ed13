// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/UiStyle.h"

#include <QFrame>
#include <QLabel>
#include <QPalette>

namespace Portico {

namespace {

QColor blend(const QColor& a, const QColor& b, double weightOfA)
{
    const double w = weightOfA;
    return QColor::fromRgbF(static_cast<float>(a.redF() * w + b.redF() * (1 - w)),
                            static_cast<float>(a.greenF() * w + b.greenF() * (1 - w)),
                            static_cast<float>(a.blueF() * w + b.blueF() * (1 - w)));
}

} // namespace

QColor UiStyle::secondaryText(const QPalette& palette)
{
    return blend(palette.color(QPalette::WindowText), palette.color(QPalette::Window), 0.62);
}

QColor UiStyle::cardBorder(const QPalette& palette)
{
    return blend(palette.color(QPalette::WindowText), palette.color(QPalette::Window), 0.16);
}

QColor UiStyle::infoColor(const QPalette& palette)
{
    return secondaryText(palette);
}

QColor UiStyle::warningColor()
{
    return QColor(0xb4, 0x6a, 0x00);
}

QColor UiStyle::errorColor()
{
    return QColor(0xc0, 0x2b, 0x2b);
}

QColor UiStyle::successColor()
{
    return QColor(0x1f, 0x8a, 0x4c);
}

void UiStyle::makeSecondary(QLabel* label)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, secondaryText(palette));
    label->setPalette(palette);
}

void UiStyle::makeHeading(QLabel* label, int pointDelta)
{
    QFont font = label->font();
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() + pointDelta);
    font.setBold(true);
    label->setFont(font);
}

void UiStyle::makeCard(QFrame* frame)
{
    frame->setFrameShape(QFrame::NoFrame);
    frame->setAutoFillBackground(false);
    frame->setAttribute(Qt::WA_StyledBackground, true);
    const QColor border = cardBorder(frame->palette());
    frame->setStyleSheet(QStringLiteral("#%1 { background-color: palette(base); border: 1px solid %2; "
                                        "border-radius: 8px; }")
                             .arg(frame->objectName(), border.name()));
}

} // namespace Portico
