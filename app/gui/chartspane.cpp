// SPDX-License-Identifier: GPL-2.0-or-later
#include "chartspane.h"

#include "csvexport.h"
#include "ratechart.h"
#include "theme.h"
#include "viewactions.h"
#include "sampling/samplehub.h"

#include <QComboBox>
#include <QPainter>
#include <QPixmap>
#include <QDateTime>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMap>
#include <QMenu>
#include <QLineEdit>
#include <QMessageBox>
#include <QSaveFile>
#include <QScrollArea>
#include <QSettings>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace kc {

namespace {

const QString PinnedId = QStringLiteral("pinned");
const QString NetworkId = QStringLiteral("network");
const QString DiskId = QStringLiteral("disk");

QString settingsKey(const QString &dashboard)
{
    return QStringLiteral("charts/dashboard/") + dashboard;
}

} // namespace

ChartsPane::ChartsPane(SampleHub *hub, QWidget *parent)
    : Pane(parent)
    , m_hub(hub)
{
    setObjectName(QStringLiteral("charts"));
    QSettings settings;
    m_hub->setIntervalMs(settings.value(QStringLiteral("charts/intervalMs"), 1000).toInt());
    m_hub->setHistorySeconds(settings.value(QStringLiteral("charts/historySeconds"), 600).toInt());
    buildDashboards();

    m_list = new QListWidget(this);
    for (const Dashboard &d : std::as_const(m_dashboards)) {
        auto *item = new QListWidgetItem(d.name, m_list);
        item->setData(Qt::UserRole, d.id);
    }
    m_list->setMaximumWidth(220);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            showDashboard(m_dashboards[row].id);
    });

    m_interval = new QComboBox(this);
    for (int ms : {250, 500, 1000, 2000, 5000})
        m_interval->addItem(tr("every %1 s").arg(QLocale().toString(ms / 1000.0)), ms);
    m_interval->setCurrentIndex(qMax(0, m_interval->findData(m_hub->intervalMs())));
    m_interval->setToolTip(tr("How often the shown dashboard and the pins are read"));
    connect(m_interval, &QComboBox::currentIndexChanged, this, [this] {
        const int ms = m_interval->currentData().toInt();
        m_hub->setIntervalMs(ms);
        QSettings().setValue(QStringLiteral("charts/intervalMs"), ms);
    });
    m_history = new QComboBox(this);
    for (int s : {60, 300, 600, 1800})
        m_history->addItem(tr("last %Ln minute(s)", nullptr, s / 60), s);
    m_history->setCurrentIndex(qMax(0, m_history->findData(m_hub->historySeconds())));
    connect(m_history, &QComboBox::currentIndexChanged, this, [this] {
        const int s = m_history->currentData().toInt();
        m_hub->setHistorySeconds(s);
        QSettings().setValue(QStringLiteral("charts/historySeconds"), s);
        onUpdated();
    });
    m_pause = pauseButton(tr("Stop sampling; the charts keep what they have"), this);
    connect(m_pause, &QToolButton::toggled, this, [this](bool on) { m_hub->setPaused(on); });
    auto *add = textButton(tr("Add…"), QStringLiteral("list-add"), tr("Add a number to this dashboard by its sample key"), this);
    connect(add, &QToolButton::clicked, this, &ChartsPane::addKey);
    auto *reset = textButton(tr("Reset"), QStringLiteral("edit-undo"), tr("Put this dashboard back as it came"), this);
    connect(reset, &QToolButton::clicked, this, [this] { resetDashboard(m_current); });
    auto *exportButton = textButton(tr("Export"), QStringLiteral("document-export"), tr("Save the shown series or the picture"), this);
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(exportButton);
    menu->addAction(tr("Series as &CSV…"), this, &ChartsPane::exportCsv);
    menu->addAction(tr("Charts as &PNG…"), this, &ChartsPane::savePng);
    exportButton->setMenu(menu);
    m_status = new QLabel(this);
    m_status->setForegroundRole(QPalette::PlaceholderText);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_interval);
    bar->addWidget(m_history);
    bar->addWidget(m_pause);
    bar->addWidget(m_status, 1);
    bar->addWidget(add);
    bar->addWidget(reset);
    bar->addWidget(exportButton);

    m_chartArea = new QWidget(this);
    m_chartLayout = new QVBoxLayout(m_chartArea);
    m_chartLayout->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_chartArea);

    auto *right = new QWidget(this);
    auto *rl = new QVBoxLayout(right);
    rl->setContentsMargins(0, 0, 0, 0);
    rl->addLayout(bar);
    rl->addWidget(scroll, 1);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_list);
    split->addWidget(right);
    split->setStretchFactor(1, 1);
    split->setSizes({200, 900});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(split);

    connect(m_hub, &SampleHub::updated, this, &ChartsPane::onUpdated);
    connect(m_hub, &SampleHub::machineRead, this, [this] {
        if (!followsMachine(m_current))
            return;
        m_keys.insert(m_current, defaultsOf(m_current));
        rebuildCharts();
        subscribe();
        onUpdated();
    });
    m_list->setCurrentRow(m_keys.value(PinnedId).isEmpty() ? 1 : 0);
    subscribe();
}

