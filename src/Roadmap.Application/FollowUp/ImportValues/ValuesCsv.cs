using System.Globalization;
using System.Text.RegularExpressions;
using CsvHelper;
using Roadmap.Application.Common;
using Roadmap.Application.Common.Exceptions;

namespace Roadmap.Application.FollowUp.ImportValues;

/// <summary>
/// Reads a CSV of measured values: columns <c>indicateur</c>, <c>date</c>, <c>valeur</c>, and optionally
/// <c>source</c> and <c>commentaire</c>, separated by commas or semicolons (whichever the header uses
/// more), UTF-8 with or without BOM. Problems with the whole file are a validation refusal; each line's
/// fields are read by <see cref="ValuesImportCheck"/>, which says what is wrong line by line.
/// </summary>
internal static partial class ValuesCsv
{
    public const string Field = nameof(ImportValues.Content);

    /// <summary>The columns, the first <see cref="Required"/> of them required.</summary>
    private static readonly string[] Columns = ["indicateur", "date", "valeur", "source", "commentaire"];
    private const int Required = 3;
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy"];

    public static IReadOnlyList<RawLine> Read(string content)
    {
        var text = content.TrimStart('\uFEFF');
        if (text.Contains('\uFFFD'))
        {
            throw Refused("Le fichier n'est pas encodé en UTF-8 : enregistrez-le au format « CSV UTF-8 » et réessayez.");
        }

        var header = text.Split('\n', 2)[0];
        var options = CsvReaderOptions.Default with
        {
            Separator = header.Count(c => c == ';') > header.Count(c => c == ',') ? ';' : ',',
            TrimWhitespace = true,
            TrackLineNumbers = true,
        };
        using var csv = CsvReader.FromText(text, options);
        csv.ReadHeader();
        var columns = Columns.Select(c => csv.TryGetFieldIndex(c, out var index) ? index : -1).ToArray();
        if (columns.Take(Required).Any(index => index < 0))
        {
            throw Refused("La première ligne doit nommer les colonnes indicateur, date et valeur (source et commentaire sont facultatives).");
        }

        var lines = new List<RawLine>();
        while (csv.Read())
        {
            if (lines.Count == ImportValues.MaxLines)
            {
                throw Refused($"Le fichier dépasse {FrenchFormat.Number(ImportValues.MaxLines)} lignes de valeurs : découpez-le en plusieurs fichiers.");
            }

            string Cell(int column) => columns[column] < 0 || columns[column] >= csv.FieldCount ? "" : csv.GetString(columns[column]) ?? "";
            lines.Add(new RawLine((int)csv.LineNumber, Cell(0), Cell(1), Cell(2), Cell(3), Cell(4)));
        }

        return lines.Count == 0 ? throw Refused("Le fichier ne contient aucune valeur (seulement la ligne des colonnes).") : lines;
    }

    /// <summary>« 2025-03-31 », « 31/03/2025 » or « 1/3/2025 »; the message says whether the date is malformed or does not exist.</summary>
    public static DateOnly? ReadDate(string text, out string? problem)
    {
        if (DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            problem = null;
            return date;
        }

        problem = DateShape().IsMatch(text)
            ? $"la date « {Quote(text)} » n'existe pas"
            : $"la date « {Quote(text)} » n'est pas au format AAAA-MM-JJ ou JJ/MM/AAAA";
        return null;
    }

    /// <summary>« 1 234,5 » (spaces of any kind between thousands) or « 1234.5 ».</summary>
    public static decimal? ReadNumber(string text)
    {
        var compact = new string([.. text.Where(c => !char.IsWhiteSpace(c))]);
        if (compact.Contains(',') && compact.Contains('.'))
        {
            return null;
        }

        return decimal.TryParse(compact.Replace(',', '.'), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
    }

    /// <summary>What a line said, cut short and on one line, to quote it in a message.</summary>
    public static string Quote(string text)
    {
        var flat = string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
        return flat.Length > 40 ? flat[..40] + "…" : flat;
    }

    private static ValidationFailedException Refused(string message) => ValidationFailedException.For(Field, message);

    [GeneratedRegex(@"^\d{1,4}[-/]\d{1,2}[-/]\d{1,4}$")]
    private static partial Regex DateShape();

    public sealed record RawLine(int Line, string Indicator, string Date, string Value, string Source, string Comment);
}
