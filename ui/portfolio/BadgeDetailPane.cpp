#include "portfolio/BadgeDetailPane.h"

#include "portfolio/BadgeCardDelegate.h"
#include "portfolio/BadgeListModel.h"
#include "portfolio/CredentialFacts.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedLayout>
#include <QStyle>
#include <QSvgRenderer>
#include <QTabWidget>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace credfolio {

namespace {

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

QString link(const QString& url, const QString& text = {})
{
    const bool web = url.startsWith(QLatin1String("https://")) || url.startsWith(QLatin1String("http://"));
    if (!web)
        return esc(text.isEmpty() ? url : text);
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(esc(url), esc(text.isEmpty() ? url : text));
}

QString dateText(const QDateTime& t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::LongFormat) : QString();
}

} // namespace

BadgeDetailPane::BadgeDetailPane(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("badgeDetailPane"));
    m_empty = new QLabel(tr("Choose a badge to see what it says and why it can be trusted."), this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);

    m_content = new QWidget(this);
    m_image = new QLabel(m_content);
    m_image->setFixedSize(128, 128);
    m_image->setAccessibleName(tr("Badge image"));
    m_title = new QLabel(m_content);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_issuer = new QLabel(m_content);
    m_issuer->setWordWrap(true);
    m_status = new QLabel(m_content);
    m_status->setObjectName(QStringLiteral("badgeStatus"));
    m_flag = new QLabel(m_content);
    m_flag->setWordWrap(true);
    m_flag->setObjectName(QStringLiteral("badgeFlag"));
    m_checked = new QLabel(m_content);
    m_checked->setWordWrap(true);

    auto* headText = new QVBoxLayout;
    headText->addWidget(m_title);
    headText->addWidget(m_issuer);
    headText->addWidget(m_status, 0, Qt::AlignLeft);
    headText->addWidget(m_checked);
    headText->addWidget(m_flag);
    headText->addStretch();
    auto* head = new QHBoxLayout;
    head->addWidget(m_image, 0, Qt::AlignTop);
    head->addLayout(headText, 1);

    m_overview = new QTextBrowser(m_content);
    m_overview->setObjectName(QStringLiteral("badgeOverview"));
    m_overview->setOpenExternalLinks(true);
    m_overview->setAccessibleName(tr("What the credential says"));
    m_checks = new QListWidget(m_content);
    m_checks->setObjectName(QStringLiteral("badgeChecks"));
    m_checks->setAccessibleName(tr("Verification checks"));
    m_checks->setWordWrap(true);
    m_checks->setSelectionMode(QAbstractItemView::NoSelection);
    m_raw = new QPlainTextEdit(m_content);
    m_raw->setObjectName(QStringLiteral("badgeRawJson"));
    m_raw->setReadOnly(true);
    m_raw->setAccessibleName(tr("The credential as JSON"));
    m_raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_attachments = new QListWidget(m_content);
    m_attachments->setAccessibleName(tr("Attachments"));
    connect(m_attachments, &QListWidget::itemActivated, this,
        [this](QListWidgetItem* item) { emit saveAttachmentRequested(m_id, m_attachments->row(item)); });

    m_tabs = new QTabWidget(m_content);
    m_tabs->setObjectName(QStringLiteral("badgeTabs"));
    m_tabs->addTab(m_overview, tr("&Overview"));
    m_tabs->addTab(m_checks, tr("Veri&fication"));
    m_tabs->addTab(m_raw, tr("Ra&w JSON"));
    m_tabs->addTab(m_attachments, tr("&Attachments"));

    m_reverify = new QPushButton(tr("Re-&verify"), m_content);
    m_reverify->setObjectName(QStringLiteral("reverifyButton"));
    m_reverify->setToolTip(tr("Check the badge again now (online too, when online checks are allowed)"));
    m_save = new QPushButton(tr("&Save Original…"), m_content);
    m_save->setObjectName(QStringLiteral("saveOriginalButton"));
    m_save->setToolTip(tr("Save the badge file exactly as it was imported"));
    m_collections = new QToolButton(m_content);
    m_collections->setObjectName(QStringLiteral("collectionsButton"));
    m_collections->setText(tr("Co&llections"));
    m_collections->setAccessibleName(tr("Collections"));
    m_collections->setToolTip(tr("Put the badge in collections, such as one per job application"));
    m_collections->setPopupMode(QToolButton::InstantPopup);
    m_delete = new QPushButton(tr("&Delete…"), m_content);
    m_delete->setObjectName(QStringLiteral("deleteBadgeButton"));
    m_delete->setToolTip(tr("Remove the badge from the portfolio (can be undone until you quit)"));
    connect(m_reverify, &QPushButton::clicked, this, [this] { emit reverifyRequested(m_id); });
    connect(m_save, &QPushButton::clicked, this, [this] { emit saveRequested(m_id); });
    connect(m_delete, &QPushButton::clicked, this, [this] { emit deleteRequested(m_id); });
    connect(m_collections, &QToolButton::pressed, this, [this] { emit collectionsMenuRequested(m_id); });

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_reverify);
    buttons->addWidget(m_save);
    buttons->addWidget(m_collections);
    buttons->addStretch();
    buttons->addWidget(m_delete);

    auto* layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(head);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(buttons);

    auto* stack = new QStackedLayout(this);
    stack->addWidget(m_empty);
    stack->addWidget(m_content);
    clear();
}

