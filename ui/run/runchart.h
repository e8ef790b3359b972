#pragma once

#include <QList>
#include <QWidget>

// A small chart of an export's runs, oldest on the left: bars for the identifiers each run
// uploaded and a line for the audience size after it. Painted with QPainter.
class RunChart : public QWidget
{
    Q_OBJECT

public:
    struct Point {
        QString label;          // e.g. the run's date
        qint64 audienceSize = -1; // -1 when unknown
        qint64 uploaded = 0;
        bool highlighted = false; // the selected run
    };

    explicit RunChart(QWidget *parent = nullptr);

    void setPoints(const QList<Point> &points);
    const QList<Point> &points() const { return m_points; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<Point> m_points;
};
