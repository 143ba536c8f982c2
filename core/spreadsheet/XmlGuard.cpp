#include "core/spreadsheet/XmlGuard.h"

#include <cstring>

namespace thidua {

XmlGuard::Breach XmlGuard::feed(const char* data, qint64 size)
{
    const char* p = data;
    const char* const end = data + size;
    while (p < end && m_breach == Breach::None) {
        if (m_state == State::Text) {
            const auto* open = static_cast<const char*>(std::memchr(p, '<', size_t(end - p)));
            m_text += (open ? open : end) - p;
            if (m_text > m_limits.maxTokenBytes)
                return fail(Breach::Token);
            if (!open)
                break;
            p = open + 1;
            m_state = State::Open;
            m_markup = 1;
            continue;
        }
        if (m_state == State::CData) {
            // Character data: counts with the text around it (the parser joins them into one element text).
            const char c = *p++;
            if (++m_text > m_limits.maxTokenBytes)
                return fail(Breach::Token);
            if (c == '>' && m_run >= 2)
                m_state = State::Text;
            m_run = c == ']' ? m_run + 1 : 0;
            continue;
        }
        if (const qint64 run = plainRun(p, end); run > 0) {
            // Bytes inside a tag that change no state: counted together (markupByte would count them one by one).
            m_markup += run;
            if (m_markup > m_limits.maxTokenBytes)
                return fail(Breach::Token);
            p += run;
            m_previous = p[-1];
            continue;
        }
        if (markupByte(*p++) != Breach::None)
            return m_breach;
    }
    return m_breach;
}

qint64 XmlGuard::plainRun(const char* p, const char* end) const
{
    const char* q = p;
    if (m_state == State::StartTag && m_quote) {
        const auto* found = static_cast<const char*>(std::memchr(p, m_quote, size_t(end - p)));
        q = found ? found : end;
    } else if (m_state == State::StartTag) {
        while (q < end && *q != '>' && *q != '"' && *q != '\'')
            ++q;
    } else if (m_state == State::EndTag) {
        const auto* found = static_cast<const char*>(std::memchr(p, '>', size_t(end - p)));
        q = found ? found : end;
    }
    return q - p;
}

XmlGuard::Breach XmlGuard::markupByte(char c)
{
    if (++m_markup > m_limits.maxTokenBytes)
        return fail(Breach::Token);
    switch (m_state) {
    case State::Open:
        if (c == '/') {
            m_state = State::EndTag;
        } else if (c == '?' || c == '!') {
            m_state = c == '?' ? State::Instruction : State::Bang;
            m_run = 0;
            if (++m_elements > m_limits.maxElements)
                return fail(Breach::Elements);
        } else {
            m_state = State::StartTag;
            m_quote = 0;
            m_previous = c;
            if (++m_elements > m_limits.maxElements)
                return fail(Breach::Elements);
        }
        break;
    case State::StartTag:
        if (m_quote) {
            if (c == m_quote)
                m_quote = 0;
        } else if (c == '"' || c == '\'') {
            m_quote = c;
        } else if (c == '>') {
            return closeStartTag();
        }
        m_previous = c;
        break;
    case State::EndTag:
        if (c == '>') {
            if (!m_open.empty()) {
                m_openTagBytes -= m_open.back();
                m_open.pop_back();
            }
            m_state = State::Text;
            m_text = 0;
        }
        break;
    case State::Bang:
        // "<!--" a comment, "<![CDATA[" character data, anything else a declaration (a DTD, refused later).
        ++m_run;
        if (m_run == 1 && c != '-' && c != '[') {
            m_state = c == '>' ? State::Text : State::Declaration;
        } else if (m_run == 2 && c == '-') {
            m_state = State::Comment;
            m_run = 0;
        } else if (m_run == 7) {
            m_state = State::CData;
            m_run = 0;
        }
        break;
    case State::Comment:
        if (c == '>' && m_run >= 2)
            m_state = State::Text;
        m_run = c == '-' ? m_run + 1 : 0;
        break;
    case State::Instruction:
        if (c == '>' && m_previous == '?')
            m_state = State::Text;
        m_previous = c;
        break;
    case State::Declaration:
        if (c == '>')
            m_state = State::Text;
        break;
    case State::Text:
    case State::CData:
        break;
    }
    return m_breach;
}

XmlGuard::Breach XmlGuard::closeStartTag()
{
    m_state = State::Text;
    m_text = 0;
    if (m_previous == '/')
        return m_breach; // an empty element: <x/>
    m_open.push_back(m_markup);
    m_openTagBytes += m_markup;
    if (int(m_open.size()) > m_limits.maxDepth || m_openTagBytes > m_limits.maxOpenTagBytes)
        return fail(Breach::Depth);
    return m_breach;
}

} // namespace thidua
