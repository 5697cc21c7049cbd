using System.Globalization;
using Newsdesk.Export.Formats;
using Newsdesk.Export.Schema;

namespace Newsdesk.Export.Http;

/// <summary>The download name: <c>newsdesk-{dataset}-{yyyyMMdd}.{ext}</c> with the range's first date, or no date without a range (never the clock).</summary>
internal static class ExportFileName
{
    public static string For(ExportRequest request)
    {
        var date = (request.From ?? request.To)?.Date;
        var stamp = date is { } d ? "-" + d.ToString("yyyyMMdd", CultureInfo.InvariantCulture) : "";
        return $"newsdesk-{DatasetSchema.Name(request.Dataset)}{stamp}.{FormatInfo.Extension(request.Format)}";
    }
}