ChartsPane::~ChartsPane() = default;

void ChartsPane::buildDashboards()
{
    m_dashboards = {
        {PinnedId, tr("Pinned"), {}},
        {QStringLiteral("cpu"), tr("CPU"), {QStringLiteral("stat:cpu.user"), QStringLiteral("stat:cpu.system"), QStringLiteral("stat:cpu.iowait")}},
        {QStringLiteral("activity"), tr("Context switches and interrupts"), {QStringLiteral("stat:ctxt"), QStringLiteral("stat:intr")}},
        {QStringLiteral("memory"), tr("Memory"), {QStringLiteral("meminfo:MemAvailable"), QStringLiteral("meminfo:MemFree"),
                                                   QStringLiteral("meminfo:Cached"), QStringLiteral("meminfo:AnonPages")}},
        {NetworkId, tr("Network"), {}},
        {DiskId, tr("Disk I/O"), {}},
        {QStringLiteral("pressure"), tr("Pressure (PSI)"), {QStringLiteral("pressure/cpu:some.total"), QStringLiteral("pressure/memory:some.total"),
                                                            QStringLiteral("pressure/io:some.total"), QStringLiteral("pressure/io:full.total")}},
    };
    // The network and disk dashboards are read when first shown, unless
    // saved: reading the machine's interfaces is not start-up work.
    for (const Dashboard &d : std::as_const(m_dashboards)) {
        if ((d.id != NetworkId && d.id != DiskId) || isCustomised(d.id))
            m_keys.insert(d.id, savedOrDefault(d.id));
    }
}

QStringList ChartsPane::savedOrDefault(const QString &id) const
{
    const QSettings settings;
    return settings.contains(settingsKey(id)) ? settings.value(settingsKey(id)).toStringList() : defaultsOf(id);
}

QStringList ChartsPane::defaultsOf(const QString &id) const
{
    if (id == NetworkId) {
        QStringList bytes, packets;
        for (const QString &i : m_hub->machine().interfaces) {
            bytes << QStringLiteral("net/dev:%1.rx_bytes").arg(i) << QStringLiteral("net/dev:%1.tx_bytes").arg(i);
            packets << QStringLiteral("net/dev:%1.rx_packets").arg(i) << QStringLiteral("net/dev:%1.tx_packets").arg(i);
        }
        return bytes + packets;
    }
    if (id == DiskId) {
        QStringList keys;
        for (const QString &d : m_hub->machine().disks)
            keys << QStringLiteral("diskstats:%1.read_bytes").arg(d) << QStringLiteral("diskstats:%1.written_bytes").arg(d);
        return keys;
    }
    for (const Dashboard &d : m_dashboards) {
        if (d.id == id)
            return d.defaults;
    }
    return {};
}

bool ChartsPane::followsMachine(const QString &id) const
{
    return (id == NetworkId || id == DiskId) && !isCustomised(id);
}

bool ChartsPane::isCustomised(const QString &id) const
{
    return QSettings().contains(settingsKey(id));
}

