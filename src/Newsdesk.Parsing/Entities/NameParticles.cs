using Newsdesk.Parsing.Text;

namespace Newsdesk.Parsing.Entities;

/// <summary>
/// Surname particles ("van der Berg", "de Vries", "De Luca", "bin Salman"): a later mention of the
/// surname keeps its particles, in either case, and still names the person of the full name.
/// </summary>
internal static class NameParticles
{
    /// <summary>Most particles a surname starts with ("van der", "de la").</summary>
    public const int MaxParticles = 2;

    /// <summary>Whether the word (any case) is a particle that starts a surname.</summary>
    public static bool IsParticle(ReadOnlySpan<char> word)
    {
        Span<char> lower = stackalloc char[5];
        if (word.Length is 0 or > 5)
        {
            return false;
        }

        word.ToLowerInvariant(lower);
        return lower[..word.Length] is "de" or "van" or "von" or "der" or "den" or "da" or "di" or "du" or "del" or "della" or "dos"
            or "das" or "le" or "la" or "ter" or "ten" or "bin" or "bint" or "ibn" or "al" or "el" or "dei" or "degli";
    }

    /// <summary>How many lower-case particles right before token <paramref name="s"/> belong to the name starting there ("said de Vries").</summary>
    public static int Before(string text, Token[] tokens, int s)
    {
        var count = 0;
        while (count < MaxParticles && s - count - 1 >= 0 && tokens[s - count - 1] is { Kind: TokenKind.Word } p &&
               p.Sentence == tokens[s].Sentence && !p.Has(TokenFlags.Capitalized) && IsParticle(p.Core(text)))
        {
            count++;
        }

        // "Prime Minister Mark de Vries" is one span already; a capitalised word before the particles would have started it.
        return count > 0 && s - count - 1 >= 0 && tokens[s - count - 1] is { Kind: TokenKind.Word } before && before.Has(TokenFlags.Capitalized) ? 0 : count;
    }

    /// <summary>Whether a multi-word name starts with a particle ("De Luca", "van der Berg").</summary>
    public static bool StartsWithParticle(string name)
    {
        var space = name.IndexOf(' ');
        return space > 0 && IsParticle(name.AsSpan(0, space));
    }

    /// <summary>
    /// The surname forms of a full name that begin at a particle, in both cases of the particle's first letter:
    /// "Pieter van der Berg" gives "van der Berg" and "Van der Berg"; "Sofia Alvarez de Toledo" also "Alvarez de Toledo";
    /// "Yusuf bin Rashid al-Mansour" gives "Al-Mansour" beside "al-Mansour".
    /// </summary>
    public static IEnumerable<string> SurnameForms(string canonical)
    {
        var words = canonical.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var w = 1; w < words.Length - 1; w++)
        {
            if (!IsParticle(words[w]) || IsParticle(words[w - 1]))
            {
                continue;
            }

            foreach (var form in CaseVariants(string.Join(' ', words[w..])))
            {
                yield return form;
            }

            if (w >= 2 && char.IsUpper(words[w - 1][0]))
            {
                // A double surname before the particle ("Alvarez de Toledo").
                yield return string.Join(' ', words[(w - 1)..]);
            }
        }

        var last = words.Length >= 2 ? words[^1] : "";
        var dash = last.IndexOf('-');
        if (dash is > 0 and <= 3 && CharClass.IsNameParticle(last.AsSpan(0, dash).ToString().ToLowerInvariant()))
        {
            foreach (var form in CaseVariants(last))
            {
                yield return form;
            }
        }
    }

    private static IEnumerable<string> CaseVariants(string form)
    {
        yield return char.ToLowerInvariant(form[0]) + form[1..];
        yield return char.ToUpperInvariant(form[0]) + form[1..];
    }
}
