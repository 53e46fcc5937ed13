// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wizards/FieldErrorMap.h"

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Portico {

class CacheRuleWizard;

// Step 2: the rule's name and what it matches (path patterns, file extensions, content types, methods),
// with examples, presets, a summary in plain words and messages as the admin types.
class CacheRuleMatchPage : public QWizardPage
{
    Q_OBJECT

public:
    enum class Preset
    {
        StaticFiles,
        Images,
        ApiPath,
        Everything,
    };

    explicit CacheRuleMatchPage(CacheRuleWizard* wizard);

    void initializePage() override;
    bool isComplete() const override;

    // Fills the fields as the preset's button does.
    void applyPreset(Preset preset);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void loadFromRule();
    void onEdited();
    void revalidate();

    CacheRuleWizard* m_wizard;
    FieldErrorMap m_errors;
    bool m_valid = false;
    bool m_nameEdited = false;
    bool m_loading = false;
    // Methods other than GET and HEAD that an edited rule had (from the config file): kept as they are.
    QStringList m_otherMethods;

    QLabel* m_intro;
    QLabel* m_presetsLabel;
    QPushButton* m_staticPreset;
    QPushButton* m_imagesPreset;
    QPushButton* m_apiPreset;
    QPushButton* m_everythingPreset;
    QLabel* m_nameLabel;
    QLineEdit* m_name;
    QLabel* m_nameError;
    QLabel* m_pathsLabel;
    QLineEdit* m_paths;
    QLabel* m_pathsHint;
    QLabel* m_pathsError;
    QLabel* m_extensionsLabel;
    QLineEdit* m_extensions;
    QLabel* m_extensionsHint;
    QLabel* m_extensionsError;
    QLabel* m_contentTypesLabel;
    QLineEdit* m_contentTypes;
    QLabel* m_contentTypesHint;
    QLabel* m_contentTypesError;
    QLabel* m_methodsLabel;
    QCheckBox* m_get;
    QCheckBox* m_head;
    QLabel* m_otherMethodsLabel;
    QLabel* m_methodsError;
    QLabel* m_summary;
    QLabel* m_pageError;
};

} // namespace Portico
