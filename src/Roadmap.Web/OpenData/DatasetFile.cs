namespace Roadmap.Web.OpenData;

public enum DatasetFormat
{
    Csv = 0,
    Json = 1,
    Schema = 2,
}

/// <summary>A dataset's file name as the routes take it: <c>actions.csv</c>, <c>actions.json</c> or <c>actions.schema.json</c>.</summary>
public sealed record DatasetFile(string Name, DatasetFormat Format)
{
    public const string CsvSuffix = ".csv";
    public const string JsonSuffix = ".json";
    public const string SchemaSuffix = ".schema.json";

    public static DatasetFile? Parse(string file) =>
        file.EndsWith(SchemaSuffix, StringComparison.Ordinal) ? new(file[..^SchemaSuffix.Length], DatasetFormat.Schema)
        : file.EndsWith(CsvSuffix, StringComparison.Ordinal) ? new(file[..^CsvSuffix.Length], DatasetFormat.Csv)
        : file.EndsWith(JsonSuffix, StringComparison.Ordinal) ? new(file[..^JsonSuffix.Length], DatasetFormat.Json)
        : null;

    public static string NameOf(string dataset, DatasetFormat format) => dataset + format switch
    {
        DatasetFormat.Csv => CsvSuffix,
        DatasetFormat.Json => JsonSuffix,
        _ => SchemaSuffix,
    };
}
