using System.Globalization;

namespace Newsdesk.Export.Http;

/// <summary>Reads <c>Accept-Encoding</c> (RFC 9110 §12.5.3): gzip is used when listed (or <c>*</c>) with a q above 0.</summary>
internal static class AcceptEncoding
{
    public static bool AllowsGzip(string? header)
    {
        if (string.IsNullOrWhiteSpace(header))
        {
            return false;
        }

        double? gzip = null, any = null;
        foreach (var part in header.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var pieces = part.Split(';', StringSplitOptions.TrimEntries);
            var q = 1.0;
            foreach (var parameter in pieces.Skip(1))
            {
                if (parameter.StartsWith("q=", StringComparison.OrdinalIgnoreCase) &&
                    double.TryParse(parameter.AsSpan(2), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed))
                {
                    q = parsed;
                }
            }

            if (pieces[0].Equals("gzip", StringComparison.OrdinalIgnoreCase) || pieces[0].Equals("x-gzip", StringComparison.OrdinalIgnoreCase))
            {
                gzip = q;
            }
            else if (pieces[0] == "*")
            {
                any = q;
            }
        }

        return (gzip ?? any ?? 0) > 0;
    }
}
