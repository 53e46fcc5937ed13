// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

#include <memory>

class QLocale;
class QTranslator;

namespace Portico {

// Loads Portico's and Qt's translations and swaps them at run time. Installing a translator makes
// Qt send QEvent::LanguageChange to every widget, which is how open windows re-translate live.
class TranslationManager : public QObject
{
    Q_OBJECT

public:
    explicit TranslationManager(QObject* parent = nullptr);
    ~TranslationManager() override;

    // The languages Portico ships, as codes ("en", "de").
    static QStringList availableLanguages();
    // Where portico_<lang>.qm is looked for, first match wins: an admin can drop an updated
    // file into <app dir>/../share/portico/translations; the built-in copies are the fallback.
    static QStringList searchDirectories();

    // Empty follows the system language (English when Portico has no translation for it).
    void setLanguage(const QString& code);
    // The code last passed to setLanguage().
    QString language() const { return m_language; }
    // The language actually in use, e.g. "de" or "en".
    QString effectiveLanguage() const { return m_effectiveLanguage; }

Q_SIGNALS:
    void languageChanged(const QString& code);

private:
    static std::unique_ptr<QTranslator> loadPortico(const QLocale& locale);

    QString m_language;
    QString m_effectiveLanguage;
    std::unique_ptr<QTranslator> m_portico;
    std::unique_ptr<QTranslator> m_qt;
};

} // namespace Portico
