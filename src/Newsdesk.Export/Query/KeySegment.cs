using System.Globalization;
using System.Text;

namespace Newsdesk.Export.Query;

/// <summary>
/// Encodes a filter value as a key segment exactly as the writer's <c>KeyEncoder</c> does for short
/// values: table keys may not contain <c>/ \ # ?</c> or control characters (Table service data
/// model); those, the escape <c>!</c>, the separator <c>_</c> and <c>%</c> become <c>!XX</c>.
/// </summary>
internal static class KeySegment
{
    public static string Encode(string value)
    {
        var builder = new StringBuilder(value.Length + 4);
        foreach (var c in value)
        {
            if (c is '/' or '\\' or '#' or '?' or '!' or '_' or '%' || char.IsControl(c))
            {
                builder.Append('!').Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
