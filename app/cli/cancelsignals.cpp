#include "cancelsignals.h"

#include <QSocketNotifier>

#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

namespace Cli {

namespace {

// The write end of the current instance's pipe; read by the handler only.
volatile sig_atomic_t g_writeFd = -1;

extern "C" void onCancelSignal(int signalNumber)
{
    const int savedErrno = errno;
    const int fd = g_writeFd;
    if (fd >= 0) {
        const char byte = static_cast<char>(signalNumber);
        // A full pipe means a cancel is pending already: dropping this byte loses nothing.
        [[maybe_unused]] const ssize_t written = ::write(fd, &byte, 1);
    }
    // The next signal of this kind ends the process the default way.
    ::signal(signalNumber, SIG_DFL);
    errno = savedErrno;
}

} // namespace

CancelSignals::CancelSignals(QObject *parent)
    : QObject(parent)
{
    if (::pipe2(m_pipe, O_CLOEXEC | O_NONBLOCK) != 0)
        return;
    g_writeFd = m_pipe[1];
    m_notifier = new QSocketNotifier(m_pipe[0], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &CancelSignals::readPipe);

    struct sigaction action {};
    action.sa_handler = &onCancelSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    m_active = ::sigaction(SIGINT, &action, &m_previousInt) == 0 && ::sigaction(SIGTERM, &action, &m_previousTerm) == 0;
}

CancelSignals::~CancelSignals()
{
    ::sigaction(SIGINT, &m_previousInt, nullptr);
    ::sigaction(SIGTERM, &m_previousTerm, nullptr);
    g_writeFd = -1;
    delete m_notifier;
    for (const int fd : m_pipe) {
        if (fd >= 0)
            ::close(fd);
    }
}

void CancelSignals::readPipe()
{
    char byte = 0;
    while (::read(m_pipe[0], &byte, 1) == 1)
        Q_EMIT cancelRequested(static_cast<unsigned char>(byte));
}

} // namespace Cli
