// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/TranslationManager.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QTranslator>

Q_LOGGING_CATEGORY(lcTranslations, "portico.ui.translations", QtInfoMsg)

namespace Portico {

TranslationManager::TranslationManager(QObject* parent)
    : QObject(parent)
{}

TranslationManager::~TranslationManager()
{
    if (m_portico)
        QCoreApplication::removeTranslator(m_portico.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
}

QStringList TranslationManager::availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("de")};
}

QStringList TranslationManager::searchDirectories()
{
    return {
        QDir(QCoreApplication::applicationDirPath()).absoluteFilePath(QStringLiteral("../share/portico/translations")),
        QStringLiteral(":/i18n")};
}

std::unique_ptr<QTranslator> TranslationManager::loadPortico(const QLocale& locale)
{
    auto translator = std::make_unique<QTranslator>();
    for (const QString& directory : searchDirectories()) {
        if (translator->load(locale, QStringLiteral("portico"), QStringLiteral("_"), directory)) {
            qCDebug(lcTranslations).noquote() << "Loaded" << translator->filePath();
            return translator;
        }
    }
    return nullptr;
}

void TranslationManager::setLanguage(const QString& code)
{
    const QLocale requested = code.isEmpty() ? QLocale::system() : QLocale(code);
    std::unique_ptr<QTranslator> portico = loadPortico(requested);
    QLocale locale = requested;
    if (!portico) {
        // English .qm holds the plural forms, so it is loaded even though the source text is English.
        locale = QLocale(QLocale::English, QLocale::UnitedStates);
        portico = loadPortico(locale);
        if (!portico)
            qCWarning(lcTranslations) << "No Portico translation found, not even English";
    }
    auto qt = std::make_unique<QTranslator>();
    if (!qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        qt.reset();

    // Numbers and dates follow the chosen language; "system default" keeps the system's formats.
    QLocale::setDefault(code.isEmpty() ? QLocale::system() : locale);

    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    if (m_portico)
        QCoreApplication::removeTranslator(m_portico.get());
    m_qt = std::move(qt);
    m_portico = std::move(portico);
    if (m_qt)
        QCoreApplication::installTranslator(m_qt.get());
    if (m_portico)
        QCoreApplication::installTranslator(m_portico.get());

    m_language = code;
    m_effectiveLanguage = m_portico && !m_portico->language().isEmpty()
                              ? QLocale(m_portico->language()).name().section(QLatin1Char('_'), 0, 0)
                              : QStringLiteral("en");
    Q_EMIT languageChanged(code);
}

} // namespace Portico
