using MediatR;
using Microsoft.AspNetCore.Components;
using Roadmap.Application.Domain.Mail;
using Roadmap.Application.Following.MailPreferences;
using Roadmap.Web.Components.Shared;

namespace Roadmap.Web.Components.Pages.Mail;

/// <summary>
/// The signed-in person's mail preferences: four radios per topic (the form posts the topic's name and
/// the chosen frequency's name), and a shortcut that sets every topic to never.
/// </summary>
public sealed partial class MailPreferencesPage
{
    private const string Title = "Mes courriels";
    private const string SaveForm = "courriels";
    private const string StopAllForm = "tout-arreter";

    private IReadOnlyList<MailTopicChoice>? _choices;
    private UseCaseError? _error;
    private bool _saved;

    [Inject] private IMediator Mediator { get; set; } = default!;

    [CascadingParameter]
    private HttpContext? HttpContext { get; set; }

    protected override async Task OnInitializedAsync() => _choices = await Mediator.Send(new GetMailPreferences());

    private Task SaveAsync()
    {
        var form = HttpContext?.Request.Form;
        var choices = Enum.GetValues<MailTopic>()
            .Select(topic => (Topic: topic, Posted: form?[topic.ToString()].ToString()))
            .Where(c => !string.IsNullOrEmpty(c.Posted))
            .Select(c => new MailTopicChoice(c.Topic, Enum.TryParse<MailFrequency>(c.Posted, out var f) && Enum.IsDefined(f) ? f : (MailFrequency)(-1)))
            .ToList();
        return SetAsync(choices);
    }

    private Task StopAllAsync() =>
        SetAsync(Enum.GetValues<MailTopic>().Select(t => new MailTopicChoice(t, MailFrequency.Never)).ToList());

    private async Task SetAsync(IReadOnlyList<MailTopicChoice> choices)
    {
        var sent = await Mediator.TrySendAsync(new SetMailPreferences(choices));
        _error = sent.Error;
        _saved = !sent.Refused;
        _choices = await Mediator.Send(new GetMailPreferences());
    }
}
