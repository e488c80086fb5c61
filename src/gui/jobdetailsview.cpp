#include "jobdetailsview.h"

#include "jsontext.h"

#include "jobexport.h"
#include "jobrun.h"
#include "stateappearance.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QToolBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace td {

namespace {

QString timeText(const QDateTime &at)
{
    return at.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz"));
}

QTreeWidget *makeTree(QWidget *parent, const QString &objectName, const QStringList &headers)
{
    auto *tree = new QTreeWidget(parent);
    tree->setObjectName(objectName);
    tree->setHeaderLabels(headers);
    tree->setRootIsDecorated(false);
    tree->setUniformRowHeights(true);
    tree->setAlternatingRowColors(true);
    tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    tree->header()->setStretchLastSection(true);
    return tree;
}

// The most rows a JSON tree gets; a larger output is read in the raw text beside it.
constexpr int kMaxTreeNodes = 5000;

QString scalarText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (d == double(value.toInteger()))
            return QString::number(value.toInteger());
        return QString::number(d, 'g', 17);
    }
    case QJsonValue::String:
        return value.toString();
    default:
        return {};
    }
}

QTreeWidgetItem *makeJsonItem(const jsontext::Node &node)
{
    QString text;
    switch (node.kind) {
    case jsontext::Node::Kind::Scalar:
        text = scalarText(node.scalar);
        break;
    case jsontext::Node::Kind::Array:
        text = JobDetailsView::tr("[%n item(s)]", nullptr, int(node.children.size()));
        break;
    case jsontext::Node::Kind::Object:
        text = JobDetailsView::tr("{%n member(s)}", nullptr, int(node.children.size()));
        break;
    }
    auto *item = new QTreeWidgetItem(QStringList{node.key, text});
    item->setToolTip(1, text);
    if (node.scalar.isString())
        item->setForeground(1, QColor(0x1e, 0x84, 0x49));
    for (const jsontext::Node &child : node.children)
        item->addChild(makeJsonItem(child));
    return item;
}

QByteArray jsonBytes(const QJsonValue &value)
{
    if (value.isObject())
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    return {};
}

} // namespace

