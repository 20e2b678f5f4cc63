using Bunit;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Domain.Workshops;
using Roadmap.Application.Workshops.ListFacilitators;
using Roadmap.Web.Components.Pages.Workshops.Manage;
using Roadmap.Web.Components.Shared;

namespace Roadmap.Web.Tests.Workshops.Manage;

public sealed class WorkshopFormFieldsTests : BunitContext
{
    private static readonly AxisChoice Axis = new(Guid.NewGuid(), 1, "Inclusion numérique");
    private static readonly ActionChoice Action = new(Guid.NewGuid(), Axis.Id, "Des conseillers numériques itinérants");
    private static readonly FacilitatorOption Me = new(Guid.NewGuid(), "Camille Animatrice");
    private static readonly FacilitatorOption Colleague = new(Guid.NewGuid(), "Dominique Co-animateur");

    [Theory]
    [InlineData("titre", "Titre")]
    [InlineData("date", "Date")]
    [InlineData("heure", "Heure de début")]
    [InlineData("duree", "Durée (en minutes)")]
    [InlineData("visio", "Lien de visioconférence")]
    [InlineData("adresse", "Adresse du lieu")]
    [InlineData("invites", "Ouvrir l'atelier aux personnes sans compte")]
    public void EveryFieldHasItsLabel(string id, string label)
    {
        var cut = Render(new WorkshopFormModel());

        Assert.Equal(label, cut.Find($"label[for='{id}']").TextContent.Trim());
    }

    [Theory]
    [InlineData("point-1-axe", "Axe stratégique")]
    [InlineData("point-1-sujet", "Précision (facultative)")]
    [InlineData("point-2-sujet", "Intitulé du point (facultatif)")]
    [InlineData("point-3-sujet", "Sujet")]
    public void EachAgendaRowFieldHasItsLabel(string id, string label)
    {
        var cut = Render(ThreeKinds());

        Assert.Equal(label, cut.Find($"label[for='{id}']").TextContent.Trim());
    }

    [Fact]
    public void AnActionsRowOffersTheRoadmapsActionsAsLabelledCheckboxes()
    {
        var cut = Render(ThreeKinds());

        var box = cut.Find("input[name='Input.Agenda[1].ActionIds']");
        Assert.Equal(Action.Id.ToString(), box.GetAttribute("value"));
        Assert.Equal(Action.Title, cut.Find($"label[for='{box.Id}']").TextContent.Trim());
    }

    [Fact]
    public void RowsCarryTheirKindAndIndexedNames()
    {
        var cut = Render(ThreeKinds());

        Assert.Equal(["Axis", "Actions", "FreeTopic"], cut.FindAll("input[type=hidden][name$='].Kind']").Select(i => i.GetAttribute("value")));
    }

    [Fact]
    public void OnlyRowsThatCanMoveOfferToMove()
    {
        var cut = Render(ThreeKinds());

        Assert.Equal(
            ["descendre-point-0", "retirer-point-0", "monter-point-1", "descendre-point-1", "retirer-point-1", "monter-point-2", "retirer-point-2"],
            cut.FindAll(".agenda-row-tools button").Select(b => b.GetAttribute("value")));
    }

    [Fact]
    public void ARowErrorIsShownNextToItsFieldAndTiedToIt()
    {
        var error = UseCaseError.From(ValidationFailedException.For("Draft.Agenda[2].Topic", "Donnez un titre à chaque sujet libre."));

        var cut = Render(ThreeKinds(), error);

        Assert.Equal("Donnez un titre à chaque sujet libre.", cut.Find("#point-3-sujet-erreur").TextContent);
        Assert.Equal("point-3-sujet-erreur", cut.Find("#point-3-sujet").GetAttribute("aria-describedby"));
    }

    [Fact]
    public void TheFacilitatorFillingInTheFormIsNotOfferedAsCoFacilitator()
    {
        var cut = Render(new WorkshopFormModel());

        Assert.Equal([Colleague.Id.ToString()], cut.FindAll("input[name='Input.CoFacilitatorIds']").Select(i => i.GetAttribute("value")));
    }

    [Fact]
    public void TheChosenModeIsChecked()
    {
        var cut = Render(new WorkshopFormModel { Mode = WorkshopMode.Hybrid });

        Assert.Equal(["Hybrid"], cut.FindAll("input[name='Input.Mode'][checked]").Select(i => i.GetAttribute("value")));
    }

    private static WorkshopFormModel ThreeKinds() => new()
    {
        Agenda =
        [
            new AgendaRow { Kind = AgendaItemKind.Axis, AxisId = Axis.Id.ToString() },
            new AgendaRow { Kind = AgendaItemKind.Actions, ActionIds = [Action.Id] },
            new AgendaRow { Kind = AgendaItemKind.FreeTopic, Topic = "Questions diverses" },
        ],
    };

    private IRenderedComponent<WorkshopFormFields> Render(WorkshopFormModel model, UseCaseError? error = null) =>
        Render<WorkshopFormFields>(p => p
            .Add(c => c.Model, model)
            .Add(c => c.Options, new WorkshopFormOptions("sarthe", "Feuille de route", [Axis], [Action], [Me, Colleague]))
            .Add(c => c.CurrentUserId, Me.Id)
            .Add(c => c.Error, error));
}
