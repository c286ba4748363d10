#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace vd {

/// The project's one error style: a stable code and a Chinese message for the user.
struct Error {
    QString code;    ///< stable, e.g. "storage_write_failed"
    QString message; ///< Chinese, shown to the clerk
};

/// A value or an Error (an std::expected-like result; C++17 has none).
template <typename T>
class Result {
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const Error &error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

/// A result with no value: success, or an Error.
class Status {
public:
    Status() = default;
    Status(Error error) : m_failed(true), m_error(std::move(error)) {}
    static Status success() { return {}; }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    bool m_failed = false;
    Error m_error;
};

} // namespace vd
