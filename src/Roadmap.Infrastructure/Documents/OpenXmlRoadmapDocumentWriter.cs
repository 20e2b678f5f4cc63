using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Roadmap.Application.Common;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.FollowUp.GetRoadmapDocument;

namespace Roadmap.Infrastructure.Documents;

/// <summary>
/// Writes the .docx with the Open XML SDK into a temporary file (a package needs a seekable stream; a
/// roadmap of 1,000 actions is not held in memory), then copies it to the caller's stream.
/// </summary>
internal sealed class OpenXmlRoadmapDocumentWriter : IRoadmapDocumentWriter
{
    public async Task WriteAsync(RoadmapDocument document, Stream output, CancellationToken cancellationToken)
    {
        await using var buffer = new FileStream(
            Path.Combine(Path.GetTempPath(), Path.GetRandomFileName()), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81_920,
            FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        Write(document, buffer);
        buffer.Position = 0;
        await buffer.CopyToAsync(output, cancellationToken);
    }

    private static void Write(RoadmapDocument document, Stream stream)
    {
        using var package = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document);
        package.PackageProperties.Title = WordParts.Clean(document.Title);
        package.PackageProperties.Subject = WordParts.Clean(DocumentText.Standing(document));
        package.PackageProperties.Creator = "Roadmap";
        package.PackageProperties.Language = FrenchFormat.Culture.Name;

        var main = package.AddMainDocumentPart();
        main.AddNewPart<StyleDefinitionsPart>().Styles = WordStyles.Create();
        main.AddNewPart<DocumentSettingsPart>().Settings = new Settings(new UpdateFieldsOnOpen { Val = true });
        main.Document = new Document(new Body(RoadmapDocumentBody.Of(document)));
    }
}
