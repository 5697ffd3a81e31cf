#pragma once

// Internal to core/verify/SchemaCheck.cpp: the credential as valijson validates it.
//
// valijson's own Qt adapter converts between QString and std::string on every property
// lookup, member visit and string read, which made it most of the cost of a schema check.
// Here the credential is converted once into a small tree of UTF-8 strings, and a valijson
// adapter reads that tree. The adapter answers every question exactly as valijson's
// QtJsonAdapter answers it for the same QJsonValue (numbers included: "integer" means a
// whole number that fits an int, as QJsonValue::toInt decides), so validation decides the
// same; tests/verify/TestVerifyFastPaths.cpp holds the two adapters to the same verdicts
// and messages.

#include "jcs/JcsValue.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

#include <valijson/exceptions.hpp>
#include <valijson/internal/adapter.hpp>
#include <valijson/internal/basic_adapter.hpp>
#include <valijson/internal/frozen_value.hpp>

#include <algorithm>
#include <array>
#include <climits>
#include <cmath>
#include <string>
#include <utility>
#include <vector>

namespace credfolio::schemadom {

// QString::toStdString, with the common all-ASCII case copied directly.
inline std::string utf8(const QString& text)
{
    const char16_t* p = reinterpret_cast<const char16_t*>(text.utf16());
    const qsizetype n = text.size();
    std::string out(size_t(n), '\0');
    for (qsizetype i = 0; i < n; ++i) {
        if (p[i] >= 0x80)
            return text.toStdString();
        out[size_t(i)] = char(p[i]);
    }
    return out;
}

struct Node {
    enum class Kind : unsigned char { Null, Bool, Number, String, Array, Object };
    Kind kind = Kind::Null;
    bool boolean = false;
    double number = 0;
    std::string string;
    std::vector<Node> items;
    std::vector<std::pair<std::string, Node>> members; // in QJsonObject's order

    // Undefined (absent) values become null, as valijson's Qt adapter sees them.
    static Node fromQt(const QJsonValue& value)
    {
        Node node;
        switch (value.type()) {
        case QJsonValue::Bool:
            node.kind = Kind::Bool;
            node.boolean = value.toBool();
            break;
        case QJsonValue::Double:
            node.kind = Kind::Number;
            node.number = value.toDouble();
            // QJsonValue::toInt: the value when it is a whole number within int's range.
            node.integer = value.toInt(0) == value.toInt(1);
            node.integerValue = value.toInt();
            break;
        case QJsonValue::String:
            node.kind = Kind::String;
            node.string = utf8(value.toString());
            break;
        case QJsonValue::Array: {
            node.kind = Kind::Array;
            const QJsonArray array = value.toArray();
            node.items.reserve(size_t(array.size()));
            for (const QJsonValue& item : array)
                node.items.push_back(fromQt(item));
            break;
        }
        case QJsonValue::Object: {
            node.kind = Kind::Object;
            const QJsonObject object = value.toObject();
            node.members.reserve(size_t(object.size()));
            for (auto it = object.constBegin(); it != object.constEnd(); ++it)
                node.members.emplace_back(utf8(it.key()), fromQt(it.value()));
            break;
        }
        case QJsonValue::Null:
        case QJsonValue::Undefined:
            break;
        }
        return node;
    }

    // The node fromQt gives for the QJsonValue that Qt's parser reads from the text value was
    // strictly parsed from, built without that QJsonValue; strings longer than maxString
    // UTF-16 code units are cut to it, as the schema check's shortened() does. Returns false
    // (node is then not to be used) where it could not promise the same node: a member name
    // outside ASCII (a QJsonObject's order for those is Qt's business) or a negative zero
    // (Qt reads "-0" as the integer 0, the strict parser as -0.0).
    static bool fromJcs(const JcsValue& value, qsizetype maxString, Node& node)
    {
        switch (value.type()) {
        case JcsValue::Type::Null:
            node.kind = Kind::Null;
            return true;
        case JcsValue::Type::Bool:
            node.kind = Kind::Bool;
            node.boolean = value.toBool();
            return true;
        case JcsValue::Type::Number: {
            // Qt keeps a whole number written without fraction or exponent as a qint64 when it
            // fits, otherwise a double; either way toDouble() is this double (both parsers round
            // correctly), and toInt() is the value exactly when it is whole and fits an int.
            const double d = value.toNumber();
            if (d == 0 && std::signbit(d))
                return false;
            node.kind = Kind::Number;
            node.number = d;
            node.integer = d >= double(INT_MIN) && d <= double(INT_MAX) && d == std::trunc(d);
            node.integerValue = node.integer ? int(d) : 0;
            return true;
        }
        case JcsValue::Type::String: {
            node.kind = Kind::String;
            const QString& text = value.toString();
            node.string = utf8(text.size() > maxString ? text.left(maxString) : text);
            return true;
        }
        case JcsValue::Type::Array: {
            node.kind = Kind::Array;
            const std::vector<JcsValue>& items = value.items();
            node.items.resize(items.size());
            for (size_t i = 0; i < items.size(); ++i) {
                if (!fromJcs(items[i], maxString, node.items[i]))
                    return false;
            }
            return true;
        }
        case JcsValue::Type::Object: {
            node.kind = Kind::Object;
            // A QJsonObject holds its members sorted by name; for ASCII names that is byte order.
            const std::vector<JcsValue::Member>& members = value.members();
            // The order is kept on the stack for objects of usual size.
            constexpr size_t inlineCount = 16;
            std::array<const JcsValue::Member*, inlineCount> inlineSorted;
            std::vector<const JcsValue::Member*> heapSorted;
            const JcsValue::Member** sorted = inlineSorted.data();
            if (members.size() > inlineCount) {
                heapSorted.resize(members.size());
                sorted = heapSorted.data();
            }
            for (size_t i = 0; i < members.size(); ++i) {
                for (const QChar c : members[i].first) {
                    if (c.unicode() >= 0x80)
                        return false;
                }
                sorted[i] = &members[i];
            }
            std::sort(sorted, sorted + members.size(), [](const JcsValue::Member* a, const JcsValue::Member* b) {
                return std::lexicographical_compare(
                    a->first.utf16(), a->first.utf16() + a->first.size(), b->first.utf16(), b->first.utf16() + b->first.size());
            });
            node.members.resize(members.size());
            for (size_t i = 0; i < members.size(); ++i) {
                node.members[i].first = utf8(sorted[i]->first);
                if (!fromJcs(sorted[i]->second, maxString, node.members[i].second))
                    return false;
            }
            return true;
        }
        }
        return false;
    }

