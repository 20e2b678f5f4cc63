using System.Globalization;

namespace Roadmap.Application.OpenData;

/// <summary>
/// How a cell is written as text (CSV), in the formats the Table Schema declares: invariant numbers, ISO
/// dates, UTC date-times to the second, <c>true</c>/<c>false</c>. A missing value is the empty string, the
/// schema's only <c>missingValues</c>.
/// </summary>
public static class DatasetCells
{
    public const string Missing = "";

    public static string Text(FieldType type, object? value) => value switch
    {
        null => Missing,
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset at => DateTimeText(at),
        bool flag => flag ? "true" : "false",
        decimal number => number.ToString(type == FieldType.WholeNumber ? "0" : "0.############################", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? Missing,
    };

    public static string DateTimeText(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
