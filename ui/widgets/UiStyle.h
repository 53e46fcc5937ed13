// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stats/BackendHealth.h"

#include <QColor>

class QFrame;
class QLabel;
class QPalette;

namespace Portico {

// A colour scheme Portico can be told to use instead of the system's (--color-scheme).
enum class ColorScheme
{
    Light,
    Dark,
};

// The few visual rules shared by every page. Every colour is derived from a palette, so the system's
// light and dark modes (and --color-scheme) both stay readable.
class UiStyle
{
public:
    static constexpr int pageMargin = 24;
    static constexpr int sectionSpacing = 18;

    // A complete, readable palette for the scheme, for QApplication::setPalette().
    static QPalette palette(ColorScheme scheme);
    // Qt 6.4 cannot ask the platform for its scheme: a palette whose window is dark is a dark scheme.
    static bool isDark(const QPalette& palette);

    static QColor secondaryText(const QPalette& palette);
    static QColor cardBorder(const QPalette& palette);
    // The outline of an unchecked radio button or check box: visible on window and base alike.
    static QColor indicatorOutline(const QPalette& palette);
    static QColor infoColor(const QPalette& palette);
    // Status colours with enough contrast on the palette's window and base colours.
    static QColor warningColor(const QPalette& palette);
    static QColor errorColor(const QPalette& palette);
    static QColor successColor(const QPalette& palette);
    // The same for the application's palette as it is now.
    static QColor warningColor();
    static QColor errorColor();
    static QColor successColor();
    // A backend's health as a colour (strips, dots and state names): up green, down red, ejected amber,
    // not checked grey.
    static QColor healthColor(BackendHealth health, const QPalette& palette);

    // Grey, smaller-looking text for captions and explanations.
    static void makeSecondary(QLabel* label);
    // Scales the label's font by pointDelta points and makes it bold.
    static void makeHeading(QLabel* label, int pointDelta);
    // A white (base-coloured) rounded card with a thin border.
    static void makeCard(QFrame* frame);
    // After the application palette changed (the system switched between light and dark): recolours
    // every secondary label and card made by the functions above.
    static void refreshAll();
};

} // namespace Portico
