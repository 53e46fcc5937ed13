// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

const QString sourceTs = QStringLiteral("portico_en.ts");

// One <message> of a .ts file, as far as these checks care.
struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; // "", "unfinished", "vanished" or "obsolete"
    QStringList translations;

    QString key() const { return context + QStringLiteral(" | ") + source + QStringLiteral(" | ") + comment; }
};

QList<TsMessage> readTs(const QString& path, QString& error)
{
    QList<TsMessage> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        error = file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("context")) {
                context.clear();
            } else if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                message = TsMessage{
                    context, {}, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes"), {}, {}};
            } else if (name == QLatin1String("source")) {
                message.source = xml.readElementText();
            } else if (name == QLatin1String("comment")) {
                message.comment = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                message.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!message.numerus)
                    message.translations << xml.readElementText();
            } else if (name == QLatin1String("numerusform")) {
                message.translations << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            messages << message;
        }
    }
    if (xml.hasError())
        error = xml.errorString();
    return messages;
}

QSet<QString> placeholders(const QString& text)
{
    QSet<QString> found;
    static const QRegularExpression pattern(QStringLiteral("%L?(?:[0-9]|n)"));
    for (const QRegularExpressionMatch& match : pattern.globalMatch(text))
        found.insert(match.captured().remove(QLatin1Char('L')));
    return found;
}

QStringList shippedTranslations()
{
    QStringList files = QDir(QStringLiteral(PORTICO_TRANSLATIONS_DIR)).entryList({QStringLiteral("*.ts")}, QDir::Files);
    files.removeAll(sourceTs);
    return files;
}

QSet<QString> keys(const QList<TsMessage>& messages)
{
    QSet<QString> result;
    for (const TsMessage& message : messages) {
        if (message.type != QLatin1String("vanished") && message.type != QLatin1String("obsolete"))
            result.insert(message.key());
    }
    return result;
}

QString describeDifference(const QSet<QString>& expected, const QSet<QString>& actual)
{
    QStringList lines;
    for (const QString& key : expected - actual)
        lines << QStringLiteral("  only in the code: ") + key;
    for (const QString& key : actual - expected)
        lines << QStringLiteral("  only in the .ts file: ") + key;
    lines.sort();
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shippedTranslationsAreComplete_data();
    void shippedTranslationsAreComplete();
    void sourceFileHasEnglishPlurals();
    void everyLanguageHasTheSameMessages_data();
    void everyLanguageHasTheSameMessages();
    void sourceFileMatchesTheCode();
};

void TestTranslations::shippedTranslationsAreComplete_data()
{
    QTest::addColumn<QString>("file");
    const QStringList files = shippedTranslations();
    QVERIFY2(!files.isEmpty(), "no translation besides the source language");
    for (const QString& file : files)
        QTest::newRow(qPrintable(file)) << file;
}

void TestTranslations::shippedTranslationsAreComplete()
{
    QFETCH(QString, file);
    QString error;
    const QList<TsMessage> messages = readTs(QDir(QStringLiteral(PORTICO_TRANSLATIONS_DIR)).filePath(file), error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!messages.isEmpty());
    QStringList problems;
    for (const TsMessage& message : messages) {
        if (!message.type.isEmpty()) {
            problems << QStringLiteral("%1: %2").arg(message.type, message.key());
            continue;
        }
        if (message.translations.isEmpty() || message.translations.contains(QString())) {
            problems << QStringLiteral("empty translation: ") + message.key();
            continue;
        }
        const QSet<QString> expected = placeholders(message.source);
        for (const QString& translation : message.translations) {
            QSet<QString> found = placeholders(translation);
            // A plural form may spell out "one" instead of %n.
            if (message.numerus && !found.contains(QStringLiteral("%n")))
                found.insert(QStringLiteral("%n"));
            if (found != expected)
                problems << QStringLiteral("placeholders differ: ") + message.key() + QStringLiteral(" -> ") +
                                translation;
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestTranslations::sourceFileHasEnglishPlurals()
{
    QString error;
    const QList<TsMessage> messages = readTs(QDir(QStringLiteral(PORTICO_TRANSLATIONS_DIR)).filePath(sourceTs), error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList problems;
    int plurals = 0;
    for (const TsMessage& message : messages) {
        if (message.type == QLatin1String("vanished") || message.type == QLatin1String("obsolete"))
            problems << QStringLiteral("%1: %2").arg(message.type, message.key());
        if (!message.numerus)
            continue;
        ++plurals;
        if (message.type == QLatin1String("unfinished") || message.translations.size() != 2 ||
            message.translations.contains(QString()))
            problems << QStringLiteral("English plural forms missing: ") + message.key();
    }
    QVERIFY(plurals > 0);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestTranslations::everyLanguageHasTheSameMessages_data()
{
    shippedTranslationsAreComplete_data();
}

void TestTranslations::everyLanguageHasTheSameMessages()
{
    QFETCH(QString, file);
    const QDir dir(QStringLiteral(PORTICO_TRANSLATIONS_DIR));
    QString error;
    const QSet<QString> source = keys(readTs(dir.filePath(sourceTs), error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QSet<QString> translated = keys(readTs(dir.filePath(file), error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(source == translated, qPrintable(describeDifference(source, translated)));
}

void TestTranslations::sourceFileMatchesTheCode()
{
    QTemporaryDir scratch;
    QVERIFY(scratch.isValid());
    const QString committed = QDir(QStringLiteral(PORTICO_TRANSLATIONS_DIR)).filePath(sourceTs);
    const QString updated = scratch.filePath(sourceTs);
    QVERIFY(QFile::copy(committed, updated));
    QFile::setPermissions(updated, QFile::ReadOwner | QFile::WriteOwner);

    QStringList arguments = QStringLiteral(PORTICO_LUPDATE_OPTIONS).split(QLatin1Char('|'), Qt::SkipEmptyParts);
    arguments << QStringLiteral(PORTICO_LUPDATE_SOURCE_DIRS).split(QLatin1Char('|'), Qt::SkipEmptyParts);
    arguments << QStringLiteral("-ts") << updated;
    QProcess lupdate;
    lupdate.start(QStringLiteral(PORTICO_LUPDATE), arguments);
    QVERIFY2(lupdate.waitForFinished(120'000), qPrintable(lupdate.errorString()));
    const QByteArray output = lupdate.readAllStandardOutput() + lupdate.readAllStandardError();
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0, output.constData());
    // lupdate warns about tr() calls it cannot extract (non-literal text, unknown context).
    QVERIFY2(!output.contains("arning"), output.constData());

    QString error;
    const QSet<QString> inFile = keys(readTs(committed, error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QSet<QString> inCode = keys(readTs(updated, error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(inFile == inCode,
             qPrintable(QStringLiteral("translations/%1 is out of date; run the portico_ui_lupdate target and "
                                       "translate the new texts:\n%2")
                            .arg(sourceTs, describeDifference(inCode, inFile))));
}

QTEST_MAIN(TestTranslations)
#include "TestTranslations.moc"
