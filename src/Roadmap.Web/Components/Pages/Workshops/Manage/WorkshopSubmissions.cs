using System.Collections.Concurrent;
using Roadmap.Application.Workshops.CreateWorkshop;

namespace Roadmap.Web.Components.Pages.Workshops.Manage;

/// <summary>
/// CreateWorkshop has no submission key (unlike ProposeAction): the create page draws one per form
/// and remembers, for <see cref="Lifetime"/>, what each key created, so a double click or a resent
/// POST lands on the same workshop. Kept in this web node's memory: behind a load balancer a resent
/// POST reaching another node could still create a second workshop.
/// </summary>
internal static class WorkshopSubmissions
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);
    private static readonly ConcurrentDictionary<(Guid User, Guid Key), Entry> Entries = new();

    /// <summary>Runs <paramref name="create"/> once per user and key; a concurrent or later call with the same key gets the same result.</summary>
    public static async Task<CreatedWorkshop> CreateOnceAsync(Guid userId, Guid submissionKey, DateTimeOffset now, Func<Task<CreatedWorkshop>> create)
    {
        Forget(now - Lifetime);
        var key = (userId, submissionKey);
        var entry = Entries.GetOrAdd(key, _ => new Entry(now, new Lazy<Task<CreatedWorkshop>>(create)));
        try
        {
            return await entry.Creation.Value;
        }
        catch
        {
            // A refused creation (validation, rule) must not stick to the key: the corrected form reuses it.
            Entries.TryRemove(new KeyValuePair<(Guid, Guid), Entry>(key, entry));
            throw;
        }
    }

    private static void Forget(DateTimeOffset before)
    {
        foreach (var (key, entry) in Entries)
        {
            if (entry.At < before)
            {
                Entries.TryRemove(new KeyValuePair<(Guid, Guid), Entry>(key, entry));
            }
        }
    }

    private sealed record Entry(DateTimeOffset At, Lazy<Task<CreatedWorkshop>> Creation);
}