void BadgeDetailPane::clear(const QList<QPair<QString, int>>& learnerSkills)
{
    m_id = 0;
    QString text = tr("Choose a badge to see what it says and why it can be trusted.");
    if (!learnerSkills.isEmpty()) {
        QStringList skills;
        for (const auto& [label, count] : learnerSkills)
            skills.append(count > 1 ? tr("%1 (%2 badges)").arg(label.toHtmlEscaped()).arg(count) : label.toHtmlEscaped());
        text = QStringLiteral("<p>%1</p><h3>%2</h3><p>%3</p>")
                   .arg(text.toHtmlEscaped(), tr("Your skills, as your badges show them").toHtmlEscaped(),
                       skills.join(QStringLiteral(" · ")));
    }
    m_empty->setText(text);
    static_cast<QStackedLayout*>(layout())->setCurrentWidget(m_empty);
}

QString BadgeDetailPane::overviewHtml(const BadgeDetail& d)
{
    const BadgeRecord& r = d.record;
    const QJsonObject& c = d.credential;
    QString html;
    const auto section = [&html](const QString& title, const QString& body) {
        if (!body.trimmed().isEmpty())
            html += QStringLiteral("<h4>%1</h4>%2").arg(esc(title), body);
    };
    if (r.sample)
        html += QStringLiteral("<p><b>%1</b></p>")
                    .arg(esc(tr("This is a sample badge from a fictional academy, here so you can explore. "
                                "It is not a real achievement.")));
    if (r.isSelfReported())
        html += QStringLiteral("<p><b>%1</b></p>")
                    .arg(esc(tr("Self-reported: you entered this credential yourself; nothing about it can be verified.")));
    section(tr("Description"), r.description.isEmpty() ? QString() : QStringLiteral("<p>%1</p>").arg(esc(r.description)));
    const QString criteria = CredentialFacts::criteria(c);
    const QString criteriaUrl = CredentialFacts::criteriaUrl(c);
    QString criteriaHtml;
    if (!criteria.isEmpty() && criteria != criteriaUrl)
        criteriaHtml += QStringLiteral("<p>%1</p>").arg(esc(criteria));
    if (!criteriaUrl.isEmpty())
        criteriaHtml += QStringLiteral("<p>%1</p>").arg(link(criteriaUrl, tr("Criteria page")));
    section(tr("Criteria"), criteriaHtml);

    QString skills;
    for (const BadgeSkill& s : d.skills) {
        const QString kind = s.kind == BadgeSkill::Kind::Tag ? tr("tag")
            : s.kind == BadgeSkill::Kind::Skill              ? tr("skill")
                                                             : tr("alignment");
        skills += QStringLiteral("<li>%1 <span style=\"color:gray\">(%2)</span></li>")
                      .arg(s.uri.isEmpty() ? esc(s.label) : link(s.uri, s.label), esc(kind));
    }
    section(tr("Skills and alignments"), skills.isEmpty() ? QString() : QStringLiteral("<ul>%1</ul>").arg(skills));

    QString evidence;
    for (const CredentialFacts::Evidence& e : CredentialFacts::evidence(c)) {
        QString item = e.name.isEmpty() ? QString() : QStringLiteral("<b>%1</b> ").arg(esc(e.name));
        item += esc(e.description);
        if (!e.url.isEmpty())
            item += QLatin1Char(' ') + link(e.url);
        evidence += QStringLiteral("<li>%1</li>").arg(item);
    }
    section(tr("Evidence"), evidence.isEmpty() ? QString() : QStringLiteral("<ul>%1</ul>").arg(evidence));

    QString results;
    for (const CredentialFacts::Result& res : CredentialFacts::results(c))
        results += QStringLiteral("<li>%1: <b>%2</b></li>").arg(esc(res.description), esc(res.value));
    section(tr("Results"), results.isEmpty() ? QString() : QStringLiteral("<ul>%1</ul>").arg(results));

    QString facts;
    const auto row = [&facts](const QString& label, const QString& valueHtml) {
        if (!valueHtml.isEmpty())
            facts +=
                QStringLiteral("<tr><td style=\"padding-right:12px\"><b>%1</b></td><td>%2</td></tr>").arg(esc(label), valueHtml);
    };
    row(tr("Issuer"),
        esc(r.issuerName) + (r.issuerId.isEmpty() ? QString() : QStringLiteral("<br><small>%1</small>").arg(link(r.issuerId))));
    row(tr("Recipient"), esc(r.recipient));
    row(tr("Issued"), esc(dateText(r.issued)));
    row(tr("Expires"), esc(dateText(r.expires)));
    row(tr("Credential id"), esc(r.credentialId));
    row(tr("Format"),
        esc(QStringLiteral("%1 %2").arg(r.format, r.container.isEmpty() ? QString() : QStringLiteral("(%1)").arg(r.container))));
    if (!r.sourceUrl.isEmpty())
        row(tr("Link"), link(r.sourceUrl));
    row(tr("Collections"), esc(d.collections.join(QStringLiteral(", "))));
    row(tr("Imported"), esc(dateText(r.importedAt)));
    row(tr("SHA-256"), QStringLiteral("<small>%1</small>").arg(esc(r.sha256)));
    section(tr("Details"), QStringLiteral("<table>%1</table>").arg(facts));
    return html;
}

