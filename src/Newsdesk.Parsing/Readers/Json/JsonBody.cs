using System.Text.Json;
using System.Text.RegularExpressions;
using Newsdesk.Parsing.Readers.Text;

namespace Newsdesk.Parsing.Readers.Json;

/// <summary>Reads the body of JSON articles into sections: strings, HTML fragments, paragraph arrays, typed blocks.</summary>
internal static partial class JsonBody
{
    /// <summary>Adds a body value (string, HTML, array of paragraphs or typed blocks) to <paramref name="body"/>.</summary>
    public static void ReadBody(JsonElement value, SectionsBuilder body, int depth = 0)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String when value.GetString() is { } text:
                AppendText(text, body);
                break;
            case JsonValueKind.Array when depth < 4:
                foreach (var item in value.EnumerateArray())
                {
                    ReadBody(item, body, depth + 1);
                }

                break;
            case JsonValueKind.Object when depth < 4:
                // {"type": "heading", "text": "..."} blocks of block-based editors; else {"text": ...}.
                var type = JsonValues.Property(value, "type") is { ValueKind: JsonValueKind.String } t ? t.GetString() : null;
                var inner = JsonValues.Property(value, "text") ?? JsonValues.Property(value, "content") ?? JsonValues.Property(value, "value") ?? JsonValues.Property(value, "html") ?? JsonValues.Property(value, "rendered") ?? JsonValues.Property(value, "body");
                if (inner is { ValueKind: JsonValueKind.String } s && type is not null && type.Contains("head", StringComparison.OrdinalIgnoreCase))
                {
                    body.AddHeading(TextTools.Collapse(StripTags(s.GetString()!)));
                }
                else if (inner is { } content)
                {
                    ReadBody(content, body, depth + 1);
                }

                break;
        }
    }

    /// <summary>Adds Newsdesk's own [{heading, paragraphs}] sections to <paramref name="body"/>.</summary>
    public static void ReadSections(JsonElement value, SectionsBuilder body)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        foreach (var section in value.EnumerateArray())
        {
            if (section.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            if (JsonValues.Property(section, "heading") is { ValueKind: JsonValueKind.String } heading && JsonValues.Text(heading) is { } text)
            {
                body.AddHeading(TextTools.Collapse(text));
            }

            if (JsonValues.Property(section, "paragraphs") is { ValueKind: JsonValueKind.Array } paragraphs)
            {
                foreach (var paragraph in paragraphs.EnumerateArray())
                {
                    if (JsonValues.Text(paragraph) is { } p)
                    {
                        body.AddParagraph(TextTools.Collapse(p));
                    }
                }
            }
        }
    }

    // News APIs cut free-tier bodies and say so at the end: "... on Wednesday. [+812 chars]" or "… [1234 chars]".
    [GeneratedRegex(@"\s*(?:…|\.\.\.)?\s*\[\+?\d{1,7} chars\]\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex TruncationMarker();

    /// <summary>Adds a text or HTML string as paragraphs.</summary>
    public static void AppendText(string text, SectionsBuilder body)
    {
        if (text.EndsWith(']') && text.Length < 1_000_000)
        {
            text = TruncationMarker().Replace(text, "");
        }

        if (HtmlFragmentText.IsHtml(text))
        {
            HtmlFragmentText.AppendTo(text, body);
            return;
        }

        var normalized = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        var separator = normalized.Contains("\n\n", StringComparison.Ordinal) ? "\n\n" : "\n";
        foreach (var block in normalized.Split(separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            // CMS exports keep Markdown: a one-line "## Heading" block is a subheading.
            if (MarkdownHeading(block) is { } heading)
            {
                body.AddHeading(heading);
                continue;
            }

            body.AddParagraph(TextTools.Collapse(block));
        }
    }

    /// <summary>The text of a string without its HTML tags.</summary>
    public static string StripTags(string text)
    {
        if (!HtmlFragmentText.IsHtml(text))
        {
            return text;
        }

        var single = new SectionsBuilder();
        HtmlFragmentText.AppendTo(text, single);
        return string.Join(" ", single.Build().SelectMany(s => s.Heading is null ? s.Paragraphs : s.Paragraphs.Prepend(s.Heading)));
    }

    private static string? MarkdownHeading(string block)
    {
        var level = 0;
        while (level < block.Length && level < 7 && block[level] == '#')
        {
            level++;
        }

        if (level is 0 or > 6 || level >= block.Length || block[level] != ' ' || block.Contains('\n') || block.Length > 300)
        {
            return null;
        }

        var text = TextTools.Collapse(block.AsSpan(level).Trim().TrimEnd('#').Trim("*_ "));
        return text.Length == 0 ? null : text;
    }
}
