using Bunit;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Roadmap.Application.Actions.ActionForm;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Domain.Roadmaps;
using Roadmap.Application.Organisations.FindOrganisationChoices;
using Roadmap.Web.Components.Pages.Actions;
using Roadmap.Web.Components.Shared;
using Roadmap.Web.Tests.Support;

namespace Roadmap.Web.Tests.Actions;

public sealed class ActionFormFieldsTests : BunitContext
{
    private static readonly OrganisationOption Commune = new(Guid.NewGuid(), "La Flèche");
    private readonly FakeMediator _mediator = new FakeMediator().On<FindOrganisationChoices>(new OrganisationChoices([], [], 0));

    public ActionFormFieldsTests() => Services.AddSingleton<IMediator>(_mediator);

    [Theory]
    [InlineData("axe", "Axe stratégique")]
    [InlineData("titre", "Titre")]
    [InlineData("resume", "Résumé")]
    [InlineData("description", "Description détaillée")]
    [InlineData("en-bref", "En bref, en français facile à lire")]
    [InlineData("budget", "Budget estimé (en euros)")]
    public void EveryFieldHasItsLabel(string id, string label)
    {
        var cut = RenderFields(new ActionFormModel());

        Assert.Equal(label, cut.Find($"label[for='{id}']").TextContent.Trim());
    }

    [Fact]
    public void TheEnBrefFieldReadsOutItsEasyToReadGuidanceAndItsError()
    {
        var error = UseCaseError.From(ValidationFailedException.For("EasyRead", "Le texte « En bref » ne doit pas dépasser 400 caractères."));

        var cut = RenderFields(new ActionFormModel { EasyRead = "Une phrase.\nUne autre." }, error);

        var field = cut.Find("#en-bref");
        Assert.Equal("en-bref-aide en-bref-erreur", field.GetAttribute("aria-describedby"));
        Assert.Equal("400", field.GetAttribute("maxlength"));
        Assert.Equal("Une phrase.\nUne autre.", field.TextContent);
        Assert.Contains("une idée par phrase", cut.Find("#en-bref-aide").TextContent, StringComparison.Ordinal);
        Assert.Contains("pas de sigle sans explication", cut.Find("#en-bref-aide").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void RendersOneFieldsetPerIndicatorRowWithIndexedNames()
    {
        var model = new ActionFormModel { Indicators = [new IndicatorRow { Name = "Personnes formées" }, new IndicatorRow()] };

        var cut = RenderFields(model);

        Assert.Equal(["Input.Indicators[0].Name", "Input.Indicators[1].Name"], cut.FindAll("input[name$='].Name']").Select(i => i.GetAttribute("name")));
        Assert.Equal("Personnes formées", cut.Find("#indicateur-1-nom").GetAttribute("value"));
    }

    [Fact]
    public void EachIndicatorRowHasARemoveButtonNamingItsRow()
    {
        var cut = RenderFields(new ActionFormModel { Indicators = [new IndicatorRow(), new IndicatorRow()] });

        Assert.Equal(["retirer-indicateur-0", "retirer-indicateur-1"], cut.FindAll("button[value^='retirer-indicateur']").Select(b => b.GetAttribute("value")));
    }

    [Fact]
    public void ShowsARowErrorNextToItsFieldAndTiesItToTheInput()
    {
        var model = new ActionFormModel { Indicators = [new IndicatorRow()] };
        var error = UseCaseError.From(ValidationFailedException.For("Indicators[0].Name", "Donnez un nom à l'indicateur."));

        var cut = RenderFields(model, error);

        Assert.Equal("Donnez un nom à l'indicateur.", cut.Find("#indicateur-1-nom-erreur").TextContent);
        Assert.Equal("indicateur-1-nom-erreur", cut.Find("#indicateur-1-nom").GetAttribute("aria-describedby"));
        Assert.Equal("true", cut.Find("#indicateur-1-nom").GetAttribute("aria-invalid"));
    }

    [Fact]
    public void OffersTheProposersOwnOrganisationOrAnIndividualProposal()
    {
        var cut = RenderFields(new ActionFormModel { OrganisationId = Commune.Id.ToString() }, own: Commune);

        var radios = cut.FindAll("input[name='Input.OrganisationId']");
        Assert.Equal([Commune.Id.ToString(), ""], radios.Select(r => r.GetAttribute("value")));
        Assert.True(radios[0].HasAttribute("checked"));
    }

    [Fact]
    public void TheTeamSearchesTheProposingOrganisationAndMayLeaveItIndividual()
    {
        var cut = RenderFields(new ActionFormModel(), mayChooseOrganisation: true);

        Assert.Equal("Chercher par nom, code postal ou code INSEE", cut.Find("label[for='organisation-recherche']").TextContent);
        Assert.True(cut.Find("#organisation-aucune").HasAttribute("checked"));
    }

    [Fact]
    public void PartnersAreSearchedAmongAllOrganisationsAndTerritoriesAmongCollectivitiesOnly()
    {
        var partner = Guid.NewGuid();

        RenderFields(new ActionFormModel { PartnerIds = [partner], PartnerSearch = "fleche" });

        Assert.Equal(
            [("fleche", partner.ToString(), false), ((string?)null, "", true)],
            _mediator.Sent.OfType<FindOrganisationChoices>().Select(q => (q.Q, string.Join(",", q.Keep), q.CollectivitiesOnly)));
    }

    [Fact]
    public void ShowsThePreviewOnlyWhenAsked()
    {
        var cut = RenderFields(new ActionFormModel(), preview: "<p><strong>Aperçu</strong></p>");

        Assert.Equal("Aperçu", cut.Find(".preview strong").TextContent);
    }

    private IRenderedComponent<ActionFormFields> RenderFields(
        ActionFormModel model, UseCaseError? error = null, OrganisationOption? own = null, string? preview = null, bool mayChooseOrganisation = false)
    {
        var options = new ActionFormOptions("sarthe", "Usages numériques", RoadmapPhase.Concertation, true, true, mayChooseOrganisation, own,
            [new AxisOption(Guid.NewGuid(), 1, "Inclusion numérique")], own is null ? [] : [own]);
        return Render<ActionFormFields>(p => p
            .Add(f => f.Model, model)
            .Add(f => f.Options, options)
            .Add(f => f.Error, error)
            .Add(f => f.PreviewHtml, preview));
    }
}
