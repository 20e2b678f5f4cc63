using MediatR;
using Microsoft.AspNetCore.Components;
using Roadmap.Application.Common;
using Roadmap.Application.Mail.ListOutboxMails;
using Roadmap.Application.Mail.RetryFailedMails;
using Roadmap.Application.Mail.RetryOutboxMail;
using Roadmap.Web.Components.Shared;

namespace Roadmap.Web.Components.Pages.Admin.Mail;

/// <summary>The outbox for Administrators: counts, the mails given up (each to send again, or all) and those still retrying.</summary>
public sealed partial class OutboxPage
{
    public const string Path = "/admin/courriels";

    private const string PendingFilter = "en-attente";

    private OutboxMailPage? _page;
    private string? _refusal;
    private string? _status;
    private string? _error;

    [Inject] private IMediator Mediator { get; set; } = default!;

    [SupplyParameterFromQuery(Name = "etat")]
    private string? State { get; set; }

    [SupplyParameterFromQuery(Name = "page")]
    private int? PageNumber { get; set; }

    // The « Renvoyer » button pressed carries its mail's id.
    [SupplyParameterFromForm]
    private RetryInput? Input { get; set; }

    private OutboxMailState Shown => State == PendingFilter ? OutboxMailState.Pending : OutboxMailState.Failed;

    protected override Task OnParametersSetAsync() => LoadAsync();

    private async Task RetryAsync()
    {
        var sent = await Mediator.TrySendAsync(new RetryOutboxMail(Input?.MailId ?? Guid.Empty));
        _error = sent.Refusal?.Sentence;
        if (sent.Response is { } mail)
        {
            _status = $"Le courriel « {mail.Subject} » à {mail.ToAddress} repart.";
        }

        await LoadAsync();
    }

    private async Task RetryAllAsync()
    {
        var sent = await Mediator.TrySendAsync(new RetryFailedMails());
        _error = sent.Refusal?.Sentence;
        if (sent.Refusal is null)
        {
            _status = sent.Response == 0
                ? "Aucun courriel abandonné : rien à renvoyer."
                : $"{sent.Response} {Plural.Of(sent.Response, "courriel repart", "courriels repartent")}.";
        }

        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        var sent = await Mediator.TrySendAsync(new ListOutboxMails(Shown, Paging.Clamp(PageNumber)));
        _refusal = sent.Refusal?.Sentence;
        _page = sent.Response;
    }

    private static string Heading(OutboxMailState state) =>
        state == OutboxMailState.Failed ? "Courriels abandonnés" : "Courriels en attente d'un nouvel essai";

    private static string StateUrl(OutboxMailState state, int page)
    {
        var filter = state == OutboxMailState.Pending ? $"etat={PendingFilter}&" : "";
        return $"{Path}?{filter}page={page.ToString(FrenchFormat.Culture)}";
    }

    private sealed class RetryInput
    {
        public Guid MailId { get; set; }
    }
}