void BadgeDetailPane::showBadge(const BadgeDetail& d)
{
    const BadgeRecord& r = d.record;
    m_id = r.id;
    static_cast<QStackedLayout*>(layout())->setCurrentWidget(m_content);

    QString mediaType = r.container == QLatin1String("png") ? QStringLiteral("image/png")
        : r.container == QLatin1String("svg")               ? QStringLiteral("image/svg+xml")
                                                            : QString();
    QByteArray bytes = mediaType.isEmpty() ? QByteArray() : d.original;
    if (bytes.isEmpty()) {
        const CredentialFacts::Image image = CredentialFacts::image(d.credential);
        bytes = image.bytes;
        mediaType = image.mediaType;
    }
    QPixmap pixmap = BadgeListModel::renderImage(bytes, mediaType, 128);
    if (pixmap.isNull())
        pixmap = BadgeListModel::placeholder(r, 128);
    m_image->setPixmap(pixmap);

    // The sample badges' own names are English ("… (sample)"): don't say it twice in another language.
    const bool saysSample = r.name.contains(QLatin1String("sample"), Qt::CaseInsensitive)
        || r.name.contains(tr("sample"), Qt::CaseInsensitive);
    m_title->setText(r.sample && !saysSample ? tr("%1 (sample)").arg(r.name) : r.name);
    m_issuer->setText(r.issuerName.isEmpty() ? tr("Issuer unknown") : tr("Issued by %1").arg(r.issuerName));
    m_status->setText(QStringLiteral(" %1 ").arg(badgeStateLabel(r.state)));
    m_state = r.state;
    styleStatus();
    m_status->setAccessibleName(tr("Status: %1").arg(badgeStateLabel(r.state)));
    m_checked->setText(r.isSelfReported()
            ? tr("Self-reported: nothing to verify.")
            : tr("Last checked %1").arg(QLocale().toString(r.verifiedAt.toLocalTime(), QLocale::ShortFormat)));
    m_reverify->setEnabled(!r.isSelfReported());

    // A badge whose recipient is none of the learner's identities is flagged.
    QString flag;
    if (r.keptInvalid)
        flag = tr("⚠ This badge failed verification and is kept only because you chose to keep it.");
    for (const QJsonValue& v : d.report.value(QLatin1String("checks")).toArray()) {
        const QJsonObject check = v.toObject();
        if (check.value(QLatin1String("id")).toString() == QLatin1String("recipient")
            && check.value(QLatin1String("status")).toString() == QLatin1String("warn"))
            flag += (flag.isEmpty() ? QString() : QStringLiteral("\n")) + QStringLiteral("⚠ ")
                + check.value(QLatin1String("message")).toString();
    }
    m_flag->setText(flag);
    m_flag->setVisible(!flag.isEmpty());

    m_overview->setHtml(overviewHtml(d));

    m_checks->clear();
    const auto addChecks = [this](const QJsonObject& report, const QString& prefix, auto&& self) -> void {
        for (const QJsonValue& v : report.value(QLatin1String("checks")).toArray()) {
            const QJsonObject check = v.toObject();
            const QString status = check.value(QLatin1String("status")).toString();
            QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
            QString word;
            if (status == QLatin1String("pass")) {
                icon = QStyle::SP_DialogApplyButton;
                word = tr("Passed");
            } else if (status == QLatin1String("fail")) {
                icon = QStyle::SP_MessageBoxCritical;
                word = tr("Failed");
            } else if (status == QLatin1String("warn")) {
                icon = QStyle::SP_MessageBoxWarning;
                word = tr("Warning");
            } else {
                icon = QStyle::SP_MessageBoxQuestion;
                word = tr("Not checked");
            }
            auto* item =
                new QListWidgetItem(style()->standardIcon(icon), prefix + check.value(QLatin1String("message")).toString());
            item->setToolTip(QStringLiteral("%1 (%2)").arg(word, check.value(QLatin1String("id")).toString()));
            item->setData(Qt::AccessibleTextRole, QStringLiteral("%1: %2").arg(word, item->text()));
            item->setData(Qt::UserRole, status);
            m_checks->addItem(item);
        }
        for (const QJsonValue& inner : report.value(QLatin1String("embedded")).toArray()) {
            const QJsonObject innerReport = inner.toObject();
            const QString name =
                innerReport.value(QLatin1String("credential")).toObject().value(QLatin1String("name")).toString();
            self(innerReport, prefix + name + QStringLiteral(": "), self);
        }
    };
    addChecks(d.report, QString(), addChecks);

    m_raw->setPlainText(QString::fromUtf8(QJsonDocument(d.credential).toJson(QJsonDocument::Indented)));

    m_attachments->clear();
    for (const BadgeAttachment& a : d.attachments)
        m_attachments->addItem(tr("%1 (%2 KiB) — press Enter to save").arg(a.fileName).arg((a.bytes.size() + 1023) / 1024));
    m_tabs->setTabVisible(3, !d.attachments.isEmpty());
}

void BadgeDetailPane::styleStatus()
{
    const Colours::Chip chip = BadgeCardDelegate::stateChip(m_state, palette());
    m_status->setStyleSheet(
        QStringLiteral("QLabel { background: %1; color: %2; border-radius: 8px; padding: 2px 8px; font-weight: bold; }")
            .arg(chip.background.name(), chip.text.name()));
}

void BadgeDetailPane::changeEvent(QEvent* event)
{
    // A switch between light and dark while a badge is shown recolours its chip.
    if (event->type() == QEvent::PaletteChange && !m_status->text().isEmpty())
        styleStatus();
    QWidget::changeEvent(event);
}

} // namespace credfolio
