#pragma once

#include <QStringList>

// The workspaces opened lately, most recent first, kept in QSettings.
class RecentWorkspaces
{
public:
    static constexpr int kMaximum = 8;

    static QStringList load();
    // Moves path to the front (adding it), drops the oldest past kMaximum, saves.
    static QStringList add(const QString &path);
    static QStringList remove(const QString &path);
    static void clear();
};
