// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/PorticoStyle.h"
#include "widgets/UiStyle.h"

#include <QApplication>
#include <QCheckBox>
#include <QRadioButton>
#include <QStyleFactory>
#include <QStyleOptionButton>
#include <QTest>
#include <QVBoxLayout>

#include <memory>

using namespace Portico;

// Unchecked radio buttons and check boxes must stand out from the card they sit on, in both schemes.
class TestPorticoStyle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void uncheckedIndicatorIsVisible_data();
    void uncheckedIndicatorIsVisible();

private:
    // The largest difference in grey level between the indicator's pixels and the card behind it.
    static int indicatorContrast(QStyle* style, ColorScheme scheme, bool radio);
};

int TestPorticoStyle::indicatorContrast(QStyle* style, ColorScheme scheme, bool radio)
{
    const QPalette palette = UiStyle::palette(scheme);
    QWidget card;
    card.setStyle(style);
    card.setPalette(palette);
    card.setAutoFillBackground(true);
    card.setBackgroundRole(QPalette::Base);
    auto* layout = new QVBoxLayout(&card);
    QAbstractButton* button = radio ? static_cast<QAbstractButton*>(new QRadioButton(QStringLiteral("Basic"), &card))
                                    : static_cast<QAbstractButton*>(new QCheckBox(QStringLiteral("Off"), &card));
    button->setStyle(style);
    layout->addWidget(button);
    card.resize(200, 60);
    card.ensurePolished();
    layout->activate();

    QStyleOptionButton option;
    option.initFrom(button);
    const QRect indicator =
        style->subElementRect(radio ? QStyle::SE_RadioButtonIndicator : QStyle::SE_CheckBoxIndicator, &option, button)
            .translated(button->pos());
    const QImage image = card.grab().toImage();
    const int background = qGray(palette.color(QPalette::Base).rgb());
    int most = 0;
    for (int y = indicator.top(); y <= indicator.bottom(); ++y) {
        for (int x = indicator.left(); x <= indicator.right(); ++x)
            most = std::max(most, std::abs(qGray(image.pixel(x, y)) - background));
    }
    return most;
}

void TestPorticoStyle::uncheckedIndicatorIsVisible_data()
{
    QTest::addColumn<ColorScheme>("scheme");
    QTest::addColumn<bool>("radio");
    QTest::newRow("dark radio button") << ColorScheme::Dark << true;
    QTest::newRow("dark check box") << ColorScheme::Dark << false;
    QTest::newRow("light radio button") << ColorScheme::Light << true;
    QTest::newRow("light check box") << ColorScheme::Light << false;
}

void TestPorticoStyle::uncheckedIndicatorIsVisible()
{
    QFETCH(ColorScheme, scheme);
    QFETCH(bool, radio);
    PorticoStyle style;
    // 3:1 is WCAG's contrast for the parts of a control; in grey levels on these palettes that is well above 60.
    const int contrast = indicatorContrast(&style, scheme, radio);
    QVERIFY2(contrast >= 60, qPrintable(QStringLiteral("grey-level contrast %1").arg(contrast)));
}

QTEST_MAIN(TestPorticoStyle)
#include "TestPorticoStyle.moc"
