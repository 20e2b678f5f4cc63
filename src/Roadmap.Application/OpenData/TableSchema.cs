using System.Text.Json.Serialization;

namespace Roadmap.Application.OpenData;

/// <summary>
/// A frictionless Table Schema (https://specs.frictionlessdata.io/table-schema/), with the name, title,
/// description and licences that the schemas of schema.data.gouv.fr carry beside the fields.
/// </summary>
public sealed record TableSchema(
    string Name, string Title, string Description, IReadOnlyList<TableSchemaField> Fields, string PrimaryKey,
    IReadOnlyList<string> MissingValues, IReadOnlyList<TableSchemaLicence> Licenses);

public sealed record TableSchemaField(
    string Name, string Type, string Format, string Title, string Description,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] TableSchemaConstraints? Constraints);

public sealed record TableSchemaConstraints(bool Required);

public sealed record TableSchemaLicence(string Name, string Title, string Path);
