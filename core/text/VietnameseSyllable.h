#pragma once

#include <QString>
#include <QStringView>

namespace thidua {

// The letters and syllables of Vietnamese: tones on vowels, well-formed syllables, and the two tone placements.
// Used by VietnameseText (canonical tones), the collator and the legacy encoding detector. Works on NFC text.
class VietnameseSyllable
{
public:
    // The six tones in CLDR order (ngang, huyền, hỏi, ngã, sắc, nặng).
    enum class Tone : quint8
    {
        None, // thanh ngang
        Grave, // huyền
        Hook, // hỏi
        Tilde, // ngã
        Acute, // sắc
        Dot, // nặng
    };

    // The vowel without its tone mark, keeping case and the marks that make letters (ă â ê ô ơ ư): 'Ễ' → 'Ê'.
    // Any other character comes back unchanged with Tone::None.
    static QChar toneless(QChar letter, Tone* tone = nullptr);
    static Tone tone(QChar letter);
    // 'ê' + Tone::Tilde → 'ễ', 'Ê' + Tone::Tilde → 'Ễ'. A character that is not a toneless Vietnamese vowel comes
    // back unchanged.
    static QChar withTone(QChar tonelessVowel, Tone tone);
    // a ă â e ê i o ô ơ u ư y in either case, with or without a tone.
    static bool isVowel(QChar letter);
    // A letter of the Vietnamese alphabet (a–z without f j w z, plus ă â đ ê ô ơ ư), any case and tone.
    static bool isVietnameseLetter(QChar letter);

    // Whether an NFC word is one well-formed Vietnamese syllable (any case): an onset (b, ch, gh, gi, ngh, qu, …),
    // a vowel cluster (a, oa, uyê, ươi, …), a final consonant (c, ch, m, n, ng, nh, p, t) where the cluster allows
    // or needs one (none after "ơi", one after "ă", "iê", "ươ"; ch/nh only after a, ê, i, y), at most one tone, and
    // only sắc or nặng before a final c, ch, p or t. "Nguyễn", "quốc", "gì", "khuỷu" are syllables; "Nguyeãn",
    // "ThÞ", "Lª" are not. Used to score decodings, so it errs on the side of accepting.
    static bool isValid(QStringView word);

    // The old tone placement of one word rewritten to the new one, or the word unchanged: the tone moves from the
    // second vowel to the first when the syllable ends in "oa", "oe" or "uy" with no final consonant ("Hoà" → "Hòa",
    // "THUỶ" → "THỦY", "khoẻ" → "khỏe", "uỷ" → "ủy"). "hoàn", "thuyền", "quý", "quỳnh", "khuỷu" and "ngoài" are
    // the same in both placements and stay as they are. Case is kept letter by letter.
    static QString canonicalTone(QStringView word);
};

} // namespace thidua
