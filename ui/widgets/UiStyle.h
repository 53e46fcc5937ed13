// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>

class QFrame;
class QLabel;
class QPalette;

namespace Portico {

// The few visual rules shared by every page, derived from the palette so dark themes work too.
class UiStyle
{
public:
    static constexpr int pageMargin = 24;
    static constexpr int sectionSpacing = 18;

    static QColor secondaryText(const QPalette& palette);
    static QColor cardBorder(const QPalette& palette);
    static QColor infoColor(const QPalette& palette);
    static QColor warningColor();
    static QColor errorColor();
    static QColor successColor();

    // Grey, smaller-looking text for captions and explanations.
    static void makeSecondary(QLabel* label);
    // Scales the label's font by pointDelta points and makes it bold.
    static void makeHeading(QLabel* label, int pointDelta);
    // A white (base-coloured) rounded card with a thin border.
    static void makeCard(QFrame* frame);
};

} // namespace Portico
