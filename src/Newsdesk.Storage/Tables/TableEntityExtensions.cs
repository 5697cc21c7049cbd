using Azure.Data.Tables;

namespace Newsdesk.Storage.Tables;

/// <summary>Small helpers on <see cref="TableEntity"/>.</summary>
public static class TableEntityExtensions
{
    /// <summary>Removes null-valued properties: a replace then drops the column instead of storing a null.</summary>
    public static TableEntity WithoutNulls(this TableEntity entity)
    {
        foreach (var key in entity.Where(p => p.Value is null).Select(p => p.Key).ToList())
        {
            entity.Remove(key);
        }

        return entity;
    }
}
