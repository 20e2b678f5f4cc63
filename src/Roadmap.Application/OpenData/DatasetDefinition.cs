namespace Roadmap.Application.OpenData;

/// <summary>
/// What a dataset is: its file name, its French title and description, and its columns in order. The CSV
/// header, the JSON property names and the Table Schema are all read from <see cref="Fields"/>, so they cannot disagree.
/// </summary>
public sealed record DatasetDefinition(string Name, string Title, string Description, IReadOnlyList<DatasetField> Fields, string PrimaryKey)
{
    /// <summary>The frictionless Table Schema (<c>tableschema.json</c>) of the dataset.</summary>
    public TableSchema Schema => new(
        Name, Title, Description,
        [.. Fields.Select(f => new TableSchemaField(
            f.Name, TypeName(f.Type), f.Type == FieldType.Uuid ? "uuid" : "default", f.Title, f.Description,
            f.Required ? new TableSchemaConstraints(true) : null))],
        PrimaryKey, [DatasetCells.Missing],
        [new TableSchemaLicence(OpenLicence.Name, OpenLicence.Title, OpenLicence.Url)]);

    private static string TypeName(FieldType type) => type switch
    {
        FieldType.Text or FieldType.Uuid => "string",
        FieldType.WholeNumber => "integer",
        FieldType.Number => "number",
        FieldType.Date => "date",
        FieldType.DateTime => "datetime",
        FieldType.Boolean => "boolean",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };
}
