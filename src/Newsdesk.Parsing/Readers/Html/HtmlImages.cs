using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Newsdesk.Parsing.Model;

namespace Newsdesk.Parsing.Readers.Html;

/// <summary>Reads images of the body: the real source behind lazy-loading attributes, caption and credit.</summary>
internal static partial class HtmlImages
{
    private static readonly string[] SourceAttributes = ["data-src", "data-lazy-src", "data-original", "data-url", "data-srcset", "srcset", "src"];

    /// <summary>
    /// Longer "URLs" are payloads, not addresses (browsers and CDNs stop well before: 8 KB request lines are the
    /// common server limit); keeping one would put megabytes into every image row.
    /// </summary>
    public const int MaxUrlLength = 8192;

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
            if (string.IsNullOrEmpty(value) || value.StartsWith("data:", StringComparison.OrdinalIgnoreCase) || value.Length > MaxUrlLength)
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
        var credit = CleanCredit(match.Groups["credit"].Value);
        return (rest.Length == 0 ? null : rest, credit);
    }

    /// <summary>"(Image credit: Jane Doe/AFP)", "Photograph by Jane Doe", "[File: Reuters]" → the credited name alone.</summary>
    public static string? CleanCredit(string? credit)
    {
        if (string.IsNullOrWhiteSpace(credit))
        {
            return null;
        }

        var text = HtmlText.Collapse(credit).Trim('(', ')', '[', ']', ' ');
        text = CreditLabel().Replace(text, "").Trim('(', ')', '[', ']', ' ', '©');
        return text.Length == 0 ? null : text;
    }

    /// <summary>
    /// A site's own picture rather than the article's: a logo, a default share image, a site icon
    /// ("opengraph_default.png", "fb_logo.jpg", a blavatar). Pages fall back to one when the story has no picture.
    /// </summary>
    public static bool IsSiteImage(string url)
    {
        var path = url.Split('?', '#')[0];
        var name = path[(path.LastIndexOf('/') + 1)..];
        return name.Length <= 300 && (SiteImageName().IsMatch(name) || path.Contains("/blavatar/", StringComparison.OrdinalIgnoreCase) || path.Contains("/avatar/", StringComparison.OrdinalIgnoreCase));
    }

    // File-name words of site furniture; "logo" and "default" as words, so "logos-of-the-year-2019.jpg" stays.
    [GeneratedRegex(@"(?:^|[-_.])(?:logo|default|placeholder|favicon|apple-touch-icon|share-default|fallback)(?:[-_.]|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SiteImageName();

    /// <summary>
    /// Whether two image URLs show the same picture in other sizes: the same file name once size suffixes
    /// ("-320-80", "_1200x630") are cut, when the name is distinctive (has a digit, or is long).
    /// </summary>
    public static bool SamePicture(string? a, string? b)
    {
        if (a is null || b is null)
        {
            return false;
        }

        if (a == b)
        {
            return true;
        }

        var stem = Stem(a);
        return (stem is not null && string.Equals(stem, Stem(b), StringComparison.OrdinalIgnoreCase)) || SameDatedPath(a, b);
    }

    /// <summary>
    /// "/content/images/size/w2000/2025/07/starter-jar.jpg" and "/content/images/2025/07/starter-jar.jpg": CMSs put the
    /// size in a folder, not the file name; the same file under the same two folders (a year and month, as a rule) is the same picture.
    /// </summary>
    private static bool SameDatedPath(string a, string b)
    {
        var (pathA, pathB) = (a.Split('?', '#')[0], b.Split('?', '#')[0]);
        if (pathA.Length > 2048 || pathB.Length > 2048)
        {
            return false;
        }

        var tailA = Tail(pathA);
        var tailB = Tail(pathB);
        return tailA.Length == 3 && tailA.SequenceEqual(tailB, StringComparer.OrdinalIgnoreCase)
            && tailA[0].Any(char.IsAsciiDigit) && tailA[2].Length >= 6 && !tailA[0].Contains('.', StringComparison.Ordinal);
    }

    /// <summary>The last three path segments once size folders ("size", "w2000", "s1600", "w640-h427") are left out.</summary>
    private static string[] Tail(string path)
    {
        var segments = path.Split('/').Where(s => !SizeFolder().IsMatch(s)).ToArray();
        var tail = segments[^Math.Min(3, segments.Length)..];
        if (tail.Length > 0 && tail[^1].Length <= 300)
        {
            // "pantry-shelves-800x533.jpg" is "pantry-shelves.jpg" in another size (WordPress's size suffix).
            var name = tail[^1];
            var dot = name.LastIndexOf('.');
            tail[^1] = dot > 0 ? SizeSuffix().Replace(name[..dot], "") + name[dot..] : SizeSuffix().Replace(name, "");
        }

        return tail;
    }

    [GeneratedRegex(@"^(?:size|sizes|[swh]\d{2,4}(?:-[swh]\d{2,4})*(?:-[a-z]{1,3})?)$", RegexOptions.CultureInvariant)]
    private static partial Regex SizeFolder();

    private static string? Stem(string url)
    {
        var path = url.Split('?', '#')[0];
        var name = path[(path.LastIndexOf('/') + 1)..];
        if (name.Length > 300)
        {
            return null; // No picture has such a file name; the size-suffix regex need not read it.
        }

        var dot = name.LastIndexOf('.');
        var stem = SizeSuffix().Replace(dot > 0 ? name[..dot] : name, "");
        // "image.jpg", "rawImage.jpg", "preview.jpg": generic names shared by every picture of a CDN.
        return stem.Length >= 16 || (stem.Length >= 6 && stem.Any(char.IsDigit)) ? stem : null;
    }

    // "-320-80", "-1200x630", "_600x338", "-scaled" at the end of a file name.
    [GeneratedRegex(@"(?:[-_](?:\d{2,4}x\d{0,4}|\d{2,4}-\d{2,3}|scaled|large|medium|small|thumb))+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SizeSuffix();

    // Labels before the credited name; "File:" marks an archive picture.
    [GeneratedRegex(@"^(?:(?:(?:image|photo|picture|video)\s+(?:credit|source|copyright)|copyright)(?:\s+by|\s*:|\s)|(?:credits?|photo(?:graph)?s?|images?|pictures?|fotos?|фото|снимок|source|illustration|file)(?:\s+by|\s+via|\s*:)|(?:photo|foto)\s+(?=\p{Lu}))\s*",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CreditLabel();

    /// <summary>An image is an article image when the page does not say it is an icon-sized one.</summary>
    private static bool IsTiny(IElement img) =>
        (int.TryParse(img.GetAttribute("width"), out var w) && w is > 0 and < 50)
        || (int.TryParse(img.GetAttribute("height"), out var h) && h is > 0 and < 50);

    // "Photo: Jane Doe/AFP", "(Photograph: X)", "Credit: X", "Image by X", "Image via X", "Foto: X" at the end of a caption.
    [GeneratedRegex(@"[\s(\[]*(?:(?:image|photo|picture)\s+(?:credit|source)s?|photo(?:graph)?s?|pictures?|images?|credits?|fotos?|фото|снимок|source|illustration)(?:\s+by|\s+via|\s*:)\s*(?<credit>[^()\[\]]{2,120}?)[)\]]?\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TrailingCredit();

    // "(Reuters)", "(Jane Doe / AFP)", "Jane Doe/Getty Images" at the end of a caption.
    [GeneratedRegex(@"\s*(?:\[(?<credit>[^\[\]]{0,80}\b(?:Reuters|AFP|AP|Getty Images|EPA|Xinhua|TASS|Shutterstock|Bloomberg|Yonhap|Kyodo|AAP|PA|ANP|Sputnik|Anadolu|UPI|IANS|PTI)\b[^\[\]]{0,40})\]|\((?<credit>[^()]{0,80}\b(?:Reuters|AFP|AP|Getty Images|EPA|Xinhua|TASS|Shutterstock|Bloomberg|Yonhap|Kyodo|AAP|PA|ANP|Sputnik|Anadolu|UPI|IANS|PTI)\b[^()]{0,40})\)|(?<credit>[\p{L}][\p{L}.' -]{1,60}\s?/\s?(?:Reuters|AFP|AP|Getty Images|EPA|Xinhua|TASS|Shutterstock|Bloomberg|Yonhap|AAP)[\p{L} ]{0,30}))\s*$",
        RegexOptions.CultureInvariant)]
    private static partial Regex TrailingAgency();
}
