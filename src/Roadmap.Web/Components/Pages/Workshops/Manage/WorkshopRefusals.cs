using Roadmap.Application.Domain.Workshops;
using Roadmap.Application.Workshops.GetWorkshop;

namespace Roadmap.Web.Components.Pages.Workshops.Manage;

/// <summary>Why a management page shows no form: said before the visitor fills anything in.</summary>
internal static class WorkshopRefusals
{
    public const string NotFacilitator = "Seule l'animation de cet atelier (ses animateur·rices et les administrateur·rices) peut faire cela.";

    public static string Edit(WorkshopDetails workshop) =>
        !workshop.CanRun ? NotFacilitator : $"Cet atelier est « {WorkshopText.Status(workshop.Status)} » : il ne peut plus être modifié.";

    public static string? Cancel(WorkshopDetails workshop) =>
        !workshop.CanRun ? NotFacilitator
        : workshop.Status != WorkshopStatus.Scheduled ? $"Cet atelier est « {WorkshopText.Status(workshop.Status)} » : seul un atelier à venir peut être annulé."
        : null;

    public static string? Minutes(WorkshopDetails workshop) =>
        !workshop.CanRun ? NotFacilitator
        : workshop.Status != WorkshopStatus.Closed ? "Le compte rendu s'écrit une fois l'atelier terminé."
        : null;
}
