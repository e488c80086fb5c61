#pragma once

// A real forward proxy, as a company network puts between an operator and the Internet:
// tinyproxy, started by the test itself as an ordinary process on a loopback port chosen at run
// time, relaying plain http and tunnelling https (CONNECT), optionally asking for credentials
// (407). Its configuration and log stay in a temporary folder.

#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

namespace td::test {

class ForwardProxy
{
public:
    struct Options
    {
        QString user; // with a password: Basic credentials required (407 without them)
        QString password;
    };

    ForwardProxy() = default;
    ~ForwardProxy();
    ForwardProxy(const ForwardProxy &) = delete;
    ForwardProxy &operator=(const ForwardProxy &) = delete;

    // False with the reason (no tinyproxy, a configuration error) in *error.
    bool start(const Options &options, QString *error);
    void stop();

    quint16 port() const { return m_port; }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)); }
    // The requests it relayed, as it logged them: "GET http://host:port/path HTTP/1.1",
    // "CONNECT host:port HTTP/1.1".
    QStringList requests() const;
    QString log() const;

    static QString binary(); // empty when tinyproxy is not installed

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
};

} // namespace td::test
