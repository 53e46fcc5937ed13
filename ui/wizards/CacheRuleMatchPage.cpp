// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizards/CacheRuleMatchPage.h"

#include "text/CacheRuleText.h"
#include "widgets/UiStyle.h"
#include "wizards/CacheRuleWizard.h"

#include <QCheckBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Portico {

namespace {

QLabel* errorLabel(QWidget* parent, const char* name)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    FieldErrorMap::styleErrorLabel(label);
    return label;
}

QLabel* hintLabel(QWidget* parent, const char* name)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setWordWrap(true);
    UiStyle::makeSecondary(label);
    return label;
}

QWidget* fieldBox(QWidget* field, QLabel* hint, QLabel* error, QWidget* parent)
{
    QWidget* box = FieldErrorMap::withError(field, error, parent);
    if (hint)
        box->layout()->addWidget(hint);
    return box;
}

} // namespace

CacheRuleMatchPage::CacheRuleMatchPage(CacheRuleWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_intro(new QLabel(this))
    , m_presetsLabel(new QLabel(this))
    , m_staticPreset(new QPushButton(this))
    , m_imagesPreset(new QPushButton(this))
    , m_apiPreset(new QPushButton(this))
    , m_everythingPreset(new QPushButton(this))
    , m_nameLabel(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_nameError(errorLabel(this, "ruleNameErrorLabel"))
    , m_pathsLabel(new QLabel(this))
    , m_paths(new QLineEdit(this))
    , m_pathsHint(hintLabel(this, "pathPatternsHintLabel"))
    , m_pathsError(errorLabel(this, "pathPatternsErrorLabel"))
    , m_extensionsLabel(new QLabel(this))
    , m_extensions(new QLineEdit(this))
    , m_extensionsHint(hintLabel(this, "extensionsHintLabel"))
    , m_extensionsError(errorLabel(this, "extensionsErrorLabel"))
    , m_contentTypesLabel(new QLabel(this))
    , m_contentTypes(new QLineEdit(this))
    , m_contentTypesHint(hintLabel(this, "contentTypesHintLabel"))
    , m_contentTypesError(errorLabel(this, "contentTypesErrorLabel"))
    , m_methodsLabel(new QLabel(this))
    , m_get(new QCheckBox(QStringLiteral("GET"), this))
    , m_head(new QCheckBox(QStringLiteral("HEAD"), this))
    , m_otherMethodsLabel(hintLabel(this, "otherMethodsLabel"))
    , m_methodsError(errorLabel(this, "methodsErrorLabel"))
    , m_summary(new QLabel(this))
    , m_pageError(errorLabel(this, "cacheRuleMatchPageErrorLabel"))
{
    setObjectName(QStringLiteral("cacheRuleMatchPage"));
    m_intro->setWordWrap(true);
    m_staticPreset->setObjectName(QStringLiteral("staticFilesPresetButton"));
    m_imagesPreset->setObjectName(QStringLiteral("imagesPresetButton"));
    m_apiPreset->setObjectName(QStringLiteral("apiPathPresetButton"));
    m_everythingPreset->setObjectName(QStringLiteral("everythingPresetButton"));
    m_name->setObjectName(QStringLiteral("ruleNameLineEdit"));
    m_paths->setObjectName(QStringLiteral("pathPatternsLineEdit"));
    m_extensions->setObjectName(QStringLiteral("extensionsLineEdit"));
    m_contentTypes->setObjectName(QStringLiteral("contentTypesLineEdit"));
    m_get->setObjectName(QStringLiteral("getMethodCheckBox"));
    m_head->setObjectName(QStringLiteral("headMethodCheckBox"));
    m_summary->setObjectName(QStringLiteral("matchSummaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    for (QLineEdit* edit : {m_name, m_paths, m_extensions, m_contentTypes})
        edit->setClearButtonEnabled(true);
    m_nameLabel->setBuddy(m_name);
    m_pathsLabel->setBuddy(m_paths);
    m_extensionsLabel->setBuddy(m_extensions);
    m_contentTypesLabel->setBuddy(m_contentTypes);
    m_methodsLabel->setBuddy(m_get);

    auto* presets = new QHBoxLayout();
    presets->addWidget(m_presetsLabel);
    for (QPushButton* button : {m_staticPreset, m_imagesPreset, m_apiPreset, m_everythingPreset}) {
        button->setAutoDefault(false);
        presets->addWidget(button);
    }
    presets->addStretch();

    auto* methods = new QWidget(this);
    auto* methodsLayout = new QHBoxLayout(methods);
    methodsLayout->setContentsMargins(0, 0, 0, 0);
    methodsLayout->addWidget(m_get);
    methodsLayout->addWidget(m_head);
    methodsLayout->addWidget(m_otherMethodsLabel);
    methodsLayout->addStretch();

    auto* form = new QFormLayout();
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_nameLabel, fieldBox(m_name, nullptr, m_nameError, this));
    form->addRow(m_pathsLabel, fieldBox(m_paths, m_pathsHint, m_pathsError, this));
    form->addRow(m_extensionsLabel, fieldBox(m_extensions, m_extensionsHint, m_extensionsError, this));
    form->addRow(m_contentTypesLabel, fieldBox(m_contentTypes, m_contentTypesHint, m_contentTypesError, this));
    form->addRow(m_methodsLabel, fieldBox(methods, nullptr, m_methodsError, this));

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(m_intro);
    layout->addLayout(presets);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_pageError);
    layout->addStretch();

    connect(m_staticPreset, &QPushButton::clicked, this, [this] { applyPreset(Preset::StaticFiles); });
    connect(m_imagesPreset, &QPushButton::clicked, this, [this] { applyPreset(Preset::Images); });
    connect(m_apiPreset, &QPushButton::clicked, this, [this] { applyPreset(Preset::ApiPath); });
    connect(m_everythingPreset, &QPushButton::clicked, this, [this] { applyPreset(Preset::Everything); });
    connect(m_name, &QLineEdit::textEdited, this, [this] { m_nameEdited = true; });
    for (QLineEdit* edit : {m_name, m_paths, m_extensions, m_contentTypes})
        connect(edit, &QLineEdit::textChanged, this, &CacheRuleMatchPage::onEdited);
    for (QCheckBox* box : {m_get, m_head})
        connect(box, &QCheckBox::toggled, this, &CacheRuleMatchPage::onEdited);
    connect(m_wizard, &CacheRuleWizard::draftChanged, this, &CacheRuleMatchPage::revalidate);

    loadFromRule();
    m_nameEdited = m_wizard->isEditing();
    retranslate();
}

void CacheRuleMatchPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void CacheRuleMatchPage::retranslate()
{
    setTitle(tr("What to match"));
    setSubTitle(tr("Which requests should the rule cover? Leave a field empty to match anything."));
    m_intro->setText(tr("A request matches when it fits every field you fill in. Start from a preset or type "
                        "your own:"));
    m_presetsLabel->setText(tr("Presets:"));
    m_staticPreset->setText(tr("Static files"));
    m_imagesPreset->setText(tr("Images"));
    m_apiPreset->setText(tr("An API path"));
    m_everythingPreset->setText(tr("Everything"));
    m_staticPreset->setAccessibleName(tr("Preset: static files"));
    m_imagesPreset->setAccessibleName(tr("Preset: images"));
    m_apiPreset->setAccessibleName(tr("Preset: an API path"));
    m_everythingPreset->setAccessibleName(tr("Preset: everything"));
    m_nameLabel->setText(tr("Rule name:"));
    m_name->setPlaceholderText(tr("e.g. Static files"));
    m_name->setAccessibleName(tr("Rule name"));
    m_pathsLabel->setText(tr("Path patterns:"));
    m_paths->setPlaceholderText(tr("/static/**, *.png"));
    m_paths->setAccessibleName(tr("Path patterns"));
    m_pathsHint->setText(tr("Separate patterns with commas. * stands for anything within one folder, ** for "
                            "anything across folders: /static/** is everything under /static/, *.png every PNG "
                            "file, /blog/*/feed the feed of each blog."));
    m_extensionsLabel->setText(tr("File extensions:"));
    m_extensions->setPlaceholderText(tr("css, js, png"));
    m_extensions->setAccessibleName(tr("File extensions"));
    m_extensionsHint->setText(tr("The end of the file name in the path, without the dot."));
    m_contentTypesLabel->setText(tr("Content types:"));
    m_contentTypes->setPlaceholderText(tr("image/*, text/css"));
    m_contentTypes->setAccessibleName(tr("Content types"));
    m_contentTypesHint->setText(tr("What the app says it sends back (Content-Type). image/* covers every kind of "
                                   "image."));
    m_methodsLabel->setText(tr("Methods:"));
    m_get->setAccessibleName(tr("Match GET requests"));
    m_head->setAccessibleName(tr("Match HEAD requests"));
    m_otherMethodsLabel->setText(
        m_otherMethods.isEmpty()
            ? QString()
            : tr("and %1, as the configuration file says").arg(m_otherMethods.join(QStringLiteral(", "))));
    m_otherMethodsLabel->setVisible(!m_otherMethods.isEmpty());
    revalidate();
}

void CacheRuleMatchPage::loadFromRule()
{
    const CacheRule& rule = m_wizard->rule();
    m_loading = true;
    m_name->setText(rule.name);
    m_paths->setText(CacheRuleText::joinList(rule.pathGlobs));
    m_extensions->setText(CacheRuleText::joinList(rule.extensions));
    m_contentTypes->setText(CacheRuleText::joinList(rule.contentTypes));
    m_otherMethods.clear();
    for (const QString& method : rule.methods) {
        if (method != QLatin1String("GET") && method != QLatin1String("HEAD"))
            m_otherMethods << method;
    }
    m_get->setChecked(rule.methods.isEmpty() || rule.methods.contains(QLatin1String("GET")));
    m_head->setChecked(rule.methods.isEmpty() || rule.methods.contains(QLatin1String("HEAD")));
    m_loading = false;
    onEdited();
}

void CacheRuleMatchPage::initializePage()
{
    if (m_name->text().isEmpty() && !m_nameEdited)
        m_name->setText(tr("Rule %1").arg(m_wizard->position() + 1));
    revalidate();
}

void CacheRuleMatchPage::applyPreset(Preset preset)
{
    QString name;
    QStringList paths;
    QStringList extensions;
    QStringList contentTypes;
    switch (preset) {
    case Preset::StaticFiles:
        name = tr("Static files");
        extensions = {QStringLiteral("css"),  QStringLiteral("js"),   QStringLiteral("mjs"),  QStringLiteral("png"),
                      QStringLiteral("jpg"),  QStringLiteral("jpeg"), QStringLiteral("gif"),  QStringLiteral("svg"),
                      QStringLiteral("webp"), QStringLiteral("ico"),  QStringLiteral("woff"), QStringLiteral("woff2")};
        break;
    case Preset::Images:
        name = tr("Images");
        contentTypes = {QStringLiteral("image/*")};
        break;
    case Preset::ApiPath:
        name = tr("API");
        paths = {QStringLiteral("/api/**")};
        break;
    case Preset::Everything:
        name = tr("Everything");
        break;
    }
    m_loading = true;
    if (!m_nameEdited || m_name->text().trimmed().isEmpty())
        m_name->setText(name);
    m_paths->setText(CacheRuleText::joinList(paths));
    m_extensions->setText(CacheRuleText::joinList(extensions));
    m_contentTypes->setText(CacheRuleText::joinList(contentTypes));
    m_get->setChecked(true);
    m_head->setChecked(true);
    m_loading = false;
    onEdited();
}

void CacheRuleMatchPage::onEdited()
{
    if (m_loading)
        return;
    CacheRule rule = m_wizard->rule();
    rule.name = m_name->text().trimmed();
    rule.pathGlobs = CacheRuleText::splitList(m_paths->text());
    rule.extensions.clear();
    for (QString extension : CacheRuleText::splitList(m_extensions->text())) {
        // ".css" and "CSS" mean what the admin meant.
        if (extension.startsWith(QLatin1Char('.')))
            extension.remove(0, 1);
        rule.extensions << extension.toLower();
    }
    rule.contentTypes.clear();
    for (const QString& type : CacheRuleText::splitList(m_contentTypes->text()))
        rule.contentTypes << type.toLower();
    rule.methods.clear();
    if (!m_get->isChecked() || !m_head->isChecked() || !m_otherMethods.isEmpty()) {
        if (m_get->isChecked())
            rule.methods << QStringLiteral("GET");
        if (m_head->isChecked())
            rule.methods << QStringLiteral("HEAD");
        rule.methods << m_otherMethods;
    }
    m_wizard->setRule(rule);
    revalidate();
}

void CacheRuleMatchPage::revalidate()
{
    const CacheRule& rule = m_wizard->rule();
    m_summary->setText(tr("Matches: %1.").arg(CacheRuleText::match(rule)));

    m_errors.clear();
    const QString path = m_wizard->rulePath();
    m_errors.add(path + QStringLiteral(".name"), m_nameError);
    m_errors.add(path + QStringLiteral(".match.paths"), m_pathsError);
    m_errors.add(path + QStringLiteral(".match.extensions"), m_extensionsError);
    m_errors.add(path + QStringLiteral(".match.contentTypes"), m_contentTypesError);
    m_errors.add(path + QStringLiteral(".match.methods"), m_methodsError);
    m_errors.addScope(path + QStringLiteral(".match"));
    m_errors.setGeneralLabel(m_pageError);
    const int shown = m_errors.show(m_wizard->candidateErrors());

    // The wizard's own checks, in words that say what to type instead.
    QList<QPair<QLabel*, QString>> local;
    if (rule.name.isEmpty())
        local.append({m_nameError, tr("Give the rule a name: the tester and the Cache page show it.")});
    for (const QString& glob : rule.pathGlobs) {
        if (!glob.startsWith(QLatin1Char('/')) && !glob.startsWith(QLatin1Char('*'))) {
            local.append({m_pathsError, tr("\"%1\" can never match: a path starts with /, so a pattern starts with "
                                           "/ (/static/**) or * (*.png).")
                                            .arg(glob)});
            break;
        }
        if (glob.contains(QLatin1Char('?')) || glob.contains(QLatin1Char('#'))) {
            local.append(
                {m_pathsError, tr("\"%1\": a pattern matches the path only; leave out ? and what follows.").arg(glob)});
            break;
        }
        if (!CacheRule::isValidGlob(glob)) {
            local.append({m_pathsError, tr("\"%1\" is not a path pattern: use printable characters without spaces, "
                                           "* and ** (never ***).")
                                            .arg(glob)});
            break;
        }
    }
    for (const QString& extension : rule.extensions) {
        if (!CacheRule::isValidExtension(extension)) {
            local.append({m_extensionsError,
                          tr("\"%1\" is not a file extension: write the end of the file name without the dot, "
                             "e.g. css or png.")
                              .arg(extension)});
            break;
        }
    }
    for (const QString& type : rule.contentTypes) {
        if (!CacheRule::isValidContentType(type)) {
            local.append({m_contentTypesError,
                          tr("\"%1\" is not a content type: it looks like image/png or image/*.").arg(type)});
            break;
        }
    }
    if (!m_get->isChecked() && !m_head->isChecked() && m_otherMethods.isEmpty())
        local.append({m_methodsError, tr("Choose at least one method: only GET and HEAD answers are cached.")});
    // The wizard's words go first: they say what to type instead.
    for (const auto& [label, message] : local)
        FieldErrorMap::setError(label, message);
    const int localShown = static_cast<int>(local.size());

    const bool valid = shown == 0 && localShown == 0;
    if (valid != m_valid) {
        m_valid = valid;
        Q_EMIT completeChanged();
    }
}

bool CacheRuleMatchPage::isComplete() const
{
    return m_valid;
}

} // namespace Portico