JobDetailsView::JobDetailsView(QWidget *parent) : QWidget(parent)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    outer->addWidget(m_stack);

    auto *placeholder = new QLabel(tr("Select a job to see its arguments, hops and output."), m_stack);
    placeholder->setObjectName(QStringLiteral("noJobLabel"));
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setEnabled(false);
    m_stack->addWidget(placeholder);

    auto *page = new QWidget(m_stack);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(4, 4, 4, 4);

    auto *header = new QHBoxLayout;
    m_stateIconLabel = new QLabel(page);
    m_stateIconLabel->setFixedSize(20, 20);
    header->addWidget(m_stateIconLabel);
    m_headerLabel = new QLabel(page);
    m_headerLabel->setObjectName(QStringLiteral("jobHeaderLabel"));
    m_headerLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    header->addWidget(m_headerLabel, 1);
    m_toolBar = new QToolBar(page);
    m_toolBar->setObjectName(QStringLiteral("jobDetailsToolBar"));
    m_toolBar->setAccessibleName(tr("Job actions"));
    m_toolBar->setIconSize(QSize(16, 16));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    header->addWidget(m_toolBar);
    layout->addLayout(header);

    m_errorLabel = new QLabel(page);
    m_errorLabel->setObjectName(QStringLiteral("jobErrorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #922b21;"));
    layout->addWidget(m_errorLabel);

    m_serverMessageLabel = new QLabel(page);
    m_serverMessageLabel->setObjectName(QStringLiteral("serverMessageLabel"));
    m_serverMessageLabel->setWordWrap(true);
    m_serverMessageLabel->setTextFormat(Qt::PlainText);
    m_serverMessageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_serverMessageLabel->setStyleSheet(
        QStringLiteral("background: #fdedec; border: 1px solid #e6b0aa; border-radius: 3px; padding: 4px;"));
    layout->addWidget(m_serverMessageLabel);

    m_tabs = new QTabWidget(page);
    m_tabs->setObjectName(QStringLiteral("detailsTabWidget"));
    m_tabs->setDocumentMode(true);

    auto *outputSplitter = new QSplitter(Qt::Horizontal, m_tabs);
    outputSplitter->setObjectName(QStringLiteral("outputSplitter"));
    m_outputTree = makeTree(outputSplitter, QStringLiteral("outputTree"), {tr("Key"), tr("Value")});
    m_outputTree->setRootIsDecorated(true);
    m_rawOutput = new QPlainTextEdit(outputSplitter);
    m_rawOutput->setObjectName(QStringLiteral("rawOutputTextEdit"));
    m_rawOutput->setReadOnly(true);
    m_rawOutput->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_rawOutput->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    outputSplitter->addWidget(m_outputTree);
    outputSplitter->addWidget(m_rawOutput);
    m_tabs->addTab(outputSplitter, tr("Output"));
    m_outputTree->setAccessibleName(tr("Output as a tree"));
    m_rawOutput->setAccessibleName(tr("Output as text"));

    m_hopTree = makeTree(
        m_tabs, QStringLiteral("hopTree"),
        {tr("#"), tr("Time"), tr("Method"), tr("URL"), tr("Status"), tr("Duration"), tr("Token"), tr("Notes")});
    m_tabs->addTab(m_hopTree, tr("Hops"));
    m_hopTree->setAccessibleName(tr("HTTP hops"));
    m_waitingTimer.setInterval(1000);
    connect(&m_waitingTimer, &QTimer::timeout, this, &JobDetailsView::refreshHops);

    // The detail last, so it takes the width left: a sentence, often a long one in Chinese or Japanese.
    m_transitionTree =
        makeTree(m_tabs, QStringLiteral("transitionTree"), {tr("Time"), tr("State"), tr("Hop"), tr("Detail")});
    m_tabs->addTab(m_transitionTree, tr("Transitions"));
    m_transitionTree->setAccessibleName(tr("State transitions"));

    auto *argumentsPage = new QWidget(m_tabs);
    auto *argumentsLayout = new QVBoxLayout(argumentsPage);
    argumentsLayout->setContentsMargins(0, 0, 0, 0);
    m_requestLabel = new QLabel(argumentsPage);
    m_requestLabel->setObjectName(QStringLiteral("requestLabel"));
    m_requestLabel->setWordWrap(true);
    m_requestLabel->setTextFormat(Qt::PlainText);
    m_requestLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    argumentsLayout->addWidget(m_requestLabel);
    m_argumentsTree = makeTree(argumentsPage, QStringLiteral("argumentsTree"), {tr("Argument"), tr("Value")});
    m_argumentsTree->setRootIsDecorated(true);
    argumentsLayout->addWidget(m_argumentsTree);
    m_tabs->addTab(argumentsPage, tr("Arguments"));
    m_argumentsTree->setAccessibleName(tr("Arguments sent"));

    layout->addWidget(m_tabs, 1);
    m_stack->addWidget(page);
    m_stack->setCurrentIndex(0);
}

void JobDetailsView::setActions(const QList<QAction *> &actions)
{
    m_toolBar->clear();
    m_toolBar->addActions(actions);
}

void JobDetailsView::clear()
{
    if (m_run)
        m_run->disconnect(this);
    m_run = nullptr;
    m_record = JobRecord();
    m_waitingTimer.stop();
    m_stack->setCurrentIndex(0);
}

