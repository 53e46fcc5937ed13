// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizards/CacheRuleReviewPage.h"

#include "app/EngineSession.h"
#include "text/CacheRuleText.h"
#include "text/ErrorText.h"
#include "widgets/UiStyle.h"
#include "wizards/CacheRuleWizard.h"
#include "wizards/FieldErrorMap.h"

#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Portico {

CacheRuleReviewPage::CacheRuleReviewPage(CacheRuleWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_summaryHeading(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_orderHeading(new QLabel(this))
    , m_orderHint(new QLabel(this))
    , m_order(new QListWidget(this))
    , m_up(new QPushButton(this))
    , m_down(new QPushButton(this))
    , m_error(new QLabel(this))
    , m_saveNote(new QLabel(this))
{
    setObjectName(QStringLiteral("cacheRuleReviewPage"));
    QFont bold = m_summaryHeading->font();
    bold.setBold(true);
    m_summaryHeading->setFont(bold);
    m_orderHeading->setFont(bold);
    m_summary->setObjectName(QStringLiteral("ruleSummaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_orderHint->setWordWrap(true);
    UiStyle::makeSecondary(m_orderHint);
    m_order->setObjectName(QStringLiteral("ruleOrderListWidget"));
    m_order->setSelectionMode(QAbstractItemView::SingleSelection);
    m_order->setWordWrap(true);
    m_up->setObjectName(QStringLiteral("moveRuleUpButton"));
    m_down->setObjectName(QStringLiteral("moveRuleDownButton"));
    m_up->setAutoDefault(false);
    m_down->setAutoDefault(false);
    m_error->setObjectName(QStringLiteral("cacheRuleReviewErrorLabel"));
    FieldErrorMap::styleErrorLabel(m_error);
    m_saveNote->setObjectName(QStringLiteral("cacheRuleSaveNoteLabel"));
    m_saveNote->setWordWrap(true);
    UiStyle::makeSecondary(m_saveNote);
    m_orderHeading->setBuddy(m_order);

    auto* buttons = new QVBoxLayout();
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    buttons->addStretch();
    auto* order = new QHBoxLayout();
    order->addWidget(m_order, 1);
    order->addLayout(buttons);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(8);
    layout->addWidget(m_summaryHeading);
    layout->addWidget(m_summary);
    layout->addSpacing(6);
    layout->addWidget(m_orderHeading);
    layout->addWidget(m_orderHint);
    layout->addLayout(order, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_saveNote);

    connect(m_up, &QPushButton::clicked, this, [this] { m_wizard->setPosition(m_wizard->position() - 1); });
    connect(m_down, &QPushButton::clicked, this, [this] { m_wizard->setPosition(m_wizard->position() + 1); });
    connect(m_wizard, &CacheRuleWizard::draftChanged, this, [this] {
        if (m_wizard->currentPage() == this)
            refresh();
    });
    retranslate();
}

void CacheRuleReviewPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void CacheRuleReviewPage::retranslate()
{
    setTitle(tr("Review"));
    setSubTitle(tr("Check the rule and where it goes, then press Apply."));
    m_summaryHeading->setText(tr("The rule"));
    m_orderHeading->setText(tr("Order of the site's rules"));
    m_orderHint->setText(tr("Portico tries the rules from the top; the first one that matches a request decides. "
                            "Put narrow rules above broad ones."));
    m_order->setAccessibleName(tr("Order of the site's cache rules"));
    m_up->setText(tr("Move up"));
    m_down->setText(tr("Move down"));
    m_up->setAccessibleName(tr("Move the rule up"));
    m_down->setAccessibleName(tr("Move the rule down"));
    m_saveNote->setText(tr("Apply shows the change once more, then it takes effect at once, without dropping "
                           "connections, and is saved to %1.")
                            .arg(QDir::toNativeSeparators(m_wizard->session().configPath())));
    refresh();
}

void CacheRuleReviewPage::initializePage()
{
    FieldErrorMap::setError(m_error, QString());
    refresh();
}

void CacheRuleReviewPage::refresh()
{
    const CacheRule& rule = m_wizard->rule();
    QString html = QStringLiteral("<p><b>%1</b></p><ul style=\"margin-left:-20px\">")
                       .arg(CacheRuleText::quotedName(rule.name).toHtmlEscaped());
    for (const QString& line : CacheRuleText::describe(rule))
        html += QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
    if (m_wizard->siteIndex() >= 0) {
        const QString site = m_wizard->baseConfig().sites.at(m_wizard->siteIndex()).name;
        QString where = tr("Site: %1.").arg(site);
        if (m_wizard->siteCachingOff())
            where += QLatin1Char(' ') + (m_wizard->turnsCachingOn()
                                             ? tr("Caching is turned on for the site.")
                                             : tr("Caching stays off for the site, so the rule does nothing yet."));
        html += QStringLiteral("<li>%1</li>").arg(where.toHtmlEscaped());
    }
    html += QStringLiteral("</ul>");
    m_summary->setText(html);

    const Config candidate = m_wizard->candidate();
    m_order->clear();
    if (m_wizard->siteIndex() >= 0) {
        const QList<CacheRule>& rules = candidate.sites.at(m_wizard->siteIndex()).cache.rules;
        for (int i = 0; i < rules.size(); ++i) {
            const CacheRule& item = rules.at(i);
            QString text =
                tr("%1. %2: %3").arg(i + 1).arg(CacheRuleText::quotedName(item.name), CacheRuleText::action(item));
            if (i == m_wizard->position())
                text += m_wizard->isEditing() ? tr(" (this rule)") : tr(" (new)");
            auto* entry = new QListWidgetItem(text, m_order);
            entry->setToolTip(CacheRuleText::match(item));
            if (i == m_wizard->position()) {
                QFont font = entry->font();
                font.setBold(true);
                entry->setFont(font);
            }
        }
        m_order->setCurrentRow(m_wizard->position());
    }
    m_up->setEnabled(m_wizard->position() > 0);
    m_down->setEnabled(m_wizard->position() < m_wizard->ruleCount() - 1);

    const ConfigErrors errors = m_wizard->candidateErrors();
    if (!errors.isEmpty())
        FieldErrorMap::setError(m_error, ErrorText::describeAll(errors));
    const bool valid = errors.isEmpty() && m_wizard->siteIndex() >= 0;
    if (valid != m_valid) {
        m_valid = valid;
        Q_EMIT completeChanged();
    }
}

bool CacheRuleReviewPage::isComplete() const
{
    return m_valid;
}

bool CacheRuleReviewPage::validatePage()
{
    ConfigErrors errors;
    if (m_wizard->apply(&errors))
        return true;
    // A declined review leaves the wizard as it was, to change something or apply after all.
    if (!errors.isEmpty())
        FieldErrorMap::setError(m_error,
                                tr("Nothing was changed:") + QLatin1Char('\n') + ErrorText::describeAll(errors));
    return false;
}

} // namespace Portico
