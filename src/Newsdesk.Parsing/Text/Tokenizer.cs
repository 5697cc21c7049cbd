namespace Newsdesk.Parsing.Text;

/// <summary>
/// A linear, allocation-light tokenizer: words (with inner hyphens, apostrophes and initialism
/// periods), numbers, single punctuation characters and quotation marks, each tagged with its sentence.
/// </summary>
internal static class Tokenizer
{
    /// <summary>Largest scratch buffer kept per thread between calls (64K tokens, 1.5 MB).</summary>
    private const int MaxRetainedTokens = 64 * 1024;

    [ThreadStatic]
    private static List<Token>? t_scratch;

    /// <summary>Tokenizes one text unit (a paragraph, heading, title or caption).</summary>
    public static Token[] Tokenize(string text)
    {
        // One scratch list per thread: the result is copied out exactly sized, so a 1 MB page's
        // paragraphs no longer allocate every token twice (list buffer + array).
        var tokens = t_scratch ??= new List<Token>(256);
        tokens.Clear();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (IsWordChar(c))
            {
                i = ReadWord(text, i, tokens);
            }
            else
            {
                tokens.Add(new Token(i, 1, 1, CharClass.IsQuoteMark(c) ? TokenKind.QuoteMark : TokenKind.Punct, TokenFlags.None, 0));
                i++;
            }
        }

        var array = tokens.ToArray();
        if (tokens.Capacity > MaxRetainedTokens)
        {
            // Don't keep a giant buffer alive after one huge unit.
            t_scratch = null;
        }

        SentenceSplitter.Assign(text, array);
        return array;
    }

    private static int ReadWord(string text, int start, List<Token> tokens)
    {
        var n = text.Length;
        var i = start;
        var segmentStart = start;
        var hyphenated = false;
        var hasInnerPeriod = false;
        while (true)
        {
            while (i < n && IsWordChar(text[i]))
            {
                i++;
            }

            if (i + 1 < n && IsWordChar(text[i + 1]))
            {
                var j = text[i];
                if (CharClass.IsHyphen(j))
                {
                    hyphenated = true;
                    i++;
                    segmentStart = i;
                    continue;
                }

                if (CharClass.IsApostrophe(j) && char.IsLetter(text[i - 1]))
                {
                    i++;
                    continue;
                }

                if (j == '.' && IsDottedName(text, start, segmentStart, i))
                {
                    // Outlets named like their sites: "Kun.uz", "Lenta.ru", "Idel.Realii".
                    i++;
                    segmentStart = i;
                    continue;
                }

                if (j == '.' && i - segmentStart == 1 && char.IsLetter(text[i + 1]))
                {
                    // Initialisms: U.S., D.P.R.K.
                    hasInnerPeriod = true;
                    i++;
                    segmentStart = i;
                    continue;
                }
            }

            break;
        }

        if (i < n && text[i] == '.' && TakesPeriod(text.AsSpan(start, i - start), hasInnerPeriod))
        {
            i++;
        }
        else if (IsPlusSuffix(text, start, i))
        {
            // "OPEC+", "G20+": an all-caps name with a trailing plus names a wider group, not the name itself.
            i++;
        }

        var length = i - start;
        var core = length;
        var flags = TokenFlags.None;
        if (length > 2 && (text[i - 1] == 's' || text[i - 1] == 'S') && CharClass.IsApostrophe(text[i - 2]))
        {
            core = length - 2;
            flags |= TokenFlags.Possessive;
        }

        if (hyphenated)
        {
            flags |= TokenFlags.Hyphenated;
        }

        var word = text.AsSpan(start, core);
        if (IsCapitalized(word))
        {
            flags |= TokenFlags.Capitalized;
        }

        if (IsAllCaps(word))
        {
            flags |= TokenFlags.AllCaps;
        }

        var kind = char.IsDigit(text[start]) ? TokenKind.Number : TokenKind.Word;
        tokens.Add(new Token(start, length, core, kind, flags, 0));
        return i;
    }

    // A capitalised word, a period and no space, then a short lower-case domain ending ("Kun.uz", "Gazeta.ru") or a capitalised
    // word ("Idel.Realii"): one name. Only in the word's first segment, so "U.S." and "St." keep their own rules.
    private static bool IsDottedName(string text, int start, int segmentStart, int dot)
    {
        if (segmentStart != start || dot - start < 2 || !char.IsUpper(text[start]) || !char.IsLower(text[dot - 1]))
        {
            return false;
        }

        var end = dot + 1;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        var tail = text.AsSpan(dot + 1, end - dot - 1);
        if (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] == '.' && end + 1 < text.Length && char.IsLetter(text[end + 1])))
        {
            return false;
        }

        return tail is { Length: >= 2 and <= 3 } && IsAllLower(tail) ||
            tail.Length >= 3 && char.IsUpper(tail[0]) && IsAllLower(tail[1..]);
    }

    private static bool IsAllLower(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (!char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsPlusSuffix(string text, int start, int end) =>
        end < text.Length && text[end] == '+' && end - start >= 2 && IsAllCaps(text.AsSpan(start, end - start)) &&
        (end + 1 == text.Length || !IsWordChar(text[end + 1]) && text[end + 1] != '+');

    private static bool TakesPeriod(ReadOnlySpan<char> word, bool hasInnerPeriod) =>
        hasInnerPeriod || (word.Length == 1 && char.IsUpper(word[0])) || CharClass.IsAbbreviation(word);

    /// <summary>Upper-case first letter, also after a lower-case Arabic/French particle ("al-Assad", "d'Ivoire").</summary>
    internal static bool IsCapitalized(ReadOnlySpan<char> word)
    {
        if (word.Length == 0)
        {
            return false;
        }

        if (char.IsUpper(word[0]))
        {
            return true;
        }

        var dash = word.IndexOfAny('-', '\'', '’');
        return dash is > 0 and <= 3 && dash + 1 < word.Length && char.IsUpper(word[dash + 1]) && CharClass.IsNameParticle(word[..dash]);
    }

    private static bool IsAllCaps(ReadOnlySpan<char> word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            if (char.IsLetter(c))
            {
                letters++;
            }
        }

        return letters >= 2;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark;
}