void JobDetailsView::setJob(const JobRecord &record, JobRun *run)
{
    const bool sameJob = record.id == m_record.id && !record.id.isEmpty();
    if (m_run && m_run != run)
        m_run->disconnect(this);
    if (run && m_run != run) {
        connect(run, &JobRun::stateChanged, this, &JobDetailsView::refresh);
        connect(run, &JobRun::hopRecorded, this, &JobDetailsView::refresh);
        connect(run, &JobRun::progressed, this, &JobDetailsView::refresh);
    }
    m_run = run;
    if (!sameJob) {
        // Another job: start every section afresh.
        m_hopTree->clear();
        m_waitingItem = nullptr;
        m_transitionTree->clear();
        m_outputShown = false;
        m_statusShown = false;
        m_shownOutput.clear();
        m_shownStatus = QJsonValue();
        m_shownNoJobYet.clear();
        m_record = record;
        refreshArguments();
    }
    m_record = run ? run->record() : record;
    m_stack->setCurrentIndex(1);
    refreshHeader();
    refreshTransitions();
    refreshHops();
    refreshOutput();
}

void JobDetailsView::refresh()
{
    if (!m_run)
        return;
    m_record = m_run->record();
    refreshHeader();
    refreshTransitions();
    refreshHops();
    refreshOutput();
}

void JobDetailsView::refreshHeader()
{
    const JobRecord &r = m_record;
    m_stateIconLabel->setPixmap(stateIcon(r.state).pixmap(16, 16));
    m_headerLabel->setText(tr("<b>%1</b> &nbsp;%2 &nbsp;<span style='color:gray'>%3 · %4</span>")
                               .arg(r.profile.name.toHtmlEscaped(), jobStateLabel(r.state).toHtmlEscaped(),
                                    callModeLabel(r.mode).toHtmlEscaped(), r.id.left(8)));
    m_headerLabel->setToolTip(r.id);
    // The server's words get their own box below; the error's first line says what happened.
    const QString error = r.serverMessage.isEmpty() ? r.error.text() : r.error.firstLineText();
    m_errorLabel->setText(error);
    m_errorLabel->setVisible(!error.isEmpty());
    if (r.serverMessage.isEmpty() && r.serverErrorCode == 0) {
        m_serverMessageLabel->hide();
    } else {
        // The server's words as they came: a person searches for them and quotes them to support.
        m_serverMessageLabel->setText(
            r.serverErrorCode != 0
                ? tr("Server message: %1\nError code: %2").arg(r.serverMessage).arg(r.serverErrorCode)
                : tr("Server message: %1").arg(r.serverMessage));
        m_serverMessageLabel->show();
    }
}

void JobDetailsView::refreshTransitions()
{
    const QList<Transition> &transitions = m_record.transitions;
    // Transitions are only ever appended: add the new ones.
    for (int i = m_transitionTree->topLevelItemCount(); i < transitions.size(); ++i) {
        const Transition &t = transitions.at(i);
        const QString detail = t.detail.text();
        auto *item = new QTreeWidgetItem(QStringList{timeText(t.at), jobStateLabel(t.state),
                                                     t.hopIndex >= 0 ? QString::number(t.hopIndex + 1) : QString(),
                                                     t.detail.firstLineText()});
        item->setIcon(1, stateIcon(t.state));
        item->setForeground(1, stateColor(t.state));
        item->setToolTip(0, t.at.toLocalTime().toString(Qt::ISODateWithMs));
        item->setToolTip(3, detail);
        m_transitionTree->addTopLevelItem(item);
    }
    m_tabs->setTabText(2, tr("Transitions (%1)").arg(transitions.size()));
    for (int column = 0; column < 3; ++column)
        m_transitionTree->resizeColumnToContents(column);
}

