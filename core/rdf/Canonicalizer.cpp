#include "rdf/Canonicalizer.h"

#include "crypto/Hash.h"
#include "rdf/NQuads.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <map>
#include <optional>
#include <vector>

namespace credfolio::rdf {

namespace {

// Quad positions in the order RDFC-1.0 visits them, and their one-letter names in Hash
// Related Blank Node.
constexpr int kSubject = 0, kPredicate = 1, kObject = 2, kGraph = 3;

// A quad prepared once: each non-blank term already in canonical N-Quads bytes, each blank
// term as an index into the blank node table.
struct PreparedQuad {
    QByteArray text[4];
    int blank[4] = {-1, -1, -1, -1};
};

// Issues identifiers prefix0, prefix1, ... in order and remembers the order (RDFC-1.0 4.5).
class IdentifierIssuer {
public:
    IdentifierIssuer(QByteArray prefix, int nodes) : m_prefix(std::move(prefix)), m_ids(size_t(nodes), -1) { }

    bool has(int node) const { return m_ids[size_t(node)] >= 0; }
    QByteArray label(int node) const { return m_prefix + QByteArray::number(m_ids[size_t(node)]); }
    QByteArray issue(int node)
    {
        if (!has(node)) {
            m_ids[size_t(node)] = int(m_order.size());
            m_order.push_back(node);
        }
        return label(node);
    }
    const std::vector<int>& order() const { return m_order; }

private:
    QByteArray m_prefix;
    std::vector<int> m_ids; // per blank node, its counter or -1
    std::vector<int> m_order; // blank nodes in the order they were issued
};

struct NDegreeResult {
    QByteArray hash;
    IdentifierIssuer issuer;
};

class Run {
public:
    Run(const Canonicalizer::Options& options) : m_options(options) { }

    Result<Canonicalizer::Output> canonicalize(const Dataset& input);

private:
    QByteArray digest(const QByteArray& data) const
    {
        const QByteArray raw = m_options.hash == Canonicalizer::HashAlgorithm::Sha384 ? hash::sha384(data) : hash::sha256(data);
        return raw.toHex();
    }

    // Canonical N-Quads line of a prepared quad with blank nodes written by labelOf.
    template <typename LabelOf> QByteArray line(const PreparedQuad& q, LabelOf labelOf) const
    {
        QByteArray out;
        out.reserve(128);
        for (int pos = kSubject; pos <= kGraph; ++pos) {
            if (q.blank[pos] >= 0) {
                if (pos == kGraph)
                    out += ' ';
                out += "_:";
                out += labelOf(q.blank[pos]);
            } else if (!q.text[pos].isEmpty()) {
                if (pos == kGraph)
                    out += ' ';
                out += q.text[pos];
            }
            if (pos < kObject)
                out += ' ';
        }
        out += " .\n";
        return out;
    }

    QByteArray hashFirstDegree(int node) const;
    QByteArray hashRelated(int related, const PreparedQuad& quad, const IdentifierIssuer& issuer, int position) const;
    Result<NDegreeResult> hashNDegree(int node, const IdentifierIssuer& issuer);
    Result<NDegreeResult> hashNDegreeAt(int node, const IdentifierIssuer& issuer);
    bool spend()
    {
        ++m_work;
        return m_work <= m_options.maxWork;
    }
    Result<NDegreeResult> tooMuchWork() const
    {
        return Result<NDegreeResult>::failure(QCoreApplication::translate("Canonicalizer",
            "canonicalization stopped after %1 steps: the data's blank nodes are too symmetric to label in reasonable time")
                                                  .arg(m_options.maxWork));
    }

