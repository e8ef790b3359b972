#include "runchart.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace {

// 1 234 567 -> "1.2M": axis labels stay short.
QString shortNumber(qint64 value)
{
    const QLocale locale;
    if (value >= 1'000'000)
        return locale.toString(value / 1e6, 'f', 1) + QLatin1Char('M');
    if (value >= 10'000)
        return locale.toString(value / 1e3, 'f', 0) + QLatin1Char('k');
    return locale.toString(value);
}

// The axis' top: the next round figure at or above the highest value, so the tallest bar stays
// below the top line and the three labels (0, half, top) read as round figures.
qint64 roundedUp(qint64 value)
{
    qint64 magnitude = 1;
    while (magnitude * 10 < value)
        magnitude *= 10;
    for (const qint64 step : {1, 2, 3, 4, 5, 6, 8}) {
        if (magnitude * step >= value)
            return magnitude * step;
    }
    return magnitude * 10;
}

} // namespace

RunChart::RunChart(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("runChart"));
    setAccessibleName(tr("Audience size and uploads across the export's runs"));
}

void RunChart::setPoints(const QList<Point> &points)
{
    m_points = points;
    QStringList description;
    for (const Point &point : points)
        description << tr("%1: %2 uploaded, audience %3")
                           .arg(point.label)
                           .arg(point.uploaded)
                           .arg(point.audienceSize);
    setAccessibleDescription(description.join(QLatin1StringView("; ")));
    update();
}

QSize RunChart::sizeHint() const
{
    return {360, 200};
}

QSize RunChart::minimumSizeHint() const
{
    return {220, 140};
}

void RunChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    painter.fillRect(rect(), pal.base());
    const QFontMetrics metrics(font());
    const int line = metrics.height();

    if (m_points.isEmpty()) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, tr("No runs to chart yet."));
        return;
    }

    qint64 maximum = 1;
    for (const Point &point : m_points)
        maximum = std::max({maximum, point.audienceSize, point.uploaded});
    maximum = roundedUp(maximum);

    const QColor barColor = pal.color(QPalette::Highlight).lighter(140);
    const QColor selectedColor = pal.color(QPalette::Highlight);
    const QColor lineColor(0xd9, 0x6c, 0x00);

    // Legend on top, axis labels at the left and bottom.
    const int left = metrics.horizontalAdvance(shortNumber(maximum)) + 10;
    const QRect plot(left, line * 2, width() - left - 10, height() - line * 4);
    if (plot.width() < 20 || plot.height() < 20)
        return;

    int x = left;
    const auto legend = [&](const QColor &color, const QString &text, bool isLine) {
        const QRect swatch(x, line / 2 + 2, 14, line - 6);
        if (isLine) {
            painter.setPen(QPen(color, 2));
            painter.drawLine(swatch.left(), swatch.center().y(), swatch.right(), swatch.center().y());
        } else {
            painter.fillRect(swatch, color);
        }
        painter.setPen(pal.color(QPalette::Text));
        painter.drawText(x + 18, line / 2, metrics.horizontalAdvance(text) + 2, line,
                         Qt::AlignVCenter, text);
        x += 18 + metrics.horizontalAdvance(text) + 16;
    };
    legend(barColor, tr("Uploaded"), false);
    legend(lineColor, tr("Audience size"), true);

    painter.setPen(pal.color(QPalette::Mid));
    for (int i = 0; i <= 2; ++i) {
        const int y = plot.bottom() - plot.height() * i / 2;
        painter.drawLine(plot.left(), y, plot.right(), y);
        painter.drawText(0, y - line / 2, left - 6, line, Qt::AlignRight | Qt::AlignVCenter,
                         shortNumber(maximum * i / 2));
    }

    const int count = static_cast<int>(m_points.size());
    const double slot = double(plot.width()) / count;
    const double barWidth = std::max(2.0, std::min(40.0, slot * 0.6));
    const auto yOf = [&](qint64 value) {
        return plot.bottom() - double(plot.height()) * double(value) / double(maximum);
    };

    QPainterPath path;
    bool started = false;
    int lastLabelRight = -1;
    for (int i = 0; i < count; ++i) {
        const Point &point = m_points.at(i);
        const double centre = plot.left() + slot * (i + 0.5);
        const QRectF bar(centre - barWidth / 2, yOf(point.uploaded), barWidth,
                         plot.bottom() - yOf(point.uploaded));
        painter.fillRect(bar, point.highlighted ? selectedColor : barColor);
        if (point.audienceSize >= 0) {
            const QPointF p(centre, yOf(point.audienceSize));
            if (!started)
                path.moveTo(p);
            else
                path.lineTo(p);
            started = true;
        }
        // Labels only where they fit without overlapping the previous one.
        const int labelWidth = metrics.horizontalAdvance(point.label);
        const int labelLeft = static_cast<int>(centre) - labelWidth / 2;
        if (labelLeft > lastLabelRight + 6 && labelLeft + labelWidth <= width()) {
            painter.setPen(pal.color(QPalette::Text));
            painter.drawText(labelLeft, plot.bottom() + 4, labelWidth + 2, line, Qt::AlignCenter,
                             point.label);
            lastLabelRight = labelLeft + labelWidth;
        }
    }
    painter.setPen(QPen(lineColor, 2));
    painter.drawPath(path);
    painter.setBrush(lineColor);
    for (int i = 0; i < count; ++i) {
        const Point &point = m_points.at(i);
        if (point.audienceSize >= 0)
            painter.drawEllipse(QPointF(plot.left() + slot * (i + 0.5), yOf(point.audienceSize)), 3, 3);
    }
}
