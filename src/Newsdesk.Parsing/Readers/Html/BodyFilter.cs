using System.Text.RegularExpressions;
using Newsdesk.Parsing.Extraction;

namespace Newsdesk.Parsing.Readers.Html;

/// <summary>Removes lines that are page furniture even inside the article container: link lists, ad labels, the title repeated.</summary>
internal static partial class BodyFilter
{
    /// <summary>The body without furniture lines and without subheadings that head nothing.</summary>
    /// <param name="body">What the collector found.</param>
    /// <param name="title">The page's title: a line repeating it is no body text.</param>
    /// <param name="deck">The deck shown under the headline: a standfirst inside the container is no body text either (the benchmark leaves decks out).</param>
    public static CollectedBody Apply(CollectedBody body, string? title, string? deck = null)
    {
        var kept = new List<BodyBlock>();
        var indexMap = new Dictionary<int, int>();
        var bylines = new List<string>();
        var dates = new List<string>();
        for (var i = 0; i < body.Blocks.Count; i++)
        {
            var block = body.Blocks[i];
            if (kept.Count < LeadingLines && !IsLinkLine(block))
            {
                var (rest, headerBylines, headerDates) = BodyHeaderLines.Strip(block, title);
                bylines.AddRange(headerBylines);
                dates.AddRange(headerDates);
                if (rest is null)
                {
                    continue;
                }

                block = rest;
            }

            if (!HasWord(block.Text) || IsLinkLine(block) || IsReadAlsoLine(block) || Furniture().IsMatch(block.Text) || (block.IsHeading && FurnitureHeading().IsMatch(block.Text))
                || (title is not null && string.Equals(block.Text, title, StringComparison.OrdinalIgnoreCase))
                || (deck is not null && kept.Count < LeadingLines && string.Equals(block.Text, deck, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            indexMap[i] = kept.Count;
            kept.Add(block);
        }

        // A trailing subheading ("Related stories") heads nothing; "Follow us on X", "Email the author at ..." and
        // "Jane Doe contributed to this report" close many stories but are the site's or the desk's lines, not the story's.
        for (var dropped = 0; kept.Count > 0 && (kept[^1].IsHeading || (dropped < MaxTrailerLines && IsTrailerLine(kept[^1]))); dropped++)
        {
            kept.RemoveAt(kept.Count - 1);
        }

        // The same lines above a closing copyright notice (which the benchmark counts as text, so it stays).
        for (var i = kept.Count - 2; i >= Math.Max(0, kept.Count - 1 - MaxTrailerLines) && IsCopyrightLine(kept[^1]); i--)
        {
            if (!IsTrailerLine(kept[i]))
            {
                break;
            }

            kept.RemoveAt(i);
        }

        // A press release ends with "About Company" and the company's boilerplate, or the boilerplate alone
        // ("Acme is a global provider of ..., headquartered in ..."): the release is above it.
        for (var i = kept.Count - 1; i >= Math.Max(1, kept.Count - MaxTrailerLines); i--)
        {
            if ((kept[i].Text.Length <= 80 && AboutHeading().IsMatch(kept[i].Text)) || IsCompanyBoilerplate(kept, i))
            {
                kept.RemoveRange(i, kept.Count - i);
                break;
            }
        }

        var links = body.Links
            .Where(l => indexMap.TryGetValue(l.Block, out var k) && k < kept.Count)
            .Select(l => (indexMap[l.Block], l.Link))
            .ToList();
        return new CollectedBody(kept, body.Images, links) { HeaderBylines = bylines, HeaderDates = dates };
    }
}
