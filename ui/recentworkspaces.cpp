#include "recentworkspaces.h"

#include <QFileInfo>
#include <QSettings>

namespace {

const QString kKey = QStringLiteral("recentWorkspaces");

QStringList save(QStringList paths)
{
    while (paths.size() > RecentWorkspaces::kMaximum)
        paths.removeLast();
    QSettings().setValue(kKey, paths);
    return paths;
}

} // namespace

QStringList RecentWorkspaces::load()
{
    QStringList paths = QSettings().value(kKey).toStringList();
    while (paths.size() > kMaximum)
        paths.removeLast();
    return paths;
}

QStringList RecentWorkspaces::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList paths = load();
    paths.removeAll(absolute);
    paths.prepend(absolute);
    return save(paths);
}

QStringList RecentWorkspaces::remove(const QString &path)
{
    QStringList paths = load();
    paths.removeAll(QFileInfo(path).absoluteFilePath());
    return save(paths);
}

void RecentWorkspaces::clear()
{
    QSettings().remove(kKey);
}
