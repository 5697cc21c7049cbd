using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Newsdesk.Parsing.Model;

namespace Newsdesk.Parsing.Readers.Html;

/// <summary>Reads images of the body: the real source behind lazy-loading attributes, caption and credit.</summary>
internal static partial class HtmlImages
{
    private static readonly string[] SourceAttributes = ["data-src", "data-lazy-src", "data-original", "data-url", "data-srcset", "srcset", "src"];

    /// <summary>The image's URL (absolute when a base is known), or null for placeholders, pixels and icons.</summary>
    public static string? SourceOf(IElement img, Uri? baseUri)
    {
        if (IsTiny(img))
        {
            return null;
        }

        foreach (var attribute in SourceAttributes)
        {
            var value = img.GetAttribute(attribute)?.Trim();
            if (string.IsNullOrEmpty(value) || value.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (attribute.EndsWith("srcset", StringComparison.Ordinal))
            {
                // "a.jpg 320w, b.jpg 640w": the first candidate's URL.
                value = value.Split(',')[0].Trim().Split(' ')[0];
            }

            return HtmlUrls.Resolve(value, baseUri);
        }

        return null;
    }

    /// <summary>Splits a credit ("Photo: X/AFP", "(Reuters)", "Credit: X") off the end of a caption.</summary>
    public static (string? Caption, string? Credit) SplitCredit(string? caption)
    {
        if (string.IsNullOrWhiteSpace(caption))
        {
            return (null, null);
        }

        var match = TrailingCredit().Match(caption);
        if (!match.Success)
        {
            match = TrailingAgency().Match(caption);
        }

        if (!match.Success)
        {
            return (caption, null);
        }

        var rest = caption[..match.Index].TrimEnd(' ', '|', '-', '–', '—', ',', ';', '(', '[');
        var credit = match.Groups["credit"].Value.Trim();
        return (rest.Length == 0 ? null : rest, credit);
    }

    /// <summary>An image is an article image when the page does not say it is an icon-sized one.</summary>
    private static bool IsTiny(IElement img) =>
        (int.TryParse(img.GetAttribute("width"), out var w) && w is > 0 and < 50)
        || (int.TryParse(img.GetAttribute("height"), out var h) && h is > 0 and < 50);

    // "Photo: Jane Doe/AFP", "(Photograph: X)", "Credit: X", "Image by X", "Foto: X" at the end of a caption.
    [GeneratedRegex(@"[\s(\[]*(?:photo(?:graph)?s?|pictures?|images?|credits?|fotos?|source|illustration)(?:\s+by|\s*:)\s*(?<credit>[^()\[\]]{2,120}?)[)\]]?\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TrailingCredit();

    // "(Reuters)", "(Jane Doe / AFP)", "Jane Doe/Getty Images" at the end of a caption.
    [GeneratedRegex(@"\s*(?:\((?<credit>[^()]{0,80}\b(?:Reuters|AFP|AP|Getty Images|EPA|Xinhua|TASS|Shutterstock|Bloomberg|Yonhap|Kyodo|AAP|PA|ANP|Sputnik|Anadolu|UPI|IANS|PTI)\b[^()]{0,40})\)|(?<credit>[\p{L}][\p{L}.' -]{1,60}\s?/\s?(?:Reuters|AFP|AP|Getty Images|EPA|Xinhua|TASS|Shutterstock|Bloomberg|Yonhap|AAP)[\p{L} ]{0,30}))\s*$",
        RegexOptions.CultureInvariant)]
    private static partial Regex TrailingAgency();
}
