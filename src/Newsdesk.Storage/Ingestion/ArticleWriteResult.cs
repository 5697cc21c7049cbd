namespace Newsdesk.Storage.Ingestion;

/// <summary>What writing one article did.</summary>
/// <param name="Changed">False when the stored article already had this content, parser version and source.</param>
/// <param name="RowsWritten">Rows inserted or replaced (Articles and Entities tables).</param>
/// <param name="RowsDeleted">Rows deleted.</param>
/// <param name="Attempts">Optimistic-concurrency attempts it took.</param>
internal sealed record ArticleWriteResult(bool Changed, int RowsWritten, int RowsDeleted, int Attempts);
