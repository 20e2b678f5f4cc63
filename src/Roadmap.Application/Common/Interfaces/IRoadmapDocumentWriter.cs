using Roadmap.Application.FollowUp.GetRoadmapDocument;

namespace Roadmap.Application.Common.Interfaces;

/// <summary>Writes the adopted roadmap as an editable Word document (.docx).</summary>
public interface IRoadmapDocumentWriter
{
    /// <summary>Writes <paramref name="document"/> to <paramref name="output"/>, which need not be seekable (a response body).</summary>
    Task WriteAsync(RoadmapDocument document, Stream output, CancellationToken cancellationToken);
}
