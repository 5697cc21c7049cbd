using Newsdesk.Parsing.Pipeline;

namespace Newsdesk.Parsing.Input;

/// <summary>
/// Recognises an upload's layout by its content: HTML by its first tag, JSON by its first character,
/// NDJSON by several object lines, Markdown by its markup, else plain text. The extension only
/// breaks ties (a text file with no markup named .md is Markdown).
/// </summary>
public static class ContentSniffer
{
    // Markdown evidence is looked for in the first part of the upload only.
    private const int MarkdownScanChars = 16 * 1024;

    private static readonly string[] HtmlTags =
    [
        "!doctype html", "html", "head", "body", "article", "p", "div", "meta", "title", "section", "main", "header",
        "h1", "h2", "h3", "h4", "h5", "h6", "figure", "table", "span", "a", "img", "ul", "ol", "br", "link", "script", "style", "nav",
    ];

    /// <summary>The reader for the upload: the first whose format is the detected layout, else the first that can read it.</summary>
    public static IDocumentReader? Choose(DocumentInput input, IReadOnlyList<IDocumentReader> readers)
    {
        var layout = Detect(input).ToString();
        foreach (var reader in readers)
        {
            if (string.Equals(reader.Format, layout, StringComparison.OrdinalIgnoreCase) && reader.CanRead(input))
            {
                return reader;
            }
        }

        return readers.FirstOrDefault(r => r.CanRead(input));
    }

    /// <summary>The layout of a decoded upload.</summary>
    public static DocumentLayout Detect(DocumentInput input) => Detect(input.Text, input.Extension);

    /// <summary>The layout of decoded text; <paramref name="extension"/> (".md") breaks ties.</summary>
    public static DocumentLayout Detect(string text, string extension)
    {
        var span = SkipPreamble(text.AsSpan());
        if (span.IsEmpty)
        {
            return DocumentLayout.Text;
        }

        switch (span[0])
        {
            case '<' when StartsWithHtmlTag(span):
                return DocumentLayout.Html;
            case '{':
                return LooksLikeNdjson(span) || (extension is ".ndjson" or ".jsonl" && !HasSecondLine(span)) ? DocumentLayout.Ndjson : DocumentLayout.Json;
            case '[' when StartsJsonArray(span):
                return DocumentLayout.Json;
        }

        if (MarkdownEvidence.Find(span.Length > MarkdownScanChars ? span[..MarkdownScanChars] : span))
        {
            return DocumentLayout.Markdown;
        }

        if (extension is ".html" or ".htm" or ".xhtml" && span.Contains('<'))
        {
            return DocumentLayout.Html;
        }

        if (HasHtmlBlocks(span))
        {
            return DocumentLayout.Html;
        }

        return extension is ".md" or ".markdown" or ".mdown" ? DocumentLayout.Markdown : DocumentLayout.Text;
    }

    /// <summary>True when the text starts (after BOM, whitespace and comments) with an HTML tag or doctype.</summary>
    public static bool LooksLikeHtml(string text)
    {
        var span = SkipPreamble(text.AsSpan());
        return !span.IsEmpty && span[0] == '<' && StartsWithHtmlTag(span);
    }

    private static ReadOnlySpan<char> SkipPreamble(ReadOnlySpan<char> span)
    {
        while (true)
        {
            span = span.TrimStart().TrimStart('\uFEFF').TrimStart();
            if (span.StartsWith("<!--"))
            {
                var end = span.IndexOf("-->");
                span = end < 0 ? [] : span[(end + 3)..];
            }
            else if (span.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase))
            {
                var end = span.IndexOf("?>");
                span = end < 0 ? [] : span[(end + 2)..];
            }
            else
            {
                return span;
            }
        }
    }

    private static bool StartsWithHtmlTag(ReadOnlySpan<char> span)
    {
        var name = span[1..];
        foreach (var tag in HtmlTags)
        {
            if (name.StartsWith(tag, StringComparison.OrdinalIgnoreCase) &&
                (name.Length == tag.Length || name[tag.Length] is '>' or ' ' or '/' or '\t' or '\r' or '\n'))
            {
                return true;
            }
        }

        return false;
    }

    private static bool StartsJsonArray(ReadOnlySpan<char> span)
    {
        var rest = span[1..].TrimStart();
        return rest.IsEmpty || rest[0] is '{' or '"' or ']' or '[' || char.IsAsciiDigit(rest[0]);
    }

    // Several of the first lines are whole objects ({...} on one line): NDJSON, even when one line is broken
    // (that line becomes its own error). Only unindented lines count: a pretty-printed object has no
    // whole object at its left margin, though it may hold indented one-line objects ({ "name": ... }).
    private static bool LooksLikeNdjson(ReadOnlySpan<char> span)
    {
        var objectLines = 0;
        var seen = 0;
        foreach (var range in span.Split('\n'))
        {
            var raw = span[range];
            var line = raw.Trim();
            if (line.IsEmpty)
            {
                continue;
            }

            var indented = raw[0] is ' ' or '\t' && seen > 0;
            if (!indented && line[0] == '{' && line[^1] == '}' && ++objectLines == 2)
            {
                return true;
            }

            if (++seen == 20)
            {
                break;
            }
        }

        return false;
    }

    private static bool HasSecondLine(ReadOnlySpan<char> span) => span.TrimEnd().Contains('\n');

    private static bool HasHtmlBlocks(ReadOnlySpan<char> span)
    {
        var scan = span.Length > MarkdownScanChars ? span[..MarkdownScanChars] : span;
        var count = 0;
        foreach (var tag in (ReadOnlySpan<string>)["<p>", "<p ", "</p>", "<br", "<div", "<h2", "<li>"])
        {
            count += scan.Count(tag);
            if (count >= 3)
            {
                return true;
            }
        }

        return false;
    }
}
