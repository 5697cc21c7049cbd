using Newsdesk.Parsing.Model;
using Newsdesk.Parsing.Pipeline;

namespace Newsdesk.Parsing.Extraction;

/// <summary>
/// The outlet: registrable domain of the canonical URL (else URL) without "www."; name as the page states
/// it, else from the built-in outlet table, else the domain. Without a URL, a known outlet name still
/// gives its domain.
/// </summary>
public sealed class OutletExtractor : IArticleExtractor
{
    /// <inheritdoc />
    public ArticleDraft Extract(ArticleDraft draft)
    {
        if (draft.Outlet is not null)
        {
            return draft;
        }

        var stated = Clean(draft.OutletName);
        var host = DomainNames.HostOf(draft.CanonicalUrl ?? draft.Url);
        if (host is null && stated is not null && LooksLikeDomain(stated))
        {
            // "source": "bbc.co.uk" or "https://www.bbc.com": a domain, not a name.
            host = DomainNames.HostOf(stated.Contains("://", StringComparison.Ordinal) ? stated : "https://" + stated);
            stated = null;
        }

        var domain = DomainNames.Registrable(host);
        if (domain is null)
        {
            return OutletCatalog.ByNameOrAlias(stated) is { } known ? draft with { Outlet = known with { Name = stated! } } : draft;
        }

        var name = stated ?? OutletCatalog.NameFor(host, domain) ?? domain;
        return draft with { Outlet = new Outlet(domain, name) };
    }

    private static string? Clean(string? name)
    {
        var trimmed = name?.Trim();
        return string.IsNullOrEmpty(trimmed) || trimmed.Length > 120 ? null : trimmed;
    }

    private static bool LooksLikeDomain(string text) =>
        !text.Contains(' ', StringComparison.Ordinal) && text.Contains('.', StringComparison.Ordinal) && !text.EndsWith('.');
}
