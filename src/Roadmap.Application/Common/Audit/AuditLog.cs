using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Domain.Audit;

namespace Roadmap.Application.Common.Audit;

/// <summary>
/// Records a back-office change in the journal, in the use case's own transaction: the entry is
/// saved with the change or not at all. Before and after are the states the use case chose to show
/// (a small record of the fields that matter), as JSON.
/// </summary>
internal static class AuditLog
{
    /// <summary>The actor's name when a command runs outside any account (the command line).</summary>
    public const string System = "Ligne de commande";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };

    public static async Task RecordAsync(
        this IRoadmapDbContext db, ICurrentUser user, DateTimeOffset at, Guid? roadmapId, string action, string subject,
        object? before, object? after, CancellationToken cancellationToken)
    {
        var name = user.Id is { } id
            ? await db.Users.Where(u => u.Id == id).Select(u => u.DisplayName).SingleOrDefaultAsync(cancellationToken) ?? ""
            : System;
        db.AuditEntries.Add(AuditEntry.Record(at, user.Id, name, roadmapId, action, subject, State(before), State(after)));
    }

    private static string? State(object? state) => state is null ? null : JsonSerializer.Serialize(state, state.GetType(), Json);
}
