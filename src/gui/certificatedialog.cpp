#include "certificatedialog.h"

#include "tlstrust.h"

#include <QApplication>
#include <QClipboard>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace td {

namespace {

QLabel *selectableLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    return label;
}

} // namespace

bool CertificateDialog::mayRunAgain(const JobRecord &record)
{
    // No answer ever came: every hop (the trigger call, and its repeats) stopped before one.
    return record.state == JobState::Failed && !record.statusUri.isValid() && record.orchestratorJobId == 0 &&
           refusedHopIndex(record) >= 0 &&
           std::all_of(record.hops.cbegin(), record.hops.cend(), [](const Hop &hop) { return hop.status == 0; });
}

int CertificateDialog::refusedHopIndex(const JobRecord &record)
{
    for (int i = int(record.hops.size()) - 1; i >= 0; --i) {
        if (!record.hops.at(i).certificate.isEmpty())
            return i;
    }
    return -1;
}

CertificateDialog::CertificateDialog(const JobRecord &record, const Hop &hop, QWidget *parent)
    : QDialog(parent), m_certificate(hop.certificate, QSsl::Pem)
{
    setObjectName(QStringLiteral("certificateDialog"));
    setWindowTitle(tr("Server certificate"));
    const QString host = QUrl(hop.url).host();
    auto *layout = new QVBoxLayout(this);

    auto *why = selectableLabel(hop.error.text(), this);
    why->setObjectName(QStringLiteral("refusalLabel"));
    layout->addWidget(why);

    auto *form = new QFormLayout;
    // Dates as the refusal words them (and as every language reads them), in local time.
    const auto when = [](const QDateTime &at) { return at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")); };
    form->addRow(tr("Server:"), selectableLabel(host, this));
    form->addRow(tr("Issued to:"), selectableLabel(m_certificate.subjectDisplayName(), this));
    form->addRow(tr("Issued by:"), selectableLabel(m_certificate.issuerDisplayName(), this));
    form->addRow(tr("Valid from:"), selectableLabel(when(m_certificate.effectiveDate()), this));
    form->addRow(tr("Valid until:"), selectableLabel(when(m_certificate.expiryDate()), this));
    auto *fingerprintRow = new QHBoxLayout;
    auto *fingerprintLabel = selectableLabel(fingerprint(), this);
    fingerprintLabel->setObjectName(QStringLiteral("fingerprintLabel"));
    fingerprintLabel->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    fingerprintLabel->setAccessibleName(tr("SHA-256 fingerprint"));
    fingerprintRow->addWidget(fingerprintLabel, 1);
    auto *copy = new QPushButton(tr("Copy"), this);
    copy->setAccessibleName(tr("Copy the fingerprint"));
    copy->setAutoDefault(false);
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(fingerprint()); });
    fingerprintRow->addWidget(copy, 0, Qt::AlignTop);
    form->addRow(tr("SHA-256 fingerprint:"), fingerprintRow);
    layout->addLayout(form);

    auto *advice = new QLabel(this);
    advice->setObjectName(QStringLiteral("adviceLabel"));
    advice->setWordWrap(true);
    layout->addWidget(advice);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (hop.certificateTrustable) {
        // Nothing was created when the trigger call itself was refused: running again is safe.
        const bool runAgain = mayRunAgain(record);
        advice->setText(
            tr("Compare the fingerprint with the one your administrator gives you (for example read with "
               "\"openssl x509 -noout -fingerprint -sha256\" on the server). Once it matches, the profile "
               "\"%1\" can trust this one certificate: its requests will then go only to servers that present "
               "it.")
                .arg(record.profile.name) +
            (record.profile.tls.pinSha256.isEmpty()
                 ? QString()
                 : QLatin1Char(' ') + tr("It replaces the fingerprint the profile pins now: make sure the server's "
                                         "certificate was really renewed.")));
        auto *trust =
            buttons->addButton(runAgain ? tr("Trust It and Run Again") : tr("Trust It"), QDialogButtonBox::AcceptRole);
        trust->setObjectName(QStringLiteral("trustButton"));
        trust->setAutoDefault(false);
        connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    } else {
        advice->setText(tr("Trusting this certificate would not help: it has expired, is not valid yet, or was "
                           "made for another server. Ask the server's administrator for a valid certificate."));
    }
    layout->addWidget(buttons);
}

QString CertificateDialog::fingerprint() const
{
    return fingerprintText(m_certificate.digest(QCryptographicHash::Sha256));
}

} // namespace td
