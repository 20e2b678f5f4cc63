using System.Globalization;
using System.Net;
using System.Text.Json;
using CsvHelper;
using Xunit;

namespace Roadmap.Web.Tests.OpenData;

/// <summary>
/// Downloads a dataset's schema, CSV and JSON, parses them back (CsvHelper, System.Text.Json) and checks
/// every cell against the Table Schema: field names in order, types that parse, required fields present.
/// </summary>
public static class DatasetReader
{
    public sealed record SchemaField(string Name, string Type, string Format, bool Required);

    public sealed record Parsed(IReadOnlyList<SchemaField> Fields, IReadOnlyList<IReadOnlyList<string>> CsvRows, IReadOnlyList<JsonElement> JsonRows)
    {
        public IReadOnlyList<string> Column(string name) => [.. CsvRows.Select(r => r[Index(name)])];

        public int Index(string name) => Fields.Select(f => f.Name).ToList().IndexOf(name);

        public IReadOnlyList<string>? CsvRow(string id) => CsvRows.FirstOrDefault(r => r[0] == id);
    }

    public static async Task<IReadOnlyList<SchemaField>> SchemaAsync(HttpClient client, string baseUrl, string name)
    {
        using var schema = JsonDocument.Parse(await client.GetStringAsync($"{baseUrl}/{name}.schema.json"));
        var root = schema.RootElement;
        Assert.Equal(root.GetProperty("fields")[0].GetProperty("name").GetString(), root.GetProperty("primaryKey").GetString());
        Assert.Equal([""], root.GetProperty("missingValues").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal("etalab-2.0", root.GetProperty("licenses")[0].GetProperty("name").GetString());
        return [.. root.GetProperty("fields").EnumerateArray().Select(f => new SchemaField(
            f.GetProperty("name").GetString()!, f.GetProperty("type").GetString()!, f.GetProperty("format").GetString()!,
            f.TryGetProperty("constraints", out var c) && c.GetProperty("required").GetBoolean()))];
    }

    public static async Task<Parsed> ReadAsync(HttpClient client, string baseUrl, string name)
    {
        var fields = await SchemaAsync(client, baseUrl, name);
        var csv = await ReadCsvAsync(client, $"{baseUrl}/{name}.csv", fields);
        var json = await ReadJsonAsync(client, $"{baseUrl}/{name}.json", fields);
        Assert.Equal(csv.Count, json.Count);
        return new Parsed(fields, csv, json);
    }

    private static async Task<List<IReadOnlyList<string>>> ReadCsvAsync(HttpClient client, string url, IReadOnlyList<SchemaField> fields)
    {
        using var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.False(bytes is [0xEF, 0xBB, 0xBF, ..], "The CSV starts with a byte order mark.");

        await using var reader = CsvReader.Create(bytes, new CsvReaderOptions { HasHeader = true });
        var rows = new List<IReadOnlyList<string>>();
        while (await reader.ReadAsync())
        {
            Assert.Equal(fields.Count, reader.FieldCount);
            var row = Enumerable.Range(0, reader.FieldCount).Select(reader.GetString).ToList();
            for (var i = 0; i < fields.Count; i++)
            {
                AssertCell(fields[i], row[i]);
            }

            rows.Add(row);
        }

        Assert.Equal(fields.Select(f => f.Name), reader.Headers);
        return rows;
    }

    private static async Task<List<JsonElement>> ReadJsonAsync(HttpClient client, string url, IReadOnlyList<SchemaField> fields)
    {
        using var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var rows = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.EnumerateArray().Select(e => e.Clone()).ToList();
        foreach (var row in rows)
        {
            Assert.Equal(fields.Select(f => f.Name), row.EnumerateObject().Select(p => p.Name));
            foreach (var field in fields)
            {
                var value = row.GetProperty(field.Name);
                Assert.False(field.Required && value.ValueKind == JsonValueKind.Null, $"{field.Name} is required but null.");
                if (value.ValueKind != JsonValueKind.Null)
                {
                    var expected = field.Type switch
                    {
                        "integer" or "number" => JsonValueKind.Number,
                        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False ? value.ValueKind : JsonValueKind.True,
                        _ => JsonValueKind.String,
                    };
                    Assert.Equal(expected, value.ValueKind);
                    if (value.ValueKind == JsonValueKind.String)
                    {
                        AssertCell(field, value.GetString()!);
                    }
                }
            }
        }

        return rows;
    }

    private static void AssertCell(SchemaField field, string cell)
    {
        if (cell.Length == 0)
        {
            Assert.False(field.Required, $"{field.Name} is required but empty.");
            return;
        }

        var parses = field.Type switch
        {
            "integer" => long.TryParse(cell, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _),
            "number" => decimal.TryParse(cell, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _),
            "date" => DateOnly.TryParseExact(cell, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            "datetime" => DateTime.TryParseExact(cell, "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal, out _),
            "boolean" => cell is "true" or "false",
            "string" => field.Format != "uuid" || Guid.TryParseExact(cell, "D", out _),
            _ => false,
        };
        Assert.True(parses, $"{field.Name} ({field.Type}) does not parse: « {cell} ».");
    }
}
