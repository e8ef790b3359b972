#include "sandboxcommand.h"

#include "clicommand.h"

#include <sandbox/sandboxserver.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTextStream>

#include <csignal>
#include <memory>
#include <unistd.h>

namespace Cli {

namespace {

int g_signalPipe[2] = {-1, -1};

void onTerminationSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[1], &byte, 1);
}

struct NumberOption {
    const char *name;
    int *target;
    int minimum;
};

struct RateOption {
    const char *name;
    double *target;
};

} // namespace

int runSandboxCommand(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    Sandbox::SandboxOptions options;

    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Run a local Snapchat (accounts and Marketing API) on 127.0.0.1 "
                                              "for tests and demos. Stop it with Ctrl+C; it then prints a line "
                                              "'stats key=value ...' with the requests it answered by status and the "
                                              "faults it injected."));
    parser.addHelpOption();
    const QCommandLineOption port(QStringLiteral("port"), Text::tr("Port to listen on (0: any free port)."),
                                  QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption state(QStringLiteral("state"), Text::tr("Load the audiences from FILE and save them there after every change."),
                                   QStringLiteral("FILE"));
    const QCommandLineOption issuedTokens(QStringLiteral("issued-tokens"),
                                          Text::tr("Append every access and refresh token issued to FILE (for tests)."),
                                          QStringLiteral("FILE"));
    const QCommandLineOption clientId(QStringLiteral("client-id"), Text::tr("OAuth client ID to accept."),
                                      QStringLiteral("ID"), options.clientId);
    const QCommandLineOption clientSecret(QStringLiteral("client-secret"), Text::tr("OAuth client secret to accept."),
                                          QStringLiteral("S"), options.clientSecret);
    const QCommandLineOption redirectUri(QStringLiteral("redirect-uri"),
                                         Text::tr("Registered redirect URI (repeatable; default: any loopback http or https URI)."),
                                         QStringLiteral("URI"));
    const QCommandLineOption tokenTtl(QStringLiteral("token-ttl"), Text::tr("Access token lifetime in seconds."),
                                      QStringLiteral("SECONDS"), QString::number(options.tokenTtlSeconds));
    const QCommandLineOption autoApprove(QStringLiteral("auto-approve"),
                                         Text::tr("Redirect back with a code at once (the default)."));
    const QCommandLineOption noAutoApprove(QStringLiteral("no-auto-approve"),
                                           Text::tr("Serve an approve page instead of redirecting at once."));
    const QCommandLineOption rateLimit(QStringLiteral("rate-limit"), Text::tr("Requests per second per token (0: unlimited)."),
                                       QStringLiteral("N"), QString::number(options.rateLimitPerSecond));
    const QCommandLineOption retryAfter(QStringLiteral("retry-after"), Text::tr("Send Retry-After: SECONDS with every 429."),
                                        QStringLiteral("SECONDS"), QStringLiteral("0"));
    const QCommandLineOption latency(QStringLiteral("latency-ms"), Text::tr("Delay every API answer."),
                                     QStringLiteral("MS"), QStringLiteral("0"));
    const QCommandLineOption throttleRate(QStringLiteral("throttle-rate"),
                                          Text::tr("Fraction of API requests answered 429, as if over the rate limit."),
                                          QStringLiteral("RATE"), QStringLiteral("0"));
    const QCommandLineOption failRate(QStringLiteral("fail-rate"), Text::tr("Fraction of API requests answered 500 or 503."),
                                      QStringLiteral("RATE"), QStringLiteral("0"));
    const QCommandLineOption resetRate(QStringLiteral("reset-rate"), Text::tr("Fraction of API answers cut off by a connection reset."),
                                       QStringLiteral("RATE"), QStringLiteral("0"));
    const QCommandLineOption partialRate(QStringLiteral("partial-failure-rate"),
                                         Text::tr("Fraction of user uploads answered 200 with a failed sub-request."),
                                         QStringLiteral("RATE"), QStringLiteral("0"));
    const QCommandLineOption revokeAfter(QStringLiteral("revoke-after"),
                                         Text::tr("At the Nth API request, the refresh tokens issued so far stop working "
                                                  "(signing in again gets working ones)."),
                                         QStringLiteral("N"), QStringLiteral("-1"));
    const QCommandLineOption seed(QStringLiteral("seed"), Text::tr("Seed of the fault injection."),
                                  QStringLiteral("N"), QStringLiteral("1"));
    parser.addOptions({port, state, issuedTokens, clientId, clientSecret, redirectUri, tokenTtl, autoApprove, noAutoApprove, rateLimit,
                       retryAfter, latency, throttleRate, failRate, resetRate, partialRate, revokeAfter, seed});
    if (!parser.parse(arguments)) {
        err << parser.errorText() << '\n';
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << helpText(parser, arguments.constFirst());
        return Success;
    }

    int portNumber = 0;
    int seedNumber = 1;
    const NumberOption numbers[] = {
        {"port", &portNumber, 0},
        {"token-ttl", &options.tokenTtlSeconds, 1},
        {"rate-limit", &options.rateLimitPerSecond, 0},
        {"retry-after", &options.retryAfterSeconds, 0},
        {"latency-ms", &options.latencyMs, 0},
        {"revoke-after", &options.revokeAfter, -1},
        {"seed", &seedNumber, 0},
    };
    for (const NumberOption &option : numbers) {
        bool ok = false;
        const QString name = QLatin1StringView(option.name);
        *option.target = parser.value(name).toInt(&ok);
        if (!ok || *option.target < option.minimum || (option.target == &portNumber && portNumber > 65535)) {
            err << Text::tr("--%1: not a valid number: %2").arg(name, parser.value(name)) << '\n';
            return UsageError;
        }
    }
    const RateOption rates[] = {{"throttle-rate", &options.throttleRate},
                                {"fail-rate", &options.failRate},
                                {"reset-rate", &options.resetRate},
                                {"partial-failure-rate", &options.partialFailureRate}};
    for (const RateOption &option : rates) {
        bool ok = false;
        const QString name = QLatin1StringView(option.name);
        *option.target = parser.value(name).toDouble(&ok);
        if (!ok || *option.target < 0 || *option.target > 1) {
            err << Text::tr("--%1: expected a fraction between 0 and 1, got %2").arg(name, parser.value(name)) << '\n';
            return UsageError;
        }
    }
    options.seed = static_cast<quint32>(seedNumber);
    options.clientId = parser.value(clientId);
    options.clientSecret = parser.value(clientSecret);
    options.redirectUris = parser.values(redirectUri);
    options.statePath = parser.value(state);
    options.issuedTokensPath = parser.value(issuedTokens);
    options.autoApprove = !parser.isSet(noAutoApprove);

    Sandbox::SandboxServer server(options);
    const quint16 bound = server.listen(static_cast<quint16>(portNumber));
    if (bound == 0) {
        err << Text::tr("Cannot start the sandbox: %1").arg(server.errorString()) << '\n';
        return Failure;
    }

    // Ctrl+C and SIGTERM end the event loop, so the state file is written before exiting.
    std::unique_ptr<QSocketNotifier> notifier;
    if (::pipe(g_signalPipe) == 0) {
        notifier = std::make_unique<QSocketNotifier>(g_signalPipe[0], QSocketNotifier::Read);
        QObject::connect(notifier.get(), &QSocketNotifier::activated, QCoreApplication::instance(),
                         [] { QCoreApplication::quit(); });
        std::signal(SIGINT, onTerminationSignal);
        std::signal(SIGTERM, onTerminationSignal);
    }

    out << "listening " << server.baseUrl().toString() << '\n'
        << "client_id " << options.clientId << '\n'
        << "client_secret " << options.clientSecret << '\n'
        << "organization_id " << server.organizationId() << '\n'
        << "ad_account_id " << server.adAccountId() << '\n'
        << "foreign_ad_account_id " << server.foreignAdAccountId() << '\n';
    for (const Sandbox::SandboxSegment &segment : server.data().segments) {
        if (segment.adAccountId == server.adAccountId())
            out << "segment_id " << segment.id << ' ' << segment.sourceType << ' ' << segment.name << '\n';
    }
    out << "ready" << Qt::endl;

    QCoreApplication::exec();
    // What the clients met, for scripts that check that injected faults happened.
    out << "stats " << server.statsLine() << Qt::endl;
    QString error;
    if (!server.saveState(&error)) {
        err << Text::tr("Cannot save the state file %1: %2").arg(options.statePath, error) << '\n';
        return Failure;
    }
    return Success;
}

} // namespace Cli