void ChartsPane::resetDashboard(const QString &id)
{
    QSettings().remove(settingsKey(id));
    m_keys.insert(id, defaultsOf(id));
    if (followsMachine(id))
        m_hub->readMachine();
    if (id == m_current)
        rebuildCharts();
    subscribe();
}

QStringList ChartsPane::dashboardIds() const
{
    QStringList out;
    for (const Dashboard &d : m_dashboards)
        out.append(d.id);
    return out;
}

QStringList ChartsPane::keysOf(const QString &dashboard) const
{
    return m_keys.value(dashboard);
}

void ChartsPane::setKeys(const QString &id, const QStringList &keys)
{
    m_keys.insert(id, keys);
    QSettings().setValue(settingsKey(id), keys);
    if (id == m_current)
        rebuildCharts();
    subscribe();
}

void ChartsPane::pin(const QString &key)
{
    QStringList pins = m_keys.value(PinnedId);
    const bool already = pins.contains(key);
    if (!already) {
        pins.append(key);
        setKeys(PinnedId, pins);
    }
    // Say where it went: the dashboard, and which of its charts (one per
    // unit, in the order the pins came).
    QStringList units;
    for (const QString &k : std::as_const(pins)) {
        if (const QString u = m_hub->source(k).displayUnit(); !units.contains(u))
            units.append(u);
    }
    const int chart = int(units.indexOf(m_hub->source(key).displayUnit())) + 1;
    const QString label = m_hub->source(key).label();
    Q_EMIT statusMessage(already ? tr("“%1” (%2) is already pinned: Charts › Pinned, chart %3 of %4.")
                                       .arg(label, key).arg(chart).arg(units.size())
                                 : tr("Pinned “%1” (%2) to Charts › Pinned, chart %3 of %4.")
                                       .arg(label, key).arg(chart).arg(units.size()));
}

void ChartsPane::showDashboard(const QString &id)
{
    m_current = id;
    m_keys.insert(id, savedOrDefault(id));
    // Each time it is shown, in case interfaces or disks came or went.
    if (followsMachine(id))
        m_hub->readMachine();
    const int row = int(dashboardIds().indexOf(id));
    if (row >= 0 && m_list->currentRow() != row)
        m_list->setCurrentRow(row);
    rebuildCharts();
    subscribe();
    onUpdated(); // draw what history there is at once
}

