namespace Newsdesk.Storage.Tables;

/// <summary>A row would break a Table Storage limit (property count, property size, entity size, key).</summary>
public sealed class TableLimitExceededException : Exception
{
    /// <summary>Creates the exception with a message naming the row and the limit.</summary>
    public TableLimitExceededException(string message)
        : base(message)
    {
    }
}