    bool integer = false;
    int integerValue = 0;
};

// Whether two nodes are the same in every field (numbers to the sign of zero).
inline bool identical(const Node& a, const Node& b)
{
    if (a.kind != b.kind || a.boolean != b.boolean || a.string != b.string || a.integer != b.integer
        || a.integerValue != b.integerValue || a.items.size() != b.items.size() || a.members.size() != b.members.size())
        return false;
    if (!(a.number == b.number) || std::signbit(a.number) != std::signbit(b.number))
        return false;
    for (size_t i = 0; i < a.items.size(); ++i) {
        if (!identical(a.items[i], b.items[i]))
            return false;
    }
    for (size_t i = 0; i < a.members.size(); ++i) {
        if (a.members[i].first != b.members[i].first || !identical(a.members[i].second, b.members[i].second))
            return false;
    }
    return true;
}

class Adapter;
class ArrayIterator;
class MemberIterator;
using Member = std::pair<std::string, Adapter>;

inline const Node& emptyNode(Node::Kind kind)
{
    static const Node array = [] {
        Node n;
        n.kind = Node::Kind::Array;
        return n;
    }();
    static const Node object = [] {
        Node n;
        n.kind = Node::Kind::Object;
        return n;
    }();
    return kind == Node::Kind::Array ? array : object;
}

class Array {
public:
    using const_iterator = ArrayIterator;
    using iterator = ArrayIterator;

    Array() : m_node(emptyNode(Node::Kind::Array)) { }
    explicit Array(const Node& node) : m_node(node)
    {
        if (node.kind != Node::Kind::Array)
            valijson::throwRuntimeError("Value is not an array.");
    }
    ArrayIterator begin() const;
    ArrayIterator end() const;
    size_t size() const { return m_node.items.size(); }

private:
    const Node& m_node;
};

class Object {
public:
    using const_iterator = MemberIterator;
    using iterator = MemberIterator;

    Object() : m_node(emptyNode(Node::Kind::Object)) { }
    explicit Object(const Node& node) : m_node(node)
    {
        if (node.kind != Node::Kind::Object)
            valijson::throwRuntimeError("Value is not an object.");
    }
    MemberIterator begin() const;
    MemberIterator end() const;
    MemberIterator find(const std::string& propertyName) const;
    size_t size() const { return m_node.members.size(); }

private:
    const Node& m_node;
};

class FrozenValue : public valijson::adapters::FrozenValue {
public:
    explicit FrozenValue(const Node& node) : m_node(node) { }
    valijson::adapters::FrozenValue* clone() const override { return new FrozenValue(m_node); }
    bool equalTo(const valijson::adapters::Adapter& other, bool strict) const override;

private:
    Node m_node;
};

class Value {
public:
    Value() : m_node(&emptyNode(Node::Kind::Object)) { }
    Value(const Node& node) : m_node(&node) { } // NOLINT: implicit, as valijson's adapters

    valijson::adapters::FrozenValue* freeze() const { return new FrozenValue(*m_node); }