void ChartsPane::rebuildCharts()
{
    qDeleteAll(m_charts);
    m_charts.clear();
    m_window = {};
    while (QLayoutItem *item = m_chartLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QStringList keys = m_keys.value(m_current);
    if (keys.isEmpty()) {
        auto *hint = new QLabel(m_current == PinnedId
                                    ? tr("Nothing pinned yet. Right-click a number in the procfs, sysctl or sysfs pane and choose "
                                         "\"Pin to chart\", or press Add… and give a sample key such as meminfo:MemFree.")
                                    : followsMachine(m_current) && m_hub->isReadingMachine()
                                    ? tr("Reading the machine's network interfaces and disks …")
                                    : tr("This dashboard is empty. Press Add… or Reset."),
                                m_chartArea);
        hint->setWordWrap(true);
        hint->setAlignment(Qt::AlignCenter);
        m_chartLayout->addWidget(hint, 1);
        return;
    }
    // One chart per display unit, in the order the keys come.
    QMap<int, QPair<QString, QStringList>> groups;
    QStringList units;
    for (const QString &k : keys) {
        const QString unit = m_hub->source(k).displayUnit();
        int i = int(units.indexOf(unit));
        if (i < 0) {
            units.append(unit);
            i = int(units.size()) - 1;
            groups.insert(i, {unit, {}});
        }
        groups[i].second.append(k);
    }
    for (const auto &g : groups) {
        auto *chart = new RateChart(m_hub, g.second, g.first, m_chartArea);
        chart->setDark(Theme::isDark());
        connect(chart, &RateChart::removeRequested, this, &ChartsPane::removeKey);
        connect(chart, &RateChart::modeToggleRequested, this, &ChartsPane::toggleMode);
        m_chartLayout->addWidget(chart, 1);
        m_charts.append(chart);
    }
}

void ChartsPane::subscribe()
{
    // The pins are always sampled so their history is there when looked
    // at; a dashboard only while it is on screen.
    m_hub->subscribe(m_list, m_keys.value(PinnedId));
    m_hub->subscribe(this, m_onScreen ? m_keys.value(m_current) : QStringList());
}

void ChartsPane::onUpdated()
{
    // The hub ticks for the map and pinned keys too: hidden or minimized,
    // draw nothing (showEvent draws what came meanwhile).
    if (!m_onScreen)
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_window = RateChart::timeWindow(m_hub, m_keys.value(m_current), now, m_window);
    for (RateChart *c : std::as_const(m_charts))
        c->update(now, m_window);
    QStringList errors;
    for (const QString &k : m_keys.value(m_current)) {
        if (const QString e = m_hub->error(k); !e.isEmpty())
            errors.append(QStringLiteral("%1: %2").arg(k, e));
    }
    m_status->setText(errors.isEmpty() ? tr("%Ln key(s) sampled", nullptr, int(m_hub->keys().size())) : errors.join(QStringLiteral("; ")));
    m_status->setToolTip(errors.join(QLatin1Char('\n')));
}

void ChartsPane::addKey()
{
    bool ok = false;
    const QString key = QInputDialog::getText(this, tr("Add to %1").arg(m_list->currentItem() ? m_list->currentItem()->text() : QString()),
                                              tr("Sample key, for example meminfo:Dirty, stat:cpu.idle, net/dev:lo.rx_bytes,\n"
                                                 "vmstat:pgfault, interrupts:LOC, sysctl:fs.file-nr or a /sys path:"),
                                              QLineEdit::Normal, QString(), &ok).trimmed();
    if (!ok || key.isEmpty())
        return;
    const SampleSource s = SampleSource::resolve(key);
    if (!s.ok()) {
        QMessageBox::warning(this, tr("Add to chart"), s.error);
        return;
    }
    QStringList keys = m_keys.value(m_current);
    if (!keys.contains(key))
        keys.append(key);
    setKeys(m_current, keys);
}

void ChartsPane::removeKey(const QString &key)
{
    QStringList keys = m_keys.value(m_current);
    keys.removeAll(key);
    setKeys(m_current, keys);
}

void ChartsPane::toggleMode(const QString &key)
{
    const SampleSource s = m_hub->source(key);
    QString plain = key;
    if (plain.endsWith(QLatin1String("@rate")) || plain.endsWith(QLatin1String("@value")))
        plain = plain.left(plain.lastIndexOf(QLatin1Char('@')));
    const QString other = plain + (s.kind == SampleKind::Counter ? QStringLiteral("@value") : QStringLiteral("@rate"));
    // Keep the plain key when that already charts the wanted way.
    const QString next = SampleSource::resolve(plain).kind == SampleSource::resolve(other).kind ? plain : other;
    QStringList keys = m_keys.value(m_current);
    const int i = int(keys.indexOf(key));
    if (i >= 0)
        keys[i] = next;
    setKeys(m_current, keys);
}

void ChartsPane::exportCsv()
{
    const QStringList keys = m_keys.value(m_current);
    const QString file = QFileDialog::getSaveFileName(this, tr("Export series"), m_current + QStringLiteral(".csv"), tr("CSV files (*.csv)"));
    if (file.isEmpty())
        return;
    QMap<qint64, QHash<QString, double>> rows;
    for (const QString &k : keys) {
        if (const TimeSeries *ts = m_hub->series(k)) {
            for (const QPointF &p : ts->points())
                rows[qint64(p.x())].insert(k, p.y());
        }
    }
    QByteArray out = "time";
    for (const QString &k : keys)
        out += ',' + csvCell(k + QStringLiteral(" (") + m_hub->source(k).displayUnit() + QLatin1Char(')')).toUtf8();
    out += '\n';
    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        out += QDateTime::fromMSecsSinceEpoch(it.key()).toString(Qt::ISODateWithMs).toUtf8();
        for (const QString &k : keys)
            out += ',' + (it->contains(k) ? QByteArray::number(it->value(k), 'g', 12) : QByteArray());
        out += '\n';
    }
    QSaveFile f(file);
    if (!f.open(QIODevice::WriteOnly) || f.write(out) < 0 || !f.commit())
        QMessageBox::warning(this, tr("Export series"), tr("Cannot write %1: %2").arg(file, f.errorString()));
}

