using System.Collections.Frozen;
using System.Text;

namespace Newsdesk.Parsing.Extraction;

/// <summary>
/// Normalizes article URLs (CONVENTIONS.md): http(s) only, scheme and host lower-cased, default port,
/// fragment and tracking parameters removed, other query parameters kept in order.
/// </summary>
public static class UrlNormalizer
{
    private static readonly FrozenSet<string> TrackingParameters = FrozenSet.ToFrozenSet(
        ["fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "ocid", "cmpid", "ref_src", "igshid", "_ga", "_gl", "yclid"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>The normalized absolute URL, or null for placeholders ("#"), relative paths and non-web schemes.</summary>
    public static string? Normalize(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw) || raw.Length > 4096)
        {
            return null;
        }

        var text = raw.Trim().Trim('<', '>', '"', '\'').Trim();
        if (text.StartsWith("//", StringComparison.Ordinal))
        {
            text = "https:" + text;
        }
        else if (text.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        {
            text = "https://" + text;
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) ||
            (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps) ||
            !uri.Host.Contains('.', StringComparison.Ordinal) || uri.HostNameType is UriHostNameType.Unknown)
        {
            return null;
        }

        // A host needs two non-empty labels ("www." or "a..b" is junk).
        if (DomainNames.SafeIdnHost(uri) is not { } host || host.TrimEnd('.').Split('.').Length < 2 || host.TrimEnd('.').Contains("..", StringComparison.Ordinal) || host.StartsWith('.'))
        {
            return null;
        }

        var builder = new StringBuilder(text.Length);
        builder.Append(uri.Scheme).Append("://").Append(host);
        if (!uri.IsDefaultPort)
        {
            builder.Append(':').Append(uri.Port);
        }

        builder.Append(uri.AbsolutePath);
        AppendQuery(builder, uri.Query);
        return builder.ToString();
    }

    /// <summary>True for query parameters that only track the reader (utm_*, fbclid, gclid, ...).</summary>
    public static bool IsTrackingParameter(ReadOnlySpan<char> name) =>
        name.StartsWith("utm_", StringComparison.OrdinalIgnoreCase) ||
        TrackingParameters.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name);

    private static void AppendQuery(StringBuilder builder, string query)
    {
        if (query.Length <= 1)
        {
            return;
        }

        var first = true;
        foreach (var range in query.AsSpan(1).Split('&'))
        {
            var pair = query.AsSpan(1)[range];
            if (pair.IsEmpty)
            {
                continue;
            }

            var eq = pair.IndexOf('=');
            var name = eq < 0 ? pair : pair[..eq];
            if (IsTrackingParameter(name))
            {
                continue;
            }

            builder.Append(first ? '?' : '&').Append(pair);
            first = false;
        }
    }
}
