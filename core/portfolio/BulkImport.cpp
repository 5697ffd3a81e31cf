#include "portfolio/BulkImport.h"

#include "crypto/Hash.h"
#include "verify/Resolver.h"

#include <QCoreApplication>
#include <QUrl>

#include <QHash>
#include <QSet>
#include <QThread>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace credfolio {

namespace {

// Verified files waiting for the writer, bounded so a fast reader cannot fill memory.
class PreparedQueue {
public:
    explicit PreparedQueue(size_t capacity) : m_capacity(capacity) { }

    // False when the writer stopped taking (cancelled).
    bool push(int index, PreparedBadge badge)
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_notFull.wait(lock, [&] { return m_items.size() < m_capacity || m_closed; });
        if (m_closed)
            return false;
        m_items.emplace_back(index, std::move(badge));
        m_notEmpty.notify_one();
        return true;
    }

    bool pop(std::pair<int, PreparedBadge>* item)
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_notEmpty.wait(lock, [&] { return !m_items.empty() || m_producers == 0; });
        if (m_items.empty())
            return false;
        *item = std::move(m_items.front());
        m_items.pop_front();
        m_notFull.notify_one();
        return true;
    }

    void setProducers(int n)
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_producers = n;
    }
    void producerDone()
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        --m_producers;
        m_notEmpty.notify_all();
    }
    void close()
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_closed = true;
        m_items.clear();
        m_notFull.notify_all();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_notEmpty;
    std::condition_variable m_notFull;
    std::deque<std::pair<int, PreparedBadge>> m_items;
    size_t m_capacity;
    int m_producers = 0;
    bool m_closed = false;
};

bool isLink(const QString& path)
{
    return path.startsWith(QLatin1String("https://"), Qt::CaseInsensitive)
        || path.startsWith(QLatin1String("http://"), Qt::CaseInsensitive);
}

// A dropped link to a hosted badge comes through the resolver, only when online checks are on.
Result<QByteArray> fetchLink(const QString& url, const VerifyOptions& options)
{
    if (!options.online || !options.resolver)
        return Result<QByteArray>::failure(QCoreApplication::translate("BulkImport",
            "This is a link; allow online checks to import badges from links, or download the badge and import the file."));
    return options.resolver->fetch(QUrl(url));
}

} // namespace

std::vector<ImportOutcome> BulkImport::run(
    QSqlDatabase db, const QStringList& files, const Options& options, const std::atomic_bool* cancel, const ProgressFn& progress)
{
    const int total = int(files.size());
    std::vector<ImportOutcome> outcomes;
    if (total == 0)
        return outcomes;

    BadgeImporter importer(db);
    // Bytes already stored need no verification: workers look them up here.
    QHash<QString, qint64> known;
    {
        const BadgeStore store(db);
        for (const BadgeRecord& r : store.list())
            known.insert(r.sha256, r.id);
    }

    const auto cancelled = [cancel] { return cancel && cancel->load(std::memory_order_relaxed); };
    int threads = options.threads > 0 ? options.threads : QThread::idealThreadCount();
    threads = std::clamp(threads, 1, std::max(1, total));

    PreparedQueue queue(size_t(threads) * 8);
    queue.setProducers(threads);
    std::atomic_int next{0};
    std::vector<std::thread> workers;
    workers.reserve(size_t(threads));
    for (int t = 0; t < threads; ++t) {
        workers.emplace_back([&] {
            for (;;) {
                const int index = next.fetch_add(1);
                if (index >= total || cancelled())
                    break;
                const QString& path = files.at(index);
                PreparedBadge prepared;
                const Result<QByteArray> bytes =
                    isLink(path) ? fetchLink(path, options.import.verify) : BadgeImporter::readFile(path);
                if (!bytes) {
                    prepared.file = path;
                    prepared.error = bytes.error();
                } else {
                    const QString sha = QString::fromLatin1(hash::sha256(bytes.value()).toHex());
                    if (const qint64 id = known.value(sha)) {
                        prepared.file = path;
                        prepared.sha256 = sha;
                        prepared.knownId = id;
                    } else {
                        prepared = BadgeImporter::prepare(bytes.value(), path, options.import.verify);
                    }
                }
                if (!queue.push(index, std::move(prepared)))
                    break;
            }
            queue.producerDone();
        });
    }

    std::vector<std::pair<int, ImportOutcome>> handled;
    handled.reserve(size_t(total));
    std::pair<int, PreparedBadge> item;
    while (queue.pop(&item)) {
        if (cancelled()) {
            queue.close();
            break;
        }
        ImportOutcome outcome = importer.store(item.second, options.import.keepInvalid);
        handled.emplace_back(item.first, outcome);
        if (progress)
            progress(outcome, int(handled.size()), total);
    }
    queue.close();
    for (std::thread& w : workers)
        w.join();

    std::sort(handled.begin(), handled.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    outcomes.reserve(handled.size());
    for (auto& h : handled)
        outcomes.push_back(std::move(h.second));
    return outcomes;
}

} // namespace credfolio
