#pragma once

#include <QString>

#include <memory>
#include <utility>
#include <vector>

namespace credfolio {

// A parsed JSON value as RFC 8785 sees it: numbers are IEEE 754 doubles, strings are
// UTF-16, object members keep their order of appearance (they are sorted on output).
// Arrays and objects are shared between copies (values are immutable), so copying a
// document, as proof suites do, costs nothing.
class JcsValue {
public:
    enum class Type { Null, Bool, Number, String, Array, Object };
    using Member = std::pair<QString, JcsValue>;

    JcsValue() = default;
    static JcsValue null() { return JcsValue(); }
    static JcsValue boolean(bool value)
    {
        JcsValue v;
        v.m_type = Type::Bool;
        v.m_bool = value;
        return v;
    }
    static JcsValue number(double value)
    {
        JcsValue v;
        v.m_type = Type::Number;
        v.m_number = value;
        return v;
    }
    static JcsValue string(QString value)
    {
        JcsValue v;
        v.m_type = Type::String;
        v.m_string = std::move(value);
        return v;
    }
    static JcsValue array(std::vector<JcsValue> items)
    {
        JcsValue v;
        v.m_type = Type::Array;
        v.m_items = std::make_shared<const std::vector<JcsValue>>(std::move(items));
        return v;
    }
    static JcsValue object(std::vector<Member> members)
    {
        JcsValue v;
        v.m_type = Type::Object;
        v.m_members = std::make_shared<const std::vector<Member>>(std::move(members));
        return v;
    }

    Type type() const { return m_type; }
    bool toBool() const { return m_bool; }
    double toNumber() const { return m_number; }
    const QString& toString() const { return m_string; }
    const std::vector<JcsValue>& items() const
    {
        static const std::vector<JcsValue> none;
        return m_items ? *m_items : none;
    }
    const std::vector<Member>& members() const
    {
        static const std::vector<Member> none;
        return m_members ? *m_members : none;
    }

private:
    Type m_type = Type::Null;
    bool m_bool = false;
    double m_number = 0;
    QString m_string;
    std::shared_ptr<const std::vector<JcsValue>> m_items;
    std::shared_ptr<const std::vector<Member>> m_members;
};

} // namespace credfolio
