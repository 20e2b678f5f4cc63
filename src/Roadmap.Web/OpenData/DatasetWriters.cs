using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using CsvHelper;
using Roadmap.Application.OpenData;

namespace Roadmap.Web.OpenData;

/// <summary>
/// Writes a dataset's rows to a stream as they come from the database, never holding more than a buffer.
/// CSV: UTF-8 without BOM, comma, CRLF, RFC 4180 quoting (CsvHelper), cells kept as they are (see decision 022).
/// JSON: an array of objects whose properties are the field names, flushed every <see cref="JsonFlushBytes"/>.
/// </summary>
internal static class DatasetWriters
{
    public const int JsonFlushBytes = 16 * 1024;
    private static readonly CsvWriterOptions Csv = new()
    {
        NewLine = "\r\n",
        WriteByteOrderMark = false,
        BufferSize = 16 * 1024,

        // Open data is read by programs: a comment « -5 % » or « =A1 » is kept as typed (decision 022).
        Injection = CsvInjection.None,
    };

    private static readonly JsonWriterOptions Json = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static async Task WriteCsvAsync(Stream body, DatasetDefinition definition, IAsyncEnumerable<object?[]> rows, CancellationToken cancellationToken)
    {
        await using var csv = CsvWriter.Create(body, Csv, leaveOpen: true);
        foreach (var field in definition.Fields)
        {
            csv.WriteField(field.Name);
        }

        await csv.EndRecordAsync(cancellationToken);
        var fields = definition.Fields;
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            for (var i = 0; i < fields.Count; i++)
            {
                csv.WriteField(DatasetCells.Text(fields[i].Type, row[i]));
            }

            await csv.EndRecordAsync(cancellationToken);
        }

        await csv.FlushAsync(cancellationToken);
    }

    public static async Task WriteJsonAsync(Stream body, DatasetDefinition definition, IAsyncEnumerable<object?[]> rows, CancellationToken cancellationToken)
    {
        var names = definition.Fields.Select(f => JsonEncodedText.Encode(f.Name, Json.Encoder)).ToArray();
        var fields = definition.Fields;
        await using var json = new Utf8JsonWriter(body, Json);
        json.WriteStartArray();
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            json.WriteStartObject();
            for (var i = 0; i < fields.Count; i++)
            {
                json.WritePropertyName(names[i]);
                WriteValue(json, fields[i].Type, row[i]);
            }

            json.WriteEndObject();
            if (json.BytesPending > JsonFlushBytes)
            {
                await json.FlushAsync(cancellationToken);
            }
        }

        json.WriteEndArray();
        await json.FlushAsync(cancellationToken);
    }

    private static void WriteValue(Utf8JsonWriter json, FieldType type, object? value)
    {
        switch (value)
        {
            case null:
                json.WriteNullValue();
                break;
            case bool flag:
                json.WriteBooleanValue(flag);
                break;
            case int number:
                json.WriteNumberValue(number);
                break;
            case decimal number:
                json.WriteNumberValue(number);
                break;
            default:
                json.WriteStringValue(DatasetCells.Text(type, value));
                break;
        }
    }
}
