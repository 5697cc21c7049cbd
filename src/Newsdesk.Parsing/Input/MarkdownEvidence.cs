namespace Newsdesk.Parsing.Input;

/// <summary>Looks for unmistakable Markdown markup: ATX/setext headings, links, images, autolinks, bold, fences, front matter.</summary>
internal static class MarkdownEvidence
{
    /// <summary>True when the text has at least one strong Markdown marker.</summary>
    public static bool Find(ReadOnlySpan<char> text)
    {
        if (text.StartsWith("---") && text.Length > 3 && text[3] is '\n' or '\r')
        {
            return true;
        }

        var previousWasText = false;
        foreach (var range in text.Split('\n'))
        {
            var line = text[range].TrimEnd('\r');
            var trimmed = line.TrimStart();
            if (IsAtxHeading(trimmed) || trimmed.StartsWith("```") || (previousWasText && IsSetextUnderline(trimmed)))
            {
                return true;
            }

            if (HasInlineMarkup(trimmed))
            {
                return true;
            }

            previousWasText = !trimmed.IsEmpty;
        }

        return false;
    }

    private static bool IsAtxHeading(ReadOnlySpan<char> line)
    {
        var hashes = 0;
        while (hashes < line.Length && line[hashes] == '#')
        {
            hashes++;
        }

        return hashes is >= 1 and <= 6 && hashes < line.Length && line[hashes] == ' ' && line.Length > hashes + 1;
    }

    private static bool IsSetextUnderline(ReadOnlySpan<char> line) =>
        line.Length >= 3 && (line.TrimEnd().IndexOfAnyExcept('=') < 0 || line.TrimEnd().IndexOfAnyExcept('-') < 0);

    private static bool HasInlineMarkup(ReadOnlySpan<char> line)
    {
        // [text](url) and ![alt](src)
        var close = line.IndexOf("](");
        if (close > 0 && line[..close].Contains('[') && line[(close + 2)..].Contains(')'))
        {
            return true;
        }

        if (line.Contains("<http", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // **bold** with something between the markers.
        var open = line.IndexOf("**");
        return open >= 0 && line[(open + 2)..].IndexOf("**") > 0;
    }
}