void JobDetailsView::fillHopItem(QTreeWidgetItem *item, const Hop &hop, int number, bool waiting) const
{
    QStringList notes;
    for (const auto &[name, value] : hop.headers) {
        if (name.compare("Content-Type", Qt::CaseInsensitive) != 0)
            notes << QStringLiteral("%1: %2").arg(QString::fromLatin1(name), QString::fromLatin1(value));
    }
    if (hop.repeats > 1)
        notes << tr("%n time(s) in a row, the last at %1", nullptr, hop.repeats).arg(timeText(hop.lastAt));
    if (!hop.note.isEmpty())
        notes << hop.note.text();
    if (!hop.error.isEmpty())
        notes << hop.error.text();
    if (!hop.proxy.isEmpty())
        notes << tr("through the proxy %1").arg(hop.proxy);
    const QString status = waiting ? tr("waiting…") : hop.status > 0 ? QString::number(hop.status) : tr("none");
    const QStringList texts{QString::number(number),
                            timeText(hop.at),
                            hop.method,
                            hop.url,
                            status,
                            tr("%1 ms").arg(hop.ms),
                            hop.tokenSent ? tr("sent") : tr("not sent"),
                            notes.join(QLatin1String("; "))};
    for (int column = 0; column < texts.size(); ++column)
        item->setText(column, texts.at(column));
    item->setToolTip(3, hop.url);
    item->setToolTip(4, hop.protocol == QLatin1String("h2") ? QStringLiteral("HTTP/2") : hop.protocol.toUpper());
    item->setToolTip(7, notes.join(QLatin1Char('\n')));
    item->setTextAlignment(5, Qt::AlignRight | Qt::AlignVCenter);
    QColor statusColor(0x92, 0x2b, 0x21);
    if (waiting)
        statusColor = QColor(0x7f, 0x8c, 0x8d);
    else if (hop.status >= 200 && hop.status < 300)
        statusColor = QColor(0x1e, 0x84, 0x49);
    else if (hop.status >= 300 && hop.status < 400)
        statusColor = QColor(0x1f, 0x61, 0xa8);
    item->setForeground(4, statusColor);
}

void JobDetailsView::refreshHops()
{
    const QList<Hop> &hops = m_record.hops;
    delete m_waitingItem;
    m_waitingItem = nullptr;
    const int shown = m_hopTree->topLevelItemCount();
    // Hops are appended, and the last one counts its repeats (identical polls in a row): fill it
    // again, then add the new ones.
    if (shown > 0 && shown <= hops.size())
        fillHopItem(m_hopTree->topLevelItem(shown - 1), hops.at(shown - 1), shown, false);
    for (int i = shown; i < hops.size(); ++i) {
        auto *item = new QTreeWidgetItem;
        fillHopItem(item, hops.at(i), i + 1, false);
        m_hopTree->addTopLevelItem(item);
    }
    Hop waiting;
    if (m_run && m_run->inFlight(&waiting)) {
        m_waitingItem = new QTreeWidgetItem;
        fillHopItem(m_waitingItem, waiting, int(hops.size()) + 1, true);
        m_hopTree->addTopLevelItem(m_waitingItem);
    } else if (const QDateTime next = m_run && !m_run->isFinished() ? m_run->nextRequestAt() : QDateTime();
               next.isValid()) {
        // Between polls (a fixed interval, the adaptive schedule, a Retry-After): when the next is due.
        m_waitingItem = new QTreeWidgetItem;
        m_waitingItem->setText(0, QString::number(hops.size() + 1));
        m_waitingItem->setText(3,
                               tr("Next request in %1 s, at %2")
                                   .arg(qMax<qint64>(0, (QDateTime::currentDateTimeUtc().msecsTo(next) + 999) / 1000))
                                   .arg(timeText(next)));
        m_waitingItem->setForeground(3, QColor(Qt::gray));
        m_hopTree->addTopLevelItem(m_waitingItem);
    }
    // A request goes out without a word from the run (after a poll interval, a pause): look
    // again each second while the job is watched.
    if (m_run && !m_run->isFinished()) {
        if (!m_waitingTimer.isActive())
            m_waitingTimer.start();
    } else {
        m_waitingTimer.stop();
    }
    m_tabs->setTabText(1, tr("Hops (%1)").arg(hops.size()));
    if (m_hopTree->topLevelItemCount() > 0) {
        for (int column : {0, 1, 2, 4, 5, 6})
            m_hopTree->resizeColumnToContents(column);
        m_hopTree->resizeColumnToContents(3);
        m_hopTree->setColumnWidth(3, qBound(200, m_hopTree->columnWidth(3), 420));
    }
}