    Canonicalizer::Options m_options;
    std::vector<PreparedQuad> m_quads;
    std::vector<QString> m_labels; // blank node index -> input label
    std::vector<std::vector<int>> m_quadsOf; // blank node index -> quads mentioning it
    std::vector<QByteArray> m_firstDegree; // blank node index -> first-degree hash
    IdentifierIssuer m_canonical{QByteArrayLiteral("c14n"), 0};
    int m_work = 0;
    int m_depth = 0;
    int m_maxDepthSeen = 0;
};

QByteArray Run::hashFirstDegree(int node) const
{
    std::vector<QByteArray> lines;
    lines.reserve(m_quadsOf[size_t(node)].size());
    for (const int q : m_quadsOf[size_t(node)]) {
        lines.push_back(line(
            m_quads[size_t(q)], [node](int other) { return other == node ? QByteArrayLiteral("a") : QByteArrayLiteral("z"); }));
    }
    std::sort(lines.begin(), lines.end());
    QByteArray data;
    for (const QByteArray& l : lines)
        data += l;
    return digest(data);
}

QByteArray Run::hashRelated(int related, const PreparedQuad& quad, const IdentifierIssuer& issuer, int position) const
{
    static const char positionNames[] = {'s', 'p', 'o', 'g'};
    QByteArray input(1, positionNames[position]);
    if (position != kGraph)
        input += quad.text[kPredicate];
    if (m_canonical.has(related))
        input += "_:" + m_canonical.label(related);
    else if (issuer.has(related))
        input += "_:" + issuer.label(related);
    else
        input += m_firstDegree[size_t(related)];
    return digest(input);
}

// Steinhaus-Johnson-Trotter order over the labels, as the reference implementations use: when
// two permutations give the same path, the first one found decides the issued order.
class Permuter {
public:
    Permuter(std::vector<int> items, const std::vector<QString>& labels) : m_current(std::move(items)), m_labels(labels)
    {
        std::sort(m_current.begin(), m_current.end(), [this](int a, int b) { return less(a, b); });
        for (const int item : m_current)
            m_left[item] = true;
    }
    bool hasNext() const { return !m_done; }
    std::vector<int> next()
    {
        const std::vector<int> result = m_current;
        int k = -1;
        size_t pos = 0;
        const size_t n = m_current.size();
        for (size_t i = 0; i < n; ++i) {
            const int e = m_current[i];
            const bool left = m_left[e];
            if ((k < 0 || less(k, e))
                && ((left && i > 0 && less(m_current[i - 1], e)) || (!left && i + 1 < n && less(m_current[i + 1], e)))) {
                k = e;
                pos = i;
            }
        }
        if (k < 0) {
            m_done = true;
        } else {
            const size_t swap = m_left[k] ? pos - 1 : pos + 1;
            m_current[pos] = m_current[swap];
            m_current[swap] = k;
            for (const int e : m_current) {
                if (less(k, e))
                    m_left[e] = !m_left[e];
            }
        }
        return result;
    }

private:
    bool less(int a, int b) const { return m_labels[size_t(a)] < m_labels[size_t(b)]; }

