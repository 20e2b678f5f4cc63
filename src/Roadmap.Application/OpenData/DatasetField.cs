namespace Roadmap.Application.OpenData;

/// <summary>The column types of the datasets, each written one way (see <see cref="DatasetCells"/>) and declared so in the Table Schema.</summary>
public enum FieldType
{
    /// <summary>A Table Schema <c>string</c>.</summary>
    Text = 0,

    /// <summary>A <c>string</c> of format <c>uuid</c>: the ids that join the datasets.</summary>
    Uuid = 1,
    /// <summary>A Table Schema <c>integer</c>.</summary>
    WholeNumber = 2,

    /// <summary>A decimal number with a dot, never an exponent.</summary>
    Number = 3,

    /// <summary>ISO 8601 <c>2026-03-31</c>.</summary>
    Date = 4,

    /// <summary>ISO 8601 in UTC to the second, <c>2026-03-31T08:15:00Z</c> (Table Schema's default format).</summary>
    DateTime = 5,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Boolean = 6,
}

/// <summary>
/// One column of a dataset: its name is the CSV header, the JSON property and the Table Schema field at once.
/// A <see cref="Required"/> column is never empty.
/// </summary>
public sealed record DatasetField(string Name, FieldType Type, string Title, string Description, bool Required = false);