    opt::optional<Array> getArrayOptional() const
    {
        if (m_node->kind == Node::Kind::Array)
            return opt::make_optional(Array(*m_node));
        return {};
    }
    bool getArraySize(size_t& result) const
    {
        if (m_node->kind != Node::Kind::Array)
            return false;
        result = m_node->items.size();
        return true;
    }
    bool getBool(bool& result) const
    {
        if (m_node->kind != Node::Kind::Bool)
            return false;
        result = m_node->boolean;
        return true;
    }
    bool getDouble(double& result) const
    {
        if (m_node->kind != Node::Kind::Number)
            return false;
        result = m_node->number;
        return true;
    }
    bool getInteger(int64_t& result) const
    {
        if (m_node->kind != Node::Kind::Number)
            return false;
        result = m_node->integerValue;
        return true;
    }
    opt::optional<Object> getObjectOptional() const
    {
        if (m_node->kind == Node::Kind::Object)
            return opt::make_optional(Object(*m_node));
        return {};
    }
    bool getObjectSize(size_t& result) const
    {
        if (m_node->kind != Node::Kind::Object)
            return false;
        result = m_node->members.size();
        return true;
    }
    bool getString(std::string& result) const
    {
        if (m_node->kind != Node::Kind::String)
            return false;
        result = m_node->string;
        return true;
    }
    static bool hasStrictTypes() { return true; }
    bool isArray() const { return m_node->kind == Node::Kind::Array; }
    bool isBool() const { return m_node->kind == Node::Kind::Bool; }
    bool isDouble() const { return m_node->kind == Node::Kind::Number; }
    bool isInteger() const { return m_node->kind == Node::Kind::Number && m_node->integer; }
    bool isNull() const { return m_node->kind == Node::Kind::Null; }
    bool isNumber() const { return m_node->kind == Node::Kind::Number; }
    bool isObject() const { return m_node->kind == Node::Kind::Object; }
    bool isString() const { return m_node->kind == Node::Kind::String; }

private:
    const Node* m_node;
};

class Adapter : public valijson::adapters::BasicAdapter<Adapter, Array, Member, Object, Value> {
public:
    Adapter() : BasicAdapter() { }
    Adapter(const Node& node) : BasicAdapter(Value(node)) { } // NOLINT: implicit, as valijson's adapters
};

class ArrayIterator {
public:
    using iterator_category = std::bidirectional_iterator_tag;
    using value_type = Adapter;
    using difference_type = Adapter;
    using pointer = Adapter*;
    using reference = Adapter&;

    explicit ArrayIterator(std::vector<Node>::const_iterator it) : m_it(it) { }
    Adapter operator*() const { return Adapter(*m_it); }
    valijson::adapters::DerefProxy<Adapter> operator->() const { return valijson::adapters::DerefProxy<Adapter>(**this); }
    bool operator==(const ArrayIterator& other) const { return m_it == other.m_it; }
    bool operator!=(const ArrayIterator& other) const { return m_it != other.m_it; }
    const ArrayIterator& operator++()
    {
        ++m_it;
        return *this;
    }
    ArrayIterator operator++(int)
    {
        ArrayIterator before(m_it);
        ++m_it;
        return before;
    }
    const ArrayIterator& operator--()
    {
        --m_it;
        return *this;
    }
    void advance(std::ptrdiff_t n) { m_it += n; }

private:
    std::vector<Node>::const_iterator m_it;
};

class MemberIterator {
public:
    using iterator_category = std::bidirectional_iterator_tag;
    using value_type = Member;
    using difference_type = Member;
    using pointer = Member*;
    using reference = Member&;

    explicit MemberIterator(std::vector<std::pair<std::string, Node>>::const_iterator it) : m_it(it) { }
    Member operator*() const { return Member(m_it->first, Adapter(m_it->second)); }
    valijson::adapters::DerefProxy<Member> operator->() const { return valijson::adapters::DerefProxy<Member>(**this); }
    bool operator==(const MemberIterator& other) const { return m_it == other.m_it; }
    bool operator!=(const MemberIterator& other) const { return m_it != other.m_it; }
    const MemberIterator& operator++()
    {
        ++m_it;
        return *this;
    }
    MemberIterator operator++(int)
    {
        MemberIterator before(m_it);
        ++m_it;
        return before;
    }
    const MemberIterator& operator--()
    {
        --m_it;
        return *this;
    }

private:
    std::vector<std::pair<std::string, Node>>::const_iterator m_it;
};

inline bool FrozenValue::equalTo(const valijson::adapters::Adapter& other, bool strict) const
{
    return Adapter(m_node).equalTo(other, strict);
}

inline ArrayIterator Array::begin() const
{
    return ArrayIterator(m_node.items.begin());
}

inline ArrayIterator Array::end() const
{
    return ArrayIterator(m_node.items.end());
}

inline MemberIterator Object::begin() const
{
    return MemberIterator(m_node.members.begin());
}

inline MemberIterator Object::end() const
{
    return MemberIterator(m_node.members.end());
}

inline MemberIterator Object::find(const std::string& propertyName) const
{
    for (auto it = m_node.members.begin(); it != m_node.members.end(); ++it) {
        if (it->first == propertyName)
            return MemberIterator(it);
    }
    return end();
}

} // namespace credfolio::schemadom

namespace valijson::adapters {

template <> struct AdapterTraits<credfolio::schemadom::Adapter> {
    using DocumentType = credfolio::schemadom::Node;
    static std::string adapterName() { return "credfolio::schemadom::Adapter"; }
};

} // namespace valijson::adapters
