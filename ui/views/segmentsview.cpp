#include "segmentsview.h"

#include <workspace/workspace.h>

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSqlQuery>
#include <QTreeWidget>
#include <QVBoxLayout>

SegmentsView::SegmentsView(QWidget *parent)
    : WorkspaceView(parent)
{
    m_list = new QTreeWidget;
    m_list->setObjectName(QStringLiteral("segmentList"));
    m_list->setAccessibleName(tr("Segments"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Name"), tr("Kind"), tr("Members"), tr("Changed")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_message = new QLabel;
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_list, 1);
    setWorkspace(nullptr);
}

void SegmentsView::setWorkspace(Workspace::Workspace *workspace)
{
    m_workspace = workspace;
    refresh();
}

QList<QAction *> SegmentsView::viewActions() const
{
    return {};
}

void SegmentsView::refresh()
{
    m_list->clear();
    m_message->hide();
    if (!m_workspace) {
        m_message->setText(tr("Open or create a workspace to see its segments."));
        m_message->show();
        return;
    }
    // Read-only listing straight from the schema until the segment store offers one.
    QSqlQuery query(m_workspace->database());
    query.setForwardOnly(true);
    const QLocale locale;
    if (query.exec(QStringLiteral(
            "SELECT s.name, s.kind, (SELECT count(*) FROM segment_members m WHERE m.segment_id = s.id),"
            " s.updated_at FROM segments s ORDER BY s.name"))) {
        while (query.next()) {
            auto *item = new QTreeWidgetItem(m_list);
            item->setText(0, query.value(0).toString());
            item->setText(1, query.value(1).toString() == QLatin1StringView("list") ? tr("List of IDs")
                                                                                    : tr("Rule"));
            item->setText(2, locale.toString(query.value(2).toLongLong()));
            item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
            item->setText(3, locale.toString(QDateTime::fromString(query.value(3).toString(), Qt::ISODate)
                                                 .toLocalTime(),
                                             QLocale::ShortFormat));
        }
    }
    if (m_list->topLevelItemCount() == 0) {
        m_message->setText(tr("No segments yet."));
        m_message->show();
    }
}
