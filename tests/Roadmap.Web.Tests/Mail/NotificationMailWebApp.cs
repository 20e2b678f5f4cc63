using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Roadmap.Application.Domain.Users;
using Roadmap.Tests.Mail;
using Roadmap.Web.Tests.Support;

namespace Roadmap.Web.Tests.Mail;

/// <summary>
/// The web app mailing to a real SMTP server on 127.0.0.1, its outbox and mail jobs running every
/// second, on a clock the tests move (<see cref="Clock"/>). Each test makes its own accounts and takes
/// its own demo action, so tests only look at their own people's mail.
/// </summary>
public sealed class NotificationMailWebApp : WebApp, IAsyncLifetime
{
    private readonly Queue<Guid> _actions = new();
    private readonly TestSmtpServer _smtp;

    public NotificationMailWebApp()
        : this(TestSmtpServer.Start())
    {
    }

    private NotificationMailWebApp(TestSmtpServer smtp)
        : base(new RoadmapWebFactory()) => _smtp = smtp;

    /// <summary>Waits for the mails to <paramref name="address"/> matching <paramref name="match"/>.</summary>
    public Task<IReadOnlyList<MimeMessage>> MailsToAsync(string address, Func<MimeMessage, bool>? match = null) =>
        _smtp.WaitForAsync(m => m.To.Mailboxes.Any(b => string.Equals(b.Address, address, StringComparison.OrdinalIgnoreCase)) && (match?.Invoke(m) ?? true));

    public IReadOnlyList<MimeMessage> MailsTo(string address) => _smtp.To(address);

    public MovableClock Clock { get; } = new(DateTimeOffset.UtcNow);

    // UseSetting, not app configuration: the mail options are read while the services are registered.
    protected override WebApplicationFactory<Program> Configure(RoadmapWebFactory root) => root.WithWebHostBuilder(b => b
        .UseSetting("Mail:Host", "127.0.0.1")
        .UseSetting("Mail:Port", _smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture))
        .UseSetting("Mail:Security", "None")
        .UseSetting("Mail:PollSeconds", "1")
        .UseSetting("Mail:ScheduleSeconds", "1")
        .ConfigureTestServices(s => s.AddSingleton<TimeProvider>(Clock)));

    /// <summary>A new account with a confirmed address, and its API client.</summary>
    public async Task<(ApplicationUser User, HttpClient Api)> PersonAsync(string displayName)
    {
        var user = await NewAccountAsync(displayName: displayName);
        await WithDbAsync(async db =>
        {
            (await db.Users.SingleAsync(u => u.Id == user.Id)).EmailConfirmed = true;
            return await db.SaveChangesAsync();
        });
        return (user, await BearerAsync(user.Email!, Password));
    }

    public static async Task ChooseAsync(HttpClient api, string topic, string frequency) =>
        (await api.PutAsJsonAsync("/api/v1/me/mail-preferences", new { choices = new[] { new { topic, frequency } } })).EnsureSuccessStatusCode();

    public static async Task<Guid> CommentAsync(HttpClient api, Guid actionId, string body, Guid? parentId = null)
    {
        var response = await api.PostAsJsonAsync($"/api/v1/actions/{actionId}/comments", new { body, alignment = "pour", parentId });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("commentId").GetGuid();
    }

    /// <summary>A visible Sarthe action no other test of this app has used.</summary>
    public async Task<Guid> FreshActionAsync()
    {
        if (_actions.Count == 0)
        {
            foreach (var id in await WithDbAsync(db => db.Actions
                .Where(a => a.HiddenAt == null && db.Roadmaps.Any(r => r.Id == a.RoadmapId && r.Slug == DemoFacts.Sarthe))
                .OrderBy(a => a.Title).Select(a => a.Id).ToListAsync()))
            {
                _actions.Enqueue(id);
            }
        }

        return _actions.Dequeue();
    }

    public Task InitializeAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync() => await _smtp.DisposeAsync();
}

/// <summary>The app's clock, moved by the tests (to cross 07:00 Paris).</summary>
public sealed class MovableClock(DateTimeOffset start) : TimeProvider
{
    private long _ticks = start.UtcTicks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _ticks), TimeSpan.Zero);

    public void MoveTo(DateTimeOffset at) => Interlocked.Exchange(ref _ticks, at.UtcTicks);
}
