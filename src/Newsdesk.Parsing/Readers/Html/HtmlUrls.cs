namespace Newsdesk.Parsing.Readers.Html;

/// <summary>URL resolution against the page's base.</summary>
internal static class HtmlUrls
{
    /// <summary>The absolute http(s) URL of the page, from candidates in order of trust, or null.</summary>
    public static Uri? BaseOf(params string?[] candidates)
    {
        foreach (var candidate in candidates)
        {
            if (Uri.TryCreate(candidate?.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
            {
                return uri;
            }
        }

        return null;
    }

    /// <summary>The reference resolved against the base (protocol-relative and relative ones too); as written when it cannot be.</summary>
    public static string Resolve(string reference, Uri? baseUri)
    {
        var trimmed = reference.Trim();
        if (Uri.TryCreate(trimmed, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
        {
            return absolute.ToString();
        }

        if (trimmed.StartsWith("//", StringComparison.Ordinal))
        {
            return (baseUri?.Scheme ?? "https") + ":" + trimmed;
        }

        return baseUri is not null && Uri.TryCreate(baseUri, trimmed, out var resolved) ? resolved.ToString() : trimmed;
    }

    /// <summary>Whether a link target is worth keeping (web pages, not scripts, anchors or mail).</summary>
    public static bool IsWebLink(string url) =>
        url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
}
