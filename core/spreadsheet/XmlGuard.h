#pragma once

#include <QtGlobal>

#include <vector>

namespace thidua {

// Watches the bytes of an XML part as they stream in, before QXmlStreamReader sees them, and says when the part
// crosses a limit that keeps the parser's memory and time bounded: how deep elements nest (QXmlStreamReader keeps
// every open element on a stack, so 80 million unclosed tags cost 13 GB), how many elements and other markup
// tokens the part holds, how long one run of text or one tag is (the parser holds it whole), and how many bytes
// the start tags still open hold together (their names and namespace declarations stay on the stack). A byte-level
// scan, not a parser: on well-formed XML its counts are exact, on anything else QXmlStreamReader fails anyway.
class XmlGuard
{
public:
    struct Limits
    {
        int maxDepth = 256;
        qint64 maxElements = 20'000'000; // start tags, comments and processing instructions
        qint64 maxTokenBytes = 1 << 20; // one tag, comment, or the text between two tags
        qint64 maxOpenTagBytes = 4 << 20; // the start tags of the elements still open, together
    };
    enum class Breach
    {
        None,
        Depth, // also too many bytes in open start tags
        Elements,
        Token,
    };

    explicit XmlGuard(const Limits& limits)
        : m_limits(limits)
    {}

    // Scans the next bytes of the part; the first limit crossed (then stays crossed), or None.
    Breach feed(const char* data, qint64 size);
    Breach breach() const { return m_breach; }
    const Limits& limits() const { return m_limits; }

private:
    enum class State
    {
        Text,
        Open, // after '<'
        StartTag,
        EndTag,
        Bang, // after "<!"
        Comment,
        CData,
        Instruction, // <? … ?>
        Declaration, // <!DOCTYPE …>
    };
    Breach fail(Breach breach) { return m_breach = breach; }
    Breach markupByte(char c);
    // How many bytes from `p` on, inside a start or end tag, change no state (no quote, no '>').
    qint64 plainRun(const char* p, const char* end) const;
    Breach closeStartTag();

    Limits m_limits;
    Breach m_breach = Breach::None;
    State m_state = State::Text;
    qint64 m_elements = 0;
    qint64 m_text = 0; // bytes of character data since the last tag (comments between them do not end it)
    qint64 m_markup = 0; // bytes of the current tag, comment or instruction
    qint64 m_openTagBytes = 0;
    std::vector<qint64> m_open; // the byte length of each open start tag
    char m_quote = 0; // inside an attribute value
    char m_previous = 0; // the byte before, inside markup
    int m_run = 0; // '-' or ']' seen in a row (end of a comment, of a CDATA section); bytes after "<!"
};

} // namespace thidua