void ChartsPane::savePng()
{
    const QString file = QFileDialog::getSaveFileName(this, tr("Save charts"), m_current + QStringLiteral(".png"), tr("PNG images (*.png)"));
    if (file.isEmpty())
        return;
    if (!m_chartArea->grab().save(file, "PNG"))
        QMessageBox::warning(this, tr("Save charts"), tr("Cannot write %1.").arg(file));
}

QString ChartsPane::title() const
{
    return tr("Charts");
}

QString ChartsPane::subtitle() const
{
    return tr("Rates and levels over time: dashboards and your pins");
}

QIcon ChartsPane::icon() const
{
    if (QIcon::hasThemeIcon(QStringLiteral("office-chart-line")))
        return QIcon::fromTheme(QStringLiteral("office-chart-line"));
    // No icon theme (offscreen, some desktops): a small line chart of our own.
    QPixmap pm(32, 32);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(palette().color(QPalette::Mid), 2));
    p.drawLine(5, 4, 5, 27);
    p.drawLine(5, 27, 28, 27);
    p.setPen(QPen(QColor(0x2f, 0x7f, 0xd1), 3, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    const QPointF line[] = {{7, 22}, {13, 14}, {18, 18}, {27, 7}};
    p.drawPolyline(line, 4);
    return QIcon(pm);
}

void ChartsPane::setFilterText(const QString &text)
{
    // Narrows the list of dashboards by name or by a key they hold.
    m_filter = text;
    for (int i = 0; i < m_list->count(); ++i) {
        const QString id = m_list->item(i)->data(Qt::UserRole).toString();
        bool match = text.isEmpty() || m_list->item(i)->text().contains(text, Qt::CaseInsensitive);
        for (const QString &k : m_keys.value(id))
            match = match || k.contains(text, Qt::CaseInsensitive);
        m_list->item(i)->setHidden(!match);
    }
}

QString ChartsPane::filterSummary() const
{
    int shown = 0;
    for (int i = 0; i < m_list->count(); ++i)
        shown += m_list->item(i)->isHidden() ? 0 : 1;
    return tr("%L1 of %L2 dashboards shown").arg(shown).arg(m_list->count());
}

QWidget *ChartsPane::filterResults() const
{
    return m_list;
}

void ChartsPane::refresh()
{
    rebuildCharts();
    onUpdated();
}

void ChartsPane::showEvent(QShowEvent *event)
{
    // Also when the window is restored: a minimized window's widgets get
    // a spontaneous hide event but stay isVisible().
    Pane::showEvent(event);
    m_onScreen = true;
    subscribe();
    onUpdated();
}

void ChartsPane::hideEvent(QHideEvent *event)
{
    Pane::hideEvent(event);
    m_onScreen = false;
    subscribe();
}

void ChartsPane::themeChanged()
{
    for (RateChart *c : std::as_const(m_charts))
        c->setDark(Theme::isDark());
}

QStringList ChartsPane::screenshotScenes() const
{
    return {QStringLiteral("charts"), QStringLiteral("charts-memory")};
}

void ChartsPane::startScreenshot(int scene)
{
    // 0.25 s gives enough points quickly; not saved as the user's choice.
    const QSignalBlocker block(m_interval);
    m_interval->setCurrentIndex(0);
    m_hub->setIntervalMs(250);
    showDashboard(scene == 1 ? QStringLiteral("memory") : QStringLiteral("activity"));
}

bool ChartsPane::screenshotReady() const
{
    if (m_charts.isEmpty())
        return false;
    const QString key = m_charts.first()->keys().value(0);
    return m_charts.first()->pointCount(key) >= 40;
}

} // namespace kc
