// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QWizard>

class QComboBox;

namespace Portico {

class CertificateCenter;
class EngineSession;

// Makes a certificate in a few plain steps. The first step chooses how: import files, a self-signed one, one
// from the office's local CA, one from Let's Encrypt (or another ACME CA), or a request for a commercial CA.
// Each way has its own step that does the work when the admin presses Next, shows any problem beside the field
// it is about and stores nothing then; the last step says what was made and what to do next.
class CertificateWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        MethodPageId,
        ImportPageId,
        SelfSignedPageId,
        LocalCaPageId,
        AcmePageId,
        PreflightPageId,
        OrderPageId,
        RequestPageId,
        DonePageId,
    };
    enum class Method
    {
        Import,
        SelfSigned,
        LocalCa,
        Acme,
        Request,
    };

    // "method", "import", "self-signed", "local-ca", "acme", "preflight", "order", "request", "done", as
    // --wizard-page takes them.
    static QStringList pageNames();

    explicit CertificateWizard(EngineSession& session, QWidget* parent = nullptr);

    EngineSession& session() { return m_session; }
    CertificateCenter& certificates();

    Method method() const { return m_method; }
    void setMethod(Method method);
    // Starts at a method's own step (the page's Import… button), skipping the choice.
    void startWith(Method method);

    // What the wizard made: the entry id, whether it created the local CA on the way, where a request was saved.
    const QString& createdId() const { return m_createdId; }
    void setCreatedId(const QString& id) { m_createdId = id; }
    bool createdLocalCa() const { return m_createdLocalCa; }
    void setCreatedLocalCa(bool created) { m_createdLocalCa = created; }
    const QString& requestPath() const { return m_requestPath; }
    void setRequestPath(const QString& path) { m_requestPath = path; }
    // The names the ACME steps work on.
    const QStringList& acmeNames() const { return m_acmeNames; }
    void setAcmeNames(const QStringList& names) { m_acmeNames = names; }

    static int pageIdForMethod(Method method);
    // Fills a combo with the key types the store makes, ECDSA P-256 first (the item data is the enum's value).
    static void fillKeyTypes(QComboBox* combo);

public Q_SLOTS:
    void done(int result) override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    EngineSession& m_session;
    Method m_method = Method::LocalCa;
    QString m_createdId;
    bool m_createdLocalCa = false;
    QString m_requestPath;
    QStringList m_acmeNames;
};

} // namespace Portico
