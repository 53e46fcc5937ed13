// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizards/SiteReviewPage.h"

#include "app/EngineSession.h"
#include "controller/CertificateCenter.h"
#include "text/CertificateText.h"
#include "text/ChangeText.h"
#include "text/ErrorText.h"
#include "widgets/UiStyle.h"
#include "wizards/FieldErrorMap.h"
#include "wizards/SiteWizard.h"

#include <QDir>
#include <QEvent>
#include <QFrame>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Portico {

SiteReviewPage::SiteReviewPage(SiteWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_intro(new QLabel(this))
    , m_changes(new QLabel())
    , m_saveNote(new QLabel(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("siteReviewPage"));
    m_intro->setWordWrap(true);
    m_changes->setObjectName(QStringLiteral("reviewChangesLabel"));
    m_changes->setWordWrap(true);
    m_changes->setTextFormat(Qt::RichText);
    m_changes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_changes->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_changes->setContentsMargins(4, 4, 4, 4);
    m_saveNote->setObjectName(QStringLiteral("reviewSaveNoteLabel"));
    m_saveNote->setWordWrap(true);
    UiStyle::makeSecondary(m_saveNote);
    m_error->setObjectName(QStringLiteral("reviewErrorLabel"));
    FieldErrorMap::styleErrorLabel(m_error);

    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("reviewScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::StyledPanel);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(m_changes);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(m_intro);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_saveNote);

    connect(m_wizard, &SiteWizard::draftChanged, this, [this] {
        if (m_wizard->currentPage() == this)
            refresh();
    });
    retranslate();
}

void SiteReviewPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void SiteReviewPage::retranslate()
{
    setTitle(tr("Review"));
    setSubTitle(tr("This is what changes when you press Apply."));
    m_intro->setText(m_wizard->isEditing() ? tr("Compared with the configuration in force:")
                                           : tr("Portico will add the following to the configuration in force:"));
    m_saveNote->setText(tr("Apply takes effect at once, without dropping connections, and saves the configuration "
                           "to %1. The previous version is kept in its history folder.")
                            .arg(QDir::toNativeSeparators(m_wizard->session().configPath())));
    refresh();
}

void SiteReviewPage::initializePage()
{
    refresh();
}

void SiteReviewPage::refresh()
{
    QHash<QString, QString> certificateNames;
    for (const CertificateEntry& entry : m_wizard->session().engine().certificates().list())
        certificateNames.insert(entry.id, entry.name);
    const QStringList localCaSites = m_wizard->issuesFromLocalCa() ? QStringList{m_wizard->site().name} : QStringList();
    const QStringList lines =
        ChangeText::describe(m_wizard->baseConfig(), m_wizard->candidate(), certificateNames, localCaSites);
    QString html = QStringLiteral("<ul style=\"margin-left:-20px\">");
    for (const QString& line : lines)
        html += QStringLiteral("<li style=\"margin-bottom:6px\">%1</li>").arg(line.toHtmlEscaped());
    html += QStringLiteral("</ul>");
    m_changes->setText(html);

    const ConfigErrors errors = m_wizard->candidateErrors();
    FieldErrorMap::setError(m_error, errors.isEmpty() ? QString() : ErrorText::describeAll(errors));
    const bool valid = errors.isEmpty();
    if (valid != m_valid) {
        m_valid = valid;
        Q_EMIT completeChanged();
    }
}

bool SiteReviewPage::isComplete() const
{
    return m_valid;
}

bool SiteReviewPage::validatePage()
{
    std::optional<CertificateError> certificateError;
    const ConfigErrors errors = m_wizard->apply(&certificateError);
    if (errors.isEmpty())
        return true;
    const QString reason =
        certificateError
            ? tr("The local CA could not issue the certificate: %1").arg(CertificateText::error(*certificateError))
            : ErrorText::describeAll(errors);
    FieldErrorMap::setError(m_error, tr("Nothing was changed:") + QLatin1Char('\n') + reason);
    return false;
}

} // namespace Portico
