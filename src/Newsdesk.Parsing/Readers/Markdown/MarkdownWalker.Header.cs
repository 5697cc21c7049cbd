using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Newsdesk.Parsing.Extraction;
using Newsdesk.Parsing.Model;
using Newsdesk.Parsing.Readers.Text;

namespace Newsdesk.Parsing.Readers.Markdown;

/// <summary>Header-zone rules of <see cref="MarkdownWalker"/>: title, bylines, date lines, deck.</summary>
internal sealed partial class MarkdownWalker
{
    private bool TryHeaderLine(ContainerInline inline, string text, bool afterTitle)
    {
        if (_title is null)
        {
            // No heading: the first line is the title; the rest of a multi-line first paragraph is body.
            // (Markdig drops a paragraph's source lines once its inlines are parsed: split at the first line break.)
            var lineBreak = inline.FirstChild;
            while (lineBreak is not null and not LineBreakInline)
            {
                lineBreak = lineBreak.NextSibling;
            }

            var first = lineBreak is null ? text : MarkdownText.Between(inline.FirstChild, lineBreak, _scratch);
            _title = first.Length == 0 ? text : first;
            _afterTitle = true;
            if (lineBreak is not null && first.Length > 0)
            {
                _body.AddParagraph(MarkdownText.Between(lineBreak.NextSibling, null, _scratch));
            }

            return true;
        }

        // "By X" and "June 19, 2024" as two lines of one paragraph.
        if (TryHeaderLines(inline))
        {
            _afterTitle = afterTitle;
            return true;
        }

        // "By A and B" then "Associated Press" (or "BBC Sport") as a paragraph of its own: the byline's affiliation.
        if (_bylines.Count > 0 && _dates.Count == 0 && _updates.Count == 0 && TextTools.Words(text) <= 5 && !TextTools.EndsSentence(text) &&
            Organizations.IsOrganization(text))
        {
            _bylines[^1] += "\n" + text;
            _afterTitle = afterTitle;
            return true;
        }

        if (HeaderLines.IsByline(text) || IsLinkedNames(inline, text))
        {
            _bylines.Add(text);
            _afterTitle = afterTitle;
            return true;
        }

        if (DateTextParser.ParseLine(text, out var isUpdate) is { } date)
        {
            (isUpdate ? _updates : _dates).Add(date.ToString());
            _afterTitle = afterTitle;
            return true;
        }

        // "*A deck in italics*" in the header: the standfirst.
        if (_subtitle is null && inline.FirstChild is EmphasisInline { DelimiterCount: 1 } only && only.NextSibling is null)
        {
            _subtitle = text;
            return true;
        }

        return false;
    }

    private bool TryHeaderLines(ContainerInline inline)
    {
        var lines = new List<string>();
        var start = inline.FirstChild;
        for (var child = inline.FirstChild; ; child = child.NextSibling)
        {
            if (child is null || child is LineBreakInline)
            {
                var line = MarkdownText.Between(start, child, _scratch);
                if (line.Length > 0)
                {
                    lines.Add(line);
                }

                if (child is null)
                {
                    break;
                }

                start = child.NextSibling;
            }
        }

        if (lines.Count is < 2 or > 4)
        {
            return false;
        }

        // Each line is a byline or a date line; a line that is neither continues the byline above it.
        var bylines = new List<string>();
        var dates = new List<(string Iso, bool IsUpdate)>();
        var previousWasByline = false;
        foreach (var line in lines)
        {
            if (DateTextParser.ParseLine(line, out var isUpdate) is { } date)
            {
                dates.Add((date.ToString(), isUpdate));
                previousWasByline = false;
            }
            else if (HeaderLines.IsByline(line))
            {
                bylines.Add(line);
                previousWasByline = true;
            }
            else if (previousWasByline && line.Length <= 120)
            {
                bylines[^1] += " " + line;
            }
            else
            {
                return false;
            }
        }

        _bylines.AddRange(bylines);
        foreach (var (iso, isUpdate) in dates)
        {
            (isUpdate ? _updates : _dates).Add(iso);
        }

        return true;
    }

    // "[Cat Barton](/authors/cat-barton), [Claire Lee](/authors/claire-lee)": author-page links alone on a header line.
    private static bool IsLinkedNames(ContainerInline inline, string text)
    {
        if (text.Length > 150 || inline.FirstChild is not LinkInline { IsImage: false })
        {
            return false;
        }

        for (var child = inline.FirstChild; child is not null; child = child.NextSibling)
        {
            if (child is LiteralInline literal)
            {
                var joiner = literal.Content.AsSpan().Trim();
                if (!joiner.IsEmpty && joiner[0] is '|' or '·' or '•' or '—' or '–')
                {
                    // "| date" after the names: the rest of the line is the byline's date.
                    break;
                }

                if (!IsNameJoiner(joiner))
                {
                    return false;
                }
            }
            else if (child is not LinkInline { IsImage: false } and not LineBreakInline)
            {
                return false;
            }
        }

        return BylineParser.Parse(text).Count > 0;
    }

    private static bool IsNameJoiner(ReadOnlySpan<char> text) =>
        text.IsEmpty || text is "," or "and" or "&" or ";" or ", and";
}
