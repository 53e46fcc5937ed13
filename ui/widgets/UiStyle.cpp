// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/UiStyle.h"

#include <QApplication>
#include <QFrame>
#include <QLabel>
#include <QPalette>
#include <QVariant>

namespace Portico {

namespace {

// Marks what makeSecondary() and makeCard() styled, so refreshAll() can style it again.
const char* const secondaryProperty = "porticoSecondaryText";
const char* const cardProperty = "porticoCard";

QColor blend(const QColor& a, const QColor& b, double weightOfA)
{
    const double w = weightOfA;
    return QColor::fromRgbF(static_cast<float>(a.redF() * w + b.redF() * (1 - w)),
                            static_cast<float>(a.greenF() * w + b.greenF() * (1 - w)),
                            static_cast<float>(a.blueF() * w + b.blueF() * (1 - w)));
}

struct SchemeColours
{
    QColor window, windowText, base, alternateBase, button, text, disabledText, highlight, highlightedText, link,
        linkVisited, placeholder, toolTipBase, toolTipText;
};

// Chosen for a contrast of at least 4.5:1 of text on window and base (WCAG AA), disabled text 3:1.
SchemeColours coloursFor(ColorScheme scheme)
{
    if (scheme == ColorScheme::Dark)
        return {QColor(0x23, 0x24, 0x28), QColor(0xe6, 0xe6, 0xe6), QColor(0x1b, 0x1c, 0x1f), QColor(0x26, 0x28, 0x2c),
                QColor(0x33, 0x35, 0x3a), QColor(0xe6, 0xe6, 0xe6), QColor(0x84, 0x86, 0x8a), QColor(0x35, 0x74, 0xd4),
                QColor(0xff, 0xff, 0xff), QColor(0x7c, 0xb7, 0xff), QColor(0xc5, 0xa3, 0xff), QColor(0x95, 0x97, 0x9c),
                QColor(0x3a, 0x3d, 0x42), QColor(0xf0, 0xf0, 0xf0)};
    return {QColor(0xf4, 0xf4, 0xf6), QColor(0x1c, 0x1c, 0x1e), QColor(0xff, 0xff, 0xff), QColor(0xf5, 0xf6, 0xf8),
            QColor(0xec, 0xec, 0xef), QColor(0x1c, 0x1c, 0x1e), QColor(0x8a, 0x8a, 0x8e), QColor(0x2f, 0x6f, 0xd0),
            QColor(0xff, 0xff, 0xff), QColor(0x1a, 0x5f, 0xb4), QColor(0x6b, 0x3f, 0xa0), QColor(0x6e, 0x6e, 0x73),
            QColor(0xff, 0xff, 0xdc), QColor(0x1c, 0x1c, 0x1e)};
}

QString cardStyleSheet(QFrame* frame)
{
    const QColor border = UiStyle::cardBorder(frame->palette());
    return QStringLiteral("#%1 { background-color: palette(base); border: 1px solid %2; border-radius: 8px; }")
        .arg(frame->objectName(), border.name());
}

void applySecondary(QLabel* label)
{
    // From the inherited palette, not the label's own: that already holds the previous grey.
    label->setPalette(QPalette());
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, UiStyle::secondaryText(palette));
    label->setPalette(palette);
}

} // namespace

