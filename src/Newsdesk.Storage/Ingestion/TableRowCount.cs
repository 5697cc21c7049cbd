namespace Newsdesk.Storage.Ingestion;

/// <summary>The number of rows of one table.</summary>
/// <param name="Table">Full table name (with prefix).</param>
/// <param name="Rows">Rows counted; 0 with <paramref name="Exists"/> false when the table is missing.</param>
/// <param name="Exists">False when the table has not been created yet.</param>
public sealed record TableRowCount(string Table, long Rows, bool Exists = true);
