// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/ConfigError.h"

#include <QList>
#include <QPair>
#include <QString>

class QLabel;
class QWidget;

namespace Portico {

// Puts the validator's messages beside the fields they are about. Each field registers the JSON
// path it edits ("sites[2].serverNames"); an error lands on the field with the longest path that
// is the error's path or a parent of it. Errors within the page's scopes that no field claims go
// to the general label, and errors outside them are left to the page they belong to.
class FieldErrorMap
{
public:
    void setGeneralLabel(QLabel* label) { m_general = label; }
    void add(const QString& path, QLabel* label);
    void addScope(const QString& path) { m_scopes << path; }
    void clear();

    // Shows the matching errors (every label first cleared); returns how many it showed.
    int show(const ConfigErrors& errors) const;
    // The label an error at path would go to, or nullptr.
    QLabel* labelFor(const QString& path) const;

    // path is prefix itself or lies below it ("a.b" and "a.b[0].c" are below "a.b"; "a.bc" is not).
    static bool isWithin(const QString& path, const QString& prefix);
    // Marks a label as an error message: red, wrapped, hidden while empty.
    static void styleErrorLabel(QLabel* label);
    static void setError(QLabel* label, const QString& text);
    // The field with its error label underneath, as one widget for a form row; the label takes no
    // room while hidden.
    static QWidget* withError(QWidget* field, QLabel* error, QWidget* parent);

private:
    QList<QPair<QString, QLabel*>> m_fields;
    QStringList m_scopes;
    QLabel* m_general = nullptr;
};

} // namespace Portico
