// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;

namespace Portico {

// One figure on the dashboard: a caption, the value and an optional detail line.
class StatTile : public QFrame
{
    Q_OBJECT

public:
    // name gives the object names: "<name>Tile" and "<name>ValueLabel" (for tests).
    explicit StatTile(const QString& name, QWidget* parent = nullptr);

    void setCaption(const QString& caption);
    void setValue(const QString& value);
    void setDetail(const QString& detail);
    // Colours the value (a verdict in green, amber or red); an invalid colour returns to the palette's text colour.
    void setValueColor(const QColor& color);
    QString value() const;

private:
    QLabel* m_caption;
    QLabel* m_value;
    QLabel* m_detail;
};

} // namespace Portico