    std::vector<int> m_current;
    const std::vector<QString>& m_labels;
    QHash<int, bool> m_left;
    bool m_done = false;
};

// RDFC-1.0 4.8 Hash N-Degree Quads.
Result<NDegreeResult> Run::hashNDegree(int node, const IdentifierIssuer& issuerIn)
{
    if (!spend() || m_depth >= m_options.maxDepth)
        return tooMuchWork();
    ++m_depth;
    m_maxDepthSeen = std::max(m_maxDepthSeen, m_depth);
    const auto result = hashNDegreeAt(node, issuerIn);
    --m_depth;
    return result;
}

Result<NDegreeResult> Run::hashNDegreeAt(int node, const IdentifierIssuer& issuerIn)
{
    IdentifierIssuer issuer = issuerIn;
    std::map<QByteArray, std::vector<int>> related; // ordered by hash
    for (const int qi : m_quadsOf[size_t(node)]) {
        const PreparedQuad& quad = m_quads[size_t(qi)];
        for (const int pos : {kSubject, kObject, kGraph}) {
            const int other = quad.blank[pos];
            if (other >= 0 && other != node)
                related[hashRelated(other, quad, issuer, pos)].push_back(other);
        }
    }
    QByteArray dataToHash;
    for (const auto& [relatedHash, nodes] : related) {
        dataToHash += relatedHash;
        QByteArray chosenPath;
        std::optional<IdentifierIssuer> chosenIssuer;
        Permuter permuter(nodes, m_labels);
        while (permuter.hasNext()) {
            const std::vector<int> permutation = permuter.next();
            if (!spend())
                return tooMuchWork();
            IdentifierIssuer issuerCopy = issuer;
            QByteArray path;
            std::vector<int> recursion;
            const auto worse = [&] { return !chosenPath.isEmpty() && path.size() >= chosenPath.size() && path > chosenPath; };
            bool skip = false;
            for (const int r : permutation) {
                if (m_canonical.has(r)) {
                    path += "_:" + m_canonical.label(r);
                } else {
                    if (!issuerCopy.has(r))
                        recursion.push_back(r);
                    path += "_:" + issuerCopy.issue(r);
                }
                if (worse()) {
                    skip = true;
                    break;
                }
            }
            if (skip)
                continue;
            for (const int r : recursion) {
                auto result = hashNDegree(r, issuerCopy);
                if (!result)
                    return result;
                path += "_:" + issuerCopy.issue(r);
                path += '<' + result->hash + '>';
                issuerCopy = std::move(result.value().issuer);
                if (worse()) {
                    skip = true;
                    break;
                }
            }
            if (skip)
                continue;
            if (chosenPath.isEmpty() || path < chosenPath) {
                chosenPath = path;
                chosenIssuer = issuerCopy;
            }
        }
        dataToHash += chosenPath;
        issuer = std::move(*chosenIssuer);
    }
    return NDegreeResult{digest(dataToHash), std::move(issuer)};
}

Result<Canonicalizer::Output> Run::canonicalize(const Dataset& input)
{
    // Index blank nodes by label in order of first appearance (subject, object, graph) and
    // the quads by blank node, dropping duplicate quads: a dataset is a set.
    QHash<QString, int> indexOf;
    QSet<QByteArray> seen;
    std::vector<const Quad*> kept;
    for (const Quad& quad : input) {
        // Only RDF quads: a literal subject or graph, or a predicate that is not an IRI, has no
        // canonical form.
        if (quad.subject.kind == Term::Kind::Literal || quad.predicate.kind != Term::Kind::Iri
            || quad.graph.kind == Term::Kind::Literal)
            return Result<Canonicalizer::Output>::failure(
                QCoreApplication::translate("Canonicalizer", "the data holds a statement that is not RDF"));
        PreparedQuad prepared;
        const Term* terms[4] = {&quad.subject, &quad.predicate, &quad.object, &quad.graph};
        for (int pos = kSubject; pos <= kGraph; ++pos) {
            const Term& t = *terms[pos];
            if (t.isBlank()) {
                auto it = indexOf.find(t.value);
                if (it == indexOf.end()) {
                    it = indexOf.insert(t.value, int(m_labels.size()));
                    m_labels.push_back(t.value);
                    m_quadsOf.emplace_back();
                }
                prepared.blank[pos] = it.value();
            } else if (pos != kGraph || !quad.inDefaultGraph()) {
                prepared.text[pos] = nquads::term(t).toUtf8();
            }
        }
        const QByteArray original = line(prepared, [this](int b) { return m_labels[size_t(b)].toUtf8(); });
        if (seen.contains(original))
            continue;
        seen.insert(original);
        const int qi = int(m_quads.size());
        for (const int pos : {kSubject, kObject, kGraph}) {
            const int b = prepared.blank[pos];
            if (b >= 0 && (m_quadsOf[size_t(b)].empty() || m_quadsOf[size_t(b)].back() != qi))
                m_quadsOf[size_t(b)].push_back(qi);
        }
        m_quads.push_back(std::move(prepared));
        kept.push_back(&quad);
    }
    const int nodes = int(m_labels.size());
    m_canonical = IdentifierIssuer(QByteArrayLiteral("c14n"), nodes);

    // 4.4 steps 3-4: first-degree hashes; unique ones get canonical labels in hash order.
    std::map<QByteArray, std::vector<int>> byHash;
    m_firstDegree.resize(size_t(nodes));
    for (int b = 0; b < nodes; ++b) {
        m_firstDegree[size_t(b)] = hashFirstDegree(b);
        byHash[m_firstDegree[size_t(b)]].push_back(b);
    }
    for (auto it = byHash.begin(); it != byHash.end();) {
        if (it->second.size() == 1) {
            m_canonical.issue(it->second.front());
            it = byHash.erase(it);
        } else {
            ++it;
        }
    }

    // Step 5: the groups that share a first-degree hash, each by N-degree hashes.
    for (const auto& [hash, group] : byHash) {
        std::vector<NDegreeResult> paths;
        for (const int b : group) {
            if (m_canonical.has(b))
                continue;
            IdentifierIssuer temporary(QByteArrayLiteral("b"), nodes);
            temporary.issue(b);
            auto result = hashNDegree(b, temporary);
            if (!result)
                return Result<Canonicalizer::Output>::failure(result.error());
            paths.push_back(std::move(result).value());
        }
        std::stable_sort(
            paths.begin(), paths.end(), [](const NDegreeResult& a, const NDegreeResult& b) { return a.hash < b.hash; });
        for (const NDegreeResult& result : paths) {
            for (const int b : result.issuer.order())
                m_canonical.issue(b);
        }
    }

    // Step 6: relabel and sort the lines.
    Canonicalizer::Output out;
    std::vector<std::pair<QByteArray, size_t>> lines;
    lines.reserve(m_quads.size());
    for (size_t qi = 0; qi < m_quads.size(); ++qi)
        lines.emplace_back(line(m_quads[qi], [this](int b) { return m_canonical.label(b); }), qi);
    std::sort(lines.begin(), lines.end());
    for (const auto& [text, qi] : lines) {
        out.nquads += text;
        Quad quad = *kept[qi];
        for (Term* t : {&quad.subject, &quad.object, &quad.graph}) {
            if (t->isBlank())
                t->value = QString::fromLatin1(m_canonical.label(indexOf.value(t->value)));
        }
        out.dataset.push_back(std::move(quad));
    }
    for (int b = 0; b < nodes; ++b)
        out.issued.insert(m_labels[size_t(b)], QString::fromLatin1(m_canonical.label(b)));
    out.work = m_work;
    out.depth = m_maxDepthSeen;
    return out;
}

} // namespace

Result<Canonicalizer::Output> Canonicalizer::canonicalize(const Dataset& input, const Options& options)
{
    return Run(options).canonicalize(input);
}

} // namespace credfolio::rdf
