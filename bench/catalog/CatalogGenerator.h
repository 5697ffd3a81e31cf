#pragma once

#include <QByteArray>
#include <QStringList>

// Makes a large, deterministic catalog in Credfolio's JSON format for benchmarks:
// plausible titles, summaries and skills drawn from word lists with a fixed seed.
namespace CatalogGenerator {

QByteArray makeCatalog(int courses, int providers, int skills, int microcredentials);
// A mix of what learners type: whole words, prefixes, two-word queries, rare and common terms.
QStringList makeQueries(int count);

} // namespace CatalogGenerator