QPalette UiStyle::palette(ColorScheme scheme)
{
    const SchemeColours c = coloursFor(scheme);
    const bool dark = scheme == ColorScheme::Dark;
    QPalette p(c.button, c.window);
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        const bool disabled = group == QPalette::Disabled;
        const QColor text = disabled ? c.disabledText : c.text;
        p.setColor(group, QPalette::Window, c.window);
        p.setColor(group, QPalette::WindowText, disabled ? c.disabledText : c.windowText);
        p.setColor(group, QPalette::Base, c.base);
        p.setColor(group, QPalette::AlternateBase, c.alternateBase);
        p.setColor(group, QPalette::Text, text);
        p.setColor(group, QPalette::Button, c.button);
        p.setColor(group, QPalette::ButtonText, text);
        p.setColor(group, QPalette::BrightText, dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e));
        p.setColor(group, QPalette::Light, dark ? c.button.lighter(140) : QColor(0xff, 0xff, 0xff));
        p.setColor(group, QPalette::Midlight, dark ? c.button.lighter(120) : c.button.lighter(104));
        p.setColor(group, QPalette::Mid, dark ? c.button.darker(120) : c.button.darker(130));
        p.setColor(group, QPalette::Dark, dark ? c.base.darker(130) : c.button.darker(160));
        p.setColor(group, QPalette::Shadow, dark ? QColor(0, 0, 0) : QColor(0x76, 0x76, 0x76));
        p.setColor(group, QPalette::Highlight, disabled ? c.disabledText : c.highlight);
        p.setColor(group, QPalette::HighlightedText, c.highlightedText);
        p.setColor(group, QPalette::Link, c.link);
        p.setColor(group, QPalette::LinkVisited, c.linkVisited);
        p.setColor(group, QPalette::PlaceholderText, c.placeholder);
        p.setColor(group, QPalette::ToolTipBase, c.toolTipBase);
        p.setColor(group, QPalette::ToolTipText, c.toolTipText);
    }
    return p;
}

bool UiStyle::isDark(const QPalette& palette)
{
    return qGray(palette.color(QPalette::Window).rgb()) < 128;
}

QColor UiStyle::secondaryText(const QPalette& palette)
{
    return blend(palette.color(QPalette::WindowText), palette.color(QPalette::Window), 0.62);
}

QColor UiStyle::indicatorOutline(const QPalette& palette)
{
    return blend(palette.color(QPalette::WindowText), palette.color(QPalette::Window), 0.45);
}

QColor UiStyle::cardBorder(const QPalette& palette)
{
    return blend(palette.color(QPalette::WindowText), palette.color(QPalette::Window), 0.16);
}

QColor UiStyle::infoColor(const QPalette& palette)
{
    return secondaryText(palette);
}

QColor UiStyle::warningColor(const QPalette& palette)
{
    return isDark(palette) ? QColor(0xf2, 0xb8, 0x4b) : QColor(0x8a, 0x53, 0x00);
}

QColor UiStyle::errorColor(const QPalette& palette)
{
    return isDark(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e);
}

QColor UiStyle::successColor(const QPalette& palette)
{
    return isDark(palette) ? QColor(0x5f, 0xd3, 0x8d) : QColor(0x1b, 0x7a, 0x3e);
}

QColor UiStyle::warningColor()
{
    return warningColor(QApplication::palette());
}

QColor UiStyle::errorColor()
{
    return errorColor(QApplication::palette());
}

QColor UiStyle::successColor()
{
    return successColor(QApplication::palette());
}

QColor UiStyle::healthColor(BackendHealth health, const QPalette& palette)
{
    switch (health) {
    case BackendHealth::Up:
        return successColor(palette);
    case BackendHealth::Down:
        return errorColor(palette);
    case BackendHealth::Ejected:
        return warningColor(palette);
    case BackendHealth::Unchecked:
        break;
    }
    return secondaryText(palette);
}

void UiStyle::makeSecondary(QLabel* label)
{
    label->setProperty(secondaryProperty, true);
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
    frame->setProperty(cardProperty, true);
    frame->setFrameShape(QFrame::NoFrame);
    frame->setAutoFillBackground(false);
    frame->setAttribute(Qt::WA_StyledBackground, true);
    frame->setStyleSheet(cardStyleSheet(frame));
}

void UiStyle::refreshAll()
{
    const QWidgetList widgets = QApplication::allWidgets();
    for (QWidget* widget : widgets) {
        if (widget->property(cardProperty).toBool()) {
            if (auto* frame = qobject_cast<QFrame*>(widget))
                frame->setStyleSheet(cardStyleSheet(frame));
        }
    }
    for (QWidget* widget : widgets) {
        if (widget->property(secondaryProperty).toBool()) {
            if (auto* label = qobject_cast<QLabel*>(widget))
                applySecondary(label);
        }
    }
}

} // namespace Portico
