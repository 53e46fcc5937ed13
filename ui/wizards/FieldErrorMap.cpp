// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizards/FieldErrorMap.h"

#include "text/ErrorText.h"
#include "widgets/UiStyle.h"

#include <QHash>
#include <QLabel>
#include <QVBoxLayout>

namespace Portico {

void FieldErrorMap::add(const QString& path, QLabel* label)
{
    m_fields.append({path, label});
}

void FieldErrorMap::clear()
{
    m_fields.clear();
    m_scopes.clear();
}

bool FieldErrorMap::isWithin(const QString& path, const QString& prefix)
{
    if (!path.startsWith(prefix))
        return false;
    if (path.size() == prefix.size())
        return true;
    const QChar next = path.at(prefix.size());
    return next == QLatin1Char('.') || next == QLatin1Char('[');
}

QLabel* FieldErrorMap::labelFor(const QString& path) const
{
    QLabel* best = nullptr;
    qsizetype bestLength = -1;
    for (const auto& [fieldPath, label] : m_fields) {
        if (isWithin(path, fieldPath) && fieldPath.size() > bestLength) {
            best = label;
            bestLength = fieldPath.size();
        }
    }
    if (best)
        return best;
    for (const QString& scope : m_scopes) {
        if (isWithin(path, scope))
            return m_general;
    }
    return nullptr;
}

int FieldErrorMap::show(const ConfigErrors& errors) const
{
    QHash<QLabel*, QStringList> messages;
    int shown = 0;
    for (const ConfigError& error : errors) {
        QLabel* label = labelFor(error.path);
        if (!label)
            continue;
        ++shown;
        const QString message = label == m_general ? ErrorText::describe(error) : ErrorText::message(error);
        if (!messages[label].contains(message))
            messages[label] << message;
    }
    for (const auto& [path, label] : m_fields)
        setError(label, messages.value(label).join(QLatin1Char('\n')));
    if (m_general)
        setError(m_general, messages.value(m_general).join(QLatin1Char('\n')));
    return shown;
}

void FieldErrorMap::styleErrorLabel(QLabel* label)
{
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, UiStyle::errorColor());
    label->setPalette(palette);
    label->hide();
}

void FieldErrorMap::setError(QLabel* label, const QString& text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace Portico

namespace Portico {

QWidget* FieldErrorMap::withError(QWidget* field, QLabel* error, QWidget* parent)
{
    auto* box = new QWidget(parent);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(3);
    layout->addWidget(field);
    layout->addWidget(error);
    return box;
}

} // namespace Portico
