namespace Roadmap.Application.FollowUp.ImportValues;

/// <summary>
/// What an import of values would record: the lines read, and every line's problem in French
/// (« Ligne 4 : … »). Nothing is recorded unless there is no problem at all.
/// </summary>
public sealed record ValuesImportPreview(string RoadmapSlug, string RoadmapTitle, IReadOnlyList<ValuesImportLine> Lines, IReadOnlyList<string> Errors)
{
    public bool CanImport => Errors.Count == 0 && Lines.Count > 0;
}

/// <summary>One value the file would record, with what the reader needs to recognise it.</summary>
public sealed record ValuesImportLine(
    int Line,
    Guid IndicatorId,
    string IndicatorName,
    string Unit,
    Guid ActionId,
    string ActionTitle,
    DateOnly MeasuredOn,
    decimal Value,
    string Source,
    string Comment);

public sealed record ImportedValues(string RoadmapSlug, int Count);
