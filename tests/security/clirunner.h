#pragma once

// Running the real `audiencebridge` executable from a test: a sandbox subprocess, commands with
// a given environment (each one's output kept, optionally in log files), and the browser step
// of `connections login`.

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include <memory>

namespace SecurityTest {

struct CliResult
{
    int exitCode = -1; // -1: crashed or timed out
    QByteArray out;
    QByteArray err;
};

// `audiencebridge sandbox --port 0 ARGS...` until destroyed.
class SandboxProcess
{
public:
    SandboxProcess(const QStringList &arguments, const QProcessEnvironment &environment)
    {
        m_process.setProcessEnvironment(environment);
        m_process.start(
            QStringLiteral(AB_EXECUTABLE),
            QStringList { QStringLiteral("sandbox"), QStringLiteral("--port"), QStringLiteral("0") }
                + arguments);
        const QDeadlineTimer deadline(10000);
        while (!m_process.canReadLine() && !deadline.hasExpired()
               && m_process.state() != QProcess::NotRunning)
            m_process.waitForReadyRead(100);
        const QByteArray line = m_process.readLine().trimmed();
        if (line.startsWith("listening "))
            m_url = QString::fromLatin1(line.mid(10));
    }
    ~SandboxProcess()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
    }
    Q_DISABLE_COPY_MOVE(SandboxProcess)

    QString url() const { return m_url; }

private:
    QProcess m_process;
    QString m_url;
};

class CliRunner
{
public:
    void setEnvironment(const QProcessEnvironment &environment) { m_environment = environment; }
    const QProcessEnvironment &environment() const { return m_environment; }
    void setWorkingDirectory(const QString &folder) { m_workingDirectory = folder; }
    // When set, every command's stdout and stderr are also written to NN-command.out/.err there.
    void setLogFolder(const QString &folder) { m_logFolder = folder; }

    CliResult run(const QStringList &arguments, const QByteArray &input = {}, int timeoutMs = 60000)
    {
        QProcess process;
        prepare(process);
        process.start(QStringLiteral(AB_EXECUTABLE), arguments);
        if (!input.isEmpty())
            process.write(input);
        process.closeWriteChannel();
        CliResult result;
        if (!process.waitForFinished(timeoutMs)) {
            process.kill();
            process.waitForFinished();
            result.err = "timed out: " + arguments.join(QLatin1Char(' ')).toUtf8();
        } else if (process.exitStatus() == QProcess::NormalExit) {
            result.exitCode = process.exitCode();
        }
        result.out += process.readAllStandardOutput();
        result.err += process.readAllStandardError();
        log(arguments, result.out, result.err);
        return result;
    }

    // A started command; finish(process) collects and logs its output.
    std::unique_ptr<QProcess> start(const QStringList &arguments)
    {
        auto process = std::make_unique<QProcess>();
        prepare(*process);
        process->setProperty("arguments", arguments);
        process->start(QStringLiteral(AB_EXECUTABLE), arguments);
        return process;
    }
    void finish(QProcess &process, const QByteArray &alreadyReadErr = {})
    {
        log(process.property("arguments").toStringList(), process.readAllStandardOutput(),
            alreadyReadErr + process.readAllStandardError());
    }

    // `connections login NAME`, following the printed address as a browser would (the sandbox
    // approves at once and redirects to the command's loopback listener). Returns the command's
    // result.
    CliResult login(const QString &connection, const QStringList &extra = {})
    {
        std::unique_ptr<QProcess> process = start(
            QStringList { QStringLiteral("connections"), QStringLiteral("login"), connection }
            + extra);
        QByteArray err;
        QString address;
        const QDeadlineTimer deadline(15000);
        static const QRegularExpression addressLine(QStringLiteral("^(http\\S+)$"),
                                                    QRegularExpression::MultilineOption);
        while (address.isEmpty() && !deadline.hasExpired()
               && process->state() != QProcess::NotRunning) {
            process->waitForReadyRead(100);
            err += process->readAllStandardError();
            const QRegularExpressionMatch match = addressLine.match(QString::fromUtf8(err));
            if (match.hasMatch())
                address = match.captured(1);
        }
        if (!address.isEmpty()) {
            QNetworkAccessManager network;
            QNetworkRequest request { QUrl(address) };
            request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                                 QNetworkRequest::NoLessSafeRedirectPolicy);
            std::unique_ptr<QNetworkReply> reply(network.get(request));
            const QDeadlineTimer browsing(15000);
            while (!reply->isFinished() && !browsing.hasExpired())
                QTest::qWait(20);
        }
        if (process->state() != QProcess::NotRunning && !process->waitForFinished(15000))
            process->kill();
        process->waitForFinished(1000);
        CliResult result;
        result.exitCode = process->exitStatus() == QProcess::NormalExit ? process->exitCode() : -1;
        result.out = process->readAllStandardOutput();
        result.err = err + process->readAllStandardError();
        log(process->property("arguments").toStringList(), result.out, result.err);
        return result;
    }

private:
    void prepare(QProcess &process) const
    {
        process.setProcessEnvironment(m_environment);
        if (!m_workingDirectory.isEmpty())
            process.setWorkingDirectory(m_workingDirectory);
    }

    void log(const QStringList &arguments, const QByteArray &out, const QByteArray &err)
    {
        if (m_logFolder.isEmpty())
            return;
        const QString base = QDir(m_logFolder)
                                 .filePath(QStringLiteral("%1-%2")
                                               .arg(++m_commands, 2, 10, QLatin1Char('0'))
                                               .arg(arguments.mid(0, 2).join(QLatin1Char('-'))));
        for (const auto &[suffix, bytes] :
             { std::pair { ".out", &out }, std::pair { ".err", &err } }) {
            QFile file(base + QLatin1StringView(suffix));
            if (file.open(QIODevice::WriteOnly))
                file.write(*bytes);
        }
    }

    QProcessEnvironment m_environment;
    QString m_workingDirectory;
    QString m_logFolder;
    int m_commands = 0;
};

} // namespace SecurityTest
