#pragma once

#include "jsonld/Context.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace credfolio::jsonld {

// State of one Create Term Definition run over a local context (section 4.2).
struct TermBuilder {
    ContextProcessor& processor;
    ActiveContext& active;
    const QJsonObject& local;
    QHash<QString, bool> defined;
    QString baseUrl;
    bool isProtected = false;
    bool overrideProtected = false;
    QStringList remoteContexts;
    ProcessingState& state;

    void create(const QString& term);
    QString expandIri(const QString& value, bool documentRelative, bool vocab);
};

} // namespace credfolio::jsonld
