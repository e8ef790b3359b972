#pragma once

#include <QLoggingCategory>

// The desktop application's log ("audiencebridge.ui"). Never a profile value or a secret.
Q_DECLARE_LOGGING_CATEGORY(lcUi)
