using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Newsdesk.Parsing.Readers.Html;

/// <summary>
/// A byline printed in the line under the headline without any marking ("Posted: 4 December 2025 | by Jane Doe"):
/// templates of small sites give neither a byline class nor author metadata, but the words say it.
/// </summary>
internal static partial class HeadlineBylines
{
    // The headline's neighbourhood only: further on, "by" starts phrases of the story ("hit by Storm Ciarán").
    private const int MaxTexts = 6;
    private const int MaxNodes = 200;
    private const int MaxLineChars = 160;

    /// <summary>"By Jane Doe" from the first short lines after <paramref name="headline"/>, or null.</summary>
    public static string? After(IElement? headline)
    {
        if (headline is null)
        {
            return null;
        }

        var texts = 0;
        var nodes = 0;
        foreach (var node in HeadlineDates.Following(headline))
        {
            if (++nodes > MaxNodes || texts >= MaxTexts)
            {
                break;
            }

            if (node.NodeType != NodeType.Text || node.Parent is IElement { TagName: "SCRIPT" or "STYLE" or "NOSCRIPT" or "TEMPLATE" })
            {
                continue;
            }

            // The whole line the text sits in (its block): "by" and the name are often in separate inline elements.
            var block = node.Parent as IElement;
            while (block is not null && !HtmlTags.IsBlock(block.TagName) && block.ParentElement is { } up)
            {
                block = up;
            }

            var line = block is not null && HtmlText.HasShortText(block, MaxLineChars) ? HtmlText.Collapse(block.TextContent) : HtmlText.Collapse(node.TextContent);
            if (line.Length == 0)
            {
                continue;
            }

            texts++;
            if (line.Length <= MaxLineChars && LabelledName().Match(line) is { Success: true } match)
            {
                return "By " + match.Groups["names"].Value.Trim();
            }
        }

        return null;
    }

    // "by" opening the line or a part of it (after |, •, ·, a dash or a comma), then two to five capitalised words, "and" allowed.
    [GeneratedRegex(@"(?:^|[|•·,–—]\s*|\s-\s*)(?i:by)\s+(?<names>\p{Lu}[\p{L}'’.-]+(?:\s+(?:(?i:and)\s+)?\p{Lu}[\p{L}'’.-]+){1,5})\s*(?=$|[|•·,–—(]|\s-\s)",
        RegexOptions.CultureInvariant)]
    private static partial Regex LabelledName();
}
