#include "profileeditor.h"

#include "dialogs.h"
#include "jobcontroller.h"
#include "tlspolicy.h"
#include "ui_profileeditor.h"

#include <QComboBox>
#include <QHeaderView>
#include <QHostAddress>
#include <QJsonDocument>
#include <QPushButton>
#include <QRegularExpression>

#include <algorithm>
#include <limits>

namespace td {

namespace {

enum ArgumentColumn
{
    NameColumn,
    TypeColumn,
    RequiredColumn,
    DefaultColumn,
    DescriptionColumn,
    ChoicesColumn,
    ArgumentColumnCount
};

constexpr ArgumentType kTypes[] = {ArgumentType::Text,     ArgumentType::Integer,    ArgumentType::Number,
                                   ArgumentType::Boolean,  ArgumentType::JsonObject, ArgumentType::JsonArray,
                                   ArgumentType::DateTime, ArgumentType::Choice};

constexpr CallMode kModes[] = {CallMode::AsyncRequestReply, CallMode::FireAndForget, CallMode::LongPolling,
                               CallMode::TriggerDefault};

QStringList splitChoices(const QString &text)
{
    QStringList choices;
    const QStringList parts = text.split(QLatin1Char(','));
    for (const QString &part : parts) {
        const QString trimmed = part.trimmed();
        if (!trimmed.isEmpty())
            choices.append(trimmed);
    }
    return choices;
}

bool isLoopbackHost(const QString &host)
{
    return host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 || QHostAddress(host).isLoopback();
}

} // namespace

ProfileEditor::ProfileEditor(const TriggerProfile &profile, const QStringList &takenNames, QWidget *parent)
    : ProfileEditor(profile, takenNames, nullptr, parent)
{}

ProfileEditor::ProfileEditor(const TriggerProfile &profile, const QStringList &takenNames,
                             const QList<Credential> &credentials, QWidget *parent)
    : ProfileEditor(profile, takenNames, &credentials, parent)
{}

ProfileEditor::ProfileEditor(const TriggerProfile &profile, const QStringList &takenNames,
                             const QList<Credential> *credentials, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ProfileEditor>())
    , m_takenNames(takenNames)
    , m_original(profile)
    , m_credentials(credentials ? *credentials : QList<Credential>())
    , m_credentialsKnown(credentials != nullptr)
{
    m_ui->setupUi(this);
    for (const char *method : {"GET", "POST", "PUT", "DELETE"})
        m_ui->methodComboBox->addItem(QString::fromLatin1(method));
    for (CallMode mode : kModes)
        m_ui->modeComboBox->addItem(callModeLabel(mode), int(mode));

    m_ui->argumentTable->setColumnCount(ArgumentColumnCount);
    m_ui->argumentTable->setHorizontalHeaderLabels(
        {tr("Name"), tr("Type"), tr("Required"), tr("Default"), tr("Description"), tr("Choices (comma-separated)")});
    m_ui->argumentTable->horizontalHeader()->setSectionResizeMode(TypeColumn, QHeaderView::ResizeToContents);
    m_ui->argumentTable->horizontalHeader()->setSectionResizeMode(RequiredColumn, QHeaderView::ResizeToContents);
    // Four arguments in view whatever the language's line height: the form above would squeeze the
    // table to one row and a half.
    QTableWidget *table = m_ui->argumentTable;
    table->setMinimumHeight(table->horizontalHeader()->sizeHint().height() +
                            4 * table->verticalHeader()->defaultSectionSize() + 2 * table->frameWidth());

    setProfile(profile);

    connect(m_ui->nameLineEdit, &QLineEdit::textChanged, this, &ProfileEditor::revalidate);
    connect(m_ui->urlLineEdit, &QLineEdit::textChanged, this, &ProfileEditor::updateDemoCredential);
    connect(m_ui->urlLineEdit, &QLineEdit::textChanged, this, &ProfileEditor::revalidate);
    connect(m_ui->credentialComboBox, &QComboBox::currentIndexChanged, this, &ProfileEditor::revalidate);
    connect(m_ui->newCredentialButton, &QPushButton::clicked, this, &ProfileEditor::newCredentialRequested);
    m_ui->newCredentialButton->setVisible(m_credentialsKnown);
    connect(m_ui->methodComboBox, &QComboBox::currentIndexChanged, this, &ProfileEditor::revalidate);
    connect(m_ui->modeComboBox, &QComboBox::currentIndexChanged, this, &ProfileEditor::revalidate);
    connect(m_ui->trustedOriginsPlainTextEdit, &QPlainTextEdit::textChanged, this, &ProfileEditor::revalidate);
    connect(m_ui->argumentTable, &QTableWidget::itemChanged, this, &ProfileEditor::revalidate);
    connect(m_ui->caFileLineEdit, &QLineEdit::textChanged, this, &ProfileEditor::revalidate);
    connect(m_ui->pinLineEdit, &QLineEdit::textChanged, this, &ProfileEditor::revalidate);
    connect(m_ui->proxyLineEdit, &QLineEdit::textChanged, this, &ProfileEditor::revalidate);
    connect(m_ui->correlationLineEdit, &QLineEdit::textChanged, this, &ProfileEditor::revalidate);
    const auto probeScheduleChanged = [this] {
        // No schedule, nothing confirmed: a new one asks again.
        const bool scheduled = this->profile().hasProbeSchedule();
        m_ui->probeConfirmCheckBox->setEnabled(scheduled);
        if (!scheduled)
            m_ui->probeConfirmCheckBox->setChecked(false);
        revalidate();
    };
    connect(m_ui->probeSpinBox, &QSpinBox::valueChanged, this, probeScheduleChanged);
    connect(m_ui->probeTimesLineEdit, &QLineEdit::textChanged, this, probeScheduleChanged);
    connect(m_ui->probeConfirmCheckBox, &QCheckBox::toggled, this, &ProfileEditor::revalidate);
    connect(m_ui->caFileBrowseButton, &QPushButton::clicked, this, [this] {
        const QString path = FileDialog::getOpenFileName(this, tr("Certificate authorities to trust"),
                                                         tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
        if (!path.isEmpty())
            m_ui->caFileLineEdit->setText(path);
    });
    connect(m_ui->addArgumentButton, &QPushButton::clicked, this, [this] {
        ArgumentSpec spec;
        spec.name = tr("argument%1").arg(m_ui->argumentTable->rowCount() + 1);
        addArgumentRow(spec);
        m_ui->argumentTable->editItem(m_ui->argumentTable->item(m_ui->argumentTable->rowCount() - 1, NameColumn));
        revalidate();
    });
    connect(m_ui->removeArgumentButton, &QPushButton::clicked, this, [this] {
        const int row = m_ui->argumentTable->currentRow();
        if (row >= 0)
            m_ui->argumentTable->removeRow(row);
        revalidate();
    });
    connect(m_ui->inferButton, &QPushButton::clicked, this, &ProfileEditor::inferClicked);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    revalidate();
}

ProfileEditor::~ProfileEditor() = default;

void ProfileEditor::setProfile(const TriggerProfile &profile)
{
    m_ui->nameLineEdit->setText(profile.name);
    m_ui->urlLineEdit->setText(profile.invokeUrl.toString());
    m_ui->methodComboBox->setCurrentText(profile.method);
    m_ui->modeComboBox->setCurrentIndex(m_ui->modeComboBox->findData(int(profile.mode)));
    m_ui->pollIntervalSpinBox->setValue(profile.pollIntervalMs);
    m_ui->adaptivePollingCheckBox->setChecked(profile.adaptivePolling);
    m_ui->deadlineSpinBox->setValue(profile.deadlineSeconds);
    m_ui->expectedDurationSpinBox->setValue(profile.expectedDurationSeconds);
    m_ui->probeSpinBox->setValue(profile.probeEveryMinutes);
    QStringList times;
    for (const QTime &time : profile.probeTimes)
        times << time.toString(QStringLiteral("HH:mm"));
    m_ui->probeTimesLineEdit->setText(times.join(QStringLiteral(", ")));
    m_ui->probeConfirmCheckBox->setChecked(profile.probeConfirmed);
    m_ui->probeConfirmCheckBox->setEnabled(profile.hasProbeSchedule());
    m_ui->requestTimeoutSpinBox->setValue(profile.requestTimeoutSeconds);
    fillCredentials(profile.credential);
    m_ui->trustedOriginsPlainTextEdit->setPlainText(profile.trustedOrigins.join(QLatin1Char('\n')));
    m_ui->sendTokenCheckBox->setChecked(profile.sendTokenOnRedirects);
    m_ui->folderIdSpinBox->setValue(int(qBound(qint64(0), profile.folderId, qint64(std::numeric_limits<int>::max()))));
    m_ui->caFileLineEdit->setText(profile.tls.caFile);
    m_ui->pinLineEdit->setText(profile.tls.pinSha256);
    m_ui->proxyLineEdit->setText(profile.proxy);
    m_ui->correlationLineEdit->setText(profile.correlationArgument);
    m_ui->argumentTable->setRowCount(0);
    for (const ArgumentSpec &spec : profile.arguments)
        addArgumentRow(spec);
}

void ProfileEditor::fillCredentials(const QString &reference)
{
    QComboBox *combo = m_ui->credentialComboBox;
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(tr("(none: use $TRIGGERDESK_TOKEN)"), QString());
    int index = reference.isEmpty() ? 0 : -1;
    for (const Credential &credential : std::as_const(m_credentials)) {
        combo->addItem(credential.kind == Credential::Kind::OAuthClientCredentials
                           ? tr("%1 (OAuth client credentials)").arg(credential.name)
                       : credential.kind == Credential::Kind::BrowserSignIn
                           ? tr("%1 (signs in with the browser)").arg(credential.name)
                           : tr("%1 (personal access token)").arg(credential.name),
                       credential.id);
        if (credential.id == reference)
            index = combo->count() - 1;
    }
    // A reference by name (written by hand, or by an older version) becomes one by id.
    for (int i = 1; index < 0 && i <= m_credentials.size(); ++i) {
        if (m_credentials.at(i - 1).name == reference)
            index = i;
    }
    if (index < 0 && reference == JobController::demoCredential()) {
        combo->addItem(tr("Demo simulator token"), reference);
        index = combo->count() - 1;
    }
    if (index < 0) {
        // Kept as it is, so that OK does not drop a reference this dialog cannot resolve.
        combo->addItem(m_credentialsKnown ? tr("%1 (not found)").arg(reference) : reference, reference);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
    updateDemoCredential();
}

void ProfileEditor::setCredentials(const QList<Credential> &credentials, const QString &selectId)
{
    m_credentials = credentials;
    m_credentialsKnown = true;
    fillCredentials(selectId.isEmpty() ? m_ui->credentialComboBox->currentData().toString() : selectId);
    revalidate();
}

void ProfileEditor::updateDemoCredential()
{
    // The demo simulator's token works against the simulator only: offered for a loopback
    // trigger URL, and kept while a profile uses it.
    QComboBox *combo = m_ui->credentialComboBox;
    const QString demo = JobController::demoCredential();
    const int index = combo->findData(demo);
    const bool wanted = isLoopbackHost(typedUrl().host()) || (index >= 0 && index == combo->currentIndex());
    if (wanted == (index >= 0))
        return;
    const QSignalBlocker blocker(combo);
    if (wanted)
        combo->addItem(tr("Demo simulator token"), demo);
    else
        combo->removeItem(index);
}

void ProfileEditor::addArgumentRow(const ArgumentSpec &spec)
{
    QTableWidget *table = m_ui->argumentTable;
    const QSignalBlocker blocker(table);
    const int row = table->rowCount();
    table->insertRow(row);
    table->setItem(row, NameColumn, new QTableWidgetItem(spec.name));
    auto *typeCombo = new QComboBox(table);
    for (ArgumentType type : kTypes)
        typeCombo->addItem(argumentTypeLabel(type), int(type));
    typeCombo->setCurrentIndex(typeCombo->findData(int(spec.type)));
    connect(typeCombo, &QComboBox::currentIndexChanged, this, &ProfileEditor::revalidate);
    table->setCellWidget(row, TypeColumn, typeCombo);
    auto *required = new QTableWidgetItem;
    required->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    required->setCheckState(spec.required ? Qt::Checked : Qt::Unchecked);
    table->setItem(row, RequiredColumn, required);
    table->setItem(row, DefaultColumn, new QTableWidgetItem(spec.toText(spec.defaultValue)));
    table->setItem(row, DescriptionColumn, new QTableWidgetItem(spec.description));
    table->setItem(row, ChoicesColumn, new QTableWidgetItem(spec.choices.join(QLatin1String(", "))));
}

QList<ArgumentSpec> ProfileEditor::argumentSpecs(QStringList *problems) const
{
    // Duplicate names and empty choice lists are reported by TriggerProfile::validate().
    QList<ArgumentSpec> specs;
    const QTableWidget *table = m_ui->argumentTable;
    auto text = [table](int row, int column) {
        const QTableWidgetItem *item = table->item(row, column);
        return item ? item->text() : QString();
    };
    for (int row = 0; row < table->rowCount(); ++row) {
        ArgumentSpec spec;
        spec.name = text(row, NameColumn).trimmed();
        const auto *typeCombo = qobject_cast<const QComboBox *>(table->cellWidget(row, TypeColumn));
        spec.type = typeCombo ? ArgumentType(typeCombo->currentData().toInt()) : ArgumentType::Text;
        const QTableWidgetItem *required = table->item(row, RequiredColumn);
        spec.required = required && required->checkState() == Qt::Checked;
        spec.description = text(row, DescriptionColumn).trimmed();
        spec.choices = splitChoices(text(row, ChoicesColumn));
        if (spec.name.isEmpty()) {
            problems->append(tr("Argument %1 needs a name.").arg(row + 1));
            continue;
        }
        QString error;
        spec.defaultValue = spec.parseText(text(row, DefaultColumn), &error);
        if (!error.isEmpty())
            problems->append(tr("Default of %1: %2").arg(spec.name, error));
        specs.append(spec);
    }
    return specs;
}

QUrl ProfileEditor::typedUrl() const
{
    // Exactly as typed: no guessing of a scheme, no silent escaping of spaces (a URL that is not
    // one is refused with its reason, not launched somewhere else).
    const QString text = m_ui->urlLineEdit->text().trimmed();
    return text.isEmpty() ? QUrl() : QUrl(text, QUrl::StrictMode);
}

TriggerProfile ProfileEditor::profile() const
{
    TriggerProfile profile = m_original; // keeps the presets
    profile.name = m_ui->nameLineEdit->text().trimmed();
    profile.invokeUrl = typedUrl();
    profile.method = m_ui->methodComboBox->currentText();
    profile.mode = CallMode(m_ui->modeComboBox->currentData().toInt());
    profile.pollIntervalMs = m_ui->pollIntervalSpinBox->value();
    profile.adaptivePolling = m_ui->adaptivePollingCheckBox->isChecked();
    profile.deadlineSeconds = m_ui->deadlineSpinBox->value();
    profile.expectedDurationSeconds = m_ui->expectedDurationSpinBox->value();
    profile.probeEveryMinutes = m_ui->probeSpinBox->value();
    profile.probeTimes = probeTimes(nullptr);
    profile.probeConfirmed = profile.hasProbeSchedule() && m_ui->probeConfirmCheckBox->isChecked();
    profile.requestTimeoutSeconds = m_ui->requestTimeoutSpinBox->value();
    profile.credential = m_ui->credentialComboBox->currentData().toString();
    profile.trustedOrigins.clear();
    const QStringList origins = m_ui->trustedOriginsPlainTextEdit->toPlainText().split(QLatin1Char('\n'));
    for (const QString &origin : origins) {
        if (!origin.trimmed().isEmpty())
            profile.trustedOrigins.append(origin.trimmed());
    }
    profile.sendTokenOnRedirects = m_ui->sendTokenCheckBox->isChecked();
    profile.folderId = m_ui->folderIdSpinBox->value();
    profile.tls.caFile = m_ui->caFileLineEdit->text().trimmed();
    profile.tls.pinSha256 = m_ui->pinLineEdit->text().trimmed();
    profile.proxy = m_ui->proxyLineEdit->text().trimmed();
    profile.correlationArgument = m_ui->correlationLineEdit->text().trimmed();
    QStringList ignored;
    profile.arguments = argumentSpecs(&ignored);
    return profile;
}

QList<QTime> ProfileEditor::probeTimes(QStringList *problems) const
{
    QList<QTime> times;
    const QStringList parts =
        m_ui->probeTimesLineEdit->text().split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QTime time = QTime::fromString(part, QStringLiteral("H:mm"));
        if (!time.isValid()) {
            if (problems)
                problems->append(tr("\"%1\" is not a time of day: write the probe times like 08:00, 13:30.").arg(part));
            continue;
        }
        if (!times.contains(time))
            times.append(time);
    }
    std::sort(times.begin(), times.end());
    return times;
}

QStringList ProfileEditor::problems() const
{
    QStringList problems;
    const QString name = m_ui->nameLineEdit->text().trimmed();
    if (!name.isEmpty() && m_takenNames.contains(name))
        problems.append(tr("There is already a profile named \"%1\".").arg(name));
    argumentSpecs(&problems);
    const TriggerProfile p = profile();
    probeTimes(&problems);
    // A probe is a real job: a schedule is kept only once the operator says so.
    if (p.hasProbeSchedule() && !p.probeConfirmed)
        problems.append(tr("Each probe starts a real job in Orchestrator: tick \"Okay to start a real job\" to keep "
                           "the schedule, or set Probe every to Never and clear the times."));
    problems += p.validate();
    if (QString error; !p.tls.caFile.isEmpty() && !TlsPolicy::load({p.tls.caFile, QString()}, &error))
        problems.append(error);
    for (const QString &origin : p.trustedOrigins) {
        const QUrl url(origin);
        if (!url.isValid() || url.host().isEmpty() ||
            (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
            problems.append(tr("\"%1\" is not an origin. Write it as https://host or https://host:port.").arg(origin));
    }
    if (m_credentialsKnown && !p.credential.isEmpty() && p.credential != JobController::demoCredential()) {
        bool found = false;
        for (const Credential &credential : m_credentials)
            found = found || credential.id == p.credential;
        if (!found)
            problems.append(
                tr("The credential \"%1\" does not exist: choose another, or add it in the credential editor.")
                    .arg(p.credential));
    }
    problems.removeDuplicates();
    return problems;
}

void ProfileEditor::updateUrlParts()
{
    const QString text = m_ui->urlLineEdit->text().trimmed();
    if (text.isEmpty()) {
        m_ui->urlPartsLabel->setText(tr("Paste the trigger's full slug URL."));
        return;
    }
    InvokeUrlParts parts;
    QString error;
    if (!parseInvokeUrl(typedUrl(), &parts, &error)) {
        m_ui->urlPartsLabel->setText(
            QStringLiteral("<span style='color:#b03a2e'>%1</span>").arg(error.toHtmlEscaped()));
        return;
    }
    QString folder = parts.folderKey.toHtmlEscaped();
    if (!parts.folderKeyIsGuid)
        folder += QStringLiteral(" <span style='color:#b9770e'>%1</span>")
                      .arg(tr("(not a GUID: check that this is the folder key)").toHtmlEscaped());
    const QString none = tr("(standalone)");
    m_ui->urlPartsLabel->setText(
        tr("Organization: <b>%1</b> &nbsp; Tenant: <b>%2</b> &nbsp; Folder: <b>%3</b> &nbsp; Slug: <b>%4</b>")
            .arg(parts.organization.isEmpty() ? none : parts.organization.toHtmlEscaped(),
                 parts.tenant.isEmpty() ? none : parts.tenant.toHtmlEscaped(), folder, parts.slug.toHtmlEscaped()));
}

void ProfileEditor::revalidate()
{
    updateUrlParts();
    const QStringList list = problems();
    m_ui->problemsLabel->setText(list.join(QLatin1Char('\n')));
    m_ui->problemsLabel->setVisible(!list.isEmpty());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(list.isEmpty());
}

bool ProfileEditor::inferFromExample(const QString &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = parseError.error != QJsonParseError::NoError
                     ? tr("The example is not valid JSON (character %1: %2).")
                           .arg(parseError.offset)
                           .arg(parseError.errorString())
                     : tr("The example must be a JSON object, like {\"customer\": \"ACME\", \"count\": 3}.");
        return false;
    }
    QStringList existing;
    for (int row = 0; row < m_ui->argumentTable->rowCount(); ++row) {
        if (const QTableWidgetItem *item = m_ui->argumentTable->item(row, NameColumn))
            existing.append(item->text().trimmed());
    }
    const QList<ArgumentSpec> specs = inferArgumentSpecs(doc.object());
    for (const ArgumentSpec &spec : specs) {
        if (!existing.contains(spec.name))
            addArgumentRow(spec);
    }
    revalidate();
    return true;
}

void ProfileEditor::inferClicked()
{
    QString text;
    if (!InputDialog::getMultiLineText(this, tr("Infer arguments"),
                                       tr("Paste an example request body (a JSON object). One argument is made per "
                                          "member, typed from its value."),
                                       &text))
        return;
    QString error;
    if (!inferFromExample(text, &error))
        MessageBox::warning(this, tr("Infer arguments"), error);
}

} // namespace td
