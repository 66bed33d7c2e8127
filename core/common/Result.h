#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace motcua {

enum class ErrorCode {
    InvalidInput, // bad data from the user or a file: names the field
    NotFound,     // the thing asked for does not exist
    Forbidden,    // the actor's role or department does not allow it
    IllegalState, // the object's state does not allow it
    Conflict,     // changed by someone else meanwhile
    Storage,      // the database failed
};

// A recoverable failure: a code, a translated message for people and the field or line it is about.
struct Error {
    ErrorCode code = ErrorCode::InvalidInput;
    QString message;
    QString field;

    static Error invalid(QString field, QString message)
    {
        return {ErrorCode::InvalidInput, std::move(message), std::move(field)};
    }
    static Error storage(QString message) { return {ErrorCode::Storage, std::move(message), {}}; }
};

// Either a value or an Error (std::expected arrives with C++23).
template <typename T> class [[nodiscard]] Result {
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    {}
    Result(Error error)
        : m_data(std::in_place_index<1>, std::move(error))
    {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<0>(m_data); }
    T& value() & { return std::get<0>(m_data); }
    T&& value() && { return std::get<0>(std::move(m_data)); }
    const T& operator*() const& { return value(); }
    const T* operator->() const { return &value(); }

    T value_or(T fallback) const { return ok() ? value() : std::move(fallback); }

    const Error& error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

// Result of an operation that gives nothing back but may fail.
class [[nodiscard]] Status {
public:
    Status() = default;
    Status(Error error)
        : m_error(std::move(error))
    {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace motcua