void JobDetailsView::refreshOutput()
{
    const JobRecord &r = m_record;
    if (isTerminal(r.state)) {
        if (m_outputShown && m_shownOutput == r.rawOutput)
            return;
        m_outputShown = true;
        m_statusShown = false;
        m_shownOutput = r.rawOutput;
        // Shown as the server wrote it: members in its order, not sorted.
        const bool json = r.output.isObject() || r.output.isArray();
        fillJsonTree(m_outputTree, json ? r.rawOutput : QByteArray());
        QString raw = json ? QString::fromUtf8(jsontext::indented(r.rawOutput)) : QString::fromUtf8(r.rawOutput);
        if (raw.isEmpty())
            raw = r.state == JobState::Started ? startedWithoutOutputText()
                                               : (r.error.isEmpty() ? tr("No output.") : r.error.text());
        m_rawOutput->setPlainText(raw);
        m_outputTree->expandToDepth(1);
        m_outputTree->resizeColumnToContents(0);
        return;
    }
    m_outputShown = false;
    // A job the server has not created yet says so, and why: not sent yet (waiting for a free
    // long-poll connection, say; a resumed one, queued again with hops, was sent long ago), or its
    // call refused for now and going again.
    QString noJobYet;
    const QString why = r.transitions.isEmpty() ? QString() : r.transitions.constLast().detail.firstLineText();
    if (r.state == JobState::Queued && r.hops.isEmpty())
        noJobYet = why.isEmpty() ? tr("Not sent to the server yet.") : tr("Not sent to the server yet (%1).").arg(why);
    else if (r.state == JobState::Triggering && !why.isEmpty())
        noJobYet = tr("%1.", "the engine's words, as a sentence").arg(why);
    if (m_statusShown && m_shownStatus == r.lastStatus && m_shownNoJobYet == noJobYet)
        return;
    m_statusShown = true;
    m_shownStatus = r.lastStatus;
    m_shownNoJobYet = noJobYet;
    const QByteArray status = jsonBytes(r.lastStatus);
    fillJsonTree(m_outputTree, status);
    m_outputTree->resizeColumnToContents(0);
    if (!status.isEmpty())
        m_rawOutput->setPlainText(
            tr("Still running. Last status:\n%1").arg(QString::fromUtf8(jsontext::indented(status))));
    else
        m_rawOutput->setPlainText(noJobYet.isEmpty() ? tr("No output yet: the job is still running.") : noJobYet);
}

void JobDetailsView::refreshArguments()
{
    const JobRecord &r = m_record;
    m_requestLabel->setText(tr("%1 %2").arg(r.profile.method, redactedUrl(r.profile.invokeUrl)));
    fillJsonTree(m_argumentsTree, jsonBytes(r.arguments));
    m_argumentsTree->expandToDepth(0);
    m_argumentsTree->resizeColumnToContents(0);
    m_tabs->setTabText(3, tr("Arguments (%1)").arg(r.arguments.size()));
}

void JobDetailsView::fillJsonTree(QTreeWidget *tree, const QByteArray &json)
{
    tree->clear();
    bool truncated = false;
    const std::optional<jsontext::Node> root =
        json.isEmpty() ? std::nullopt : jsontext::tree(json, kMaxTreeNodes, &truncated);
    if (!root)
        return;
    if (root->kind == jsontext::Node::Kind::Scalar) {
        tree->addTopLevelItem(makeJsonItem(*root));
    } else {
        for (const jsontext::Node &child : root->children)
            tree->addTopLevelItem(makeJsonItem(child));
    }
    if (truncated)
        tree->addTopLevelItem(new QTreeWidgetItem(
            QStringList{tr("…"), tr("More than %1 values: the rest is in the raw text.").arg(kMaxTreeNodes)}));
}

} // namespace td
