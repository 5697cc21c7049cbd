namespace Newsdesk.Parsing.Extraction;

/// <summary>
/// Tells an author that is the outlet itself ("BBC News" on bbc.com, "Jerusalem Post Staff" on jpost.com,
/// a blog's own name): the outlet is already the article's outlet, so such a name is no author.
/// </summary>
internal static class OutletAuthors
{
    /// <summary>True when <paramref name="name"/> names the outlet given by its stated name or its URL's domain.</summary>
    public static bool IsOutlet(string name, string? outletName, string? url)
    {
        var author = Squeeze(Organizations.Trim(name));
        if (author.Length < 3)
        {
            return false;
        }

        var outlet = Squeeze(outletName is null ? "" : Organizations.Trim(outletName));
        if (outlet == author || Overlaps(outlet, author))
        {
            return true;
        }

        // The domain's first label: "jpost" for www.jpost.com, "beachbodyondemand" for beachbodyondemand.com.
        var domain = DomainNames.Registrable(DomainNames.HostOf(url));
        var label = domain is null ? "" : Squeeze(domain[..domain.IndexOf('.', StringComparison.Ordinal)]);
        return label == author || Overlaps(label, author);
    }

    // Containment needs a few letters on both sides: a 3-letter author ("Ann") hides in too many squeezed names.
    private static bool Overlaps(string outlet, string author) =>
        (author.Length >= 5 && outlet.Contains(author, StringComparison.Ordinal)) || (outlet.Length >= 4 && author.StartsWith(outlet, StringComparison.Ordinal));

    /// <summary>Lower-case letters and digits only: "The Jerusalem Post | JPost.com" → "thejerusalempostjpostcom".</summary>
    private static string Squeeze(string text) =>
        string.Concat(text.Where(char.IsLetterOrDigit)).ToLowerInvariant();
}
