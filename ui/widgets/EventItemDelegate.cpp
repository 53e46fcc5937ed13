// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/EventItemDelegate.h"

#include "controller/EngineEvent.h"
#include "models/EventLogModel.h"
#include "text/EventText.h"
#include "widgets/UiStyle.h"

#include <QApplication>
#include <QPainter>

#include <algorithm>

namespace Portico {

namespace {

constexpr int horizontalPadding = 10;
constexpr int verticalPadding = 6;
constexpr int gap = 12;

QColor severityColor(EventSeverity severity, const QPalette& palette)
{
    switch (severity) {
    case EventSeverity::Warning:
        return UiStyle::warningColor();
    case EventSeverity::Error:
        return UiStyle::errorColor();
    case EventSeverity::Info:
        break;
    }
    return UiStyle::infoColor(palette);
}

} // namespace

int EventItemDelegate::timeColumnWidth(const QFontMetrics& metrics)
{
    return metrics.horizontalAdvance(QStringLiteral("00:00:00"));
}

int EventItemDelegate::severityColumnWidth(const QFontMetrics& metrics)
{
    int widest = 0;
    for (const EventSeverity severity : {EventSeverity::Info, EventSeverity::Warning, EventSeverity::Error})
        widest = std::max(widest, metrics.horizontalAdvance(EventText::severityName(severity)));
    return widest + 2 * horizontalPadding;
}

void EventItemDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    // Background, selection and focus come from the style; the text we draw ourselves.
    opt.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const QPalette& palette = option.palette;
    const QColor text = palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QFontMetrics metrics(option.font);
    const auto severity = static_cast<EventSeverity>(index.data(EventLogModel::SeverityRole).toInt());

    QRect rect = option.rect.adjusted(horizontalPadding, 0, -horizontalPadding, 0);
    painter->save();
    painter->setFont(option.font);

    const QString time = index.data(EventLogModel::TimeTextRole).toString();
    const QRect timeRect(rect.left(), rect.top(), timeColumnWidth(metrics), rect.height());
    painter->setPen(selected ? text : UiStyle::secondaryText(palette));
    painter->drawText(timeRect, Qt::AlignVCenter | Qt::AlignLeft, time);
    rect.setLeft(timeRect.right() + gap);

    const QString severityText = index.data(EventLogModel::SeverityTextRole).toString();
    const int tagWidth = severityColumnWidth(metrics);
    const QRect tagRect(rect.left(), rect.center().y() - metrics.height() / 2 - 2, tagWidth, metrics.height() + 4);
    const QColor accent = severityColor(severity, palette);
    QColor tagBackground = accent;
    tagBackground.setAlphaF(0.14f);
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setPen(Qt::NoPen);
    painter->setBrush(tagBackground);
    painter->drawRoundedRect(tagRect, 4, 4);
    painter->setPen(selected ? text : accent);
    painter->drawText(tagRect, Qt::AlignCenter, severityText);
    rect.setLeft(tagRect.right() + gap);

    painter->setPen(text);
    const QString message = index.data(Qt::DisplayRole).toString();
    painter->drawText(rect, Qt::AlignVCenter | Qt::AlignLeft,
                      metrics.elidedText(message, Qt::ElideRight, rect.width()));
    painter->restore();
}

QSize EventItemDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QFontMetrics metrics(option.font);
    const QString message = index.data(Qt::DisplayRole).toString();
    const int width = 2 * horizontalPadding + timeColumnWidth(metrics) + severityColumnWidth(metrics) + 2 * gap +
                      metrics.horizontalAdvance(message);
    return QSize(width, metrics.height() + 2 * verticalPadding + 4);
}

} // namespace Portico
