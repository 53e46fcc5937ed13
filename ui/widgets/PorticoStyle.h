// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProxyStyle>

namespace Portico {

// Fusion, which draws everything from the palette, with one correction for dark palettes: Fusion outlines radio
// buttons and check boxes in the window colour made darker, which vanishes on a dark card, so an unchecked one
// could not be seen. Here they get an outline as visible as the cards' borders.
class PorticoStyle : public QProxyStyle
{
    Q_OBJECT

public:
    PorticoStyle();
    void drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                       const QWidget* widget = nullptr) const override;
};

} // namespace Portico
