using System.Collections.Frozen;
using Newsdesk.Parsing.Gazetteers;

namespace Newsdesk.Parsing.Extraction;

/// <summary>Registrable domains ("bbc.co.uk", "themoscowtimes.com") from hosts, with a small table of multi-part public suffixes.</summary>
public static class DomainNames
{
    private static readonly FrozenSet<string> MultiPartSuffixes =
        EmbeddedTable.Rows("public-suffixes.tsv").Select(r => r[0].ToLowerInvariant()).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The host of an absolute URL without "www.", lower-cased, or null.</summary>
    public static string? HostOf(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.HostNameType != UriHostNameType.Dns)
        {
            return null;
        }

        var host = SafeIdnHost(uri)?.TrimEnd('.');
        return host is null ? null : host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
    }

    /// <summary>The host in ASCII (punycode) and lower case, or null when it is not a valid IDN host.</summary>
    internal static string? SafeIdnHost(Uri uri)
    {
        try
        {
            return uri.IdnHost.ToLowerInvariant();
        }
        catch (UriFormatException)
        {
            // Hostile hosts (a line separator after "www.") pass Uri.TryCreate but fail IDN conversion.
            return null;
        }
    }

    /// <summary>The registrable domain of a host: one label plus its public suffix.</summary>
    public static string? Registrable(string? host)
    {
        if (string.IsNullOrEmpty(host))
        {
            return null;
        }

        host = host.ToLowerInvariant().TrimEnd('.');
        var lastDot = host.LastIndexOf('.');
        if (lastDot <= 0)
        {
            return null;
        }

        var secondDot = host.LastIndexOf('.', lastDot - 1);
        if (secondDot < 0)
        {
            return host;
        }

        // A multi-part suffix (co.uk) takes one more label.
        var suffix = host[(secondDot + 1)..];
        if (!MultiPartSuffixes.Contains(suffix))
        {
            return suffix;
        }

        var thirdDot = host.LastIndexOf('.', secondDot - 1);
        if (thirdDot < 0)
        {
            return host;
        }

        // A three-part suffix (sc.gov.br, a state's government) takes one more label still.
        if (MultiPartSuffixes.Contains(host[(thirdDot + 1)..]))
        {
            var fourthDot = host.LastIndexOf('.', thirdDot - 1);
            return fourthDot < 0 ? host : host[(fourthDot + 1)..];
        }

        return host[(thirdDot + 1)..];
    }
}
