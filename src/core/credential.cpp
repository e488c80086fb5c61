#include "credential.h"

#include "enumnames.h"

#include <QCoreApplication>
#include <QUuid>

namespace td {

Credential Credential::create(const QString &name, Kind kind)
{
    Credential credential;
    credential.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    credential.name = name;
    credential.kind = kind;
    credential.scopes = defaultScopes(kind);
    return credential;
}

QString Credential::defaultScopes(Kind kind)
{
    switch (kind) {
    case Kind::OAuthClientCredentials:
        return QStringLiteral("OR.Jobs");
    case Kind::BrowserSignIn: // a refresh token, so that the session outlives the hour
        return QStringLiteral("OR.Jobs offline_access");
    case Kind::PersonalAccessToken:
        break;
    }
    return QString();
}

QStringList Credential::validate() const
{
    QStringList problems;
    if (name.trimmed().isEmpty())
        problems.append(QCoreApplication::translate("td::Credential", "Give the credential a name."));
    if (usesIdentityServer()) {
        if (clientId.trimmed().isEmpty())
            problems.append(QCoreApplication::translate(
                "td::Credential", "Enter the client id of the external application (Admin > External Applications)."));
        if (!identityUrl.isEmpty() && (!identityUrl.isValid() || identityUrl.host().isEmpty()))
            problems.append(QCoreApplication::translate(
                "td::Credential", "The identity URL is not valid, for example https://cloud.uipath.com/identity_."));
        problems += tls.validate();
    }
    if (kind == Kind::BrowserSignIn && redirectPort < 1024)
        problems.append(QCoreApplication::translate(
            "td::Credential",
            "The redirect port must be from 1024 to 65535, as registered in the external application."));
    return problems;
}

Phrase Credential::expiryNotice(const QDate &today) const
{
    if (kind != Kind::PersonalAccessToken || !expiresOn.isValid())
        return {};
    // UiPath regenerates a token only before it expires ("Personal Access Tokens", Automation
    // Cloud API guide); once expired it can only be replaced by a new one.
    const qint64 days = today.daysTo(expiresOn);
    const QString date = expiresOn.toString(Qt::ISODate);
    if (days < 0)
        return Phrase::translate("td::Credential",
                                 "The personal access token of \"%1\" expired on %2. Generate a new one in "
                                 "Orchestrator (Preferences > Personal Access Tokens) and paste it in the "
                                 "credential, with its new expiry date.")
            .arg(name, date);
    if (days > kExpiryWarningDays)
        return {};
    const Phrase when =
        days == 0
            ? Phrase::translate("td::Credential", "The personal access token of \"%1\" expires today.").arg(name)
            : Phrase::translate("td::Credential", "The personal access token of \"%1\" expires on %2, in %n day(s).",
                                nullptr, int(days))
                  .arg(name, date);
    return Phrase::sentences(
        {when, Phrase::translate("td::Credential", "Regenerate it in Orchestrator (Preferences > Personal Access "
                                                   "Tokens) before then, since an expired token cannot be "
                                                   "regenerated, and paste the new one in the credential.")});
}

namespace {

constexpr EnumNames<Credential::Kind, 3> kKindNames{{
    {Credential::Kind::PersonalAccessToken, "personalAccessToken"},
    {Credential::Kind::OAuthClientCredentials, "oauthClientCredentials"},
    {Credential::Kind::BrowserSignIn, "browserSignIn"},
}};

} // namespace

QString credentialKindName(Credential::Kind kind)
{
    return enumName(kKindNames, kind);
}

bool parseCredentialKind(const QString &text, Credential::Kind *kind)
{
    return enumFromName(kKindNames, text, kind);
}

QJsonObject Credential::toJson() const
{
    QJsonObject json{
        {QStringLiteral("id"), id}, {QStringLiteral("name"), name}, {QStringLiteral("kind"), credentialKindName(kind)}};
    if (usesIdentityServer()) {
        json.insert(QStringLiteral("identityUrl"), identityUrl.toString());
        json.insert(QStringLiteral("clientId"), clientId);
        json.insert(QStringLiteral("scopes"), scopes);
        tls.writeTo(&json);
    }
    if (kind == Kind::BrowserSignIn)
        json.insert(QStringLiteral("redirectPort"), int(redirectPort));
    if (kind == Kind::PersonalAccessToken && expiresOn.isValid())
        json.insert(QStringLiteral("expiresOn"), expiresOn.toString(Qt::ISODate));
    return json;
}

Credential Credential::fromJson(const QJsonObject &json)
{
    Credential credential;
    credential.id = json.value(QStringLiteral("id")).toString();
    credential.name = json.value(QStringLiteral("name")).toString();
    parseCredentialKind(json.value(QStringLiteral("kind")).toString(), &credential.kind);
    credential.identityUrl = QUrl(json.value(QStringLiteral("identityUrl")).toString());
    credential.clientId = json.value(QStringLiteral("clientId")).toString();
    credential.scopes = json.value(QStringLiteral("scopes")).toString();
    credential.tls = TlsTrust::readFrom(json);
    credential.redirectPort =
        quint16(qBound(0, json.value(QStringLiteral("redirectPort")).toInt(kDefaultRedirectPort), 65535));
    credential.expiresOn = QDate::fromString(json.value(QStringLiteral("expiresOn")).toString(), Qt::ISODate);
    return credential;
}

} // namespace td
