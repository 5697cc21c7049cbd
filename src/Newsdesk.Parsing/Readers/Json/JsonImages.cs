using System.Text.Json;
using Newsdesk.Parsing.Model;

namespace Newsdesk.Parsing.Readers.Json;

/// <summary>Reads the image fields of JSON articles: URL strings, {url, caption, credit} objects, media lists.</summary>
internal static class JsonImages
{
    /// <summary>Images: a URL string, an object {url, caption, credit}, or an array of either.</summary>
    public static void Read(JsonElement value, List<ArticleImage> images, int depth = 0)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String when JsonValues.Text(value) is { } url:
                images.Add(new ArticleImage(url, null, null));
                break;
            case JsonValueKind.Array when depth < JsonValues.MaxNesting:
                foreach (var item in value.EnumerateArray())
                {
                    Read(item, images, depth + 1);
                }

                break;
            case JsonValueKind.Object when depth < JsonValues.MaxNesting && !IsVideoOrAudio(value):
                var src = JsonValues.Url(value, depth + 1);
                var caption = JsonValues.FirstText(value, "caption", "alt", "description", "title", "text");
                var credit = StripCreditLabel(JsonValues.FirstText(value, "credit", "credits", "copyright", "copyrightHolder", "creditText", "photographer", "author", "source"));
                if (src is not null || caption is not null)
                {
                    images.Add(new ArticleImage(src, caption, credit));
                }

                break;
        }
    }

    // "Photo: Lee Ho", "Credit: X/Y", "© X": the label is not part of the credit.
    private static string? StripCreditLabel(string? credit)
    {
        if (credit is null)
        {
            return null;
        }

        foreach (var label in (ReadOnlySpan<string>)["photo credit:", "image credit:", "photograph:", "photo:", "picture:", "image:", "credit:", "photo by", "©"])
        {
            if (credit.StartsWith(label, StringComparison.OrdinalIgnoreCase) && credit.Length > label.Length + 1)
            {
                return credit[label.Length..].Trim();
            }
        }

        return credit;
    }

    // Media lists mix pictures with clips: {"type": "video", "url": ...} is not an image.
    private static bool IsVideoOrAudio(JsonElement value)
    {
        var kind = JsonValues.FirstText(value, "type", "@type", "mediaType", "kind");
        return kind is not null && (kind.Contains("video", StringComparison.OrdinalIgnoreCase) || kind.Contains("audio", StringComparison.OrdinalIgnoreCase) ||
            kind.Contains("podcast", StringComparison.OrdinalIgnoreCase));
    }
}
