// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/CertificatesPage.h"

#include "app/EngineSession.h"
#include "controller/CertificateCenter.h"
#include "dialogs/CertificateDetailsDialog.h"
#include "dialogs/LocalCaInstructionsDialog.h"
#include "models/CertificateTableModel.h"
#include "text/CertificateText.h"
#include "widgets/EmptyStateWidget.h"
#include "widgets/PageHeader.h"
#include "widgets/UiStyle.h"

#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace Portico {

namespace {

// The first ACME step (names) for pages of the ACME path: they need the names it collects.
CertificateWizard::Method methodForPage(int page)
{
    switch (page) {
    case CertificateWizard::ImportPageId:
        return CertificateWizard::Method::Import;
    case CertificateWizard::SelfSignedPageId:
        return CertificateWizard::Method::SelfSigned;
    case CertificateWizard::AcmePageId:
    case CertificateWizard::PreflightPageId:
    case CertificateWizard::OrderPageId:
        return CertificateWizard::Method::Acme;
    case CertificateWizard::RequestPageId:
        return CertificateWizard::Method::Request;
    default:
        return CertificateWizard::Method::LocalCa;
    }
}

} // namespace

CertificatesPage::CertificatesPage(EngineSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new CertificateTableModel(this))
    , m_header(new PageHeader(this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyStateWidget(this))
    , m_newFirstButton(new QPushButton(this))
    , m_newButton(new QPushButton(this))
    , m_importButton(new QPushButton(this))
    , m_detailsButton(new QPushButton(this))
    , m_renewButton(new QPushButton(this))
    , m_downloadRequestButton(new QPushButton(this))
    , m_importAnswerButton(new QPushButton(this))
    , m_removeButton(new QPushButton(this))
    , m_localCaFrame(new QFrame(this))
    , m_localCaTitle(new QLabel(this))
    , m_localCaStatus(new QLabel(this))
    , m_exportLocalCaButton(new QPushButton(this))
    , m_createLocalCaButton(new QPushButton(this))
    , m_table(new QTableView(this))
    , m_selection(new QLabel(this))
    , m_status(new QLabel(this))
    , m_directoryNote(new QLabel(this))
{
    setObjectName(QStringLiteral("certificatesPage"));
    m_empty->setObjectName(QStringLiteral("certificatesEmptyState"));
    m_newFirstButton->setObjectName(QStringLiteral("newFirstCertificateButton"));
    m_newFirstButton->setMinimumWidth(180);
    m_empty->addAction(m_newFirstButton);

    m_newButton->setObjectName(QStringLiteral("newCertificateButton"));
    m_importButton->setObjectName(QStringLiteral("importCertificateButton"));
    m_detailsButton->setObjectName(QStringLiteral("certificateDetailsButton"));
    m_renewButton->setObjectName(QStringLiteral("renewCertificateButton"));
    m_downloadRequestButton->setObjectName(QStringLiteral("downloadRequestButton"));
    m_importAnswerButton->setObjectName(QStringLiteral("importAnswerButton"));
    m_removeButton->setObjectName(QStringLiteral("removeCertificateButton"));
    auto* toolbar = new QHBoxLayout();
    toolbar->setSpacing(8);
    toolbar->addWidget(m_newButton);
    toolbar->addWidget(m_importButton);
    toolbar->addSpacing(12);
    toolbar->addWidget(m_detailsButton);
    toolbar->addWidget(m_renewButton);
    toolbar->addSpacing(12);
    toolbar->addWidget(m_downloadRequestButton);
    toolbar->addWidget(m_importAnswerButton);
    toolbar->addStretch();
    toolbar->addWidget(m_removeButton);

    m_localCaFrame->setObjectName(QStringLiteral("localCaFrame"));
    UiStyle::makeCard(m_localCaFrame);
    m_localCaTitle->setObjectName(QStringLiteral("localCaTitleLabel"));
    m_localCaTitle->setWordWrap(true);
    m_localCaTitle->setTextFormat(Qt::RichText);
    m_localCaStatus->setObjectName(QStringLiteral("localCaStatusLabel"));
    m_localCaStatus->setWordWrap(true);
    m_localCaStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_exportLocalCaButton->setObjectName(QStringLiteral("exportLocalCaButton"));
    m_createLocalCaButton->setObjectName(QStringLiteral("createLocalCaButton"));
    auto* localCaText = new QVBoxLayout();
    localCaText->setSpacing(4);
    localCaText->addWidget(m_localCaTitle);
    localCaText->addWidget(m_localCaStatus);
    auto* localCaLayout = new QHBoxLayout(m_localCaFrame);
    localCaLayout->setContentsMargins(14, 10, 14, 10);
    localCaLayout->setSpacing(12);
    localCaLayout->addLayout(localCaText, 1);
    localCaLayout->addWidget(m_exportLocalCaButton, 0, Qt::AlignVCenter);
    localCaLayout->addWidget(m_createLocalCaButton, 0, Qt::AlignVCenter);

    m_table->setObjectName(QStringLiteral("certificatesTableView"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    m_table->setStyleSheet(QStringLiteral("QTableView#certificatesTableView::item { padding: 4px 6px; }"));
    QHeaderView* header = m_table->horizontalHeader();
    // The host names take the room left; long names and issuers elide (the tooltips and Details have
    // them whole), so the window never needs a horizontal scroll bar.
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(CertificateTableModel::NameColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(CertificateTableModel::IssuerColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(CertificateTableModel::NamesColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(CertificateTableModel::UsedByColumn, QHeaderView::Interactive);
    header->resizeSection(CertificateTableModel::NameColumn, 150);
    header->resizeSection(CertificateTableModel::IssuerColumn, 160);
    header->resizeSection(CertificateTableModel::UsedByColumn, 130);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    m_selection->setObjectName(QStringLiteral("certificateSelectionLabel"));
    m_selection->setWordWrap(true);
    m_selection->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setObjectName(QStringLiteral("certificatesStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();
    m_directoryNote->setObjectName(QStringLiteral("certificatesDirectoryLabel"));
    m_directoryNote->setWordWrap(true);
    m_directoryNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    UiStyle::makeSecondary(m_directoryNote);

    auto* content = new QWidget(this);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(10);
    contentLayout->addLayout(toolbar);
    contentLayout->addWidget(m_localCaFrame);
    contentLayout->addWidget(m_table, 1);
    contentLayout->addWidget(m_selection);
    contentLayout->addWidget(m_status);
    contentLayout->addWidget(m_directoryNote);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(content);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(UiStyle::pageMargin, UiStyle::pageMargin, UiStyle::pageMargin, UiStyle::pageMargin);
    layout->setSpacing(UiStyle::sectionSpacing);
    layout->addWidget(m_header);
    layout->addWidget(m_stack, 1);

    connect(m_newFirstButton, &QPushButton::clicked, this, [this] { openWizard(); });
    connect(m_newButton, &QPushButton::clicked, this, [this] { openWizard(); });
    connect(m_importButton, &QPushButton::clicked, this, [this] { openWizard(CertificateWizard::ImportPageId); });
    connect(m_createLocalCaButton, &QPushButton::clicked, this,
            [this] { openWizard(CertificateWizard::LocalCaPageId); });
    connect(m_exportLocalCaButton, &QPushButton::clicked, this, [this] { openLocalCaInstructions(); });
    connect(m_detailsButton, &QPushButton::clicked, this, [this] { openDetails(); });
    connect(m_table, &QTableView::doubleClicked, this, [this] { openDetails(); });
    connect(m_renewButton, &QPushButton::clicked, this, [this] { renewSelected(); });
    connect(m_downloadRequestButton, &QPushButton::clicked, this, &CertificatesPage::chooseRequestFile);
    connect(m_importAnswerButton, &QPushButton::clicked, this, &CertificatesPage::chooseAnswerFile);
    connect(m_removeButton, &QPushButton::clicked, this, &CertificatesPage::confirmRemoveSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        refreshSelection();
        refreshButtons();
    });

    EngineController& engine = session.engine();
    CertificateCenter& center = engine.certificates();
    connect(&center, &CertificateCenter::certificatesChanged, this, &CertificatesPage::refresh);
    connect(&center, &CertificateCenter::acmeStarted, this, &CertificatesPage::refresh);
    connect(&center, &CertificateCenter::acmeFinished, this, &CertificatesPage::onAcmeFinished);
    connect(&center, &CertificateCenter::renewalsChanged, this, &CertificatesPage::refresh);
    connect(&engine, &EngineController::eventOccurred, this, &CertificatesPage::onEvent, Qt::QueuedConnection);
    connect(&engine, &EngineController::configChanged, this, &CertificatesPage::refresh, Qt::QueuedConnection);
    retranslate();
}

void CertificatesPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CertificatesPage::showEvent(QShowEvent* event)
{
    // Expiry colours and "in N days" move with the calendar, not only with changes.
    refresh();
    QWidget::showEvent(event);
}

void CertificatesPage::retranslate()
{
    m_header->setTitle(tr("Certificates"));
    m_header->setSubtitle(tr("The certificates that let browsers reach your sites over https:// without warnings."));
    m_empty->setTitle(tr("No certificates yet"));
    m_empty->setDescription(
        tr("A certificate proves to visitors' browsers that a site really is yours, and lets them talk to it over "
           "an encrypted https:// connection. Portico can get free ones from Let's Encrypt for public sites, make "
           "them with the office's own certificate authority for internal sites, or import ones you bought."));
    m_newFirstButton->setText(tr("New certificate…"));
    m_newButton->setText(tr("New certificate…"));
    m_importButton->setText(tr("Import…"));
    m_importButton->setToolTip(tr("Import PEM or PKCS#12 files you already have"));
    m_detailsButton->setText(tr("Details"));
    m_renewButton->setText(tr("Renew now"));
    m_renewButton->setToolTip(tr("Ask the ACME certificate authority for a new certificate now, instead of waiting "
                                 "for the automatic renewal"));
    m_downloadRequestButton->setText(tr("Save request…"));
    m_downloadRequestButton->setToolTip(tr("Save the request (.csr) to send to your certificate authority"));
    m_importAnswerButton->setText(tr("Import answer…"));
    m_importAnswerButton->setToolTip(tr("Import the certificate your certificate authority sent for this request"));
    m_removeButton->setText(tr("Remove"));
    m_exportLocalCaButton->setText(tr("Export and install…"));
    m_exportLocalCaButton->setToolTip(tr("Save the CA certificate and see how to install it on computers and phones"));
    m_createLocalCaButton->setText(tr("Create local CA…"));
    m_model->retranslate();
    refresh();
}

void CertificatesPage::refresh()
{
    const QString selected = selectedId();
    CertificateCenter& center = m_session.engine().certificates();
    const QList<CertificateEntry> entries = center.list();
    QHash<QString, QStringList> usedBy;
    for (const CertificateEntry& entry : entries) {
        if (entry.kind == CertificateEntryKind::Certificate)
            usedBy.insert(entry.id, center.usedBy(entry.id));
    }
    m_model->setEntries(entries, usedBy, center.renewals(), QDateTime::currentDateTimeUtc());
    m_stack->setCurrentIndex(entries.isEmpty() ? 0 : 1);
    if (!selected.isEmpty())
        selectEntry(selected);
    m_directoryNote->setText(tr("Kept in %1. Private keys stay on this computer and are readable only by Portico's "
                                "user.")
                                 .arg(QDir::toNativeSeparators(center.directory())));
    refreshLocalCa();
    refreshSelection();
    refreshButtons();
}

void CertificatesPage::refreshLocalCa()
{
    CertificateCenter& center = m_session.engine().certificates();
    const QString id = center.localCaId();
    const std::optional<CertificateEntry> ca = id.isEmpty() ? std::nullopt : center.entry(id);
    m_exportLocalCaButton->setVisible(ca.has_value());
    m_createLocalCaButton->setVisible(!ca);
    //: A tag before the local CA's name on the Certificates page.
    const QString tag = QStringLiteral("<span style=\"color:%1\">%2</span>")
                            .arg(UiStyle::secondaryText(palette()).name(), tr("LOCAL CERTIFICATE AUTHORITY"));
    if (!ca) {
        m_localCaTitle->setText(tag + QStringLiteral("<br><b>%1</b>").arg(tr("None yet").toHtmlEscaped()));
        m_localCaStatus->setText(tr("Create one to give internal sites (intranet, NAS, printers, IP addresses) "
                                    "certificates that your computers trust once the CA is installed on them."));
        return;
    }
    m_localCaTitle->setText(tag + QStringLiteral("<br><b>%1</b>").arg(ca->info.commonName.toHtmlEscaped()));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    int issued = 0;
    for (const CertificateEntry& entry : center.list())
        issued += entry.kind == CertificateEntryKind::Certificate && entry.source == CertificateSource::LocalCa ? 1 : 0;
    QString status = tr("Valid until %1 (%2). It has issued %n certificate(s) in this store.", nullptr, issued)
                         .arg(CertificateText::date(ca->info.notAfter), CertificateText::expiryRelative(ca->info, now));
    QPalette statusPalette = palette();
    switch (CertificateTableModel::expiryLevel(ca->info, now)) {
    case CertificateTableModel::ExpiryLevel::Urgent:
        statusPalette.setColor(QPalette::WindowText, UiStyle::errorColor());
        break;
    case CertificateTableModel::ExpiryLevel::Soon:
        statusPalette.setColor(QPalette::WindowText, UiStyle::warningColor());
        break;
    case CertificateTableModel::ExpiryLevel::Normal:
        break;
    }
    m_localCaStatus->setPalette(statusPalette);
    m_localCaStatus->setText(status);
}

QString CertificatesPage::selectedId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(CertificateTableModel::EntryIdRole).toString();
}

bool CertificatesPage::selectEntry(const QString& id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    m_table->selectRow(row);
    return true;
}

void CertificatesPage::refreshButtons()
{
    const int row = m_model->rowOf(selectedId());
    const bool selected = row >= 0;
    const CertificateEntry* entry = selected ? &m_model->entry(row) : nullptr;
    const bool pending = entry && entry->kind == CertificateEntryKind::PendingRequest;
    const bool acme =
        entry && entry->kind == CertificateEntryKind::Certificate && entry->source == CertificateSource::Acme;
    const auto renewal = selected ? m_model->renewal(row) : std::nullopt;
    m_detailsButton->setEnabled(selected);
    m_renewButton->setEnabled(acme && !(renewal && renewal->running));
    m_downloadRequestButton->setEnabled(pending);
    m_importAnswerButton->setEnabled(pending);
    m_removeButton->setEnabled(selected);
}

void CertificatesPage::refreshSelection()
{
    const int row = m_model->rowOf(selectedId());
    if (row < 0) {
        m_selection->setText(tr("Select a certificate to see its details or act on it."));
        UiStyle::makeSecondary(m_selection);
        return;
    }
    m_selection->setPalette(palette());
    const CertificateEntry& entry = m_model->entry(row);
    if (entry.kind == CertificateEntryKind::PendingRequest) {
        m_selection->setText(tr("Waiting for the certificate authority's answer. Save the request and send it to "
                                "them; then import the certificate they send with Import answer."));
        return;
    }
    const auto renewal = m_model->renewal(row);
    if (entry.source != CertificateSource::Acme || !renewal) {
        const QStringList places = m_model->usedBy(row);
        m_selection->setText(places.isEmpty()
                                 ? tr("\"%1\" is not used by any site or listener yet.").arg(entry.name)
                                 : tr("\"%1\" is used by %2.").arg(entry.name, CertificateText::usedByList(places)));
        return;
    }
    if (renewal->running) {
        m_selection->setText(tr("Renewing \"%1\" now…").arg(entry.name));
        return;
    }
    QString text =
        renewal->failures > 0
            ? tr("Renewing \"%1\" failed %n time(s); Portico tries again on %2.", nullptr, renewal->failures)
                  .arg(entry.name, CertificateText::dateTime(renewal->nextAttempt))
            : tr("Portico renews \"%1\" automatically on %2.").arg(entry.name, CertificateText::dateTime(renewal->due));
    if (renewal->lastError)
        text += QLatin1Char('\n') + tr("Last problem: %1").arg(CertificateText::acmeError(*renewal->lastError));
    if (renewal->failures > 0) {
        QPalette warning = palette();
        warning.setColor(QPalette::WindowText, UiStyle::warningColor());
        m_selection->setPalette(warning);
    }
    m_selection->setText(text);
}

void CertificatesPage::onEvent(const EngineEvent& event)
{
    switch (event.kind) {
    case EngineEventKind::CertificateExpiring:
    case EngineEventKind::CertificateExpired:
    case EngineEventKind::CertificateIssued:
    case EngineEventKind::CertificateRenewed:
    case EngineEventKind::CertificateRenewalFailed:
    case EngineEventKind::CertificatesReloaded:
    case EngineEventKind::CertificateUnusable:
        refresh();
        break;
    default:
        break;
    }
}

void CertificatesPage::onAcmeFinished(quint64 id, const AcmeOutcome& outcome)
{
    refresh();
    if (!m_renewals.contains(id))
        return;
    const QString name = m_renewals.take(id);
    if (outcome.ok())
        showStatus(tr("\"%1\" was renewed.").arg(name), false);
    else
        showStatus(tr("\"%1\" was not renewed. %2").arg(name, CertificateText::acmeOutcome(outcome)), true);
}

CertificateWizard* CertificatesPage::openWizard(int startPage)
{
    auto* wizard = new CertificateWizard(m_session, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    if (startPage != CertificateWizard::MethodPageId) {
        wizard->startWith(methodForPage(startPage));
        wizard->setStartId(startPage);
    }
    connect(wizard, &QWizard::finished, this, [this, wizard](int result) {
        if (result == QDialog::Accepted && !wizard->createdId().isEmpty())
            selectEntry(wizard->createdId());
    });
    wizard->open();
    return wizard;
}

CertificateDetailsDialog* CertificatesPage::openDetails()
{
    const QString id = selectedId();
    if (id.isEmpty())
        return nullptr;
    auto* dialog = new CertificateDetailsDialog(m_session, id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

LocalCaInstructionsDialog* CertificatesPage::openLocalCaInstructions()
{
    auto* dialog = new LocalCaInstructionsDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

quint64 CertificatesPage::renewSelected()
{
    const int row = m_model->rowOf(selectedId());
    if (row < 0)
        return 0;
    const CertificateEntry entry = m_model->entry(row);
    if (entry.kind != CertificateEntryKind::Certificate || entry.source != CertificateSource::Acme)
        return 0;
    const quint64 id = m_session.engine().certificates().requestAcme(entry.info.dnsNames, entry.id);
    if (id != 0) {
        m_renewals.insert(id, entry.name);
        showStatus(tr("Renewal of \"%1\" started…").arg(entry.name), false);
    }
    refresh();
    return id;
}

void CertificatesPage::showRefusal(const QString& title, const QString& text, const char* objectName)
{
    auto* box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box->setObjectName(QLatin1String(objectName));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void CertificatesPage::confirmRemoveSelected()
{
    const int row = m_model->rowOf(selectedId());
    if (row < 0)
        return;
    const CertificateEntry entry = m_model->entry(row);
    const QStringList places = m_model->usedBy(row);
    if (!places.isEmpty()) {
        showRefusal(tr("Certificate in use"),
                    tr("\"%1\" cannot be removed. %2")
                        .arg(entry.name, CertificateText::error(CertificateError{CertificateErrorCode::InUse, places})),
                    "certificateInUseMessageBox");
        return;
    }
    const QString text =
        entry.kind == CertificateEntryKind::PendingRequest
            ? tr("Remove the request \"%1\"? Its private key is deleted too, so the certificate authority's answer "
                 "can no longer be imported.")
                  .arg(entry.name)
            : tr("Remove the certificate \"%1\" and its private key? This cannot be undone; keep a copy of the files "
                 "if you may need them again.")
                  .arg(entry.name);
    auto* box = new QMessageBox(QMessageBox::Question, tr("Remove certificate"), text, QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("removeCertificateMessageBox"));
    QPushButton* remove = box->addButton(tr("Remove"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmRemoveCertificateButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = entry.id;
    connect(box, &QMessageBox::buttonClicked, this, [this, remove, id](QAbstractButton* button) {
        if (button == remove)
            removeEntry(id);
    });
    box->open();
}

void CertificatesPage::removeEntry(const QString& id)
{
    const std::optional<CertificateEntry> entry = m_session.engine().certificates().entry(id);
    const CertificateResult result = m_session.engine().certificates().remove(id);
    if (!result.ok()) {
        showRefusal(tr("Certificate not removed"), CertificateText::error(*result.error), "certificateInUseMessageBox");
        return;
    }
    showStatus(tr("\"%1\" was removed.").arg(entry ? entry->name : id), false);
    refresh();
}

void CertificatesPage::chooseRequestFile()
{
    const int row = m_model->rowOf(selectedId());
    if (row < 0)
        return;
    const CertificateEntry& entry = m_model->entry(row);
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QDir::homePath();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the certificate request"),
        QDir(folder).filePath(entry.requestedNames.value(0, entry.name) + QStringLiteral(".csr")),
        tr("Certificate requests (*.csr);;All files (*)"));
    if (!path.isEmpty())
        saveRequest(entry.id, path);
}

bool CertificatesPage::saveRequest(const QString& id, const QString& path)
{
    const QByteArray pem = m_session.engine().certificates().requestPem(id);
    if (pem.isEmpty()) {
        showStatus(tr("There is no request to save for this entry."), true);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pem) != pem.size() || !file.commit()) {
        showStatus(tr("Cannot save %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()), true);
        return false;
    }
    showStatus(
        tr("The request was saved to %1. Send it to your certificate authority.").arg(QDir::toNativeSeparators(path)),
        false);
    return true;
}

void CertificatesPage::chooseAnswerFile()
{
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import the certificate authority's answer"), QDir::homePath(),
                                     tr("Certificates (*.crt *.pem *.cer *.p7b);;All files (*)"));
    if (!path.isEmpty())
        importAnswer(id, path);
}

bool CertificatesPage::importAnswer(const QString& id, const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showStatus(tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()), true);
        return false;
    }
    const CertificateResult result = m_session.engine().certificates().importRequestAnswer(id, file.readAll());
    if (!result.ok()) {
        showStatus(tr("The answer was not imported: %1").arg(CertificateText::error(*result.error)), true);
        return false;
    }
    refresh();
    selectEntry(result.id);
    showStatus(tr("The certificate was imported; the request is now a certificate you can use."), false);
    return true;
}

void CertificatesPage::showStatus(const QString& text, bool error)
{
    QPalette palette = this->palette();
    palette.setColor(QPalette::WindowText, error ? UiStyle::errorColor() : UiStyle::successColor());
    m_status->setPalette(palette);
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

QString CertificatesPage::statusText() const
{
    return m_status->text();
}

} // namespace Portico
