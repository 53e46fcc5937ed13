// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizards/CertificateWizard.h"

#include "app/EngineSession.h"
#include "controller/CertificateCenter.h"
#include "text/CertificateText.h"
#include "wizards/CertificateAcmePage.h"
#include "wizards/CertificateDonePage.h"
#include "wizards/CertificateImportPage.h"
#include "wizards/CertificateLocalCaPage.h"
#include "wizards/CertificateMethodPage.h"
#include "wizards/CertificateOrderPage.h"
#include "wizards/CertificatePreflightPage.h"
#include "wizards/CertificateRequestPage.h"
#include "wizards/CertificateSelfSignedPage.h"

#include <QComboBox>
#include <QEvent>

namespace Portico {

CertificateWizard::CertificateWizard(EngineSession& session, QWidget* parent)
    : QWizard(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("certificateWizard"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveHelpButton, false);
    // What was made is made: at the end there is nothing left to cancel.
    setOption(QWizard::NoCancelButtonOnLastPage);
    setMinimumSize(760, 600);

    setPage(MethodPageId, new CertificateMethodPage(this));
    setPage(ImportPageId, new CertificateImportPage(this));
    setPage(SelfSignedPageId, new CertificateSelfSignedPage(this));
    setPage(LocalCaPageId, new CertificateLocalCaPage(this));
    setPage(AcmePageId, new CertificateAcmePage(this));
    setPage(PreflightPageId, new CertificatePreflightPage(this));
    setPage(OrderPageId, new CertificateOrderPage(this));
    setPage(RequestPageId, new CertificateRequestPage(this));
    setPage(DonePageId, new CertificateDonePage(this));
    setStartId(MethodPageId);
    retranslate();
}

QStringList CertificateWizard::pageNames()
{
    return {QStringLiteral("method"),   QStringLiteral("import"),  QStringLiteral("self-signed"),
            QStringLiteral("local-ca"), QStringLiteral("acme"),    QStringLiteral("preflight"),
            QStringLiteral("order"),    QStringLiteral("request"), QStringLiteral("done")};
}

CertificateCenter& CertificateWizard::certificates()
{
    return m_session.engine().certificates();
}

int CertificateWizard::pageIdForMethod(Method method)
{
    switch (method) {
    case Method::Import:
        return ImportPageId;
    case Method::SelfSigned:
        return SelfSignedPageId;
    case Method::LocalCa:
        return LocalCaPageId;
    case Method::Acme:
        return AcmePageId;
    case Method::Request:
        return RequestPageId;
    }
    return ImportPageId;
}

void CertificateWizard::fillKeyTypes(QComboBox* combo)
{
    const int current = combo->currentIndex();
    const QSignalBlocker blocker(combo);
    combo->clear();
    for (CertificateKeyType type :
         {CertificateKeyType::EcdsaP256, CertificateKeyType::EcdsaP384, CertificateKeyType::Rsa2048,
          CertificateKeyType::Rsa3072, CertificateKeyType::Rsa4096})
        combo->addItem(CertificateText::keyTypeName(type), static_cast<int>(type));
    combo->setCurrentIndex(qMax(0, current));
}

void CertificateWizard::setMethod(Method method)
{
    m_method = method;
}

void CertificateWizard::startWith(Method method)
{
    m_method = method;
    if (auto* choice = qobject_cast<CertificateMethodPage*>(page(MethodPageId)))
        choice->setMethod(method);
    setStartId(pageIdForMethod(method));
}

void CertificateWizard::done(int result)
{
    // An order still running when the admin gives up is stopped, not left to finish unseen.
    if (auto* order = qobject_cast<CertificateOrderPage*>(page(OrderPageId)))
        order->cancelRunning();
    QWizard::done(result);
}

void CertificateWizard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizard::changeEvent(event);
}

void CertificateWizard::retranslate()
{
    setWindowTitle(tr("New certificate"));
    setButtonText(QWizard::FinishButton, tr("Finish"));
    setButtonText(QWizard::NextButton, tr("Next >"));
    setButtonText(QWizard::CommitButton, tr("Next >"));
    setButtonText(QWizard::BackButton, tr("< Back"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));
}

} // namespace Portico
