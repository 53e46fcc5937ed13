// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "acme/AcmeError.h"

#include <QTest>

using namespace Portico;

class TestAcmeError : public QObject
{
    Q_OBJECT

private slots:
    void problemDocuments_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<AcmeErrorCode>("code");
        QTest::addColumn<QString>("detail");

        QTest::newRow("dns") << QByteArray(R"({"type":"urn:ietf:params:acme:error:dns","detail":"NXDOMAIN"})")
                             << AcmeErrorCode::DnsFailure << QStringLiteral("NXDOMAIN");
        QTest::newRow("rate limited") << QByteArray(
                                             R"({"type":"urn:ietf:params:acme:error:rateLimited","detail":"slow"})")
                                      << AcmeErrorCode::RateLimited << QStringLiteral("slow");
        QTest::newRow("unauthorized") << QByteArray(R"({"type":"urn:ietf:params:acme:error:unauthorized"})")
                                      << AcmeErrorCode::Unauthorized << QString();
        QTest::newRow("connection") << QByteArray(
                                           R"({"type":"urn:ietf:params:acme:error:connection","detail":"refused"})")
                                    << AcmeErrorCode::ConnectionRefused << QStringLiteral("refused");
        QTest::newRow("bad nonce") << QByteArray(R"({"type":"urn:ietf:params:acme:error:badNonce"})")
                                   << AcmeErrorCode::BadNonce << QString();
        QTest::newRow("unknown acme type") << QByteArray(R"({"type":"urn:ietf:params:acme:error:somethingNew"})")
                                           << AcmeErrorCode::OtherProblem << QString();
        QTest::newRow("other namespace") << QByteArray(R"({"type":"about:blank","detail":"x"})")
                                         << AcmeErrorCode::OtherProblem << QStringLiteral("x");
        QTest::newRow("subproblem decides")
            << QByteArray(R"({"type":"urn:ietf:params:acme:error:malformed","detail":"some names failed",)"
                          R"("subproblems":[{"type":"urn:ietf:params:acme:error:dns","detail":"a"}]})")
            << AcmeErrorCode::DnsFailure << QStringLiteral("some names failed");
    }

    void problemDocuments()
    {
        QFETCH(QByteArray, body);
        QFETCH(AcmeErrorCode, code);
        QFETCH(QString, detail);
        const std::optional<AcmeError> error = AcmeError::fromProblem(body, 403);
        QVERIFY(error.has_value());
        QCOMPARE(error->code, code);
        QCOMPARE(error->detail, detail);
        QCOMPARE(error->httpStatus, 403);
    }

    void notAProblem()
    {
        QVERIFY(!AcmeError::fromProblem(QByteArrayLiteral("<html>"), 500).has_value());
        QVERIFY(!AcmeError::fromProblem(QByteArrayLiteral("{\"status\":\"valid\"}"), 200).has_value());
    }

    void codeNamesAreDistinct()
    {
        QSet<QString> names;
        for (int code = 0; code <= int(AcmeErrorCode::Cancelled); ++code)
            names.insert(AcmeError::codeName(AcmeErrorCode(code)));
        QCOMPARE(names.size(), int(AcmeErrorCode::Cancelled) + 1);
    }
};

QTEST_GUILESS_MAIN(TestAcmeError)
#include "TestAcmeError.moc"
