#include "storage/Migrations.h"

#include "storage/SqlUtil.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QStringList>

namespace credfolio::Migrations {

namespace {

struct Migration
{
    int version;
    const char* description;
    QStringList statements;
};

// Ordered, append-only: a released migration is never edited, only followed by a new one.
// Badges (the portfolio issue) arrive as a later migration of their own.
const std::vector<Migration>& migrations()
{
    static const std::vector<Migration> list = {
        {1, "catalog: providers, skills, courses, microcredentials",
         {
             QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE providers ("
                            " id TEXT PRIMARY KEY, name TEXT NOT NULL, url TEXT, description TEXT)"),
             QStringLiteral("CREATE TABLE skills ("
                            " id TEXT PRIMARY KEY, label TEXT NOT NULL, framework_uri TEXT)"),
             QStringLiteral("CREATE TABLE courses ("
                            " rowid INTEGER PRIMARY KEY,"
                            " id TEXT NOT NULL UNIQUE,"
                            " title TEXT NOT NULL,"
                            " provider_id TEXT NOT NULL REFERENCES providers(id),"
                            " summary TEXT NOT NULL DEFAULT '',"
                            " hours REAL NOT NULL CHECK (hours > 0),"
                            " cost REAL NOT NULL DEFAULT 0 CHECK (cost >= 0),"
                            " currency TEXT,"
                            " level TEXT NOT NULL,"
                            " language TEXT NOT NULL,"
                            " delivery TEXT NOT NULL,"
                            " url TEXT)"),
             QStringLiteral("CREATE TABLE course_skills ("
                            " course_id TEXT NOT NULL REFERENCES courses(id) ON DELETE CASCADE,"
                            " skill_id TEXT NOT NULL REFERENCES skills(id),"
                            " position INTEGER NOT NULL,"
                            " PRIMARY KEY (course_id, skill_id)) WITHOUT ROWID"),
             QStringLiteral("CREATE INDEX course_skills_skill ON course_skills(skill_id)"),
             QStringLiteral("CREATE TABLE microcredentials ("
                            " id TEXT PRIMARY KEY, title TEXT NOT NULL, issuer TEXT NOT NULL,"
                            " field TEXT, description TEXT NOT NULL DEFAULT '',"
                            " achievement_id TEXT, achievement_name TEXT)"),
             QStringLiteral("CREATE TABLE requirement_groups ("
                            " id INTEGER PRIMARY KEY,"
                            " microcredential_id TEXT NOT NULL REFERENCES microcredentials(id) ON DELETE CASCADE,"
                            " position INTEGER NOT NULL,"
                            " kind TEXT NOT NULL CHECK (kind IN ('all', 'n_of')),"
                            " n INTEGER NOT NULL CHECK (n >= 1))"),
             QStringLiteral("CREATE INDEX requirement_groups_mc ON requirement_groups(microcredential_id)"),
             QStringLiteral("CREATE TABLE requirement_courses ("
                            " group_id INTEGER NOT NULL REFERENCES requirement_groups(id) ON DELETE CASCADE,"
                            " course_id TEXT NOT NULL REFERENCES courses(id),"
                            " position INTEGER NOT NULL,"
                            " PRIMARY KEY (group_id, course_id)) WITHOUT ROWID"),
             QStringLiteral("CREATE INDEX requirement_courses_course ON requirement_courses(course_id)"),
             QStringLiteral("CREATE TABLE microcredential_skills ("
                            " microcredential_id TEXT NOT NULL REFERENCES microcredentials(id) ON DELETE CASCADE,"
                            " skill_id TEXT NOT NULL REFERENCES skills(id),"
                            " position INTEGER NOT NULL,"
                            " PRIMARY KEY (microcredential_id, skill_id)) WITHOUT ROWID"),
             QStringLiteral("CREATE TABLE catalog_imports ("
                            " id INTEGER PRIMARY KEY, name TEXT NOT NULL, source TEXT NOT NULL,"
                            " imported_at TEXT NOT NULL, courses INTEGER NOT NULL, microcredentials INTEGER NOT NULL)"),
         }},
        {2, "catalog: full-text search index",
         {
             // Kept in step with courses by CatalogStore (skills and provider names are
             // denormalised into it); rowid = courses.rowid.
             QStringLiteral("CREATE VIRTUAL TABLE course_fts USING fts5("
                            " title, summary, skills, provider,"
                            " tokenize = 'unicode61 remove_diacritics 2', prefix = '3')"),
             QStringLiteral("INSERT INTO course_fts(rowid, title, summary, skills, provider)"
                            " SELECT c.rowid, c.title, c.summary,"
                            "  coalesce((SELECT group_concat(s.label, ' ') FROM course_skills cs"
                            "            JOIN skills s ON s.id = cs.skill_id WHERE cs.course_id = c.id), ''),"
                            "  p.name"
                            " FROM courses c JOIN providers p ON p.id = c.provider_id"),
         }},
        {3, "progress: the learner's plan and course progress",
         {
             QStringLiteral("CREATE TABLE plan ("
                            " microcredential_id TEXT PRIMARY KEY REFERENCES microcredentials(id) ON DELETE CASCADE,"
                            " added_at TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE course_progress ("
                            " course_id TEXT PRIMARY KEY REFERENCES courses(id) ON DELETE CASCADE,"
                            " status TEXT NOT NULL CHECK (status IN ('planned', 'in_progress', 'completed')),"
                            " percent INTEGER NOT NULL DEFAULT 0 CHECK (percent BETWEEN 0 AND 100),"
                            " completed_on TEXT,"
                            " updated_at TEXT NOT NULL)"),
         }},
        {4, "portfolio: badges with their original bytes, collections, the learner's profile",
         {
             // One row per stored credential. `original` holds the file's bytes exactly as
             // imported; everything else is derived from them and the latest verification.
             QStringLiteral("CREATE TABLE badges ("
                            " id INTEGER PRIMARY KEY,"
                            " credential_id TEXT,"
                            " sha256 TEXT NOT NULL UNIQUE,"
                            " original BLOB NOT NULL,"
                            " file_name TEXT NOT NULL DEFAULT '',"
                            " media_type TEXT NOT NULL DEFAULT '',"
                            " container TEXT NOT NULL DEFAULT '',"
                            " format TEXT NOT NULL DEFAULT '',"
                            " kind TEXT NOT NULL DEFAULT '',"
                            " name TEXT NOT NULL,"
                            " description TEXT NOT NULL DEFAULT '',"
                            " issuer_name TEXT NOT NULL DEFAULT '',"
                            " issuer_id TEXT NOT NULL DEFAULT '',"
                            " recipient TEXT NOT NULL DEFAULT '',"
                            " achievement_id TEXT NOT NULL DEFAULT '',"
                            " issued TEXT,"
                            " expires TEXT,"
                            " credential_json TEXT NOT NULL,"
                            " report_json TEXT NOT NULL,"
                            " verdict TEXT NOT NULL CHECK (verdict IN ('valid', 'invalid', 'indeterminate', 'self-reported')),"
                            " state TEXT NOT NULL,"
                            " verified_at TEXT NOT NULL,"
                            " kept_invalid INTEGER NOT NULL DEFAULT 0,"
                            " sample INTEGER NOT NULL DEFAULT 0,"
                            " source_url TEXT NOT NULL DEFAULT '',"
                            " imported_at TEXT NOT NULL)"),
             // Not a partial index: "credential_id = ?" must be able to use it. Credentials
             // without an id store NULL, which UNIQUE allows many times.
             QStringLiteral("CREATE UNIQUE INDEX badges_credential_id ON badges(credential_id)"),
             QStringLiteral("CREATE INDEX badges_achievement ON badges(achievement_id)"),
             // Skills, alignments and tags a badge names.
             QStringLiteral("CREATE TABLE badge_skills ("
                            " badge_id INTEGER NOT NULL REFERENCES badges(id) ON DELETE CASCADE,"
                            " label TEXT NOT NULL,"
                            " uri TEXT NOT NULL DEFAULT '',"
                            " kind TEXT NOT NULL CHECK (kind IN ('alignment', 'skill', 'tag')),"
                            " PRIMARY KEY (badge_id, label, kind))"),
             QStringLiteral("CREATE TABLE badge_attachments ("
                            " id INTEGER PRIMARY KEY,"
                            " badge_id INTEGER NOT NULL REFERENCES badges(id) ON DELETE CASCADE,"
                            " file_name TEXT NOT NULL,"
                            " media_type TEXT NOT NULL DEFAULT '',"
                            " bytes BLOB NOT NULL)"),
             // Full-text search over the wallet; rowid = badges.id, kept in step by BadgeStore.
             QStringLiteral("CREATE VIRTUAL TABLE badge_fts USING fts5("
                            " name, description, issuer, skills,"
                            " tokenize = 'unicode61 remove_diacritics 2', prefix = '2')"),
             QStringLiteral("CREATE TABLE collections ("
                            " id INTEGER PRIMARY KEY,"
                            " name TEXT NOT NULL UNIQUE COLLATE NOCASE,"
                            " created_at TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE collection_badges ("
                            " collection_id INTEGER NOT NULL REFERENCES collections(id) ON DELETE CASCADE,"
                            " badge_id INTEGER NOT NULL REFERENCES badges(id) ON DELETE CASCADE,"
                            " PRIMARY KEY (collection_id, badge_id))"),
             QStringLiteral("CREATE TABLE learner_profile ("
                            " id INTEGER PRIMARY KEY CHECK (id = 1),"
                            " name TEXT NOT NULL DEFAULT '',"
                            " headline TEXT NOT NULL DEFAULT '')"),
             // Achievement images fetched over HTTPS (online checks on), kept for offline use.
             QStringLiteral("CREATE TABLE image_cache ("
                            " url TEXT PRIMARY KEY,"
                            " media_type TEXT NOT NULL,"
                            " bytes BLOB NOT NULL,"
                            " fetched_at TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE learner_identities ("
                            " identity TEXT PRIMARY KEY,"
                            " kind TEXT NOT NULL CHECK (kind IN ('email', 'url', 'other')))"),
         }},
    };
    return list;
}

} // namespace

int latestVersion()
{
    return migrations().back().version;
}

Status migrate(QSqlDatabase db, int target)
{
    QSqlQuery versionQuery(db);
    if (!versionQuery.exec(QStringLiteral("PRAGMA user_version")) || !versionQuery.next())
        return Status::failure(QCoreApplication::translate("Database", "Cannot read the portfolio's format version."));
    const int current = versionQuery.value(0).toInt();
    versionQuery.finish();

    for (const Migration& migration : migrations()) {
        if (migration.version <= current || migration.version > target)
            continue;
        Transaction transaction(db);
        if (Status status = transaction.begin(); !status)
            return status;
        for (const QString& statement : migration.statements) {
            if (Status status = sql::run(db, statement); !status)
                return Status::failure(QCoreApplication::translate("Database", "Updating the portfolio to format %1 failed: %2")
                                           .arg(migration.version)
                                           .arg(status.error()));
        }
        if (Status status = sql::run(db, QStringLiteral("PRAGMA user_version = %1").arg(migration.version)); !status)
            return status;
        if (Status status = transaction.commit(); !status)
            return status;
    }
    return {};
}

} // namespace credfolio::Migrations
