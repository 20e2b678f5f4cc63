using FluentValidation;
using MediatR;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;

namespace Roadmap.Application.FollowUp.ImportValues;

/// <summary>Reads a CSV of measured values and says what <see cref="ImportValues"/> would record, line by line, without recording anything.</summary>
[RequiresRole]
public sealed record PreviewValuesImport(string RoadmapSlug, string Content) : IQuery<ValuesImportPreview>;

internal sealed class PreviewValuesImportHandler(IRoadmapDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<PreviewValuesImport, ValuesImportPreview>
{
    public async Task<ValuesImportPreview> Handle(PreviewValuesImport request, CancellationToken cancellationToken) =>
        (await ValuesImportCheck.CheckAsync(db, user, request.RoadmapSlug, request.Content, clock.GetUtcNow(), cancellationToken)).Preview;
}

internal sealed class PreviewValuesImportValidator : AbstractValidator<PreviewValuesImport>
{
    public PreviewValuesImportValidator() => RuleFor(x => x.Content).ValuesFile();
}
