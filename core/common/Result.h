#pragma once

#include "core/common/Error.h"

#include <QtGlobal>

#include <utility>
#include <variant>

namespace thidua {

namespace detail {
// Asking a Result for the alternative it does not hold is a programming error, not a failure to report: it stops
// the program with a message in every build (std::get would throw std::bad_variant_access through a Qt slot).
[[noreturn]] inline void resultMisuse(const char* what, const QString& message)
{
    qFatal("Result misuse: %s (%s)", what, qPrintable(message));
}
} // namespace detail

// Either a value or an Error. Core APIs return this instead of throwing. value() on an error and error() on a
// value abort with a message (check ok() first).
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::move(value))
    {}
    Result(Error error)
        : m_data(std::move(error))
    {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T& value() const&
    {
        check();
        return *std::get_if<T>(&m_data);
    }
    T& value() &
    {
        check();
        return *std::get_if<T>(&m_data);
    }
    T&& value() &&
    {
        check();
        return std::move(*std::get_if<T>(&m_data));
    }
    const T& operator*() const& { return value(); }
    T& operator*() & { return value(); }
    // On a temporary, give the value itself, so `for (auto& x : *repository.list())` does not dangle.
    T operator*() && { return std::move(*this).value(); }
    const T* operator->() const { return &value(); }
    T* operator->() { return &value(); }

    const Error& error() const
    {
        if (const Error* e = std::get_if<Error>(&m_data))
            return *e;
        detail::resultMisuse("error() asked of a Result that holds a value", QString());
    }

private:
    void check() const
    {
        if (const Error* e = std::get_if<Error>(&m_data))
            detail::resultMisuse("value() asked of a Result that holds an error", e->message);
    }

    std::variant<T, Error> m_data;
};

template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
        , m_ok(false)
    {}

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const Error& error() const { return m_error; }

private:
    Error m_error;
    bool m_ok = true;
};

using Status = Result<void>;

} // namespace thidua
