using System.Text;

namespace Newsdesk.Parsing.Readers.Text;

/// <summary>Small allocation-aware helpers for the plain text the readers produce.</summary>
internal static class TextTools
{
    /// <summary>Trims and collapses every whitespace run (including newlines and NBSP) to one space.</summary>
    public static string Collapse(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        var needs = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) && (c != ' ' || (i + 1 < text.Length && char.IsWhiteSpace(text[i + 1]))))
            {
                needs = true;
                break;
            }
        }

        if (!needs)
        {
            return text.ToString();
        }

        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space && builder.Length > 0)
            {
                builder.Append(' ');
            }

            space = false;
            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>True when the text ends like a finished sentence or quotation (so a following paragraph is a new one).</summary>
    public static bool EndsSentence(ReadOnlySpan<char> text)
    {
        text = text.TrimEnd();
        return text.IsEmpty || text[^1] is '.' or '!' or '?' or '…' or ':' or ';' or '"' or '\u201D' or '\u2019' or '\'' or ')' or ']' or '»' or '*' or '|';
    }

    /// <summary>True when the text starts with a lower-case letter (a sentence continued after a stray break).</summary>
    public static bool StartsLower(ReadOnlySpan<char> text)
    {
        text = text.TrimStart();
        return !text.IsEmpty && char.IsLower(text[0]);
    }

    /// <summary>Counts space-separated words.</summary>
    public static int Words(ReadOnlySpan<char> text)
    {
        var count = 0;
        foreach (var range in text.Trim().Split(' '))
        {
            if (range.End.Value > range.Start.Value)
            {
                count++;
            }
        }

        return count;
    }
}
