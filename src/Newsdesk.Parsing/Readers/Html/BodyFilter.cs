using System.Text.RegularExpressions;
using Newsdesk.Parsing.Extraction;

namespace Newsdesk.Parsing.Readers.Html;

/// <summary>Removes lines that are page furniture even inside the article container: link lists, ad labels, the title repeated.</summary>
internal static partial class BodyFilter
{
    /// <summary>The body without furniture lines and without subheadings that head nothing.</summary>
    public static CollectedBody Apply(CollectedBody body, string? title)
    {
        var kept = new List<BodyBlock>();
        var indexMap = new Dictionary<int, int>();
        for (var i = 0; i < body.Blocks.Count; i++)
        {
            var block = body.Blocks[i];
            if (!HasWord(block.Text) || IsLinkLine(block) || (kept.Count < LeadingLines && IsPostedLine(block)) || Furniture().IsMatch(block.Text) || (block.IsHeading && FurnitureHeading().IsMatch(block.Text))
                || (title is not null && string.Equals(block.Text, title, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            indexMap[i] = kept.Count;
            kept.Add(block);
        }

        // A trailing subheading ("Related stories") heads nothing.
        while (kept.Count > 0 && kept[^1].IsHeading)
        {
            kept.RemoveAt(kept.Count - 1);
        }

        var links = body.Links
            .Where(l => indexMap.TryGetValue(l.Block, out var k) && k < kept.Count)
            .Select(l => (indexMap[l.Block], l.Link))
            .ToList();
        return new CollectedBody(kept, body.Images, links);
    }

    /// <summary>The date line of an unmarked template sits among the first lines, above the story.</summary>
    private const int LeadingLines = 3;

    /// <summary>"Posted: Thursday 4 December 2025, 14:22 | by Jane Doe": a short dated line that says it is one.</summary>
    private static bool IsPostedLine(BodyBlock block) =>
        !block.IsHeading && block.Text.Length <= 160 && PostedLabel().IsMatch(block.Text) && DateTextParser.Find(block.Text) is not null;

    private static bool HasWord(string text) => text.Any(char.IsLetterOrDigit);

    private static bool IsLinkLine(BodyBlock block) => !block.IsHeading && block.LinkDensity > 0.5;

    [GeneratedRegex(@"^(?:posted|published|first published|updated|last updated|last modified|date)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PostedLabel();

    [GeneratedRegex(@"^(?:\d+\s+)?(?:comments?|related(?:\s+\w+)?|more|more from .{1,40}|you (?:may|might) also like|recommended(?: for you)?|most (?:read|popular)|share(?: this)?(?: \w+)?|follow us.*|.{0,40}\b(?:subscribe|newsletter)\b.{0,40})\W*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FurnitureHeading();

    [GeneratedRegex(@"^(?:advertisement|advertising|ad|sponsored|story continues below(?: advertisement)?|continue reading(?: below)?|scroll to continue(?: with content)?|read more|comments?|share this(?: article| story)?|skip advertisement|(?:image|photo|picture|slide) \d+ (?:of|/) \d+|listen to this (?:article|story)(?:\W+\d+\s*min(?:ute)?s?)?|\d+\s*min(?:ute)?s? (?:read|listen))\W*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Furniture();
}
