using Microsoft.Extensions.Logging;

namespace Newsdesk.Export;

/// <summary>Source-generated log messages of the export.</summary>
internal static partial class ExportLog
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Export {Dataset} as {Format} wrote {Rows} rows in {ElapsedMs} ms (more: {HasMore})")]
    public static partial void Exported(ILogger logger, string dataset, string format, long rows, long elapsedMs, bool hasMore);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Error, Message = "Export {Dataset} failed after the response started; the connection is aborted so the client sees a truncated body")]
    public static partial void FailedMidStream(ILogger logger, Exception exception, string dataset);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Error, Message = "Export {Dataset} failed before the response started")]
    public static partial void Failed(ILogger logger, Exception exception, string dataset);
}
