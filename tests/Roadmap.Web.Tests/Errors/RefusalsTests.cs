using System.Runtime.CompilerServices;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Domain;
using Roadmap.Web.Components.Shared;
using Roadmap.Web.Errors;

namespace Roadmap.Web.Tests.Errors;

/// <summary>The one table from the Application's exceptions to what the API, the hub and the forms show.</summary>
public sealed class RefusalsTests
{
    public static readonly TheoryData<Exception, int> Rows = new()
    {
        { ValidationFailedException.For("Title", "Indiquez un titre."), 422 },
        { new HiddenByModerationException("Hors sujet"), 410 },
        { new NotFoundException("L'action", "x"), 404 },
        { new UnauthenticatedException(), 401 },
        { new ForbiddenException(), 403 },
        { new ConflictException("Déjà fait."), 409 },
        { new DomainRuleException("La phase est close."), 409 },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void EachApplicationExceptionHasItsStatusAndItsFrenchMessage(Exception exception, int status)
    {
        var refusal = Refusals.For(exception);

        Assert.NotNull(refusal);
        Assert.Equal(status, refusal.Status);
        Assert.Equal(exception.Message, refusal.Message);
    }

    [Fact]
    public void EveryExceptionTheApplicationDeclaresIsARefusal()
    {
        var declared = typeof(NotFoundException).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(Exception)) && !t.IsAbstract);

        var untranslated = declared.Where(t => Refusals.For((Exception)RuntimeHelpers.GetUninitializedObject(t)) is null).Select(t => t.Name);

        Assert.Empty(untranslated);
    }

    [Fact]
    public void AnyOtherExceptionIsAFaultNotARefusal()
    {
        Assert.Null(Refusals.For(new InvalidOperationException("bug")));
    }

    [Fact]
    public void InvalidInputIsOneSentenceForTheHubAndAnAlertWithFieldsForAForm()
    {
        var refusal = Refusals.For(new ValidationFailedException(new Dictionary<string, string[]>
        {
            ["Title"] = ["Indiquez un titre."],
            ["Summary"] = ["Le résumé est trop long."],
        }))!;

        var form = UseCaseError.From(refusal);

        Assert.Equal("Indiquez un titre. Le résumé est trop long.", refusal.Sentence);
        Assert.Equal(UseCaseError.FieldsToCorrect, form.Message);
        Assert.Equal(["Indiquez un titre."], form.For("Title"));
    }
}
